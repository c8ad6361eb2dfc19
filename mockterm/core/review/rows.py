"""One session folder as the review list sees it: its row of figures, and the words it can be
found by. Reading a folder is the slow part of the review index (a 45-minute transcript holds
thousands of timed words), so it is done once per change and kept (`index.py`), and many are
read in worker processes, one per core.

`python -m mockterm.core.review.rows` is such a worker: a folder's path per line (JSON) on
stdin, its (name, row, words) pickled on stdout.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import pickle
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import newer_than_this
from mockterm.core.sessions.timer import overrun_seconds, total_seconds

_FOLDER = re.compile(r"^(\d{8}T\d{6}Z)_(.+)_([^_]+?)(?:-\d+)?$")
_WORD = re.compile(r"[^\W_]+")
"""A word for search: letters and digits of any script, as SQLite's FTS5 tokenizer sees them."""


@dataclass(frozen=True)
class ReviewRow:
    """One session folder as the review list and the trends see it."""

    folder: str
    started_at: str
    """ISO 8601, UTC: sorts as text."""
    round_id: str
    round_title: str = ""
    prompt_id: str = ""
    prompt_title: str = ""
    status: str = ""
    mode: str = "solo"
    planned: float = 0.0
    actual: float = 0.0
    grade: str = ""
    scores: Mapping[str, int] = field(default_factory=dict)
    """Self-review scores per rubric dimension."""
    feedback_scores: Mapping[str, int] = field(default_factory=dict)
    """The interviewer's scores (a paired mock), never mixed with the self-review's: the one
    scored may be the friend, not the user."""
    phases: tuple[tuple[str, float, float], ...] = ()
    """(name, planned, actual seconds) per phase."""
    has_audio: bool = False
    has_transcript: bool = False
    words: int = 0
    speaking: float = 0.0
    fillers: int = 0
    key_points: tuple[int, int] = (0, 0)
    """(covered, total)."""
    key_points_assessed: bool = True
    """False when no transcript and no tick could tell a missed key point (see
    `mockterm.core.review.key_points.assessed`): covered is then not a score."""
    tests: tuple[int, int] = (0, 0)
    """A coding mock's last test run: (passed, total); (0, 0) without code or runs."""
    green_at: float | None = None
    """When every test first passed (offset in seconds), if it did."""
    levels_green: tuple[float, ...] = ()
    """Levels rounds: when each level first went green, in level order."""
    error: str = ""
    """Why the session could not be read; the other fields are then guesses from the name."""
    transcript_problem: str = ""
    """Why a transcript.json that is there could not be read."""
    newer: bool = False
    """Written by a newer mockterm: shown as far as this one reads it, never changed."""

    @property
    def overrun(self) -> int:
        """Seconds over plan, as shown (`overrun_seconds`)."""
        return overrun_seconds(self.actual, self.planned)

    @property
    def score(self) -> float | None:
        """Mean self-review score."""
        return sum(self.scores.values()) / len(self.scores) if self.scores else None

    @property
    def feedback_score(self) -> float | None:
        """Mean score the interviewer gave (a paired mock)."""
        scores = self.feedback_scores
        return sum(scores.values()) / len(scores) if scores else None

    @property
    def wpm(self) -> float | None:
        return self.words * 60.0 / self.speaking if self.has_transcript and self.speaking else None

    @property
    def fillers_per_minute(self) -> float | None:
        return (
            self.fillers * 60.0 / self.speaking if self.has_transcript and self.speaking else None
        )

    @property
    def started(self) -> datetime:
        try:
            return datetime.fromisoformat(self.started_at)
        except ValueError:
            return datetime.fromtimestamp(0, timezone.utc)

    @property
    def corrupt(self) -> bool:
        return bool(self.error)


def search_words(texts: Iterable[str]) -> str:
    """Every word of `texts` once, lower case, space-separated: what a session is searched by
    (a 45-minute transcript says a few hundred different words, thousands of times)."""
    found: set[str] = set()
    for text in texts:
        found.update(_WORD.findall(text.lower()))
    return " ".join(sorted(found))


def query_terms(query: str) -> list[str]:
    """The words of a search, as `search_words` cuts them ("two-tower" is two)."""
    return _WORD.findall(query.lower())


