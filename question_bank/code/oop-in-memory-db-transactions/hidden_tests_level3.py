from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_commit_and_rollback_with_nothing_open():
    db = InMemoryDB()
    check(db.commit(), False, "commit() on a fresh db")
    check(db.rollback(), False, "rollback() on a fresh db")
    db.set("k", "f", "v")
    check(db.get("k", "f"), "v", "set outside a transaction applies at once")


def test_rollback_restores_a_record_whose_last_field_was_deleted():
    db = InMemoryDB()
    db.set("k", "a", "1")
    db.set("k", "b", "2")
    db.begin()
    db.delete("k", "a")
    db.delete("k", "b")
    check(db.scan("k"), [], 'scan("k") inside the transaction')
    db.rollback()
    check(db.scan("k"), ["a(1)", "b(2)"], 'scan("k") after rollback')


def test_rollback_of_repeated_overwrites():
    db = InMemoryDB()
    db.set("k", "f", "orig")
    db.begin()
    db.set("k", "f", "1")
    db.set("k", "f", "2")
    db.delete("k", "f")
    db.set("k", "f", "3")
    db.rollback()
    check(db.get("k", "f"), "orig", 'get("k", "f") after rollback')


def test_rollback_of_a_record_created_in_the_transaction():
    db = InMemoryDB()
    db.begin()
    db.set("new", "a", "1")
    db.delete("new", "a")
    db.set("new", "b", "2")
    db.rollback()
    check(db.scan("new"), [], 'scan("new") after rollback')
    check(db.get("new", "b"), None, 'get("new", "b") after rollback')


def test_rollback_undoes_compare_and_set():
    db = InMemoryDB()
    db.set("k", "f", "a")
    db.begin()
    check(db.compare_and_set("k", "f", "a", "b"), True, 'compare_and_set("k", "f", "a", "b")')
    check(db.compare_and_set("k", "f", "a", "c"), False, 'compare_and_set("k", "f", "a", "c")')
    check(db.scan_prefix("k", "f"), ["f(b)"], 'scan_prefix("k", "f") inside the transaction')
    db.rollback()
    check(db.get("k", "f"), "a", 'get("k", "f") after rollback')


def test_three_levels_deep():
    db = InMemoryDB()
    db.begin()  # A
    db.set("k", "a", "1")
    db.begin()  # B
    db.set("k", "b", "2")
    db.begin()  # C
    db.set("k", "c", "3")
    db.set("k", "a", "changed")
    check(db.commit(), True, "commit() of C")
    check(db.rollback(), True, "rollback() of B")
    check(db.scan("k"), ["a(1)"], 'scan("k") after rolling back B (with C in it)')
    check(db.commit(), True, "commit() of A")
    check(db.rollback(), False, "rollback() with nothing open")
    check(db.scan("k"), ["a(1)"], 'scan("k") after A committed')


def test_outermost_commit_is_permanent():
    db = InMemoryDB()
    db.set("k", "f", "old")
    db.begin()
    db.set("k", "f", "new")
    db.commit()
    db.begin()
    db.set("k", "g", "x")
    db.rollback()
    check(db.scan("k"), ["f(new)"], 'scan("k")')


def test_empty_transaction_and_failed_delete_inside_one():
    db = InMemoryDB()
    db.set("k", "f", "v")
    db.begin()
    check(db.delete("k", "nope"), False, 'delete("k", "nope")')
    check(db.rollback(), True, "rollback()")
    check(db.scan("k"), ["f(v)"], 'scan("k")')
