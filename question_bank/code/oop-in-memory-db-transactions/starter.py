class InMemoryDB:
    """A tiny record store: each record, identified by a string key, holds string field -> value
    pairs. A record exists while it has at least one field; deleting its last field removes it.
    Keys, fields and values are non-empty strings of letters and digits.
    """

    def __init__(self) -> None:
        """Start with no records."""
        raise NotImplementedError

    def set(self, key: str, field: str, value: str) -> None:
        """Create or overwrite `field` of record `key`."""
        raise NotImplementedError

    def get(self, key: str, field: str) -> str | None:
        """The value of `field` in record `key`, or None if the record or field is missing."""
        raise NotImplementedError

    def delete(self, key: str, field: str) -> bool:
        """Remove `field` from record `key`: True if it existed and was removed, else False."""
        raise NotImplementedError
