def combos(candidates: list[int], target: int) -> list[list[int]]:
    """Every combination of the distinct positive `candidates` (each usable any number of
    times) that adds up to `target`, each written in non-decreasing order, with no combination
    twice; the combinations may come in any order."""
    raise NotImplementedError
