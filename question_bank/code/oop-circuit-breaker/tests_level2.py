from solution import CircuitBreaker


def _opened_at_two():
    cb = CircuitBreaker(failure_threshold=2, open_seconds=10)
    cb.record(1, False)
    cb.record(2, False)  # OPEN at 2
    return cb


def test_example_cool_down_then_half_open():
    cb = _opened_at_two()
    assert cb.allow(5) is False
    assert cb.state(11) == "OPEN"
    assert cb.state(12) == "HALF_OPEN", "OPEN at 2 + open_seconds 10 = HALF_OPEN at 12"


def test_example_one_trial_at_a_time_and_failed_trial_reopens():
    cb = _opened_at_two()
    assert cb.state(12) == "HALF_OPEN"
    assert cb.allow(12) is True, "the trial call"
    assert cb.allow(13) is False, "the trial is still in flight"
    cb.record(14, False)  # trial failed: OPEN at 14
    assert cb.state(15) == "OPEN"
    assert cb.allow(23) is False
    assert cb.state(24) == "HALF_OPEN", "the new cool-down starts at the failed record (14)"


def test_example_successful_trial_closes():
    cb = _opened_at_two()
    assert cb.allow(12) is True
    assert cb.allow(13) is False
    cb.record(14, False)
    assert cb.state(24) == "HALF_OPEN"
    assert cb.allow(24) is True
    cb.record(25, True)
    assert cb.state(26) == "CLOSED"
