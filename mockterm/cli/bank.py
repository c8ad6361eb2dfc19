"""The bank commands of `mockterm`: bank list, show, validate and import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mockterm.cli.common import EXIT_OK, EXIT_USAGE, CommandError, same_path
from mockterm.core.paths import cache_dir, resolved
from mockterm.core.text import one_line, plain

if TYPE_CHECKING:
    from mockterm.core.bank import Bank
    from mockterm.core.bank.notes.importer import ImportResult
    from mockterm.core.config import Settings

COMMANDS = ("bank",)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bank = commands.add_parser("bank", help="browse and check question banks")
    bank_commands = bank.add_subparsers(
        dest="bank_command", metavar="ACTION", parser_class=type(bank), required=True
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
    validate.add_argument(
        "--run",
        action="store_true",
        help="also run each coding prompt's tests against its reference and its starter",
    )
    validate.add_argument(
        "--python", metavar="PATH", help="the Python that runs the tests (default: config)"
    )
    notes = bank_commands.add_parser(
        "import", help="turn the questions in Markdown notes (a file or a folder) into prompts"
    )
    notes.add_argument(
        "notes", metavar="NOTES", help="a Markdown file, or a folder of them (an Obsidian vault)"
    )
    into = notes.add_mutually_exclusive_group()
    into.add_argument(
        "--round", metavar="ROUND", help="add them to this round type, tagged with the notes' name"
    )
    into.add_argument(
        "--name",
        metavar="NAME",
        help=f'their own practice round, made by the import (default: "{_DEFAULT_ROUND}")',
    )
    notes.add_argument(
        "--out",
        metavar="FILE",
        help="bank file to create or update (default: one named after the notes in your bank "
        "folder: the first of the config's bank_paths, else the user data dir's bank/)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from mockterm.core.bank import load_bank

    if args.bank_command == "validate":
        return _validate(args.paths, settings, run=args.run)
    if args.bank_command == "import":
        return _import_notes(args, settings)
    loaded = load_bank(settings.banks, cache_dir())
    for problem in loaded.problems:
        print(plain(f"mockterm: warning: {problem}"), file=sys.stderr)
    bank = loaded.bank
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.table import Table
    from rich.text import Text

    from mockterm.ui.text import line

    console = Console(highlight=False)
    if args.bank_command == "list":
        if args.round:
            try:
                round_ = bank.round(args.round)
            except KeyError as exc:
                raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
            table = Table(title=line(f"{round_.title} ({round_.id})"))
            prompts = sorted(bank.prompts_for(round_.id), key=lambda p: p.id)
            # ids whole: they are what `--prompt` and `bank show` take
            longest = max((len(line(p.id)) for p in prompts), default=2)
            table.add_column("id", no_wrap=True, min_width=longest)
            for column in ("difficulty", "title", "tags"):
                table.add_column(column, overflow="fold")
            for prompt in prompts:
                table.add_row(
                    line(prompt.id),
                    line(prompt.difficulty),
                    line(prompt.title),
                    line(", ".join(prompt.tags)),
                )
        else:
            table = Table(title="Round types")
            for column in ("id", "title", "format", "minutes", "prompts"):
                table.add_column(column)
            for round_ in bank.rounds.values():
                table.add_row(
                    line(round_.id),
                    line(round_.title),
                    line(round_.format),
                    f"{round_.total_minutes():g}",
                    str(len(bank.prompts_for(round_.id))),
                )
        console.print(table)
        return EXIT_OK

    # show: Markdown keeps the bank's formatting; the words in it are only ever Markdown
    if args.id in bank.rounds:
        round_ = bank.rounds[args.id]
        console.print(
            Text.assemble(
                (plain(round_.title), "bold"),
                plain(
                    f" ({round_.id}, {round_.format}, {round_.total_minutes():g} min)\n"
                    f"{round_.description}\n"
                ),
            )
        )
        for phase in round_.phases:
            console.print(
                Text.assemble(
                    f"  {phase.minutes:>5g} min  ",
                    (plain(phase.name), "bold"),
                    "  ",
                    plain(phase.guidance),
                )
            )
        for item in round_.rubric:
            console.print(
                Text.assemble("  rubric: ", (plain(item.name), "bold"), ": ", plain(item.good))
            )
        if round_.guidance:
            console.print(Markdown(plain(round_.guidance)))
        return EXIT_OK
    found = bank.prompts.get(args.id)
    if found is None:
        raise CommandError(f"no prompt or round {args.id!r}; see `mockterm bank list`", EXIT_USAGE)
    prompt = found
    about = [prompt.id, prompt.round_id, prompt.difficulty]
    if prompt.tags:  # an empty last field would leave "· *": Markdown shows the stars then
        about.append(", ".join(prompt.tags))
    parts = [
        f"# {one_line(prompt.title)}",
        f"*{' · '.join(about)}*",
        prompt.text,
    ]
    parts += [f"## Level {i}\n\n{text}" for i, text in enumerate(prompt.levels, 1)]
    parts += [
        f"## Follow-up {i}\n\n**{step.ask}**\n\n{step.answer}".rstrip()
        for i, step in enumerate(prompt.chain, 1)
    ]
    for title, items in (
        ("Follow-ups", prompt.follow_ups),
        ("Hints", prompt.hints),
        ("Key points", prompt.key_points),
    ):
        if items:
            parts.append(f"## {title}\n\n" + "\n".join(f"- {item}" for item in items))
    if prompt.answer:
        parts.append(f"## Answer\n\n{prompt.answer}")
    console.print(Markdown(plain("\n\n".join(parts))))
    return EXIT_OK


def _validate(paths: Sequence[str], settings: Settings, *, run: bool = False) -> int:
    from mockterm.core.bank import load_bank

    targets = [Path(p) for p in paths]
    for target in targets:
        if not target.exists():
            raise CommandError(f"{target}: no such file or directory", EXIT_USAGE)
    # files are checked on top of the configured banks, so prompts-only files can find rounds
    context = [b for b in settings.banks if not any(same_path(b, t) for t in targets)]
    loaded = load_bank([*context, *targets] if targets else settings.banks)
    shown = [str(t) for t in targets]
    problems = [
        p
        for p in dict.fromkeys(loaded.problems)
        if not targets or any(_under(p.path, s) for s in shown)
    ]
    for problem in problems:
        print(plain(str(problem)))
    bank = loaded.bank
    failed = _run_code(bank, shown, settings) if run else 0
    if problems or failed:
        print(f"{len(problems) + failed} problem(s) found", file=sys.stderr)
        return EXIT_USAGE
    print(f"OK: {len(bank.rounds)} round types, {len(bank.prompts)} prompts")
    return EXIT_OK


def _run_code(bank: Bank, shown: Sequence[str], settings: Settings) -> int:
    """`--run`: each coding prompt (of the files named) against its reference and starter."""
    from mockterm.core.coding.check import check_code

    prompts = [
        p
        for p in sorted(bank.prompts.values(), key=lambda p: p.id)
        if p.code_dir and (not shown or any(_under(p.source, s) for s in shown))
    ]
    failed = 0
    for prompt in prompts:
        levels = len(prompt.levels) if bank.round(prompt.round_id).format == "levels" else 0
        check = check_code(prompt, levels, python=settings.config.python)
        reference = check.reference
        summary = f"{reference.passed}/{reference.total}" if reference else "-"
        if check.ok:
            print(plain(f"ran {prompt.id}: reference {summary}, starter fails as it should"))
        for problem in check.problems:
            failed += 1
            print(plain(f"{prompt.source}: prompts ({prompt.id}).code: {problem}"))
    print(f"ran the tests of {len(prompts)} coding prompt(s)")
    return failed


def _under(path: str, target: str) -> bool:
    return path == target or path.startswith(target.rstrip("/") + "/")


_DEFAULT_ROUND = "My notes"  # as mockterm.core.bank.notes.importer.DEFAULT_ROUND (not imported
# here: the parser is built for `mockterm --version`, which must stay fast)


def _import_notes(args: argparse.Namespace, settings: Settings) -> int:
    from mockterm.core.bank import load_bank
    from mockterm.core.bank.notes.importer import NotesImportError, import_notes, own_round
    from mockterm.core.bank.notes.prompts import default_out, round_id_for

    notes = Path(args.notes).expanduser()
    if not notes.exists():
        raise CommandError(f"{notes}: no such file or folder", EXIT_USAGE)
    bank = load_bank(settings.banks).bank
    define = False
    if args.round:
        try:
            round_ = bank.round(args.round)
        except KeyError as exc:
            raise CommandError(str(exc.args[0]), EXIT_USAGE) from None
    else:
        name = args.name or _DEFAULT_ROUND
        found = bank.rounds.get(round_id_for(name))
        round_, define = (found, False) if found else (own_round(name, notes), True)
    out = Path(args.out).expanduser() if args.out else default_out(notes, _bank_folder(settings))
    try:
        result = import_notes(notes, round_, out, bank, define_round=define)
    except NotesImportError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if not result.written:
        for skipped in result.skipped:
            print(plain(f"  {skipped}"))
        passed = " (the lines above were passed over, each with why)" if result.skipped else ""
        raise CommandError(
            f"no questions found in {notes}{passed}, so nothing was written: a question ends "
            "in '?', starts with a verb such as Explain or Derive, or is under a Questions heading",
            EXIT_USAGE,
        )
    out_key = resolved(out)
    alone = not any(
        p.round_id == round_.id and resolved(Path(p.source)) != out_key
        for p in bank.prompts.values()
    )
    print(plain("\n".join(_import_report(result, notes, settings, alone=alone))))
    return EXIT_OK


def _bank_folder(settings: Settings) -> Path:
    """Where imports go: the first folder of the config's bank_paths, else the user's bank."""
    from mockterm.core.paths import user_bank_dir

    for path in settings.config.bank_paths:
        folder = Path(path).expanduser()
        if folder.is_dir():
            return folder
    return user_bank_dir()


def _import_report(
    result: ImportResult, notes: Path, settings: Settings, *, alone: bool
) -> list[str]:
    """What the import did, line by line; `alone`: the round holds only this file's prompts."""
    files = f" ({len(result.files)} files)" if notes.is_dir() else ""
    lines = [
        f"Imported {result.imported} question(s) from {notes}{files} into {result.out} "
        f"(round {result.round_id}): {len(result.added)} new, {len(result.updated)} updated, "
        f"{len(result.unchanged)} unchanged, {len(result.removed)} removed"
    ]
    reworded = set(result.reworded)
    for mark, items in (("+", result.added), ("~", result.updated), ("=", result.unchanged)):
        for prompt_id, title in items:
            note = "  (reworded: same id, same schedule)" if prompt_id in reworded else ""
            lines.append(f"  {mark} {prompt_id}  {one_line(title)}{note}")
    lines += [f"  - {prompt_id}  (no longer in the notes)" for prompt_id in result.removed]
    if result.kept:
        lines.append(f"Kept {len(result.kept)} other prompt(s) already in {result.out}")
    if result.skipped:
        lines.append(f"Not imported: {len(result.skipped)} line(s) that looked like questions")
        lines += [f"  {skipped}" for skipped in result.skipped]
    # the command practises exactly these questions: their round when it holds nothing else,
    # else the round's prompts with their tag
    command = f"start {result.round_id}" + ("" if alone else f" --tag {result.tag}")
    from mockterm.core.paths import user_bank_dir

    # the user's bank folder is loaded from the next start on, even if the import just made it
    if not any(_inside(result.out, b) for b in (*settings.banks, user_bank_dir())):
        command = f"--bank {result.out} {command}"
    lines.append(f"Practise exactly these: `mockterm {command}`")
    return lines


def _inside(path: Path, bank: Path) -> bool:
    return resolved(path).is_relative_to(resolved(bank))
