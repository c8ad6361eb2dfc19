import random

from solution import peak_outline


def brute(jobs):
    """The level at every start and end time, by scanning every job."""
    out = []
    for t in sorted({x for s, e, _ in jobs for x in (s, e)}):
        level = max((h for s, e, h in jobs if s <= t < e), default=0)
        if not out or out[-1][1] != level:
            out.append([t, level])
    return out


def test_no_jobs():
    assert peak_outline([]) == []


def test_one_job():
    assert peak_outline([[0, 10**9, 10**9]]) == [[0, 10**9], [10**9, 0]]


def test_gap_between_jobs_drops_to_zero():
    assert peak_outline([[1, 2, 4], [5, 6, 4]]) == [[1, 4], [2, 0], [5, 4], [6, 0]]


def test_identical_and_same_start_jobs():
    assert peak_outline([[1, 3, 2], [1, 3, 4], [1, 3, 4]]) == [[1, 4], [3, 0]]
    assert peak_outline([[2, 9, 1], [2, 4, 7], [2, 6, 3]]) == [[2, 7], [4, 3], [6, 1], [9, 0]]


def test_lower_job_starts_as_a_higher_one_ends():
    assert peak_outline([[0, 3, 9], [3, 5, 2]]) == [[0, 9], [3, 2], [5, 0]]
    assert peak_outline([[3, 5, 9], [0, 3, 2]]) == [[0, 2], [3, 9], [5, 0]]


def test_random_small_cases_against_a_scan():
    rng = random.Random(7)
    for _ in range(300):
        jobs = []
        for _ in range(rng.randint(1, 8)):
            s = rng.randint(0, 12)
            jobs.append([s, s + rng.randint(1, 6), rng.randint(1, 4)])
        assert peak_outline(jobs) == brute(jobs), jobs


def test_ten_thousand_nested_jobs():
    # job i holds level i + 1 during [i, 2n - i): the level climbs one step per unit, then falls
    n = 10_000
    jobs = [[i, 2 * n - i, i + 1] for i in range(n)]
    random.Random(3).shuffle(jobs)
    want = [[i, i + 1] for i in range(n)] + [[2 * n - i, i] for i in range(n - 1, -1, -1)]
    assert peak_outline(jobs) == want
