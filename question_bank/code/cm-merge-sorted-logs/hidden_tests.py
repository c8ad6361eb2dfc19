import random

from solution import merge_logs


def test_all_files_empty():
    assert merge_logs([[], [], []]) == []


def test_single_file_is_returned_in_order():
    assert merge_logs([[0, 0, 3, 8]]) == [0, 0, 3, 8]


def test_equal_timestamps_across_files_are_all_kept():
    got = merge_logs([[5, 5, 6], [5], [4, 5, 7]])
    assert got == [4, 5, 5, 5, 5, 6, 7], f"got {got}"


def test_timestamp_bounds_and_uneven_lengths():
    big = 10**12
    got = merge_logs([[big], [0, 1, 2, 3, big - 1, big], [], [1]])
    assert got == [0, 1, 1, 2, 3, big - 1, big, big], f"got {got}"


def test_many_files_in_n_log_k():
    # 10^4 files, 10^5 timestamps: scanning all heads for each output, or merging the files
    # into the result one by one, does not finish
    rng = random.Random(0)
    logs = [sorted(rng.randrange(10**12) for _ in range(10)) for _ in range(10_000)]
    want = sorted(t for log in logs for t in log)
    assert merge_logs(logs) == want, "the merged list is not the sorted union of the files"
