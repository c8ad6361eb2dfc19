from solution import Office


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def office_with_sessions():
    office = Office()
    for args in [
        (1, "ann", "dev", 20),
        (2, "bob", "dev", 25),
        (3, "cy", "qa", 15),
        (4, "dee", "dev", 30),
    ]:
        check(office.add_worker(*args), True, f"add_worker{args}")
    office.register(10, "ann")
    office.register(10, "cy")
    office.register(20, "bob")
    office.register(60, "ann")  # ann: 50
    office.register(70, "bob")  # bob: 50
    office.register(80, "bob")  # bob enters again
    office.register(100, "cy")  # cy: 90
    return office


def test_example_ties_by_id_and_zero_minutes():
    office = office_with_sessions()
    check(
        office.top_n_workers(110, 5, "dev"),
        ["ann(50)", "bob(50)", "dee(0)"],
        'top_n_workers(110, 5, "dev")',
    )


def test_example_other_positions():
    office = office_with_sessions()
    check(office.top_n_workers(111, 1, "qa"), ["cy(90)"], 'top_n_workers(111, 1, "qa")')
    check(office.top_n_workers(112, 3, "ops"), [], 'top_n_workers(112, 3, "ops")')
