"""Whole mocks driven through the UI with Pilot, on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Digits, Select

from mockterm.core.audio.wav import WavWriter
from mockterm.core.bank import LoadResult
from mockterm.core.config import Config, Settings
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import Event
from mockterm.core.sessions.session_file import read_session, write_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.confirm_dialog import ConfirmDialog
from mockterm.ui.screens.end_screen import EndScreen
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.screens.recovery_dialog import RecoveryDialog
from mockterm.ui.screens.session_screen import SessionScreen
from tests.conftest import FakeClock, settle, tick, until
from tests.fakes import ramp


def messages(app: MocktermApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_whole_mock(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    bells = []
    app.bell = lambda: bells.append(clock.now)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # first round: demo
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert str(screen.query_one("#phase-clock", Digits).value) == "1:00"

        await pilot.press("h")
        clock.advance(61)  # past Framing's 60 s
        await tick(pilot)  # the clock's next tick polls the timer
        assert bells, "the checkpoint rings the bell"
        assert any("Checkpoint" in m for m in messages(app))
        digits = screen.query_one("#phase-clock", Digits)
        assert str(digits.value) == "+0:01"
        assert digits.has_class("-overtime")

        await pilot.press("a")
        await pilot.press(*"tradeoffs", "enter")
        await pilot.press("n")
        assert screen.mock.timer.current.name == "Design"
        clock.advance(30)
        await pilot.press("e", "y")  # end, and yes
        assert isinstance(app.screen, EndScreen)

        end = app.screen
        end.query_one("#score-0", Select).value = 3
        end.query_one("#score-1", Select).value = 4
        await pilot.pause()
        assert end.query_one("#grade", Select).value == "easy"  # suggested from the scores
        end.query_one("#went-well").focus()
        await pilot.press(*"structure")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, HomeScreen)

    folder = next(store.root.iterdir())
    saved = read_session(folder)
    assert saved.status == "ended_early"
    assert [(p.name, p.planned_seconds, p.actual_seconds) for p in saved.phases] == [
        ("Framing", 60, 61),
        ("Design", 120, 30),
        ("Wrap-up", 60, 0),
    ]
    kinds = [e.kind for e in saved.events]
    assert kinds == [
        "phase_start",
        "hint",
        "checkpoint",
        "note",
        "phase_end",
        "phase_start",
        "phase_end",
        "end",
    ]
    note = saved.notes[0]
    assert (note.text, note.offset, note.phase) == ("tradeoffs", 61, "Framing")
    assert saved.review is not None
    assert dict(saved.review.scores) == {"Framing": 3, "Communication": 4}
    assert saved.review.went_well == "structure"
    assert saved.grade == "easy"


async def test_pause_and_abandon_with_confirm(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(
        settings, loaded, store, clock=clock, start=(loaded.bank.prompts["demo-search"], 8)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.mock.timer.planned == [120, 240, 120]  # --minutes 8 keeps proportions
        await pilot.press("space")
        clock.advance(500)
        await tick(pilot)
        assert str(screen.query_one("#phase-clock", Digits).value) == "2:00"
        await pilot.press("space", "escape")
        await pilot.press("n")  # "no": keep going
        assert app.screen is screen
        await pilot.press("escape", "y")
        assert isinstance(app.screen, HomeScreen)
    saved = read_session(next(store.root.iterdir()))
    assert saved.status == "ended_early"
    assert saved.events[-1].kind == "abandoned"
    assert saved.review is None


async def test_auto_advance_and_levels(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    settings = Settings(Config(auto_advance=True, bell=False), store.root, ())
    app = MocktermApp(
        settings, loaded, store, clock=clock, start=(loaded.bank.prompts["demo-kv"], None)
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        markdown = screen.query_one("#prompt")
        assert "Level 1" in markdown.source and "Level 2" not in markdown.source  # type: ignore[attr-defined]
        clock.advance(61)
        await tick(pilot)
        assert screen.mock.timer.index == 1  # moved on by itself
        assert "Level 2" in markdown.source  # type: ignore[attr-defined]


async def test_crashed_session_is_offered_at_start(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    crashed = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    crashed.start()
    clock.advance(20)
    crashed.note("before the crash")
    crashed.release()
    assert crashed.folder is not None
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, RecoveryDialog)
        await pilot.press("k")
        assert isinstance(app.screen, HomeScreen)
    saved = read_session(crashed.folder)
    assert saved.status == "interrupted"
    assert [e.kind for e in saved.events] == ["phase_start", "note", "interrupted", "kept"]

    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)  # a kept session is not offered again


async def test_the_recovery_dialog_says_the_recording_was_kept(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """A kill -9 while recording: the WAV's header was never updated; recovery repairs it and
    the dialog says how much audio is kept."""
    crashed = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    folder = crashed.start()
    crashed.set_extra("audio", {"file": "audio.wav", "offset": 0.0})
    WavWriter(folder / "audio.wav", 16_000).write(ramp(0, 11 * 16_000))
    crashed.release()
    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, RecoveryDialog)
        assert "its recording is kept: 0:11 of audio" in str(dialog.question)


async def test_the_recovery_dialog_says_how_long_the_mock_ran_to_its_heartbeat(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """The last event was at 0:20, the last heartbeat at 1:35: the mock ran 1:35 (also when an
    older mockterm marked it interrupted at its last event)."""
    crashed = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    crashed.start()
    clock.advance(20)
    crashed.note("the last event")
    clock.advance(75)
    crashed.poll()  # the heartbeat
    crashed.release()
    assert crashed.folder is not None and crashed.session is not None
    session = read_session(crashed.folder)
    assert session.last_seen == 95
    events = (*session.events, Event(20.0, "interrupted"))
    write_session(crashed.folder, replace(session, status="interrupted", events=events))
    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, RecoveryDialog)
        assert "ran 1:35," in str(dialog.question)


def _crashed_mock(loaded: LoadResult, store: SessionStore, clock: FakeClock) -> Path:
    """A demo mock left running, as a crash leaves it: its folder."""
    crashed = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    crashed.start()
    crashed.release()
    assert crashed.folder is not None
    return crashed.folder


async def test_discarding_a_crashed_session(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    _crashed_mock(loaded, store, clock)
    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        await pilot.pause()
        await pilot.press("d")
    assert list(store.root.iterdir()) == []


async def test_escape_keeps_a_crashed_session(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """The recovery dialog's safe answer, Esc's (and Enter's: its button has the focus), is
    to keep."""
    folder = _crashed_mock(loaded, store, clock)
    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        await pilot.pause()
        assert isinstance(pilot.app.screen, RecoveryDialog)
        assert pilot.app.screen.focused is pilot.app.screen.query_one("#keep")
        await pilot.press("escape")
    assert read_session(folder).events[-1].kind == "kept"


async def test_an_interrupted_mock_resumes_where_it_stopped(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Resume continues the same folder: its events and phase times go on from the last
    heartbeat (paused until space), and the mock then ends and is reviewed as one."""
    crashed = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    crashed.start()
    clock.advance(30)
    crashed.next_phase()  # Framing took 30 s
    clock.advance(20)
    crashed.note("before the crash")
    clock.advance(25)
    crashed.poll()  # the heartbeat: Design has run 45 s
    crashed.release()
    assert crashed.folder is not None
    clock.advance(3600)  # an hour away counts nowhere
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, RecoveryDialog)
        await pilot.press("r")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.mock.folder == crashed.folder
        assert screen.mock.timer.current.name == "Design"
        assert str(screen.query_one("#phase-clock", Digits).value) == "1:15"  # 2:00 - 0:45
        clock.advance(100)  # paused: the clock waits for the user
        await tick(pilot)
        assert str(screen.query_one("#phase-clock", Digits).value) == "1:15"
        await pilot.press("space")
        clock.advance(10)
        await pilot.press("n")  # Design took 55 s
        clock.advance(5)
        await pilot.press("e", "y")
        assert isinstance(app.screen, EndScreen)
        await pilot.press("escape")
    assert [p.name for p in store.root.iterdir()] == [crashed.folder.name]
    saved = read_session(crashed.folder)
    assert saved.status == "completed"
    assert [(p.name, p.actual_seconds) for p in saved.phases] == [
        ("Framing", 30),
        ("Design", 55),
        ("Wrap-up", 5),
    ]
    kinds = [e.kind for e in saved.events]
    assert kinds[kinds.index("interrupted") :] == [
        "interrupted",
        "resumed",
        "pause",
        "resume",
        "phase_end",
        "phase_start",
        "phase_end",
        "end",
    ]
    resumed = next(e for e in saved.events if e.kind == "resumed")
    assert resumed.offset == 75 and resumed.phase == "Design"
    # offsets count the pause (100 s), as they always do, but not the hour away
    assert saved.events[-1].offset == 75 + 100 + 15


