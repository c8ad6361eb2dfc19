from solution import Leaderboard


def test_rank_with_negative_totals_and_after_updates():
    lb = Leaderboard()
    lb.add_score(1, "a", -5)
    lb.add_score(2, "b", -1)
    assert lb.rank(3, "a") == 2
    lb.add_score(4, "a", 10)
    assert lb.rank(5, "a") == 1
    assert lb.rank(5, "b") == 2


def test_rank_counts_every_player_above_a_tie():
    lb = Leaderboard()
    for t, (name, pts) in enumerate([("a", 9), ("b", 9), ("c", 9), ("d", 4), ("e", 4)]):
        lb.add_score(t, name, pts)
    got = [lb.rank(9, p) for p in "abcde"]
    assert got == [1, 1, 1, 4, 4], f"got {got}"


def test_removed_player_has_no_rank_and_no_neighbours():
    lb = Leaderboard()
    lb.add_score(1, "a", 3)
    lb.add_score(2, "b", 2)
    lb.remove(3, "a")
    assert lb.rank(4, "a") is None
    assert lb.around(4, "a", 1) == []
    assert lb.rank(4, "b") == 1


def test_around_at_the_edges():
    lb = Leaderboard()
    for t, (name, pts) in enumerate([("a", 50), ("b", 40), ("c", 30), ("d", 20)]):
        lb.add_score(t, name, pts)
    assert lb.around(9, "a", 2) == ["a(50)", "b(40)", "c(30)"]
    assert lb.around(9, "d", 1) == ["c(30)", "d(20)"]
    assert lb.around(9, "b", 0) == ["b(40)"]
    assert lb.around(9, "c", 100) == ["a(50)", "b(40)", "c(30)", "d(20)"]


def test_around_unknown_player():
    lb = Leaderboard()
    assert lb.around(1, "x", 3) == []
    lb.add_score(2, "a", 1)
    assert lb.around(3, "x", 3) == []


def test_many_players_rank_and_around_without_sorting_each_call():
    # 10,000 players, then 10,000 updates each followed by rank and around: a full sort or
    # scan per call is quadratic and would not finish in time
    lb = Leaderboard()
    n = 10_000
    for i in reversed(range(n)):
        lb.add_score(0, f"p{i:05d}", i + 1)  # p09999 leads, p00000 is last with 1
    for i in range(n):
        p = f"p{i:05d}"
        assert lb.add_score(n + i, p, -2 * n) == i + 1 - 2 * n  # drops below everyone else
        assert lb.rank(n + i, p) == n - i, "the players not yet dropped are all above"
        if 0 < i < n - 1:
            got = lb.around(n + i, p, 1)
            want = [f"p{i + 1:05d}({i + 2})", f"{p}({i + 1 - 2 * n})", f"p{i - 1:05d}({i - 2 * n})"]
            assert got == want, f"got {got}, want {want}"
    assert lb.top(2 * n, 2) == [f"p{n - 1:05d}({-n})", f"p{n - 2:05d}({-n - 1})"]