def build_row(folder: Path) -> tuple[ReviewRow, str]:
    """A folder's row and its search words (`search_words`), read from its files."""
    try:
        session = read_session(folder)
    except SessionError as exc:
        return _broken(folder, str(exc)), search_words([folder.name])
    # what reads a folder's files loads with the first row built: a list from the cache
    # (`mockterm stats`, the Review screen) needs none of it
    from mockterm.core.audio.transcription import audio_path
    from mockterm.core.review.code import code_figures
    from mockterm.core.review.row_figures import row_figures

    figures = row_figures(session, folder)
    row = ReviewRow(
        folder=folder.name,
        started_at=session.started_at.astimezone(timezone.utc).isoformat(),
        round_id=session.round_id,
        round_title=session.round_title,
        prompt_id=session.prompt.id,
        prompt_title=session.prompt.title,
        status=session.status,
        mode=session.mode,
        planned=total_seconds(p.planned_seconds for p in session.phases),
        actual=total_seconds(p.actual_seconds for p in session.phases),
        grade=session.grade or "",
        scores=dict(session.review.scores) if session.review else {},
        feedback_scores=dict(session.feedback.scores) if session.feedback else {},
        phases=tuple(
            (p.name, round(p.planned_seconds, 3), round(p.actual_seconds, 3))
            for p in session.phases
        ),
        has_audio=audio_path(folder, session.extra) is not None,
        has_transcript=figures.has_transcript,
        words=figures.words,
        speaking=figures.speaking,
        fillers=figures.fillers,
        key_points=figures.key_points,
        key_points_assessed=figures.key_points_assessed,
        **code_figures(session.extra.get("code")),
        transcript_problem=figures.transcript_problem,
        newer=newer_than_this(session),
    )
    texts = [
        session.round_id,
        session.round_title,
        session.prompt.id,
        session.prompt.title,
        session.prompt.text,
        *(q.title for q in session.questions),
        *(e.text for e in session.events if e.kind == "note"),
        session.review.went_well if session.review else "",
        session.review.to_improve if session.review else "",
        *figures.said,  # each different word once: far fewer than the words said
    ]
    return row, search_words(texts)


def _broken(folder: Path, reason: str) -> ReviewRow:
    """A row for a folder that cannot be read: what its name tells, and why."""
    match = _FOLDER.match(folder.name)
    started = ""
    round_id = prompt_id = "?"
    if match:
        with contextlib.suppress(ValueError):
            started = (
                datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ")
                .replace(tzinfo=timezone.utc)
                .isoformat()
            )
        round_id, prompt_id = match.group(2), match.group(3)
    if not started:
        with contextlib.suppress(OSError):
            started = datetime.fromtimestamp(folder.stat().st_mtime, timezone.utc).isoformat()
    return ReviewRow(
        folder=folder.name,
        started_at=started,
        round_id=round_id,
        prompt_id=prompt_id,
        prompt_title=prompt_id,
        status="corrupt",
        error=reason,
    )


# --- reading many folders -----------------------------------------------------------------------

Progress = Callable[[int, int], None]
PARALLEL_FROM = 16
"""Fewer folders than this are read in this process: workers take longer to start."""


def build_rows(
    folders: Sequence[Path], progress: Progress | None = None
) -> Iterator[tuple[str, ReviewRow, str]]:
    """Each folder's (name, row, search words), as they are read: in worker processes when
    there are many (the figures of a long transcript are pure Python: threads would share one
    core), else, or for what a worker could not do, in this process."""
    left = {folder.name: folder for folder in folders}
    done = 0
    if len(folders) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        for built in _in_workers(folders):
            left.pop(built[0], None)
            done += 1
            if progress is not None:
                progress(done, len(folders))
            yield built
    with _no_cycle_collection():
        for folder in left.values():
            row, words = build_row(folder)
            done += 1
            if progress is not None:
                progress(done, len(folders))
            yield folder.name, row, words


def _in_workers(folders: Sequence[Path]) -> Iterator[tuple[str, ReviewRow, str]]:
    """Rows read by one worker process per core, in the order they finish. A worker that cannot
    start or dies leaves its folders to the caller. (Processes of our own, not multiprocessing:
    no main module run again, no inherited terminal, which a running app must keep.)"""
    todo: queue.SimpleQueue[Path] = queue.SimpleQueue()
    for folder in folders:
        todo.put(folder)
    results: queue.SimpleQueue[tuple[str, ReviewRow, str] | None] = queue.SimpleQueue()
    count = min(os.cpu_count() or 1, 8, len(folders))
    threads = [
        threading.Thread(target=_feed, args=(todo, results), daemon=True) for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    finished = 0
    while finished < count:
        built = results.get()
        if built is None:
            finished += 1
        else:
            yield built


def _feed(todo: queue.SimpleQueue[Path], results: queue.SimpleQueue[Any]) -> None:
    """One worker process: a folder at a time, until there are none left (or it fails)."""
    try:
        worker = subprocess.Popen(
            [sys.executable, "-m", "mockterm.core.review.rows"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        results.put(None)
        return
    assert worker.stdin is not None and worker.stdout is not None
    try:
        while True:
            try:
                folder = todo.get_nowait()
            except queue.Empty:
                break
            worker.stdin.write(json.dumps(str(folder)).encode() + b"\n")
            worker.stdin.flush()
            results.put(pickle.load(worker.stdout))
    except Exception:  # a worker that died: what it had not done is read by the caller
        pass
    finally:
        with contextlib.suppress(OSError):
            worker.stdin.close()
        worker.kill()
        worker.wait()
        results.put(None)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Building rows makes many small objects and no cycles: the cycle collector would only
    scan them again and again (a fifth of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _serve() -> None:
    """The worker: read each folder given on stdin, answer its row on stdout."""
    gc.disable()  # see _no_cycle_collection
    out = sys.stdout.buffer
    for line in sys.stdin:
        folder = Path(json.loads(line))
        row, words = build_row(folder)
        pickle.dump((folder.name, row, words), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


if __name__ == "__main__":
    # this module again under its own name: run as __main__, its rows would be pickled as
    # `__main__.ReviewRow`, which the app cannot load (every folder was then read again there)
    from mockterm.core.review.rows import _serve as serve

    serve()
