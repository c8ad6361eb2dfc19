"""Coding rounds, the core: a prompt's code folder, the workspace, the code's history, levels that
unlock on green, and the test runner under hostile code."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mockterm.core.coding.history import (
    KEYFRAME_EVERY,
    Run,
    apply_ops,
    code_at,
    diff_ops,
    read_history,
)
from mockterm.core.coding.levels import green_levels, unlocked
from mockterm.core.coding.runner import run_tests
from mockterm.core.coding.spec import CodeSpecError, load_spec
from mockterm.core.coding.workspace import PROMPT_CODE, SOLUTION_FILE, Workspace
from tests.conftest import CODING_BANK

ADD_TESTS = """
from solution import add


def test_small():
    assert add(1, 2) == 3


def test_negative():
    assert add(-1, -2) == -3, "negatives add up"
"""


def prompt_code(tmp_path: Path, levels: int = 0) -> Path:
    folder = tmp_path / "code" / "demo-add"
    folder.mkdir(parents=True)
    (folder / "starter.py").write_text(
        'def add(a, b):\n    """a + b"""\n    raise NotImplementedError\n'
    )
    (folder / "solution.py").write_text(
        "def add(a, b):\n    return a + b\n\n\ndef mul(a, b):\n    return a * b\n"
    )
    if levels:
        (folder / "tests_level1.py").write_text(ADD_TESTS)
        (folder / "tests_level2.py").write_text(
            "from solution import mul\n\n\ndef test_mul():\n    assert mul(2, 3) == 6\n"
        )
    else:
        (folder / "tests.py").write_text(ADD_TESTS)
        (folder / "hidden_tests.py").write_text(
            "from solution import add\n\n\ndef test_big():\n    assert add(10**20, 1) > 10**20\n"
        )
    return folder


# --- the prompt's code folder -------------------------------------------------------------------


def test_a_code_folder_is_read_with_its_tests_in_order(tmp_path: Path) -> None:
    spec = load_spec(prompt_code(tmp_path))
    assert [(t.label, t.path.name) for t in spec.tests] == [
        ("examples", "tests.py"),
        ("hidden", "hidden_tests.py"),
    ]
    assert "raise NotImplementedError" in spec.starter["solution.py"] and spec.timeout == 10.0


def test_a_levels_folder_needs_each_levels_tests(tmp_path: Path) -> None:
    folder = prompt_code(tmp_path, levels=2)
    spec = load_spec(folder, levels=2)
    assert [t.label for t in spec.tests_up_to(1)] == ["level 1"]
    assert [t.label for t in spec.tests_up_to(2)] == ["level 1", "level 2"]
    with pytest.raises(CodeSpecError, match=r"tests_level3\.py"):
        load_spec(folder, levels=3)


def test_torch_prompts_get_a_longer_time_limit_and_run_toml_sets_one(tmp_path: Path) -> None:
    folder = prompt_code(tmp_path)
    (folder / "solution.py").write_text("import torch\n\ndef add(a, b):\n    return a + b\n")
    assert load_spec(folder).timeout == 60.0
    (folder / "run.toml").write_text("timeout_seconds = 3\n")
    assert load_spec(folder).timeout == 3.0
    (folder / "run.toml").write_text('timeout_seconds = "soon"\n')
    with pytest.raises(CodeSpecError, match="timeout_seconds"):
        load_spec(folder)


# --- the code's history -------------------------------------------------------------------------

lines = st.lists(
    st.sampled_from(["a\n", "b\n", "def f():\n", "    return 1\n", "\n", "x"]), max_size=12
)


@given(lines, lines)
def test_a_diff_applied_gives_the_new_text(old: list[str], new: list[str]) -> None:
    before, after = "".join(old), "".join(new)
    assert apply_ops(before, diff_ops(before, after)) == after


def test_history_replays_every_save_and_keeps_runs(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path, load_spec(prompt_code(tmp_path / "bank")), offset=1.0)
    texts = [workspace.text]
    for i in range(KEYFRAME_EVERY + 5):
        text = workspace.text + f"# edit {i}\n"
        assert workspace.save(text, offset=10.0 + i)
        texts.append(text)
    assert not workspace.save(workspace.text, offset=99.0)  # unchanged: nothing recorded
    workspace.history.run(Run(60.0, 1, 2, ("examples::test_negative",)))
    saves, runs = read_history(workspace.history.path)
    assert [s.text for s in saves] == texts
    assert code_at(saves, 10.5) == texts[1] and code_at(saves, 0.0) == texts[0]
    assert runs == [Run(60.0, 1, 2, ("examples::test_negative",))]
    # a crash mid-line leaves a cut last line: it is skipped, nothing before it is lost
    with workspace.history.path.open("a") as handle:
        handle.write('{"t": 70, "kind": "save", "ops": [[0, 1, ["cut')
    assert [s.text for s in read_history(workspace.history.path)[0]] == texts


# --- the workspace ------------------------------------------------------------------------------


def test_the_workspace_starts_from_the_starter_and_keeps_the_prompts_code(tmp_path: Path) -> None:
    bank = prompt_code(tmp_path / "bank")
    session = tmp_path / "session"
    session.mkdir()
    workspace = Workspace.create(session, load_spec(bank), offset=0.0)
    assert (session / SOLUTION_FILE).read_text() == (bank / "starter.py").read_text()
    assert (session / PROMPT_CODE / "hidden_tests.py").is_file()
    assert workspace.spec.folder == session / PROMPT_CODE  # review works after the bank changes
    assert (os.stat(session / SOLUTION_FILE).st_mode & 0o777) == 0o600


def test_another_editors_change_is_picked_up_and_a_deleted_file_comes_back(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path, load_spec(prompt_code(tmp_path / "bank")))
    assert workspace.poll(1.0) == []
    time.sleep(0.01)  # a new mtime
    (tmp_path / SOLUTION_FILE).write_text("def add(a, b):\n    return a + b\n")
    [change] = workspace.poll(2.0)
    assert not change.restored and "return a + b" in change.text
    assert workspace.poll(3.0) == []
    (tmp_path / SOLUTION_FILE).unlink()
    [change] = workspace.poll(4.0)
    assert change.restored
    assert "return a + b" in (tmp_path / SOLUTION_FILE).read_text()
    saves, _ = read_history(workspace.history.path)
    assert [s.source for s in saves] == ["start", "disk"]


# --- levels -------------------------------------------------------------------------------------


def test_level_two_unlocks_when_level_one_is_green(tmp_path: Path) -> None:
    spec = load_spec(prompt_code(tmp_path, levels=2), levels=2)
    workspace = Workspace.create(
        tmp_path / "s" if (tmp_path / "s").mkdir() is None else tmp_path, spec
    )
    first = workspace.run(level=1)
    assert first.passed == 0 and green_levels(workspace.spec, first) == ()
    assert unlocked(workspace.spec, 1, green_levels(workspace.spec, first)) == 1
    workspace.save("def add(a, b):\n    return a + b\n", offset=5.0)
    second = workspace.run(level=1)
    assert second.green and green_levels(workspace.spec, second) == (1,)
    assert unlocked(workspace.spec, 1, (1,)) == 2
    assert unlocked(workspace.spec, 2, ()) == 2  # once shown, a level stays
    assert unlocked(workspace.spec, 1, (2,)) == 1  # level 2 alone does not count


# --- hostile code: each is one clear line, and the session is untouched ------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "def add(a, b):\n    while True:\n        pass\n",
            "timed out: the run was stopped after 2 s",
        ),
        ("import os\nos._exit(3)\n", "exited with code 3"),
        ("import sys\nsys.exit(4)\n", "could not be loaded: the code called exit(4)"),
        ("def add(a, b)\n    return a + b\n", "solution.py does not parse: expected ':' (line 1)"),
        ("import numpy_not_installed\n", "module 'numpy_not_installed' is not installed for"),
    ],
    ids=["loops", "os-exit", "sys-exit", "syntax", "missing-module"],
)
def test_hostile_code_is_one_line(tmp_path: Path, code: str, expected: str) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(ADD_TESTS)
    # only the endless loop is meant to reach the limit; the others must not, however busy the
    # machine (a Python that starts slowly is no timeout)
    run = run_tests(code, [("examples", tests)], timeout=2 if "while True" in code else 60)
    assert expected in run.problem
    assert "\n" not in run.problem and not run.green


def test_printing_megabytes_is_cut(tmp_path: Path) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(ADD_TESTS)
    code = "def add(a, b):\n    print('x' * 100_000)\n    return a + b\n"
    run = run_tests(code, [("examples", tests)], timeout=60)
    assert run.green and len(run.output) < 20_000 and "output cut" in run.output


def test_the_code_runs_under_the_limits(tmp_path: Path) -> None:
    """Memory past the limit is a MemoryError, a file past 8 MB is refused, and the code runs
    below the app's priority: the harness set them before loading the code."""
    tests = tmp_path / "tests.py"
    tests.write_text(
        "import os, resource\n"
        "from solution import add\n"
        "def test_memory():\n"
        "    try:\n"
        "        bytearray(3 * 1024 * 1024 * 1024)\n"
        "    except MemoryError:\n"
        "        return\n"
        "    raise AssertionError('no memory limit')\n"
        "def test_file_size():\n"
        "    assert resource.getrlimit(resource.RLIMIT_FSIZE)[0] == 8 * 1024 * 1024\n"
        "def test_priority():\n"
        "    assert os.nice(0) >= 5\n"
    )
    code = "def add(a, b):\n    return a + b\n"
    run = run_tests(code, [("examples", tests)], timeout=60)  # 2 GB of address space
    assert run.green, [(r.name, r.message) for r in run.results if not r.passed]


