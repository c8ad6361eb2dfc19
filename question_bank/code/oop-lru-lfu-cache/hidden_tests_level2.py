from solution import Cache


def test_ttl_window_is_half_open():
    c = Cache(2)
    c.put(10, "a", "1", ttl=5)
    assert c.get(10, "a") == "1"
    assert c.get(14, "a") == "1"
    assert c.get(15, "a") is None


def test_overwrite_without_ttl_clears_it():
    c = Cache(2)
    c.put(0, "a", "1", ttl=2)
    c.put(1, "a", "2")
    assert c.get(1000, "a") == "2"


def test_overwrite_with_a_new_ttl_restarts_it():
    c = Cache(2)
    c.put(0, "a", "1", ttl=2)
    c.put(1, "a", "2", ttl=10)
    assert c.get(5, "a") == "2"
    assert c.get(11, "a") is None


def test_expired_lru_entry_is_not_reported():
    c = Cache(2)
    c.put(0, "a", "1", ttl=2)
    c.put(1, "b", "2")
    assert c.put(5, "c", "3") == [], "a expired: dropping it is not an eviction"
    assert c.get(6, "b") == "2"
    assert c.get(6, "c") == "3"


def test_lru_eviction_when_nothing_has_expired():
    c = Cache(2)
    c.put(0, "a", "1", ttl=100)
    c.put(1, "b", "2", ttl=100)
    assert c.put(2, "c", "3") == ["a"]


def test_expired_key_can_be_written_again():
    c = Cache(1)
    c.put(0, "a", "1", ttl=1)
    assert c.get(1, "a") is None
    assert c.put(2, "a", "2") == []
    assert c.get(3, "a") == "2"


def test_an_expired_key_is_not_resurrected_by_a_later_overwrite_of_another():
    c = Cache(3)
    c.put(0, "a", "1", ttl=3)
    c.put(1, "b", "2")
    c.put(2, "b", "3")
    assert c.get(3, "a") is None
    assert c.get(4, "b") == "3"
