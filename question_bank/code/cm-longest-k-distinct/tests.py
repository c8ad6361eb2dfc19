from solution import longest_k_distinct


def test_example_1_two_distinct():
    assert longest_k_distinct("abaccc", 2) == 4


def test_example_2_one_distinct():
    assert longest_k_distinct("aabbcc", 1) == 2


def test_example_3_k_zero():
    assert longest_k_distinct("abc", 0) == 0