def test_a_fork_is_killed_with_the_run(tmp_path: Path) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(ADD_TESTS)
    marker = tmp_path / "child-alive"
    code = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    time.sleep(3)\n"
        f"    open({str(marker)!r}, 'w').close()\n"
        "    os._exit(0)\n"
        "def add(a, b):\n    return a + b\n"
    )
    run = run_tests(code, [("examples", tests)], timeout=60)
    assert run.green
    time.sleep(4)
    assert not marker.exists(), "the forked child outlived the run"


def test_code_that_deletes_its_own_file_leaves_the_session_alone(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path, load_spec(prompt_code(tmp_path / "bank")))
    workspace.save(
        "import os\nos.remove(__file__)\n\ndef add(a, b):\n    return a + b\n", offset=1.0
    )
    run = workspace.run()
    assert run.green  # the run's own copy is gone, not the session's file
    assert (tmp_path / SOLUTION_FILE).is_file()


def test_deep_recursion_that_is_correct_passes(tmp_path: Path) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(
        "from solution import depth\n\n\ndef test_deep():\n    assert depth(20000) == 20000\n"
    )
    code = "def depth(n):\n    return 0 if n == 0 else depth(n - 1) + 1\n"
    assert run_tests(code, [("examples", tests)], timeout=60).green


