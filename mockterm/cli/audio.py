"""The recording commands of `mockterm`: devices, doctor, transcribe.

Kept apart so the heavy parts (PortAudio, Whisper) load only when these run.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mockterm.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CommandError

if TYPE_CHECKING:
    from rich.progress import TaskID
    from rich.text import Text

    from mockterm.core.config import Settings

COMMANDS = ("devices", "doctor", "transcribe")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    devices = commands.add_parser(
        "devices", help="list audio inputs and show a live level for the chosen one"
    )
    devices.add_argument(
        "--device", metavar="NAME|INDEX", help="input to test (default: input_device or system)"
    )
    devices.add_argument(
        "--seconds", type=float, default=3.0, metavar="N", help="how long to show the level"
    )
    doctor = commands.add_parser(
        "doctor", help="check PortAudio, the input, the Whisper model, clipboard, sessions dir"
    )
    doctor.add_argument("--model", metavar="NAME|DIR", help="Whisper model to check")
    transcribe = commands.add_parser(
        "transcribe", help="transcribe a recorded session (or every one still waiting)"
    )
    transcribe.add_argument("session", metavar="SESSION", nargs="?", help="folder or name prefix")
    transcribe.add_argument(
        "--pending", action="store_true", help="every recorded session without a transcript"
    )
    transcribe.add_argument("--model", metavar="NAME|DIR", help="Whisper model name or directory")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "devices":
        return devices(settings, args.device, args.seconds)
    if args.command == "doctor":
        return doctor(settings, args.model)
    return transcribe(settings, args.session, args.pending, args.model)


# --- devices ------------------------------------------------------------------------------------


def devices(settings: Settings, device: str | None, seconds: float) -> int:
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.audio.devices import NO_INPUT, AudioError, input_devices

    console = Console()
    try:
        found = input_devices()
    except AudioError as exc:
        raise CommandError(str(exc)) from None
    if not found:
        raise CommandError(NO_INPUT)
    table = Table(title="Audio inputs")
    for column in ("index", "name", "channels", "rate", ""):
        table.add_column(column)
    for d in found:
        marker = "default" if d.is_default else ""
        table.add_row(str(d.index), d.name, str(d.channels), f"{d.samplerate:g}", marker)
    console.print(table)
    chosen = device if device is not None else settings.config.input_device
    if seconds <= 0:
        return EXIT_OK
    try:
        show_level(console, chosen, seconds)
    except AudioError as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


def show_level(console: object, device: str | int | None, seconds: float) -> None:
    """Record `seconds` into a scratch file and draw the input level as it goes."""
    import tempfile

    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    from mockterm.core.audio.recorder import Recorder

    assert isinstance(console, Console)
    with tempfile.TemporaryDirectory(prefix="mockterm-level-") as scratch:
        recorder = Recorder(Path(scratch) / "level.wav", device=device or None)
        recorder.start()
        peak = 0.0
        try:
            label = f"device {device}" if device else "the default input"
            with Live(console=console, auto_refresh=False, transient=False) as live:
                end = time.monotonic() + seconds
                while time.monotonic() < end:
                    peak = max(peak, recorder.level)
                    live.update(_level_text(recorder.level, label), refresh=True)
                    time.sleep(0.1)
        finally:
            recorder.stop()
        verdict = (
            "[green]sound is coming in[/]"
            if peak > 0.2
            else "[yellow]silence: is the microphone muted or the wrong device?[/]"
        )
        console.print(Text.from_markup(f"\npeak level {peak:.0%}: {verdict}"))


def _level_text(level: float, label: str) -> Text:
    from rich.text import Text

    width = 40
    filled = round(level * width)
    text = Text(f"level of {label}: ")
    text.append("█" * filled, style="green" if level < 0.85 else "red")
    text.append("·" * (width - filled), style="dim")
    return text


# --- doctor -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    """What was found, or the exact fix."""
    needed: bool = True
    """False for what only recording needs while recording is off: not a failure then."""


RECORDING_CHECKS = ("PortAudio", "input device", "Whisper model")


def doctor_checks(settings: Settings, model: str | None) -> list[Check]:
    checks = [
        check(name, probe)
        for name, probe in (
            ("PortAudio", _portaudio),
            ("input device", lambda: _input_device(settings)),
            ("Whisper model", lambda: _model(model or settings.config.whisper_model, settings)),
            ("clipboard", _clipboard),
            ("sessions dir", lambda: _sessions(settings)),
        )
    ]
    if settings.config.record or model:
        return checks
    # recording is off (and no model was asked about): these only matter once it is on
    return [
        replace(c, needed=False, detail=c.detail + " (needed only for recording, which is off)")
        if c.name in RECORDING_CHECKS and not c.ok
        else c
        for c in checks
    ]


def check(name: str, probe: Callable[[], str]) -> Check:
    try:
        return Check(name, True, probe())
    except CommandError as exc:
        return Check(name, False, str(exc))
    except Exception as exc:  # a doctor must not crash on what it examines
        return Check(name, False, f"unexpected error: {exc}")


def _portaudio() -> str:
    from mockterm.core.audio.devices import AudioError, load_sounddevice

    try:
        sd = load_sounddevice()
    except AudioError as exc:
        raise CommandError(str(exc).removeprefix("recording is off: ")) from None
    return str(sd.get_portaudio_version()[1]).split(",")[0]


def _input_device(settings: Settings) -> str:
    from mockterm.core.audio.devices import AudioError, input_devices, resolve_device

    try:
        index = resolve_device(settings.config.input_device)
        found = input_devices()
    except AudioError as exc:
        raise CommandError(str(exc).removeprefix("recording is off: ")) from None
    chosen = [d for d in found if (d.index == index if index is not None else d.is_default)]
    if not chosen:
        return f"the system default ({len(found)} inputs; see `mockterm devices`)"
    return f"{chosen[0].name} (index {chosen[0].index}); test it with `mockterm devices`"


def _model(model: str, settings: Settings) -> str:
    from mockterm.core.audio.transcript import TranscriptionError
    from mockterm.core.audio.transcription import is_model_dir, load_model

    if is_model_dir(model):
        try:
            load_model(model, settings.config.whisper_device)
        except TranscriptionError as exc:
            raise CommandError(str(exc)) from None
        return f"{model} (local directory, loads)"
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        raise CommandError("faster-whisper is missing: pip install 'mockterm[audio]'") from None
    from faster_whisper.utils import download_model

    try:
        path = download_model(model, local_files_only=True)
    except Exception:
        raise CommandError(
            f"{model!r} is not downloaded yet; fetch it once while online with "
            f'`{shlex.quote(sys.executable)} -c "from faster_whisper import WhisperModel; '
            f"WhisperModel('{model}')\"` (the Python mockterm runs on), "
            "or set whisper_model to a local CTranslate2 model directory"
        ) from None
    return f"{model} (cached in {path})"


def _clipboard() -> str:
    try:
        import pyperclip

        pyperclip.paste()
    except Exception:
        if os.environ.get("SSH_TTY") or not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            return "no system clipboard here; copy uses the terminal (OSC 52), else prompt.md"
        raise CommandError(
            "no clipboard tool; install xclip, xsel or wl-clipboard (copy falls back to OSC 52)"
        ) from None
    return "system clipboard works"


def _sessions(settings: Settings) -> str:
    from mockterm.core.sessions.model import SessionError
    from mockterm.core.sessions.store import SessionStore

    try:
        root = SessionStore(settings.sessions).ensure()
    except SessionError as exc:
        raise CommandError(str(exc)) from None
    mode = root.stat().st_mode & 0o777
    free = shutil.disk_usage(root).free / 1e9
    private = "private" if mode & 0o077 == 0 else f"mode {mode:o}: run chmod 700 {root}"
    return f"{root} (writable, {private}, {free:.1f} GB free ≈ {free * 31:.0f} h of audio)"


def doctor(settings: Settings, model: str | None) -> int:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    results = doctor_checks(settings, model)
    for result in results:
        line = Text()
        if result.ok:
            line.append(" OK  ", style="bold green")
        elif result.needed:
            line.append(" FIX ", style="bold red")
        else:
            line.append(" --  ", style="bold yellow")
        line.append(f"{result.name}: ", style="bold")
        line.append(result.detail)
        console.print(line)
    return EXIT_OK if all(r.ok or not r.needed for r in results) else EXIT_FAILURE


# --- transcribe ---------------------------------------------------------------------------------


def transcribe(settings: Settings, session: str | None, pending: bool, model: str | None) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from mockterm.core.audio.transcript import TranscriptionError
    from mockterm.core.audio.transcription import (
        Transcriber,
        audio_path,
        pending_sessions,
        transcribe_session,
    )
    from mockterm.core.recovery import recover
    from mockterm.core.sessions.model import SessionError
    from mockterm.core.sessions.session_file import read_session
    from mockterm.core.sessions.store import SessionStore

    if bool(session) == pending:
        raise CommandError("give one SESSION or --pending (not both)", EXIT_USAGE)
    store = SessionStore(settings.sessions)
    recover(store)  # a crashed recording gets its header repaired first
    try:
        folders = pending_sessions(store) if pending else [store.find(str(session))]
    except SessionError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    console = Console(stderr=True)
    if not folders:
        console.print("Nothing to transcribe: every recorded session has its transcript.")
        return EXIT_OK
    if not pending and audio_path(folders[0], read_session(folders[0]).extra) is None:
        # said before the model is looked for: no model would help
        raise CommandError(
            f"{folders[0].name} has no recording, so there is nothing to transcribe; record a "
            "mock with `mockterm start ROUND --record` (or r on Home)",
            EXIT_USAGE,
        )
    name = model or settings.config.whisper_model
    transcriber = Transcriber(name, settings.config.whisper_device)
    try:
        with console.status(f"loading Whisper model {name}"):
            transcriber.load()
    except TranscriptionError as exc:
        raise CommandError(str(exc)) from None
    failures = 0
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:.0f} s of audio"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console) as progress:
        for folder in folders:
            task = progress.add_task(folder.name[:40], total=None)

            def advance(done: float, total: float, task: TaskID = task) -> None:
                progress.update(task, completed=done, total=total)

            try:
                transcript = transcribe_session(folder, transcriber, advance)
            except (TranscriptionError, SessionError, OSError) as exc:
                failures += 1
                progress.console.print(f"[red]{folder.name}: {exc}[/]")
                continue
            progress.console.print(
                f"{folder.name}: {len(transcript.segments)} segments → {folder / 'transcript.vtt'}"
            )
    return EXIT_FAILURE if failures else EXIT_OK
