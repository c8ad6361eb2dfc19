"""A coding mock in core: the runner makes the workspace, keeps each run, unlocks the levels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mockterm.core.bank import LoadResult, load_bank
from mockterm.core.coding.history import read_history
from mockterm.core.config import Config
from mockterm.core.runner import MockRunner
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from tests.conftest import CODING_BANK, TEST_BANK, FakeClock


class Listener:
    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    def recording_line(self, text: str) -> None:
        self.seen.append(("line", text))

    def recording_problem(self, text: str) -> None:
        self.seen.append(("problem", text))

    def save_problem(self, text: str) -> None:
        self.seen.append(("save", text))

    def transcript_done(self, runner: MockRunner, table: dict[str, Any]) -> None:
        self.seen.append(("transcript", table))


@pytest.fixture
def coding() -> LoadResult:
    result = load_bank([TEST_BANK, CODING_BANK])
    assert not result.problems, result.problems
    return result


def runner_for(
    coding: LoadResult, store: SessionStore, clock: FakeClock, prompt_id: str
) -> MockRunner:
    prompt = coding.bank.prompts[prompt_id]
    mock = MockSession(store, coding.bank.round(prompt.round_id), prompt, clock=clock)
    runner = MockRunner(mock, Config(), Listener())
    runner.start(record=False)
    return runner


def test_a_coding_mock_starts_from_the_starter(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    runner = runner_for(coding, store, clock, "demo-add")
    assert runner.workspace is not None and not runner.code_problem
    folder = runner.mock.folder
    assert folder is not None
    assert "raise NotImplementedError" in (folder / "solution.py").read_text()
    assert read_session(folder).extra["code"] == {
        "file": "solution.py",
        "history": "code_history.jsonl",
        "runs": [],
    }


def test_each_run_is_kept_with_its_offset(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    runner = runner_for(coding, store, clock, "demo-add")
    clock.advance(30)
    first = runner.record_run(runner.run_tests())
    assert first.run.passed == 0 and first.run.total == 3
    clock.advance(60)
    assert runner.save_code("def add(a, b):\n    return a + b\n")
    clock.advance(5)
    second = runner.record_run(runner.run_tests())
    assert second.run.green and second.unlocked == () and not second.levels_done
    folder = runner.mock.folder
    assert folder is not None
    session = read_session(folder)
    runs = session.extra["code"]["runs"]
    assert [(r["offset"], r["passed"], r["total"]) for r in runs] == [(30.0, 0, 3), (95.0, 3, 3)]
    assert runs[0]["failing"] == [
        "examples::test_example",
        "hidden::test_negative",
        "hidden::test_zero",
    ]
    assert [(e.offset, e.text) for e in session.events if e.kind == "tests"] == [
        (30.0, "0/3"),
        (95.0, "3/3"),
    ]
    saves, history_runs = read_history(folder / "code_history.jsonl")
    assert [s.offset for s in saves] == [0.0, 90.0] and len(history_runs) == 2


def test_level_two_appears_only_when_level_one_is_green(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    runner = runner_for(coding, store, clock, "demo-counter")
    assert runner.level == 1
    clock.advance(20)
    assert runner.record_run(runner.run_tests()).unlocked == ()
    assert runner.level == 1
    level_one = (
        "class Counter:\n    def __init__(self):\n        self.n = 0\n\n"
        "    def increment(self):\n        self.n += 1\n\n"
        "    def get(self):\n        return self.n\n"
    )
    runner.save_code(level_one)
    clock.advance(40)
    outcome = runner.record_run(runner.run_tests())
    assert outcome.unlocked == (2,) and runner.level == 2 and not outcome.levels_done
    assert outcome.run.total == 2  # level 1's tests only: level 2 was not shown yet
    runner.save_code(
        level_one + "\n    def reset(self):\n        n, self.n = self.n, 0\n        return n\n"
    )
    clock.advance(30)
    outcome = runner.record_run(runner.run_tests())
    assert outcome.run.green and outcome.run.total == 3 and outcome.levels_done
    folder = runner.mock.folder
    assert folder is not None
    session = read_session(folder)
    assert session.extra["code"]["levels_total"] == 2
    assert session.extra["code"]["levels"] == [
        {"level": 1, "green_at": 60.0},
        {"level": 2, "green_at": 90.0},
    ]
    assert [(e.kind, e.offset, e.text) for e in session.events if "level" in e.kind] == [
        ("level_green", 60.0, "1"),
        ("level_unlocked", 60.0, "2"),
        ("level_green", 90.0, "2"),
    ]


def test_a_broken_code_folder_leaves_a_plain_mock(
    coding: LoadResult, store: SessionStore, clock: FakeClock, tmp_path: Path
) -> None:
    prompt = coding.bank.prompts["demo-add"]._replace(code_dir=str(tmp_path / "nowhere"))
    mock = MockSession(store, coding.bank.round("demo_code"), prompt, clock=clock)
    runner = MockRunner(mock, Config(), Listener())
    runner.start(record=False)
    assert runner.workspace is None and "missing starter.py" in runner.code_problem
    assert mock.session is not None and mock.session.status == "running"


# --- in the app ---------------------------------------------------------------------------------


async def wait_for_run(pilot: Any, pane: Any) -> None:
    """The tests run in a worker: wait for it, then for its message to be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert not pane.running


