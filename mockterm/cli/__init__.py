"""The `mockterm` command: opens the app, or runs a subcommand and prints its result.

Imports are kept inside the commands so `mockterm --version` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from mockterm import __version__
from mockterm.core.paths import cache_dir

if TYPE_CHECKING:
    from mockterm.core.bank import Bank, Prompt
    from mockterm.core.config import Settings
    from mockterm.core.sessions.store import SessionStore

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
        "round",
        metavar="ROUND",
        help="round type id (see `mockterm bank list`); 'due' for what is due in any round, "
        "'surprise' for a random due or unseen prompt",
    )
    start.add_argument("--prompt", metavar="ID", help="this prompt instead of a random one")
    start.add_argument(
        "--minutes",
        metavar="N",
        type=_positive_minutes,
        help="total minutes; phases keep their proportions",
    )
    start.add_argument(
        "--record",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="record the microphone and transcribe it (default: the config's record)",
    )
    start.add_argument("--model", metavar="NAME|DIR", help="Whisper model name or directory")
    start.add_argument(
        "--interviewer",
        action="store_true",
        help="paired mock: you ask the questions and see follow-ups, hints, key points, rubric",
    )

    commands.add_parser("list", help="list saved sessions")
    due = commands.add_parser("due", help="prompts due for review (spaced repetition)")
    due.add_argument("round", metavar="ROUND", nargs="?", help="only this round type")
    due.add_argument(
        "--all", action="store_true", help="every prompt done so far, with its next date"
    )
    from mockterm.cli import audio as audio_cli
    from mockterm.cli import review as review_cli

    audio_cli.add_parsers(commands)
    review_cli.add_parsers(commands)

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
    notes = bank_commands.add_parser(
        "import", help="turn the questions of a Markdown notes file into prompts"
    )
    notes.add_argument("notes", metavar="NOTES.md", help="Markdown file of questions")
    notes.add_argument("--round", required=True, metavar="ROUND", help="round type they belong to")
    notes.add_argument(
        "--out", metavar="FILE", help="bank file to create or update (default: NOTES.toml)"
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
    from mockterm.core.sessions.model import SessionError

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
        if args.command == "due":
            return _due(args, settings)
        if args.command in ("review", "export", "stats"):
            from mockterm.cli import review as review_cli

            return review_cli.run(args, settings)
        if args.command in ("devices", "doctor", "transcribe"):
            from mockterm.cli import audio as audio_cli

            return audio_cli.main_guard(lambda: audio_cli.run(args, settings))
        return _bank(args, settings)
    except SessionError as exc:
        raise CommandError(str(exc)) from None


def _settings(args: argparse.Namespace) -> Settings:
    from mockterm.core.config import Settings, load_config, sessions_dir
    from mockterm.core.paths import builtin_bank_dir, config_file

    path = config_file(args.config)
    config, warnings = load_config(path, required=bool(args.config))
    if getattr(args, "model", None):
        config = replace(config, whisper_model=args.model)
    if getattr(args, "record", None) is not None:
        config = replace(config, record=args.record)
    banks = (
        builtin_bank_dir(),
        *(Path(p).expanduser() for p in config.bank_paths),
        *(Path(p).expanduser() for p in args.bank),
    )
    return Settings(config, sessions_dir(args.sessions, config), banks, tuple(warnings))


def _open_app(settings: Settings, args: argparse.Namespace | None) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.sessions.store import SessionStore

    loaded = load_bank(settings.banks, cache_dir())
    store = SessionStore(settings.sessions, cache_dir())
    store.ensure()
    start = None
    if args is not None:
        start = (_prompt_to_start(args, loaded.bank, store), args.minutes)

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CommandError(
            "the app needs an interactive terminal; for scripts use "
            "`mockterm list` or `mockterm bank ...`"
        )
    from mockterm.ui.app import MocktermApp

    interviewer = bool(args is not None and getattr(args, "interviewer", False))
    app = MocktermApp(settings, loaded, store, start=start, interviewer=interviewer)
    app.run()
    return app.return_code or 0


def _list_sessions(settings: Settings) -> int:
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.recovery import recover
    from mockterm.core.sessions.store import SessionStore
    from mockterm.core.sessions.timer import format_clock, format_overrun

    store = SessionStore(settings.sessions, cache_dir())
    recover(store)
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
            format_overrun(over) if over > 0 else "",
            session.grade or "",
        )
    console.print(table)
    return EXIT_OK


def _bank(args: argparse.Namespace, settings: Settings) -> int:
    from mockterm.core.bank import load_bank

    if args.bank_command == "validate":
        return _validate(args.paths, settings)
    if args.bank_command == "import":
        return _import_notes(args, settings)
    loaded = load_bank(settings.banks, cache_dir())
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


def _prompt_to_start(args: argparse.Namespace, bank: Bank, store: SessionStore) -> Prompt:
    """`start ROUND [--prompt ID]`: that prompt, or what the practice service picks (as Home)."""
    from mockterm.core.practice.service import Practice

    round_id = args.round
    if round_id in ("surprise", "due"):
        if not bank.rounds:
            raise CommandError("the question bank has no round types", EXIT_USAGE)
        prompt = Practice.from_store(bank, store).choose(round_id)
    elif args.prompt:
        prompt = bank.prompts.get(args.prompt)
        if prompt is None:
            raise CommandError(
                f"no prompt {args.prompt!r}; see `mockterm bank list {round_id}`", EXIT_USAGE
            )
        if prompt.round_id != round_id:
            raise CommandError(
                f"prompt {args.prompt!r} belongs to round {prompt.round_id!r}, not {round_id!r}",
                EXIT_USAGE,
            )
    else:
        try:
            bank.round(round_id)
        except KeyError as exc:
            raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
        prompt = Practice.from_store(bank, store).choose("due", round_id)
        if prompt is None:
            raise CommandError(f"round {round_id!r} has no prompts", EXIT_USAGE)
    if prompt is None:
        raise CommandError("the question bank has no prompts", EXIT_USAGE)
    return prompt


def _due(args: argparse.Namespace, settings: Settings) -> int:
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.bank import load_bank
    from mockterm.core.practice.schedule import describe_due
    from mockterm.core.practice.service import Practice
    from mockterm.core.sessions.model import GRADES, utc_now
    from mockterm.core.sessions.store import SessionStore

    bank = load_bank(settings.banks).bank
    if args.round:
        try:
            bank.round(args.round)
        except KeyError as exc:
            raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
    schedule = Practice.from_store(bank, SessionStore(settings.sessions, cache_dir())).schedule
    now = utc_now()
    prompts = [p for p in bank.prompts.values() if args.round is None or p.round_id == args.round]
    cards = schedule.upcoming()
    shown = [
        c
        for c in cards
        if c.prompt_id in bank.prompts
        and (args.round is None or bank.prompts[c.prompt_id].round_id == args.round)
    ]
    due = [c for c in shown if c.is_due(now)]
    unseen = sum(1 for p in prompts if not schedule.seen(p.id))
    console = Console()
    listed = shown if args.all else due
    if listed:
        table = Table(title="Scheduled prompts" if args.all else "Due for review", expand=False)
        for column in ("due (UTC)", "when", "round", "prompt", "reviews", "last"):
            table.add_column(column, no_wrap=column not in ("prompt",))
        for card in listed:
            prompt = bank.prompts[card.prompt_id]
            table.add_row(
                card.due.strftime("%Y-%m-%d %H:%M"),
                describe_due(card, now),
                prompt.round_id,
                f"{prompt.title} [dim]({prompt.id})[/]",
                str(card.reviews),
                GRADES[card.last_rating - 1],
            )
        console.print(table)
    later = [c for c in shown if not c.is_due(now)]
    summary = f"{len(due)} due now, {len(later)} resting, {unseen} never done"
    if later and not args.all:
        first = later[0]
        summary += f"; next: {bank.prompts[first.prompt_id].title} ({describe_due(first, now)})"
    console.print(summary, highlight=False)
    if due:
        console.print("Start what is due: `mockterm start due` (or `d` on Home)", highlight=False)
    return EXIT_OK


def _import_notes(args: argparse.Namespace, settings: Settings) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.bank.notes_import import NotesImportError, default_out, import_notes

    notes = Path(args.notes).expanduser()
    if not notes.is_file():
        raise CommandError(f"{notes}: no such file", EXIT_USAGE)
    bank = load_bank(settings.banks).bank
    try:
        round_ = bank.round(args.round)
    except KeyError as exc:
        raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
    out = Path(args.out).expanduser() if args.out else default_out(notes)
    try:
        result = import_notes(notes, round_, out, bank)
    except NotesImportError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    print(
        f"Imported {result.imported} question(s) from {notes} into {out} (round {round_.id}): "
        f"{len(result.added)} new, {len(result.updated)} updated, "
        f"{len(result.unchanged)} unchanged, {len(result.removed)} removed"
    )
    for mark, items in (("+", result.added), ("~", result.updated), ("=", result.unchanged)):
        for prompt_id, title in items:
            print(f"  {mark} {prompt_id}  {title}")
    for prompt_id in result.removed:
        print(f"  - {prompt_id}  (no longer in the notes)")
    if result.kept:
        print(f"Kept {len(result.kept)} other prompt(s) already in {out}")
    if result.skipped:
        print(f"Skipped {len(result.skipped)}:")
        for skipped in result.skipped:
            print(f"  {notes}:{skipped}")
    if not any(_inside(out, b) for b in settings.banks):
        print(
            f"Practise them: `mockterm --bank {out} start {round_.id}`, or add "
            f'"{out.parent.resolve()}" to bank_paths in the config file'
        )
    return EXIT_OK


def _inside(path: Path, bank: Path) -> bool:
    try:
        return path.resolve() == bank.resolve() or path.resolve().is_relative_to(bank.resolve())
    except OSError:
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
