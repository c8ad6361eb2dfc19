from solution import Scheduler


def _example_scheduler():
    s = Scheduler(2)
    assert s.submit(0, "a", 5) is True  # worker 1: 0-5
    assert s.submit(0, "b", 3) is True  # worker 2: 0-3
    assert s.submit(1, "c", 2) is True  # queued
    return s


def test_example_queued_task_starts_when_a_worker_frees():
    s = _example_scheduler()
    assert s.status(2, "c") == "QUEUED"
    assert s.status(3, "c") == "RUNNING", "b finished at 3, so c started at 3"


def test_example_advance_reports_new_finishes():
    s = _example_scheduler()
    s.status(2, "c")
    s.status(3, "c")
    assert s.advance(4) == ["b:DONE@3"]
    assert s.submit(4, "a", 1) is False, "the id a was already used"
    got = s.advance(10)
    assert got == ["a:DONE@5", "c:DONE@5"], f"got {got}"
    assert s.status(11, "x") is None
