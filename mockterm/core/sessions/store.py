"""Session folders and their `session.toml`: the model, atomic writes, scanning and recovery.

`session.toml` is the single source of truth for a mock. It is rewritten whole (temp file, fsync,
rename) on every event, so a crash leaves either the previous or the next version, never half.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from mockterm import __version__
from mockterm.core.bank import Prompt, RubricItem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FORMAT_VERSION = 1
SESSION_FILE = "session.toml"
LOCK_FILE = ".lock"
STATUSES = ("running", "completed", "ended_early", "interrupted")
GRADES = ("again", "hard", "good", "easy")
MODES = ("solo", "interviewer")


class SessionError(Exception):
    """A session folder or file that cannot be read or written; the message says why."""


@dataclass(frozen=True)
class Event:
    """Something that happened during a mock, `offset` seconds after it started."""

    offset: float
    kind: str
    phase: str = ""
    text: str = ""
    value: float | None = None


@dataclass(frozen=True)
class PhaseRecord:
    name: str
    planned_seconds: float
    actual_seconds: float = 0.0


@dataclass(frozen=True)
class SelfReview:
    scores: Mapping[str, int] = field(default_factory=dict)
    went_well: str = ""
    to_improve: str = ""


@dataclass(frozen=True)
class Feedback:
    """What the interviewer of a paired mock gives the candidate: rubric scores (1-4),
    a recommendation (a key of `mockterm.core.feedback.RECOMMENDATIONS`, or empty) and words."""

    scores: Mapping[str, int] = field(default_factory=dict)
    recommendation: str = ""
    strengths: str = ""
    to_work_on: str = ""


@dataclass(frozen=True)
class Session:
    id: str
    round_id: str
    round_title: str
    prompt: Prompt
    started_at: datetime
    mode: str = "solo"
    status: str = "running"
    ended_at: datetime | None = None
    rubric: tuple[RubricItem, ...] = ()
    phases: tuple[PhaseRecord, ...] = ()
    events: tuple[Event, ...] = ()
    review: SelfReview | None = None
    # seconds since the start at the last write: a crash loses the timing after it, no more
    last_seen: float = 0.0
    # rapid-fire rounds: every question asked, in order, and the grade given to each (by id)
    questions: tuple[Prompt, ...] = ()
    question_grades: Mapping[str, str] = field(default_factory=dict)
    grade: str | None = None
    # interviewer mode: the interviewer's feedback, and the ids of the role-swapped sessions
    feedback: Feedback | None = None
    paired_with: tuple[str, ...] = ()
    app_version: str = __version__
    format_version: int = FORMAT_VERSION
    # tables written by newer versions or later features, kept as they are on rewrite
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt asked: a rapid-fire round's questions, else the one prompt."""
        return self.questions or (self.prompt,)

    def prompt_items(self, field_name: str) -> list[str]:
        """Hints, follow-ups or key points of every prompt asked, each once, in order."""
        return list(dict.fromkeys(i for p in self.prompts for i in getattr(p, field_name)))

    @property
    def notes(self) -> list[Event]:
        return [e for e in self.events if e.kind == "note"]

    def planned_seconds(self) -> float:
        return sum(p.planned_seconds for p in self.phases)

    def actual_seconds(self) -> float:
        return sum(p.actual_seconds for p in self.phases)


# --- TOML <-> model -----------------------------------------------------------------------------

_PROMPT_FIELDS = (
    "id",
    "title",
    "text",
    "difficulty",
    "tags",
    "follow_ups",
    "hints",
    "key_points",
    "answer",
    "levels",
)


