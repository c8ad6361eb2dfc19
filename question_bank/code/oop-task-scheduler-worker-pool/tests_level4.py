from solution import Scheduler


def _example_scheduler():
    s = Scheduler(1)
    assert s.submit(0, "a", 2, fail_first=2, max_retries=3) is True  # fails twice, then succeeds
    assert s.submit(0, "b", 1) is True
    assert s.submit(0, "c", 2, fail_first=5, max_retries=1) is True  # runs out of retries
    assert s.submit(0, "d", 1, deps=["c"]) is True
    return s


def test_example_retries_and_final_failure():
    s = _example_scheduler()
    got = s.advance(20)
    # a 0-2 fails; b 2-3; c 3-5 fails; a 5-7 fails; c 7-9 fails for good; a 9-11 succeeds
    assert got == ["b:DONE@3", "c:FAILED@9", "a:DONE@11"], f"got {got}"


def test_example_attempts_and_canceled_dependent():
    s = _example_scheduler()
    s.advance(20)
    assert s.attempts(20, "a") == 3
    assert s.attempts(20, "c") == 2
    assert s.status(20, "d") == "CANCELED"
