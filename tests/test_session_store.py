"""Session files: round trip, atomic writes, private folders, recovery of crashed mocks."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mockterm.core.bank import LoadResult
from mockterm.core.recovery import mark_kept, recover
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import SelfReview, SessionError
from mockterm.core.sessions.session_file import SESSION_FILE, read_session
from mockterm.core.sessions.store import SessionStore, edit_review
from tests.conftest import FakeClock

START = datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc)


def run_mock(store: SessionStore, loaded: LoadResult, clock: FakeClock) -> MockSession:
    bank = loaded.bank
    mock = MockSession(store, bank.round("demo"), bank.prompts["demo-feed"], clock=clock)
    mock.start(START)
    return mock


def test_folder_name_and_private_directory(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    assert mock.folder.name == "20261121T093000Z_demo_demo-feed"
    assert stat.S_IMODE(store.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(mock.folder.stat().st_mode) == 0o700
    second = run_mock(store, loaded, clock)
    assert second.folder is not None and second.folder.name.endswith("-2")


def test_every_event_is_on_disk_at_once(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    clock.advance(30)
    mock.note("asked about scale")
    saved = read_session(mock.folder)
    assert saved.status == "running"
    assert [(e.kind, e.offset, e.text) for e in saved.events] == [
        ("phase_start", 0, ""),
        ("note", 30, "asked about scale"),
    ]
    clock.advance(31)  # past the 60 s phase: the checkpoint is written when polled
    mock.poll()
    assert read_session(mock.folder).events[-1].kind == "checkpoint"


def test_whole_lifecycle_round_trips(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    assert mock.next_hint() == "Start with the objective."
    clock.advance(70)
    mock.next_phase()
    clock.advance(100)
    mock.end()
    mock.save_review(SelfReview({"Framing": 3, "Communication": 2}, "clear", "faster"), "good")
    saved = read_session(mock.folder)
    assert saved.status == "ended_early"
    assert saved.ended_at == datetime(2026, 11, 21, 9, 32, 50, tzinfo=timezone.utc)
    assert [(p.name, p.planned_seconds, p.actual_seconds) for p in saved.phases] == [
        ("Framing", 60, 70),
        ("Design", 120, 100),
        ("Wrap-up", 60, 0),
    ]
    assert saved.review == SelfReview({"Framing": 3, "Communication": 2}, "clear", "faster")
    assert saved.grade == "good"
    assert saved.prompt.hints == loaded.bank.prompts["demo-feed"].hints
    assert [r.name for r in saved.rubric] == ["Framing", "Communication"]
    kinds = [e.kind for e in saved.events]
    assert kinds == [
        "phase_start",
        "hint",
        "checkpoint",
        "phase_end",
        "phase_start",
        "warning",
        "phase_end",
        "end",
    ]


def test_unknown_tables_from_newer_versions_survive_a_rewrite(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    path = mock.folder / SESSION_FILE
    path.write_text(path.read_text() + '\n[audio]\nfile = "audio.wav"\n')
    mark_kept(mock.folder)
    assert read_session(mock.folder).extra["audio"] == {"file": "audio.wav"}


def test_recovery_marks_crashed_sessions_and_spares_live_ones(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    live = run_mock(store, loaded, clock)
    crashed = run_mock(store, loaded, clock)
    assert crashed.folder is not None and live.folder is not None
    clock.advance(45)
    crashed.note("half way")
    crashed.release()  # what the OS does when the process dies
    recovered = recover(store)
    assert [e.folder for e in recovered] == [crashed.folder]
    saved = read_session(crashed.folder)
    assert saved.status == "interrupted"
    assert saved.phases[0].actual_seconds == 45
    assert [e.kind for e in saved.events] == ["phase_start", "note", "interrupted"]
    assert read_session(live.folder).status == "running"
    assert recover(store) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "is missing"),
        ('status = "running"\n[prompt\n', "not valid TOML"),
        ('status = "running"\n', "missing field"),
        (
            "id='x'\nround='r'\nstatus='odd'\nstarted_at=2026-01-01T00:00:00Z\n[prompt]\nid='p'\n",
            "status 'odd'",
        ),
        (
            "id='x'\nround='r'\nstatus='running'\nstarted_at=5\n[prompt]\nid='p'\n",
            "not a date-time",
        ),
    ],
)
def test_corrupt_sessions_are_listed_with_a_reason(
    store: SessionStore, content: str | None, reason: str
) -> None:
    folder = store.root / "20260101T000000Z_x_y"
    folder.mkdir(parents=True)
    if content is not None:
        (folder / SESSION_FILE).write_text(content)
    entries = store.scan()
    assert len(entries) == 1 and entries[0].session is None
    assert reason in entries[0].error
    with pytest.raises(SessionError):
        read_session(folder)


def test_atomic_write_leaves_old_file_when_rename_fails(
    store: SessionStore, loaded: LoadResult, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    before = (mock.folder / SESSION_FILE).read_bytes()

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(SessionError, match="No space left"):
        mock.note("lost")
    assert (mock.folder / SESSION_FILE).read_bytes() == before
    assert [p.name for p in mock.folder.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_sessions_dir_is_a_clear_error(tmp_path: Path) -> None:
    root = tmp_path / "ro"
    root.mkdir()
    root.chmod(0o500)
    with pytest.raises(SessionError, match="cannot write to the sessions directory"):
        SessionStore(root).ensure()


def test_sessions_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(SessionError, match="not a directory"):
        SessionStore(path).ensure()


def test_find_by_prefix(store: SessionStore, loaded: LoadResult, clock: FakeClock) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    assert store.find("20261121T0930") == mock.folder
    with pytest.raises(SessionError, match="no session"):
        store.find("1999")


def test_scan_cache_rereads_only_what_changed(
    tmp_path: Path, loaded: LoadResult, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mockterm.core.sessions.session_file as session_file
    from mockterm.core.sessions.model import Session

    cache = tmp_path / "cache"
    store = SessionStore(tmp_path / "s", cache_dir=cache)
    first, second = run_mock(store, loaded, clock), run_mock(store, loaded, clock)
    assert first.folder is not None and second.folder is not None
    assert [e.session.status for e in store.scan() if e.session] == ["running", "running"]
    reads: list[Path] = []
    real_read = session_file.read_session

    def counting(folder: Path) -> Session:
        reads.append(folder)
        return real_read(folder)

    monkeypatch.setattr(session_file, "read_session", counting)
    again = SessionStore(tmp_path / "s", cache_dir=cache)  # a new process: the cache is on disk
    again.scan()
    assert reads == []
    first.end()
    entries = again.scan()
    assert reads == [first.folder]
    assert entries[0].session is not None and entries[0].session.status == "ended_early"
    next(cache.glob("sessions-*.pickle")).write_bytes(b"garbage")
    assert len(SessionStore(tmp_path / "s", cache_dir=cache).scan()) == 2


def test_a_crash_between_events_keeps_the_time_already_run(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    assert mock.folder is not None
    for _ in range(9):  # 45 s with no event at all: the UI polls a few times a second
        clock.advance(5)
        mock.poll()
    clock.advance(3)  # then the process dies
    mock.release()
    [entry] = recover(store)
    assert entry.session is not None
    assert entry.session.phases[0].actual_seconds == 45
    assert entry.session.events[-1].offset == 45
    assert entry.session.ended_at == START + timedelta(seconds=45)


# --- more than one writer, damaged files, files from elsewhere ---------------------------------


def test_a_review_saved_by_another_instance_survives_the_running_mocks_writes(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    """Review → e in a second mockterm, on a mock still running in the first: the running
    mock's next heartbeat keeps the review (it used to write over it)."""
    bank = loaded.bank
    mock = MockSession(
        store,
        bank.round("demo"),
        bank.prompts["demo-feed"],
        clock=clock,
        background_writes=True,
    )
    mock.start(START)
    assert mock.folder is not None
    clock.advance(10)
    mock.poll()
    mock.flush()
    review = SelfReview({"Framing": 3}, "kept my structure", "")
    edit_review(mock.folder, review, "good")  # the other instance
    for _ in range(3):
        clock.advance(2)
        mock.poll()  # heartbeats
    mock.note("still going")
    mock.end()
    saved = read_session(mock.folder)
    assert saved.review == review and saved.grade == "good"
    assert saved.status in ("completed", "ended_early") and saved.notes[-1].text == "still going"


