from solution import Cache


def _example_cache():
    c = Cache(3, policy="lfu")
    assert c.put(0, "a", "1") == []
    assert c.put(1, "b", "2") == []
    assert c.put(2, "c", "3") == []
    assert c.get(3, "a") == "1"  # a: 2 uses
    assert c.get(4, "a") == "1"  # a: 3 uses
    assert c.get(5, "b") == "2"  # b: 2 uses
    return c


def test_example_least_frequently_used_is_evicted():
    c = _example_cache()
    assert c.put(6, "d", "4") == ["c"], "c has 1 use"
    assert c.get(7, "c") is None
    assert c.put(8, "e", "5") == ["d"], "d has 1 use"
    assert c.get(9, "d") is None


def test_example_overwrite_is_a_use():
    c = _example_cache()
    c.put(6, "d", "4")
    c.get(7, "c")
    c.put(8, "e", "5")
    c.get(9, "d")
    assert c.put(10, "b", "22") == [], "overwrite: b has 3 uses"
    assert c.get(11, "b") == "22"
