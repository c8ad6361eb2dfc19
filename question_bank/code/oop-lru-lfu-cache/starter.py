from __future__ import annotations


class Cache:
    """A bounded in-memory cache of string keys to string values, evicting the least recently
    used key when full.

    `now` never decreases between calls. A successful `get` is a use of the key; so is a `put`
    that overwrites an existing key.
    """

    def __init__(self, capacity: int) -> None:
        """Holds at most `capacity` entries."""
        raise NotImplementedError

    def get(self, now: int, key: str) -> str | None:
        """The key's value (and the key becomes the most recently used), or None if missing.
        O(1)."""
        raise NotImplementedError

    def put(self, now: int, key: str, value: str) -> list[str]:
        """Insert or overwrite. When a new key would exceed capacity, evict the least recently
        used key. Returns the evicted keys, oldest eviction first ([] if none); the key being
        written is never evicted by its own put. O(1)."""
        raise NotImplementedError