def test_a_kill_right_after_the_folder_is_made_is_recovered_from_the_temp_file(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    mock.release()
    assert mock.folder is not None
    # as a kill between the temp file's fsync and its rename leaves it
    path = mock.folder / SESSION_FILE
    os.replace(path, mock.folder / f".{SESSION_FILE}.abc123.tmp")
    (mock.folder / ".lock").write_text("")
    [entry] = recover(store)
    assert entry.session is not None and entry.session.status == "interrupted"
    assert path.is_file() and not list(mock.folder.glob("*.tmp"))


def test_a_write_cut_short_by_a_kill_leaves_no_temp_file_after_recovery(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    mock.release()
    assert mock.folder is not None
    (mock.folder / f".{SESSION_FILE}.x1y2z3.tmp").write_text("half a sess")
    assert len(recover(store)) == 1
    assert sorted(p.name for p in mock.folder.iterdir()) == [SESSION_FILE]


def test_a_folder_a_kill_left_empty_goes_and_a_new_one_stays(store: SessionStore) -> None:
    """Killed after the folder was made, before anything was written: nothing to keep, and no
    CORRUPT row for ever. A folder as new as that may be a live mockterm's first moment."""
    store.ensure()
    old, new, kept = (store.root / f"20261121T09300{n}Z_demo_demo-feed" for n in range(3))
    for folder in (old, new, kept):
        folder.mkdir()
        (folder / ".lock").write_text("")
    (kept / "notes.txt").write_text("the user's")
    for folder in (old, kept):
        os.utime(folder, (0, 0))
    recover(store)
    assert not old.exists() and new.exists() and (kept / "notes.txt").exists()


def test_recovery_by_two_instances_marks_a_session_once(
    store: SessionStore, loaded: LoadResult, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second one reads the file again under the writers' lock: the first has marked it
    interrupted (and the user kept it), so it changes nothing."""
    mock = run_mock(store, loaded, clock)
    mock.release()
    assert mock.folder is not None
    late = SessionStore(store.root)
    seen = late.scan()  # it saw the session running, and goes on thinking so
    monkeypatch.setattr(late, "scan", lambda: seen)
    assert [e.folder for e in recover(store)] == [mock.folder]
    mark_kept(mock.folder)
    assert recover(late) == []
    assert [e.kind for e in read_session(mock.folder).events][-2:] == ["interrupted", "kept"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("actual_seconds = 60.0", "actual_seconds = nan"), "not a finite number"),
        (("actual_seconds = 60.0", "actual_seconds = inf"), "not a finite number"),
        (("actual_seconds = 60.0", "actual_seconds = 1" + "0" * 400), "not a finite number"),
        (("last_seen = ", "last_seen = inf\n# "), "not a finite number"),
        (("last_seen = ", "last_seen = 1e300\n# "), "not a plausible time"),
        (("ended_at = 2026-11-21", "ended_at = 9999-12-31"), "not a plausible date"),
        (("[prompt]", "[[[prompt]"), "not valid TOML"),
    ],
    ids=["nan", "inf", "huge-integer", "last-seen-inf", "last-seen-huge", "year-9999", "bad-toml"],
)
def test_damaged_numbers_and_dates_are_one_line(
    store: SessionStore, loaded: LoadResult, clock: FakeClock, change: tuple[str, str], message: str
) -> None:
    mock = run_mock(store, loaded, clock)
    clock.advance(60)
    mock.next_phase()
    mock.end()
    assert mock.folder is not None
    path = mock.folder / SESSION_FILE
    text = path.read_text()
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(SessionError, match=message) as raised:
        read_session(mock.folder)
    assert "\n" not in str(raised.value).strip()
    [entry] = store.scan()
    assert entry.session is None and message in entry.error


def test_a_bom_is_read_and_deep_nesting_is_one_line(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    mock.release()
    assert mock.folder is not None
    path = mock.folder / SESSION_FILE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_session(mock.folder).prompt.id == "demo-feed"
    path.write_text("x = " + "[" * 2000 + "]" * 2000 + "\n")
    with pytest.raises(SessionError, match="nested too deep"):
        read_session(mock.folder)


def test_a_session_from_a_newer_mockterm_is_read_but_not_changed(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    mock = run_mock(store, loaded, clock)
    mock.release()
    assert mock.folder is not None
    path = mock.folder / SESSION_FILE
    path.write_text(path.read_text().replace("format_version = 1", "format_version = 9"))
    before = path.read_bytes()
    assert read_session(mock.folder).format_version == 9
    with pytest.raises(SessionError, match="newer mockterm"):
        edit_review(mock.folder, SelfReview(), "good")
    assert recover(store) == []  # running, unlocked, but not ours to rewrite
    assert path.read_bytes() == before


def test_an_audio_file_outside_the_folder_is_never_touched(
    store: SessionStore, loaded: LoadResult, clock: FakeClock, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.wav"
    victim.write_bytes(b"RIFF" + bytes(60))
    mock = run_mock(store, loaded, clock)
    mock.set_extra("audio", {"file": str(victim), "status": "recording"})
    mock.release()
    assert mock.folder is not None
    [entry] = recover(store)
    assert victim.read_bytes() == b"RIFF" + bytes(60)
    assert entry.session is not None and entry.session.extra["audio"]["file"] == str(victim)


def test_a_readable_sessions_dir_is_made_private(tmp_path: Path) -> None:
    root = tmp_path / "sessions"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    SessionStore(root).ensure()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
