"""One bank file read and checked: its round or round id, its good prompts, and every problem."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mockterm.core.bank.checker import Checker, named, slug_problem
from mockterm.core.bank.code_folder import code_folders, missing_files, required_files
from mockterm.core.bank.model import FORMATS, SLUG, BankError, Problem, Prompt, Round
from mockterm.core.bank.rules import (
    PROMPT,
    ROUND,
    TOP_KEYS,
    format_problems,
    round_fields,
    round_problems,
)
from mockterm.core.bank.toml_lines import Span
from mockterm.core.files import TomlError, parse_toml_text, toml_text

if sys.version_info >= (3, 11):
    pass
else:  # pragma: no cover
    pass


@dataclass(frozen=True)
class FileContent:
    """What one bank file holds once checked: the good entries plus every problem."""

    path: str
    round: Round | None
    round_ref: str | None
    prompts: tuple[Prompt, ...]
    problems: tuple[Problem, ...]


def parse_file(path: str | Path, text: str | None = None) -> FileContent:
    """Check one bank file. Never raises for bad content: problems are collected."""
    path = Path(path)
    shown = str(path)
    try:
        if text is None:
            text = toml_text(path.read_bytes(), shown)
        # a bank is untrusted text (an import of someone's notes, a file shared): an escape
        # sequence in it must never reach the terminal, whatever screen or command shows it
        data = parse_toml_text(text, shown)
    except OSError as exc:
        problem = Problem(shown, 1, "file", f"cannot read it: {exc.strerror or exc}")
        return FileContent(shown, None, None, (), (problem,))
    except TomlError as exc:
        if exc.reason == "is not UTF-8 text":
            problem = Problem(shown, exc.line, "file", exc.reason)
        else:
            problem = Problem(shown, exc.line, "toml", f"{exc.reason}; the file is skipped")
        return FileContent(shown, None, None, (), (problem,))
    text = text.removeprefix("\ufeff")
    return _check(shown, text, data)


def load_file(path: str | Path, text: str | None = None) -> FileContent:
    """Like `parse_file`, but raises BankError carrying every problem if there is any."""
    content = parse_file(path, text)
    if content.problems:
        raise BankError(content.problems)
    return content


def _check(path: str, text: str, data: dict[str, Any]) -> FileContent:
    check = Checker(path, text)
    check.unknown_keys(data, TOP_KEYS, Span(1, len(check.where.lines) + 1), "")
    round_, round_ref, draft = _check_round_value(check, data.get("round"))
    # the prompts are checked even when the round is broken or missing (against what the
    # round says, where it says it), so one pass reports every problem of the file; none is
    # kept without a round to run in
    against = round_ or draft
    round_id = against.id if against else round_ref
    prompts = _check_prompts(check, data.get("prompts", []), round_id or "?", against)
    if round_ is None and round_ref is None:
        prompts = ()
    return FileContent(path, round_, round_ref, prompts, tuple(check.problems))


def _check_round_value(check: Checker, value: Any) -> tuple[Round | None, str | None, Round | None]:
    """The file's round: a [round] table it defines, or the id of one defined elsewhere; and a
    draft of a broken [round], to check its prompts against (None when its format is bad)."""
    where = check.where
    if isinstance(value, str):
        if SLUG.fullmatch(value):
            return None, value, None
        check.add(where.key("round", 1), "round", f"is not a round id: {slug_problem(value)}")
    elif isinstance(value, dict):
        round_, draft = _check_round(check, value)
        return round_, None, draft
    elif value is None:
        check.add(
            1,
            "round",
            'missing: add a [round] table, or round = "ROUND_ID" to add '
            "prompts to a round defined in another file",
        )
    else:
        check.add(
            where.key("round", 1),
            "round",
            'must be a [round] table or a round id string like round = "coding_hard"',
        )
    return None, None, None


def _check_prompts(
    check: Checker, value: Any, round_id: str, round_: Round | None
) -> tuple[Prompt, ...]:
    """The good prompts; each bad one is reported and skipped, the rest kept."""
    where = check.where
    if not isinstance(value, list) or not all(isinstance(p, dict) for p in value):
        check.add(where.key("prompts", 1), "prompts", "must be an array of tables: [[prompts]]")
        return ()
    prompts: list[Prompt] = []
    seen: dict[str, int] = {}
    code = code_folders(Path(check.path).parent)
    for index, item in enumerate(value):
        line = where.nth_header("prompts", index) or where.key("prompts", 1)
        at = Span(line, where.block_end(line))
        prompt = _check_prompt(check, item, f"prompts[{index}].", at, round_id, round_)
        if prompt is None:
            continue
        id_line = where.key("id", line, at.end)
        if prompt.id in seen:
            check.add(
                id_line,
                f"prompts[{index}].id",
                f"duplicate id {prompt.id!r} (first at line {seen[prompt.id]})",
            )
            continue
        seen[prompt.id] = line
        if prompt.id in code:
            prompt = _with_code(check, prompt, code[prompt.id], id_line, f"prompts[{index}].")
        prompts.append(prompt)
    return tuple(prompts)


def _check_round(check: Checker, data: dict[str, Any]) -> tuple[Round | None, Round | None]:
    """The round, or (None, a draft of it) when it has problems."""
    where = check.where
    line = where.nth_header("round", 0) or where.key("round", 1)
    # a file has one round, so a [[round.rubric]] anywhere in it is the round's
    at = Span(line, where.next_header(line), tables=(0, len(where.lines) + 1))
    before = len(check.problems)
    fmt = data.get("format", "single")
    # the format decides which timing fields apply; a bad one is reported and read as "single"
    needed, unused = round_fields(fmt if isinstance(fmt, str) else "single")
    values = check.table(ROUND, data, at, "round.", required=needed, skip=unused)
    check.located(round_problems(values["format"], data, values), data, at, "round.")
    if len(check.problems) > before or not values["id"] or not values["title"]:
        # a draft only where its format and phases say what prompts need: a bad format or a
        # levels round without good phases would blame its prompts for the round's problem
        usable = data.get("format", "single") in FORMATS
        usable = usable and (values["format"] != "levels" or bool(values["phases"]))
        return None, Round(**values, source=check.path) if usable else None
    return Round(**values, source=check.path), None


def _check_prompt(
    check: Checker,
    data: dict[str, Any],
    prefix: str,
    at: Span,
    round_id: str,
    round_: Round | None,
) -> Prompt | None:
    before = len(check.problems)
    values = check.table(PROMPT, data, at, prefix)
    prompt = Prompt(**values, round_id=round_id, source=check.path)
    if round_ is not None:  # a prompts-only file is checked against its round once all are loaded
        problems = format_problems(round_, prompt, "phases" in data)
        check.located(problems, data, at, named(prefix, values["id"]))
    if len(check.problems) > before:
        return None
    return prompt


def _with_code(check: Checker, prompt: Prompt, folder: Path, line: int, prefix: str) -> Prompt:
    """The prompt with its code folder, or as it is (without code) when the folder is incomplete:
    it still runs as a mock, as prompts did before they had code."""
    missing = missing_files(folder, len(prompt.levels))
    if not missing:
        return prompt._replace(code_dir=str(folder))
    needed = ", ".join(required_files(len(prompt.levels)))
    message = f"code/{folder.name}/ has no {', '.join(missing)} (a code folder needs {needed})"
    check.add(line, f"{named(prefix, prompt.id)}code", message)
    return prompt
