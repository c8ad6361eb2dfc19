"""Rewriting a bank file's prompts keeps what the user wrote around them."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from mockterm.core.bank.prompts_file import rewrite_prompts

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FILE = """\
# my notes, imported
round = "demo"

# the one I always forget
[[prompts]]
id = "a"
title = "A"
hints = ["think"]  # my own hint
text = "A?"

# about b
[[prompts]]
id = "b"
title = "B"
text = "B?"

[[prompts]]
id = "c"
title = "C"
text = "C?"
"""

A = {"id": "a", "title": "A", "hints": ["think"], "text": "A?"}
B = {"id": "b", "title": "B", "text": "B?"}
C = {"id": "c", "title": "C", "text": "C?"}


def prompts(text: str) -> list[dict[str, Any]]:
    return list(tomllib.loads(text)["prompts"])


def test_nothing_changed_is_the_same_text() -> None:
    assert rewrite_prompts(FILE, [A, B, C]) == FILE


@pytest.mark.parametrize(
    ("wanted", "kept", "gone"),
    [
        # a removed prompt goes with the comment above it; the others keep theirs
        ([A, C], ["# my notes", "# the one I always forget", "# my own hint"], ["# about b"]),
        ([B, C], ["# my notes", "# about b"], ["# the one I always forget", "# my own hint"]),
        # a key added to a prompt goes among its keys, not under the next prompt's comment
        (
            [{**A, "answer": "Yes."}, B, C],
            [
                "# the one I always forget",
                '# my own hint\ntext = "A?"\nanswer = "Yes."\n\n# about b',
            ],
            [],
        ),
        # a changed value is set in place; a key no longer wanted is removed
        (
            [{**A, "title": "A2"}, {k: v for k, v in B.items() if k != "title"}, C],
            ['title = "A2"\nhints = ["think"]  # my own hint', '[[prompts]]\nid = "b"\ntext'],
            ['title = "B"'],
        ),
    ],
)
def test_edits_keep_comments_and_layout(
    wanted: list[dict[str, Any]], kept: list[str], gone: list[str]
) -> None:
    text = rewrite_prompts(FILE, wanted)
    assert prompts(text) == wanted
    for part in kept:
        assert part in text
    for part in gone:
        assert part not in text


def test_new_prompts_go_at_the_end_as_tables() -> None:
    new = {"id": "d", "title": "D", "tags": ["notes"], "text": "D?", "answer": 'Line "1"\nLine 2'}
    text = rewrite_prompts(FILE, [A, B, C, new])
    assert text.startswith(FILE + '\n[[prompts]]\nid = "d"')
    assert 'answer = """\nLine "1"\nLine 2"""' in text  # starts on its own line, as before
    assert prompts(text) == [A, B, C, new]


def test_prompts_not_written_as_tables_are_written_again() -> None:
    text = '# mine\nround = "demo"\nprompts = [{id = "a", title = "A", text = "A?"}]\n'
    result = rewrite_prompts(text, [A])
    assert result.startswith('# mine\nround = "demo"\n')
    assert prompts(result) == [A]


@pytest.mark.parametrize("answer", ["\nstarts with a line break", 'ends in a quote"', "a\\b\tc"])
def test_text_comes_back_as_written(answer: str) -> None:
    wanted = [{**A, "answer": answer + "\nand more"}]
    assert prompts(rewrite_prompts(FILE, wanted)) == wanted
