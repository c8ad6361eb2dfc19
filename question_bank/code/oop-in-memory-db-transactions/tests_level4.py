from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_counts_inside_nested_transactions():
    db = InMemoryDB()
    check(db.set("u1", "city", "oslo"), None, 'set("u1", "city", "oslo")')
    check(db.set("u2", "city", "oslo"), None, 'set("u2", "city", "oslo")')
    check(db.set("u3", "city", "rome"), None, 'set("u3", "city", "rome")')
    check(db.count_where("city", "oslo"), 2, 'count_where("city", "oslo")')
    check(db.begin(), None, "begin()")
    check(db.set("u3", "city", "oslo"), None, 'set("u3", "city", "oslo")')
    check(db.count_where("city", "oslo"), 3, 'count_where("city", "oslo")')
    check(db.count_where("city", "rome"), 0, 'count_where("city", "rome")')
    check(db.begin(), None, "begin()")
    check(db.delete("u1", "city"), True, 'delete("u1", "city")')
    check(db.count_where("city", "oslo"), 2, 'count_where("city", "oslo")')


def test_example_counts_after_commit_and_rollback():
    db = InMemoryDB()
    db.set("u1", "city", "oslo")
    db.set("u2", "city", "oslo")
    db.set("u3", "city", "rome")
    db.begin()
    db.set("u3", "city", "oslo")
    db.begin()
    db.delete("u1", "city")
    check(db.commit(), True, "commit()")
    check(db.count_where("city", "oslo"), 2, 'count_where("city", "oslo") after the inner commit')
    check(db.rollback(), True, "rollback()")
    check(db.count_where("city", "oslo"), 2, 'count_where("city", "oslo") after rollback')
    check(db.count_where("city", "rome"), 1, 'count_where("city", "rome") after rollback')
    check(db.get("u1", "city"), "oslo", 'get("u1", "city")')
