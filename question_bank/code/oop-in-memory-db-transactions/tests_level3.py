from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def start():
    db = InMemoryDB()
    db.set("u1", "name", "bea")
    db.set("u1", "city", "oslo")
    return db


def test_example_inner_rollback_outer_commit():
    db = start()
    check(db.begin(), None, "begin()")
    check(db.set("u1", "name", "dan"), None, 'set("u1", "name", "dan")')
    check(db.get("u1", "name"), "dan", 'get("u1", "name")')
    check(db.begin(), None, "begin()")
    check(db.delete("u1", "city"), True, 'delete("u1", "city")')
    check(db.get("u1", "city"), None, 'get("u1", "city")')
    check(db.rollback(), True, "rollback() (inner)")
    check(db.get("u1", "city"), "oslo", 'get("u1", "city") after the inner rollback')
    check(db.commit(), True, "commit() (outer)")
    check(db.get("u1", "name"), "dan", 'get("u1", "name") after commit')
    check(db.rollback(), False, "rollback() with nothing open")


def test_example_outer_rollback_undoes_committed_inner_work():
    db = start()
    db.begin()
    db.set("u1", "name", "dan")
    db.commit()
    check(db.begin(), None, "begin()")
    check(db.set("u2", "name", "eve"), None, 'set("u2", "name", "eve")')
    check(db.begin(), None, "begin()")
    check(db.set("u2", "age", "40"), None, 'set("u2", "age", "40")')
    check(db.commit(), True, "commit() (inner merged into outer)")
    check(db.rollback(), True, "rollback() (outer)")
    check(db.scan("u2"), [], 'scan("u2")')
    check(db.get("u1", "name"), "dan", 'get("u1", "name")')
