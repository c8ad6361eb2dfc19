from solution import Leaderboard


def test_same_timestamp_earlier_call_first():
    lb = Leaderboard()
    lb.add_score(5, "z", 10)
    lb.add_score(5, "a", 10)
    assert lb.top(6, 2) == ["z(10)", "a(10)"]


def test_names_no_longer_break_ties():
    lb = Leaderboard()
    lb.add_score(1, "yan", 7)
    lb.add_score(2, "bea", 7)
    lb.add_score(3, "abe", 7)
    assert lb.top(4, 3) == ["yan(7)", "bea(7)", "abe(7)"]
    assert lb.around(4, "bea", 1) == ["yan(7)", "bea(7)", "abe(7)"]


def test_reaching_a_total_from_below_counts_as_a_change():
    lb = Leaderboard()
    lb.add_score(1, "a", 20)
    lb.add_score(2, "b", 10)
    lb.add_score(3, "b", 10)  # b reaches 20 at 3, after a
    lb.add_score(4, "c", 5)
    lb.add_score(5, "c", 15)  # c reaches 20 at 5
    assert lb.top(6, 3) == ["a(20)", "b(20)", "c(20)"]
    assert [lb.rank(6, p) for p in "abc"] == [1, 1, 1]


def test_any_change_moves_a_player_behind_equal_totals():
    lb = Leaderboard()
    lb.add_score(1, "a", 10)
    lb.add_score(2, "b", 10)
    lb.add_score(3, "a", 3)
    lb.add_score(4, "a", -3)
    assert lb.top(5, 2) == ["b(10)", "a(10)"]


def test_readded_player_reaches_the_total_anew():
    lb = Leaderboard()
    lb.add_score(1, "a", 10)
    lb.add_score(2, "b", 10)
    lb.remove(3, "a")
    lb.add_score(4, "a", 10)
    assert lb.top(5, 2) == ["b(10)", "a(10)"]


def test_rank_still_shared_between_strictly_different_ties():
    lb = Leaderboard()
    lb.add_score(1, "x", 30)
    lb.add_score(2, "y", 20)
    lb.add_score(3, "z", 30)
    assert [lb.rank(4, p) for p in "xyz"] == [1, 3, 1]
    assert lb.top(4, 3) == ["x(30)", "z(30)", "y(20)"]
