from solution import Leaderboard


def _example_board():
    lb = Leaderboard()
    assert lb.add_score(1, "b", 40) == 40
    assert lb.add_score(2, "a", 40) == 40
    return lb


def test_example_first_to_reach_the_total_leads():
    lb = _example_board()
    assert lb.top(3, 2) == ["b(40)", "a(40)"]
    assert lb.add_score(4, "b", 5) == 45
    assert lb.add_score(5, "b", -5) == 40, "b reaches 40 again, now later than a"
    assert lb.top(6, 2) == ["a(40)", "b(40)"]
    assert lb.rank(6, "b") == 1
    assert lb.rank(6, "a") == 1


def test_example_around_uses_the_new_order():
    lb = _example_board()
    lb.top(3, 2)
    lb.add_score(4, "b", 5)
    lb.add_score(5, "b", -5)
    assert lb.add_score(7, "c", 40) == 40
    assert lb.around(8, "c", 1) == ["b(40)", "c(40)"]
