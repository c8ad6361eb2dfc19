"""Paired mocks through the UI: the interviewer's panel, the candidate view, feedback, role swap."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pyperclip
import pytest
from textual.widgets import Select, Static, TextArea

from mockterm.cli import build_parser, main
from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.review.feedback import FEEDBACK_FILE
from mockterm.core.sessions.model import Feedback
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.confirm_dialog import ConfirmDialog
from mockterm.ui.screens.feedback_screen import FeedbackScreen
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.screens.session_screen import SessionScreen
from mockterm.ui.widgets.feedback_form import FeedbackForm
from mockterm.ui.widgets.interviewer_panel import InterviewerPanel
from tests.conftest import TEST_BANK, FakeClock, settle

# words only the interviewer may see for demo-feed: follow-up, key points, rubric, the
# second hint (not given), and the note typed in the test
PRIVATE = ("cold", "two-tower", "engagement", "Rubric", "Asks the questions", "generation", "scale")


@pytest.fixture(autouse=True)
def _never_the_real_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)


@pytest.fixture
def clipboard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """pyperclip with a working backend, recording what was copied (never the real clipboard)."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    return copied


@pytest.fixture
def no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str) -> None:
        raise pyperclip.PyperclipException("no copy mechanism")

    monkeypatch.setattr(pyperclip, "copy", fail)


def screen_text(app: MocktermApp) -> str:
    """What is on screen, as text (the screenshot's text runs, in order)."""
    runs = re.findall(r"<text [^>]*>(.*?)</text>", app.export_screenshot())
    return html.unescape("".join(runs)).replace("\xa0", " ")


def last_message(app: MocktermApp) -> str:
    return [n.message for n in app._notifications][-1]


