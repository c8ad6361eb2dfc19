from solution import Cache


def test_stats_start_at_zero():
    assert Cache(3).stats() == (0, 0, 0)


def test_one_put_can_evict_several_in_order():
    c = Cache(10)
    for t, k in enumerate("abc"):
        c.put(t, k, k, size=3)
    assert c.put(3, "d", "d", size=9) == ["a", "b", "c"]
    assert c.stats() == (0, 0, 3)


def test_oversize_overwrite_changes_nothing():
    c = Cache(5)
    c.put(0, "a", "old", size=2)
    c.put(1, "b", "b", size=2)
    assert c.put(2, "a", "new", size=6) is None
    assert c.put(3, "c", "c", size=2) == ["a"], "the rejected put was not a use of a"
    assert c.stats() == (0, 0, 1)


def test_rejected_put_keeps_the_old_value():
    c = Cache(5)
    c.put(0, "a", "old", size=2)
    assert c.put(1, "a", "new", size=6) is None
    assert c.get(2, "a") == "old"


def test_growing_overwrite_evicts_others_not_itself():
    c = Cache(10)
    c.put(0, "a", "1", size=5)
    c.put(1, "b", "2", size=5)
    assert c.put(2, "a", "big", size=8) == ["b"]
    assert c.get(3, "a") == "big"


def test_shrinking_overwrite_frees_room():
    c = Cache(10)
    c.put(0, "a", "1", size=6)
    c.put(1, "b", "2", size=4)
    assert c.put(2, "a", "small", size=1) == []
    assert c.put(3, "c", "3", size=5) == [], "1 + 4 + 5 = 10 fits"
    assert c.put(4, "d", "4", size=10) == ["b", "a", "c"]


def test_expired_drops_are_neither_reported_nor_counted():
    c = Cache(10)
    c.put(0, "a", "1", ttl=5, size=6)
    c.put(1, "b", "2", size=4)
    assert c.get(7, "a") is None  # a miss
    c.put(8, "x", "3", ttl=1, size=3)
    assert c.put(20, "c", "4", size=6) == [], "x expired at 9: dropping it leaves room"
    assert c.stats() == (0, 1, 0)
    assert c.put(21, "d", "5", size=4) == ["b"]
    assert c.stats() == (0, 1, 1)


def test_sizes_with_lfu():
    c = Cache(6, policy="lfu")
    c.put(0, "a", "1", size=2)
    c.put(1, "b", "2", size=2)
    c.put(2, "c", "3", size=2)
    c.get(3, "a")
    c.get(4, "c")
    assert c.put(5, "d", "4", size=4) == ["b", "a"], "b has 1 use; then a and c tie, a is LRU"
    assert c.stats() == (2, 0, 2)
