"""The storage behind the client. Production talks to a key-value service; this in-memory
backend behaves the same and counts its reads, so tests can check the batching."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    value: Any
    event_time: float
    """When the value became true (seconds since the epoch), not when it was written:
    streams deliver events late and out of order."""


class InMemoryBackend:
    MAX_KEYS_PER_READ = 100

    def __init__(self) -> None:
        self._latest: dict[tuple[str, str], Event] = {}
        self.reads = 0
        """How many read calls were made (each is one round trip in production)."""

    def write(self, entity_id: str, feature: str, value: Any, event_time: float) -> None:
        """Record a value; the latest value is the one with the latest event time (on a
        tie, the one written last)."""
        self._latest[(entity_id, feature)] = Event(value, event_time)

    def read_latest(
        self, entity_ids: Iterable[str], features: Iterable[str]
    ) -> dict[tuple[str, str], Event]:
        """The latest event of every (entity, feature) pair that has one, in one round trip
        of at most MAX_KEYS_PER_READ entities."""
        entity_ids, features = list(entity_ids), list(features)
        if len(entity_ids) > self.MAX_KEYS_PER_READ:
            raise ValueError(f"at most {self.MAX_KEYS_PER_READ} entities a read")
        self.reads += 1
        return {
            (e, f): self._latest[(e, f)]
            for e in entity_ids
            for f in features
            if (e, f) in self._latest
        }
