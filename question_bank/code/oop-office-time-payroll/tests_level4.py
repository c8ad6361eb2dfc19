from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def with_windows():
    office = Office()
    check(office.add_worker(0, "ann", "dev", 2), True, 'add_worker(0, "ann", "dev", 2)')
    office.register(10, "ann")
    office.register(110, "ann")  # one 100-minute session
    check(office.add_bonus_window(120, 50, 70, 3), True, "add_bonus_window(120, 50, 70, 3)")
    check(
        office.add_bonus_window(121, 60, 80, 2),
        False,
        "add_bonus_window(121, 60, 80, 2) (overlaps [50, 70))",
    )
    check(office.add_bonus_window(122, 100, 130, 2), True, "add_bonus_window(122, 100, 130, 2)")
    return office


def test_example_bonus_pay():
    office = with_windows()
    check(
        office.calc_salary(123, "ann", 0, 200),
        300,
        'calc_salary(123, "ann", 0, 200) (2 * (100 + 20*2 + 10*1))',
    )
    check(
        office.calc_salary(124, "ann", 60, 105),
        140,
        'calc_salary(124, "ann", 60, 105) (2 * (45 + 10*2 + 5*1))',
    )


def test_example_bonus_with_a_promotion():
    office = with_windows()
    check(office.promote(125, "ann", "lead", 4), True, 'promote(125, "ann", "lead", 4)')
    office.register(140, "ann")
    office.register(150, "ann")  # 10 min as lead, no bonus
    check(office.calc_salary(160, "ann", 0, 200), 340, 'calc_salary(160, "ann", 0, 200)')
