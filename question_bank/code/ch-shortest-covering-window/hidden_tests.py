from solution import shortest_cover


def check(s, t, want):
    got = shortest_cover(s, t)
    if len(want) > 40 or len(got) > 40:
        assert got == want, f"got a window of length {len(got)}, want length {len(want)}"
    else:
        assert got == want, f"shortest_cover({s!r}, {t!r}): got {got!r}, want {want!r}"


def test_single_characters():
    check("a", "a", "a")
    check("a", "b", "")


def test_t_longer_than_s():
    check("ab", "abc", "")


def test_whole_string_is_the_only_window():
    check("cab", "abc", "cab")


def test_tie_returns_the_earliest_window():
    check("abxba", "ab", "ab")
    check("qxyqxzyq", "xy", "xy")


def test_case_matters():
    check("aAbBa", "AB", "AbB")
    check("abc", "A", "")


def test_surplus_copies_in_the_window():
    # the window may hold extra copies; the shortest one drops the leading surplus
    check("aaaabaaac", "abc", "baaac")


def test_large_input_is_linear():
    # |s| = 10^5: a quadratic scan over window starts would not finish in time
    s = "a" * 50_000 + "b" + "a" * 49_999
    check(s, "ab", "ab")
    t = "a" * 60_000 + "b"
    check(s, t, s[:60_001])
    check(s, "a" * 99_999 + "b", s)
    check(s, "bb", "")
