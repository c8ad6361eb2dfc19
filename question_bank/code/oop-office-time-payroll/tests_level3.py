from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def promoted():
    office = Office()
    check(office.add_worker(0, "ann", "dev", 2), True, 'add_worker(0, "ann", "dev", 2)')
    office.register(10, "ann")
    office.register(70, "ann")  # 60 min as dev
    office.register(100, "ann")  # enters
    check(
        office.promote(130, "ann", "lead", 3), True, 'promote(130, "ann", "lead", 3) (mid-session)'
    )
    office.register(160, "ann")  # 30 min dev + 30 min lead
    check(office.promote(170, "bob", "lead", 5), False, 'promote(170, "bob", "lead", 5)')
    return office


def test_example_salary_split_at_the_promotion():
    office = promoted()
    check(
        office.calc_salary(200, "ann", 0, 200),
        270,
        'calc_salary(200, "ann", 0, 200) (60*2 + 30*2 + 30*3)',
    )
    check(
        office.calc_salary(201, "ann", 60, 140),
        110,
        'calc_salary(201, "ann", 60, 140) (10*2 + 30*2 + 10*3)',
    )


def test_example_ranking_by_minutes_in_the_position():
    office = promoted()
    check(office.top_n_workers(202, 3, "lead"), ["ann(30)"], 'top_n_workers(202, 3, "lead")')
    check(office.top_n_workers(203, 3, "dev"), [], 'top_n_workers(203, 3, "dev")')
    check(office.time_in_office(204, "ann"), 120, 'time_in_office(204, "ann")')
