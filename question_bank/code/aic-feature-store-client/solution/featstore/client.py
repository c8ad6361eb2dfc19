"""The client the ranking service calls: rows of feature values for a list of users."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from featstore.backend import InMemoryBackend
from featstore.schema import Schema


class FeatureClient:
    def __init__(self, backend: InMemoryBackend, schema: Schema, batch_size: int = 100) -> None:
        if not 1 <= batch_size <= backend.MAX_KEYS_PER_READ:
            raise ValueError(f"batch_size must be in 1..{backend.MAX_KEYS_PER_READ}")
        self.backend = backend
        self.schema = schema
        self.batch_size = batch_size

    def write(self, entity_id: str, feature: str, value: Any, event_time: float) -> None:
        self.backend.write(entity_id, feature, self.schema[feature].coerce(value), event_time)

    def _batches(self, entity_ids: Sequence[str]) -> Iterator[Sequence[str]]:
        for start in range(0, len(entity_ids), self.batch_size):
            yield entity_ids[start : start + self.batch_size]

    def get_online(
        self, entity_ids: Sequence[str], features: Sequence[str], now: float
    ) -> list[dict[str, Any]]:
        """One row per entity id, in the order given: {"entity_id": id, feature: value, ...},
        with the feature's default where there is no value or it is too old at `now`."""
        specs = [self.schema[f] for f in features]
        found = {}
        for batch in self._batches(entity_ids):
            found.update(self.backend.read_latest(batch, features))
        rows = []
        for entity_id in entity_ids:
            row: dict[str, Any] = {"entity_id": entity_id}
            for spec in specs:
                event = found.get((entity_id, spec.name))
                fresh = event is not None and spec.is_fresh(event.event_time, now)
                row[spec.name] = event.value if fresh else spec.default
            rows.append(row)
        return rows

    def get_historical(
        self, rows: Sequence[tuple[str, float]], features: Sequence[str]
    ) -> list[dict[str, Any]]:
        """Point-in-time values for training: for each (entity id, as_of), the value each
        feature had at `as_of` (its latest event at or before then, if still fresh then),
        else the default. Nothing from after `as_of` leaks in. One row per input row, in
        order: {"entity_id": id, "as_of": as_of, feature: value, ...}."""
        specs = [self.schema[f] for f in features]
        distinct = list(dict.fromkeys(entity_id for entity_id, _ in rows))
        history = {}
        for batch in self._batches(distinct):  # each entity's history is read once
            history.update(self.backend.read_history(batch, features))
        times = {key: [e.event_time for e in events] for key, events in history.items()}
        result = []
        for entity_id, as_of in rows:
            row: dict[str, Any] = {"entity_id": entity_id, "as_of": as_of}
            for spec in specs:
                key = (entity_id, spec.name)
                events = history.get(key, [])
                # the last event at or before as_of (on equal times, the one written last)
                known = bisect_right(times.get(key, []), as_of)
                event = events[known - 1] if known else None
                fresh = event is not None and spec.is_fresh(event.event_time, as_of)
                row[spec.name] = event.value if fresh else spec.default
            result.append(row)
        return result
