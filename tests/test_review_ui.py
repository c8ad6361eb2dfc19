"""The review flow with Pilot: Home → Review list → a session → playback, edit, export, compare."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, OptionList, Select, Static

from mockterm.core.audio.playback import PlaybackError
from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.sessions.session_file import read_session, write_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.compare_screen import CompareScreen
from mockterm.ui.screens.review_screen import ReviewScreen
from mockterm.ui.screens.session_detail_screen import SessionDetailScreen
from mockterm.ui.screens.trends_screen import TrendsScreen
from mockterm.ui.widgets.session_table import SessionTable
from tests.conftest import settle, until
from tests.fakes import AUDIO_RATE, add_session


@pytest.fixture
def sessions(store: SessionStore) -> list[Path]:
    folders = [add_session(store, 0), add_session(store, 3), add_session(store, 5, "demo-search")]
    broken = store.root / "20261120T100000Z_demo_demo-feed"
    broken.mkdir()
    (broken / "session.toml").write_text("this is [not toml")
    return folders


def rows_of(app: MocktermApp) -> list[list[str]]:
    table = app.screen.query_one("#review-table", SessionTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_review(pilot: Any) -> ReviewScreen:
    await pilot.press("v")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def test_review_list_filters_searches_and_sorts(
    settings: Settings, loaded: LoadResult, store: SessionStore, sessions: list[Path]
) -> None:
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_review(pilot)
        rows = rows_of(app)
        assert len(rows) == 4  # newest first, the corrupt one too
        assert rows[0][-1] == "CORRUPT" and "unreadable" in rows[0][2]
        assert rows[1][2] == "Design a feed" and rows[1][6] == "AT"
        assert "1 unreadable" in str(screen.query_one("#review-info", Static).render())

        screen.query_one("#review-status", Select).value = "completed"
        await pilot.pause()
        assert len(rows_of(app)) == 3
        screen.query_one("#review-status", Select).value = Select.NULL
        await pilot.pause()

        await pilot.press("slash", *"two-tower", "enter")  # Enter searches at once
        await pilot.pause()
        assert len(rows_of(app)) == 3  # all three have that transcript
        search = screen.query_one("#review-search", Input)
        search.value = "nothing like that"  # searched as it is typed, a moment later
        screen.run_search()  # (the moment is a 0.25 s timer)
        await pilot.pause()
        assert rows_of(app) == []
        search.value = ""
        screen.run_search()
        await pilot.pause()
        assert len(rows_of(app)) == 4

        await pilot.press("s")  # by round
        await pilot.press("s")  # by prompt, A→Z
        assert screen.sort_by == "prompt" and not screen.descending
        # the unreadable one sorts by the prompt id its folder name gives
        assert [r[2] for r in rows_of(app)][1:] == ["Design a feed"] * 3

        # Enter on the corrupt row says why and opens nothing
        await pilot.press("S")
        table = screen.query_one("#review-table", SessionTable)
        table.move_cursor(row=[r[-1] for r in rows_of(app)].index("CORRUPT"))
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen)
        assert any("cannot be read" in n.message for n in app._notifications)


async def test_session_detail_review_edit_export_and_compare(
    settings: Settings, loaded: LoadResult, store: SessionStore, sessions: list[Path]
) -> None:
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        review = await open_review(pilot)
        # newest first: the corrupt one, demo-search, then the two demo-feed attempts
        review.query_one("#review-table", SessionTable).move_cursor(row=2)
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen)
        listing = detail.query_one("#transcript", OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0].startswith("── Framing")
        assert any("Hint: Start with the objective." in p for p in prompts)
        assert any("56 s of silence" in p for p in prompts)
        design = next(i for i, p in enumerate(prompts) if p.startswith("── Design"))
        assert "Hint" in prompts[design + 1] and "two-tower" in prompts[design + 2]

        await pilot.press("x")
        assert (detail.folder / "review.md").exists()

        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-score-0", Select).value = 4
        app.screen.query_one("#edit-went-well", Input).value = "clear objective"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = read_session(detail.folder)
        assert saved.review is not None and saved.review.scores == {"Framing": 4}
        assert saved.review.went_well == "clear objective"

        await pilot.press("c")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert len(compare.attempts) == 2  # the demo-feed sessions, not demo-search
        await pilot.press("escape", "escape")  # back to the list
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TrendsScreen)


class FakeStream:
    active = True

    def __init__(self, callback: Callable[..., None]) -> None:
        self.callback = callback
        self.closed = False

    def start(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


async def test_playback_from_a_line_pause_jump_and_stop(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    sessions: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    streams: list[FakeStream] = []

    def factory(device: Any = None) -> Callable[..., FakeStream]:
        def open_stream(rate: int, channels: int, callback: Any, finished: Any) -> FakeStream:
            streams.append(FakeStream(callback))
            return streams[-1]

        return open_stream

    monkeypatch.setattr("mockterm.core.audio.playback.sounddevice_stream", factory)
    app = MocktermApp(settings, loaded, store, review=sessions[0].name)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen)
        listing = detail.query_one("#transcript", OptionList)
        design_line = next(
            i for i, s in enumerate(detail.spots) if s is not None and s.offset == 82.0
        )
        listing.highlighted = design_line
        await pilot.press("enter")
        player = detail.player
        assert player is not None and player.playing
        assert player.position == pytest.approx(80.0)  # session 82 s is audio 80 s
        await pilot.press("space")
        assert player.paused
        await pilot.press("right")
        assert player.position == pytest.approx(90.0)
        await pilot.press("space")
        assert player.playing
        # the device pulls two seconds: the highlighted line stays the one being said
        buffer = bytearray(2 * AUDIO_RATE * 2)
        streams[0].callback(buffer, 2 * AUDIO_RATE, None, None)
        detail.follow()  # as its 0.25 s timer does
        await pilot.pause()
        assert listing.highlighted == design_line
        await pilot.press("escape")  # stops playback first
        assert detail.player is None and streams[0].closed
        assert isinstance(app.screen, SessionDetailScreen)


async def test_no_audio_output_is_one_clear_line(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    sessions: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_output(device: Any = None) -> Any:
        raise PlaybackError("playback is off: no audio output device (none)")

    monkeypatch.setattr("mockterm.core.audio.playback.sounddevice_stream", no_output)
    app = MocktermApp(settings, loaded, store, review=sessions[0].name)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionDetailScreen)
        assert any(
            n.message == "playback is off: no audio output device (none)"
            for n in app._notifications
        )
        assert app.screen.player is None


@pytest.mark.rig
async def test_playback_on_the_rig(
    settings: Settings, loaded: LoadResult, store: SessionStore, sessions: list[Path]
) -> None:
    """Real sounddevice output into the PulseAudio null sink: started, followed, stopped."""
    from tests.rig.audio_rig import require_rig

    require_rig()
    app = MocktermApp(settings, loaded, store, review=sessions[0].name)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen)
        await pilot.press("enter")
        player = detail.player
        assert player is not None and player.playing
        start = player.position
        for _ in range(50):  # PulseAudio may take a moment to start pulling under load
            await pilot.pause(0.1)
            if player.position > start + 0.3:
                break
        assert player.position > start + 0.3, "the device is pulling audio"
        assert "▶" in str(detail.query_one("#playback", Static).render())
        await pilot.press("escape")
        assert detail.player is None


async def test_a_paired_mock_edits_its_feedback(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    from dataclasses import replace

    from mockterm.core.sessions.model import Feedback

    folder = add_session(store, 0, audio=False)
    session = replace(
        read_session(folder), mode="interviewer", feedback=Feedback({"Framing": 2}, "no_hire")
    )
    write_session(folder, session)
    app = MocktermApp(settings, loaded, store, review=folder.name)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#edit-score-0", Select).value == 2
        dialog.query_one("#edit-recommendation", Select).value = "hire"
        dialog.query_one("#edit-strengths", Input).value = "clear structure"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = read_session(folder).feedback
        assert saved == Feedback({"Framing": 2}, "hire", "clear structure", "")
        assert "Recommendation: Hire" in (folder / "feedback.md").read_text()
        assert isinstance(app.screen, SessionDetailScreen)


async def test_trends_say_why_a_chart_is_empty_and_compare_keeps_scores_apart(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    """No transcript: the Speech tab says why, with no empty boxes. A paired mock's scores are
    the interviewer's column in compare, never the self-review's."""
    from dataclasses import replace

    from textual_plotext import PlotextPlot

    from mockterm.core.sessions.model import Feedback, SelfReview
    from mockterm.core.sessions.session_file import read_session

    solo = add_session(store, 0, audio=False)
    write_session(solo, replace(read_session(solo), review=SelfReview({"Framing": 2})))
    paired = add_session(store, 1, audio=False)
    session = read_session(paired)
    write_session(paired, replace(session, mode="interviewer", feedback=Feedback({"Framing": 4})))
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        review = await open_review(pilot)
        await pilot.press("t")
        await pilot.pause()
        trends = app.screen
        assert isinstance(trends, TrendsScreen)
        note = trends.query_one("#speech-note")
        assert note.display and "No transcripts yet" in str(note.render())
        assert not any(p.display for p in trends.query("#tab-speech PlotextPlot"))
        assert trends.query_one("#plot-feedback", PlotextPlot).display  # a chart of its own
        await pilot.press("escape")
        assert app.screen is review
        await pilot.press("c")
        await pilot.pause()
        table = app.screen.query_one("#compare-table", DataTable)
        labels = [str(c.label) for c in table.ordered_columns]
        cells = {
            i: dict(zip(labels, map(str, table.get_row_at(i)), strict=True))
            for i in range(table.row_count)
        }
        assert [(c["self"], c["interviewer"]) for c in cells.values()] == [("2.0", ""), ("", "4.0")]
        assert [c["key pts"] for c in cells.values()] == ["n/a", "0/3"]  # paired: ticked live
        # the columns past the right edge are named, with the key to them, and so is n/a
        await pilot.pause()
        info = app.screen.query_one("#compare-info")
        assert "n/a: no transcript and nothing ticked" in str(info.render())
        assert "→/← scroll" not in str(info.render())  # every column fits at 100
        await pilot.resize_terminal(70, 30)
        await until(pilot, lambda: "→/← scroll" in str(info.render()), "the scroll cue")


async def test_no_playback_without_a_recording_and_no_empty_self_review_in_a_paired_mock(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    import io
    from dataclasses import replace

    from rich.console import Console

    from mockterm.core.sessions.model import Feedback
    from mockterm.core.sessions.session_file import read_session

    folder = add_session(store, 0, audio=False)
    session = read_session(folder)
    write_session(folder, replace(session, mode="interviewer", feedback=Feedback({"Framing": 3})))
    app = MocktermApp(settings, loaded, store, review=folder.name)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen)
        footer_actions = {b.binding.action for b in detail.active_bindings.values() if b.enabled}
        assert not footer_actions & {"toggle_play", "jump(-1)", "jump(1)", "transcribe"}
        assert {"edit_review", "export('md')"} <= footer_actions
        titles = [c.title for c in detail.palette_commands()]
        assert not any("transcribe" in t for t in titles)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(detail.query_one("#self-review", Static).content)
        shown = console.export_text()
        assert "Self-review" not in shown and "Interviewer feedback" in shown
        assert "Framing: 3/4" in shown


async def test_a_session_is_deleted_from_review_after_a_yes(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    """d asks first (n keeps it); y deletes the folder, recording included, and the list and
    what is due follow."""
    from mockterm.ui.screens.confirm_dialog import ConfirmDialog

    kept = add_session(store, 0)
    gone = add_session(store, 1, prompt="demo-search")
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        assert screen.shown[0].folder == gone.name  # newest first, highlighted
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        assert "recording" in str(app.screen.question)
        await pilot.press("n")
        assert gone.exists() and app.screen is screen
        await pilot.press("d", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not gone.exists() and kept.exists()
        assert [r.folder for r in screen.shown] == [kept.name]


async def test_the_review_list_is_kept_out_of_garbage_collection_while_open(
    settings: Settings, loaded: LoadResult, store: SessionStore, sessions: list[Path]
) -> None:
    """Full collections over a long list's columns took 100-300 ms and landed on a sort: while
    the list is open its heap is frozen, and back on Home it can all be collected again."""
    import gc

    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_review(pilot)
        await until(pilot, lambda: screen.checked, "the folders checked")
        assert gc.get_freeze_count() > 0
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ReviewScreen), "Home again")
        assert gc.get_freeze_count() == 0
