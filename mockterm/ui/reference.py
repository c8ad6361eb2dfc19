"""What a prompt shows as Markdown beyond its text: a topic's follow-ups asked so far, and, once
revealed, the reference: the bank's answer, key points and a topic's chain with its answers, or,
for a question from the user's notes that has no answer there, a word saying so and where the
note is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mockterm.core.bank import ChainStep, Prompt


def note_place(prompt: Prompt) -> tuple[Path, int] | None:
    """The notes file and line a prompt was imported from (`note = "PATH:LINE"`)."""
    path, _, line = prompt.note.rpartition(":")
    if not path or not line.isdigit():
        return None
    return Path(path), int(line)


def reference(prompt: Prompt) -> list[str]:
    """Markdown paragraphs: the answer (or why there is none), key points, the note's place."""
    place = note_place(prompt)
    parts = []
    if prompt.answer:
        parts.append(prompt.answer)
    elif place is not None:
        parts.append(
            "*Your notes have no answer to this one: grade how well you recalled it, from what "
            "you know (`o` opens the note to check).*"
        )
    else:
        parts.append("*(none in the bank)*")
    if prompt.key_points:
        parts.append("**Key points:** " + "; ".join(prompt.key_points))
    parts += chain_reference(prompt)
    if place is not None:
        parts.append(f"*From your notes:* `{place[0]}`, line {place[1]} (`o` opens it)")
    return parts


def chain_reference(prompt: Prompt) -> list[str]:
    """A topic's follow-ups with what a strong answer to each says."""
    if not prompt.chain:
        return []
    steps = [f"**{i}. {s.ask}**\n\n{s.answer}" for i, s in enumerate(prompt.chain, 1)]
    return ["### The follow-ups", *steps]


def asked(steps: Sequence[ChainStep], total: int) -> list[str]:
    """A topic's follow-ups asked so far (their questions only), and how many are left."""
    if not total:
        return []
    parts = [f"**Follow-up {i}:** {s.ask}" for i, s in enumerate(steps, 1)]
    left = total - len(steps)
    more = f"{left} more follow-up{'s' if left != 1 else ''} (`f` asks the next)" if left else ""
    return [*parts, f"*{more or 'That was the last follow-up: n closes the topic.'}*"]
