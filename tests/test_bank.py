"""The bank loader: every problem as file:line: field: message, never an exception."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mockterm.core.bank import BankError, Problem, load_bank, load_file, parse_file

ROUND = """\
[round]
id = "r"
title = "R"
minutes = 3

[[round.phases]]
name = "One"
minutes = 1

[[round.phases]]
name = "Two"
minutes = 2
"""

PROMPT = """
[[prompts]]
id = "p1"
title = "P"
text = "Do it."
"""


def check(text: str) -> list[Problem]:
    return list(parse_file("bank.toml", textwrap.dedent(text)).problems)


def test_a_good_file_has_no_problems() -> None:
    content = parse_file("bank.toml", ROUND + PROMPT)
    assert content.problems == ()
    assert content.round is not None and content.round.minutes == 3
    assert [p.id for p in content.prompts] == ["p1"]


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        # a typo in a key is reported where it is, with the likely intended key
        (
            ROUND + PROMPT.replace("title =", "titel ="),
            16,
            "prompts[0] (p1).titel",
            "did you mean 'title'?",
        ),
        (ROUND.replace("minutes = 3", "minuts = 3"), 4, "round.minuts", "did you mean 'minutes'"),
        (ROUND + PROMPT + "\n[[promts]]\nid = 'x'\n", 19, "promts", "did you mean 'prompts'"),
        # phases must add up to the round's minutes
        (
            ROUND.replace("minutes = 3", "minutes = 5"),
            4,
            "round.minutes",
            "is 5 but the phases add up to 3",
        ),
        # bad durations
        (
            ROUND.replace("minutes = 2", "minutes = -2"),
            12,
            "round.phases[1].minutes",
            "positive number",
        ),
        (
            ROUND.replace("minutes = 2", 'minutes = "2"'),
            12,
            "round.phases[1].minutes",
            "must be a number",
        ),
        (ROUND.replace("minutes = 2", "minutes = 0"), 12, "round.phases[1].minutes", "positive"),
        (
            ROUND.replace("minutes = 2", "minutes = 9000"),
            12,
            "round.phases[1].minutes",
            "more than a day",
        ),
        # duplicate ids within a file
        (ROUND + PROMPT + PROMPT, 20, "prompts[1].id", "duplicate id 'p1' (first at line 14)"),
        # bad values
        (ROUND.replace('id = "r"', 'id = "Bad Id"'), 2, "round.id", "must be lowercase"),
        (
            ROUND.replace("[round]", '[round]\nformat = "quiz"'),
            2,
            "round.format",
            "not one of single, levels, rapid_fire",
        ),
        (
            ROUND + PROMPT.replace('text = "Do it."', 'text = ""'),
            17,
            "prompts[0] (p1).text",
            "must not be empty",
        ),
        (
            ROUND + PROMPT + 'difficulty = "brutal"\n',
            18,
            "prompts[0] (p1).difficulty",
            "not one of easy, medium, hard",
        ),
        (ROUND + PROMPT + "hints = 'one'\n", 18, "prompts[0] (p1).hints", "list of strings"),
        (ROUND + PROMPT.replace('title = "P"\n', ""), 14, "prompts[0] (p1).title", "required"),
        # levels only in levels rounds
        (
            ROUND + PROMPT + "levels = ['a']\n",
            18,
            "prompts[0] (p1).levels",
            "only used in levels rounds",
        ),
        # TOML syntax errors keep their line
        (ROUND + "\n[[prompts]]\nid = 'p1\n", 15, "toml", "the file is skipped"),
        (ROUND + '\n[[prompts]]\nid = "p1\n', 15, "toml", "a quoted string is not closed"),
        # a file that is neither a round nor adds to one
        (PROMPT, 1, "round", "missing"),
    ],
)
def test_problems_are_reported_with_line_and_field(
    text: str, line: int, field: str, message: str
) -> None:
    problems = check(text)
    assert problems, "expected a problem"
    matching = [p for p in problems if p.field == field]
    assert matching, f"no problem for {field}: {problems}"
    assert matching[0].line == line, problems
    assert message in matching[0].message, problems
    assert str(matching[0]).startswith(f"bank.toml:{line}: {field}: ")


@pytest.mark.parametrize(
    ("prompt_id", "message"),
    [
        # `match` with `$` let a trailing newline through: the session folder's name then
        # ended in one
        ("p1\\n", "must be lowercase letters"),
        ("-p1", "starting with a letter or digit"),
        # it validated, then a mock failed to start: "File name too long"
        ("a" * 101, "is 101 characters long; an id has at most 100"),
    ],
)
def test_an_id_is_checked_in_full_and_has_a_length_limit(prompt_id: str, message: str) -> None:
    content = parse_file("bank.toml", ROUND + PROMPT.replace('"p1"', f'"{prompt_id}"'))
    assert content.prompts == ()
    assert [p.field for p in content.problems] == ["prompts[0].id"]
    assert message in content.problems[0].message
    assert len(str(content.problems[0])) < 200  # the id is shown cut short
    assert parse_file("bank.toml", ROUND + PROMPT.replace('"p1"', f'"{"a" * 100}"')).prompts


def test_a_round_id_read_as_a_reference_is_checked_in_full() -> None:
    problems = check('round = "r\\n"\n' + PROMPT)
    assert [(p.field, p.line) for p in problems] == [("round", 1)]
    assert "is not a round id" in problems[0].message


def test_a_byte_order_mark_is_read_like_any_editor_does(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (ROUND + PROMPT).encode())
    content = parse_file(path)
    assert content.problems == ()
    assert [p.id for p in content.prompts] == ["p1"]


def test_tables_nested_past_reason_are_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(ROUND + "x = " + "[" * 5000 + "]" * 5000 + "\n")
    (problem,) = parse_file(path).problems
    assert (problem.line, problem.field) == (1, "toml")
    assert "nested too deep" in problem.message
    result = load_bank([tmp_path])
    assert result.bank.prompts == {} and len(result.problems) == 1


def test_a_broken_round_still_has_its_prompts_checked_in_the_same_pass() -> None:
    bad_prompts = (
        PROMPT.replace('title = "P"', "title = 5")
        + PROMPT.replace('"p1"', '"p2"').replace('text = "Do it."\n', "")
        + PROMPT.replace('"p1"', '"p3"')
        + "levels = ['a']\n"
    )
    content = parse_file("bank.toml", ROUND.replace("minutes = 3", 'minutes = "3"') + bad_prompts)
    fields = [p.field for p in content.problems]
    assert fields == [
        "round.minutes",
        "prompts[0] (p1).title",
        "prompts[1] (p2).text",
        "prompts[2] (p3).levels",  # checked against the round's format, as it says it
    ]
    # without a round to run in, no prompt is kept
    assert content.round is None and content.prompts == ()
    # a bad format says nothing about what the prompts need: only their own fields are checked
    content = parse_file(
        "bank.toml", ROUND.replace("[round]", '[round]\nformat = "x"') + bad_prompts
    )
    assert [p.field for p in content.problems] == [
        "round.format",
        "prompts[0] (p1).title",
        "prompts[1] (p2).text",
    ]
    # a file without a round: its prompts' problems too
    assert [p.field for p in check(bad_prompts)] == [
        "round",
        "prompts[0] (p1).title",
        "prompts[1] (p2).text",
    ]


def test_rapid_fire_rules() -> None:
    text = """\
    [round]
    id = "rf"
    title = "Rapid"
    format = "rapid_fire"
    questions = 3
    seconds_per_question = 60

    [[prompts]]
    id = "q1"
    title = "Q"
    text = "What is overfitting?"
    """
    problems = check(text)
    assert [(p.field, p.line) for p in problems] == [("prompts[0] (q1).answer", 8)]
    content = parse_file("b.toml", textwrap.dedent(text) + 'answer = "Fitting noise."\n')
    assert content.problems == ()
    assert content.round is not None
    assert content.round.total_minutes() == 3
    assert [p.name for p in content.round.phases_for(content.prompts[0])] == [
        "Question 1",
        "Question 2",
        "Question 3",
    ]


def test_a_bad_entry_is_skipped_and_the_rest_kept() -> None:
    bad = PROMPT.replace('id = "p1"', 'id = "p2"').replace('text = "Do it."', "text = 3")
    content = parse_file("b.toml", ROUND + PROMPT + bad)
    assert [p.id for p in content.prompts] == ["p1"]
    assert len(content.problems) == 1


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_user_banks_merge_over_builtin(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    user = tmp_path / "user"
    write(builtin, "r.toml", ROUND + PROMPT)
    # same id overrides; a prompts-only file adds to a round defined elsewhere
    write(
        user,
        "more.toml",
        'round = "r"\n'
        + PROMPT.replace('title = "P"', 'title = "Mine"')
        + PROMPT.replace("p1", "p9"),
    )
    result = load_bank([builtin, user])
    assert result.problems == ()
    assert result.bank.prompts["p1"].title == "Mine"
    assert sorted(p.id for p in result.bank.prompts_for("r")) == ["p1", "p9"]


def test_an_id_of_another_round_in_a_later_bank_is_reported(tmp_path: Path) -> None:
    """A later bank replaces a prompt of the same id; one of another round would move it out of
    its round without a word."""
    other = ROUND.replace('id = "r"', 'id = "r2"')
    builtin = write(tmp_path / "builtin", "r.toml", ROUND + PROMPT).parent
    write(builtin, "r2.toml", other)
    user = write(tmp_path / "user", "mine.toml", 'round = "r2"\n' + PROMPT).parent
    result = load_bank([builtin, user])
    (problem,) = result.problems
    assert (Path(problem.path).name, problem.line, problem.field) == ("mine.toml", 4, "id")
    assert "also in" in problem.message and "(round 'r')" in problem.message
    assert "give one of them another id" in problem.message


def test_a_broken_user_file_is_reported_once_and_the_rest_loads(tmp_path: Path) -> None:
    builtin = write(tmp_path / "builtin", "r.toml", ROUND + PROMPT).parent
    user = tmp_path / "user"
    write(user, "broken.toml", "[[prompts]\nid = ")
    write(user, "ok.toml", 'round = "r"\n' + PROMPT.replace("p1", "p2"))
    write(user, "orphan.toml", 'round = "nope"\n' + PROMPT.replace("p1", "p3"))
    result = load_bank([builtin, user])
    assert sorted(result.bank.prompts) == ["p1", "p2"]
    paths = [Path(p.path).name for p in result.problems]
    assert paths == ["broken.toml", "orphan.toml"]
    assert "round 'nope' is not defined" in result.problems[1].message


def test_duplicate_ids_across_files_of_one_bank(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(bank, "a.toml", ROUND + PROMPT)
    write(bank, "b.toml", 'round = "r"\n' + PROMPT)
    result = load_bank([bank])
    assert len(result.problems) == 1
    assert "duplicate id 'p1', also in" in result.problems[0].message
    assert result.problems[0].line == 4  # the line of its id


def test_missing_directory_and_unreadable_bytes(tmp_path: Path) -> None:
    result = load_bank([tmp_path / "nowhere"])
    assert "no such file or directory" in result.problems[0].message
    path = tmp_path / "bin.toml"
    path.write_bytes(b"id = 1\n\xff\xfe")
    assert parse_file(path).problems[0].message == "is not UTF-8 text"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_only_gives_bank_errors(text: str) -> None:
    try:
        load_file("fuzz.toml", text)
    except BankError as exc:
        assert exc.problems and all(isinstance(p, Problem) for p in exc.problems)


toml_values = st.recursive(
    st.none().map(lambda _: "")
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "title",
                    "text",
                    "minutes",
                    "name",
                    "phases",
                    "hints",
                    "format",
                    "levels",
                    "answer",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["round", "prompts", "other"]), toml_values, max_size=3))
def test_arbitrary_toml_only_gives_problems(data: dict[str, object]) -> None:
    import tomli_w

    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        return
    try:
        load_file("fuzz.toml", text)
    except BankError as exc:  # the loader's own error type is the only acceptable exception
        assert all(isinstance(p, Problem) for p in exc.problems)


# --- a prompt's code folder: code/<id>/ beside its bank file -------------------------------------

LEVELS_ROUND = """\
[round]
id = "lv"
title = "Levels"
minutes = 2
format = "levels"

