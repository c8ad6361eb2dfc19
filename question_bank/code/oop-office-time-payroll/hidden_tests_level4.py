from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_window_bounds():
    office = Office()
    check(office.add_bonus_window(1, 50, 50, 2), False, "add_bonus_window(1, 50, 50, 2) (empty)")
    check(
        office.add_bonus_window(2, 60, 50, 2), False, "add_bonus_window(2, 60, 50, 2) (start > end)"
    )
    check(office.add_bonus_window(3, 50, 70, 2), True, "add_bonus_window(3, 50, 70, 2)")
    check(
        office.add_bonus_window(4, 70, 90, 3),
        True,
        "add_bonus_window(4, 70, 90, 3) (touches, no overlap)",
    )
    check(
        office.add_bonus_window(5, 30, 50, 3),
        True,
        "add_bonus_window(5, 30, 50, 3) (touches, no overlap)",
    )


def test_overlaps_are_rejected_in_every_shape():
    office = Office()
    office.add_bonus_window(1, 50, 70, 2)
    check(office.add_bonus_window(2, 55, 60, 2), False, "inside an existing window")
    check(office.add_bonus_window(3, 40, 80, 2), False, "containing an existing window")
    check(office.add_bonus_window(4, 40, 51, 2), False, "overlapping its start")
    check(office.add_bonus_window(5, 69, 75, 2), False, "overlapping its end")
    check(office.add_bonus_window(6, 50, 70, 3), False, "the same window again")


def test_rejected_window_pays_nothing():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.register(0, "ann")
    office.register(100, "ann")
    office.add_bonus_window(101, 0, 10, 2)
    office.add_bonus_window(102, 5, 50, 5)  # rejected
    check(office.calc_salary(103, "ann", 0, 100), 110, 'calc_salary(103, "ann", 0, 100)')


def test_future_window_applies_to_later_sessions():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.add_bonus_window(1, 100, 200, 4)
    office.register(90, "ann")
    office.register(110, "ann")  # 10 plain + 10 at x4
    check(office.calc_salary(120, "ann", 0, 300), 10 + 40, 'calc_salary(120, "ann", 0, 300)')
    check(office.calc_salary(121, "ann", 105, 300), 20, 'calc_salary(121, "ann", 105, 300)')


def test_multiplier_on_top_of_each_rate():
    office = Office()
    office.add_worker(0, "ann", "dev", 2)
    office.add_bonus_window(0, 5, 15, 2)
    office.register(0, "ann")
    office.promote(10, "ann", "dev", 3)
    office.register(20, "ann")
    # [0, 5) 2*5, [5, 10) 2*5*2, [10, 15) 3*5*2, [15, 20) 3*5
    check(office.calc_salary(30, "ann", 0, 30), 10 + 20 + 30 + 15, 'calc_salary(30, "ann", 0, 30)')


def test_window_does_not_change_minutes():
    office = Office()
    office.add_worker(0, "ann", "dev", 1)
    office.add_bonus_window(0, 0, 100, 3)
    office.register(10, "ann")
    office.register(30, "ann")
    check(office.time_in_office(40, "ann"), 20, 'time_in_office(40, "ann")')
    check(office.top_n_workers(41, 1, "dev"), ["ann(20)"], 'top_n_workers(41, 1, "dev")')
    check(office.calc_salary(42, "ann", 0, 100), 60, 'calc_salary(42, "ann", 0, 100)')
