def start_depot(fuel: list[int], cost: list[int]) -> int:
    """The smallest depot index from which the van (tank unlimited, starting empty; it loads
    fuel[i] at depot i and burns cost[i] driving from depot i to the next, the last leg going
    back to depot 0) completes the whole loop without the tank ever going negative; -1 if none."""
    raise NotImplementedError
