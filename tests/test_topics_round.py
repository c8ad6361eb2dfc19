"""The 45-minute fundamentals round (format `topics`): a few topics, each a phase, each opened by a
question and pushed down a chain of follow-ups asked one at a time (by the candidate solo, by the
interviewer in a paired mock), each graded on its own for spaced repetition."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mockterm.core.bank import LoadResult, load_bank
from mockterm.core.config import Config, Settings
from mockterm.core.practice.schedule import reviews_in
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.end_screen import EndScreen
from mockterm.ui.screens.session_screen import SessionScreen
from mockterm.ui.widgets.interviewer_panel import Checklist
from tests.conftest import FakeClock, settle

ROUND = """
[round]
id = "deep"
title = "Deep fundamentals"
format = "topics"
minutes = 6
questions = 2
"""


def topic(name: str, steps: int = 3) -> str:
    chain = "".join(
        f'[[prompts.chain]]\nask = "{name} why {i}?"\nanswer = "{name} because {i}."\n\n'
        for i in range(1, steps + 1)
    )
    return (
        f'[[prompts]]\nid = "{name}"\ntitle = "Topic {name}"\ntext = "Explain {name}."\n'
        f'answer = "{name} is explained."\n\n{chain}'
    )


@pytest.fixture
def deep(tmp_path: Path) -> LoadResult:
    path = tmp_path / "deep.toml"
    path.write_text(ROUND + topic("alpha") + topic("beta") + topic("gamma"), encoding="utf-8")
    loaded = load_bank([path])
    assert not loaded.problems, loaded.problems
    return loaded


def test_the_round_and_its_rules(deep: LoadResult, tmp_path: Path) -> None:
    round_ = deep.bank.round("deep")
    phases = round_.phases_for(deep.bank.prompts["alpha"])
    assert [(p.name, p.minutes) for p in phases] == [("Topic 1", 3.0), ("Topic 2", 3.0)]
    assert round_.total_minutes() == 6 and round_.asks_several
    assert deep.bank.prompts["alpha"].chain[2].answer == "alpha because 3."

    bad = tmp_path / "bad.toml"
    bad.write_text(
        ROUND.replace("questions = 2", "questions = 2\nseconds_per_question = 60")
        + '[[prompts]]\nid = "lonely"\ntitle = "t"\ntext = "t"\n',
        encoding="utf-8",
    )
    problems = [(p.field, p.message) for p in load_bank([bad]).problems]
    assert problems == [
        (
            "round.seconds_per_question",
            "not used by topics rounds: set minutes and questions (the topics of a mock), "
            "each topic is a phase",
        ),
        # a broken round hides none of its prompts' problems: one pass reports them all
        (
            "prompts[0] (lonely).chain",
            "a topics round needs a chain of follow-ups: [[prompts.chain]] with ask",
        ),
    ]
    bad.write_text(ROUND + '[[prompts]]\nid = "lonely"\ntitle = "t"\ntext = "t"\n', "utf-8")
    problems = [(p.field, p.message) for p in load_bank([bad]).problems]
    assert problems == [
        (
            "prompts[0] (lonely).chain",
            "a topics round needs a chain of follow-ups: [[prompts.chain]] with ask",
        )
    ]
    chained = tmp_path / "chained.toml"
    chained.write_text(
        '[round]\nid = "plain"\ntitle = "Plain"\nminutes = 5\n\n[[round.phases]]\nname = "a"\n'
        'minutes = 5\n\n[[prompts]]\nid = "p"\ntitle = "t"\ntext = "t"\n\n'
        '[[prompts.chain]]\nask = "why?"\n',
        encoding="utf-8",
    )
    problems = [(p.field, p.message) for p in load_bank([chained]).problems]
    assert problems == [("prompts[0] (p).chain", "only used in topics rounds; 'plain' is single")]


def test_follow_ups_are_asked_one_at_a_time_and_each_topic_is_graded(
    deep: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    bank = deep.bank
    round_ = bank.round("deep")
    topics = [bank.prompts["alpha"], bank.prompts["beta"]]
    mock = MockSession(store, round_, topics[0], questions=topics, clock=clock)
    mock.start()
    assert mock.asked_steps() == ()
    first = mock.next_step()
    assert first is not None and first.ask == "alpha why 1?"
    clock.advance(30)
    assert mock.next_step() == topics[0].chain[1]
    assert [s.ask for s in mock.asked_steps()] == ["alpha why 1?", "alpha why 2?"]
    mock.next_step()
    assert mock.next_step() is None  # the chain is done
    mock.grade_question("good")
    mock.next_phase()
    assert mock.current_prompt.id == "beta" and mock.asked_steps() == ()
    mock.next_step()
    mock.grade_question("hard")
    mock.next_phase()
    assert mock.ended
    saved = read_session(mock.folder)  # type: ignore[arg-type]
    assert saved.questions[0].chain == topics[0].chain  # the snapshot keeps the chain
    asked = [(e.phase, e.text) for e in saved.events if e.kind == "follow_up"]
    assert asked == [
        ("Topic 1", "alpha why 1?"),
        ("Topic 1", "alpha why 2?"),
        ("Topic 1", "alpha why 3?"),
        ("Topic 2", "beta why 1?"),
    ]
    assert [(r.prompt_id, r.rating) for r in reviews_in(saved)] == [("alpha", 3), ("beta", 2)]
    # review counts a topic's chain as its follow-ups, asked or not
    assert saved.prompt_items("follow_ups")[:4] == [s.ask for s in topics[0].chain] + [
        "beta why 1?"
    ]
    # solo, the user asked them: a count, not "none in a solo mock"
    from mockterm.core.review.export import load_review
    from mockterm.core.review.sections import review_sections

    sections = review_sections(load_review(mock.folder))  # type: ignore[arg-type]
    assert sections.follow_ups_summary.startswith("4 of ")
    none_asked = replace(sections, follow_ups=replace(sections.follow_ups, used=()))
    assert none_asked.follow_ups_summary.startswith("0 of ")  # could have: f asks them


async def test_a_topics_mock_solo(deep: LoadResult, store: SessionStore, clock: FakeClock) -> None:
    settings = Settings(Config(bell=False), store.root, ())
    app = MocktermApp(settings, deep, store, clock=clock, start=(deep.bank.prompts["alpha"], None))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        markdown = screen.query_one("#prompt")

        def source() -> str:
            return str(markdown.source)  # type: ignore[attr-defined]

        first = screen.mock.current_prompt
        assert source().startswith(f"# Topic 1 of 2: {first.title}")
        assert "3 more follow-ups (`f` asks the next)" in source()
        assert "why 1?" not in source()
        await pilot.press("f")
        assert f"**Follow-up 1:** {first.id} why 1?" in source() and "why 2?" not in source()
        assert f"{first.id} because 1." not in source()  # answers wait for the reveal
        await pilot.press("f", "f")
        assert "That was the last follow-up" in source()
        await pilot.press("f")  # nothing left to ask
        assert "No more follow-ups" in [n.message for n in app._notifications][-1]
        clock.advance(181)  # the topic's 3 minutes are up: its reference shows
        await pilot.pause(0.4)
        assert screen.revealed
        assert f"**3. {first.id} why 3?**\n\n{first.id} because 3." in source()
        await pilot.press("f")  # no follow-ups while grading
        await pilot.press("3")
        second = screen.mock.current_prompt
        assert screen.mock.timer.index == 1 and second.id != first.id
        assert source().startswith(f"# Topic 2 of 2: {second.title}")
        await pilot.press("n", "2")  # done early: reveal, grade
        assert isinstance(app.screen, EndScreen)
        await pilot.press("escape")
    saved = read_session(next(store.root.iterdir()))
    assert dict(saved.question_grades) == {first.id: "good", second.id: "hard"}
    assert sum(e.kind == "follow_up" for e in saved.events) == 3


async def test_the_interviewer_asks_the_follow_ups(
    deep: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    settings = Settings(Config(bell=False), store.root, ())
    app = MocktermApp(
        settings,
        deep,
        store,
        clock=clock,
        interviewer=True,
        start=(deep.bank.prompts["beta"], None),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        beta = screen.mock.current_prompt
        checklist = screen.query_one("#follow-ups", Checklist)
        assert checklist.items == tuple(s.ask for s in beta.chain)
        answer = str(screen.query_one("#answer").source)  # type: ignore[attr-defined]
        assert f"**2. {beta.id} why 2?**\n\n{beta.id} because 2." in answer
        checklist.focus()
        await pilot.press("down", "enter")  # the interviewer asks the second one first
        source = str(screen.query_one("#prompt").source)  # type: ignore[attr-defined]
        assert f"**Follow-up 1:** {beta.id} why 2?" in source and "why 1?" not in source
        await pilot.press("v")  # candidate view: the asked follow-up stays, the panel goes
        assert not screen.query_one("#interviewer-panel").display
        assert f"{beta.id} why 2?" in str(screen.query_one("#prompt").source)  # type: ignore[attr-defined]
