"""A whole bank: layers of bank folders merged in order, checked across files, and cached."""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Sequence
from pathlib import Path

from mockterm.core.bank.model import Bank, LoadResult, Problem, Prompt, Round

Layer = list[Path] | Path  # a folder's (or a file's) bank files, or a path that does not exist


def bank_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


def load_bank(directories: Iterable[str | Path], cache_dir: Path | None = None) -> LoadResult:
    """Load bank directories (or single files) in order; later ones override earlier ones.

    Never raises for bad content: bad files and entries are skipped and reported in `problems`.
    With `cache_dir`, the result is cached there, keyed by every file's path, size and mtime, so
    an unchanged bank loads without parsing its TOML again (the TOML stays the only truth).
    """
    layers: list[Layer] = []
    for directory in map(Path, directories):
        if directory.is_file():
            layers.append([directory])
        elif directory.is_dir():
            layers.append(bank_files(directory))
        else:
            layers.append(directory)  # missing: reported below
    key = _cache_key(layers) if cache_dir is not None else None
    cache = cache_dir / "bank.pickle" if cache_dir is not None else None
    if cache is not None and key is not None:
        try:
            with cache.open("rb") as handle:
                cached_key, cached = pickle.load(handle)
            if cached_key == key and isinstance(cached, LoadResult):
                return cached
        except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
            pass
    result = _load_layers(layers)
    if cache is not None and key is not None:
        _write_cache(cache, key, result)
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
                bad = format_problems(
                    round_, prompt.levels, prompt.answer, prompt.phases, bool(prompt.phases)
                )
                if content.round_ref is not None and bad:
                    line = prompt_line(content.path, prompt.id)
                    for key, message in bad:
                        problems.append(Problem(content.path, line, f"{prompt.id}.{key}", message))
                    continue
                layer_ids[prompt.id] = content.path
                prompts[prompt.id] = prompt
    return LoadResult(Bank(rounds, prompts), tuple(problems))


def _cache_key(layers: Sequence[Layer]) -> tuple[object, ...] | None:
    """What the cached result depends on: the app version, every file's size and mtime, and the
    code folders beside the files (a prompt's code is found by its folder being there)."""
    from mockterm import __version__

    key: list[object] = [__version__]
    try:
        for layer in layers:
            paths = [layer] if isinstance(layer, Path) else layer
            for path in paths + _code_folders(paths):
                stat = path.stat() if path.exists() else None
                key.append(
                    (
                        str(path.resolve()),
                        stat.st_mtime_ns if stat else 0,
                        stat.st_size if stat else -1,
                    )
                )
            key.append("|")
    except OSError:
        return None
    return tuple(key)


def _code_folders(files: Sequence[Path]) -> list[Path]:
    """The `code/` folders beside bank files and the folders in them: adding or removing a
    prompt's code, or a file of it, changes one of their mtimes."""
    found: list[Path] = []
    for root in sorted({f.parent / "code" for f in files}):
        if root.is_dir():
            found += [root, *sorted(p for p in root.iterdir() if p.is_dir())]
    return found


def _write_cache(path: Path, key: tuple[object, ...], result: LoadResult) -> None:
    """Best effort: a cache that cannot be written only costs the next start some time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, result), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
