"""Fuzzing the files mockterm reads besides a bank: session.toml and the config. A damaged file
is one line (SessionError, or a config warning), never a traceback; and a session that reads
is one every reader of it can show (the review list's row, the exports, the recovery figures)."""

from __future__ import annotations

import copy
import sys
import tempfile
from datetime import timezone
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockterm.core.config import load_config
from mockterm.core.recovery import interrupted, last_alive
from mockterm.core.review.export import load_review, render
from mockterm.core.review.index import build_row
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import SESSION_FILE, read_session

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HOSTILE = Path(__file__).parent / "data" / "hostile"
BASES = [
    tomllib.loads((folder / SESSION_FILE).read_text(encoding="utf-8"))
    for name in ("markup-and-escapes", "paired-markup", "interrupted-markup")
    for folder in (HOSTILE / "sessions" / name).iterdir()
]

leaf = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["", "running", "completed", "interrupted", "solo", "paired", "9999-12-31"])
    | st.datetimes(timezones=st.none() | st.just(timezone.utc))
    | st.dates()
)
toml_value = st.recursive(
    leaf,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """`base` with a few of its values (at any depth) replaced, removed or given new keys: a
    file damaged by hand, by a bug, or by a newer mockterm, that still parses as TOML."""
    data: dict[str, Any] = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        node: Any = data
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, (dict, list)) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "remove":
                del node[key]
            elif action == "add" and isinstance(node, dict):
                node[draw(st.text(min_size=1, max_size=8))] = draw(toml_value)
            else:
                node[key] = draw(toml_value)
            break
    return data


def write_toml(path: Path, data: dict[str, Any]) -> bool:
    try:
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
    except (TypeError, ValueError):  # a value TOML cannot hold (a list of mixed tables...)
        return False
    return True


def read_everywhere(folder: Path) -> None:
    """Read a session folder the way each command does: one SessionError line, or success."""
    try:
        session = read_session(folder)
    except SessionError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))
        return
    row, _ = build_row(folder)
    assert not row.error, row.error  # it read above: the review list reads it too
    review = load_review(folder)
    for fmt in ("md", "json"):
        assert render(review, fmt)
    if session.status == "running":
        assert last_alive(session) >= 0
        interrupted(session)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(BASES).flatmap(mutated))
def test_a_damaged_session_file_is_one_line_or_read_by_everything(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "20260105T100000Z_hostile_hostile-one"
        folder.mkdir()
        if write_toml(folder / SESSION_FILE, data):
            read_everywhere(folder)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_bytes_as_a_session_file_are_one_line(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / SESSION_FILE).write_bytes(raw)
        read_everywhere(folder)


CONFIG = {
    "sessions_dir": "~/mock",
    "bank_paths": ["~/bank"],
    "input_device": "",
    "whisper_model": "base.en",
    "whisper_device": "auto",
    "live_transcription": True,
    "bell": False,
    "warning_seconds": 60,
    "theme": "textual-dark",
}


@settings(max_examples=300, deadline=None)
@given(mutated(CONFIG) | st.dictionaries(st.text(max_size=8), toml_value, max_size=4))
def test_a_damaged_config_is_warnings_of_one_line_and_defaults(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "config.toml"
        if not write_toml(path, data):
            return
        config, warnings = load_config(path, required=True)
        assert all(w and "\n" not in w for w in warnings), warnings
        assert isinstance(config.bank_paths, tuple)
        assert all(isinstance(p, str) for p in config.bank_paths)


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbf", b"x = [" * 3000, b"\xff\xfe", b"a = 1\na = 2"])
def test_a_config_that_is_not_toml_is_one_warning(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(raw)
    _, warnings = load_config(path)
    assert all("\n" not in w for w in warnings)
