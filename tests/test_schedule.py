"""Spaced repetition: the schedule replayed from session files, and choosing what comes next."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from mockterm.cli import main
from mockterm.core.bank import Bank, LoadResult, Prompt, Round, load_bank
from mockterm.core.practice.schedule import (
    Review,
    Schedule,
    build_schedule,
    collect_reviews,
    describe_due,
    recent_prompts,
    schedule_of,
)
from mockterm.core.practice.selection import due_counts, pick_due, pick_questions, pick_surprise
from mockterm.core.practice.service import Practice
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import Session
from mockterm.core.sessions.session_file import write_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.screens.session_screen import SessionScreen
from tests.conftest import TEST_BANK, FakeClock, settle, until

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)


def load_schedule(store: SessionStore) -> Schedule:
    return Practice.from_store(load_bank([TEST_BANK]).bank, store).schedule


def prompt(prompt_id: str, round_id: str = "demo") -> Prompt:
    return Prompt(prompt_id, round_id, prompt_id.title(), "text")


def graded(
    store: SessionStore,
    prompt_id: str,
    ended: datetime,
    grade: str | None,
    *,
    round_id: str = "demo",
    mode: str = "solo",
) -> Session:
    """A finished single-prompt session, written to its folder as the app would."""
    started = ended - timedelta(minutes=45)
    folder = store.new_folder(started, round_id, prompt_id)
    session = Session(
        id=folder.name,
        round_id=round_id,
        round_title=round_id,
        prompt=prompt(prompt_id, round_id),
        started_at=started,
        mode=mode,
        status="completed",
        ended_at=ended,
        grade=grade,
    )
    write_session(folder, session)
    return session


# --- the schedule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "days"),
    [("again", 1), ("hard", 1), ("good", 2), ("easy", 8)],
)
def test_first_review_schedules_by_grade(store: SessionStore, grade: str, days: int) -> None:
    """No learning steps: even 'again' comes back tomorrow, not in ten minutes."""
    graded(store, "demo-feed", T0, grade)
    card = load_schedule(store).cards["demo-feed"]
    assert card.due == T0 + days * DAY
    assert card.last_review == T0 and card.reviews == 1


def test_replaying_a_known_history_gives_the_known_schedule(store: SessionStore) -> None:
    """good, good 3 days later, a lapse at day 20, good the next day: due on day 2, 17, 22, 25."""
    history = [(0, "good", 2), (3, "good", 17), (20, "again", 22), (21, "good", 25)]
    for day, grade, due in history:
        graded(store, "demo-feed", T0 + day * DAY, grade)
        card = load_schedule(store).cards["demo-feed"]
        assert card.due == T0 + due * DAY, (day, grade)
    assert card.reviews == 4 and card.last_rating == 3
    assert card.stability == pytest.approx(3.7936, abs=1e-3)
    assert card.difficulty == pytest.approx(7.3801, abs=1e-3)


def test_the_same_reviews_give_the_same_schedule_in_any_order() -> None:
    """Fuzzing is off and reviews are sorted by time: file order does not matter."""
    reviews = [
        Review("a", "r", T0 + day * DAY, rating)
        for day, rating in [(0, 3), (4, 4), (30, 3), (90, 2), (91, 3)]
    ] + [Review("b", "r", T0 + day * DAY, rating) for day, rating in [(1, 1), (2, 3)]]
    first = build_schedule(reviews)
    for seed in range(5):
        shuffled = list(reviews)
        random.Random(seed).shuffle(shuffled)
        assert build_schedule(shuffled) == first


def test_what_counts_as_a_review(store: SessionStore) -> None:
    """Graded sessions count at their end; ungraded and interviewer-mode sessions do not."""
    graded(store, "demo-feed", T0, "good")
    graded(store, "demo-search", T0, None)  # review skipped
    graded(store, "demo-kv", T0, "easy", round_id="demo_levels", mode="interviewer")
    sessions = [e.session for e in store.scan() if e.session is not None]
    reviews = collect_reviews(sessions)
    assert [(r.prompt_id, r.at, r.rating) for r in reviews] == [("demo-feed", T0, 3)]


def test_rapid_fire_schedules_each_question_on_its_own(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    """A real rapid-fire mock: each grade event is a review at started_at + its offset."""
    bank = loaded.bank
    mock = MockSession(
        store,
        bank.round("demo_rapid"),
        bank.prompts["rf-overfit"],
        questions=[bank.prompts["rf-overfit"], bank.prompts["rf-dropout"]],
        clock=clock,
    )
    mock.start(T0)
    clock.advance(61)
    mock.poll()
    mock.grade_question("again")
    mock.next_phase()
    clock.advance(40)
    mock.grade_question("easy")
    mock.next_phase()
    schedule = load_schedule(store)
    overfit, dropout = schedule.cards["rf-overfit"], schedule.cards["rf-dropout"]
    assert overfit.last_review == T0 + timedelta(seconds=61)
    assert dropout.last_review == T0 + timedelta(seconds=101)
    assert overfit.due == overfit.last_review + DAY  # again: tomorrow
    assert dropout.due == dropout.last_review + 8 * DAY  # easy: next week
    assert overfit.round_id == dropout.round_id == "demo_rapid"


def test_unreadable_sessions_are_skipped(store: SessionStore) -> None:
    graded(store, "demo-feed", T0, "good")
    broken = store.new_folder(T0, "demo", "broken")
    (broken / "session.toml").write_text("not = [toml", encoding="utf-8")
    assert list(load_schedule(store).cards) == ["demo-feed"]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (T0 - 3 * DAY, "overdue 3 days"),
        (T0 - 2 * timedelta(hours=1), "due now"),
        (T0 + 3 * timedelta(hours=1), "in 3 h"),
        (T0 + DAY, "in 1 day"),
        (T0 + 9 * DAY, "in 9 days"),
    ],
)
def test_describe_due(due: datetime, expected: str) -> None:
    card = build_schedule([Review("a", "r", due - DAY, 1)]).cards["a"]
    assert card.due == due
    assert describe_due(card, T0) == expected


# --- choosing what comes next -------------------------------------------------------------------


def bank_of(*ids: str) -> Bank:
    rounds = {
        "demo": Round("demo", "Demo"),
        "other": Round("other", "Other"),
    }
    prompts = {i: prompt(i, "other" if i.startswith("o") else "demo") for i in ids}
    return Bank(rounds, prompts)


BANK = bank_of("d1", "d2", "d3", "d4", "d5", "d6", "o1", "o2")
NOW = T0 + 30 * DAY
SCHEDULE = build_schedule(
    [
        Review("d1", "demo", NOW - 10 * DAY, 1),  # due 9 days ago: most overdue
        Review("d2", "demo", NOW - 2 * DAY, 1),  # due yesterday
        Review("d3", "demo", NOW - DAY, 4),  # resting: due in a week
        Review("d4", "demo", NOW - DAY, 3),  # resting: due tomorrow
        Review("o1", "other", NOW - 5 * DAY, 2),  # due
    ]
)  # d5, d6, o2: never done


@pytest.mark.parametrize(
    ("round_id", "recent", "expected"),
    [
        ("demo", [], "d1"),  # most overdue first
        (None, [], "d1"),  # across all rounds too
        ("demo", ["d1"], "d2"),  # never one of the last few shown
        ("other", [], "o1"),
        ("demo", ["d1", "d2"], "unseen"),  # then an unseen one
        ("demo", ["d1", "d2", "d5", "d6"], "d4"),  # then the rest, soonest due first
        ("demo", ["d1", "d2", "d5", "d6", "d4"], "d3"),
        ("demo", ["d5", "d3", "d1", "d6", "d4", "d2"], "d5"),  # all recent: shown longest ago
    ],
)
def test_what_is_due(round_id: str | None, recent: list[str], expected: str) -> None:
    for seed in range(20):
        chosen = pick_due(BANK, SCHEDULE, round_id, NOW, recent=recent, rng=random.Random(seed))
        assert chosen is not None
        if expected == "unseen":
            assert chosen.id in ("d5", "d6")
        else:
            assert chosen.id == expected


def test_surprise_is_uniform_over_unseen_and_due_never_recent() -> None:
    counts: dict[str, int] = {}
    for seed in range(2000):
        chosen = pick_surprise(BANK, SCHEDULE, None, NOW, recent=["d2"], rng=random.Random(seed))
        assert chosen is not None
        counts[chosen.id] = counts.get(chosen.id, 0) + 1
    assert set(counts) == {"d1", "d5", "d6", "o1", "o2"}  # no resting, no recent
    assert all(300 < n < 500 for n in counts.values()), counts  # ~400 each


def test_surprise_within_a_round_falls_back_when_nothing_is_due_or_new() -> None:
    schedule = build_schedule([Review("o1", "other", NOW, 3), Review("o2", "other", NOW, 3)])
    chosen = pick_surprise(BANK, schedule, "other", NOW, recent=["o2"], rng=random.Random(1))
    assert chosen is not None and chosen.id == "o1"
    assert pick_surprise(Bank(), schedule, None, NOW) is None
    assert pick_due(Bank(), schedule, None, NOW) is None


def test_due_counts_per_round() -> None:
    assert due_counts(BANK, SCHEDULE, NOW) == {"demo": 2, "other": 1}
    # a card whose prompt left the bank is not counted
    assert due_counts(bank_of("d2", "o2"), SCHEDULE, NOW) == {"demo": 1, "other": 0}


def test_rapid_fire_questions_come_due_first_then_unseen() -> None:
    questions = pick_questions(
        BANK, "demo", 6, recent=["d2"], rng=random.Random(3), schedule=SCHEDULE, now=NOW
    )
    ids = [q.id for q in questions]
    assert ids[0] == "d1"
    assert set(ids[1:3]) == {"d5", "d6"}
    assert ids[3:] == ["d4", "d3", "d2"]  # resting, soonest first; the recent one last


def test_recent_prompts_count_every_rapid_fire_question(store: SessionStore) -> None:
    graded(store, "demo-feed", T0, "good")
    rapid = Session(
        id="rapid",
        round_id="demo_rapid",
        round_title="Rapid",
        prompt=prompt("q1", "demo_rapid"),
        started_at=T0 + DAY,
        questions=(prompt("q1", "demo_rapid"), prompt("q2", "demo_rapid")),
    )
    later = graded(store, "demo-search", T0 + 2 * DAY, "good")
    sessions = [rapid, later, *(e.session for e in store.scan() if e.session is not None)]
    assert recent_prompts(sessions, 3) == ["q1", "q2", "demo-search"]
    assert recent_prompts(sessions) == ["demo-feed", "q1", "q2", "demo-search"]
    # only this sitting counts: last week's prompts are the very ones coming due now
    assert recent_prompts(sessions, now=T0 + 2 * DAY + timedelta(hours=1)) == ["demo-search"]


# --- where the user sees it ---------------------------------------------------------------------


async def test_home_shows_what_is_due_and_d_starts_it(
    settings: object, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Practised last week: Home counts what is due per round type and `d` starts the most
    overdue one; Enter on a round also starts its due prompt first."""
    week_ago = datetime.now(timezone.utc) - 7 * DAY
    graded(store, "demo-search", week_ago, "hard")
    graded(store, "demo-feed", week_ago + DAY, "again")
    app = MocktermApp(settings, loaded, store, clock=clock, rng=random.Random(0))  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.practice.due == {"demo": 2, "demo_levels": 0, "demo_rapid": 0}
        label = home.query_one("#rounds").get_option("demo").prompt  # type: ignore[attr-defined]
        assert "2 due" in str(label)
        await pilot.press("d")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.mock.prompt.id == "demo-search"  # due longest ago
        screen.mock.abandon()
        app.pop_screen()
        # Home replays the sessions in a worker once its resume event is handled, which may
        # come after a wait for the workers already running: wait for what the replay brings
        await until(pilot, lambda: home.practice.recent, "Home to replay the sessions")
        await settle(pilot)
        assert app.screen is home
        # the abandoned mock was shown last: Enter offers the other due prompt
        assert home.practice.recent[-1] == "demo-search"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.mock.prompt.id == "demo-feed"
        screen.mock.abandon()


