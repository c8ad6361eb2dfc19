"""What a revealed question shows under "Reference answer": the bank's answer and key points, or,
for a question from the user's notes that has none there, a word saying so and where the note is."""

from __future__ import annotations

from pathlib import Path

from mockterm.core.bank import Prompt


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
    if place is not None:
        parts.append(f"*From your notes:* `{place[0]}`, line {place[1]} (`o` opens it)")
    return parts
