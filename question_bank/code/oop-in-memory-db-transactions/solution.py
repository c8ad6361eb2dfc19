class InMemoryDB:
    """A tiny record store with nested transactions and a (field, value) count index.

    Every change goes through `_write`, which keeps the index in step and records the old value
    in the innermost transaction's undo log; rollback replays that log backwards through the same
    helper, so the index never needs special handling.
    """

    def __init__(self) -> None:
        self._data: dict[str, dict[str, str]] = {}
        self._undo: list[list[tuple[str, str, str | None]]] = []  # one log per open transaction
        self._index: dict[tuple[str, str], int] = {}

    # -- the one mutation helper -----------------------------------------------------------

    def _write(self, key: str, field: str, value: str | None, log: bool = True) -> None:
        """Set `field` of `key` to `value` (None deletes it)."""
        record = self._data.get(key)
        old = record.get(field) if record is not None else None
        if old == value:
            return
        if log and self._undo:
            self._undo[-1].append((key, field, old))
        if old is not None:
            self._index[(field, old)] -= 1
            if not self._index[(field, old)]:
                del self._index[(field, old)]
        if value is None:
            del record[field]
            if not record:
                del self._data[key]
        else:
            self._data.setdefault(key, {})[field] = value
            self._index[(field, value)] = self._index.get((field, value), 0) + 1

    # -- level 1 ---------------------------------------------------------------------------

    def set(self, key: str, field: str, value: str) -> None:
        self._write(key, field, value)

    def get(self, key: str, field: str) -> str | None:
        record = self._data.get(key)
        return None if record is None else record.get(field)

    def delete(self, key: str, field: str) -> bool:
        if self.get(key, field) is None:
            return False
        self._write(key, field, None)
        return True

    # -- level 2 ---------------------------------------------------------------------------

    def scan(self, key: str) -> list[str]:
        return self.scan_prefix(key, "")

    def scan_prefix(self, key: str, prefix: str) -> list[str]:
        record = self._data.get(key, {})
        return [f"{f}({record[f]})" for f in sorted(record) if f.startswith(prefix)]

    def compare_and_set(self, key: str, field: str, expected: str, new: str) -> bool:
        if self.get(key, field) != expected:
            return False
        self._write(key, field, new)
        return True

    # -- level 3 ---------------------------------------------------------------------------

    def begin(self) -> None:
        self._undo.append([])

    def commit(self) -> bool:
        if not self._undo:
            return False
        log = self._undo.pop()
        if self._undo:  # a later rollback of the parent must undo this work too
            self._undo[-1].extend(log)
        return True

    def rollback(self) -> bool:
        if not self._undo:
            return False
        for key, field, old in reversed(self._undo.pop()):
            self._write(key, field, old, log=False)
        return True

    # -- level 4 ---------------------------------------------------------------------------

    def count_where(self, field: str, value: str) -> int:
        return self._index.get((field, value), 0)
