from solution import CircuitBreaker


def test_half_open_exactly_at_the_due_second():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=5)
    cb.record(10, False)
    assert cb.state(14) == "OPEN"
    assert cb.allow(14) is False
    assert cb.allow(15) is True, "due at 10 + 5 = 15, inclusive"


def test_first_look_long_after_the_cool_down():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=5)
    cb.record(1, False)
    assert cb.allow(1000) is True, "the lazy change must happen whenever the state is next read"
    assert cb.state(1000) == "HALF_OPEN"


def test_only_one_trial_however_many_asks():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=3)
    cb.record(0, False)
    answers = [cb.allow(3), cb.allow(3), cb.allow(4), cb.allow(100)]
    assert answers == [True, False, False, False], f"got {answers}"


def test_successful_trial_leaves_a_zero_count():
    cb = CircuitBreaker(failure_threshold=3, open_seconds=5)
    for t in (1, 2, 3):
        cb.record(t, False)
    assert cb.allow(8) is True
    cb.record(8, True)
    cb.record(9, False)
    cb.record(10, False)
    assert cb.state(10) == "CLOSED", "two failures after closing: the count must restart at 0"
    cb.record(11, False)
    assert cb.state(11) == "OPEN"


def test_closed_after_trial_allows_many_calls():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=2)
    cb.record(0, False)
    assert cb.allow(2) is True
    cb.record(3, True)
    assert [cb.allow(4), cb.allow(4), cb.allow(5)] == [True, True, True]


def test_success_while_open_does_not_shorten_the_cool_down():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=10)
    cb.record(0, False)
    cb.record(4, True)  # late result of an old call: ignored
    assert cb.state(5) == "OPEN"
    assert cb.state(10) == "HALF_OPEN"


def test_reset_from_half_open():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=2)
    cb.record(0, False)
    assert cb.allow(2) is True
    cb.reset(3)
    assert cb.state(3) == "CLOSED"
    assert [cb.allow(3), cb.allow(3)] == [True, True], "no trial limit once CLOSED"


def test_repeated_failed_trials_each_restart_the_cool_down():
    cb = CircuitBreaker(failure_threshold=1, open_seconds=4)
    cb.record(0, False)  # OPEN at 0
    assert cb.allow(4) is True
    cb.record(6, False)  # OPEN at 6
    assert cb.state(9) == "OPEN"
    assert cb.allow(10) is True
    cb.record(10, False)  # OPEN at 10
    assert cb.allow(13) is False
    assert cb.state(14) == "HALF_OPEN"
