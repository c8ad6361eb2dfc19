"""`mockterm bank import`: Markdown notes become prompts of a user bank file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mockterm.cli import main
from mockterm.core.bank import load_bank
from mockterm.core.bank.notes_import import (
    NotesImportError,
    import_notes,
    parse_notes,
    prompt_id,
)
from tests.conftest import DATA, TEST_BANK

NOTES = DATA / "notes"


def questions(name: str) -> list[tuple[int, str]]:
    parsed = parse_notes((NOTES / name).read_text(encoding="utf-8"))
    return [(q.line, q.text) for q in parsed.questions]


def test_heading_and_list_questions() -> None:
    """Headings and list items ending in '?', bold question lines and Q:/A: pairs."""
    assert questions("ml-fundamentals.md") == [
        (7, "What is overfitting?"),
        (16, "Why does dropout regularise?"),
        (37, "What does Adam add over SGD with momentum?"),
        (40, "Why warm up the learning rate?"),
        (44, "What is gradient clipping for?"),
        (45, "What does Adam add over SGD with momentum?"),
        (47, "Why can a larger batch need a larger learning rate?"),
        (52, "What is the bias-variance trade-off?"),
    ]


def test_questions_sections_flashcards_and_fences() -> None:
    """Under "Practice questions" and "Flashcards" every item / sub-heading is a question;
    nothing inside a code fence or an indented code block is."""
    assert questions("interview-prep.md") == [
        (9, "Explain precision and recall"),
        (13, "When would you prefer PR-AUC over ROC-AUC"),
        (16, "Describe a model you shipped and how you monitored it"),
        (17, "What is a confusion matrix?"),
        (22, "Softmax temperature"),
        (26, "KL divergence"),
        (39, "How does a feature store avoid training/serving skew?"),
    ]


def test_answers_are_the_text_under_each_question() -> None:
    parsed = parse_notes((NOTES / "ml-fundamentals.md").read_text(encoding="utf-8"))
    answers: dict[str, str] = {}
    for question in parsed.questions:
        answers.setdefault(question.text, question.answer)  # the repeat at line 45 is bare
    assert answers["What is overfitting?"].startswith("The model fits **noise**")
    assert answers["What is overfitting?"].endswith("- Early stopping on the validation curve")
    dropout = answers["Why does dropout regularise?"]
    assert "#### At inference" in dropout  # a sub-topic heading stays in the answer
    assert "# - is this a question?" in dropout  # the code block, as written
    assert answers["What does Adam add over SGD with momentum?"] == (
        "- A per-parameter step size from the running **second moment** of the gradients\n"
        "- Bias correction of both moments for the first steps"
    )
    assert answers["Why warm up the learning rate?"].startswith("Early Adam variance")
    assert answers["What is gradient clipping for?"] == ""
    assert answers["What is the bias-variance trade-off?"].startswith("Error splits into bias")

    prep = parse_notes((NOTES / "interview-prep.md").read_text(encoding="utf-8"))
    answers = {q.text: q.answer for q in prep.questions}
    assert answers["When would you prefer PR-AUC over ROC-AUC"] == (
        "* With heavy class imbalance: ROC-AUC looks good because true negatives dominate.\n"
        "* PR-AUC ignores true negatives."
    )
    assert answers["Explain precision and recall"].endswith("decision threshold.")
    assert answers["Describe a model you shipped and how you monitored it"] == ""
    assert "point-in-time joins" in answers["How does a feature store avoid training/serving skew?"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is overfitting?", "n-what-is-overfitting"),
        ("Why *does* `dropout` work?", "n-why-does-dropout-work"),
        ("Qu'est-ce que l'entropie croisée ?", "n-qu-est-ce-que-l-entropie-croisee"),
        ("?", "n-question"),
        (
            "Why can a larger batch need a larger learning rate, and when does it break?",
            "n-why-can-a-larger-batch-need-a-larger-learning-2f1a3b",
        ),
    ],
)
def test_ids_are_stable_slugs(question: str, expected: str) -> None:
    result = prompt_id("n", question)
    if expected.endswith("2f1a3b"):  # long: cut at a word, plus a hash of the whole question
        assert result.startswith(expected[:-6]) and len(result) == len(expected)
        assert result != prompt_id("n", question.replace("break", "fail"))
    else:
        assert result == expected


def test_import_into_a_rapid_fire_round_then_reimport(tmp_path: Path) -> None:
    """Questions without an answer are skipped for rapid fire; a second import updates."""
    notes = tmp_path / "ml-fundamentals.md"
    shutil.copy(NOTES / "ml-fundamentals.md", notes)
    loaded = load_bank([TEST_BANK])
    round_ = loaded.bank.round("demo_rapid")
    out = tmp_path / "bank" / "mine.toml"

    first = import_notes(notes, round_, out, loaded.bank)
    assert [i for i, _ in first.added] == [
        "ml-fundamentals-what-is-overfitting",
        "ml-fundamentals-why-does-dropout-regularise",
        "ml-fundamentals-what-does-adam-add-over-sgd-with-momentum",
        "ml-fundamentals-why-warm-up-the-learning-rate",
        first.added[4][0],
        "ml-fundamentals-what-is-the-bias-variance-trade-off",
    ]
    reasons = {s.line: s.reason for s in first.skipped}
    assert "rapid-fire" in reasons[44]  # no answer
    assert reasons[45] == "same question as line 37"
    assert "heading without '?'" in reasons[5]

    bank = load_bank([TEST_BANK, out])
    assert not bank.problems, bank.problems
    overfit = bank.bank.prompts["ml-fundamentals-what-is-overfitting"]
    assert overfit.round_id == "demo_rapid"
    assert overfit.answer.startswith("The model fits **noise**")
    assert overfit.key_points == ("noise",)
    assert bank.bank.prompts["ml-fundamentals-why-does-dropout-regularise"].key_points == (
        "thinned network",
        "implicit ensemble",
    )

    # the user adds a hint by hand; the notes change; the import runs again
    text = out.read_text(encoding="utf-8").replace(
        'text = "What is overfitting?"', 'text = "What is overfitting?"\nhints = ["gap"]', 1
    )
    out.write_text(text, encoding="utf-8")
    notes.write_text(
        notes.read_text(encoding="utf-8")
        .replace("The gap between the two is the tell.", "Watch the gap.")
        .replace("- Why warm up the learning rate?", "- Why warm up the step size?"),
        encoding="utf-8",
    )
    second = import_notes(notes, round_, out, load_bank([TEST_BANK, out]).bank)
    assert [i for i, _ in second.updated] == ["ml-fundamentals-what-is-overfitting"]
    assert [i for i, _ in second.added] == ["ml-fundamentals-why-warm-up-the-step-size"]
    assert second.removed == ("ml-fundamentals-why-warm-up-the-learning-rate",)
    assert len(second.unchanged) == 4
    bank = load_bank([TEST_BANK, out])
    assert not bank.problems, bank.problems
    overfit = bank.bank.prompts["ml-fundamentals-what-is-overfitting"]
    assert "Watch the gap." in overfit.answer and overfit.hints == ("gap",)
    assert len(bank.bank.prompts_for("demo_rapid")) == 2 + 6

    third = import_notes(notes, round_, out, bank.bank)
    assert third.imported == 6 and len(third.unchanged) == 6 and not third.added


def test_import_into_a_single_round_keeps_questions_without_answers(tmp_path: Path) -> None:
    loaded = load_bank([TEST_BANK])
    out = tmp_path / "prep.toml"
    result = import_notes(NOTES / "interview-prep.md", loaded.bank.round("demo"), out)
    assert result.imported == 7 and not result.removed
    bank = load_bank([TEST_BANK, out])
    assert not bank.problems, bank.problems
    question = "Describe a model you shipped and how you monitored it"
    shipped = bank.bank.prompts[prompt_id("interview-prep", question)]
    assert shipped.answer == "" and shipped.tags == ("notes",)
    assert shipped.title == shipped.text == question


def test_import_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    loaded = load_bank([TEST_BANK])
    notes = NOTES / "interview-prep.md"
    with pytest.raises(NotesImportError, match="levels round"):
        import_notes(notes, loaded.bank.round("demo_levels"), tmp_path / "x.toml")
    other = tmp_path / "other.toml"
    other.write_text('round = "demo_rapid"\n', encoding="utf-8")
    with pytest.raises(NotesImportError, match="holds prompts of round 'demo_rapid'"):
        import_notes(notes, loaded.bank.round("demo"), other)
    with pytest.raises(NotesImportError, match="defines a round type"):
        import_notes(notes, loaded.bank.round("demo"), TEST_BANK / "demo.toml")


def test_an_id_already_used_elsewhere_is_skipped(tmp_path: Path) -> None:
    notes = tmp_path / "demo.md"
    notes.write_text("- Feed?\n  answer\n", encoding="utf-8")
    loaded = load_bank([TEST_BANK])
    taken = tmp_path / "taken.toml"
    taken.write_text(
        'round = "demo"\n[[prompts]]\nid = "demo-feed"\ntitle = "t"\ntext = "t"\n',
        encoding="utf-8",
    )
    bank = load_bank([TEST_BANK, taken]).bank
    result = import_notes(notes, loaded.bank.round("demo"), tmp_path / "out.toml", bank)
    assert result.imported == 0
    assert "already used in" in result.skipped[0].reason


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "interview-prep.md"
    shutil.copy(NOTES / "interview-prep.md", notes)
    base = ["--bank", str(TEST_BANK), "bank", "import", str(notes), "--round", "demo"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "Imported 7 question(s)" in out and "7 new" in out
    assert "+ interview-prep-softmax-temperature  Softmax temperature" in out
    assert f"{notes}:line 1: 'Interview prep': heading without '?'" in out
    assert "Practise them: `mockterm --bank" in out
    made = tmp_path / "interview-prep.toml"
    assert main(["--bank", str(TEST_BANK), "bank", "validate", str(made)]) == 0
    capsys.readouterr()
    assert main(base) == 0
    assert "0 new, 0 updated, 7 unchanged" in capsys.readouterr().out
    assert main([*base[:-1], "nope"]) == 2
    assert "no round type 'nope'" in capsys.readouterr().err
    assert main([*base[:4], str(tmp_path / "missing.md"), "--round", "demo"]) == 2


def test_reimport_keeps_what_the_user_wrote_in_the_file(tmp_path: Path) -> None:
    """Comments, hand-made layout and untouched prompts survive an import of changed notes."""
    notes = tmp_path / "ml-fundamentals.md"
    shutil.copy(NOTES / "ml-fundamentals.md", notes)
    round_ = load_bank([TEST_BANK]).bank.round("demo")
    out = tmp_path / "mine.toml"
    import_notes(notes, round_, out)
    overfit = 'id = "ml-fundamentals-what-is-overfitting"'
    dropout = '[[prompts]]\nid = "ml-fundamentals-why-does-dropout-regularise"'
    edited = "# my own notes on top\n" + out.read_text(encoding="utf-8").replace(
        overfit, overfit + '\nhints = ["gap"]  # the tell', 1
    ).replace(dropout, "# ask about inverted dropout too\n" + dropout, 1)
    out.write_text(edited, encoding="utf-8")
    notes.write_text(
        notes.read_text(encoding="utf-8").replace(
            "The gap between the two is the tell.", "Watch the gap."
        ),
        encoding="utf-8",
    )
    result = import_notes(notes, round_, out)
    assert [i for i, _ in result.updated] == ["ml-fundamentals-what-is-overfitting"]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# my own notes on top\n# Imported from ml-fundamentals.md")
    assert overfit + '\nhints = ["gap"]  # the tell\n' in text
    assert "\n\n# ask about inverted dropout too\n" + dropout in text
    assert "Watch the gap." in text and "is the tell." not in text
    # the prompts the notes did not change are the very same text
    unchanged = edited[edited.index("# ask about inverted") :]
    assert text.endswith(unchanged)
