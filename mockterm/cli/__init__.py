"""The `mockterm` command: opens the app, or runs a subcommand and prints its result.

Each group of subcommands lives in its own module (sessions, bank, audio, review), which adds its
parsers and runs them; imports stay inside the commands so `mockterm --version` stays instant,
and the bare `mockterm` (the app) neither imports the other groups nor builds their parsers.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

from mockterm import __version__
from mockterm.cli import sessions
from mockterm.cli.common import (
    EXIT_FAILURE,
    EXIT_USAGE,
    CommandError,
    Parser,
    global_options,
    settings_from,
)
from mockterm.core.text import plain


def groups() -> tuple[ModuleType, ...]:
    """The modules of the subcommands, imported when a command is asked for."""
    from mockterm.cli import audio, bank, review

    return (sessions, audio, review, bank)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="mockterm", description="Timed mock interviews in the terminal.")
    parser.add_argument("--version", action="version", version=f"mockterm {__version__}")
    global_options(parser)
    # the global options are taken after the command too (`mockterm list --sessions DIR`)
    after = Parser(add_help=False)
    global_options(after, suffix="_after")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_parser_with(after)
    )
    for group in groups():
        group.add_parsers(commands)
    return parser


def _parser_with(parent: argparse.ArgumentParser) -> type[Parser]:
    """The subcommands' parser class: each takes `parent`'s options as well as its own."""

    class Command(Parser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["parents"] = [*kwargs.get("parents", ()), parent]
            super().__init__(*args, **kwargs)

    return Command


class _NotOnlyGlobal(Exception):
    pass


class _GlobalOnly(Parser):
    """The bare `mockterm` with global options at most (how the app is opened): parsed without
    building every command's parser. Anything else, an error included, goes to the full parser,
    so what it accepts, prints and refuses stays its own."""

    def error(self, message: str) -> NoReturn:
        raise _NotOnlyGlobal(message)


def _global_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    parser = _GlobalOnly(prog="mockterm", add_help=False)
    global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotOnlyGlobal:
        return None
    if rest:  # a command, --help, --version, or something the full parser will refuse
        return None
    args.command = None
    return args


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, with the global options given after the command merged in."""
    args = _global_only(argv) or build_parser().parse_args(argv)
    args.bank = [*args.bank, *(getattr(args, "bank_after", None) or ())]
    for name in ("sessions", "config"):
        setattr(args, name, getattr(args, name + "_after", None) or getattr(args, name))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    try:
        code = _run(args)
        sys.stdout.flush()  # a reader that went away shows here, not at exit
        return code
    except CommandError as exc:
        # the message may carry a path or a name from outside: no escape sequence gets through
        print(plain(f"mockterm: error: {exc}"), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `mockterm list | head -1`: the reader has what it wanted; Python must not complain
        # about the output it can no longer flush at exit (Rich's own answer to this is 1 too)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE


def _run(args: argparse.Namespace) -> int:
    from mockterm.core.sessions.errors import SessionError
    from mockterm.core.sessions.store import SessionNotFound

    settings = settings_from(args)
    for warning in settings.warnings:
        print(plain(f"mockterm: warning: {warning}"), file=sys.stderr)
    try:
        if args.command is None:
            return sessions.run(None, settings)
        group = next(g for g in groups() if args.command in g.COMMANDS)
        code: int = group.run(args, settings)
        return code
    except SessionNotFound as exc:  # a name the user gave: bad input
        raise CommandError(str(exc), EXIT_USAGE) from None
    except SessionError as exc:
        raise CommandError(str(exc)) from None