async def test_level_two_appears_in_the_app_after_level_one_passes(
    coding: LoadResult, store: SessionStore, clock: FakeClock, tmp_path: Path
) -> None:
    from mockterm.core.config import Settings
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.session_screen import SessionScreen
    from mockterm.ui.widgets.coding_pane import CodingPane
    from tests.conftest import settle

    prompt = coding.bank.prompts["demo-counter"]
    settings = Settings(Config(bell=False), store.root, (TEST_BANK, CODING_BANK))
    app = MocktermApp(settings, coding, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        markdown = screen.query_one("#prompt")
        source = markdown.source  # type: ignore[attr-defined]
        assert "Level 1" in source and "Level 2" not in source
        pane = screen.query_one(CodingPane)
        await pilot.press("i")  # into the editor
        assert pane.editor.has_focus
        pane.editor.text = ""
        await pilot.press(*"class Counter:", "enter", *"n = 0", "enter")
        await pilot.press(*"def increment(self):", "enter", *"type(self).n += 1", "enter")
        await pilot.press("backspace", *"def get(self):", "enter", *"return self.n", "enter")
        await pilot.press("ctrl+r")  # from inside the editor: saves, then runs
        await wait_for_run(pilot, pane)
        run = pane.last
        assert run is not None and (run.passed, run.total) == (1, 2)
        failures = [r.name for r in run.results if not r.passed]
        assert failures == ["test_starts_at_zero"]  # a class-level counter is shared
        assert "Level 2" not in markdown.source  # type: ignore[attr-defined]
        clock.advance(30)
        pane.editor.text = (
            "class Counter:\n    def __init__(self):\n        self.n = 0\n\n"
            "    def increment(self):\n        self.n += 1\n\n"
            "    def get(self):\n        return self.n\n"
        )
        await pilot.press("ctrl+r")
        await wait_for_run(pilot, pane)
        assert "Level 2" in markdown.source  # type: ignore[attr-defined]
        assert screen.mock.timer.index == 0  # the clock is guidance: it did not move
        await pilot.press("escape")  # leaves the editor, does not abandon
        assert not pane.editor.has_focus and app.screen is screen
        await pilot.press("w")  # the prompt gets most of the width
        assert screen.query_one("#session-body").has_class("-wide-prompt")
        await pilot.press("e", "y")  # End asks first
        end = app.screen
        tests_line = str(end.query_one("#end-tests").render())
        assert "2/2 at the last run" in tests_line and "never all green" in tests_line


# --- review -------------------------------------------------------------------------------------


def test_review_shows_the_code_phase_by_phase_and_the_runs(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    import json

    from mockterm.core.review.export import load_review, render

    runner = runner_for(coding, store, clock, "demo-add")
    clock.advance(30)
    runner.save_code("def add(a, b):\n    return a - b\n")  # in phase 1 (Idea)
    clock.advance(40)
    runner.mock.next_phase()  # Idea ran 70 s
    runner.record_run(runner.run_tests())
    clock.advance(20)
    runner.save_code("def add(a, b):\n    return a + b\n")  # in phase 2 (Code)
    runner.record_run(runner.run_tests())
    runner.mock.end()
    folder = runner.mock.folder
    assert folder is not None
    review = load_review(folder)
    code = review.code
    assert code is not None and code.files == {"solution.py": "def add(a, b):\n    return a + b\n"}
    assert [m.label for m in code.moments] == ["end of Idea", "end of Code"]
    assert "return a - b" in code.moments[0].text and "+    return a + b" in code.moments[1].diff
    assert [(r.passed, r.total) for r in code.runs] == [(1, 3), (3, 3)]
    assert code.first_green == 90.0
    markdown = render(review, "md")
    assert "## Code" in markdown and "all green first at 1:30" in markdown
    assert "```python\ndef add(a, b):\n    return a + b\n```" in markdown
    data = json.loads(render(review, "json"))
    assert data["code"]["final"] == code.files
    assert [r["passed"] for r in data["code"]["runs"]] == [1, 3]
    assert data["code"]["phases"][0]["code"] == {
        "solution.py": "def add(a, b):\n    return a - b\n"
    }


async def test_the_session_detail_has_the_code_and_the_tests(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    from mockterm.core.config import Settings
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.session_detail_screen import SessionDetailScreen
    from mockterm.ui.widgets.code_review import CodeMoments
    from tests.conftest import settle

    runner = runner_for(coding, store, clock, "demo-add")
    clock.advance(30)
    runner.save_code("def add(a, b):\n    return a + b\n")
    runner.record_run(runner.run_tests())
    runner.mock.end()
    folder = runner.mock.folder
    assert folder is not None
    settings = Settings(Config(bell=False), store.root, (TEST_BANK, CODING_BANK))
    app = MocktermApp(settings, coding, store, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_session(folder)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionDetailScreen)
        screen.query_one("#detail-tabs").active = "tab-code"  # type: ignore[attr-defined]
        await pilot.pause()
        moments = screen.query_one(CodeMoments)
        code_view = moments.query_one("#code-at")
        assert "return a + b" in code_view.text  # type: ignore[attr-defined]
        moments.query_one("#code-moments").focus()
        await pilot.press("d")
        assert moments.diff and moments.query_one("#code-diff").display


async def test_compare_attempts_shows_each_attempts_tests_and_times_to_green(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    from mockterm.core.config import Settings
    from mockterm.core.review.index import ReviewIndex
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.compare_screen import CompareScreen
    from tests.conftest import settle

    solved = (
        "class Counter:\n    def __init__(self):\n        self.n = 0\n\n"
        "    def increment(self):\n        self.n += 1\n\n"
        "    def get(self):\n        return self.n\n\n"
        "    def reset(self):\n        n, self.n = self.n, 0\n        return n\n"
    )
    for minutes in (2, 1):  # the second attempt is faster
        runner = runner_for(coding, store, clock, "demo-counter")
        clock.advance(60 * minutes)
        runner.save_code(solved)
        runner.record_run(runner.run_tests())  # level 1 green, level 2 unlocked
        clock.advance(10)
        runner.record_run(runner.run_tests())  # both green
        runner.mock.end()
        clock.advance(3600)
    rows = ReviewIndex(store.root).load()
    assert sorted(r.levels_green for r in rows) == [(60.0, 70.0), (120.0, 130.0)]
    assert {r.tests for r in rows} == {(3, 3)}
    settings = Settings(Config(bell=False), store.root, (TEST_BANK, CODING_BANK))
    app = MocktermApp(settings, coding, store, clock=clock)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.open_attempts("demo-counter", rows)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        table = screen.query_one("#compare-table")
        labels = [str(c.label) for c in table.ordered_columns]  # type: ignore[attr-defined]
        code = slice(labels.index("tests"), labels.index("tests") + 4)
        assert labels[code] == ["tests", "green at", "L1 green", "L2 green"]
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(2)]  # type: ignore[attr-defined]
        assert [c[code] for c in cells] == [
            ["3/3", "2:10", "2:00", "2:10"],
            ["3/3", "1:10", "1:00", "1:10"],
        ]


async def test_a_project_prompt_has_a_file_list_and_picks_up_an_assistants_edits(
    coding: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    from textual.widgets import Static

    from mockterm.core.config import Settings
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.session_screen import SessionScreen
    from mockterm.ui.widgets.coding_pane import CodingPane
    from tests.conftest import settle

    prompt = coding.bank.prompts["demo-inventory"]
    settings = Settings(Config(bell=False), store.root, (TEST_BANK, CODING_BANK))
    app = MocktermApp(settings, coding, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        pane = screen.query_one(CodingPane)
        files = pane.query_one("#code-files")
        assert [files.get_option_at_index(i).id for i in range(files.option_count)] == [  # type: ignore[attr-defined]
            "README.md",
            "inventory/__init__.py",
            "inventory/store.py",
        ]
        assert pane.file == "README.md" and "feature to add" in pane.editor.text
        files.focus()
        await pilot.press("down", "down", "enter")
        assert pane.file == "inventory/store.py" and pane.editor.language == "python"
        # leaving the README saved it: prose is not Python, so no "does not parse" warning
        said = pane.query_one("#results", Static).content
        assert "parse" not in str(said)
        folder = screen.mock.folder
        assert folder is not None
        solved = CODING_BANK / "code" / "demo-inventory" / "solution" / "inventory" / "store.py"
        (folder / "project" / "inventory" / "store.py").write_text(solved.read_text())
        pane.poll()  # as the twice-a-second timer does
        assert "low_stock" in pane.editor.text
        await pilot.press("ctrl+r")
        await wait_for_run(pilot, pane)
        assert pane.last is not None and pane.last.green
