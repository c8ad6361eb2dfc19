from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_set_and_get():
    db = InMemoryDB()
    check(db.set("u1", "name", "ann"), None, 'set("u1", "name", "ann")')
    check(db.set("u1", "age", "31"), None, 'set("u1", "age", "31")')
    check(db.get("u1", "age"), "31", 'get("u1", "age")')
    check(db.get("u1", "name"), "ann", 'get("u1", "name")')


def test_example_delete_and_missing_reads():
    db = InMemoryDB()
    db.set("u1", "name", "ann")
    db.set("u1", "age", "31")
    check(db.delete("u1", "age"), True, 'delete("u1", "age")')
    check(db.delete("u1", "age"), False, 'delete("u1", "age") again')
    check(db.get("u1", "age"), None, 'get("u1", "age")')
    check(db.get("u2", "name"), None, 'get("u2", "name") (missing record)')
