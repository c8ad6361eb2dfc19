import random

from solution import processing_order


def test_single_job():
    assert processing_order([[7, 3]]) == [0]


def test_a_job_arriving_as_the_worker_frees_up_is_waiting():
    # job 0 ends at 4, exactly when job 2 (shorter than job 1) arrives
    assert processing_order([[0, 4], [1, 3], [4, 1]]) == [0, 2, 1]


def test_the_running_job_is_never_interrupted():
    assert processing_order([[0, 100], [1, 1]]) == [0, 1]


def test_input_not_sorted_by_arrival():
    assert processing_order([[10, 1], [0, 2], [10, 1], [1, 1]]) == [1, 3, 0, 2]


def test_large_times_and_durations():
    big = 10**9
    assert processing_order([[big, big], [0, big], [big, 1]]) == [1, 2, 0]


def test_everything_arrives_at_once():
    # a worker that rescans the whole waiting list for every pick is quadratic here
    rng = random.Random(5)
    n = 30_000
    jobs = [[0, rng.randint(1, 1000)] for _ in range(n)]
    want = sorted(range(n), key=lambda i: (jobs[i][1], i))
    assert processing_order(jobs) == want