[[round.phases]]
name = "Level 1"
minutes = 1

[[round.phases]]
name = "Level 2"
minutes = 1

[[prompts]]
id = "p1"
title = "P"
text = "Build it."
levels = ["one", "two"]
"""


def code_folder(bank: Path, prompt_id: str, files: list[str]) -> Path:
    folder = bank / "code" / prompt_id
    folder.mkdir(parents=True)
    for name in files:
        (folder / name).write_text("# code\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "files"),
    [
        (ROUND + PROMPT, ["starter.py", "solution.py", "tests.py"]),
        (ROUND + PROMPT, ["starter.py", "solution.py", "tests.py", "hidden_tests.py"]),
        (LEVELS_ROUND, ["starter.py", "solution.py", "tests_level1.py", "tests_level2.py"]),
    ],
)
def test_a_complete_code_folder_is_the_prompts_code(
    tmp_path: Path, text: str, files: list[str]
) -> None:
    second = text[text.index("[[prompts]]") :].replace("p1", "p2")  # a prompt without code
    write(tmp_path, "r.toml", text + "\n" + second)
    folder = code_folder(tmp_path, "p1", files)
    result = load_bank([tmp_path])
    assert result.problems == ()
    assert result.bank.prompts["p1"].code_dir == str(folder)
    assert result.bank.prompts["p2"].code_dir == ""


@pytest.mark.parametrize(
    ("text", "files", "missing"),
    [
        (ROUND + PROMPT, ["starter.py", "tests.py"], "has no solution.py"),
        (ROUND + PROMPT, ["solution.py", "tests.py"], "has no starter.py"),
        (ROUND + PROMPT, ["starter.py", "solution.py", "hidden_tests.py"], "has no tests.py"),
        (ROUND + PROMPT, [], "has no starter.py, solution.py, tests.py"),
        (
            LEVELS_ROUND,
            ["starter.py", "solution.py", "tests.py", "tests_level1.py"],
            "has no tests_level2.py",
        ),
    ],
)
def test_an_incomplete_code_folder_is_reported_and_the_prompt_kept_without_code(
    tmp_path: Path, text: str, files: list[str], missing: str
) -> None:
    bank_file = write(tmp_path, "r.toml", text)
    code_folder(tmp_path, "p1", files)
    result = load_bank([tmp_path])
    [problem] = result.problems
    id_line = textwrap.dedent(text).splitlines().index('id = "p1"') + 1
    assert (problem.path, problem.line, problem.field) == (
        str(bank_file),
        id_line,
        "prompts[0] (p1).code",
    )
    assert problem.message.startswith(f"code/p1/ {missing} ")
    assert result.bank.prompts["p1"].code_dir == ""


def test_a_new_code_folder_is_seen_through_the_cache(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    write(bank, "r.toml", ROUND + PROMPT)
    cache = tmp_path / "cache"
    assert load_bank([bank], cache_dir=cache).bank.prompts["p1"].code_dir == ""
    folder = code_folder(bank, "p1", ["starter.py", "solution.py"])
    assert load_bank([bank], cache_dir=cache).problems[0].field == "prompts[0] (p1).code"
    (folder / "tests.py").write_text("# tests\n", encoding="utf-8")
    assert load_bank([bank], cache_dir=cache).bank.prompts["p1"].code_dir == str(folder)


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle at all", b"\x80\x05\x95", "a list", "a stale key"],
    ids=["empty", "garbage", "cut short", "wrong shape", "stale"],
)
def test_a_damaged_or_stale_bank_cache_is_only_a_slower_start(
    tmp_path: Path, damage: bytes | str
) -> None:
    import pickle

    bank = tmp_path / "bank"
    write(bank, "r.toml", ROUND + PROMPT)
    cache = tmp_path / "cache"
    cache.mkdir()
    if damage == "a list":
        damage = pickle.dumps([1, 2, 3])
    elif damage == "a stale key":
        damage = pickle.dumps((("another", "key"), "not a LoadResult"))
    assert isinstance(damage, bytes)
    (cache / "bank.pickle").write_bytes(damage)
    result = load_bank([bank], cache_dir=cache)
    assert result.problems == () and list(result.bank.prompts) == ["p1"]
    assert load_bank([bank], cache_dir=cache) == result  # and the cache is whole again


def test_a_bank_loads_without_control_characters() -> None:
    """A bank is untrusted (someone's notes, a shared file): whatever screen shows a prompt or a
    round, no escape sequence or bidi override in the file reaches the terminal."""

    from mockterm.core.text import is_plain

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, (tuple, list)):
            return [s for v in value for s in strings(v)]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in (*strings(k), *strings(v))]
        return []

    bank = load_bank([Path(__file__).parent / "data" / "hostile" / "banks"]).bank
    items = [bank.prompts["hostile-one"], bank.rounds["hostile"]]
    words = [s for item in items for s in strings(tuple(item))]
    assert any("[/INST]" in w for w in words)  # markup is words: it stays, escaped where drawn
    assert [w for w in words if not is_plain(w)] == []


def test_a_raw_control_character_says_how_to_write_it(tmp_path: Path) -> None:
    path = tmp_path / "raw.toml"
    path.write_bytes(b'[round]\nid = "r"\ntitle = "Red \x1b[31m"\n')
    [problem] = parse_file(path).problems
    assert problem.line == 3 and "\\u001b" in problem.message and "\x1b" not in str(problem)


def test_bank_files_are_the_toml_files_below_but_code_sorted_not_following_folder_links(
    tmp_path: Path,
) -> None:
    from mockterm.core.bank.load import bank_files

    bank = tmp_path / "bank"
    names = ("b.toml", "a.toml", "deep/er/c.toml", "notes.txt", "deep/x.toml.bak")
    project = "code/p1/project/pyproject.toml"  # a prompt's code: not a bank file
    for name in (*names, project):
        (bank / name).parent.mkdir(parents=True, exist_ok=True)
        (bank / name).write_text("", encoding="utf-8")
    (bank / "folder.toml").mkdir()  # a folder, not a bank file
    (bank / "loop").symlink_to(bank)  # followed, it would list everything again, forever
    (bank / "link.toml").symlink_to(bank / "a.toml")  # a link to a file is a file
    assert bank_files(bank) == sorted(
        bank / n for n in ("a.toml", "b.toml", "deep/er/c.toml", "link.toml")
    )
    assert bank_files(bank) == sorted(
        p for p in bank.rglob("*.toml") if p.is_file() and "code" not in p.parts
    )
    assert bank_files(tmp_path / "missing") == []


def test_the_bank_cache_is_kept_per_place_the_folder_leads_to(tmp_path: Path) -> None:
    """The cache key names where a bank folder really is: a link moved to another bank is
    another bank, even where its files have the same names, sizes and times."""
    one, other = tmp_path / "one", tmp_path / "other"
    write(one, "r.toml", ROUND + PROMPT)
    write(other, "r.toml", ROUND + PROMPT.replace('id = "p1"', 'id = "p2"'))
    cache = tmp_path / "cache"
    link = tmp_path / "bank"
    link.symlink_to(one)
    assert list(load_bank([link], cache_dir=cache).bank.prompts) == ["p1"]
    link.unlink()
    link.symlink_to(other)  # same path, same file names and (maybe) the same sizes and mtimes
    stat = (one / "r.toml").stat()
    os.utime(other / "r.toml", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert list(load_bank([link], cache_dir=cache).bank.prompts) == ["p2"]


def test_a_code_folders_run_toml_is_no_bank_file(tmp_path: Path) -> None:
    """`code/<id>/run.toml` (a prompt's time limit) and TOML files its tests read sit in the
    bank's folder tree: they are the prompt's, not bank files with problems."""
    bank = tmp_path / "bank"
    write(bank, "r.toml", ROUND + PROMPT)
    folder = code_folder(bank, "p1", ["starter.py", "solution.py", "tests.py"])
    (folder / "run.toml").write_text("timeout_seconds = 20\n", encoding="utf-8")
    (folder / "fixtures").mkdir()  # what its tests read
    (folder / "fixtures" / "settings.toml").write_text('name = "x"\n', encoding="utf-8")
    result = load_bank([bank])
    assert result.problems == ()
    assert result.bank.prompts["p1"].code_dir == str(folder)