def to_dict(session: Session) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format_version": session.format_version,
        "app_version": session.app_version,
        "id": session.id,
        "status": session.status,
        "mode": session.mode,
        "round": session.round_id,
        "round_title": session.round_title,
        "started_at": session.started_at,
    }
    if session.ended_at is not None:
        data["ended_at"] = session.ended_at
    if session.grade is not None:
        data["grade"] = session.grade
    data["last_seen"] = round(session.last_seen, 3)
    data["prompt"] = _prompt_dict(session.prompt)
    if session.questions:
        data["questions"] = [
            {
                **_prompt_dict(q),
                **(
                    {"grade": session.question_grades[q.id]}
                    if q.id in session.question_grades
                    else {}
                ),
            }
            for q in session.questions
        ]
    if session.rubric:
        data["rubric"] = [{"name": r.name, "good": r.good} for r in session.rubric]
    data["phases"] = [
        {
            "name": p.name,
            "planned_seconds": round(p.planned_seconds, 3),
            "actual_seconds": round(p.actual_seconds, 3),
        }
        for p in session.phases
    ]
    data["events"] = [_event_dict(e) for e in session.events]
    if session.review is not None:
        data["review"] = {
            "scores": dict(session.review.scores),
            "went_well": session.review.went_well,
            "to_improve": session.review.to_improve,
        }
    if session.feedback is not None:
        data["feedback"] = {
            "scores": dict(session.feedback.scores),
            "recommendation": session.feedback.recommendation,
            "strengths": session.feedback.strengths,
            "to_work_on": session.feedback.to_work_on,
        }
    if session.paired_with:
        data["paired_with"] = list(session.paired_with)
    for key, value in session.extra.items():
        data.setdefault(key, value)
    return data


def _prompt_dict(prompt: Prompt) -> dict[str, Any]:
    data = {name: _plain(getattr(prompt, name)) for name in _PROMPT_FIELDS}
    return {k: v for k, v in data.items() if v not in ("", [], ())}


