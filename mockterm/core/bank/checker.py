"""The one checker that applies the field rules of `rules.py` to a file's data, reporting every
problem as `file:line: field: message` and keeping a default where a value is bad."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from mockterm.core.bank.model import ID_MAX, SLUG, Problem
from mockterm.core.bank.rules import MAX_MINUTES, Field, Kind, Table
from mockterm.core.bank.toml_lines import Span, TomlLines

_EMPTY: dict[Kind, Any] = {
    Kind.TEXT: "",
    Kind.SLUG: "",
    Kind.TEXTS: (),
    Kind.CHOICE: "",
    Kind.POSITIVE: 0.0,
    Kind.WHOLE: 0,
    Kind.TABLES: (),
}


class Checker:
    """Applies the rules to one file's data, collecting every problem instead of stopping."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.where = TomlLines(text)
        self.problems: list[Problem] = []

    def add(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.path, max(line, 1), field_name, message))

    def unknown_keys(
        self, data: Mapping[str, Any], allowed: Sequence[str], at: Span, prefix: str
    ) -> None:
        for key in data:
            if key in allowed:
                continue
            import difflib  # only when there is a problem to explain

            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.add(
                self.where.key(key, at.line, at.end),
                f"{prefix}{key}",
                f"unknown key{hint}; allowed here: {', '.join(allowed)}",
            )

    def table(
        self,
        table: Table,
        data: Mapping[str, Any],
        at: Span,
        prefix: str,
        *,
        required: Collection[str] = (),
        skip: Collection[str] = (),
        header: str = "",
    ) -> dict[str, Any]:
        """Check `data` against `table`: the values (a default where one is bad or absent).

        `required` and `skip` add the rules that depend on something else, such as a format.
        """
        header = header or table.header
        values: dict[str, Any] = {}
        fields = list(table.fields)
        if table.named_by:
            first = next(f for f in fields if f.name == table.named_by)
            fields.remove(first)
            values[first.name] = self.field(first, data, at, prefix, header, required)
            prefix = named(prefix, values[first.name])
        self.unknown_keys(data, table.keys, at, prefix)
        for rule in fields:
            if rule.name in skip:
                values[rule.name] = _default(rule)
            else:
                values[rule.name] = self.field(rule, data, at, prefix, header, required)
        return values

    def field(
        self,
        rule: Field,
        data: Mapping[str, Any],
        at: Span,
        prefix: str,
        owner: str,
        required: Collection[str],
    ) -> Any:
        name = f"{prefix}{rule.name}"
        value = data.get(rule.name)
        needed = rule.required or rule.name in required
        # a missing count is told its range instead: that says what to write
        if value is None and rule.kind is not Kind.WHOLE:
            if needed:
                missing = f"is required: add [[{owner}.{rule.name}]] tables"
                self.add(at.line, name, missing if rule.kind is Kind.TABLES else "is required")
            return _default(rule)
        if rule.kind is Kind.TABLES:
            return self.tables(rule, value, at, prefix, f"{owner}.{rule.name}", needed)
        line = self.where.key(rule.name, at.line, at.end)
        problem, value = _value_problem(rule, value, needed)
        if problem:
            self.add(line, name, problem)
        if rule.kind is Kind.SLUG and value and not SLUG.fullmatch(value):
            self.add(line, name, slug_problem(value))
        return value

    def tables(
        self, rule: Field, value: Any, at: Span, prefix: str, header: str, needed: bool
    ) -> tuple[Any, ...]:
        """An array of tables: every entry checked; all of them, or () if any cannot be built."""
        assert rule.table is not None
        entry = rule.table
        name = f"{prefix}{rule.name}"
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.add(
                self.where.key(rule.name, at.line, at.tables_end),
                name,
                f"must be an array of tables: [[{header}]]{entry.hint}",
            )
            return ()
        if not value and needed:
            self.add(at.line, name, f"needs at least one {entry.noun}")
        built = []
        seen: dict[str, set[Any]] = {f.name: set() for f in entry.fields if f.unique}
        for index, item in enumerate(value):
            line = self.where.nth_header(header, index, at.tables_after, at.tables_end)
            line = line or self.where.key(rule.name, at.line, at.tables_end)
            item_at = Span(line, self.where.next_header(line))
            values = self.table(entry, item, item_at, f"{name}[{index}].", header=header)
            repeated = [key for key in seen if values[key] in seen[key]]
            for key in repeated:
                message = f"duplicate {entry.noun} {values[key]!r}"
                self.add(line, f"{name}[{index}].{key}", message)
            complete = all(values[f.name] for f in entry.fields if f.required)
            if repeated or not complete or entry.build is None:
                continue
            for key in seen:
                seen[key].add(values[key])
            built.append(entry.build(**values))
        return tuple(built) if len(built) == len(value) else ()

    def located(
        self, problems: Iterable[tuple[str, str]], data: Mapping[str, Any], at: Span, prefix: str
    ) -> None:
        """Report rule-function problems at their key's line, or the table's when it is unset."""
        for key, message in problems:
            line = self.where.key(key, at.line, at.end) if key in data else at.line
            self.add(line, f"{prefix}{key}", message)


def slug_problem(value: str) -> str:
    """Why `value` is not an id (it is shown shortened: it may be 300 characters long)."""
    shown = repr(value if len(value) <= 40 else value[:40] + "…")
    if len(value) > ID_MAX:
        return f"{shown} is {len(value)} characters long; an id has at most {ID_MAX}"
    return (
        f"{shown} must be lowercase letters, digits, '_' or '-' (starting with a letter or digit)"
    )


def _default(rule: Field) -> Any:
    """The value of a field that is absent, bad, or not used here."""
    return rule.default or _EMPTY[rule.kind]


def named(prefix: str, name: str) -> str:
    """`prompts[3].` becomes `prompts[3] (the-id).` once the entry's id is known."""
    return f"{prefix[:-1]} ({name})." if name else prefix


def _value_problem(rule: Field, value: Any, required: bool) -> tuple[str, Any]:
    """What is wrong with a present value of one kind ("" if nothing), and the value to keep."""
    kind = rule.kind
    if kind in (Kind.TEXT, Kind.SLUG):
        if not isinstance(value, str):
            return f"must be a string, not {_kind(value)}", ""
        return ("must not be empty" if required and not value.strip() else ""), value
    if kind is Kind.TEXTS:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return 'must be a list of strings, e.g. ["one", "two"]', ()
        return "", tuple(value)
    if kind is Kind.CHOICE:
        if value not in rule.choices:
            return f"{value!r} is not one of {', '.join(rule.choices)}", rule.default
        return "", value
    if kind is Kind.WHOLE:
        if value is None and not required:
            return "", 0
        if isinstance(value, bool) or not isinstance(value, int):
            value = None
        if value is None or not rule.low <= value <= rule.high:
            return f"must be a whole number of {rule.name} from {rule.low} to {rule.high}", 0
        return "", value
    # Kind.POSITIVE
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a number, not {_kind(value)}", 0.0
    if not math.isfinite(value) or value <= 0:
        return f"must be a positive number, not {value}", 0.0
    if value > MAX_MINUTES:
        return f"{value} is more than a day; is it in minutes?", 0.0
    return "", float(value)


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
