from solution import Cache


def test_frequency_ties_go_to_the_least_recently_used():
    c = Cache(2, policy="lfu")
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    c.get(2, "b")
    c.get(3, "a")  # both 2 uses, a used last
    assert c.put(4, "c", "3") == ["b"]


def test_new_key_is_not_evicted_by_its_own_put():
    c = Cache(1, policy="lfu")
    c.put(0, "a", "1")
    for t in range(1, 4):
        c.get(t, "a")
    assert c.put(4, "b", "2") == ["a"], "the only other key goes, even with more uses"
    assert c.get(5, "b") == "2"


def test_a_new_key_is_the_next_victim_with_one_use():
    c = Cache(2, policy="lfu")
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    for t in range(2, 6):
        c.get(t, "a")
        c.get(t, "b")
    assert c.put(6, "c", "3") == ["a"], "a and b tie at 5 uses; a was used less recently"
    assert c.put(7, "d", "4") == ["c"], "c has 1 use, fewer than b"


def test_overwrite_adds_a_use_under_lfu():
    c = Cache(2, policy="lfu")
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    c.get(2, "a")  # a: 2 uses
    c.put(3, "b", "3")  # b: 2 uses, and used after a
    assert c.put(4, "c", "4") == ["a"], "a and b tie at 2 uses (the overwrite counts); a is LRU"


def test_reinserted_key_starts_again_at_one_use():
    c = Cache(2, policy="lfu")
    c.put(0, "a", "1")
    c.put(1, "b", "2")
    c.get(2, "b")
    c.get(3, "b")
    assert c.put(4, "c", "3") == ["a"]
    assert c.put(5, "a", "1") == ["c"]
    assert c.put(6, "d", "4") == ["a"], "the evicted a came back with 1 use, not its old count"


def test_explicit_lru_policy_is_level_one_behaviour():
    c = Cache(2, policy="lru")
    c.put(0, "a", "1")
    c.get(1, "a")
    c.get(2, "a")
    c.put(3, "b", "2")
    assert c.put(4, "c", "3") == ["a"], "LRU ignores how often a key was used"


def test_expired_frequent_entry_goes_first_and_silently():
    c = Cache(2, policy="lfu")
    c.put(0, "a", "1", ttl=5)
    for t in range(1, 4):
        c.get(t, "a")
    c.put(4, "b", "2")
    assert c.put(10, "c", "3") == []
    assert c.get(11, "b") == "2"


def test_put_and_get_stay_constant_time_for_both_policies():
    # 20,000 evicting puts into a full cache of 3,000 (and gets): finding the victim by
    # scanning every entry is quadratic and would not finish in time
    for policy in ("lru", "lfu"):
        c = Cache(3000, policy=policy)
        evicted = 0
        for i in range(23_000):
            evicted += len(c.put(i, f"k{i}", "v"))
            if i % 3 == 0:
                c.get(i, f"k{i}")
        assert evicted == 20_000, f"{policy}: {evicted} evictions, want 20000"
        assert c.get(23_000, "k22999") == "v"
        assert c.get(23_000, "k0") is None
