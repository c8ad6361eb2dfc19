class TimeKV:
    """An in-memory key-value store that remembers every write.

    Keys and values are non-empty strings. Every public method takes the time of the call as its
    first argument; timestamps never decrease (equal timestamps are applied in call order).
    A key that was never written, was deleted, or has expired is missing: reads return None.
    """

    def __init__(self) -> None:
        """Start with an empty store."""
        raise NotImplementedError

    def set(self, timestamp: int, key: str, value: str) -> None:
        """Store `value` under `key`, replacing any previous value."""
        raise NotImplementedError

    def get(self, timestamp: int, key: str) -> str | None:
        """The current value of `key`, or None if it is missing."""
        raise NotImplementedError

    def delete(self, timestamp: int, key: str) -> bool:
        """Remove `key`: True if it was present, False if it was already missing."""
        raise NotImplementedError
