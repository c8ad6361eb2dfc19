from __future__ import annotations

import heapq
from collections import OrderedDict
from dataclasses import dataclass


class _LRU:
    """Recency order: the first key is the least recently used."""

    def __init__(self) -> None:
        self._order: OrderedDict[str, None] = OrderedDict()

    def add(self, key: str, uses: int) -> None:
        self._order[key] = None

    def touch(self, key: str) -> None:
        self._order.move_to_end(key)

    def remove(self, key: str) -> int:
        del self._order[key]
        return 0

    def victim(self) -> str:
        return next(iter(self._order))


class _LFU:
    """Frequency buckets, each in recency order. `_min` never exceeds the lowest frequency in
    use; it is exact after `add` and `touch`, and `victim` repairs it after removals."""

    def __init__(self) -> None:
        self._uses: dict[str, int] = {}
        self._buckets: dict[int, OrderedDict[str, None]] = {}
        self._min = 0

    def add(self, key: str, uses: int) -> None:
        self._uses[key] = uses
        self._buckets.setdefault(uses, OrderedDict())[key] = None
        self._min = uses if len(self._uses) == 1 else min(self._min, uses)

    def touch(self, key: str) -> None:
        uses = self._uses[key]
        self._take(key, uses)
        if self._min == uses and uses not in self._buckets:
            self._min = uses + 1
        self._uses[key] = uses + 1
        self._buckets.setdefault(uses + 1, OrderedDict())[key] = None

    def remove(self, key: str) -> int:
        uses = self._uses.pop(key)
        self._take(key, uses)
        return uses

    def _take(self, key: str, uses: int) -> None:
        bucket = self._buckets[uses]
        del bucket[key]
        if not bucket:
            del self._buckets[uses]

    def victim(self) -> str:
        if self._min not in self._buckets:  # the lowest bucket was emptied by a removal
            self._min = min(self._buckets)
        return next(iter(self._buckets[self._min]))


@dataclass
class _Entry:
    value: str
    size: int
    expires_at: int | None
    version: int


class Cache:
    """A bounded cache with LRU or LFU eviction, per-entry TTLs and sized entries.

    `capacity` limits the sum of entry sizes (each entry has size 1 unless given). Expired
    entries are invisible, dropped lazily (a min-heap by expiry finds them when room is needed)
    and never reported as evictions.
    """

    def __init__(self, capacity: int, policy: str = "lru") -> None:
        if policy not in ("lru", "lfu"):
            raise ValueError(f"unknown policy {policy!r}")
        self._capacity = capacity
        self._policy: _LRU | _LFU = _LRU() if policy == "lru" else _LFU()
        self._entries: dict[str, _Entry] = {}
        self._used = 0
        self._expiry: list[tuple[int, int, str]] = []  # (expires_at, version, key)
        self._version = 0
        self._hits = self._misses = self._evictions = 0

    def _discard(self, key: str) -> None:
        entry = self._entries.pop(key)
        self._used -= entry.size
        self._policy.remove(key)

    def _live(self, now: int, key: str) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is not None and entry.expires_at is not None and now >= entry.expires_at:
            self._discard(key)
            return None
        return entry

    def _drop_one_expired(self, now: int) -> bool:
        while self._expiry and self._expiry[0][0] <= now:
            _, version, key = heapq.heappop(self._expiry)
            entry = self._entries.get(key)
            if entry is not None and entry.version == version:
                self._discard(key)
                return True
        return False

    def get(self, now: int, key: str) -> str | None:
        """The live value (a use of the key), or None if missing or expired."""
        entry = self._live(now, key)
        if entry is None:
            self._misses += 1
            return None
        self._hits += 1
        self._policy.touch(key)
        return entry.value

    def put(
        self, now: int, key: str, value: str, ttl: int | None = None, size: int = 1
    ) -> list[str] | None:
        """Insert or overwrite (an overwrite is a use; without `ttl` it clears the old one).
        Makes room by dropping expired entries first, then evicting by policy; returns the
        evicted keys, oldest first. An entry larger than capacity: None, nothing changes."""
        if size > self._capacity:
            return None
        old = self._live(now, key)
        uses = 0
        if old is not None:  # take the key out so it can never be its own victim
            uses = self._policy.remove(key)
            del self._entries[key]
            self._used -= old.size
        evicted: list[str] = []
        while self._used + size > self._capacity:
            if self._drop_one_expired(now):
                continue
            victim = self._policy.victim()
            self._discard(victim)
            evicted.append(victim)
        self._evictions += len(evicted)
        self._version += 1
        expires_at = None if ttl is None else now + ttl
        self._entries[key] = _Entry(value, size, expires_at, self._version)
        self._used += size
        self._policy.add(key, uses + 1)
        if expires_at is not None:
            heapq.heappush(self._expiry, (expires_at, self._version, key))
        return evicted

    def stats(self) -> tuple[int, int, int]:
        """(hits, misses, evictions) since creation; expired drops are not evictions."""
        return self._hits, self._misses, self._evictions
