"""The review rows kept as columns, one list per field: what the index's cache stores, and what
the Review list reads, sorts and filters without making ten thousand row objects.

Unpickling ten thousand `ReviewRow`s makes ten thousand objects of thirty attributes each, most
of the time the list takes to open; unpickling thirty lists of plain values is several times
faster. A row is made only when asked for (the rows on screen, a session opened) and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import fields
from typing import Any, overload

from mockterm.core.review.rows import ReviewRow

FIELDS = tuple(f.name for f in fields(ReviewRow))


class _Rows(Sequence[ReviewRow]):
    """Rows made one at a time, when asked for (`_row`)."""

    def _row(self, index: int) -> ReviewRow:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> ReviewRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[ReviewRow]: ...

    def __getitem__(self, index: int | slice) -> ReviewRow | list[ReviewRow]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[ReviewRow]:
        for index in range(len(self)):
            yield self._row(index)


class RowColumns(_Rows):
    """Rows as columns; `rows[i]` makes row i (once)."""

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns
        """Each field's values, row by row (what the cache pickles)."""
        self._count = len(columns[FIELDS[0]])
        self._made: dict[int, ReviewRow] = {}
        self._keys: dict[Hashable, Sequence[Any]] = {}
        self._orders: dict[tuple[Hashable, bool], list[int]] = {}
        self._truthy: dict[str, frozenset[int]] = {}

    @classmethod
    def of(cls, rows: Sequence[ReviewRow]) -> RowColumns:
        """`rows` as columns (the same rows when they already are)."""
        if isinstance(rows, RowColumns):
            return rows
        table = cls({name: [getattr(row, name) for row in rows] for name in FIELDS})
        table._made = dict(enumerate(rows))
        return table

    @classmethod
    def read(cls, columns: object) -> RowColumns | None:
        """Columns as unpickled from a cache, or None when they are not this version's rows."""
        if not isinstance(columns, dict) or tuple(columns) != FIELDS:
            return None
        values = list(columns.values())
        if not all(isinstance(v, list) and len(v) == len(values[0]) for v in values):
            return None
        return cls(columns)

    def __len__(self) -> int:
        return self._count

    def _row(self, index: int) -> ReviewRow:
        row = self._made.get(index)
        if row is None:
            # the fields as the dataclass's own __init__ would set them, without its thirty
            # frozen-attribute calls: every value came from such a row
            row = object.__new__(ReviewRow)
            row.__dict__.update({name: values[index] for name, values in self.columns.items()})
            self._made[index] = row
        return row

    def column(self, name: str) -> list[Any]:
        return self.columns[name]

    def numbers_where(self, name: str) -> frozenset[int]:
        """The numbers of the rows whose field `name` is true (not empty); worked out once."""
        found = self._truthy.get(name)
        if found is None:
            values = self.columns[name]
            found = self._truthy[name] = frozenset(i for i, v in enumerate(values) if v)
        return found

    def pick(self, numbers: Sequence[int]) -> Picked:
        """The rows numbered `numbers`, in that order."""
        return Picked(self, numbers)

    def order(
        self, key: Hashable, keys: Callable[[RowColumns], Sequence[Any]], descending: bool
    ) -> list[int]:
        """Row numbers as `sorted(rows, key=..., reverse=descending)` puts the rows (stable:
        rows with equal keys keep their order), from `keys(self)`, one key per row; worked out
        once per `key` and direction."""
        order = self._orders.get((key, descending))
        if order is None:
            values = self._keys.get(key)
            if values is None:
                values = self._keys[key] = keys(self)
            order = sorted(range(self._count), key=values.__getitem__, reverse=descending)
            self._orders[key, descending] = order
        return order


class Picked(_Rows):
    """Some rows of a `RowColumns`, in an order (the list as filtered and sorted): a row is made
    when asked for."""

    def __init__(self, table: RowColumns, numbers: Sequence[int]) -> None:
        self.table = table
        self.numbers = numbers
        """Each row's number in `table`."""

    def __len__(self) -> int:
        return len(self.numbers)

    def _row(self, index: int) -> ReviewRow:
        return self.table._row(self.numbers[index])
