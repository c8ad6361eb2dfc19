from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_add_worker():
    office = Office()
    check(office.add_worker(1, "ann", "dev", 20), True, 'add_worker(1, "ann", "dev", 20)')
    check(office.add_worker(2, "ann", "qa", 10), False, 'add_worker(2, "ann", "qa", 10) (exists)')


def test_example_sessions():
    office = Office()
    office.add_worker(1, "ann", "dev", 20)
    check(office.register(100, "ann"), "registered", 'register(100, "ann") (entry)')
    check(office.time_in_office(120, "ann"), 0, 'time_in_office(120, "ann") (session still open)')
    check(office.register(160, "ann"), "registered", 'register(160, "ann") (exit: 60 minutes)')
    check(office.register(200, "ann"), "registered", 'register(200, "ann") (entry)')
    check(office.time_in_office(210, "ann"), 60, 'time_in_office(210, "ann")')


def test_example_unknown_worker():
    office = Office()
    office.add_worker(1, "ann", "dev", 20)
    check(office.register(220, "bob"), "invalid_request", 'register(220, "bob")')
    check(office.time_in_office(230, "bob"), None, 'time_in_office(230, "bob")')
