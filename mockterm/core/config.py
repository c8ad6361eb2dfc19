"""The optional config file, and where sessions and banks are found.

A bad key or value never stops the app: it becomes one warning line and the default is used.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, NamedTuple

from mockterm.core.files import TomlError, parse_toml
from mockterm.core.paths import checkout_sessions_dir, user_sessions_dir


class Config(NamedTuple):
    """The config file's settings (a named tuple: the app's start makes no dataclass)."""

    sessions_dir: str = ""
    """Where sessions are saved. Empty: ./sessions in a mockterm checkout, else the data dir."""
    bank_paths: tuple[str, ...] = ()
    """Extra bank directories (or files), merged over the built-in bank in this order."""
    whisper_model: str = "base.en"
    """Whisper model name (tiny.en, base.en, small.en...) or a local CTranslate2 model directory."""
    whisper_device: str = "auto"
    """auto (CUDA when present, else CPU), cpu or cuda."""
    live_transcription: bool = True
    """Transcribe finished chunks while recording, so the transcript is ready at the end."""
    record: bool = False
    """Record the microphone by default."""
    input_device: str = ""
    """Input device name or index; empty for the system default."""
    auto_advance: bool = False
    """Move to the next phase by itself at each checkpoint (otherwise overtime runs until `n`)."""
    bell: bool = True
    """Ring the terminal bell at checkpoints."""
    warning_seconds: float = 60.0
    """How long before a checkpoint the quiet warning shows; 0 turns it off."""
    theme: str = "textual-dark"
    """Any Textual theme name, e.g. textual-light, nord, gruvbox."""
    python: str = ""
    """The Python that runs coding rounds' tests (a path, or a command on PATH), e.g. a
    virtualenv with NumPy and PyTorch for ML coding; empty: the one mockterm runs on."""


_TYPES: dict[str, tuple[type, ...]] = {
    "sessions_dir": (str,),
    "bank_paths": (list,),
    "whisper_model": (str,),
    "whisper_device": (str,),
    "live_transcription": (bool,),
    "record": (bool,),
    "input_device": (str, int),
    "auto_advance": (bool,),
    "bell": (bool,),
    "warning_seconds": (int, float),
    "theme": (str,),
    "python": (str,),
}


def load_config(path: Path, required: bool = False) -> tuple[Config, list[str]]:
    """Read the config file; returns it with one warning line per problem.

    A missing file is fine (defaults) unless `required` (the user named it explicitly).
    """
    warnings: list[str] = []
    if not path.exists():
        if required:
            warnings.append(f"{path}: config file not found; using defaults")
        return Config(), warnings
    try:
        data = parse_toml(path.read_bytes(), path)
    except OSError as exc:
        reason = exc.strerror or exc
        return Config(), [f"{path}: cannot read config file ({reason}); using defaults"]
    except TomlError as exc:
        return Config(), [f"{exc}; using defaults"]
    return parse_config(data, str(path), warnings)


def parse_config(
    data: dict[str, Any], where: str, warnings: list[str] | None = None
) -> tuple[Config, list[str]]:
    warnings = [] if warnings is None else warnings
    names = Config._fields
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            close = difflib.get_close_matches(key, names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            warnings.append(
                f"{where}: {key if key.isprintable() else repr(key)}: unknown key{hint}; ignored"
            )
            continue
        expected = _TYPES[key]
        ok = isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)
        if key == "bank_paths" and ok:
            ok = all(isinstance(v, str) for v in value)
            value = tuple(value)
        if key == "whisper_device" and ok and value not in ("auto", "cpu", "cuda"):
            ok = False
        if key == "warning_seconds" and ok and not 0 <= value <= 3600:
            ok = False
        if not ok:
            default = getattr(Config(), key)
            warnings.append(f"{where}: {key}: bad value {value!r}; using the default {default!r}")
            continue
        values[key] = str(value) if key == "input_device" else value
    return Config(**values), warnings


def sessions_dir(option: str | None, config: Config, cwd: Path | None = None) -> Path:
    """--sessions, else the config, else ./sessions in a checkout that has one, else user data."""
    if option:
        return Path(option).expanduser()
    if config.sessions_dir:
        return Path(config.sessions_dir).expanduser()
    return checkout_sessions_dir(cwd or Path.cwd()) or user_sessions_dir()


class Settings(NamedTuple):
    """Everything the app and commands need to know about where things are."""

    config: Config = Config()
    sessions: Path = Path("sessions")
    banks: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()
