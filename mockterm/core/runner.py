"""What lives while one mock runs, built and closed in one place: the MockSession, its
recording and live transcriber, and (coding rounds) the workspace and its test runner.

The app owns a MockRunner; screens and widgets only show what it holds. Its threads (audio,
Whisper, the session writer) never touch the UI: they call the `RunListener`, which posts
messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mockterm.core.coding.history import HISTORY_FILE, Run
from mockterm.core.coding.levels import green_levels, phase_level, unlocked
from mockterm.core.coding.runner import TestRun
from mockterm.core.coding.spec import CodeSpecError, load_spec
from mockterm.core.coding.workspace import Change, Workspace
from mockterm.core.config import Config
from mockterm.core.sessions.mock import MockSession

if TYPE_CHECKING:
    from mockterm.core.audio.live import SessionRecording


class RunListener(Protocol):
    """How a running mock reports to the UI; every method may be called from any thread."""

    def recording_line(self, text: str) -> None:
        """Live transcription finished a line."""

    def recording_problem(self, text: str) -> None:
        """Recording or live transcription stopped working: why, and what to do."""

    def save_problem(self, text: str) -> None:
        """session.toml cannot be written ("" once it can again)."""

    def transcript_done(self, runner: MockRunner, table: dict[str, Any]) -> None:
        """The transcript finished after the mock (the `[transcript]` table)."""


@dataclass(frozen=True)
class RunOutcome:
    """A test run as recorded: the run, the levels it unlocked, whether every level is done."""

    run: TestRun
    unlocked: tuple[int, ...] = ()
    levels_done: bool = False


class MockRunner:
    """One mock and what it needs while it runs."""

    def __init__(self, mock: MockSession, config: Config, listener: RunListener) -> None:
        self.mock = mock
        self.config = config
        self.listener = listener
        self.recording_asked = False
        self.recording_problem = ""
        """Why recording is off though it was asked for ("" when it runs)."""
        self.workspace: Workspace | None = None
        """Coding rounds: the candidate's solution file and the prompt's tests."""
        self.code_problem = ""
        """Why a coding prompt has no workspace ("" when it has one, or needs none)."""
        self.level = 0
        """Levels rounds with code: the highest level shown (it unlocks on green)."""
        self._runs: list[dict[str, Any]] = []
        self._green_at: dict[int, float] = {}
        mock.on_save_problem = listener.save_problem

    @property
    def recording(self) -> SessionRecording | None:
        return self.mock.recording  # type: ignore[return-value]

    def start(self, *, record: bool) -> None:
        """Start the mock (SessionError when its folder cannot be made), its workspace (coding
        rounds) and its recording."""
        self.mock.start()
        if self.mock.prompt.code_dir:
            self.code_problem = self._start_workspace()
        if record:
            self.recording_asked = True
            self.recording_problem = self._start_recording()

    def resumed(self, *, record: bool) -> None:
        """The mock was resumed (`MockSession.resume`): its workspace opens as it was left,
        and it records from here if asked and it has no recording yet (one audio file per
        session: a first part already recorded is kept, and not added to)."""
        mock = self.mock
        assert mock.folder is not None and mock.session is not None
        code = mock.session.extra.get("code")
        if mock.prompt.code_dir and isinstance(code, dict):
            self.code_problem = self._open_workspace(code)
        if not record:
            return
        self.recording_asked = True
        audio = mock.session.extra.get("audio")
        if isinstance(audio, dict) and audio.get("file"):
            self.recording_problem = (
                "recording is not resumed: this mock's recording holds its first part, and a "
                "session has one recording"
            )
            return
        self.recording_problem = self._start_recording()

    def _open_workspace(self, code: dict[str, Any]) -> str:
        mock = self.mock
        assert mock.folder is not None
        levels = len(mock.prompt.levels) if mock.round.format == "levels" else 0
        try:
            workspace = Workspace.open(mock.folder, levels)
            self.level = int(code.get("level", 1 if levels else 0))
            self._runs = [dict(run) for run in code.get("runs", ())]
            self._green_at = {int(g["level"]): float(g["green_at"]) for g in code.get("levels", ())}
        except (CodeSpecError, OSError, TypeError, ValueError, KeyError) as exc:
            return f"the mock's code cannot be opened ({exc}); it goes on without it"
        self.workspace = workspace
        return ""

    def _start_recording(self) -> str:
        from mockterm.core.audio.live import SessionRecording  # only when recording is used

        assert self.mock.folder is not None
        listener = self.listener
        recording = SessionRecording.from_config(
            self.mock.folder,
            self.config,
            on_segment=lambda segment: listener.recording_line(segment.text),
            on_problem=listener.recording_problem,
        )
        return self.mock.try_recording(recording)

    # --- coding rounds ----------------------------------------------------------------------

    def _start_workspace(self) -> str:
        mock = self.mock
        assert mock.folder is not None
        levels = len(mock.prompt.levels) if mock.round.format == "levels" else 0
        try:
            spec = load_spec(Path(mock.prompt.code_dir), levels)
            self.workspace = Workspace.create(mock.folder, spec, mock.timer.offset())
        except (CodeSpecError, OSError) as exc:
            return f"the prompt's code cannot be used ({exc}); the mock runs without it"
        self.level = 1 if levels else 0
        self._save_code_table()
        return ""

    def save_code(self, text: str, source: str = "app", file: str = "") -> bool:
        """The editor saved `text` (to `file`, else the main file): write it and keep it in
        the code's history."""
        assert self.workspace is not None
        return self.workspace.save(text, self.mock.timer.offset(), source, file)

    def poll_code(self, source: str = "disk") -> list[Change]:
        """What other editors did to the code since the last look."""
        if self.workspace is None:
            return []
        return self.workspace.poll(self.mock.timer.offset(), source)

    def level_shown(self) -> int:
        """The last level of the prompt shown (0-based; -1: none): in a coding round the levels
        unlocked by green tests, else those whose phase the clock has reached."""
        prompt = self.mock.current_prompt
        if not prompt.levels:
            return -1
        if self.level:
            return self.level - 1
        timer = self.mock.timer
        reached = [phase_level(p.name) for p in timer.phases[: timer.index + 1]]
        return max([n for n in reached if n is not None], default=-1)

    def to_scaling_talk(self) -> str | None:
        """Every level passes: the clock moves on to the round's last phase (the scaling talk),
        unless that is a level of its own. The phase's name, or None when it stays."""
        timer = self.mock.timer
        last = len(timer.phases) - 1
        if phase_level(timer.phases[last].name) is not None:
            return None
        while timer.index < last and not self.mock.ended:
            self.mock.next_phase()
        return timer.phases[last].name

    def run_tests(self) -> TestRun:
        """Run the tests of the levels shown against the code saved. Slow: a worker calls it."""
        assert self.workspace is not None
        return self.workspace.run(self.level, python=self.config.python)

    def record_run(self, run: TestRun) -> RunOutcome:
        """Keep a finished run (on the app's thread): its events, the levels it unlocked. The
        session file is written behind it: waiting for the disk here would hold the clock."""
        assert self.workspace is not None
        spec = self.workspace.spec
        offset = self.mock.timer.offset()
        green = green_levels(spec, run)
        failing = tuple(f"{r.file}::{r.name}" for r in run.results if not r.passed)
        self.workspace.history.run(
            Run(offset, run.passed, run.total, failing, run.problem, run.seconds, self.level, green)
        )
        entry: dict[str, Any] = {"offset": round(offset, 3), "passed": run.passed}
        entry.update(total=run.total, failing=list(failing), seconds=run.seconds)
        if run.problem:
            entry["problem"] = run.problem
        self._runs.append(entry)
        self.mock.record("tests", f"{run.passed}/{run.total}", offset=offset, wait=False)
        for level in green:
            if level not in self._green_at:
                self._green_at[level] = offset
                self.mock.record("level_green", str(level), offset=offset, wait=False)
        reached = unlocked(spec, self.level, green)
        opened = tuple(range(self.level + 1, reached + 1))
        for level in opened:
            self.mock.record("level_unlocked", str(level), offset=offset, wait=False)
        self.level = reached
        self._save_code_table()
        done = bool(spec.levels) and all(n in self._green_at for n in range(1, spec.levels + 1))
        return RunOutcome(run, opened, done)

    def _save_code_table(self) -> None:
        """The `[code]` table of session.toml: the file, the levels' times to green, the runs."""
        assert self.workspace is not None
        workspace = self.workspace
        main = workspace.path.relative_to(workspace.folder).as_posix()
        table: dict[str, Any] = {"file": main, "history": HISTORY_FILE}
        if workspace.spec.project:
            table["project"] = workspace.root.name
        if self.workspace.spec.levels:
            table["levels_total"] = self.workspace.spec.levels
            table["level"] = self.level
            table["levels"] = [
                {"level": n, "green_at": round(at, 3)} for n, at in sorted(self._green_at.items())
            ]
        table["runs"] = list(self._runs)
        self.mock.set_extra("code", table, wait=False)

    def ended(self) -> None:
        """The mock is over (to its review, or abandoned): the transcript finishes in the
        background and is recorded in session.toml when it is ready."""
        recording = self.recording
        if recording is not None:
            recording.finish_in_background(lambda table: self.listener.transcript_done(self, table))

    def save_transcript(self, table: dict[str, Any]) -> None:
        """Record the finished transcript's `[transcript]` table (on the app's thread)."""
        self.mock.set_extra("transcript", table)

    def close(self) -> None:
        """The app quits: a mock still running stops recording and writes what it has; it is
        offered as interrupted at the next start."""
        if not self.mock.ended:
            self.mock.close()
