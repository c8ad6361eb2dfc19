"""The session commands of `mockterm`: start (and the bare command, which opens the app), list,
due and delete. Only argparse at import time: `mockterm --version` builds the parser."""

from __future__ import annotations

import argparse
import gc
from collections import Counter
from typing import TYPE_CHECKING

from mockterm.cli.common import EXIT_OK, EXIT_USAGE, CommandError, needs_terminal
from mockterm.core.paths import cache_dir

if TYPE_CHECKING:
    from mockterm.core.bank import Bank, Prompt
    from mockterm.core.config import Settings
    from mockterm.core.sessions.store import SessionStore

COMMANDS = ("start", "list", "due", "delete")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    start = commands.add_parser("start", help="start a timed mock right away")
    start.add_argument(
        "round",
        metavar="ROUND",
        help="round type id (see `mockterm bank list`); 'due' for what is due in any round, "
        "'surprise' for a random due or unseen prompt",
    )
    start.add_argument("--prompt", metavar="ID", help="this prompt instead of a random one")
    start.add_argument(
        "--tag",
        metavar="TAG",
        help="only prompts with this tag (e.g. those `bank import` added to a round)",
    )
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
        "--python",
        metavar="PATH",
        help="the Python that runs a coding round's tests (default: the config's python)",
    )
    start.add_argument(
        "--interviewer",
        action="store_true",
        help="paired mock: you ask the questions and see follow-ups, hints, key points, rubric",
    )

    commands.add_parser("list", help="list saved sessions")
    delete = commands.add_parser(
        "delete", help="delete a saved session, recording included (asks first)"
    )
    delete.add_argument("session", metavar="SESSION", help="a folder or the start of its name")
    delete.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    due = commands.add_parser("due", help="prompts due for review (spaced repetition)")
    due.add_argument("round", metavar="ROUND", nargs="?", help="only this round type")
    due.add_argument(
        "--all", action="store_true", help="every prompt done so far, with its next date"
    )


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("minutes must be more than 0 and at most 600")
    return value


def run(args: argparse.Namespace | None, settings: Settings) -> int:
    """`args` None: the bare `mockterm`, which opens the app on Home."""
    if args is None or args.command == "start":
        return open_app(settings, args)
    if args.command == "list":
        return list_sessions(settings)
    if args.command == "delete":
        return delete(settings, args.session, args.yes)
    return due(args, settings)


def delete(settings: Settings, name: str, yes: bool) -> int:
    """Delete one session after saying what it is and asking (`--yes`: without asking)."""
    import sys

    from mockterm.core.sessions.model import SessionError
    from mockterm.core.sessions.session_file import read_session
    from mockterm.core.sessions.store import SessionStore
    from mockterm.core.text import plain

    store = SessionStore(settings.sessions, cache_dir())
    folder = store.find(name)
    try:
        session = read_session(folder)
        what = f"{session.round_title}: {session.prompt.title}, {session.started_at:%Y-%m-%d %H:%M}"
    except SessionError:
        what = "unreadable"
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    question = f"Delete {folder} ({plain(what)}; {files} file(s), recordings included)? [y/N] "
    if not yes:
        if not sys.stdin.isatty():
            raise CommandError(
                f"{folder.name}: give --yes to delete without a terminal", EXIT_USAGE
            )
        if input(plain(question)).strip().lower() not in ("y", "yes"):
            print("Kept.")
            return EXIT_OK
    store.delete(folder)
    print(plain(f"Deleted {folder}"))
    return EXIT_OK


def open_app(settings: Settings, args: argparse.Namespace | None) -> int:
    # no garbage collection until Home's first frame is on screen (the app turns it back on):
    # reading the bank and importing Textual make objects by the hundred thousand, nearly all
    # of them alive as long as the app, and the collections they set off were a tenth of the start
    gc.disable()
    try:
        return _open_app(settings, args)
    finally:
        gc.enable()


def _open_app(settings: Settings, args: argparse.Namespace | None) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.sessions.store import SessionStore

    loaded = load_bank(settings.banks, cache_dir())
    store = SessionStore(settings.sessions, cache_dir())
    store.ensure()
    start = None
    tag = getattr(args, "tag", None) if args is not None else None
    try:
        if tag:
            # the whole sitting sees only those prompts: the mock, its questions, Home after it
            loaded = loaded._replace(bank=_tagged(loaded.bank, tag, args.round if args else None))
        if args is not None:
            start = (_prompt_to_start(args, loaded.bank, store), args.minutes)
    except CommandError as exc:
        if not loaded.problems:
            raise
        # what was asked for may be in a bank file left out for its problems: say which
        files = " ".join(dict.fromkeys(p.path for p in loaded.problems))
        raise CommandError(
            f"{exc}; a bank file with problems was left out: see `mockterm bank validate {files}`",
            exc.code,
        ) from None

    needs_terminal("`mockterm list` or `mockterm bank ...`")
    from mockterm.cli.terminal import LOG_NAME, c_stderr_to
    from mockterm.ui.app import MocktermApp

    interviewer = bool(args is not None and getattr(args, "interviewer", False))
    app = MocktermApp(settings, loaded, store, start=start, interviewer=interviewer, tag=tag or "")
    with c_stderr_to(cache_dir() / LOG_NAME):
        app.run()
    return app.return_code or 0


