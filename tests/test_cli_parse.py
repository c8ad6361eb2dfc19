"""The bare `mockterm` is parsed without every command's parser: the same result as the full one."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from mockterm.cli import build_parser, parse


def full_parse(argv: list[str]) -> dict[str, Any]:
    """What `parse` made of `argv` before it had a short way for the bare command."""
    args = build_parser().parse_args(argv)
    args.bank = [*args.bank, *(getattr(args, "bank_after", None) or ())]
    for name in ("sessions", "config"):
        setattr(args, name, getattr(args, name + "_after", None) or getattr(args, name))
    return vars(args)


def outcome(how: Any, argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    try:
        return how(argv)
    except SystemExit as exc:
        return exc.code, capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--sessions", "/tmp/s"],
        ["--sess", "/tmp/s"],  # an abbreviation, as argparse allows
        ["--bank", "a", "--bank", "b", "--config", "c"],
        ["--version"],
        ["--help"],
        ["strat"],  # a misspelt command: the full parser's message, with the choices
        ["--sessions"],
        ["--bogus"],
        ["list", "--sessions", "/tmp/s"],
        ["--config", "c", "start", "demo", "--bank", "x"],
    ],
)
def test_parse_is_the_full_parsers(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    expected = outcome(full_parse, argv, capsys)
    got = outcome(lambda a: vars(parse(a)), argv, capsys)
    assert got == expected


def test_the_bare_command_imports_no_other_command() -> None:
    import subprocess

    code = (
        "import sys; from mockterm.cli import parse; parse(['--sessions', 'x']); "
        "print(sorted(m for m in sys.modules if m.startswith('mockterm.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "mockterm.cli.audio" not in out.stdout and "mockterm.cli.review" not in out.stdout
