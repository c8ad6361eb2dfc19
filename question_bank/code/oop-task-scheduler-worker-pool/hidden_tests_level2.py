from solution import Scheduler


def test_cancel_refuses_unknown_done_and_already_canceled():
    s = Scheduler(1)
    s.submit(0, "a", 1)
    s.submit(0, "b", 1)
    assert s.cancel(0, "zz") is False
    assert s.cancel(0, "b") is True
    assert s.cancel(0, "b") is False, "already canceled"
    assert s.cancel(5, "a") is False, "already done"
    assert s.status(5, "a") == "DONE"


def test_canceled_task_never_runs_and_takes_no_worker():
    s = Scheduler(1)
    s.submit(0, "a", 3)
    s.submit(0, "b", 3)
    s.submit(0, "c", 3)
    s.cancel(1, "b")
    assert s.status(3, "c") == "RUNNING"
    assert s.advance(100) == ["a:DONE@3", "c:DONE@6"]
    assert s.status(100, "b") == "CANCELED"


def test_equal_priorities_keep_submission_order():
    s = Scheduler(1)
    s.submit(0, "run", 1)
    for task_id in ("q3", "q1", "q2"):
        s.submit(0, task_id, 1, priority=7)
    assert s.advance(10) == ["run:DONE@1", "q3:DONE@2", "q1:DONE@3", "q2:DONE@4"]


def test_negative_priority_goes_after_the_default():
    s = Scheduler(1)
    s.submit(0, "run", 1)
    s.submit(0, "low", 1, priority=-1)
    s.submit(0, "mid", 1)
    assert s.advance(10) == ["run:DONE@1", "mid:DONE@2", "low:DONE@3"]


def test_priority_does_not_preempt_a_running_task():
    s = Scheduler(1)
    s.submit(0, "a", 5)
    s.submit(1, "urgent", 1, priority=100)
    assert s.status(4, "a") == "RUNNING"
    assert s.status(4, "urgent") == "QUEUED"
    assert s.advance(10) == ["a:DONE@5", "urgent:DONE@6"]


def test_canceled_id_cannot_be_reused():
    s = Scheduler(1)
    s.submit(0, "a", 5)
    s.submit(0, "b", 1)
    s.cancel(0, "b")
    assert s.submit(1, "b", 1) is False
