"""The coding side of a coding mock: the editor over the candidate's code (with a list of its
files for a multi-file prompt), and the results of the last test run. The runner (owned by the
app) holds the workspace; this pane shows it, saves what is typed, picks up other editors'
changes and runs the tests in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList, TextArea
from textual.widgets.option_list import Option

from mockterm.core.coding.runner import TestRun
from mockterm.core.runner import MockRunner, RunOutcome
from mockterm.core.sessions.model import SessionError
from mockterm.ui.editor import NO_EDITOR, editor, open_in_editor
from mockterm.ui.widgets.code_editor import SAVE_DELAY, CodeEditor, syntax_problem
from mockterm.ui.widgets.test_results import TestResults

POLL_SECONDS = 0.5
"""How often the file is checked for changes made by another editor."""


class CodingPane(Vertical):
    @dataclass
    class Ran(Message):
        """A test run was recorded; the screen shows unlocked levels and moves phases on."""

        outcome: RunOutcome

    @dataclass
    class _Finished(Message):
        run: TestRun

    def __init__(self, runner: MockRunner, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.runner = runner
        self.running = False
        self._save_timer: Timer | None = None
        self.last: TestRun | None = None
        assert runner.workspace is not None
        self.workspace = runner.workspace
        self.file = self.workspace.main_file
        """The file in the editor."""

    @property
    def editor(self) -> CodeEditor:
        return self.query_one(CodeEditor)

    def compose(self) -> ComposeResult:
        if self.workspace.spec.project:
            yield OptionList(*self._file_options(), id="code-files")
        yield CodeEditor(self.workspace.files.get(self.file, ""), id="code-editor")
        yield TestResults(id="test-results")

    def _file_options(self) -> list[Option]:
        return [Option(name, id=name) for name in sorted(self.workspace.files)]

    @on(OptionList.OptionSelected, "#code-files")
    def _file_chosen(self, event: OptionList.OptionSelected) -> None:
        name = event.option.id
        if name is None or name == self.file:
            self.editor.focus()
            return
        self.save()
        self.file = name
        with self.editor.prevent(TextArea.Changed):  # not an edit: nothing to save
            self.editor.load_file(name, self.workspace.files.get(name, ""))
        self.editor.focus()

    def on_mount(self) -> None:
        self.set_interval(POLL_SECONDS, self.poll)

    # --- saving -------------------------------------------------------------------------------

    @on(TextArea.Changed, "#code-editor")
    def _typed(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save)

    def save(self, source: str = "app") -> None:
        """Write the editor's text now (a moment after typing, before a run, on Ctrl+S)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        text = self.editor.text
        try:
            self.runner.save_code(text, source, self.file)
        except OSError as exc:
            self.notify(f"Cannot save {self.file}: {exc}", severity="error", markup=False)
            return
        # a project's README and data files are not Python: only a .py file can fail to parse
        problem = syntax_problem(text) if self.file.endswith(".py") else None
        if problem and self.last is None:
            self.query_one(TestResults).say(f"{self.file} does not parse yet: {problem}", "yellow")

    def poll(self, source: str = "disk") -> None:
        """Pick up what another editor wrote; a deleted file is put back."""
        if self._save_timer is not None:
            return  # unsaved typing here: it is saved first, then the disk is looked at
        try:
            changes = self.runner.poll_code(source)
        except OSError as exc:
            self.notify(f"Cannot read the code: {exc}", severity="error", markup=False)
            return
        if not changes:
            return
        if self.workspace.spec.project:
            files = self.query_one("#code-files", OptionList)
            if files.option_count != len(self.workspace.files):
                files.clear_options()
                files.add_options(self._file_options())
        for change in changes:
            if change.restored:
                self.notify(f"{change.file} was deleted or unreadable: the last code is back.")
            elif change.file == self.file:
                with self.editor.prevent(TextArea.Changed):
                    self.editor.replace_text(change.text)
        if source == "disk" and any(not c.restored for c in changes):
            names = ", ".join(c.file for c in changes if not c.restored)
            self.notify(f"Changed in another editor, reloaded: {names}", timeout=3)

    # --- another editor -----------------------------------------------------------------------

    def open_external_editor(self) -> None:
        """Suspend the app and edit the file in $VISUAL / $EDITOR; its changes come back."""
        if not editor():
            self.notify(
                f"{NO_EDITOR} Any editor's saves to solution.py are picked up too.",
                severity="warning",
                timeout=10,
            )
            return
        self.save()
        problem = open_in_editor(self.app, self.workspace.root / self.file)
        if problem:
            self.notify(problem, severity="error", markup=False)
            return
        self.poll(source="editor")

    # --- running the tests --------------------------------------------------------------------

    def run_tests(self) -> None:
        if self.running:
            self.notify("The tests are running already.", timeout=3)
            return
        self.save()
        self.running = True
        self.query_one(TestResults).running()
        self._run()

    @work(thread=True, exclusive=True, exit_on_error=False, group="tests")
    def _run(self) -> None:
        self.post_message(self._Finished(self.runner.run_tests()))

    @on(_Finished)
    def _finished(self, message: _Finished) -> None:
        self.running = False
        self.last = message.run
        try:
            outcome = self.runner.record_run(message.run)
        except (SessionError, OSError) as exc:  # the run is shown; saving it failed
            self.notify(f"Could not save the test run: {exc}", severity="error", markup=False)
            outcome = RunOutcome(message.run)
        note = ""
        if outcome.levels_done:
            note = "Every level passes: on to the scaling talk."
        elif outcome.unlocked:
            note = f"Level {outcome.unlocked[-1]} unlocked: its spec is under the prompt."
        self.query_one(TestResults).show(message.run, note)
        self.post_message(self.Ran(outcome))
