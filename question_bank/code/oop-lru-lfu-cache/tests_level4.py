from solution import Cache


def test_example_evict_until_the_new_entry_fits():
    c = Cache(10)
    assert c.put(0, "a", "x", size=4) == []
    assert c.put(1, "b", "y", size=4) == []
    assert c.put(2, "c", "z", size=5) == ["a"], "13 > 10"
    assert c.get(3, "b") == "y"
    assert c.put(4, "a", "xx", size=6) == ["c"], "9 + 6 > 10; b was used more recently"


def test_example_oversize_rejected_and_stats():
    c = Cache(10)
    c.put(0, "a", "x", size=4)
    c.put(1, "b", "y", size=4)
    c.put(2, "c", "z", size=5)
    c.get(3, "b")
    c.put(4, "a", "xx", size=6)
    assert c.put(5, "big", "q", size=11) is None
    assert c.get(6, "b") == "y"
    assert c.get(7, "c") is None
    assert c.stats() == (2, 1, 2)
