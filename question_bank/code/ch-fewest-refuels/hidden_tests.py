from solution import fewest_stops


def check(target, fuel, stations, want):
    got = fewest_stops(target, fuel, stations)
    shown = stations if len(stations) <= 10 else f"<{len(stations)} stations>"
    assert got == want, f"fewest_stops({target}, {fuel}, {shown}): got {got}, want {want}"


def test_enough_fuel_needs_no_stop():
    check(100, 100, [[10, 50], [60, 50]], 0)
    check(100, 1_000, [[50, 1]], 0)


def test_arriving_with_an_empty_tank_is_fine():
    check(10, 5, [[5, 5]], 1)
    check(10, 3, [[3, 2], [5, 5]], 2)


def test_one_big_station_beats_two_near_ones():
    check(100, 50, [[10, 10], [20, 50], [30, 5]], 1)


def test_stations_run_out_before_the_target():
    check(100, 10, [[10, 20], [30, 10]], -1)
    check(10, 4, [[5, 100]], -1)


def test_huge_values():
    check(10**9, 1, [[1, 10**9 - 1]], 1)
    check(10**9, 1, [[1, 10**9 - 2]], -1)


def test_many_stations_every_one_needed():
    # 10^5 stations one mile apart, each with one unit: every station is a stop.
    # An O(n^2) table over stops and stations would not finish in time.
    n = 100_000
    check(n + 1, 1, [[i, 1] for i in range(1, n + 1)], n)


def test_many_stations_in_reach_from_the_start():
    # every station is within the first tank, so the best stops are the largest amounts:
    # 10^5 + (10^5 + 99,999 + ...) first reaches 10^9 after 10,557 of them
    n = 100_000
    stations = [[i, i] for i in range(1, n + 1)]
    check(10**9, n, stations, 10_557)
    check(10**9, n, stations[:10_000], -1)