def paired_app(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> MocktermApp:
    return MocktermApp(
        settings,
        loaded,
        store,
        clock=clock,
        interviewer=True,
        start=(loaded.bank.prompts["demo-feed"], None),
    )


async def test_a_whole_interviewer_mock(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    clipboard: list[str],
) -> None:
    app = paired_app(settings, loaded, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.mock.mode == "interviewer"
        indicator = screen.query_one("#view-indicator", Static)
        assert "INTERVIEWER VIEW" in str(indicator.render())
        assert app.focused is not None and app.focused.id == "follow-ups"

        clock.advance(40)
        await pilot.press("enter")  # follow-up asked at 0:40
        await pilot.press("tab")
        clock.advance(20)
        await pilot.press("down", "enter")  # second key point covered at 1:00
        await pilot.press("h")  # first hint given at 1:00
        clock.advance(5)
        await pilot.press("a", *"asked about scale", "enter")  # note at 1:05
        assert app.focused is not None and app.focused.id == "key-points"

        await pilot.press("v")  # candidate view: safe to share
        panel = screen.query_one(InterviewerPanel)
        assert not panel.display and screen.has_class("-candidate-view")
        assert "CANDIDATE VIEW" in str(indicator.render())
        shown = screen_text(app)
        assert "objective." in shown  # the hint given is no secret
        for word in PRIVATE:
            assert word not in shown, word

        await pilot.press("v")
        assert panel.display and app.focused is not None and app.focused.id == "follow-ups"
        assert "two-tower" in screen_text(app)

        await pilot.press("n")
        clock.advance(30)
        await pilot.press("e", "y")  # end, and yes
        feedback_screen = app.screen
        assert isinstance(feedback_screen, FeedbackScreen)
        feedback_screen.query_one("#fb-score-0", Select).value = 3
        feedback_screen.query_one("#fb-score-1", Select).value = 2
        feedback_screen.query_one("#recommendation", Select).value = "hire"
        feedback_screen.query_one("#strengths", TextArea).focus()
        await pilot.press(*"clear goals")
        feedback_screen.query_one("#to-work-on", TextArea).focus()
        await pilot.press(*"say the metric")
        await pilot.press("ctrl+s")
        status = str(feedback_screen.query_one("#feedback-status", Static).render())
        assert FEEDBACK_FILE in status and "clipboard" in status
        assert app.screen is feedback_screen  # stays, to swap roles or leave
        await pilot.press("escape")  # saved: no question asked
        assert isinstance(app.screen, HomeScreen)

    folder = next(store.root.iterdir())
    saved = read_session(folder)
    assert saved.mode == "interviewer" and saved.status == "ended_early"
    ticks = [
        (e.offset, e.kind, e.text) for e in saved.events if e.kind in ("follow_up", "key_point")
    ]
    assert ticks == [
        (40, "follow_up", "How do you handle cold start?"),
        (60, "key_point", "two-tower retrieval"),
    ]
    assert [(e.kind, e.text) for e in saved.events if e.kind == "view"] == [
        ("view", "candidate"),
        ("view", "interviewer"),
    ]
    assert [(n.offset, n.text) for n in saved.notes] == [(65, "asked about scale")]
    assert saved.feedback == Feedback(
        {"Framing": 3, "Communication": 2}, "hire", "clear goals", "say the metric"
    )
    assert saved.review is None and saved.grade is None  # the candidate's card is not graded here

    exported = (folder / FEEDBACK_FILE).read_text()
    assert clipboard == [exported]
    for expected in (
        "**Recommendation: Hire**",
        "| Framing | 3/4 (solid) |",
        "| Communication | 2/4 (mixed) |",
        "## Strengths\n\nclear goals",
        "## To work on\n\nsay the metric",
        "- [x] How do you handle cold start? (asked at 0:40)",
        "- [ ] engagement objective",
        "- [x] two-tower retrieval (covered at 1:00)",
        "1. Start with the objective. (at 1:00)",
        "- 1:05 (Framing): asked about scale",
    ):
        assert expected in exported, expected


async def test_role_swap_starts_a_linked_mock_in_candidate_view(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    clipboard: list[str],
) -> None:
    app = paired_app(settings, loaded, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first = app.screen
        assert isinstance(first, SessionScreen)
        clock.advance(30)
        await pilot.press("e", "y")  # end, and yes
        assert isinstance(app.screen, FeedbackScreen)
        app.screen.query_one("#strengths", TextArea).focus()
        await pilot.press(*"calm")
        clock.advance(1)  # a new second, so the new folder sorts after the first
        await pilot.press("ctrl+r")  # unsaved feedback is saved first
        second = app.screen
        assert isinstance(second, SessionScreen) and second.mock is not first.mock
        assert second.mock.mode == "interviewer" and second.candidate_view
        assert second.mock.prompt.id == "demo-search"  # same round type, another prompt
        assert second.mock.minutes == first.mock.minutes
        assert not second.query_one(InterviewerPanel).display
        assert any("Roles swapped" in n.message for n in app._notifications)
        await pilot.press("escape", "y")  # abandon the second one
        assert isinstance(app.screen, HomeScreen)

    assert first.mock.folder is not None and second.mock.folder is not None
    one, two = read_session(first.mock.folder), read_session(second.mock.folder)
    assert one.paired_with == (two.id,) and two.paired_with == (one.id,)
    assert one.feedback is not None and one.feedback.strengths == "calm"
    assert (first.mock.folder / FEEDBACK_FILE).exists()


async def test_leaving_unsaved_feedback_asks_first(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = paired_app(settings, loaded, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e", "y")  # end, and yes
        feedback_screen = app.screen
        feedback_screen.query_one("#fb-score-0", Select).value = 4
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is feedback_screen
        await pilot.press("escape", "y")
        assert isinstance(app.screen, HomeScreen)
    saved = read_session(next(store.root.iterdir()))
    assert saved.feedback is None
    assert not (next(store.root.iterdir()) / FEEDBACK_FILE).exists()


async def test_copy_falls_back_to_the_terminal_then_a_file(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    no_clipboard: None,
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TERM_PROGRAM", raising=False)
    app = paired_app(settings, loaded, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.mock.folder is not None
        await pilot.press("c")  # pyperclip has no backend: OSC 52
        assert app.clipboard == "Design a feed\n\nDesign a **feed** for a photo app.\n"
        assert "OSC 52" in last_message(app)

        monkeypatch.setenv("TERM", "linux")  # a console that ignores OSC 52: a file
        await pilot.press("c")
        prompt_file = screen.mock.folder / "prompt.md"
        assert prompt_file.read_text() == app.clipboard
        assert str(prompt_file) in last_message(app)

        await pilot.press("e", "y", "ctrl+s")  # the feedback: no clipboard, the file is the way
        status = str(app.screen.query_one("#feedback-status", Static).render())
        assert FEEDBACK_FILE in status and "send the file instead" in status


async def test_home_toggles_interviewer_mode(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert "Solo (i)" in str(home.query_one("#home-status", Static).render())
        await pilot.press("i")
        assert app.interviewer_mode and home.sub_title == "interviewer mode"
        assert "Interviewer mode (i)" in str(home.query_one("#home-status", Static).render())
        await pilot.press("enter")
        assert isinstance(app.screen, SessionScreen) and app.screen.mock.mode == "interviewer"
        await pilot.press("escape", "y")
        await pilot.press("i")
        assert not app.interviewer_mode and home.sub_title == ""
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.mock.mode == "solo"
        assert not screen.query(InterviewerPanel) and not screen.query("#view-indicator")
        await pilot.press("v")  # no candidate view in a solo mock
        assert not screen.has_class("-candidate-view")


def test_start_interviewer_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loaded: LoadResult
) -> None:
    assert build_parser().parse_args(["start", "demo", "--interviewer"]).interviewer
    assert not build_parser().parse_args(["start", "demo"]).interviewer
    seen: list[bool] = []
    monkeypatch.setattr(MocktermApp, "run", lambda self: seen.append(self.interviewer_mode))
    tty = SimpleNamespace(isatty=lambda: True, flush=lambda: None)
    monkeypatch.setattr(sys, "stdin", tty)
    monkeypatch.setattr(sys, "stdout", tty)
    args = ["--bank", str(TEST_BANK), "--sessions", str(tmp_path), "start", "demo"]
    assert main([*args, "--interviewer"]) == 0
    assert main(args) == 0
    assert seen == [True, False]


async def test_rapid_fire_panel_follows_the_question(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    clipboard: list[str],
) -> None:
    app = MocktermApp(
        settings,
        loaded,
        store,
        clock=clock,
        interviewer=True,
        start=(loaded.bank.prompts["rf-overfit"], None),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        answer = screen.query_one("#answer")
        assert "Fitting noise" in answer.source  # type: ignore[attr-defined]
        await pilot.press("enter")  # the key point of question 1
        await pilot.press("h", "n", "3")  # hint, reveal, grade: question 2
        assert "implicit ensemble" in answer.source  # type: ignore[attr-defined]
        assert "none shown yet" in str(screen.query_one("#hints", Static).render())
        assert "none in the bank" in str(screen.query_one("#hint-ladder", Static).render())
        await pilot.press("enter", "n", "4")
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("ctrl+s")
    folder = next(store.root.iterdir())
    exported = (folder / FEEDBACK_FILE).read_text()
    assert "### Overfitting" in exported and "### Dropout" in exported
    assert "## Key points (2 of 2 covered)" in exported


async def test_the_interviewer_scores_with_one_key_each(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """The feedback form's pickers take a digit too: a score, then the recommendation."""
    from textual.widgets import Select

    app = paired_app(settings, loaded, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("e", "y")
        screen = app.screen
        assert isinstance(screen, FeedbackScreen)
        assert screen.query_one("#fb-score-0", Select).has_focus
        await pilot.press("2")
        recommendation = screen.query_one("#recommendation", Select)
        recommendation.focus()
        await pilot.press("4")
        feedback = screen.query_one(FeedbackForm).value
        assert dict(feedback.scores) == {"Framing": 2} and feedback.recommendation == "strong_hire"
