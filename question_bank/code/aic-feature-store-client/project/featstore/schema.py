"""What each feature is: its type, its default, how old a value may be."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FeatureSpec:
    name: str
    dtype: type
    """int, float or str: values are converted to it when written."""
    default: Any
    """What a reader gets when there is no value, or only one too old to use."""
    max_age_s: float | None = None
    """A value older than this many seconds is not used; None: any age will do."""

    def coerce(self, value: Any) -> Any:
        return self.dtype(value)

    def is_fresh(self, event_time: float, now: float) -> bool:
        """Whether a value written for `event_time` may still be used at `now` (a value
        exactly `max_age_s` old still may)."""
        return self.max_age_s is None or now - event_time <= self.max_age_s


class Schema:
    def __init__(self, specs: Iterable[FeatureSpec]) -> None:
        self._specs = {spec.name: spec for spec in specs}

    def __getitem__(self, name: str) -> FeatureSpec:
        """The spec of a feature; KeyError for a feature nobody defined."""
        return self._specs[name]
