"""The End screen after a solo mock: ticking the key points covered, scoring the rubric."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import SelectionList

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.review.export import load_review
from mockterm.core.sessions.model import KEY_POINTS_CHECKED
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.end_screen import EndScreen
from mockterm.ui.screens.home_screen import HomeScreen
from tests.conftest import FakeClock, settle


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
