from solution import Counter


def test_counts():
    c = Counter()
    c.increment()
    c.increment()
    assert c.get() == 2
