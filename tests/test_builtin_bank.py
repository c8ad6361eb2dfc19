"""The built-in bank: counts per round type and the depth of every prompt, so it cannot regress."""

from __future__ import annotations

import re

import pytest

from mockterm.core.bank import Bank, Prompt, load_bank
from mockterm.core.paths import builtin_bank_dir

MINIMUM_PROMPTS = {
    ("coding_medium", "coding_hard"): 40,
    ("oop",): 12,
    ("ml_coding",): 20,
    ("llm_coding",): 12,
    ("ml_fundamentals",): 170,
    ("ml_fundamentals_onsite",): 90,
    ("ml_design",): 36,
    ("ml_infra",): 15,
    ("perception",): 11,
    ("behavioral",): 40,
    ("project_deep_dive",): 10,
    ("research_talk",): 6,
}
DESIGN = ("ml_design", "ml_infra", "perception")
CODING = ("coding_medium", "coding_hard", "oop", "ml_coding", "llm_coding")


@pytest.fixture(scope="module")
def bank() -> Bank:
    result = load_bank([builtin_bank_dir()])
    assert result.problems == (), "\n".join(map(str, result.problems))
    return result.bank


def prompts_of(bank: Bank, *rounds: str) -> list[Prompt]:
    return [p for p in bank.prompts.values() if p.round_id in rounds]


def sentences(text: str) -> int:
    """Sentences in a short answer (abbreviations, decimals and code do not end one)."""
    text = re.sub(r"`[^`]*`", "x", text)
    text = re.sub(r"\b(e\.g|i\.e|vs|etc|approx|cf|al|Eq|Fig|resp)\.", "x", text)
    text = re.sub(r"\d\.\d", "0", text)
    return len(re.findall(r"[.!?](?=\s|$)", text.strip()))


def test_counts(bank: Bank) -> None:
    for rounds, minimum in MINIMUM_PROMPTS.items():
        assert len(prompts_of(bank, *rounds)) >= minimum, rounds
    assert len(bank.prompts) >= 300


def test_every_round_type_is_complete(bank: Bank) -> None:
    expected = {r for rounds in MINIMUM_PROMPTS for r in rounds}
    assert expected <= set(bank.rounds)
    for round_ in bank.rounds.values():
        assert round_.description and round_.guidance, round_.id
        assert len(round_.rubric) >= 3 and all(r.good for r in round_.rubric), round_.id
        assert round_.format == "rapid_fire" or all(p.guidance for p in round_.phases), round_.id


def test_every_prompt_is_tagged_and_rated(bank: Bank) -> None:
    for prompt in bank.prompts.values():
        assert prompt.tags and prompt.difficulty in ("easy", "medium", "hard"), prompt.id
        assert all(tag == tag.lower() for tag in prompt.tags), prompt.id


@pytest.mark.parametrize("round_id", DESIGN)
def test_design_depth(bank: Bank, round_id: str) -> None:
    for prompt in prompts_of(bank, round_id):
        assert len(prompt.follow_ups) >= 4, prompt.id
        assert len(prompt.hints) >= 3, prompt.id
        assert len(prompt.key_points) >= 6, prompt.id
        assert prompt.answer.strip(), prompt.id


@pytest.mark.parametrize("round_id", CODING)
def test_coding_depth(bank: Bank, round_id: str) -> None:
    for prompt in prompts_of(bank, round_id):
        statement = "\n".join((prompt.text, *prompt.levels)).lower()
        assert any(w in statement for w in ("example", "must pass", "expected behav")), prompt.id
        assert any(w in statement for w in ("constraint", "rules that hold")), prompt.id
        assert prompt.follow_ups, prompt.id
        assert "O(" in prompt.answer, f"{prompt.id}: the approach states its complexity"
        if round_id == "oop":
            assert len(prompt.levels) == 4 and all(level.strip() for level in prompt.levels)


def test_fundamentals_answers_are_concise(bank: Bank) -> None:
    for prompt in prompts_of(bank, "ml_fundamentals"):
        assert 2 <= sentences(prompt.answer) <= 6, (prompt.id, sentences(prompt.answer))
        assert len(prompt.key_points) >= 3, prompt.id


def test_onsite_fundamentals_depth(bank: Bank) -> None:
    """The 45-minute round: a month of daily mocks without a repeat, and every topic a real chain
    (an opening question with its answer, then at least three follow-ups, each answered)."""
    round_ = bank.round("ml_fundamentals_onsite")
    assert round_.format == "topics" and round_.total_minutes() == 45
    topics = prompts_of(bank, "ml_fundamentals_onsite")
    assert len(topics) >= 30 * round_.questions
    for topic in topics:
        assert 2 <= sentences(topic.answer) <= 8, (topic.id, sentences(topic.answer))
        assert len(topic.key_points) >= 3 and len(topic.chain) >= 3, topic.id
        for step in topic.chain:
            assert step.ask.rstrip().endswith(("?", ".")), (topic.id, step.ask)
            assert sentences(step.answer) >= 1, (topic.id, step.ask)
    asks = [" ".join(s.ask.lower() for s in t.chain) for t in topics]
    # the chains go down: why it works, and a derivation or a computation to do
    assert sum("why" in a for a in asks) >= 0.6 * len(topics)
    worked = r"\b(derive|compute|calculate|show|prove|write|count|how many|estimate)\b"
    assert sum(bool(re.search(worked, a)) for a in asks) >= len(topics) / 3
    assert len({t.title for t in topics}) == len(topics)


def test_behavioral_depth(bank: Bank) -> None:
    for prompt in prompts_of(bank, "behavioral"):
        assert len(prompt.follow_ups) >= 3, prompt.id
        assert len(prompt.key_points) >= 4, prompt.id
        answer = prompt.answer.lower()
        # what a strong answer shows: the competency tested, its beats, and the red flags
        assert "tests:" in answer and "red flag" in answer, prompt.id
        assert "situation" in answer or "star" in answer or "why" in prompt.text.lower(), prompt.id


@pytest.mark.parametrize("round_id", ["project_deep_dive", "research_talk"])
def test_talk_depth(bank: Bank, round_id: str) -> None:
    for prompt in prompts_of(bank, round_id):
        assert len(prompt.follow_ups) >= 5, prompt.id
        assert len(prompt.hints) >= 3 and len(prompt.key_points) >= 5, prompt.id


@pytest.mark.parametrize(
    ("text", "count"),
    [("One. Two.", 2), ("Use L2, e.g. weight decay. It helps.", 2), ("Set lr=0.1. Done!", 2)],
)
def test_sentence_counter(text: str, count: int) -> None:
    assert sentences(text) == count
