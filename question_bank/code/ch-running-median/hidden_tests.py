import bisect
import random

from solution import RunningMedian


def check(stream, want, when):
    got = stream.median()
    assert isinstance(got, float), f"median() returned {type(got).__name__}, want a float"
    assert abs(got - want) < 1e-9, f"{when}: got {got}, want {want}"


def test_single_value_is_a_float():
    stream = RunningMedian()
    stream.add(7)
    check(stream, 7.0, "after adding 7")


def test_even_count_averages_to_a_half():
    stream = RunningMedian()
    stream.add(1)
    stream.add(2)
    check(stream, 1.5, "after 1, 2")
    stream = RunningMedian()
    stream.add(-3)
    stream.add(-4)
    check(stream, -3.5, "after -3, -4")


def test_median_is_repeatable():
    stream = RunningMedian()
    for x in (4, 1, 9):
        stream.add(x)
    check(stream, 4.0, "first call after 4, 1, 9")
    check(stream, 4.0, "second call after 4, 1, 9")


def test_increasing_then_decreasing_values():
    stream = RunningMedian()
    seen = []
    for x in [1, 2, 3, 4, 5, 6, 0, -1, -2, -3, -4]:
        stream.add(x)
        bisect.insort(seen, x)
        n = len(seen)
        want = seen[n // 2] if n % 2 else (seen[n // 2 - 1] + seen[n // 2]) / 2
        check(stream, want, f"after adding {x}")


def test_extreme_values():
    stream = RunningMedian()
    stream.add(100_000)
    stream.add(-100_000)
    check(stream, 0.0, "after 10^5, -10^5")
    stream.add(100_000)
    check(stream, 100_000.0, "after 10^5, -10^5, 10^5")


def test_many_calls_stay_fast():
    # 5 * 10^4 calls: re-sorting the stream for every median would not finish in time
    rng = random.Random(0)
    stream = RunningMedian()
    seen = []
    for i in range(25_000):
        x = rng.randint(-100_000, 100_000)
        stream.add(x)
        bisect.insort(seen, x)
        n = len(seen)
        want = seen[n // 2] if n % 2 else (seen[n // 2 - 1] + seen[n // 2]) / 2
        got = stream.median()
        assert abs(got - want) < 1e-9, f"after {i + 1} values: got {got}, want {want}"
