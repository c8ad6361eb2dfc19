from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_scan_sorts_by_field_not_insertion_order():
    db = InMemoryDB()
    for field, value in [("z", "1"), ("b2", "2"), ("a", "3"), ("b10", "4"), ("B", "5")]:
        db.set("k", field, value)
    want = ["B(5)", "a(3)", "b10(4)", "b2(2)", "z(1)"]
    check(db.scan("k"), want, 'scan("k")')


def test_scan_reflects_overwrites_and_deletes():
    db = InMemoryDB()
    db.set("k", "a", "1")
    db.set("k", "b", "2")
    db.set("k", "a", "9")
    db.delete("k", "b")
    check(db.scan("k"), ["a(9)"], 'scan("k")')
    db.delete("k", "a")
    check(db.scan("k"), [], 'scan("k") after deleting every field')


def test_scan_prefix_edges():
    db = InMemoryDB()
    db.set("k", "city", "oslo")
    db.set("k", "ci", "x")
    db.set("k", "name", "ann")
    check(db.scan_prefix("k", "city"), ["city(oslo)"], 'scan_prefix("k", "city") (whole name)')
    check(db.scan_prefix("k", "ci"), ["ci(x)", "city(oslo)"], 'scan_prefix("k", "ci")')
    check(db.scan_prefix("k", "q"), [], 'scan_prefix("k", "q")')
    check(db.scan_prefix("missing", "c"), [], 'scan_prefix("missing", "c")')
    check(db.scan_prefix("k", "cityx"), [], 'scan_prefix("k", "cityx") (longer than any field)')


def test_compare_and_set_on_a_missing_record_creates_nothing():
    db = InMemoryDB()
    check(db.compare_and_set("k", "f", "x", "y"), False, 'compare_and_set("k", "f", "x", "y")')
    check(db.get("k", "f"), None, 'get("k", "f")')
    check(db.scan("k"), [], 'scan("k")')


def test_compare_and_set_after_delete_and_to_the_same_value():
    db = InMemoryDB()
    db.set("k", "f", "x")
    check(db.compare_and_set("k", "f", "x", "x"), True, 'compare_and_set("k", "f", "x", "x")')
    db.delete("k", "f")
    check(
        db.compare_and_set("k", "f", "x", "y"), False, "compare_and_set after the field was deleted"
    )
    check(db.get("k", "f"), None, 'get("k", "f")')
