from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_at_most_n_and_sorted_by_minutes():
    office = Office()
    for i, name in enumerate(["e", "d", "c", "b", "a"]):
        office.add_worker(i, name, "dev", 1)
    worked = [("e", 5), ("d", 30), ("c", 10), ("b", 30)]  # "a" never comes in
    for name, _ in worked:
        office.register(100, name)
    for name, minutes in sorted(worked, key=lambda w: w[1]):
        office.register(100 + minutes, name)
    check(
        office.top_n_workers(200, 3, "dev"),
        ["b(30)", "d(30)", "c(10)"],
        'top_n_workers(200, 3, "dev")',
    )
    check(
        office.top_n_workers(201, 10, "dev"),
        ["b(30)", "d(30)", "c(10)", "e(5)", "a(0)"],
        'top_n_workers(201, 10, "dev")',
    )
    check(office.top_n_workers(202, 0, "dev"), [], 'top_n_workers(202, 0, "dev")')


def test_open_session_is_not_counted():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.add_worker(0, "bob", "dev", 1)
    office.register(10, "ann")
    office.register(20, "ann")
    office.register(30, "bob")  # bob stays inside
    check(
        office.top_n_workers(500, 2, "dev"), ["ann(10)", "bob(0)"], 'top_n_workers(500, 2, "dev")'
    )


def test_failed_add_keeps_the_first_position():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.add_worker(1, "ann", "qa", 1)
    check(office.top_n_workers(2, 5, "qa"), [], 'top_n_workers(2, 5, "qa")')
    check(office.top_n_workers(3, 5, "dev"), ["ann(0)"], 'top_n_workers(3, 5, "dev")')


def test_no_workers():
    office = Office()
    check(office.top_n_workers(1, 3, "dev"), [], 'top_n_workers(1, 3, "dev") with no workers')
