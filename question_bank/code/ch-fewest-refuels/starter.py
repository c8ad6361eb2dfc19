def fewest_stops(target: int, fuel: int, stations: list[list[int]]) -> int:
    """The fewest refuelling stops to drive from position 0 to target, or -1 if impossible.

    The car burns one unit of fuel per mile, starts with fuel units and has an unlimited tank.
    stations[i] = [position, amount], sorted by position, all strictly between 0 and target;
    stopping at a station adds its whole amount. Arriving anywhere with exactly 0 fuel is fine.
    """
    raise NotImplementedError
