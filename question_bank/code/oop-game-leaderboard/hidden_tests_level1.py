from solution import Leaderboard


def test_empty_board_and_k_zero():
    lb = Leaderboard()
    assert lb.top(0, 3) == []
    lb.add_score(1, "a", 1)
    assert lb.top(2, 0) == []


def test_totals_accumulate_and_can_go_negative():
    lb = Leaderboard()
    assert lb.add_score(1, "a", 5) == 5
    assert lb.add_score(2, "a", -12) == -7
    assert lb.add_score(3, "b", -3) == -3
    assert lb.top(4, 5) == ["b(-3)", "a(-7)"]


def test_ties_by_name_not_by_first_appearance():
    # bob appears first, but ann reaches 10 first and her name is first: she leads either way
    lb = Leaderboard()
    lb.add_score(1, "bob", 5)
    lb.add_score(2, "ann", 10)
    lb.add_score(3, "bob", 5)
    assert lb.top(4, 2) == ["ann(10)", "bob(10)"]


def test_order_follows_updates():
    lb = Leaderboard()
    lb.add_score(1, "a", 10)
    lb.add_score(2, "b", 20)
    lb.add_score(3, "c", 30)
    lb.add_score(4, "a", 25)
    lb.add_score(5, "c", -29)
    assert lb.top(6, 3) == ["a(35)", "b(20)", "c(1)"]


def test_remove_unknown_and_removed_player_starts_over():
    lb = Leaderboard()
    assert lb.remove(1, "ghost") is False
    lb.add_score(2, "a", 40)
    lb.add_score(3, "b", 10)
    assert lb.remove(4, "a") is True
    assert lb.top(5, 5) == ["b(10)"]
    assert lb.add_score(6, "a", 3) == 3, "a removed player comes back from 0"
    assert lb.top(7, 5) == ["b(10)", "a(3)"]
