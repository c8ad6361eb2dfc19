"""The client the ranking service calls: rows of feature values for a list of users."""

from __future__ import annotations

from collections.abc import Sequence
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

    def get_online(
        self, entity_ids: Sequence[str], features: Sequence[str], now: float
    ) -> list[dict[str, Any]]:
        """One row per entity id, in the order given: {"entity_id": id, feature: value, ...},
        with the feature's default where there is no value or it is too old at `now`."""
        specs = [self.schema[f] for f in features]
        found = {}
        for start in range(0, len(entity_ids), self.batch_size):
            batch = entity_ids[start : start + self.batch_size - 1]
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
