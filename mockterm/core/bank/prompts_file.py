"""Rewrites the prompts of a bank file the user may have edited, keeping what they wrote: comments,
layout and the text of every prompt that does not change (tomlkit edits the ones that do)."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

import tomlkit
from tomlkit.items import String, StringType, Trivia

from mockterm.core.bank.toml_lines import TomlLines

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def rewrite_prompts(text: str, prompts: Sequence[Mapping[str, Any]]) -> str:
    """`text` with its `[[prompts]]` tables made `prompts`, matched by id: a table whose prompt
    is gone is dropped, one whose values changed is edited in place, new prompts go at the end.
    Everything else in the file (comments, the order of keys, blank lines) stays as it is."""
    preamble, blocks = _split(text)
    wanted = {str(p.get("id", "")): p for p in prompts}
    pieces = [preamble]
    for prompt_id, block in blocks:
        values = wanted.pop(prompt_id, None)
        if values is not None:
            pieces.append(_edited(block, values))
    pieces += [_new_block(values) for values in wanted.values()]
    text = ""
    for piece in pieces:
        if text and piece and not text.endswith("\n\n"):
            text = text.rstrip("\n") + "\n\n"  # one blank line between tables
        text += piece
    return text


def _split(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first prompt, and each `[[prompts]]` table's id and text, which starts
    at the comments just above its header: they are about that prompt, and go where it goes."""
    lines = text.splitlines(keepends=True)
    starts = [n - 1 for n, name in TomlLines(text).headers if name == "prompts"]
    for index, start in enumerate(starts):
        while start > 0 and lines[start - 1].lstrip().startswith("#"):
            start -= 1
        starts[index] = start
    bounds = [*starts, len(lines)]
    preamble = "".join(lines[: bounds[0]])
    blocks = ["".join(lines[a:b]) for a, b in pairwise(bounds)]
    ids = _block_ids(text, preamble, blocks)
    if ids is not None:
        return preamble, list(zip(ids, blocks, strict=True))
    # prompts written some other way (an inline array, a header inside a string): the rest of
    # the file is kept and the prompts are written out again as [[prompts]] tables
    document = tomlkit.parse(text)
    document.pop("prompts", None)
    return document.as_string(), []


def _block_ids(text: str, preamble: str, blocks: Sequence[str]) -> list[str] | None:
    """Each block's prompt id, or None unless the blocks hold exactly the file's prompts."""
    try:
        prompts = tomllib.loads(text).get("prompts", [])
        pieces = [tomllib.loads(preamble), *map(tomllib.loads, blocks)]
    except tomllib.TOMLDecodeError:
        return None
    found = [piece.get("prompts") for piece in pieces]
    if found[0] is not None or found[1:] != [[p] for p in prompts]:
        return None
    return [str(p.get("id", "")) for p in prompts]


def _edited(block: str, values: Mapping[str, Any]) -> str:
    """One table with only what changed set anew; the block as it is when nothing did."""
    body = block.rstrip("\n") + "\n"
    document = tomlkit.parse(body)
    table = document["prompts"][0]
    old = table.unwrap()
    if dict(old) == dict(values):
        return block
    for key in old:
        if key not in values:
            del table[key]
    for key, value in values.items():
        if old.get(key) != value:
            table[key] = _value(value)
    # the blank lines after the table stay after it, not between its keys
    return document.as_string() + block[len(block.rstrip("\n")) + 1 :]


def _new_block(values: Mapping[str, Any]) -> str:
    table = tomlkit.table()
    for key, value in values.items():
        table[key] = _value(value)
    prompts = tomlkit.aot()
    prompts.append(table)
    document = tomlkit.document()
    document["prompts"] = prompts
    return document.as_string()


def _value(value: Any) -> Any:
    """A value written to read well: a list one item a line, text with line breaks in triple
    quotes starting on a line of its own (as tomli_w writes them, so old imports look alike)."""
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        array.multiline(True)
        return array
    if isinstance(value, str) and "\n" in value:
        raw = tomlkit.string(value, multiline=True).as_string()[3:-3]
        # TOML drops a line break right after the opening quotes; tomlkit adds one itself only
        # when the text starts with a line break
        return String(StringType.MLB, value, raw if raw.startswith("\n") else "\n" + raw, Trivia())
    return value
