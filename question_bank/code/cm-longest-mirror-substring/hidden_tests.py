from solution import longest_mirror


def test_single_character():
    assert longest_mirror("z") == "z"


def test_all_the_same_character():
    got = longest_mirror("aaaa")
    assert got == "aaaa", f"got {got!r}, want 'aaaa'"


def test_ties_keep_the_earliest():
    got = longest_mirror("abacdc")
    assert got == "aba", f"got {got!r}, want 'aba' (cdc has the same length but starts later)"
    got = longest_mirror("xxyy")
    assert got == "xx", f"got {got!r}, want 'xx'"


def test_whole_string_even_length():
    got = longest_mirror("abba")
    assert got == "abba", f"got {got!r}, want 'abba'"


def test_palindrome_at_the_end():
    got = longest_mirror("qcabbac")
    assert got == "cabbac", f"got {got!r}, want 'cabbac'"


def test_case_and_digits_matter():
    got = longest_mirror("Aba")
    assert got == "A", f"got {got!r}, want 'A' (A and a are different characters)"
    got = longest_mirror("9123217")
    assert got == "12321", f"got {got!r}, want '12321'"


def _pseudo_random_ab(n, seed):
    """n letters a/b from a fixed linear congruential generator (the same on every Python)."""
    x, out = seed, []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append("ab"[(x >> 16) & 1])
    return "".join(out)


def test_large_inputs():
    # n = 2000. Checking every substring character by character (O(n^3)) on a string of
    # mostly a's takes billions of steps.
    s = "a" * 1000 + "b" + "a" * 999
    got = longest_mirror(s)
    assert got == s[1:], f"got a substring of length {len(got)}, want s[1:] (length 1999)"
    # random a/b string: the longest palindromes have length 21, at 748, 1187 and 1913
    s = _pseudo_random_ab(2000, 13)
    got = longest_mirror(s)
    assert got == s[748:769], (
        f"got a substring of length {len(got)} at {s.find(got)}, want s[748:769] (length 21)"
    )
