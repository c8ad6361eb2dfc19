"""The review commands of `mockterm`: review, export, stats.

Only argparse at import time: `mockterm --version` builds the parser and must stay instant.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mockterm.cli.common import EXIT_OK, EXIT_USAGE, CommandError, needs_terminal
from mockterm.core.text import plain

COMMANDS = ("review", "export", "stats")

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from mockterm.core.config import Settings
    from mockterm.core.review.index import ReviewRow
    from mockterm.core.review.stats import Point, Trends


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    review = commands.add_parser(
        "review", help="open past sessions: transcript by phase, playback, insights"
    )
    review.add_argument(
        "session", metavar="SESSION", nargs="?", help="open this session (folder or name prefix)"
    )
    export = commands.add_parser("export", help="a session as Markdown or JSON")
    export.add_argument("session", metavar="SESSION", help="folder or name prefix")
    export.add_argument("--format", choices=("md", "json"), default="md", help="default: md")
    export.add_argument(
        "-o",
        "--out",
        metavar="FILE",
        help="where to write it; '-' prints it (default: review.md/.json in the session folder)",
    )
    stats = commands.add_parser("stats", help="trends over all sessions, as tables")
    stats.add_argument("--round", metavar="ROUND", help="only this round type")
    stats.add_argument(
        "--weeks", metavar="N", type=int, default=8, help="weeks shown per table (default 8)"
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "export":
        return export(settings, args.session, args.format, args.out)
    if args.command == "stats":
        from mockterm.core.review.index import ReviewIndex, default_cache

        rows = ReviewIndex(settings.sessions, default_cache(settings.sessions)).load()
        if args.round and not any(r.round_id == args.round for r in rows):
            _check_round(settings, args.round)
        return print_stats(rows, args.round, args.weeks)
    return review(settings, args.session)


def _check_round(settings: Settings, round_id: str) -> None:
    """A round type no session has must at least exist in the bank (else: bad input, exit 2)."""
    from mockterm.core.bank import load_bank
    from mockterm.core.paths import cache_dir

    try:
        load_bank(settings.banks, cache_dir()).bank.round(round_id)
    except KeyError as exc:
        raise CommandError(str(exc.args[0]), EXIT_USAGE) from None


def export(settings: Settings, name: str, fmt: str, out: str | None) -> int:
    from mockterm.core.review.export import export_session, load_review, render
    from mockterm.core.sessions.store import NEWER_NOTE, SessionStore, newer_than_this

    folder = SessionStore(settings.sessions).find(name)
    review = load_review(folder)
    if newer_than_this(review.session):
        # exported as far as this one reads it: what only the newer one knows is not in it
        print(plain(f"mockterm: warning: {NEWER_NOTE.format(count=1)}"), file=sys.stderr)
    if out == "-":
        sys.stdout.write(render(review, fmt))
        return EXIT_OK
    path = export_session(folder, fmt, Path(out).expanduser() if out else None)
    print(plain(f"Exported {folder.name} to {path}"))
    return EXIT_OK


def review(settings: Settings, name: str | None) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.paths import cache_dir
    from mockterm.core.sessions.store import SessionStore

    store = SessionStore(settings.sessions)
    folder = store.find(name) if name else None
    needs_terminal("`mockterm export SESSION` or `mockterm stats`")
    from mockterm.cli.terminal import LOG_NAME, c_stderr_to
    from mockterm.ui.app import MocktermApp

    app = MocktermApp(
        settings,
        load_bank(settings.banks, cache_dir()),
        store,
        review=folder.name if folder else "",
    )
    with c_stderr_to(cache_dir() / LOG_NAME):
        app.run()
    return app.return_code or 0


def print_stats(rows: list[ReviewRow], round_id: str | None, weeks: int) -> int:
    """`mockterm stats`: the trends screen's figures as tables."""
    from collections import defaultdict
    from datetime import date
    from statistics import mean

    from rich.console import Console
    from rich.table import Table

    from mockterm.core.review.stats import trends, week_of
    from mockterm.core.sessions.timer import format_clock
    from mockterm.ui.text import line

    console = Console()
    result = trends(rows, round_id)
    corrupt = sum(r.corrupt for r in rows)
    if not result.sessions:
        which = f" of round {round_id}" if round_id else ""
        console.print(
            plain(
                f"No sessions{which} to count yet."
                + (f" ({corrupt} unreadable)" if corrupt else "")
            ),
            highlight=False,
            markup=False,
        )
        return EXIT_OK
    shown = result.weeks[-weeks:]
    rounds = sorted({k for _, c in shown for k in c})
    table = Table(title=f"Sessions per week (last {len(shown)})", expand=False)
    table.add_column("week of")
    table.add_column("total", justify="right")
    for name in rounds:
        table.add_column(line(name), justify="right")
    for week, counts in shown:
        table.add_row(
            f"{week:%Y-%m-%d}",
            str(sum(counts.values())),
            *(str(counts.get(n, "")) for n in rounds),
        )
    console.print(table)

    _overrun_tables(console, result)
    by_week: dict[date, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for when, value in result.wpm:
        by_week[week_of(when)][0].append(value)
    for when, value in result.fillers:
        by_week[week_of(when)][1].append(value)
    if by_week:
        table = Table(title="Speech per week (fillers are lower bounds)", expand=False)
        for column in ("week of", "transcripts", "WPM", "fillers/min ≥"):
            table.add_column(column, justify="left" if column == "week of" else "right")
        for week in sorted(by_week)[-weeks:]:
            wpm, fillers = by_week[week]
            table.add_row(
                f"{week:%Y-%m-%d}",
                str(len(wpm)),
                f"{mean(wpm):.0f}" if wpm else "",
                f"{mean(fillers):.1f}" if fillers else "",
            )
        console.print(table)
    else:
        console.print(
            "Speech: no transcripts yet, so no WPM or fillers. Record a mock (`r` on Home, or "
            "`mockterm start ROUND --record`) and they come from its transcript.",
            highlight=False,
        )

    for title, scores in (
        ("Self-scores per rubric dimension (1-4)", result.scores),
        ("Interviewer scores per rubric dimension (1-4, paired mocks)", result.feedback),
    ):
        if scores:
            console.print(_scores_table(title, scores))
    total = sum(
        r.actual for r in rows if not r.corrupt and (round_id is None or r.round_id == round_id)
    )
    summary = f"{result.sessions} sessions, {format_clock(total)} of mocks"
    if corrupt:
        summary += f"; {corrupt} unreadable (see `mockterm review`)"
    console.print(summary, highlight=False)
    return EXIT_OK


def _overrun_tables(console: Console, result: Trends) -> None:
    """Overrun per phase of each round type (never one phase name across round types), then
    per whole mock; what stopped early is left out, and the line under them says so."""
    from rich.table import Table

    from mockterm.core.sessions.timer import format_overrun
    from mockterm.ui.text import line

    table = Table(title="Overrun per phase (actual - planned)", expand=False)
    for column in ("round", "phase", "sessions", "mean", "median", "worst", "over plan"):
        table.add_column(column, justify="left" if column in ("round", "phase") else "right")
    shown = ""
    for overrun in result.overruns:
        if shown and overrun.round_id != shown:
            table.add_section()
        table.add_row(
            line(overrun.round_title if overrun.round_id != shown else ""),
            line(overrun.phase),
            str(overrun.sessions),
            format_overrun(overrun.mean),
            format_overrun(overrun.median),
            format_overrun(overrun.worst),
            f"{overrun.share_over:.0%}",
        )
        shown = overrun.round_id
    if result.overruns:
        console.print(table)
    if result.mock_overruns:
        table = Table(title="Overrun of whole mocks (completed ones)", expand=False)
        for column in ("round", "mocks", "mean", "median", "worst", "over plan"):
            table.add_column(column, justify="left" if column == "round" else "right")
        for overrun in result.mock_overruns:
            table.add_row(
                line(overrun.round_title),
                str(overrun.sessions),
                format_overrun(overrun.mean),
                format_overrun(overrun.median),
                format_overrun(overrun.worst),
                f"{overrun.share_over:.0%}",
            )
        console.print(table)
    if result.cut_short:
        console.print(
            f"{result.cut_short} mock(s) ended early, abandoned or interrupted: the phase each "
            "stopped in is left out of the overruns (its time says when it stopped, not how "
            "long the phase takes).",
            highlight=False,
            markup=False,
        )


def _scores_table(title: str, scores: dict[str, list[Point]]) -> Table:
    from rich.table import Table

    from mockterm.core.review.stats import first_and_last
    from mockterm.ui.text import line

    table = Table(
        title=title,
        expand=False,
        caption="first, last: mean of the first and last 5 scores (fewer under 10, so that no "
        "score is in both); one score shows no change",
    )
    for column in ("dimension", "scored", "first", "last", "change"):
        table.add_column(column, justify="left" if column == "dimension" else "right")
    for name, points in sorted(scores.items()):
        first, last = first_and_last([v for _, v in points])
        table.add_row(
            line(name),
            str(len(points)),
            "—" if first is None else f"{first:.1f}",
            f"{last:.1f}",
            "—" if first is None else f"{last - first:+.1f}",
        )
    return table
