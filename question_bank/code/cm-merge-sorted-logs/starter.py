def merge_logs(logs: list[list[int]]) -> list[int]:
    """All timestamps of the k files in `logs`, merged into one non-decreasing list.

    Each `logs[i]` is already sorted in non-decreasing order.
    """
    raise NotImplementedError
