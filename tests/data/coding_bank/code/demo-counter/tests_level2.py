from solution import Counter


def test_reset():
    c = Counter()
    c.increment()
    assert c.reset() == 1
    assert c.get() == 0