# --- a multi-file project -----------------------------------------------------------------------


def test_a_project_prompt_runs_its_tests_against_the_whole_tree(tmp_path: Path) -> None:
    spec = load_spec(CODING_BANK / "code" / "demo-inventory")
    assert spec.project
    assert sorted(spec.starter) == ["README.md", "inventory/__init__.py", "inventory/store.py"]
    assert list(spec.reference_changes) == ["inventory/store.py"]
    assert run_tests(spec.reference, [(t.label, t.path) for t in spec.tests]).green
    workspace = Workspace.create(tmp_path, spec)
    assert (tmp_path / "project" / "inventory" / "store.py").is_file()
    assert workspace.main_file == "README.md"
    first = workspace.run()
    assert (first.passed, first.total) == (0, 2)
    # another tool (an AI assistant, say) edits one file and adds another
    time.sleep(0.01)
    store = tmp_path / "project" / "inventory" / "store.py"
    store.write_text(spec.reference["inventory/store.py"])
    (tmp_path / "project" / "inventory" / "notes.py").write_text("PLAN = 'done'\n")
    changes = workspace.poll(30.0, source="assistant")
    assert sorted(c.file for c in changes) == ["inventory/notes.py", "inventory/store.py"]
    assert workspace.run().green
    saves, _ = read_history(workspace.history.path)
    assert {s.file for s in saves if s.source == "assistant"} == {
        "inventory/notes.py",
        "inventory/store.py",
    }
    assert code_at(saves, 0.0, "inventory/store.py") == spec.starter["inventory/store.py"]


def test_bank_validate_run_runs_every_coding_prompt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from mockterm.cli import main

    assert main(["bank", "validate", "--run", str(CODING_BANK)]) == 0
    out = capsys.readouterr().out
    assert "ran demo-add: reference 3/3, starter fails as it should" in out
    assert "ran demo-inventory: reference 2/2" in out
    assert "ran the tests of 3 coding prompt(s)" in out
    broken = tmp_path / "bank"
    shutil.copytree(CODING_BANK, broken)
    (broken / "code" / "demo-add" / "solution.py").write_text("def add(a, b):\n    return a\n")
    assert main(["bank", "validate", "--run", str(broken)]) == 2
    out = capsys.readouterr().out
    assert "prompts (demo-add).code: the reference solution does not pass" in out
