from solution import InMemoryDB


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_zero_for_unknown_pairs():
    db = InMemoryDB()
    check(db.count_where("city", "oslo"), 0, "count_where on an empty db")
    db.set("u1", "city", "oslo")
    check(db.count_where("town", "oslo"), 0, 'count_where("town", "oslo")')
    check(db.count_where("city", "rome"), 0, 'count_where("city", "rome")')


def test_overwrites_and_same_value_sets():
    db = InMemoryDB()
    db.set("u1", "city", "oslo")
    db.set("u1", "city", "oslo")
    check(db.count_where("city", "oslo"), 1, "setting the same value twice counts once")
    db.set("u1", "city", "rome")
    check(db.count_where("city", "oslo"), 0, 'count_where("city", "oslo") after overwrite')
    check(db.count_where("city", "rome"), 1, 'count_where("city", "rome") after overwrite')
    db.compare_and_set("u1", "city", "rome", "pisa")
    check(db.count_where("city", "pisa"), 1, 'count_where("city", "pisa") after compare_and_set')
    check(db.count_where("city", "rome"), 0, 'count_where("city", "rome") after compare_and_set')


def test_same_value_in_different_fields_is_counted_apart():
    db = InMemoryDB()
    db.set("u1", "home", "oslo")
    db.set("u1", "work", "oslo")
    db.set("u2", "home", "oslo")
    check(db.count_where("home", "oslo"), 2, 'count_where("home", "oslo")')
    check(db.count_where("work", "oslo"), 1, 'count_where("work", "oslo")')
    db.delete("u1", "home")
    db.delete("u1", "work")
    check(db.count_where("home", "oslo"), 1, 'count_where("home", "oslo") after deletes')
    check(db.count_where("work", "oslo"), 0, 'count_where("work", "oslo") after deletes')


def test_inner_rollback_only_restores_inner_counts():
    db = InMemoryDB()
    db.begin()
    db.set("u1", "team", "red")
    db.begin()
    db.set("u2", "team", "red")
    db.set("u1", "team", "blue")
    check(db.count_where("team", "red"), 1, 'count_where("team", "red") in the inner transaction')
    db.rollback()
    check(db.count_where("team", "red"), 1, 'count_where("team", "red") after the inner rollback')
    check(db.count_where("team", "blue"), 0, 'count_where("team", "blue") after the inner rollback')
    db.commit()
    check(db.rollback(), False, "rollback() with nothing open")
    check(db.count_where("team", "red"), 1, 'count_where("team", "red") after commit')


def test_rollback_restores_counts_of_a_deleted_record():
    db = InMemoryDB()
    db.set("u1", "city", "oslo")
    db.set("u1", "team", "red")
    db.begin()
    db.delete("u1", "city")
    db.delete("u1", "team")
    check(db.count_where("team", "red"), 0, 'count_where("team", "red") inside the transaction')
    db.rollback()
    check(db.count_where("team", "red"), 1, 'count_where("team", "red") after rollback')
    check(db.count_where("city", "oslo"), 1, 'count_where("city", "oslo") after rollback')


def test_count_where_is_constant_time():
    # 30,000 records and 30,000 queries: counting by scanning the records would not finish
    n = 30_000
    db = InMemoryDB()
    for i in range(n):
        db.set(f"u{i}", "city", f"c{i % 7}")
    for i in range(n):
        c = i % 7
        got = db.count_where("city", f"c{c}")
        want = n // 7 + (1 if c < n % 7 else 0)
        assert got == want, f'count_where("city", "c{c}"): got {got}, want {want}'
