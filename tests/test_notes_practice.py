"""Notes as practice, tried as a new user would: a folder of notes imported into a round of its
own, that round practised in the app (a question with no answer in the notes is graded on
recall, and its note opens at its line), then its due count on Home once it comes due."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from mockterm.cli import main
from mockterm.core.bank import load_bank
from mockterm.core.config import Config, Settings
from mockterm.core.paths import builtin_bank_dir, user_bank_dir
from mockterm.core.sessions.session_file import read_session, write_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui import editor
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.end_screen import EndScreen
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.screens.session_screen import SessionScreen
from tests.conftest import DATA, FakeClock, settle


def test_the_editor_opens_a_file_at_a_line() -> None:
    path = Path("/notes/a b.md")
    assert editor.edit_command("vim", path, 12) == ["vim", "+12", "/notes/a b.md"]
    assert editor.edit_command("code --wait", path, 3) == [
        "code",
        "--wait",
        "-g",
        "/notes/a b.md:3",
    ]
    assert editor.edit_command("nano", path) == ["nano", "/notes/a b.md"]


class _Suspending:
    """An app's suspend as Textual does it: it resumes only when the block ends normally."""

    def __init__(self) -> None:
        self.suspended = False

    @contextmanager
    def suspend(self) -> Iterator[None]:
        self.suspended = True
        yield
        self.suspended = False


def test_an_editor_that_cannot_run_is_one_line_and_the_app_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = tmp_path / "note.md"
    note.write_text("- Why?\n", encoding="utf-8")
    app = _Suspending()
    monkeypatch.setenv("VISUAL", "no-such-editor-here")
    problem = editor.open_in_editor(app, note, 1)  # type: ignore[arg-type]
    assert problem.startswith("Could not run 'no-such-editor-here': no such program. Set $VISUAL")
    monkeypatch.setenv("VISUAL", "true")
    gone = editor.open_in_editor(app, tmp_path / "moved.md", 1)  # type: ignore[arg-type]
    assert (
        gone
        == f"Could not open {tmp_path / 'moved.md'}: it is not there any more (moved or deleted?)"
    )

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(editor.subprocess, "run", refuse)
    assert editor.open_in_editor(app, note, 1) == "Could not run 'true': Permission denied"  # type: ignore[arg-type]
    assert not app.suspended  # the terminal is the app's again
    assert "\n" not in problem + gone


async def test_practising_imported_notes(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(DATA / "notes" / "vault", notes)
    (notes / "chapter.md").write_text(
        "## Questions\n\n1. [H] Why does batch norm allow higher learning rates?\n",
        encoding="utf-8",
    )
    assert main(["bank", "import", str(notes), "--name", "DL cards"]) == 0
    loaded = load_bank([builtin_bank_dir(), user_bank_dir()])
    assert not loaded.problems, loaded.problems
    mine = [p for p in loaded.bank.prompts.values() if p.round_id == "dl-cards"]
    assert len(mine) == 13
    bare = next(p for p in mine if p.note.endswith("chapter.md:3"))
    assert bare.answer == "" and bare.difficulty == "hard"

    store = SessionStore(tmp_path / "sessions")
    settings = Settings(Config(bell=False), store.root, (builtin_bank_dir(), user_bank_dir()))
    opened: list[tuple[Path, int]] = []
    monkeypatch.setattr(
        "mockterm.ui.screens.session_screen.open_in_editor",
        lambda app, path, line=0: opened.append((path, line)) or "",
    )
    app = MocktermApp(settings, loaded, store, clock=clock, start=(bare, None))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        asked = screen.mock.questions
        assert len(asked) == 5 and {q.round_id for q in asked} == {"dl-cards"}
        markdown = screen.query_one("#prompt")
        await pilot.press("o")  # no note to open before the reveal
        assert opened == []
        await pilot.press("n")  # answered: reveal
        source = markdown.source  # type: ignore[attr-defined]
        assert "Your notes have no answer to this one" in source
        assert f"`{notes.resolve()}/chapter.md`, line 3" in source
        await pilot.press("o")
        assert opened == [((notes / "chapter.md").resolve(), 3)]
        await pilot.press("1")  # again: due tomorrow
        for _ in asked[1:]:
            await pilot.press("n", "1")  # reveal, grade
        assert isinstance(app.screen, EndScreen)
        await pilot.press("escape")
    folder = next(store.root.iterdir())
    saved = read_session(folder)
    assert dict(saved.question_grades) == {q.id: "again" for q in asked}
    # three days on, the five cards are due: Home says so next to the round
    earlier = replace(
        saved,
        started_at=saved.started_at - timedelta(days=3),
        ended_at=(saved.ended_at or saved.started_at) - timedelta(days=3),
    )
    write_session(folder, earlier)
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.practice.due["dl-cards"] == 5
        label = app.screen._label(loaded.bank.rounds["dl-cards"])
        assert str(label) == "DL cards · 13 · 5 due"
