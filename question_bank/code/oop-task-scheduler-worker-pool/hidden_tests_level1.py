from solution import Scheduler


def test_task_finishing_now_is_done_now():
    s = Scheduler(1)
    s.submit(0, "a", 4)
    assert s.status(3, "a") == "RUNNING"
    assert s.status(4, "a") == "DONE"


def test_single_worker_runs_in_submission_order():
    s = Scheduler(1)
    for task_id in ("c", "a", "b"):
        s.submit(0, task_id, 2)
    assert s.advance(100) == ["c:DONE@2", "a:DONE@4", "b:DONE@6"]


def test_same_finish_time_sorted_by_id():
    s = Scheduler(3)
    for task_id in ("z", "y", "x"):
        s.submit(0, task_id, 5)
    assert s.advance(5) == ["x:DONE@5", "y:DONE@5", "z:DONE@5"]


def test_advance_reports_each_finish_once():
    s = Scheduler(1)
    s.submit(0, "a", 1)
    assert s.advance(0) == []
    assert s.status(7, "a") == "DONE"  # a finished while another method ran the clock
    assert s.advance(7) == ["a:DONE@1"]
    assert s.advance(8) == []


def test_used_id_is_refused_even_after_it_is_done():
    s = Scheduler(1)
    s.submit(0, "a", 1)
    s.advance(5)
    assert s.submit(6, "a", 1) is False
    assert s.advance(10) == []


def test_idle_pool_starts_a_late_task_at_once():
    s = Scheduler(2)
    s.submit(0, "a", 1)
    s.submit(50, "b", 3)
    assert s.status(50, "b") == "RUNNING"
    assert s.advance(60) == ["a:DONE@1", "b:DONE@53"]


def test_very_long_durations_are_simulated_by_events():
    s = Scheduler(1)
    s.submit(0, "long", 10**12)
    s.submit(0, "next", 1)
    assert s.status(10**12 - 1, "next") == "QUEUED"
    assert s.advance(10**12 + 5) == [f"long:DONE@{10**12}", f"next:DONE@{10**12 + 1}"]


def test_many_tasks():
    # 8,000 tasks on 7 workers: each dispatch and finish must be cheap
    s = Scheduler(7)
    n = 8_000
    for i in range(n):
        assert s.submit(0, f"t{i:05d}", 3 + i % 2)
    done = s.advance(10**6)
    assert len(done) == n
    assert done[0] == "t00000:DONE@3"
    times = [int(entry.rsplit("@", 1)[1]) for entry in done]
    assert times == sorted(times)
    assert max(times) == 4002, f"makespan {max(times)}, want 4002"
