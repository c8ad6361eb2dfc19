"""Shared fixtures: a fake clock, a small test bank, isolated sessions and config."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockterm.core.bank import LoadResult, load_bank
from mockterm.core.config import Config, Settings
from mockterm.core.sessions.store import SessionStore

DATA = Path(__file__).parent / "data"
TEST_BANK = DATA / "bank"
CODING_BANK = DATA / "coding_bank"
"""Coding rounds with code: a one-file prompt, a two-level prompt and a small project."""


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read the developer's own config file or bank cache."""
    path = tmp_path / "no-config.toml"
    monkeypatch.setenv("MOCKTERM_CONFIG", str(path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user bank folder
    return path


@pytest.fixture
def loaded() -> LoadResult:
    result = load_bank([TEST_BANK])
    assert not result.problems, result.problems
    return result


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "sessions")


@pytest.fixture
def settings(store: SessionStore) -> Settings:
    return Settings(Config(bell=True), store.root, (TEST_BANK,))


async def settle(pilot: Any) -> None:
    """Let the app finish reading the saved sessions in the background (recovery, due counts)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def tick(pilot: Any) -> None:
    """Run the session screen's clock tick now, as its 0.25 s timer would, and let the screen
    settle: tests move the fake clock and tick, instead of sleeping for the timer."""
    pilot.app.screen.tick()
    await pilot.pause()


async def until(
    pilot: Any, condition: Callable[[], object], what: str, seconds: float = 120
) -> None:
    """Wait for `condition` (a recording's level, a transcript), however long a busy machine
    takes, up to a deadline far beyond any normal run."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds:g} s for {what}"
        await pilot.pause(0.05)