async def test_the_cli_and_home_pick_the_same_prompt(
    settings: object,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`mockterm start demo` and Enter on Home ask the same practice service: both start the
    most overdue prompt, and `start due` picks what `d` picks."""
    week_ago = datetime.now(timezone.utc) - 7 * DAY
    graded(store, "demo-feed", week_ago, "hard")
    graded(store, "demo-search", week_ago + DAY, "again")
    started: list[str] = []

    def run(app: MocktermApp) -> None:
        assert app._start is not None
        started.append(app._start[0].id)

    monkeypatch.setattr(MocktermApp, "run", run)
    tty = SimpleNamespace(isatty=lambda: True, flush=lambda: None)
    monkeypatch.setattr(sys, "stdin", tty)
    monkeypatch.setattr(sys, "stdout", tty)
    base = ["--bank", str(TEST_BANK), "--sessions", str(store.root), "start"]
    assert main([*base, "demo"]) == 0
    assert main([*base, "due"]) == 0
    monkeypatch.undo()
    app = MocktermApp(settings, loaded, store, clock=clock, rng=random.Random(0))  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        from_home = screen.mock.prompt.id
        screen.mock.abandon()
    assert started == ["demo-feed", "demo-feed"] and from_home == "demo-feed"


def test_due_command(store: SessionStore, capsys: pytest.CaptureFixture[str]) -> None:
    now = datetime.now(timezone.utc)
    graded(store, "demo-feed", now - 9 * DAY, "good")
    graded(store, "demo-search", now - DAY, "easy")
    args = ["--sessions", str(store.root), "--bank", str(TEST_BANK), "due"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "demo-feed" in out and "overdue" in out
    assert "(demo-search)" not in out  # resting: only in the summary's "next"
    assert "1 due now, 1 resting" in out
    assert main([*args, "--all"]) == 0
    out = capsys.readouterr().out
    assert "demo-search" in out and "in 7 days" in out
    assert main([*args, "nope"]) == 2


def test_schedule_is_rebuilt_from_files_alone(store: SessionStore, tmp_path: Path) -> None:
    """Nothing but session folders is written: the schedule is derived, never stored."""
    graded(store, "demo-feed", T0, "good")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    first = load_schedule(store)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    sessions = [e.session for e in store.scan() if e.session is not None]
    assert schedule_of(sessions) == first
    assert first.due(T0 + 3 * DAY)[0].prompt_id == "demo-feed"
    assert first.due(T0 + DAY) == []
    assert [c.prompt_id for c in first.upcoming(round_id="demo")] == ["demo-feed"]
