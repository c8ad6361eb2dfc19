import contextlib

from solution import BreakerRegistry


def boom():
    raise OSError("payment backend down")


def ok():
    return "paid"


def fb():
    return "queued"


def test_example_failures_fall_back_then_rejection_skips_fn():
    reg = BreakerRegistry()
    reg.configure("pay", failure_threshold=2, open_seconds=5)
    assert reg.execute(1, "pay", boom, fb) == "queued"
    assert reg.execute(2, "pay", boom, fb) == "queued"  # OPEN at 2
    calls = []

    def ok_counted():
        calls.append(1)
        return "paid"

    assert reg.execute(3, "pay", ok_counted, fb) == "queued"
    assert calls == [], "a rejected call must not invoke fn"


def test_example_trial_succeeds_and_failure_reraises():
    reg = BreakerRegistry()
    reg.configure("pay", failure_threshold=2, open_seconds=5)
    reg.execute(1, "pay", boom, fb)
    reg.execute(2, "pay", boom, fb)
    assert reg.execute(3, "pay", ok, fb) == "queued"
    assert reg.execute(7, "pay", ok, fb) == "paid", "HALF_OPEN at 7: the trial goes through"
    assert reg.execute(8, "pay", ok, fb) == "paid"
    try:
        reg.execute(9, "pay", boom)
    except OSError:
        pass
    else:
        raise AssertionError("without a fallback, fn's exception (IOError) must be re-raised")


def test_example_transitions():
    reg = BreakerRegistry()
    reg.configure("pay", failure_threshold=2, open_seconds=5)
    reg.execute(1, "pay", boom, fb)
    reg.execute(2, "pay", boom, fb)
    reg.execute(3, "pay", ok, fb)
    reg.execute(7, "pay", ok, fb)
    reg.execute(8, "pay", ok, fb)
    with contextlib.suppress(OSError):
        reg.execute(9, "pay", boom)
    got = reg.transitions("pay")
    want = ["2:CLOSED->OPEN", "7:OPEN->HALF_OPEN", "7:HALF_OPEN->CLOSED"]
    assert got == want, f"got {got}, want {want}"