def _prompt(data: Mapping[str, Any], round_id: str) -> Prompt:
    return Prompt(
        id=str(data["id"]),
        round_id=round_id,
        title=str(data.get("title", "")),
        text=str(data.get("text", "")),
        difficulty=str(data.get("difficulty", "medium")),
        tags=tuple(data.get("tags", ())),
        follow_ups=tuple(data.get("follow_ups", ())),
        hints=tuple(data.get("hints", ())),
        key_points=tuple(data.get("key_points", ())),
        answer=str(data.get("answer", "")),
        levels=tuple(data.get("levels", ())),
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _event_dict(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"offset": round(event.offset, 3), "kind": event.kind}
    if event.phase:
        out["phase"] = event.phase
    if event.text:
        out["text"] = event.text
    if event.value is not None:
        out["value"] = round(event.value, 3)
    return out


_KNOWN_KEYS = {
    "format_version",
    "app_version",
    "id",
    "status",
    "mode",
    "round",
    "round_title",
    "started_at",
    "ended_at",
    "grade",
    "last_seen",
    "prompt",
    "rubric",
    "phases",
    "events",
    "review",
    "questions",
    "feedback",
    "paired_with",
}


def from_dict(data: Mapping[str, Any]) -> Session:
    """Build a Session from parsed TOML; raises SessionError naming the first bad field."""
    try:
        round_id = str(data["round"])
        prompt = _prompt(data["prompt"], round_id)
        question_data = list(data.get("questions", []))
        questions = tuple(_prompt(q, round_id) for q in question_data)
        grades = {str(q["id"]): str(q["grade"]) for q in question_data if "grade" in q}
        status = str(data["status"])
        if status not in STATUSES:
            raise SessionError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        review = None
        if "review" in data:
            r = data["review"]
            review = SelfReview(
                {str(k): int(v) for k, v in dict(r.get("scores", {})).items()},
                str(r.get("went_well", "")),
                str(r.get("to_improve", "")),
            )
        feedback = None
        if "feedback" in data:
            f = data["feedback"]
            feedback = Feedback(
                {str(k): int(v) for k, v in dict(f.get("scores", {})).items()},
                str(f.get("recommendation", "")),
                str(f.get("strengths", "")),
                str(f.get("to_work_on", "")),
            )
        return Session(
            id=str(data["id"]),
            round_id=str(data["round"]),
            round_title=str(data.get("round_title", data["round"])),
            prompt=prompt,
            started_at=_datetime(data["started_at"]),
            mode=str(data.get("mode", "solo")),
            status=status,
            ended_at=_datetime(data["ended_at"]) if "ended_at" in data else None,
            rubric=tuple(
                RubricItem(str(r["name"]), str(r.get("good", ""))) for r in data.get("rubric", [])
            ),
            phases=tuple(
                PhaseRecord(
                    str(p["name"]), float(p["planned_seconds"]), float(p.get("actual_seconds", 0.0))
                )
                for p in data.get("phases", [])
            ),
            events=tuple(
                Event(
                    float(e["offset"]),
                    str(e["kind"]),
                    str(e.get("phase", "")),
                    str(e.get("text", "")),
                    float(e["value"]) if "value" in e else None,
                )
                for e in data.get("events", [])
            ),
            review=review,
            questions=questions,
            question_grades=grades,
            grade=str(data["grade"]) if "grade" in data else None,
            last_seen=float(data.get("last_seen", 0.0)),
            feedback=feedback,
            paired_with=tuple(str(i) for i in data.get("paired_with", ())),
            app_version=str(data.get("app_version", "")),
            format_version=int(data.get("format_version", FORMAT_VERSION)),
            extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
        )
    except SessionError:
        raise
    except KeyError as exc:
        raise SessionError(f"missing field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise SessionError(f"malformed field: {exc}") from None


def _datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    raise SessionError(f"{value!r} is not a date-time")


# --- files --------------------------------------------------------------------------------------


def atomic_write(path: Path, content: bytes) -> None:
    """Write `content` to `path` so that readers see the old file or the new one, never half."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_session(folder: Path, session: Session) -> None:
    import tomli_w

    try:
        atomic_write(folder / SESSION_FILE, tomli_w.dumps(to_dict(session)).encode("utf-8"))
    except OSError as exc:
        raise SessionError(f"cannot write {folder / SESSION_FILE}: {exc.strerror or exc}") from exc


def read_session(folder: Path) -> Session:
    path = folder / SESSION_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionError(f"{path} is missing") from None
    except OSError as exc:
        raise SessionError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SessionError(f"{path} is not valid TOML: {exc}") from None
    return from_dict(data)


@dataclass(frozen=True)
class SessionEntry:
    """One folder under the sessions directory: its session, or why it could not be read."""

    folder: Path
    session: Session | None
    error: str = ""


class SessionStore:
    """The sessions directory: creates folders, lists them, recovers crashed mocks."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(root)
        # parsed sessions by folder name, with the (mtime, size) of the session.toml they came
        # from: a scan re-reads only what changed; kept across runs in `cache_dir` when given
        self._memo: dict[str, tuple[tuple[int, int], Session]] | None = None
        self._cache_file = None
        if cache_dir is not None:
            import hashlib

            digest = hashlib.sha1(str(self.root.resolve()).encode()).hexdigest()[:16]
            self._cache_file = cache_dir / f"sessions-{digest}.pickle"

    def ensure(self) -> Path:
        """Create the directory (private: it holds the user's voice) and check it is writable."""
        try:
            if not self.root.exists():
                self.root.mkdir(parents=True, mode=0o700)
                os.chmod(self.root, 0o700)
            if not self.root.is_dir():
                raise SessionError(f"sessions path {self.root} is not a directory")
            if not os.access(self.root, os.W_OK | os.X_OK):
                raise PermissionError(self.root)
        except PermissionError:
            raise SessionError(
                f"cannot write to the sessions directory {self.root}; choose another with "
                "--sessions DIR or sessions_dir in the config file"
            ) from None
        except OSError as exc:
            raise SessionError(
                f"cannot use sessions directory {self.root}: {exc.strerror or exc}"
            ) from None
        return self.root

    def new_folder(self, started_at: datetime, round_id: str, prompt_id: str) -> Path:
        self.ensure()
        stamp = started_at.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        base = f"{stamp}_{round_id}_{prompt_id}"
        for n in range(1000):
            folder = self.root / (base if n == 0 else f"{base}-{n + 1}")
            try:
                folder.mkdir(mode=0o700)
                return folder
            except FileExistsError:
                continue
        raise SessionError(f"cannot create a session folder for {base}")

    def folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(
            (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")),
            key=lambda p: p.name,
        )

    def scan(self) -> list[SessionEntry]:
        """Every session folder, oldest first; unchanged files are not parsed again."""
        memo = self._load_memo()
        entries = []
        fresh: dict[str, tuple[tuple[int, int], Session]] = {}
        for folder in self.folders():
            try:
                stat = (folder / SESSION_FILE).stat()
                key = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                key = None
            known = memo.get(folder.name)
            if key is not None and known is not None and known[0] == key:
                fresh[folder.name] = known
                entries.append(SessionEntry(folder, known[1]))
                continue
            try:
                session = read_session(folder)
            except SessionError as exc:
                entries.append(SessionEntry(folder, None, str(exc)))
                continue
            if key is not None:
                fresh[folder.name] = (key, session)
            entries.append(SessionEntry(folder, session))
        if fresh.keys() != memo.keys() or any(fresh[k] is not memo[k] for k in fresh):
            self._memo = fresh
            self._save_memo()
        return entries

    def _load_memo(self) -> dict[str, tuple[tuple[int, int], Session]]:
        if self._memo is None:
            self._memo = {}
            if self._cache_file is not None:
                import pickle

                try:
                    version, memo = pickle.loads(self._cache_file.read_bytes())
                    if version == __version__ and isinstance(memo, dict):
                        self._memo = memo
                except Exception:  # a stale or damaged cache is only a slower start
                    pass
        return self._memo

    def _save_memo(self) -> None:
        if self._cache_file is None or self._memo is None:
            return
        import pickle

        try:
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._cache_file.with_suffix(f".{os.getpid()}.tmp")
            # private, like the sessions themselves: it holds the notes and reviews
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(pickle.dumps((__version__, self._memo), pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, self._cache_file)
        except OSError:
            pass

    def find(self, name: str) -> Path:
        """A session folder by path, full name or unique prefix of its name."""
        direct = Path(name)
        if (direct / SESSION_FILE).exists():
            return direct
        matches = [f for f in self.folders() if f.name.startswith(name)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SessionError(f"no session {name!r} in {self.root}")
        raise SessionError(f"{name!r} matches {len(matches)} sessions; give more of the name")

    def recover(self) -> list[SessionEntry]:
        """Mark sessions left `running` by a crash as `interrupted`, and return them.

        A session still held by a live mockterm (its lock is taken) is left alone.
        """
        recovered = []
        for entry in self.scan():
            session = entry.session
            if session is None or session.status != "running":
                continue
            if is_locked(entry.folder):
                continue
            fixed = interrupted(session)
            from mockterm.core.audio.recorder import (
                recover_audio,  # stdlib only; no cycle at import
            )

            fixed = recover_audio(entry.folder, fixed)
            try:
                write_session(entry.folder, fixed)
            except SessionError:
                continue
            (entry.folder / LOCK_FILE).unlink(missing_ok=True)  # left by the dead process
            recovered.append(SessionEntry(entry.folder, fixed))
        return recovered

    def discard(self, folder: Path) -> None:
        if folder.resolve().parent != self.root.resolve():
            raise SessionError(f"{folder} is not a session folder of {self.root}")
        import shutil

        shutil.rmtree(folder)


def interrupted(session: Session) -> Session:
    """The session as a crash left it: status interrupted, phase actuals from its events."""
    last = max(session.events[-1].offset if session.events else 0.0, session.last_seen)
    actual = {p.name: p.actual_seconds for p in session.phases}
    current: tuple[str, float] | None = None
    for event in session.events:
        if event.kind == "phase_start":
            current = (event.phase, event.offset)
        elif event.kind == "phase_end" and current is not None:
            current = None
    if current is not None:
        actual[current[0]] = max(actual.get(current[0], 0.0), last - current[1])
    phases = tuple(
        replace(p, actual_seconds=actual.get(p.name, p.actual_seconds)) for p in session.phases
    )
    ended = session.started_at.timestamp() + last
    return replace(
        session,
        status="interrupted",
        phases=phases,
        ended_at=datetime.fromtimestamp(ended, timezone.utc),
        events=(*session.events, Event(last, "interrupted")),
    )


def mark_kept(folder: Path) -> None:
    """Record that the user chose to keep an interrupted session, so it is not offered again."""
    session = read_session(folder)
    last = session.events[-1].offset if session.events else 0.0
    write_session(folder, replace(session, events=(*session.events, Event(last, "kept"))))


# --- the lock a running mock holds --------------------------------------------------------------


class SessionLock:
    """Held by the process running a mock; the OS drops it if that process dies."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILE
        self._handle: IO[str] | None = open(self._path, "a+")  # noqa: SIM115
        fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        """Let go of the lock; the mock is over, so its lock file goes too."""
        if self._handle is not None:
            self._path.unlink(missing_ok=True)
            self._handle.close()
            self._handle = None


def is_locked(folder: Path) -> bool:
    path = folder / LOCK_FILE
    if not path.exists():
        return False
    try:
        with open(path, "a+") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)
