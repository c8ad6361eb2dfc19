from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_never_registered_worker_has_zero():
    office = Office()
    office.add_worker(1, "ann", "dev", 5)
    check(office.time_in_office(2, "ann"), 0, 'time_in_office(2, "ann")')


def test_many_sessions_add_up():
    office = Office()
    office.add_worker(0, "ann", "dev", 5)
    for entry, exit_ in [(10, 25), (30, 31), (40, 100), (100, 107)]:
        office.register(entry, "ann")
        office.register(exit_, "ann")
    check(office.time_in_office(200, "ann"), 15 + 1 + 60 + 7, 'time_in_office(200, "ann")')


def test_zero_length_session():
    office = Office()
    office.add_worker(0, "ann", "dev", 5)
    office.register(10, "ann")
    office.register(10, "ann")
    check(office.time_in_office(11, "ann"), 0, 'time_in_office(11, "ann")')
    office.register(12, "ann")  # this one is an entry again
    office.register(20, "ann")
    check(office.time_in_office(21, "ann"), 8, 'time_in_office(21, "ann")')


def test_workers_are_independent():
    office = Office()
    office.add_worker(0, "ann", "dev", 5)
    office.add_worker(0, "bob", "dev", 5)
    office.register(10, "ann")
    office.register(15, "bob")
    office.register(20, "ann")
    check(office.time_in_office(30, "ann"), 10, 'time_in_office(30, "ann")')
    check(office.time_in_office(30, "bob"), 0, 'time_in_office(30, "bob") (still inside)')
    office.register(40, "bob")
    check(office.time_in_office(41, "bob"), 25, 'time_in_office(41, "bob")')


def test_invalid_register_creates_nobody():
    office = Office()
    check(office.register(1, "ghost"), "invalid_request", 'register(1, "ghost")')
    check(office.time_in_office(2, "ghost"), None, 'time_in_office(2, "ghost")')
    check(office.add_worker(3, "ghost", "dev", 1), True, 'add_worker(3, "ghost", "dev", 1)')
