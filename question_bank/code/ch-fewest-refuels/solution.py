import heapq


def fewest_stops(target: int, fuel: int, stations: list[list[int]]) -> int:
    """The fewest refuelling stops to drive from position 0 to target, or -1 if impossible.

    The car burns one unit of fuel per mile, starts with fuel units and has an unlimited tank.
    stations[i] = [position, amount], sorted by position, all strictly between 0 and target;
    stopping at a station adds its whole amount. Arriving anywhere with exactly 0 fuel is fine.
    """
    passed: list[int] = []  # amounts of the stations within reach, negated (a max-heap)
    reach, stops, i = fuel, 0, 0
    while reach < target:
        while i < len(stations) and stations[i][0] <= reach:
            heapq.heappush(passed, -stations[i][1])
            i += 1
        if not passed:
            return -1
        reach -= heapq.heappop(passed)  # stop, in hindsight, at the biggest station passed
        stops += 1
    return stops
