from solution import Leaderboard


def _example_board():
    lb = Leaderboard()
    lb.add_score(1, "a", 100)
    lb.add_score(5, "b", 30)
    lb.add_score(8, "a", 5)
    lb.add_score(9, "b", 20)
    lb.add_score(10, "c", 10)
    return lb


def test_example_windowed_sums():
    lb = _example_board()
    assert lb.top_in_window(10, 3, 5) == ["b(20)", "c(10)", "a(5)"], "window (5, 10]"
    assert lb.top_in_window(10, 3, 10) == ["a(105)", "b(50)", "c(10)"], "window (0, 10]"


def test_example_only_players_active_in_the_window():
    lb = _example_board()
    assert lb.top_in_window(20, 3, 5) == []
    assert lb.top_in_window(20, 3, 12) == ["b(20)", "c(10)"], "window (8, 20]"
    assert lb.top(20, 1) == ["a(105)"]
