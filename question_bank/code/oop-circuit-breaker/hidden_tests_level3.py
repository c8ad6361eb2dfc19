from solution import CircuitBreaker


def test_rate_exactly_at_threshold_trips():
    cb = CircuitBreaker(window=100, min_calls=4, rate_threshold=0.5, open_seconds=10)
    for t, ok in [(1, True), (2, True), (3, False), (4, False)]:
        cb.record(t, ok)
    assert cb.state(4) == "OPEN", "2/4 = 0.5 >= 0.5 must trip"


def test_rate_below_threshold_stays_closed():
    cb = CircuitBreaker(window=100, min_calls=4, rate_threshold=0.5, open_seconds=10)
    for t, ok in [(1, True), (2, True), (3, True), (4, False), (5, False)]:
        cb.record(t, ok)
    assert cb.state(5) == "CLOSED", "2/5 = 0.4 < 0.5"


def test_consecutive_rule_is_replaced():
    # alternating outcomes never make a long failure run, but the rate is 50 %
    cb = CircuitBreaker(window=100, min_calls=6, rate_threshold=0.5, open_seconds=10)
    for t in range(5):
        cb.record(t, t % 2 == 0)
    assert cb.state(4) == "CLOSED"
    cb.record(5, False)
    assert cb.state(5) == "OPEN"


def test_outcome_exactly_window_seconds_old_is_out():
    cb = CircuitBreaker(window=10, min_calls=3, rate_threshold=0.5, open_seconds=10)
    cb.record(0, False)
    cb.record(5, True)
    cb.record(10, False)
    assert cb.state(10) == "CLOSED", "window (0, 10] excludes the failure at 0: 2 calls only"


def test_expired_failures_stop_counting():
    cb = CircuitBreaker(window=10, min_calls=4, rate_threshold=0.5, open_seconds=10)
    cb.record(1, False)
    cb.record(2, False)
    for t in (20, 21, 22):
        cb.record(t, True)
    cb.record(23, False)
    assert cb.state(23) == "CLOSED", "window (13, 23]: 1 failure of 4; old failures must be gone"


def test_trial_success_clears_the_window():
    cb = CircuitBreaker(window=100, min_calls=3, rate_threshold=0.5, open_seconds=5)
    for t in (1, 2, 3):
        cb.record(t, False)
    assert cb.state(3) == "OPEN"
    assert cb.allow(8) is True
    cb.record(8, True)
    cb.record(9, False)
    assert cb.state(9) == "CLOSED", "the failures from before the trip must be cleared on closing"


def test_reset_clears_the_window():
    cb = CircuitBreaker(window=100, min_calls=3, rate_threshold=0.5, open_seconds=5)
    cb.record(1, False)
    cb.record(2, False)
    cb.reset(3)
    cb.record(4, False)
    assert cb.state(4) == "CLOSED", "reset must clear the window"


def test_record_is_not_a_scan_of_the_history():
    # 30,000 successes then failures until the rate reaches 50 %, all inside the window:
    # a record that rescans the stored outcomes is quadratic and would not finish in time
    cb = CircuitBreaker(window=10**6, min_calls=10, rate_threshold=0.5, open_seconds=10)
    n = 30_000
    for t in range(n):
        cb.record(t, True)
    for t in range(n, 2 * n - 1):
        cb.record(t, False)
    assert cb.state(2 * n - 2) == "CLOSED", "29,999 failures of 59,999 calls is under 50 %"
    cb.record(2 * n - 1, False)
    assert cb.state(2 * n - 1) == "OPEN"
