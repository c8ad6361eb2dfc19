"""A whole bank: layers of bank folders merged in order, checked across files, and cached."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from mockterm.core.bank.code_folder import CODE_DIR, code_folders
from mockterm.core.bank.model import Bank, LoadResult, Problem, Prompt, Round
from mockterm.core.cache import PickleCache, signature
from mockterm.core.paths import resolved

Layer = list[Path] | Path  # a folder's (or a file's) bank files, or a path that does not exist


def bank_files(directory: Path) -> list[Path]:
    """The `*.toml` files under `directory`, at any depth (links to folders not followed, as
    `Path.rglob`), sorted; not those in a `code/` folder, which holds prompts' code (a project's
    own `pyproject.toml` is no bank file). Walked with `os.scandir`: every start lists the bank,
    and `rglob` took several times as long."""
    found: list[Path] = []
    folders = [str(directory)]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name != CODE_DIR:
                            folders.append(entry.path)
                    elif entry.name.endswith(".toml") and entry.is_file():
                        found.append(Path(entry.path))
        except OSError:  # a folder that cannot be read holds no bank file we can load
            continue
    return sorted(found)


def load_bank(directories: Iterable[str | Path], cache_dir: Path | None = None) -> LoadResult:
    """Load bank directories (or single files) in order; later ones override earlier ones.

    Never raises for bad content: bad files and entries are skipped and reported in `problems`.
    With `cache_dir`, the result is cached there, keyed by every file's path, size and mtime, so
    an unchanged bank loads without parsing its TOML again (the TOML stays the only truth).
    """
    layers: list[Layer] = []
    folders = [Path(d) for d in directories]
    for directory in folders:
        if directory.is_file():
            layers.append([directory])
        elif directory.is_dir():
            layers.append(bank_files(directory))
        else:
            layers.append(directory)  # missing: reported below
    cache = PickleCache(
        cache_dir / "bank.pickle" if cache_dir is not None else None,
        _cache_key(folders, layers) if cache_dir is not None else None,
    )
    cached = cache.load()
    if isinstance(cached, LoadResult):
        return cached
    result = _load_layers(layers)
    cache.save(result)
    return result


def _load_layers(layers: Sequence[Layer]) -> LoadResult:
    # reading and checking are imported here: a start that finds the cache never needs them
    from mockterm.core.bank.parse import parse_file
    from mockterm.core.bank.rules import format_problems
    from mockterm.core.bank.toml_lines import prompt_line

    rounds: dict[str, Round] = {}
    prompts: dict[str, Prompt] = {}
    problems: list[Problem] = []
    for layer in layers:
        if isinstance(layer, Path):
            problems.append(Problem(str(layer), 1, "bank", "no such file or directory"))
            continue
        contents = [parse_file(f) for f in layer]
        layer_ids: dict[str, str] = {}
        # rounds first, so a prompts-only file may come before the file defining its round
        for content in contents:
            problems.extend(content.problems)
            if content.round is not None:
                rounds[content.round.id] = content.round
        for content in contents:
            for prompt in content.prompts:
                round_ = rounds.get(prompt.round_id)
                if round_ is None:
                    known = ", ".join(sorted(rounds)) or "none"
                    message = (
                        f"round {prompt.round_id!r} is not defined in any bank; known: {known}"
                    )
                    problems.append(
                        Problem(
                            content.path, prompt_line(content.path, prompt.id), "round", message
                        )
                    )
                    break
                if prompt.id in layer_ids:
                    message = f"duplicate id {prompt.id!r}, also in {layer_ids[prompt.id]}"
                    problems.append(
                        Problem(content.path, prompt_line(content.path, prompt.id), "id", message)
                    )
                    continue
                bad = format_problems(round_, prompt, bool(prompt.phases))
                if content.round_ref is not None and bad:
                    line = prompt_line(content.path, prompt.id)
                    for key, message in bad:
                        problems.append(Problem(content.path, line, f"{prompt.id}.{key}", message))
                    continue
                earlier = prompts.get(prompt.id)
                if earlier is not None and earlier.round_id != prompt.round_id:
                    # a later layer replaces a prompt of the same id; one of another round
                    # would leave its own round without a word, and take its history along
                    message = (
                        f"id {prompt.id!r} is also in {earlier.source} (round "
                        f"{earlier.round_id!r}); this one replaces it in round "
                        f"{prompt.round_id!r}: give one of them another id"
                    )
                    line = prompt_line(content.path, prompt.id)
                    problems.append(Problem(content.path, line, "id", message))
                layer_ids[prompt.id] = content.path
                prompts[prompt.id] = prompt
    return LoadResult(Bank(rounds, prompts), tuple(problems))


_CACHED_FORMAT = 3
"""Changes when what a load makes of the same files changes (2: strings made plain; 3: named
tuples, not dataclasses)."""


def _cache_key(directories: Sequence[Path], layers: Sequence[Layer]) -> tuple[object, ...]:
    """What the cached result depends on: the app version, where each folder given is (links
    followed), which files each layer has, and the size and mtime of each and of the code
    folders beside them (code is found by its folder)."""
    from mockterm import __version__

    key: list[object] = [__version__, _CACHED_FORMAT, *(str(resolved(d)) for d in directories)]
    for layer in layers:
        paths = [layer] if isinstance(layer, Path) else [*layer, *_code_paths(layer)]
        key += [tuple(map(str, paths)), signature(*paths)]
    return tuple(key)


def _code_paths(files: Sequence[Path]) -> list[Path]:
    """The `code/` folders beside bank files and the prompt folders in them: adding or removing
    a prompt's code, or a file of it, changes one of their mtimes."""
    found: list[Path] = []
    for bank_dir in sorted({f.parent for f in files}):
        folders = code_folders(bank_dir)
        if folders:
            found += [bank_dir / CODE_DIR, *sorted(folders.values())]
    return found
