"""The `mockterm` command: opens the app, or runs a subcommand and prints its result.

Each group of subcommands lives in its own module (sessions, bank, audio, review), which adds its
parsers and runs them; imports stay inside the commands so `mockterm --version` stays instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mockterm import __version__
from mockterm.cli import audio, bank, review, sessions
from mockterm.cli.common import EXIT_FAILURE, CommandError, Parser, settings_from
from mockterm.core.text import plain

GROUPS = (sessions, audio, review, bank)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="mockterm", description="Timed mock interviews in the terminal.")
    parser.add_argument("--version", action="version", version=f"mockterm {__version__}")
    parser.add_argument("--sessions", metavar="DIR", help="where sessions are saved")
    parser.add_argument(
        "--bank",
        metavar="DIR",
        action="append",
        default=[],
        help="extra question bank directory or file (repeatable), merged over the built-in bank",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: $MOCKTERM_CONFIG or the user config dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    from mockterm.core.sessions.model import SessionError

    settings = settings_from(args)
    for warning in settings.warnings:
        print(plain(f"mockterm: warning: {warning}"), file=sys.stderr)
    try:
        if args.command is None:
            return sessions.run(None, settings)
        group = next(g for g in GROUPS if args.command in g.COMMANDS)
        code: int = group.run(args, settings)
        return code
    except SessionError as exc:
        raise CommandError(str(exc)) from None
