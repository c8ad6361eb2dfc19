from solution import min_rooms


def test_single_meeting():
    assert min_rooms([[0, 1]]) == 1


def test_chain_of_back_to_back_meetings_needs_one_room():
    got = min_rooms([[3, 4], [1, 2], [2, 3], [4, 5], [0, 1]])
    assert got == 1, f"got {got}, want 1 (an end at t frees the room for a start at t)"


def test_identical_meetings_each_need_a_room():
    got = min_rooms([[5, 9]] * 4)
    assert got == 4, f"got {got}, want 4"


def test_nested_meetings():
    # [1, 10] contains the others; [2, 4] and [4, 6] share a room, [3, 5] overlaps both
    got = min_rooms([[1, 10], [2, 4], [3, 5], [4, 6]])
    assert got == 3, f"got {got}, want 3"


def test_reuse_the_room_that_frees_earliest():
    # the long meeting keeps its room; the short ones rotate through one other room
    got = min_rooms([[0, 100], [1, 2], [2, 3], [3, 4], [50, 60], [60, 100]])
    assert got == 2, f"got {got}, want 2"


def test_huge_times():
    got = min_rooms([[0, 10**9], [10**9 - 1, 10**9], [999_999_998, 999_999_999]])
    assert got == 2, f"got {got}, want 2"


def test_large_input_all_overlapping():
    # 10^5 meetings that all overlap at time 10^5: comparing every pair, or scanning every open
    # room for each meeting, takes billions of steps
    n = 100_000
    meetings = [[i, 10**9 - i] for i in range(n)]
    meetings.reverse()
    got = min_rooms(meetings)
    assert got == n, f"got {got}, want {n}"


def test_large_input_back_to_back():
    # 10^5 meetings in one long chain with far-apart times: a timeline array would not fit
    n = 100_000
    step = 10_000
    meetings = [[i * step, (i + 1) * step] for i in range(n)]
    meetings = meetings[1::2] + meetings[0::2]
    got = min_rooms(meetings)
    assert got == 1, f"got {got}, want 1"
