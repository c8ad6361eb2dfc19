import heapq


def merge_logs(logs: list[list[int]]) -> list[int]:
    """All timestamps of the k files in `logs`, merged into one non-decreasing list.

    Each `logs[i]` is already sorted in non-decreasing order.
    """
    # the current head of every non-empty file: (timestamp, file, position)
    heap = [(log[0], i, 0) for i, log in enumerate(logs) if log]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heapq.heappop(heap)
        out.append(value)
        if j + 1 < len(logs[i]):
            heapq.heappush(heap, (logs[i][j + 1], i, j + 1))
    return out
