"""The question bank: TOML files of round types and prompts, loaded and checked.

Every problem is reported as `file:line: field: message`; a broken entry is skipped, never fatal.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FORMATS = ("single", "levels", "rapid_fire")
DIFFICULTIES = ("easy", "medium", "hard")
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

TOP_KEYS = ("round", "prompts")
ROUND_KEYS = (
    "id",
    "title",
    "description",
    "minutes",
    "format",
    "guidance",
    "phases",
    "rubric",
    "questions",
    "seconds_per_question",
)
PHASE_KEYS = ("name", "minutes", "guidance")
RUBRIC_KEYS = ("name", "good")
PROMPT_KEYS = (
    "id",
    "title",
    "difficulty",
    "tags",
    "text",
    "follow_ups",
    "hints",
    "key_points",
    "answer",
    "levels",
    "phases",
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a bank file."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class BankError(Exception):
    """A bank file (or bank) that cannot be used as it is; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Phase:
    name: str
    minutes: float
    guidance: str = ""

    @property
    def seconds(self) -> float:
        return self.minutes * 60


@dataclass(frozen=True)
class RubricItem:
    name: str
    good: str = ""


@dataclass(frozen=True)
class Prompt:
    id: str
    round_id: str
    title: str
    text: str
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    answer: str = ""
    levels: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    source: str = ""
    code_dir: str = ""


@dataclass(frozen=True)
class Round:
    id: str
    title: str
    description: str = ""
    minutes: float = 0
    format: str = "single"
    guidance: str = ""
    phases: tuple[Phase, ...] = ()
    rubric: tuple[RubricItem, ...] = ()
    questions: int = 0
    seconds_per_question: float = 0
    source: str = ""

    def total_minutes(self) -> float:
        if self.format == "rapid_fire":
            return self.questions * self.seconds_per_question / 60
        return self.minutes

    def phases_for(self, prompt: Prompt) -> tuple[Phase, ...]:
        """The phases a mock of `prompt` runs through (a prompt may bring its own)."""
        if self.format == "rapid_fire":
            seconds = self.seconds_per_question
            return tuple(Phase(f"Question {i + 1}", seconds / 60) for i in range(self.questions))
        return prompt.phases or self.phases


@dataclass(frozen=True)
class Bank:
    rounds: Mapping[str, Round] = field(default_factory=dict)
    prompts: Mapping[str, Prompt] = field(default_factory=dict)

    def prompts_for(self, round_id: str) -> list[Prompt]:
        return [p for p in self.prompts.values() if p.round_id == round_id]

    def round(self, round_id: str) -> Round:
        try:
            return self.rounds[round_id]
        except KeyError:
            known = ", ".join(sorted(self.rounds)) or "none"
            raise KeyError(f"no round type {round_id!r} (known: {known})") from None


# --- locating lines -----------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?\s*(#.*)?$")


