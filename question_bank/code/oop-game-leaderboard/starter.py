from __future__ import annotations


class Leaderboard:
    """Players gain or lose points; the board answers ranking queries.

    Every method takes `timestamp` first; timestamps never decrease. A player appears the first
    time they score, starting from 0. Listings are formatted "name(total)".
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def add_score(self, timestamp: int, player: str, delta: int) -> int:
        """Apply a non-zero `delta` (it may be negative; totals may go negative) and return the
        player's new total."""
        raise NotImplementedError

    def top(self, timestamp: int, k: int) -> list[str]:
        """The `k` best players by total descending, ties by name ascending (fewer if there
        are fewer players)."""
        raise NotImplementedError

    def remove(self, timestamp: int, player: str) -> bool:
        """Delete the player and their history; False if unknown."""
        raise NotImplementedError
