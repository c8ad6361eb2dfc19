from solution import shortest_front_palindrome


def check(s, want):
    got = shortest_front_palindrome(s)
    if len(s) <= 40:
        assert got == want, f"shortest_front_palindrome({s!r}): got {got!r}, want {want!r}"
    else:
        assert got == want, f"for a string of {len(s)}: got length {len(got)}, want {len(want)}"


def test_single_character():
    check("z", "z")


def test_already_a_palindrome():
    check("racecar", "racecar")
    check("abba", "abba")


def test_only_the_first_character_is_a_palindrome():
    check("ab", "bab")
    check("abc", "cbabc")


def test_odd_palindromic_prefix():
    check("abcbad", "dabcbad")


def test_longest_palindromic_prefix_not_a_shorter_one():
    # "a" and "aba" are palindromic prefixes too; only the longest gives the shortest answer
    check("abacabad", "dabacabad")
    check("aabaa" + "b", "baabaab")


def test_long_strings_are_linear():
    # checking every prefix from the longest down (O(n^2)) would not finish in time
    s = "a" * 50_000 + "b" + "a" * 49_999
    check(s, "a" * 49_999 + "b" + s)
    s = "b" + "a" * 99_999
    check(s, "a" * 99_999 + s)