class _Lines:
    """Finds the line of a key in a TOML text, by walking its table headers (tomllib has none)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []  # (1-based line, header name)
        for number, line in enumerate(self.lines, start=1):
            match = _HEADER.match(line)
            if match and not line.lstrip().startswith("#"):
                self.headers.append((number, match.group(1).replace(" ", "")))

    def nth_header(self, name: str, index: int, after: int = 0, before: int | None = None) -> int:
        found = [n for n, h in self.headers if h == name and n > after]
        if before is not None:
            found = [n for n in found if n < before]
        return found[index] if index < len(found) else 0

    def block_end(self, start: int) -> int:
        """The line before the next array-of-tables header of the same or a higher level."""
        for number, name in self.headers:
            if number > start and name in ("round", "prompts"):
                return number
        return len(self.lines) + 1

    def key(self, key: str, start: int, end: int | None = None) -> int:
        name = re.escape(key)
        pattern = re.compile(rf"^\s*(\"?{name}\"?\s*=|\[\[?\s*([\w.-]+\.)?{name}\s*\]\]?)")
        stop = end if end is not None else len(self.lines) + 1
        for number in range(max(start, 1), stop):
            if pattern.match(self.lines[number - 1]):
                return number
        return start or 1


# --- checking one file --------------------------------------------------------------------------


class _Checker:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.where = _Lines(text)
        self.problems: list[Problem] = []

    def add(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.path, max(line, 1), field_name, message))

    def unknown_keys(
        self,
        data: Mapping[str, Any],
        allowed: Sequence[str],
        line: int,
        prefix: str,
        start: int,
        end: int | None,
    ) -> None:
        for key in data:
            if key in allowed:
                continue
            import difflib  # only when there is a problem to explain

            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            allowed_list = ", ".join(allowed)
            self.add(
                self.where.key(key, start, end) or line,
                f"{prefix}{key}",
                f"unknown key{hint}; allowed here: {allowed_list}",
            )

    def text(
        self,
        data: Mapping[str, Any],
        key: str,
        line: int,
        prefix: str,
        end: int | None,
        required: bool = False,
    ) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(line, f"{prefix}{key}", "is required")
            return ""
        if not isinstance(value, str):
            self.add(
                self.where.key(key, line, end),
                f"{prefix}{key}",
                f"must be a string, not {_kind(value)}",
            )
            return ""
        if required and not value.strip():
            self.add(self.where.key(key, line, end), f"{prefix}{key}", "must not be empty")
        return value

    def texts(
        self, data: Mapping[str, Any], key: str, line: int, prefix: str, end: int | None
    ) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(
                self.where.key(key, line, end),
                f"{prefix}{key}",
                'must be a list of strings, e.g. ["one", "two"]',
            )
            return ()
        return tuple(value)

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        line: int,
        prefix: str,
        end: int | None,
        required: bool = True,
    ) -> float | None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(line, f"{prefix}{key}", "is required")
            return None
        at = self.where.key(key, line, end)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(at, f"{prefix}{key}", f"must be a number, not {_kind(value)}")
            return None
        if not math.isfinite(value) or value <= 0:
            self.add(at, f"{prefix}{key}", f"must be a positive number, not {value}")
            return None
        if value > 24 * 60:
            self.add(at, f"{prefix}{key}", f"{value} is more than a day; is it in minutes?")
            return None
        return float(value)

    def phases(self, value: Any, owner: str, owner_line: int, prefix: str) -> tuple[Phase, ...]:
        header = f"{owner}.phases"
        end = self.where.block_end(owner_line)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.add(
                self.where.key("phases", owner_line, end),
                f"{prefix}phases",
                f"must be an array of tables: [[{header}]] with name and minutes",
            )
            return ()
        result = []
        for index, item in enumerate(value):
            line = self.where.nth_header(header, index, after=owner_line, before=end)
            line = line or self.where.key("phases", owner_line, end)
            item_end = _next_header_line(self.where, line)
            where = f"{prefix}phases[{index}]."
            self.unknown_keys(item, PHASE_KEYS, line, where, line, item_end)
            name = self.text(item, "name", line, where, item_end, required=True)
            minutes = self.number(item, "minutes", line, where, item_end)
            guidance = self.text(item, "guidance", line, where, item_end)
            if name and minutes is not None:
                result.append(Phase(name, minutes, guidance))
        if len(result) != len(value):
            return ()
        return tuple(result)


def _next_header_line(where: _Lines, line: int) -> int:
    for number, _ in where.headers:
        if number > line:
            return number
    return len(where.lines) + 1


def _kind(value: Any) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


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
    if text is None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problem = Problem(shown, 1, "file", f"cannot read it: {exc.strerror or exc}")
            return FileContent(shown, None, None, (), (problem,))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            problem = Problem(shown, line, "file", "is not UTF-8 text")
            return FileContent(shown, None, None, (), (problem,))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else max(len(text.splitlines()), 1)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        message = re.sub(r"\s*\(at end of document\)", " (at end of file)", message)
        hint = next((h for start, h in _TOML_HINTS if message.startswith(start)), "")
        problem = Problem(shown, line, "toml", f"{message}{hint}; the file is skipped")
        return FileContent(shown, None, None, (), (problem,))
    return _check(shown, text, data)


# what tomllib's terse messages usually mean in a bank file
_TOML_HINTS = (
    (
        "Illegal character '\\n'",
        ': a quoted string is not closed on this line (text over several lines goes in """)',
    ),
    ("Unclosed array", ": a [ ... ] list is missing its closing ]"),
    ("Cannot overwrite a value", ": the same key is set twice in one table"),
    ("Unescaped '\\'", ": write \\\\, or put the text in ''' quotes, which take no escapes"),
    ("Invalid value", ": a value is missing, or text is not in quotes"),
)


