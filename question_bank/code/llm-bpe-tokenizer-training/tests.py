from solution import encode_word, train_bpe

TEXT = "low low low lower lowest newest newest wider"


def test_example_1_merges_in_the_order_learned():
    merges, _ = train_bpe(TEXT, 6)
    want = [("l", "o"), ("lo", "w"), ("e", "s"), ("es", "t"), ("e", "r"), ("e", "w")]
    assert [tuple(m) for m in merges] == want, f"got {merges}, want {want}"


def test_example_2_vocabulary_ids():
    _, vocab = train_bpe(TEXT, 6)
    tokens = ["d", "e", "i", "l", "n", "o", "r", "s", "t", "w"]
    tokens += ["lo", "low", "es", "est", "er", "ew"]
    want = {tok: i for i, tok in enumerate(tokens)}
    assert vocab == want, f"got {vocab}, want {want}"


def test_example_3_encode_words():
    merges, _ = train_bpe(TEXT, 6)
    cases = {
        "lowest": ["low", "est"],
        "newer": ["n", "ew", "er"],
        "slow": ["s", "low"],
        "widest": ["w", "i", "d", "est"],
    }
    for word, want in cases.items():
        got = list(encode_word(word, merges))
        assert got == want, f"encode_word({word!r}) = {got}, want {want}"


def test_example_4_training_stops_when_no_pairs_are_left():
    merges, vocab = train_bpe("aaaa", 3)
    assert [tuple(m) for m in merges] == [("a", "a"), ("aa", "aa")], f"got {merges}"
    assert vocab == {"a": 0, "aa": 1, "aaaa": 2}, f"got {vocab}"
