from solution import Cache


def test_example_expired_entry_frees_its_slot():
    c = Cache(2)
    assert c.put(0, "a", "1", ttl=5) == []
    assert c.put(1, "b", "2") == []
    assert c.get(4, "a") == "1"
    assert c.get(5, "a") is None, "visible during [0, 5): expired at 5"
    assert c.put(6, "c", "3", ttl=10) == [], "a's slot was already freed"
    assert c.put(7, "d", "4") == ["b"]
    assert c.get(8, "c") == "3"


def test_example_expired_entries_are_dropped_before_lru_eviction():
    c = Cache(2)
    assert c.put(0, "a", "1", ttl=3) == []
    assert c.put(1, "b", "2") == []
    assert c.get(2, "a") == "1"  # a is more recent than b
    assert c.put(4, "c", "3") == [], "expired a is dropped (not reported), b survives"
    assert c.get(5, "b") == "2"
