from solution import merge


def _lists(got):
    return [list(x) for x in got]


def test_consecutive_integers_do_not_touch():
    got = _lists(merge([[5, 7], [1, 4]]))
    assert got == [[1, 4], [5, 7]], f"got {got}, want [[1, 4], [5, 7]]"


def test_long_interval_swallows_later_short_ones():
    # after [1, 10], the end must stay 10 when [2, 3] is merged in
    got = _lists(merge([[2, 3], [1, 10], [4, 5], [10, 11], [12, 13]]))
    want = [[1, 11], [12, 13]]
    assert got == want, f"got {got}, want {want}"


def test_duplicates_and_points():
    got = _lists(merge([[2, 2], [2, 2], [0, 0], [2, 6], [6, 6]]))
    want = [[0, 0], [2, 6]]
    assert got == want, f"got {got}, want {want}"


def test_same_start_different_ends():
    got = _lists(merge([[1, 8], [1, 2], [1, 5]]))
    assert got == [[1, 8]], f"got {got}, want [[1, 8]]"


def test_bounds():
    got = _lists(merge([[0, 10**9], [10**9, 10**9], [0, 0]]))
    assert got == [[0, 10**9]], f"got {got}, want [[0, 1000000000]]"


def test_large_input():
    # 10^5 intervals: pairs [4i, 4i + 1] and [4i + 1, 4i + 2] chain into 50,000 blocks.
    # Merging pairs again and again until nothing changes would take far too long.
    n = 100_000
    intervals = []
    for i in range(n // 2):
        intervals.append([4 * i + 1, 4 * i + 2])
        intervals.append([4 * i, 4 * i + 1])
    intervals.reverse()
    got = _lists(merge(intervals))
    want = [[4 * i, 4 * i + 2] for i in range(n // 2)]
    assert len(got) == len(want), f"got {len(got)} blocks, want {len(want)}"
    assert got == want, "the blocks differ from [[4i, 4i + 2] for i < 50000]"
