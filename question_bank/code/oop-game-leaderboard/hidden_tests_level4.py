from solution import Leaderboard


def test_window_is_open_at_the_start_and_closed_at_the_end():
    lb = Leaderboard()
    lb.add_score(10, "a", 1)
    lb.add_score(20, "a", 2)
    assert lb.top_in_window(20, 5, 10) == ["a(2)"], "(10, 20] excludes 10, includes 20"
    assert lb.top_in_window(20, 5, 11) == ["a(3)"]


def test_player_with_a_zero_windowed_sum_is_listed():
    lb = Leaderboard()
    lb.add_score(1, "a", 5)
    lb.add_score(2, "a", -5)
    lb.add_score(2, "b", -1)
    assert lb.top_in_window(3, 5, 10) == ["a(0)", "b(-1)"]


def test_window_ties_by_name_not_by_time():
    lb = Leaderboard()
    lb.add_score(1, "zed", 4)
    lb.add_score(2, "amy", 4)
    assert lb.top_in_window(2, 5, 5) == ["amy(4)", "zed(4)"]
    assert lb.top_in_window(2, 1, 5) == ["amy(4)"]
    assert lb.top_in_window(2, 0, 5) == []


def test_several_deltas_at_one_timestamp():
    lb = Leaderboard()
    lb.add_score(3, "a", 1)
    lb.add_score(3, "a", 2)
    lb.add_score(3, "b", 4)
    lb.add_score(4, "a", 8)
    assert lb.top_in_window(4, 5, 1) == ["a(8)"]
    assert lb.top_in_window(4, 5, 2) == ["a(11)", "b(4)"]


def test_removed_player_history_is_gone():
    lb = Leaderboard()
    lb.add_score(1, "a", 50)
    lb.add_score(2, "b", 1)
    lb.remove(3, "a")
    assert lb.top_in_window(3, 5, 10) == ["b(1)"]
    lb.add_score(4, "a", 2)
    assert lb.top_in_window(4, 5, 10) == ["a(2)", "b(1)"], "only the deltas after re-adding"


def test_long_histories_use_binary_search():
    # 4 players with 10,000 deltas each, then 3,000 window queries: summing a window by
    # scanning the history is too slow
    lb = Leaderboard()
    for t in range(10_000):
        for j, name in enumerate("abcd"):
            lb.add_score(t, name, j + 1)
    for q in range(3_000):
        window = 1 + q % 50
        got = lb.top_in_window(9_999, 2, window)
        assert got == [f"d({4 * window})", f"c({3 * window})"], f"got {got}"
