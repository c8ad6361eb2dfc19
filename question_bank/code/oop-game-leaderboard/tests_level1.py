from solution import Leaderboard


def _example_board():
    lb = Leaderboard()
    assert lb.add_score(1, "bob", 50) == 50
    assert lb.add_score(2, "ann", 30) == 30
    assert lb.add_score(3, "zoe", 50) == 50
    assert lb.add_score(4, "ann", -5) == 25
    return lb


# bob and zoe tie at 50; bob's name is first and bob got there first, so he leads under the
# level-1 rule (name) and the level-3 rule (who reached the total first) alike: these tests run
# again at every later level.


def test_example_top_k_by_total():
    lb = _example_board()
    got = lb.top(5, 2)
    assert got == ["bob(50)", "zoe(50)"], f"got {got}"
    got = lb.top(6, 10)
    assert got == ["bob(50)", "zoe(50)", "ann(25)"], f"got {got}"


def test_example_remove():
    lb = _example_board()
    assert lb.remove(7, "zoe") is True
    assert lb.remove(8, "zoe") is False
    assert lb.top(9, 1) == ["bob(50)"]
