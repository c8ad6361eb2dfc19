from solution import CircuitBreaker


def _rate_breaker():
    return CircuitBreaker(window=10, min_calls=4, rate_threshold=0.5, open_seconds=30)


def test_example_min_calls_then_rate_trips():
    cb = _rate_breaker()
    cb.record(1, False)
    cb.record(2, False)
    cb.record(3, False)
    assert cb.state(3) == "CLOSED", "only 3 calls: fewer than min_calls = 4"
    cb.record(4, True)  # 3 of 4 failed
    assert cb.state(5) == "OPEN"


def test_example_old_outcomes_leave_the_window():
    cb = _rate_breaker()
    cb.record(1, False)
    cb.record(2, False)
    cb.record(3, True)
    cb.record(12, True)
    cb.record(13, False)
    cb.record(14, False)
    assert cb.state(14) == "CLOSED", "window (4, 14] holds only 3 calls"
    cb.record(15, False)
    assert cb.state(15) == "OPEN", "window (5, 15]: 3 of 4 failed"
