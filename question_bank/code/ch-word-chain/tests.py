from solution import chain_length


def test_example_1_five_word_chain():
    words = ["cord", "card", "ward", "warm", "worm", "word", "wore"]
    got = chain_length("cold", "warm", words)
    assert got == 5, f"got {got}"


def test_example_2_end_not_in_words():
    got = chain_length("cold", "warm", ["cord", "card", "ward"])
    assert got == 0, f"got {got}"


def test_example_3_one_step():
    got = chain_length("abc", "abd", ["abd"])
    assert got == 2, f"got {got}"