def load_file(path: str | Path, text: str | None = None) -> FileContent:
    """Like `parse_file`, but raises BankError carrying every problem if there is any."""
    content = parse_file(path, text)
    if content.problems:
        raise BankError(content.problems)
    return content


def _check(path: str, text: str, data: dict[str, Any]) -> FileContent:
    check = _Checker(path, text)
    where = check.where
    check.unknown_keys(data, TOP_KEYS, 1, "", 1, None)

    round_value = data.get("round")
    round_: Round | None = None
    round_ref: str | None = None
    if isinstance(round_value, str):
        round_ref = round_value
        if not SLUG.match(round_value):
            check.add(where.key("round", 1), "round", f"{round_value!r} is not a round id")
            round_ref = None
    elif isinstance(round_value, dict):
        round_ = _check_round(check, round_value)
    elif round_value is None:
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

    round_id = round_.id if round_ else round_ref
    prompts_value = data.get("prompts", [])
    prompts: list[Prompt] = []
    if not isinstance(prompts_value, list) or not all(isinstance(p, dict) for p in prompts_value):
        check.add(where.key("prompts", 1), "prompts", "must be an array of tables: [[prompts]]")
    elif round_id:
        seen: dict[str, int] = {}
        for index, item in enumerate(prompts_value):
            line = where.nth_header("prompts", index) or where.key("prompts", 1)
            prompt = _check_prompt(check, item, index, line, round_id, round_, path)
            if prompt is None:
                continue
            if prompt.id in seen:
                check.add(
                    where.key("id", line, where.block_end(line)),
                    f"prompts[{index}].id",
                    f"duplicate id {prompt.id!r} (first at line {seen[prompt.id]})",
                )
                continue
            seen[prompt.id] = line
            prompts.append(prompt)
    return FileContent(path, round_, round_ref, tuple(prompts), tuple(check.problems))


def _check_round(check: _Checker, data: dict[str, Any]) -> Round | None:
    where = check.where
    line = where.nth_header("round", 0) or where.key("round", 1)
    end = _next_header_line(where, line)
    before = len(check.problems)
    check.unknown_keys(data, ROUND_KEYS, line, "round.", line, end)
    round_id = check.text(data, "id", line, "round.", end, required=True)
    if round_id and not SLUG.match(round_id):
        check.add(
            where.key("id", line, end),
            "round.id",
            f"{round_id!r} must be lowercase letters, digits, '_' or '-'",
        )
    title = check.text(data, "title", line, "round.", end, required=True)
    description = check.text(data, "description", line, "round.", end)
    guidance = check.text(data, "guidance", line, "round.", end)
    fmt = data.get("format", "single")
    if fmt not in FORMATS:
        check.add(
            where.key("format", line, end),
            "round.format",
            f"{fmt!r} is not one of {', '.join(FORMATS)}",
        )
        fmt = "single"

    minutes = 0.0
    phases: tuple[Phase, ...] = ()
    questions = 0
    seconds_per_question = 0.0
    if fmt == "rapid_fire":
        for key in ("minutes", "phases"):
            if key in data:
                check.add(
                    where.key(key, line, end),
                    f"round.{key}",
                    "not used by rapid_fire rounds: set questions and seconds_per_question",
                )
        count = data.get("questions")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 100:
            check.add(
                where.key("questions", line, end),
                "round.questions",
                "must be a whole number of questions from 1 to 100",
            )
        else:
            questions = count
        seconds = check.number(data, "seconds_per_question", line, "round.", end)
        seconds_per_question = seconds or 0.0
    else:
        for key in ("questions", "seconds_per_question"):
            if key in data:
                check.add(
                    where.key(key, line, end), f"round.{key}", "only used by rapid_fire rounds"
                )
        minutes = check.number(data, "minutes", line, "round.", end) or 0.0
        if "phases" not in data:
            check.add(line, "round.phases", "is required: add [[round.phases]] tables")
        else:
            phases = check.phases(data["phases"], "round", line, "round.")
            if not phases and data["phases"] == []:
                check.add(line, "round.phases", "needs at least one phase")
        total = sum(p.minutes for p in phases)
        if phases and minutes and not math.isclose(total, minutes, abs_tol=1e-6):
            check.add(
                where.key("minutes", line, end),
                "round.minutes",
                f"is {minutes:g} but the phases add up to {total:g}",
            )

    rubric: list[RubricItem] = []
    rubric_value = data.get("rubric", [])
    if not isinstance(rubric_value, list) or not all(isinstance(r, dict) for r in rubric_value):
        check.add(
            where.key("rubric", line),
            "round.rubric",
            "must be an array of tables: [[round.rubric]] with name and good",
        )
    else:
        names: set[str] = set()
        for index, item in enumerate(rubric_value):
            item_line = where.nth_header("round.rubric", index) or line
            item_end = _next_header_line(where, item_line)
            prefix = f"round.rubric[{index}]."
            check.unknown_keys(item, RUBRIC_KEYS, item_line, prefix, item_line, item_end)
            name = check.text(item, "name", item_line, prefix, item_end, required=True)
            good = check.text(item, "good", item_line, prefix, item_end)
            if name in names:
                check.add(item_line, f"{prefix}name", f"duplicate rubric dimension {name!r}")
            elif name:
                names.add(name)
                rubric.append(RubricItem(name, good))

    if len(check.problems) > before or not round_id or not title:
        return None
    return Round(
        round_id,
        title,
        description,
        minutes,
        fmt,
        guidance,
        phases,
        tuple(rubric),
        questions,
        seconds_per_question,
        check.path,
    )


