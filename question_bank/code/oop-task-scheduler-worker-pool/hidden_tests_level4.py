from solution import Scheduler


def test_no_retries_fails_after_one_attempt():
    s = Scheduler(1)
    s.submit(0, "a", 3, fail_first=1)
    assert s.advance(10) == ["a:FAILED@3"]
    assert s.status(10, "a") == "FAILED"
    assert s.attempts(10, "a") == 1


def test_last_allowed_attempt_can_succeed():
    s = Scheduler(1)
    s.submit(0, "a", 1, fail_first=2, max_retries=2)
    assert s.advance(10) == ["a:DONE@3"]
    assert s.attempts(10, "a") == 3


def test_attempts_before_start_and_for_unknown_ids():
    s = Scheduler(1)
    s.submit(0, "a", 5)
    s.submit(0, "b", 1)
    assert s.attempts(1, "b") == 0
    assert s.attempts(1, "a") == 1
    assert s.attempts(1, "zz") is None


def test_retry_goes_behind_equal_priority_but_ahead_of_lower():
    s = Scheduler(1)
    s.submit(0, "a", 2, priority=1, fail_first=1, max_retries=1)
    s.submit(0, "b", 2, priority=1)
    s.submit(0, "c", 2, priority=0)
    assert s.status(2, "a") == "QUEUED", "a failed at 2 and waits for a retry"
    assert s.advance(20) == ["b:DONE@4", "a:DONE@6", "c:DONE@8"]


def test_failure_cancels_dependents_transitively():
    s = Scheduler(2)
    s.submit(0, "a", 1, fail_first=1)
    s.submit(0, "b", 1, deps=["a"])
    s.submit(0, "c", 1, deps=["b"])
    s.submit(0, "ok", 1)
    assert s.advance(5) == ["a:FAILED@1", "ok:DONE@1"]
    assert s.status(5, "b") == "CANCELED"
    assert s.status(5, "c") == "CANCELED"
    assert s.submit(6, "late", 1, deps=["a"]) is True
    assert s.status(6, "late") == "CANCELED", "a dependency that failed cancels a new task"


def test_dependents_run_after_a_retried_success():
    s = Scheduler(2)
    s.submit(0, "a", 2, fail_first=1, max_retries=1)
    s.submit(0, "b", 1, deps=["a"])
    assert s.status(3, "b") == "WAITING"
    assert s.advance(10) == ["a:DONE@4", "b:DONE@5"]


def test_failed_attempt_holds_its_worker_for_the_full_duration():
    s = Scheduler(1)
    s.submit(0, "a", 5, fail_first=1)
    s.submit(0, "b", 1)
    assert s.status(4, "b") == "QUEUED"
    assert s.advance(10) == ["a:FAILED@5", "b:DONE@6"]
