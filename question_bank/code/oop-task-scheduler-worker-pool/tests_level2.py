from solution import Scheduler


def _example_scheduler():
    s = Scheduler(1)
    assert s.submit(0, "a", 4) is True  # runs 0-4
    assert s.submit(1, "b", 2, priority=0) is True
    assert s.submit(2, "c", 2, priority=5) is True
    assert s.submit(3, "d", 2, priority=5) is True
    return s


def test_example_cancel_only_before_start():
    s = _example_scheduler()
    assert s.cancel(3, "d") is True
    assert s.cancel(3, "a") is False, "a is already running"


def test_example_priority_order_and_canceled_status():
    s = _example_scheduler()
    s.cancel(3, "d")
    s.cancel(3, "a")
    got = s.advance(20)
    assert got == ["a:DONE@4", "c:DONE@6", "b:DONE@8"], f"got {got}"
    assert s.status(21, "d") == "CANCELED"
