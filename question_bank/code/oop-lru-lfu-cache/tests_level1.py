from solution import Cache


def test_example_get_refreshes_and_lru_is_evicted():
    c = Cache(2)
    assert c.put(1, "a", "1") == []
    assert c.put(2, "b", "2") == []
    assert c.get(3, "a") == "1"  # a is now most recent
    assert c.put(4, "c", "3") == ["b"]
    assert c.get(5, "b") is None


def test_example_overwrite_does_not_evict():
    c = Cache(2)
    c.put(1, "a", "1")
    c.put(2, "b", "2")
    c.get(3, "a")
    c.put(4, "c", "3")
    assert c.put(6, "a", "9") == [], "overwrite of an existing key: no eviction"
    assert c.put(7, "d", "4") == ["c"]
    assert c.get(8, "a") == "9"
    assert c.get(9, "c") is None
