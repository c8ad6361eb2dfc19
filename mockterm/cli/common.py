"""What every command shares: one error type, one set of exit codes, the argument parser that
reports usage errors in one line, and the settings read from the options and the config."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from mockterm.core.paths import resolved

if TYPE_CHECKING:
    from mockterm.core.config import Settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, as every other error: what is wrong and where the usage is."""
        self.exit(EXIT_USAGE, f"mockterm: error: {message} (see `{self.prog} --help`)\n")


def global_options(parser: argparse.ArgumentParser, suffix: str = "") -> None:
    """--sessions, --bank and --config, taken before the command (`suffix` "") and after it
    (`suffix` "_after", merged by `mockterm.cli.parse`)."""
    # after the command, an option not given is not set at all: a subcommand's parser must not
    # overwrite what the command's parser (or the one before it) took
    absent = argparse.SUPPRESS if suffix else None
    parser.add_argument(
        "--sessions",
        metavar="DIR",
        dest="sessions" + suffix,
        default=absent,
        help="where sessions are saved",
    )
    parser.add_argument(
        "--bank",
        metavar="DIR",
        action="append",
        dest="bank" + suffix,
        default=absent if suffix else [],
        help="extra question bank directory or file (repeatable), merged over the built-in bank",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        dest="config" + suffix,
        default=absent,
        help="config file (default: $MOCKTERM_CONFIG or the user config dir)",
    )


def needs_terminal(alternative: str) -> None:
    """The app needs a terminal; scripts get one line pointing at a command that prints."""
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CommandError(f"the app needs an interactive terminal; for scripts use {alternative}")


def settings_from(args: argparse.Namespace) -> Settings:
    from mockterm.core.config import Settings, load_config, sessions_dir
    from mockterm.core.paths import builtin_bank_dir, config_file, user_bank_dir

    path = config_file(args.config)
    config, warnings = load_config(path, required=bool(args.config))
    if getattr(args, "model", None):
        config = config._replace(whisper_model=args.model)
    if getattr(args, "record", None) is not None:
        config = config._replace(record=args.record)
    if getattr(args, "python", None):
        config = config._replace(python=args.python)
    mine = user_bank_dir()
    banks = (
        builtin_bank_dir(),
        *([mine] if mine.is_dir() else []),
        *(Path(p).expanduser() for p in config.bank_paths),
        *(Path(p).expanduser() for p in args.bank),
    )
    return Settings(config, sessions_dir(args.sessions, config), banks, tuple(warnings))


def same_path(a: Path, b: Path) -> bool:
    return resolved(a) == resolved(b)
