from solution import CircuitBreaker


def _example_until_five():
    cb = CircuitBreaker(failure_threshold=3)
    cb.record(1, False)
    cb.record(2, False)
    cb.record(3, True)  # count back to 0
    cb.record(4, False)
    cb.record(5, False)
    return cb


def test_example_success_resets_the_count():
    cb = _example_until_five()
    assert cb.state(6) == "CLOSED", "a success at 3 reset the count: only 2 failures in a row"


def test_example_third_consecutive_failure_opens():
    cb = _example_until_five()
    assert cb.state(6) == "CLOSED"
    cb.record(7, False)
    assert cb.state(8) == "OPEN"
    assert cb.allow(9) is False


def test_example_reset_closes():
    cb = _example_until_five()
    cb.record(7, False)
    assert cb.allow(9) is False
    cb.reset(10)
    assert cb.allow(11) is True
    assert cb.state(11) == "CLOSED"
