"""The `mockterm` command: opens the app, or runs a subcommand and prints its result.

Imports are kept inside the commands so `mockterm --version` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from mockterm import __version__

if TYPE_CHECKING:
    from mockterm.core.bank import Prompt
    from mockterm.core.config import Settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"mockterm: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mockterm", description="Timed mock interviews in the terminal.")
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    start = commands.add_parser("start", help="start a timed mock right away")
    start.add_argument(
        "round", metavar="ROUND", help="round type id (see `mockterm bank list`), or 'surprise'"
    )
    start.add_argument("--prompt", metavar="ID", help="this prompt instead of a random one")
    start.add_argument(
        "--minutes",
        metavar="N",
        type=_positive_minutes,
        help="total minutes; phases keep their proportions",
    )

    commands.add_parser("list", help="list saved sessions")

    bank = commands.add_parser("bank", help="browse and check question banks")
    bank_commands = bank.add_subparsers(
        dest="bank_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    bank_list = bank_commands.add_parser("list", help="round types, or the prompts of one")
    bank_list.add_argument("round", metavar="ROUND", nargs="?")
    show = bank_commands.add_parser("show", help="show a prompt or round type")
    show.add_argument("id", metavar="ID")
    validate = bank_commands.add_parser("validate", help="check bank files; exit 2 on problems")
    validate.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        help="files or directories (default: every configured bank)",
    )
    return parser


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("minutes must be more than 0 and at most 600")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except CommandError as exc:
        print(f"mockterm: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from mockterm.core.session_store import SessionError

    settings = _settings(args)
    for warning in settings.warnings:
        print(f"mockterm: warning: {warning}", file=sys.stderr)
    try:
        if args.command is None:
            return _open_app(settings, None)
        if args.command == "start":
            return _open_app(settings, args)
        if args.command == "list":
            return _list_sessions(settings)
        return _bank(args, settings)
    except SessionError as exc:
        raise CommandError(str(exc)) from None


def _settings(args: argparse.Namespace) -> Settings:
    from mockterm.core.bank import builtin_bank_dir
    from mockterm.core.config import Settings, config_path, load_config, sessions_dir

    path = config_path(args.config)
    config, warnings = load_config(path, required=bool(args.config))
    banks = (
        builtin_bank_dir(),
        *(Path(p).expanduser() for p in config.bank_paths),
        *(Path(p).expanduser() for p in args.bank),
    )
    return Settings(config, sessions_dir(args.sessions, config), banks, tuple(warnings))


def _open_app(settings: Settings, args: argparse.Namespace | None) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.selection import pick_prompt
    from mockterm.core.session_store import SessionStore

    loaded = load_bank(settings.banks)
    store = SessionStore(settings.sessions)
    store.ensure()
    start = None
    if args is not None:
        prompt: Prompt | None
        bank = loaded.bank
        round_id = args.round
        if round_id == "surprise":
            if not bank.rounds:
                raise CommandError("the question bank has no round types", EXIT_USAGE)
            prompt = pick_prompt(bank, None)
        elif args.prompt:
            prompt = bank.prompts.get(args.prompt)
            if prompt is None:
                raise CommandError(
                    f"no prompt {args.prompt!r}; see `mockterm bank list {round_id}`", EXIT_USAGE
                )
            if prompt.round_id != round_id:
                raise CommandError(
                    f"prompt {args.prompt!r} belongs to round "
                    f"{prompt.round_id!r}, not {round_id!r}",
                    EXIT_USAGE,
                )
        else:
            try:
                bank.round(round_id)
            except KeyError as exc:
                raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
            prompt = pick_prompt(bank, round_id)
            if prompt is None:
                raise CommandError(f"round {round_id!r} has no prompts", EXIT_USAGE)
        if prompt is None:
            raise CommandError("the question bank has no prompts", EXIT_USAGE)
        start = (prompt, args.minutes)

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CommandError(
            "the app needs an interactive terminal; for scripts use "
            "`mockterm list` or `mockterm bank ...`"
        )
    from mockterm.ui.app import MocktermApp

    app = MocktermApp(settings, loaded, store, start=start)
    app.run()
    return app.return_code or 0


def _list_sessions(settings: Settings) -> int:
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.session_store import SessionStore
    from mockterm.core.timer import format_clock

    store = SessionStore(settings.sessions)
    store.recover()
    entries = store.scan()
    console = Console()
    if not entries:
        console.print(f"No sessions yet in {settings.sessions}. Start one with `mockterm`.")
        return EXIT_OK
    table = Table(title=f"Sessions in {settings.sessions}", expand=False)
    for column in ("started (UTC)", "round", "prompt", "status", "time", "over", "grade"):
        table.add_column(column, no_wrap=column != "prompt")
    for entry in entries:
        session = entry.session
        if session is None:
            table.add_row(
                entry.folder.name[:16],
                "?",
                f"[red]unreadable: {entry.error}[/]",
                "corrupt",
                "",
                "",
                "",
            )
            continue
        over = session.actual_seconds() - session.planned_seconds()
        table.add_row(
            session.started_at.strftime("%Y-%m-%d %H:%M"),
            session.round_id,
            session.prompt.title,
            session.status,
            format_clock(session.actual_seconds()),
            format_clock(-over) if over > 0 else "",
            session.grade or "",
        )
    console.print(table)
    return EXIT_OK


def _bank(args: argparse.Namespace, settings: Settings) -> int:
    from mockterm.core.bank import load_bank

    if args.bank_command == "validate":
        return _validate(args.paths, settings)
    loaded = load_bank(settings.banks)
    for problem in loaded.problems:
        print(f"mockterm: warning: {problem}", file=sys.stderr)
    bank = loaded.bank
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.table import Table

    console = Console()
    if args.bank_command == "list":
        if args.round:
            try:
                round_ = bank.round(args.round)
            except KeyError as exc:
                raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
            table = Table(title=f"{round_.title} ({round_.id})")
            for column in ("id", "difficulty", "title", "tags"):
                table.add_column(column)
            for prompt in sorted(bank.prompts_for(round_.id), key=lambda p: p.id):
                table.add_row(prompt.id, prompt.difficulty, prompt.title, ", ".join(prompt.tags))
        else:
            table = Table(title="Round types")
            for column in ("id", "title", "format", "minutes", "prompts"):
                table.add_column(column)
            for round_ in bank.rounds.values():
                table.add_row(
                    round_.id,
                    round_.title,
                    round_.format,
                    f"{round_.total_minutes():g}",
                    str(len(bank.prompts_for(round_.id))),
                )
        console.print(table)
        return EXIT_OK

    # show
    if args.id in bank.rounds:
        round_ = bank.rounds[args.id]
        console.print(
            f"[b]{round_.title}[/] ({round_.id}, {round_.format}, "
            f"{round_.total_minutes():g} min)\n{round_.description}\n"
        )
        for phase in round_.phases:
            console.print(f"  {phase.minutes:>5g} min  [b]{phase.name}[/]  {phase.guidance}")
        for item in round_.rubric:
            console.print(f"  rubric: [b]{item.name}[/]: {item.good}")
        if round_.guidance:
            console.print(Markdown(round_.guidance))
        return EXIT_OK
    found = bank.prompts.get(args.id)
    if found is None:
        raise CommandError(f"no prompt or round {args.id!r}; see `mockterm bank list`", EXIT_USAGE)
    prompt = found
    parts = [
        f"# {prompt.title}",
        f"*{prompt.id} · {prompt.round_id} · {prompt.difficulty} · {', '.join(prompt.tags)}*",
        prompt.text,
    ]
    parts += [f"## Level {i}\n\n{text}" for i, text in enumerate(prompt.levels, 1)]
    for title, items in (
        ("Follow-ups", prompt.follow_ups),
        ("Hints", prompt.hints),
        ("Key points", prompt.key_points),
    ):
        if items:
            parts.append(f"## {title}\n\n" + "\n".join(f"- {item}" for item in items))
    if prompt.answer:
        parts.append(f"## Answer\n\n{prompt.answer}")
    console.print(Markdown("\n\n".join(parts)))
    return EXIT_OK


def _validate(paths: Sequence[str], settings: Settings) -> int:
    from mockterm.core.bank import load_bank

    targets = [Path(p) for p in paths]
    for target in targets:
        if not target.exists():
            raise CommandError(f"{target}: no such file or directory", EXIT_USAGE)
    # files are checked on top of the configured banks, so prompts-only files can find rounds
    context = [b for b in settings.banks if not any(_same(b, t) for t in targets)]
    loaded = load_bank([*context, *targets] if targets else settings.banks)
    shown = [str(t) for t in targets]
    problems = [
        p
        for p in dict.fromkeys(loaded.problems)
        if not targets or any(p.path == s or p.path.startswith(s.rstrip("/") + "/") for s in shown)
    ]
    for problem in problems:
        print(problem)
    bank = loaded.bank
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_USAGE
    print(f"OK: {len(bank.rounds)} round types, {len(bank.prompts)} prompts")
    return EXIT_OK


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
