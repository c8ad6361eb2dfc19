"""What the command palette offers during a mock: each command where it applies (the palette
calls a screen's actions directly, past its check_action)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from mockterm.ui.screens.session_screen import SessionScreen


def mock_commands(screen: SessionScreen) -> Iterator[SystemCommand]:
    yield SystemCommand("Pause or resume", "Stop or restart the clock", screen.action_pause)
    yield SystemCommand(
        "Next phase", "Close this phase and start the next", screen.action_next_phase
    )
    yield SystemCommand("Add a note", "A note stamped with the current time", screen.action_note)
    yield SystemCommand("Reveal the next hint", "Hints come one at a time", screen.action_hint)
    # the palette calls these directly, past check_action: only where they apply
    if screen.mock.round.format == "topics":
        yield SystemCommand(
            "Ask the next follow-up (f)",
            "Topics rounds: the chain goes one follow-up at a time",
            screen.action_follow_up,
        )
    if any(p.note for p in screen.mock.questions):
        yield SystemCommand(
            "Open the note (o)",
            "After the reveal: the question's notes file at its line, in $EDITOR",
            screen.action_open_note,
        )
    yield SystemCommand(
        "Copy the prompt", "To the clipboard (or a file when there is none)", screen.action_copy
    )
    if screen.interviewer:
        yield SystemCommand(
            "Candidate / interviewer view",
            "Hide or show the interviewer's private panel",
            screen.action_toggle_view,
        )
    yield SystemCommand(
        "Add a minute (+)", "Extend the current phase by one minute", screen.action_extend
    )
    yield SystemCommand(
        "Take off a minute (-)", "Shorten the current phase by one minute", screen.action_shorten
    )
    # the palette calls these directly, past check_action: only where there is code to run
    if screen.runner.workspace is not None:
        yield SystemCommand(
            "Run the tests (Ctrl+R)",
            "Coding rounds: the prompt's tests on your code",
            screen.action_run_tests,
        )
        yield SystemCommand(
            "Edit in $EDITOR (Ctrl+O)",
            "Coding rounds: your own editor on solution.py",
            screen.action_external_editor,
        )
        yield SystemCommand(
            "Wide prompt / wide editor (w)",
            "Give the prompt or the code most of the width",
            screen.action_wide_prompt,
        )
    yield SystemCommand("End the mock", "Finish now and go to the self-review", screen.action_end)
    yield SystemCommand(
        "Abandon the mock", "Stop without a review (the file is kept)", screen.action_abandon
    )