def _tagged(bank: Bank, tag: str, round_id: str | None) -> Bank:
    tagged = bank.tagged(tag)
    known = round_id if round_id in bank.rounds else None
    pool = tagged.prompts_for(known) if known else list(tagged.prompts.values())
    if not pool:
        where = f"round {known!r}" if known else "the bank"
        raise CommandError(f"no prompt of {where} has the tag {tag!r}", EXIT_USAGE)
    return tagged


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


def list_sessions(settings: Settings) -> int:
    """Every session, newest first (as Review lists them), each with the name `review`,
    `export` and `transcribe` take, and the same time and overrun figures as Review."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.recovery import recover
    from mockterm.core.sessions.store import NEWER_NOTE, SessionStore, newer_than_this
    from mockterm.core.sessions.timer import format_clock, format_overrun, total_seconds
    from mockterm.ui.text import line

    store = SessionStore(settings.sessions, cache_dir())
    recover(store)
    entries = store.scan()[::-1]
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = PIPED_WIDTH  # a line per session for grep, not 80 columns of wrapping
    if not entries:
        console.print(line(f"No sessions yet in {settings.sessions}. Start one with `mockterm`."))
        return EXIT_OK
    # no column rules, so that 80 columns hold every figure and the whole session name
    table = Table(
        title=line(f"Sessions in {settings.sessions}, newest first"),
        caption="session: a name `mockterm review`, `export` and `transcribe` take",
        expand=False,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 1, 0, 0),
    )
    names = short_names([entry.folder.name for entry in entries])
    for column in ("session", "round", "prompt", "status", "time", "over", "grade"):
        table.add_column(
            column,
            no_wrap=column not in ("prompt", "round"),
            overflow="fold" if column == "round" else "ellipsis",
            min_width=16 if column == "prompt" else None,
            justify="right" if column in ("time", "over") else "left",
        )
    newer = 0
    for entry, name in zip(entries, names, strict=True):
        session = entry.session
        if session is None:
            table.add_row(line(name), "?", line(f"unreadable: {entry.error}", "red"), "corrupt")
            continue
        status = session.status
        if newer_than_this(session):
            newer += 1
            status += " (newer)"
        planned = total_seconds(p.planned_seconds for p in session.phases)
        actual = total_seconds(p.actual_seconds for p in session.phases)
        # a mock stopped before its plan was through has no overrun: its time says when it
        # stopped, not how long it takes (as in Review)
        over = format_overrun(actual - planned) if session.status == "completed" else "—"
        table.add_row(
            line(name),
            line(session.round_id),
            line(session.prompt.title),
            line(status),
            format_clock(actual),
            over,
            line(session.grade or ""),
        )
    console.print(table)
    if newer:
        console.print(line(NEWER_NOTE.format(count=newer)), style="yellow")
    return EXIT_OK


PIPED_WIDTH = 200


def short_names(folders: list[str]) -> list[str]:
    """Each folder's start time (its name's first 16 characters, `20261124T075114Z`) where
    that names it alone, else its whole name: what `SessionStore.find` takes."""
    starts = Counter(name[:16] for name in folders)
    return [name[:16] if starts[name[:16]] == 1 else name for name in folders]


def due(args: argparse.Namespace, settings: Settings) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from mockterm.core.bank import load_bank
    from mockterm.core.practice.schedule import describe_due
    from mockterm.core.practice.service import Practice
    from mockterm.core.sessions.model import GRADES, utc_now
    from mockterm.core.sessions.store import SessionStore
    from mockterm.ui.text import line

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
                line(prompt.round_id),
                Text.assemble(line(prompt.title), " ", line(f"({prompt.id})", "dim")),
                str(card.reviews),
                GRADES[card.last_rating - 1],
            )
        console.print(table)
    later = [c for c in shown if not c.is_due(now)]
    summary = f"{len(due)} due now, {len(later)} resting, {unseen} never done"
    if later and not args.all:
        first = later[0]
        summary += f"; next: {bank.prompts[first.prompt_id].title} ({describe_due(first, now)})"
    console.print(line(summary), highlight=False)
    if due:
        console.print("Start what is due: `mockterm start due` (or `d` on Home)", highlight=False)
    return EXIT_OK
