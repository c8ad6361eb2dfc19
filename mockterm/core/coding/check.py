"""Checking a prompt's code the way `bank validate --run` and the content tests do: the
reference solution passes every test, and the starter does not (or the candidate would have
nothing to do)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mockterm.core.bank import Prompt
from mockterm.core.coding.runner import TestRun, run_tests
from mockterm.core.coding.spec import CodeSpecError, load_spec


@dataclass(frozen=True)
class CodeCheck:
    prompt_id: str
    reference: TestRun | None
    starter: TestRun | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_code(prompt: Prompt, levels: int = 0, *, python: str = "") -> CodeCheck:
    """Run `prompt`'s tests against its reference and its starter (slow: two processes).
    A project's reference is its starter with the solution's files laid over it."""
    try:
        spec = load_spec(Path(prompt.code_dir), levels)
    except CodeSpecError as exc:
        return CodeCheck(prompt.id, None, None, (str(exc),))
    tests = [(t.label, t.path) for t in spec.tests]
    reference = run_tests(spec.reference, tests, python=python, timeout=spec.timeout)
    starter = run_tests(spec.starter, tests, python=python, timeout=spec.timeout)
    problems = []
    if not reference.green:
        failing = [f"{r.file}::{r.name}: {r.message}" for r in reference.results if not r.passed]
        why = reference.problem or "; ".join(failing[:3]) or "no tests found"
        problems.append(f"the reference solution does not pass: {why}")
    if starter.green:
        problems.append("the starter already passes every test: nothing is left to write")
    return CodeCheck(prompt.id, reference, starter, tuple(problems))
