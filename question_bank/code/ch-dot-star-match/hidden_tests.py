from solution import matches


def check(s, p, want):
    got = matches(s, p)
    shown = s if len(s) <= 40 else f"<{len(s)} chars>"
    pat = p if len(p) <= 40 else f"<{len(p)} chars>"
    assert got is want, f"matches({shown!r}, {pat!r}): got {got!r}, want {want!r}"


def test_empty_string_and_empty_pattern():
    check("", "", True)
    check("a", "", False)
    check("", "a", False)
    check("", ".", False)


def test_whole_string_must_match():
    check("ab", "a", False)
    check("ab", "b", False)
    check("a", "ab", False)


def test_star_may_mean_zero_copies():
    check("xxy", "z*x*y", True)
    check("b", "a*b", True)
    check("ab", ".*c*ab", True)


def test_star_repeats_a_letter_not_a_group():
    check("abab", "ab*", False)
    check("abbb", "ab*", True)


def test_dot_star_matches_anything():
    check("", ".*", True)
    check("qwerty", ".*", True)
    check("qwerty", ".*y", True)
    check("qwerty", ".*x", False)


def test_star_must_give_back_characters():
    # a greedy a* would eat the last a that the pattern needs
    check("aaa", "a*a", True)
    check("aaa", "a*aaaa", False)
    check("abcbc", "a.*bc", True)


def test_many_stars_do_not_blow_up():
    # plain backtracking tries exponentially many ways to split the a's between the stars
    check("a" * 30 + "b", "a*" * 15 + "c", False)
    check("a" * 30, "a*" * 15 + "b", False)
    check("a" * 300 + "b", ".*" * 20 + "a*" * 100 + "b", True)
    check("ab" * 150, "a*.*b" * 60 + "c", False)
