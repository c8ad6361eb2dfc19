from bisect import bisect_right

Entry = tuple[str | None, int | None]
"""(value or None for a tombstone, expires_at or None for no expiry)"""


class TimeKV:
    """An in-memory key-value store that remembers every write.

    Per key, a list of write times and a parallel list of entries; timestamps never decrease,
    so both stay sorted by appending and any point-in-time read is one binary search.
    """

    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._entries: dict[str, list[Entry]] = {}
        self._snapshots: list[int] = []  # snapshot id i + 1 was taken at _snapshots[i]

    # -- helpers -------------------------------------------------------------------------

    def _write(self, timestamp: int, key: str, value: str | None, expires_at: int | None) -> None:
        self._times.setdefault(key, []).append(timestamp)
        self._entries.setdefault(key, []).append((value, expires_at))

    def _at(self, key: str, t: int) -> tuple[str, int | None] | None:
        """(value, expires_at) of `key` as it was at time `t`, or None if missing then."""
        times = self._times.get(key)
        if not times:
            return None
        i = bisect_right(times, t) - 1
        if i < 0:
            return None
        value, expires_at = self._entries[key][i]
        if value is None or (expires_at is not None and t >= expires_at):
            return None
        return value, expires_at

    # -- level 1 ---------------------------------------------------------------------------

    def set(self, timestamp: int, key: str, value: str) -> None:
        self._write(timestamp, key, value, None)

    def get(self, timestamp: int, key: str) -> str | None:
        live = self._at(key, timestamp)
        return None if live is None else live[0]

    def delete(self, timestamp: int, key: str) -> bool:
        if self._at(key, timestamp) is None:
            return False
        self._write(timestamp, key, None, None)
        return True

    # -- level 2 ---------------------------------------------------------------------------

    def set_with_ttl(self, timestamp: int, key: str, value: str, ttl: int) -> None:
        self._write(timestamp, key, value, timestamp + ttl)

    def ttl_remaining(self, timestamp: int, key: str) -> int | None:
        live = self._at(key, timestamp)
        if live is None:
            return None
        expires_at = live[1]
        return -1 if expires_at is None else expires_at - timestamp

    # -- level 3 ---------------------------------------------------------------------------

    def get_at(self, timestamp: int, key: str, at: int) -> str | None:
        live = self._at(key, at)
        return None if live is None else live[0]

    # -- level 4 ---------------------------------------------------------------------------

    def snapshot(self, timestamp: int) -> int:
        # history is never rewritten, so the snapshot's time is all we need to read it back
        self._snapshots.append(timestamp)
        return len(self._snapshots)

    def restore(self, timestamp: int, snapshot_id: int) -> bool:
        if not 1 <= snapshot_id <= len(self._snapshots):
            return False
        taken = self._snapshots[snapshot_id - 1]
        for key in list(self._times):
            old = self._at(key, taken)
            if old is None:
                if self._at(key, timestamp) is not None:
                    self._write(timestamp, key, None, None)
                continue
            value, expires_at = old
            # the lifetime left at snapshot time is counted again from the restore
            new_expiry = None if expires_at is None else timestamp + (expires_at - taken)
            self._write(timestamp, key, value, new_expiry)
        return True
