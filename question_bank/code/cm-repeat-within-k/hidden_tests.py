from solution import has_near_repeat


def test_single_item():
    assert has_near_repeat([7], 5) is False


def test_adjacent_repeat_with_k_one():
    assert has_near_repeat([3, 3], 1) is True


def test_closest_occurrence_counts_not_the_first():
    # 9 at 0, 4 and 6: only 4 and 6 are within k = 2
    assert has_near_repeat([9, 1, 2, 3, 9, 5, 9], 2) is True


def test_negative_and_large_ids():
    assert has_near_repeat([-(10**9), 10**9, -(10**9)], 2) is True
    assert has_near_repeat([-(10**9), 10**9, -(10**9)], 1) is False


def test_large_input_is_linear():
    # 10^5 distinct ids and a huge k: a quadratic scan would not finish in time
    ids = list(range(100_000))
    assert has_near_repeat(ids, 100_000) is False
    ids[-1] = 0
    assert has_near_repeat(ids, 100_000) is True
    assert has_near_repeat(ids, 99_998) is False
