from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

_Key = tuple[int, int, str]


class Leaderboard:
    """A dict of totals plus a sorted list of keys (-total, change_seq, name).

    `change_seq` numbers every `add_score` call, so among equal totals the player whose total
    was last changed earlier comes first. Per player, the delta timestamps and their running
    sums answer window queries with two binary searches.
    """

    def __init__(self) -> None:
        self._total: dict[str, int] = {}
        self._changed: dict[str, int] = {}
        self._keys: list[_Key] = []
        self._calls = 0
        self._times: dict[str, list[int]] = {}
        self._sums: dict[str, list[int]] = {}  # _sums[p][i] = sum of p's first i + 1 deltas

    def _key(self, player: str) -> _Key:
        return (-self._total[player], self._changed[player], player)

    def _unlist(self, player: str) -> None:
        del self._keys[bisect_left(self._keys, self._key(player))]

    @staticmethod
    def _fmt(key: _Key) -> str:
        return f"{key[2]}({-key[0]})"

    # level 1
    def add_score(self, timestamp: int, player: str, delta: int) -> int:
        """Apply `delta` and return the new total."""
        if player in self._total:
            self._unlist(player)
        self._calls += 1
        total = self._total.get(player, 0) + delta
        self._total[player], self._changed[player] = total, self._calls
        insort(self._keys, self._key(player))
        sums = self._sums.setdefault(player, [])
        sums.append((sums[-1] if sums else 0) + delta)
        self._times.setdefault(player, []).append(timestamp)
        return total

    def top(self, timestamp: int, k: int) -> list[str]:
        """The `k` best players: total descending, ties to whoever reached it first."""
        return [self._fmt(key) for key in self._keys[: max(k, 0)]]

    def remove(self, timestamp: int, player: str) -> bool:
        """Delete the player and their history; False if unknown."""
        if player not in self._total:
            return False
        self._unlist(player)
        for table in (self._total, self._changed, self._times, self._sums):
            del table[player]
        return True

    # level 2
    def rank(self, timestamp: int, player: str) -> int | None:
        """1 + the number of players with a strictly higher total; None if unknown."""
        if player not in self._total:
            return None
        return bisect_left(self._keys, (-self._total[player],)) + 1

    def around(self, timestamp: int, player: str, k: int) -> list[str]:
        """The player and up to `k` players on each side in `top` order; [] if unknown."""
        if player not in self._total:
            return []
        i = bisect_left(self._keys, self._key(player))
        return [self._fmt(key) for key in self._keys[max(i - k, 0) : i + k + 1]]

    # level 4
    def _window_sum(self, player: str, start: int, end: int) -> int | None:
        """Sum of the player's deltas in (start, end]; None if there are none."""
        times, sums = self._times[player], self._sums[player]
        lo, hi = bisect_right(times, start), bisect_right(times, end)
        if lo == hi:
            return None
        return sums[hi - 1] - (sums[lo - 1] if lo else 0)

    def top_in_window(self, timestamp: int, k: int, window: int) -> list[str]:
        """Players ranked by the sum of their deltas in (timestamp - window, timestamp], ties
        by name; only players with a delta in that interval."""
        ranked = []
        for player in self._total:
            total = self._window_sum(player, timestamp - window, timestamp)
            if total is not None:
                ranked.append((-total, player))
        ranked.sort()
        return [f"{player}({-neg})" for neg, player in ranked[: max(k, 0)]]
