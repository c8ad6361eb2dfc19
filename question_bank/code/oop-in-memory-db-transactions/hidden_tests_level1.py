from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_overwrite_keeps_the_last_value():
    db = InMemoryDB()
    db.set("k", "f", "1")
    db.set("k", "f", "2")
    check(db.get("k", "f"), "2", 'get("k", "f")')


def test_delete_on_a_missing_record_or_field():
    db = InMemoryDB()
    check(db.delete("nope", "f"), False, 'delete("nope", "f")')
    db.set("k", "a", "1")
    check(db.delete("k", "b"), False, 'delete("k", "b")')
    check(db.get("k", "a"), "1", 'get("k", "a") after deleting another field')


def test_record_gone_with_its_last_field_and_can_come_back():
    db = InMemoryDB()
    db.set("k", "a", "1")
    check(db.delete("k", "a"), True, 'delete("k", "a")')
    check(db.get("k", "a"), None, 'get("k", "a")')
    db.set("k", "b", "2")
    check(db.get("k", "b"), "2", 'get("k", "b")')
    check(db.get("k", "a"), None, 'get("k", "a") after the record came back')


def test_records_are_independent():
    db = InMemoryDB()
    db.set("a", "f", "1")
    db.set("b", "f", "2")
    db.delete("a", "f")
    check(db.get("b", "f"), "2", 'get("b", "f")')