async def test_quitting_during_a_mock_asks_and_leaves_it_to_resume(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Ctrl+Q (and the palette's Quit) in the middle of a mock ask first; "n" goes on."""
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is screen and app.is_running
        await pilot.press("e")  # End asks too
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert app.screen is screen and not screen.mock.ended
        await pilot.press("ctrl+q", "q")
        await pilot.pause()
    assert app.return_code == 0
    saved = read_session(next(store.root.iterdir()))
    assert saved.status == "running"  # the next start offers it: resume, keep or discard


async def test_bank_problems_are_reported_once(
    tmp_path: Path, store: SessionStore, clock: FakeClock
) -> None:
    from mockterm.core.bank import load_bank
    from tests.conftest import TEST_BANK

    bad = tmp_path / "mine"
    bad.mkdir()
    (bad / "x.toml").write_text("[round\n")
    loaded = load_bank([TEST_BANK, bad])
    settings = Settings(Config(), store.root, (TEST_BANK, bad))
    async with MocktermApp(settings, loaded, store, clock=clock).run_test() as pilot:
        await settle(pilot)
        await pilot.pause()
        warnings = [m for m in messages(pilot.app) if "Bank problem" in m]  # type: ignore[arg-type]
        assert len(warnings) == 1 and "x.toml:1" in warnings[0]
        assert isinstance(pilot.app.screen, HomeScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_round_starts(
    size: tuple[int, int],
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("s")  # surprise me
        assert isinstance(app.screen, SessionScreen)


async def test_rapid_fire_round(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Each question has its own timer; at zero the answer shows; a grade moves on."""
    app = MocktermApp(
        settings, loaded, store, clock=clock, start=(loaded.bank.prompts["rf-overfit"], None)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        markdown = screen.query_one("#prompt")
        assert "Question 1 of 2: Overfitting" in markdown.source  # type: ignore[attr-defined]
        assert "Fitting noise" not in markdown.source  # type: ignore[attr-defined]
        await pilot.press("3")  # grading is not possible before the answer is shown
        assert screen.mock.timer.index == 0
        clock.advance(61)
        await tick(pilot)  # the question's timer runs out: answer revealed
        assert screen.revealed
        assert "Fitting noise" in markdown.source  # type: ignore[attr-defined]
        clock.advance(30)  # reading the answer does not count as answer time
        await pilot.press("2")
        assert screen.mock.timer.index == 1 and not screen.revealed
        assert "Dropout" in markdown.source  # type: ignore[attr-defined]
        clock.advance(20)
        await pilot.press("n")  # answered early: reveal
        assert screen.revealed
        await pilot.press("4")
        assert isinstance(app.screen, EndScreen)
        await pilot.press("escape")
    saved = read_session(next(store.root.iterdir()))
    assert [q.id for q in saved.questions] == ["rf-overfit", "rf-dropout"]
    assert dict(saved.question_grades) == {"rf-overfit": "hard", "rf-dropout": "easy"}
    assert [p.actual_seconds for p in saved.phases] == [61, 20]
    grades = [(e.text, e.value) for e in saved.events if e.kind == "grade"]
    assert grades == [("rf-overfit", 2.0), ("rf-dropout", 4.0)]
    assert saved.status == "completed"


async def test_a_long_round_title_stays_on_its_line_at_80x24(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """A title wider than the list is cut with an ellipsis: one line per round type, so the
    list never shows half a title on a line of its own. (With one prompt, its detail says
    "1 prompt".)"""
    from textual.widgets import OptionList, Static

    demo = loaded.bank.rounds["demo"]
    long = demo._replace(title="A round type whose title runs far past the list's width")
    one = next(p for p in loaded.bank.prompts.values() if p.round_id == "demo")
    prompts = {k: p for k, p in loaded.bank.prompts.items() if p.round_id != "demo" or p is one}
    bank = loaded.bank._replace(rounds={**loaded.bank.rounds, "demo": long}, prompts=prompts)
    app = MocktermApp(settings, loaded._replace(bank=bank), store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rounds = app.screen.query_one("#rounds", OptionList)
        assert rounds.virtual_size.height == rounds.option_count
        row = rounds.get_option_index("demo")
        assert rounds.render_line(row).text.rstrip().endswith("…")
        rounds.highlighted = row
        await pilot.pause()
        info = app.screen.query_one("#round-info", Static)
        shown = " ".join(strip.text for strip in info.render_lines(info.region.reset_offset))
        assert "1 prompt · " in shown


async def test_home_at_80x24_shows_what_enter_does_and_what_is_due(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """The round's description and plan can run below the fold; "Enter starts" and the due
    line do not."""
    from textual.widgets import Static

    demo = loaded.bank.rounds["demo"]
    long = demo._replace(description=" ".join(["A round described at length."] * 60))
    bank = loaded.bank._replace(rounds={**loaded.bank.rounds, "demo": long})
    app = MocktermApp(settings, loaded._replace(bank=bank), store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        info = app.screen.query_one("#round-info", Static)
        visible = info.region.intersection(app.screen.query_one("#round-detail").region)
        lines = [strip.text for strip in info.render_lines(visible.reset_offset)]
        shown = " ".join(" ".join(lines).split())
        assert "Enter starts" in shown and "never done" in shown


async def test_a_disk_that_fills_mid_mock_is_said_and_the_mock_goes_on(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every write fails for a while (no space left): a toast says so, the clock, hints, notes
    and the end go on, the last good session.toml stays; once writing works, all of it lands."""
    import errno

    from mockterm.core.sessions import session_file

    real_write = session_file.atomic_write
    full = {"on": False}

    def write(path: Path, content: bytes, **kwargs: object) -> None:
        if full["on"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, content, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(session_file, "atomic_write", write)
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        folder = screen.mock.folder
        assert folder is not None
        screen.mock.flush()
        good = read_session(folder)
        full["on"] = True
        clock.advance(10)
        await pilot.press("h", "a", *"still here", "enter")
        await until(pilot, lambda: any("Saving fails" in m for m in messages(app)), "a toast")
        assert "No space left on device" in " ".join(messages(app))
        assert isinstance(app.screen, SessionScreen)
        assert read_session(folder) == good  # the last good file stays
        clock.advance(70)
        await tick(pilot)  # the checkpoint: the clock goes on
        assert screen.mock.timer.index == 0 and "+0:20" in str(
            screen.query_one("#phase-clock", Digits).value
        )
        full["on"] = False
        clock.advance(1)
        await tick(pilot)  # the heartbeat writes again
        await until(pilot, lambda: "Saving works again." in messages(app), "saving again")
        screen.mock.flush()
        kinds = [e.kind for e in read_session(folder).events]
        assert "hint" in kinds and "note" in kinds and "checkpoint" in kinds
        full["on"] = True
        await pilot.press("e", "y")  # ending with a full disk: the end screen all the same
        assert isinstance(app.screen, EndScreen)
