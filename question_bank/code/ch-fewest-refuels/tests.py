from solution import fewest_stops


def test_example_1_three_stops():
    got = fewest_stops(50, 15, [[10, 10], [15, 20], [30, 5], [40, 25]])
    assert got == 3, f"got {got}"


def test_example_2_first_station_out_of_reach():
    got = fewest_stops(20, 5, [[6, 100]])
    assert got == -1, f"got {got}"


def test_example_3_enough_fuel_and_no_stations():
    got = fewest_stops(8, 8, [])
    assert got == 0, f"got {got}"
