"""The storage behind the client. Production talks to a key-value service; this in-memory
backend behaves the same and counts its reads, so tests can check the batching."""

from __future__ import annotations

from bisect import insort
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
        # every event of a pair, ordered by (event time, write order): a late event goes
        # where its time puts it, and the last element is the latest
        self._history: dict[tuple[str, str], list[tuple[float, int, Any]]] = {}
        self._writes = 0
        self.reads = 0
        """How many read calls were made (each is one round trip in production)."""

    def write(self, entity_id: str, feature: str, value: Any, event_time: float) -> None:
        """Record a value; the latest value is the one with the latest event time (on a
        tie, the one written last)."""
        events = self._history.setdefault((entity_id, feature), [])
        insort(events, (event_time, self._writes, value))
        self._writes += 1

    def _read(self, entity_ids: Iterable[str], features: Iterable[str]) -> list[tuple[str, str]]:
        entity_ids, features = list(entity_ids), list(features)
        if len(entity_ids) > self.MAX_KEYS_PER_READ:
            raise ValueError(f"at most {self.MAX_KEYS_PER_READ} entities a read")
        self.reads += 1
        return [(e, f) for e in entity_ids for f in features if (e, f) in self._history]

    def read_latest(
        self, entity_ids: Iterable[str], features: Iterable[str]
    ) -> dict[tuple[str, str], Event]:
        """The latest event of every (entity, feature) pair that has one, in one round trip
        of at most MAX_KEYS_PER_READ entities."""
        latest = {}
        for key in self._read(entity_ids, features):
            event_time, _, value = self._history[key][-1]
            latest[key] = Event(value, event_time)
        return latest

    def read_history(
        self, entity_ids: Iterable[str], features: Iterable[str]
    ) -> dict[tuple[str, str], list[Event]]:
        """Every event of every pair that has one, oldest first (ties in write order), in one
        round trip of at most MAX_KEYS_PER_READ entities."""
        return {
            key: [Event(value, event_time) for event_time, _, value in self._history[key]]
            for key in self._read(entity_ids, features)
        }
