from solution import Cache


def test_get_of_missing_key_is_none():
    c = Cache(3)
    assert c.get(0, "x") is None
    c.put(1, "a", "1")
    assert c.get(2, "x") is None


def test_capacity_one_replaces_each_time():
    c = Cache(1)
    assert c.put(0, "a", "1") == []
    assert c.put(1, "b", "2") == ["a"]
    assert c.put(2, "c", "3") == ["b"]
    assert c.get(3, "c") == "3"
    assert c.get(3, "b") is None


def test_overwrite_counts_as_a_use():
    c = Cache(2)
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    c.put(2, "a", "1b")  # a becomes most recent
    assert c.put(3, "c", "3") == ["b"], "the overwrite of a made b the least recently used"
    assert c.get(4, "a") == "1b"


def test_overwrite_of_the_lru_key_in_a_full_cache():
    c = Cache(1)
    c.put(0, "a", "1")
    assert c.put(1, "a", "2") == [], "a key is never evicted by its own put"
    assert c.get(2, "a") == "2"


def test_missed_get_does_not_change_the_order():
    c = Cache(2)
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    c.get(2, "zzz")
    assert c.put(3, "c", "3") == ["a"]


def test_longer_eviction_sequence():
    c = Cache(3)
    for t, k in enumerate("abc"):
        c.put(t, k, k.upper())
    c.get(3, "a")
    c.get(4, "b")
    assert c.put(5, "d", "D") == ["c"]
    assert c.put(6, "e", "E") == ["a"]
    c.get(7, "b")
    assert c.put(8, "f", "F") == ["d"]
    assert [c.get(9, k) for k in "abcdef"] == [None, "B", None, None, "E", "F"]
