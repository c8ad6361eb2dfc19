from solution import Counter


def test_starts_at_zero():
    assert Counter().get() == 0
