from solution import CircuitBreaker


def test_new_breaker_is_closed_and_allows():
    cb = CircuitBreaker(failure_threshold=2)
    assert cb.state(0) == "CLOSED"
    assert cb.allow(0) is True
    assert cb.allow(0) is True, "allow must not change anything while CLOSED"


def test_threshold_one_trips_on_first_failure():
    cb = CircuitBreaker(failure_threshold=1)
    cb.record(5, False)
    assert cb.state(5) == "OPEN"
    assert cb.allow(5) is False


def test_open_stays_open_however_long_without_reset():
    cb = CircuitBreaker(failure_threshold=2)
    cb.record(1, False)
    cb.record(2, False)
    assert cb.state(10**9) == "OPEN"
    assert cb.allow(10**9) is False


def test_success_recorded_while_open_is_ignored():
    cb = CircuitBreaker(failure_threshold=2)
    cb.record(1, False)
    cb.record(2, False)
    cb.record(3, True)  # a late result of an old call
    assert cb.state(4) == "OPEN", "outcomes recorded while OPEN must not close the breaker"


def test_reset_zeroes_a_partial_count():
    cb = CircuitBreaker(failure_threshold=3)
    cb.record(1, False)
    cb.record(2, False)
    cb.reset(3)
    cb.record(4, False)
    cb.record(5, False)
    assert cb.state(6) == "CLOSED", "after reset the count starts from 0"
    cb.record(7, False)
    assert cb.state(8) == "OPEN"


def test_after_reset_it_takes_a_full_run_of_failures_again():
    cb = CircuitBreaker(failure_threshold=2)
    cb.record(1, False)
    cb.record(2, False)
    cb.reset(3)
    cb.record(4, False)
    assert cb.state(4) == "CLOSED", "reset must zero the count, not just the state"
    cb.record(5, False)
    assert cb.state(5) == "OPEN"


def test_reset_of_a_closed_breaker_keeps_it_closed():
    cb = CircuitBreaker(failure_threshold=2)
    cb.reset(1)
    assert cb.state(1) == "CLOSED"
    assert cb.allow(1) is True
