"""The End screen after a solo mock: ticking the key points covered, scoring the rubric."""

from __future__ import annotations

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Select, SelectionList

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.review.export import load_review, markdown
from mockterm.core.review.sections import review_sections
from mockterm.core.sessions.model import KEY_POINTS_CHECKED
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.review_rich import insights
from mockterm.ui.screens.end_screen import EndScreen
from mockterm.ui.screens.home_screen import HomeScreen
from tests.conftest import FakeClock, settle, tick


async def end_a_mock(app: MocktermApp, pilot: Pilot[int], clock: FakeClock) -> EndScreen:
    await settle(pilot)
    clock.advance(30)
    await pilot.press("e", "y")  # end, and yes
    screen = app.screen
    assert isinstance(screen, EndScreen)
    return screen


async def test_a_solo_user_ticks_the_key_points_they_covered(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Without a recording, review can only call a key point missed when the user said which
    ones they covered: the ticks are events, like an interviewer's."""
    prompt = loaded.bank.prompts["demo-feed"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await end_a_mock(app, pilot, clock)
        checklist = screen.query_one("#key-points-check", SelectionList)
        assert checklist.has_focus  # the first thing to do after the mock
        await pilot.press("down", "space")  # "two-tower retrieval"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, HomeScreen)
    folder = next(store.root.iterdir())
    review = load_review(folder)
    events = review.session.events
    assert [(e.kind, e.text) for e in events if e.kind == "key_point"] == [
        ("key_point", "two-tower retrieval")
    ]
    assert [e.value for e in events if e.kind == KEY_POINTS_CHECKED] == [1.0]
    result = review.insights
    assert [k.text for k in result.covered] == ["two-tower retrieval"]
    assert [k.text for k in result.missed] == ["engagement objective"]
    # ticked after the mock: no time or phase of the mock is claimed for it
    (hit,) = result.covered
    assert hit.after and hit.at is None and hit.phase == ""
    assert all("two-tower retrieval" not in p.key_points for p in result.phases)
    text = markdown(review)
    assert "- [x] two-tower retrieval — ticked after the mock" in text
    # nobody could ask a follow-up in a solo mock: no count that reads as a score
    assert "- Follow-ups: none in a solo mock (1 for an interviewer)" in text
    shown = Console(width=100, record=True)
    shown.print(insights(review_sections(review)))
    rendered = shown.export_text()
    assert "two-tower retrieval  ticked after the mock" in rendered
    assert "Follow-ups none in a solo mock" in rendered


async def test_key_points_left_alone_stay_not_assessed(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    prompt = loaded.bank.prompts["demo-feed"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await end_a_mock(app, pilot, clock)
        await pilot.press("ctrl+s")
    review = load_review(next(store.root.iterdir()))
    assert not any(e.kind == KEY_POINTS_CHECKED for e in review.session.events)
    assert not review.insights.missed and not review.insights.assessed


async def test_a_digit_sets_a_score_at_once(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """No Enter, digit, Enter: the focused score takes the digit typed, and so does the grade."""
    prompt = loaded.bank.prompts["demo-search"]  # no key points: the first score has the focus
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await end_a_mock(app, pilot, clock)
        first = screen.query_one("#score-0", Select)
        assert first.has_focus
        await pilot.press("3")
        assert first.value == 3 and not first.expanded
        await pilot.press("tab", "4")
        assert screen.query_one("#score-1", Select).value == 4
        grade = screen.query_one("#grade", Select)
        grade.focus()
        await pilot.press("2")
        assert grade.value == "hard"
        await pilot.press("9")  # no ninth grade: nothing changes
        assert grade.value == "hard"
        await pilot.press("ctrl+s")
    review = load_review(next(store.root.iterdir())).session
    assert review.review is not None and dict(review.review.scores) == {
        "Framing": 3,
        "Communication": 4,
    }
    assert review.grade == "hard"


async def test_a_long_dimension_name_stays_clear_of_its_picker(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:

    from mockterm.core.bank import RubricItem

    long_name = "Data correctness (point-in-time, skew)"
    round_ = loaded.bank.rounds["demo"]
    bank = loaded.bank._replace(
        rounds={**loaded.bank.rounds, "demo": round_._replace(rubric=(RubricItem(long_name),))},
    )
    prompt = loaded.bank.prompts["demo-search"]
    app = MocktermApp(
        settings, loaded._replace(bank=bank), store, clock=clock, start=(prompt, None)
    )
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await end_a_mock(app, pilot, clock)
        picker = screen.query_one("#score-0", Select)
        assert picker.parent is not None
        label = picker.parent.query_one(".score-name")
        # the name ends two cells or more before the picker starts
        assert label.region.x + len(long_name) + 2 <= picker.region.x
        assert label.region.y == picker.region.y
        assert long_name in str(label.render())


async def test_the_toasts_of_the_mock_stay_behind(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """A checkpoint's toast is about the running mock, not the End screen that follows."""
    prompt = loaded.bank.prompts["demo-search"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        clock.advance(61)
        await tick(pilot)  # the clock's tick, as its timer would run it
        assert any("Checkpoint" in n.message for n in app._notifications)
        await pilot.press("e", "y")
        assert isinstance(app.screen, EndScreen)
        assert not list(app._notifications)
