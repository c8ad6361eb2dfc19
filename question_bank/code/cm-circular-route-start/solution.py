def start_depot(fuel: list[int], cost: list[int]) -> int:
    """The smallest depot index from which the van (tank unlimited, starting empty; it loads
    fuel[i] at depot i and burns cost[i] driving from depot i to the next, the last leg going
    back to depot 0) completes the whole loop without the tank ever going negative; -1 if none."""
    total = tank = start = 0
    for i in range(len(fuel)):
        gain = fuel[i] - cost[i]
        total += gain
        tank += gain
        if tank < 0:
            # no depot in start..i can be a valid start: try again from the next one
            start, tank = i + 1, 0
    return start if total >= 0 else -1
