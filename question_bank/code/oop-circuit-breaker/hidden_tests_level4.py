from solution import BreakerRegistry, CircuitOpenError


def boom():
    raise OSError("down")


def ok():
    return "paid"


def fb():
    return "queued"


def _raises(exc_type, fn, *args):
    try:
        fn(*args)
    except exc_type as error:
        return error
    raise AssertionError(f"expected {exc_type.__name__}")


def test_unknown_service_is_a_key_error():
    reg = BreakerRegistry()
    _raises(KeyError, reg.execute, 1, "nope", ok)


def test_rejection_without_fallback_raises_circuit_open_error():
    reg = BreakerRegistry()
    reg.configure("s", failure_threshold=1, open_seconds=100)
    _raises(OSError, reg.execute, 1, "s", boom)
    calls = []
    _raises(CircuitOpenError, reg.execute, 2, "s", lambda: calls.append(1))
    assert calls == [], "a rejected call must not invoke fn"


def test_original_exception_object_is_reraised():
    reg = BreakerRegistry()
    reg.configure("s", failure_threshold=5)
    error = ValueError("bad input")

    def fails():
        raise error

    got = _raises(ValueError, reg.execute, 1, "s", fails)
    assert got is error, "re-raise the exception fn raised, not a new one"


def test_failure_without_fallback_still_counts():
    reg = BreakerRegistry()
    reg.configure("s", failure_threshold=2, open_seconds=5)
    _raises(OSError, reg.execute, 1, "s", boom)
    assert reg.execute(2, "s", boom, fb) == "queued"
    assert reg.transitions("s") == ["2:CLOSED->OPEN"]


def test_late_half_open_is_stamped_with_its_due_time():
    reg = BreakerRegistry()
    reg.configure("s", failure_threshold=1, open_seconds=5)
    reg.execute(2, "s", boom, fb)  # OPEN at 2, due HALF_OPEN at 7
    assert reg.execute(50, "s", boom, fb) == "queued"  # trial fails at 50
    assert reg.execute(51, "s", ok, fb) == "queued"
    assert reg.execute(55, "s", ok, fb) == "paid"
    got = reg.transitions("s")
    want = [
        "2:CLOSED->OPEN",
        "7:OPEN->HALF_OPEN",
        "50:HALF_OPEN->OPEN",
        "55:OPEN->HALF_OPEN",
        "55:HALF_OPEN->CLOSED",
    ]
    assert got == want, f"got {got}, want {want}"


def test_services_have_separate_breakers():
    reg = BreakerRegistry()
    reg.configure("a", failure_threshold=1, open_seconds=100)
    reg.configure("b", failure_threshold=1, open_seconds=100)
    reg.execute(1, "a", boom, fb)
    assert reg.execute(2, "a", ok, fb) == "queued"
    assert reg.execute(2, "b", ok, fb) == "paid"
    assert reg.transitions("b") == []


def test_configure_replaces_the_breaker():
    reg = BreakerRegistry()
    reg.configure("s", failure_threshold=1, open_seconds=100)
    reg.execute(1, "s", boom, fb)
    assert reg.execute(2, "s", ok, fb) == "queued"
    reg.configure("s", failure_threshold=3)
    assert reg.execute(3, "s", ok, fb) == "paid", "a replaced breaker starts CLOSED"


def test_rate_settings_through_the_registry():
    reg = BreakerRegistry()
    reg.configure("s", window=10, min_calls=2, rate_threshold=0.5, open_seconds=5)
    assert reg.execute(1, "s", ok, fb) == "paid"
    assert reg.execute(2, "s", boom, fb) == "queued"  # 1 of 2 failed: OPEN at 2
    assert reg.execute(3, "s", ok, fb) == "queued"
    assert reg.transitions("s") == ["2:CLOSED->OPEN"]
