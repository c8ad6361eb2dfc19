def peak_outline(jobs: list[list[int]]) -> list[list[int]]:
    """The cooling plant's schedule: `[time, level]` at every time its level changes.

    Job `[start, end, level]` asks for at least `level` during `[start, end)`; the plant runs at the
    highest level any running job asks for, 0 when none runs. Points are sorted by time, two
    consecutive points never have the same level, and the last point has level 0 (no jobs: []).
    """
    raise NotImplementedError
