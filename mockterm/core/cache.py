"""The one cache helper: a file's signature (did it change?) and a private pickle on disk.

Caches here only make starts faster: the TOML and JSON files they were built from stay the
truth, so a cache that is stale, damaged or unwritable is ignored, never an error.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from mockterm.core.files import atomic_write

MISSING = "-"


def signature(*paths: str | os.PathLike[str]) -> str:
    """What a cached value built from `paths` depends on: each file's mtime and size. (Paths
    as strings cost less, where there are tens of thousands.)"""
    parts = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            parts.append(MISSING)
        else:
            parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
    return "|".join(parts)


class PickleCache:
    """A value kept in one file under a key; `load` gives it back only for the same key."""

    def __init__(self, path: Path | None, key: object) -> None:
        self.path = path
        self.key = key

    def load(self) -> Any | None:
        if self.path is None:
            return None
        try:
            key, value = pickle.loads(self.path.read_bytes())
        except Exception:  # missing, stale or damaged: only a slower start
            return None
        return value if key == self.key else None

    def save(self, value: Any) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps((self.key, value), protocol=pickle.HIGHEST_PROTOCOL)
            atomic_write(self.path, data, durable=False)
        except (OSError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs the next start some time
