from inventory import Store


def test_remove_refuses_to_go_below_zero():
    store = Store()
    store.add("bolt", 2)
    assert store.remove("bolt", 3) is False
    assert store.counts["bolt"] == 2


def test_low_stock_lists_items_under_the_limit():
    store = Store()
    store.add("bolt", 2)
    store.add("nut", 9)
    assert store.low_stock(5) == ["bolt"]
