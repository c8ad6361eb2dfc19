from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def start():
    db = InMemoryDB()
    db.set("u1", "name", "ann")
    check(db.set("u1", "city", "oslo"), None, 'set("u1", "city", "oslo")')
    check(db.set("u1", "country", "no"), None, 'set("u1", "country", "no")')
    return db


def test_example_scans():
    db = start()
    check(db.scan("u1"), ["city(oslo)", "country(no)", "name(ann)"], 'scan("u1")')
    check(db.scan_prefix("u1", "c"), ["city(oslo)", "country(no)"], 'scan_prefix("u1", "c")')
    check(db.scan("u9"), [], 'scan("u9")')


def test_example_compare_and_set():
    db = start()
    check(
        db.compare_and_set("u1", "name", "ann", "bea"),
        True,
        'compare_and_set("u1", "name", "ann", "bea")',
    )
    check(
        db.compare_and_set("u1", "name", "ann", "cat"),
        False,
        'compare_and_set("u1", "name", "ann", "cat")',
    )
    check(
        db.compare_and_set("u1", "zip", "x", "y"), False, 'compare_and_set("u1", "zip", "x", "y")'
    )
    check(db.get("u1", "name"), "bea", 'get("u1", "name")')
