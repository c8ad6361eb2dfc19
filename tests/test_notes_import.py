"""`mockterm bank import`: notes (a file or a folder) become prompts of a user bank file, and
importing again updates them by their stable ids, keeping what the user added."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from mockterm.cli import main
from mockterm.cli.sessions import _prompt_to_start, _tagged
from mockterm.core.bank import load_bank
from mockterm.core.bank.notes.importer import MARK, NotesImportError, import_notes, own_round
from mockterm.core.bank.notes.prompts import prompt_id
from mockterm.core.paths import builtin_bank_dir, user_bank_dir
from mockterm.core.practice.service import Practice
from mockterm.core.sessions.store import SessionStore
from tests.conftest import DATA, TEST_BANK

NOTES = DATA / "notes"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A copy of the five notes files (a vault among them) the user may edit."""
    folder = tmp_path / "my-notes"
    shutil.copytree(NOTES, folder)
    return folder


def imported(out: Path, *more: Path) -> dict[str, dict[str, object]]:
    loaded = load_bank([builtin_bank_dir(), *more, out])
    assert not loaded.problems, loaded.problems
    source = str(out)
    return {p.id: p._asdict() for p in loaded.bank.prompts.values() if p.source == source}


def test_a_folder_becomes_its_own_practice_round(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every file a tag; questions without answers kept (rapid fire grades recall); the output
    goes to the user's bank folder; the suggested command practises exactly those questions."""
    assert main(["bank", "import", str(notes)]) == 0
    out = user_bank_dir() / "my-notes.toml"
    report = capsys.readouterr().out
    assert report.startswith(
        f"Imported 46 question(s) from {notes} (7 files) into {out} (round my-notes): 46 new"
    )
    assert "Practise exactly these: `mockterm start my-notes`" in report
    # every line that looked like a question and was not taken, with its file and reason
    skipped = [line.strip() for line in report.splitlines() if ":line " in line]
    assert [s.split(":line ")[0].removeprefix(str(notes) + "/") for s in skipped] == [
        "book-chapter.md",
        "lecture-notes.md",
        "messy.md",  # the empty "- ?"
        "messy.md",  # a to-do
        "messy.md",  # the repeat of line 11
        "messy.md",  # mid-paragraph
        "messy.md",  # a topic heading
        "messy.md",  # a table cell
        "vault/probability.md",
        "vault/probability.md",
    ]
    assert (
        f"{notes}/messy.md:line 13: 'Why does label smoothing help calibration?': "
        "same question as line 11" in report
    )

    prompts = imported(out, user_bank_dir())
    assert len(prompts) == 46
    dead = prompts[prompt_id("book-chapter", "Dead neurons How to prevent them?")]
    assert dead["title"] == "Dead neurons → How to prevent them?"
    assert dead["round_id"] == "my-notes" and dead["difficulty"] == "medium"
    assert dead["answer"] == "" and dead["note"] == f"{notes.resolve()}/book-chapter.md:18"
    assert dead["tags"] == ("notes", "my-notes", "book-chapter")
    gelu = prompts["vault-deep-learning-activations-gelu-def"]  # the block id is its id
    assert gelu["tags"] == ("notes", "my-notes", "vault-deep-learning-activations")
    plot = prompts["vault-deep-learning-activations-what-does-this-plot-show"]
    relu = (notes / "vault" / "attachments" / "relu.png").resolve()
    assert plot["title"] == "What does this plot show?"
    assert plot["text"].endswith(f"*It has an image in your notes:* `{relu}`")
    assert (
        prompts["qa-pairs-why-use-negative-sampling-to-train-a-two-tower-b054cc"]["key_points"]
        == ()
    )
    evaluation = prompts["qa-pairs-how-do-you-evaluate-a-ranking-model-offline-dbd3a9"]
    assert evaluation["key_points"] == ("NDCG", "AUC")

    # the command it suggests starts a mock of exactly those questions
    loaded = load_bank([builtin_bank_dir(), user_bank_dir()])
    store = SessionStore(notes.parent / "sessions")
    args = argparse.Namespace(round="my-notes", prompt=None, tag=None, minutes=None)
    first = _prompt_to_start(args, loaded.bank, store)
    practice = Practice(loaded.bank)
    assert all(q.id in prompts for q in practice.questions(first))
    assert len(practice.questions(first)) == 5


def test_into_a_round_with_a_tag(notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--round` adds the questions to a round that has others: `--tag` picks them out."""
    base = ["--bank", str(TEST_BANK), "bank", "import", str(notes / "qa-pairs.md")]
    assert main([*base, "--round", "demo_rapid", "--out", str(notes / "qa.toml")]) == 0
    report = capsys.readouterr().out
    out = notes / "qa.toml"
    command = f"`mockterm --bank {out} start demo_rapid --tag qa-pairs`"
    assert f"Practise exactly these: {command}" in report
    loaded = load_bank([TEST_BANK, out])
    assert not loaded.problems
    tagged = _tagged(loaded.bank, "qa-pairs", "demo_rapid")
    assert len(tagged.prompts_for("demo_rapid")) == 6 < len(loaded.bank.prompts_for("demo_rapid"))
    practice = Practice(tagged)
    first = practice.choose("due", "demo_rapid")
    assert first is not None and first.note.startswith(str((notes / "qa-pairs.md").resolve()))
    assert {q.id for q in practice.questions(first)} <= set(tagged.prompts)
    assert main([*base[:2], "start", "demo_rapid", "--tag", "nope"]) == 2
    assert "no prompt of round 'demo_rapid' has the tag 'nope'" in capsys.readouterr().err


def test_reimport_updates_by_stable_ids_and_keeps_the_users_edits(notes: Path) -> None:
    round_ = own_round("My notes", notes)
    out = notes.parent / "bank" / "mine.toml"
    first = import_notes(notes, round_, out, define_round=True)
    assert len(first.added) == 46 and first.defines_round
    qa = "qa-pairs-cold-start-for-a-brand-new-item"
    user = "qa-pairs-cold-start-for-a-brand-new-user"
    # the user edits the file: a hint, a follow-up, a tag, a difficulty, a comment
    text = out.read_text(encoding="utf-8").replace(
        f'id = "{qa}"',
        f'id = "{qa}"\nhints = ["exploration"]\nfollow_ups = ["And a new market?"]  # mine',
        1,
    )
    at = text.index(f'id = "{user}"')
    text = text[:at] + text[at:].replace('difficulty = "medium"', 'difficulty = "hard"', 1)
    out.write_text(
        text + '\n[[prompts]]\nid = "mine"\ntitle = "Mine"\ntext = "Mine?"\nanswer = "Yes."\n',
        encoding="utf-8",
    )
    # the notes change: an answer, a reworded question, one gone, one new
    drill = notes / "qa-pairs.md"
    drill.write_text(
        drill.read_text(encoding="utf-8")
        .replace("an exploration budget.", "a small exploration budget.")
        .replace("Cold start for a brand-new user?", "Cold start for brand-new users?")
        .replace("Question 5: What is position bias?", "Q: What is presentation bias?"),
        encoding="utf-8",
    )
    second = import_notes(notes, round_, out)
    assert [i for i, _ in second.updated] == [qa, user]
    assert second.reworded == (user,)  # new words, same id: its schedule goes on
    assert second.removed == ("qa-pairs-what-is-position-bias",)
    assert [i for i, _ in second.added] == ["qa-pairs-what-is-presentation-bias"]
    assert second.kept == ("mine",) and len(second.unchanged) == 43
    prompts = imported(out)
    item = prompts[qa]
    assert item["hints"] == ("exploration",) and item["follow_ups"] == ("And a new market?",)
    assert item["answer"].endswith("a small exploration budget.")
    assert prompts[user]["title"] == "Cold start for brand-new users?"
    assert prompts[user]["difficulty"] == "hard"  # the user's; the notes do not say
    assert "# mine" in out.read_text(encoding="utf-8") and "mine" in prompts

    third = import_notes(notes, round_, out)
    assert not third.added and not third.updated and not third.removed
    assert third.imported == 46


def test_a_word_put_in_keeps_the_id_and_a_moved_question_is_unchanged(tmp_path: Path) -> None:
    """Short questions reworded by a word ("What exactly is ...") are one question still; lines
    added above a question move it, which is no update to report."""
    notes = tmp_path / "stats.md"
    notes.write_text("- What is a p-value?\n- Why divide the sample variance by n-1?\n")
    out = tmp_path / "out.toml"
    round_ = own_round("Stats", notes)
    import_notes(notes, round_, out, define_round=True)
    notes.write_text(
        "A line added.\n\n- What exactly is a p-value?\n- Why divide the sample variance by n-1?\n"
    )
    again = import_notes(notes, round_, out)
    assert again.reworded == ("stats-what-is-a-p-value",) and not again.removed
    assert [i for i, _ in again.updated] == ["stats-what-is-a-p-value"]
    assert [i for i, _ in again.unchanged] == ["stats-why-divide-the-sample-variance-by-n-1"]
    assert imported(out)["stats-why-divide-the-sample-variance-by-n-1"]["note"].endswith(":4")


def test_never_writes_over_a_file_it_did_not_write(notes: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "pyproject.toml"
    theirs.write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(NotesImportError, match="was not written by mockterm"):
        import_notes(notes, own_round("My notes", notes), theirs, define_round=True)
    assert theirs.read_text(encoding="utf-8") == '[project]\nname = "x"\n'
    assert main(["bank", "import", str(notes), "--out", str(theirs)]) == 2


def test_import_refuses_what_it_cannot_do(notes: Path, tmp_path: Path) -> None:
    loaded = load_bank([TEST_BANK])
    with pytest.raises(NotesImportError, match="levels round"):
        import_notes(notes, loaded.bank.round("demo_levels"), tmp_path / "x.toml")
    other = tmp_path / "other.toml"
    other.write_text(f'# {MARK}\nround = "demo_rapid"\n', encoding="utf-8")
    with pytest.raises(NotesImportError, match="holds prompts of round 'demo_rapid'"):
        import_notes(notes, loaded.bank.round("demo"), other)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotesImportError, match="holds no Markdown notes"):
        import_notes(empty, loaded.bank.round("demo"), tmp_path / "y.toml")
    binary = empty / "bad.md"
    binary.write_bytes(b"\xff\xfe\x00notes")
    with pytest.raises(NotesImportError, match="not UTF-8"):
        import_notes(binary, loaded.bank.round("demo"), tmp_path / "y.toml")


def test_an_id_already_used_elsewhere_is_skipped(tmp_path: Path) -> None:
    notes = tmp_path / "demo.md"
    notes.write_text("- Feed?\n  answer\n- Rank?\n", encoding="utf-8")
    taken = tmp_path / "taken.toml"
    taken.write_text(
        'round = "demo"\n[[prompts]]\nid = "demo-feed"\ntitle = "t"\ntext = "t"\n',
        encoding="utf-8",
    )
    bank = load_bank([TEST_BANK, taken]).bank
    result = import_notes(notes, bank.round("demo"), tmp_path / "out.toml", bank)
    assert [pid for pid, _ in result.added] == ["demo-rank"]
    assert f"id 'demo-feed' is already used in {taken}" == result.skipped[0].skipped.reason


def test_notes_imported_into_another_file_are_one_line_and_no_file(tmp_path: Path) -> None:
    """The same notes into a second file (another --out, another round): every id is taken, so
    one line says where they are, rather than a line per question and an empty bank file."""
    notes = tmp_path / "demo.md"
    notes.write_text("- Feed?\n  answer\n- Rank?\n", encoding="utf-8")
    first = tmp_path / "first.toml"
    import_notes(notes, load_bank([TEST_BANK]).bank.round("demo"), first)
    bank = load_bank([TEST_BANK, first]).bank
    second = tmp_path / "second.toml"
    with pytest.raises(NotesImportError, match=f"already imported into {first}: import again"):
        import_notes(notes, bank.round("demo"), second, bank)
    assert not second.exists()


def test_notes_without_questions_write_no_file(tmp_path: Path) -> None:
    notes = tmp_path / "prose.md"
    notes.write_text("# Setting\n\nJust prose.\n", encoding="utf-8")
    out = tmp_path / "out.toml"
    result = import_notes(notes, own_round("Prose", notes), out, define_round=True)
    assert (result.written, result.imported, out.exists()) == (False, 0, False)
    assert [s.skipped.text for s in result.skipped] == ["Setting"]


def test_no_questions_is_one_line_from_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "prose.md"
    notes.write_text("Just prose, no heading.\n", encoding="utf-8")
    assert main(["bank", "import", str(notes), "--out", str(tmp_path / "out.toml")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"mockterm: error: no questions found in {notes}, so nothing")
    assert not (tmp_path / "out.toml").exists()


def test_escape_sequences_pasted_into_notes_go_whole(tmp_path: Path) -> None:
    """Notes pasted from a terminal: the colour codes and a window title go, no "[31m" left."""
    notes = tmp_path / "pasted.md"
    notes.write_text(
        "- What is \x1b[1mentropy\x1b[0m\x1b]0;pwned\x07 in bits?\n  [red]x[/red] surprise\x07\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.toml"
    import_notes(notes, own_round("Pasted", notes), out, define_round=True)
    (prompt,) = imported(out).values()
    assert (prompt["title"], prompt["answer"]) == (
        "What is entropy in bits?",
        "[red]x[/red] surprise",  # markup is words: escaped where it is drawn
    )
    assert "\\u001b" not in out.read_text(encoding="utf-8")


def test_ids_from_notes_deep_in_a_folder_stay_ones_a_bank_accepts() -> None:
    from mockterm.core.bank.model import ID_MAX, SLUG

    prefix = "-".join(["a-very-long-folder-name"] * 8)
    question = "Why does " + "this question go on " * 10 + "?"
    made = prompt_id(prefix, question, "2")
    assert len(made) <= ID_MAX and SLUG.fullmatch(made), made
    assert made.startswith("a-very-long") and made.endswith("-2")
    assert prompt_id("notes", "Why?") == "notes-why"  # short ones as they were


def test_rapid_fire_questions_need_an_answer_or_a_note(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'round = "demo_rapid"\n[[prompts]]\nid = "x"\ntitle = "x"\ntext = "x?"\n'
        '[[prompts]]\nid = "y"\ntitle = "y"\ntext = "y?"\nnote = "/notes/y.md:3"\n',
        encoding="utf-8",
    )
    loaded = load_bank([TEST_BANK, bad])
    assert [p.field for p in loaded.problems] == ["x.answer"]
    assert "y" in loaded.bank.prompts and "x" not in loaded.bank.prompts


def test_a_long_parent_gives_way_to_the_question_in_the_title() -> None:
    from mockterm.core.bank.notes.found import Question
    from mockterm.core.bank.notes.prompts import title_of

    sub = Question(
        16,
        "What is the prior's variance in terms of `λ`?",
        context=("Show that ridge is MAP with a Gaussian prior.",),
    )
    assert (
        title_of(sub)
        == "Show that ridge is MAP with a… → What is the prior's variance in terms of λ?"
    )
    image = Question(10, "Given this image ![](lin.png), is it linearly separable?")
    assert title_of(image) == "Given this image, is it linearly separable?"
    assert title_of(Question(3, "How to prevent them?", context=("Dead neurons",))) == (
        "Dead neurons → How to prevent them?"
    )