def _check_prompt(
    check: _Checker,
    data: dict[str, Any],
    index: int,
    line: int,
    round_id: str,
    round_: Round | None,
    path: str,
) -> Prompt | None:
    where = check.where
    end = where.block_end(line)
    prefix = f"prompts[{index}]."
    before = len(check.problems)
    prompt_id = check.text(data, "id", line, prefix, end, required=True)
    if prompt_id and not SLUG.match(prompt_id):
        check.add(
            where.key("id", line, end),
            f"{prefix}id",
            f"{prompt_id!r} must be lowercase letters, digits, '_' or '-'",
        )
    if prompt_id:
        prefix = f"prompts[{index}] ({prompt_id})."
    check.unknown_keys(data, PROMPT_KEYS, line, prefix, line, end)
    title = check.text(data, "title", line, prefix, end, required=True)
    text = check.text(data, "text", line, prefix, end, required=True)
    difficulty = data.get("difficulty", "medium")
    if difficulty not in DIFFICULTIES:
        check.add(
            where.key("difficulty", line, end),
            f"{prefix}difficulty",
            f"{difficulty!r} is not one of {', '.join(DIFFICULTIES)}",
        )
    lists = {
        key: check.texts(data, key, line, prefix, end)
        for key in ("tags", "follow_ups", "hints", "key_points", "levels")
    }
    answer = check.text(data, "answer", line, prefix, end)
    phases: tuple[Phase, ...] = ()
    if "phases" in data:
        phases = check.phases(data["phases"], "prompts", line, prefix)
    if round_ is not None:
        _check_format(check, round_, lists["levels"], answer, phases, data, line, end, prefix)
    if len(check.problems) > before:
        return None
    return Prompt(
        prompt_id,
        round_id,
        title,
        text,
        str(difficulty),
        lists["tags"],
        lists["follow_ups"],
        lists["hints"],
        lists["key_points"],
        answer,
        lists["levels"],
        phases,
        path,
    )


def _check_format(
    check: _Checker,
    round_: Round,
    levels: tuple[str, ...],
    answer: str,
    phases: tuple[Phase, ...],
    data: Mapping[str, Any],
    line: int,
    end: int,
    prefix: str,
) -> None:
    """Rules that depend on the round's format (checked where the round is known)."""
    for problem in format_problems(round_, levels, answer, phases, "phases" in data):
        key, message = problem
        check.add(
            check.where.key(key, line, end) if key in data else line, f"{prefix}{key}", message
        )


def format_problems(
    round_: Round, levels: Sequence[str], answer: str, phases: Sequence[Phase], has_phases: bool
) -> list[tuple[str, str]]:
    problems = []
    if round_.format == "levels":
        count = len(phases or round_.phases)
        if not levels:
            problems.append(("levels", 'a levels round needs levels = ["Level 1 ...", ...]'))
        elif len(levels) > count:
            problems.append(
                ("levels", f"has {len(levels)} levels but the round has only {count} phases")
            )
    elif levels:
        problems.append(("levels", f"only used in levels rounds; {round_.id!r} is {round_.format}"))
    if round_.format == "rapid_fire":
        if not answer.strip():
            problems.append(
                ("answer", "rapid_fire questions need an answer, shown after the timer")
            )
        if has_phases:
            problems.append(("phases", "rapid_fire questions cannot override phases"))
    return problems


