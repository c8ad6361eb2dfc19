from solution import start_depot


def test_example_1_start_at_depot_two():
    got = start_depot([4, 1, 5, 2], [3, 4, 1, 3])
    assert got == 2, f"got {got}, want 2"


def test_example_2_not_enough_fuel_in_total():
    got = start_depot([2, 3, 4], [3, 4, 3])
    assert got == -1, f"got {got}, want -1"


def test_example_3_every_start_works_pick_the_first():
    got = start_depot([1, 1], [1, 1])
    assert got == 0, f"got {got}, want 0"
