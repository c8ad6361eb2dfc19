from solution import min_capacity


def test_example_1_three_days():
    assert min_capacity([4, 8, 1, 3, 6, 2, 5], 3) == 12


def test_example_2_one_day_takes_the_total():
    assert min_capacity([1, 2, 3, 4, 5], 1) == 15


def test_example_3_one_parcel_a_day():
    assert min_capacity([1, 2, 3, 4, 5], 5) == 5