# --- a whole bank -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    bank: Bank
    problems: tuple[Problem, ...]


def bank_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


def load_bank(directories: Iterable[str | Path], cache_dir: Path | None = None) -> LoadResult:
    """Load bank directories (or single files) in order; later ones override earlier ones.

    Never raises for bad content: bad files and entries are skipped and reported in `problems`.
    With `cache_dir`, the result is cached there, keyed by every file's path, size and mtime, so
    an unchanged bank loads without parsing its TOML again (the TOML stays the only truth).
    """
    layers: list[list[Path] | Path] = []
    for directory in map(Path, directories):
        if directory.is_file():
            layers.append([directory])
        elif directory.is_dir():
            layers.append(bank_files(directory))
        else:
            layers.append(directory)  # missing: reported below
    key = _cache_key(layers) if cache_dir is not None else None
    cache = cache_dir / "bank.pickle" if cache_dir is not None else None
    if cache is not None and key is not None:
        try:
            with cache.open("rb") as handle:
                cached_key, cached = pickle.load(handle)
            if cached_key == key and isinstance(cached, LoadResult):
                return cached
        except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
            pass
    result = _load_layers(layers)
    if cache is not None and key is not None:
        _write_cache(cache, key, result)
    return result


def _load_layers(layers: Sequence[list[Path] | Path]) -> LoadResult:
    rounds: dict[str, Round] = {}
    prompts: dict[str, Prompt] = {}
    problems: list[Problem] = []
    for layer in layers:
        if isinstance(layer, Path):
            problems.append(Problem(str(layer), 1, "bank", "no such file or directory"))
            continue
        contents = [parse_file(f) for f in layer]
        layer_ids: dict[str, str] = {}
        # rounds first, so a prompts-only file may come before the file defining its round
        for content in contents:
            problems.extend(content.problems)
            if content.round is not None:
                rounds[content.round.id] = content.round
        for content in contents:
            for prompt in content.prompts:
                round_ = rounds.get(prompt.round_id)
                if round_ is None:
                    known = ", ".join(sorted(rounds)) or "none"
                    message = (
                        f"round {prompt.round_id!r} is not defined in any bank; known: {known}"
                    )
                    problems.append(
                        Problem(
                            content.path, _prompt_line(content.path, prompt.id), "round", message
                        )
                    )
                    break
                if prompt.id in layer_ids:
                    message = f"duplicate id {prompt.id!r}, also in {layer_ids[prompt.id]}"
                    problems.append(
                        Problem(content.path, _prompt_line(content.path, prompt.id), "id", message)
                    )
                    continue
                bad = format_problems(
                    round_, prompt.levels, prompt.answer, prompt.phases, bool(prompt.phases)
                )
                if content.round_ref is not None and bad:
                    line = _prompt_line(content.path, prompt.id)
                    for key, message in bad:
                        problems.append(Problem(content.path, line, f"{prompt.id}.{key}", message))
                    continue
                layer_ids[prompt.id] = content.path
                prompts[prompt.id] = prompt
    return LoadResult(Bank(rounds, prompts), tuple(problems))


def _cache_key(layers: Sequence[list[Path] | Path]) -> tuple[object, ...] | None:
    """What the cached result depends on: the app version and every file's size and mtime."""
    from mockterm import __version__

    key: list[object] = [__version__]
    try:
        for layer in layers:
            for path in [layer] if isinstance(layer, Path) else layer:
                stat = path.stat() if path.exists() else None
                key.append(
                    (
                        str(path.resolve()),
                        stat.st_mtime_ns if stat else 0,
                        stat.st_size if stat else -1,
                    )
                )
            key.append("|")
    except OSError:
        return None
    return tuple(key)


def _write_cache(path: Path, key: tuple[object, ...], result: LoadResult) -> None:
    """Best effort: a cache that cannot be written only costs the next start some time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, result), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass


def _prompt_line(path: str, prompt_id: str) -> int:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    pattern = re.compile(rf"^\s*id\s*=\s*[\"']{re.escape(prompt_id)}[\"']")
    return next((n for n, text in enumerate(lines, 1) if pattern.match(text)), 1)
