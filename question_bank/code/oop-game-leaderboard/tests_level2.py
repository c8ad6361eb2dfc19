from solution import Leaderboard


def _example_board():
    lb = Leaderboard()
    lb.add_score(1, "a", 10)
    lb.add_score(2, "b", 20)
    lb.add_score(3, "c", 20)
    lb.add_score(4, "d", 5)
    return lb


def test_example_rank_with_shared_ties():
    lb = _example_board()
    assert lb.rank(5, "b") == 1
    assert lb.rank(5, "c") == 1
    assert lb.rank(5, "a") == 3, "two players have a strictly higher total"
    assert lb.rank(5, "x") is None


def test_example_around():
    lb = _example_board()
    assert lb.around(6, "a", 1) == ["c(20)", "a(10)", "d(5)"]
    assert lb.around(6, "b", 2) == ["b(20)", "c(20)", "a(10)"]
