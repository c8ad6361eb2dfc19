def combos(candidates: list[int], target: int) -> list[list[int]]:
    """Every combination of the distinct positive `candidates` (each usable any number of
    times) that adds up to `target`, each written in non-decreasing order, with no combination
    twice; the combinations may come in any order."""
    candidates = sorted(candidates)
    out: list[list[int]] = []
    path: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break  # sorted: every later candidate is too big as well
            path.append(c)
            extend(i, remaining - c)  # same index: c may be used again
            path.pop()

    extend(0, target)
    return out
