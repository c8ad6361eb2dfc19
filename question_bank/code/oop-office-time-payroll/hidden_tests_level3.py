from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_promotion_while_out_of_the_office():
    office = Office()
    office.add_worker(0, "ann", "dev", 2)
    office.register(10, "ann")
    office.register(20, "ann")
    office.promote(30, "ann", "lead", 5)
    office.register(40, "ann")
    office.register(50, "ann")
    check(office.calc_salary(60, "ann", 0, 100), 10 * 2 + 10 * 5, 'calc_salary(60, "ann", 0, 100)')


def test_open_session_is_not_paid():
    office = Office()
    office.add_worker(0, "ann", "dev", 2)
    office.register(10, "ann")
    office.register(20, "ann")
    office.register(30, "ann")  # inside until after the query
    check(office.calc_salary(50, "ann", 0, 100), 20, 'calc_salary(50, "ann", 0, 100)')


def test_salary_range_is_half_open():
    office = Office()
    office.add_worker(0, "ann", "dev", 3)
    office.register(10, "ann")
    office.register(20, "ann")
    check(office.calc_salary(30, "ann", 20, 30), 0, 'calc_salary(30, "ann", 20, 30)')
    check(office.calc_salary(31, "ann", 19, 20), 3, 'calc_salary(31, "ann", 19, 20)')
    check(office.calc_salary(32, "ann", 0, 10), 0, 'calc_salary(32, "ann", 0, 10)')
    check(office.calc_salary(33, "ann", 10, 11), 3, 'calc_salary(33, "ann", 10, 11)')


def test_unknown_worker_salary():
    office = Office()
    check(office.calc_salary(1, "ghost", 0, 10), None, 'calc_salary(1, "ghost", 0, 10)')


def test_promotion_at_entry_and_two_in_one_session():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.register(10, "ann")
    office.promote(10, "ann", "dev", 2)  # the whole session at rate 2 so far
    office.promote(20, "ann", "lead", 3)
    office.promote(30, "ann", "head", 4)
    office.register(40, "ann")
    check(
        office.calc_salary(50, "ann", 0, 100),
        10 * 2 + 10 * 3 + 10 * 4,
        'calc_salary(50, "ann", 0, 100)',
    )
    check(office.time_in_office(51, "ann"), 30, 'time_in_office(51, "ann")')
    check(office.top_n_workers(52, 1, "head"), ["ann(10)"], 'top_n_workers(52, 1, "head")')


def test_ranking_counts_every_period_in_the_position():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.add_worker(0, "bob", "dev", 1)
    office.register(0, "ann")
    office.register(20, "ann")  # 20 as dev
    office.promote(25, "ann", "lead", 2)
    office.register(30, "ann")
    office.register(70, "ann")  # 40 as lead
    office.promote(80, "ann", "dev", 1)
    office.register(90, "ann")
    office.register(95, "ann")  # 5 more as dev
    office.register(100, "bob")
    office.register(122, "bob")  # bob: 22 as dev
    check(
        office.top_n_workers(130, 2, "dev"), ["ann(25)", "bob(22)"], 'top_n_workers(130, 2, "dev")'
    )
    check(
        office.top_n_workers(131, 2, "lead"),
        [],
        'top_n_workers(131, 2, "lead") (nobody holds it now)',
    )
    check(office.time_in_office(132, "ann"), 65, 'time_in_office(132, "ann")')


def test_new_position_listed_with_zero_minutes():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.register(10, "ann")
    office.register(70, "ann")
    office.promote(80, "ann", "lead", 2)
    check(office.top_n_workers(90, 3, "lead"), ["ann(0)"], 'top_n_workers(90, 3, "lead")')
