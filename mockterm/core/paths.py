"""Where mockterm keeps things: the config file, the caches, the sessions, the built-in bank.

One module for every location, so a newcomer (and a test, through `$MOCKTERM_CONFIG` and
`$XDG_CACHE_HOME`) finds them all in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "mockterm"
CONFIG_ENV = "MOCKTERM_CONFIG"


def config_file(explicit: str | None = None) -> Path:
    """`--config FILE`, else `$MOCKTERM_CONFIG`, else config.toml in the user config dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP) / "config.toml"


def cache_dir() -> Path:
    """The user cache dir: parsed banks, the session scan, the review index. Deleting it loses
    nothing; the files it was built from stay the truth."""
    from platformdirs import user_cache_path

    return user_cache_path(APP)


def resolved(path: Path) -> Path:
    """`path` absolute, its links followed; where they cannot be (a link loop, a folder that
    cannot be read), absolute as it is given. A path from the user never raises here."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop (before 3.13); a NUL in the name
        return Path(os.path.abspath(path))


def folder_key(root: Path) -> str:
    """A short name for a folder (a sessions dir), for the caches kept of it: one per folder."""
    import hashlib

    return hashlib.sha256(str(resolved(root)).encode()).hexdigest()[:16]


def user_sessions_dir() -> Path:
    """Sessions outside a checkout: the user data dir."""
    from platformdirs import user_data_path

    return user_data_path(APP) / "sessions"


def user_bank_dir() -> Path:
    """The user's own bank folder (what `bank import` writes when the config names none): loaded
    after the built-in bank whenever it exists."""
    from platformdirs import user_data_path

    return user_data_path(APP) / "bank"


def checkout_sessions_dir(cwd: Path) -> Path | None:
    """`./sessions` when mockterm runs from a checkout of its repository (it has one)."""
    if (cwd / "sessions").is_dir() and (cwd / "question_bank").is_dir():
        return cwd / "sessions"
    return None


def builtin_bank_dir() -> Path:
    """The built-in bank: inside the package when installed from a wheel, else the checkout's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "question_bank", package.parent / "question_bank"):
        if candidate.is_dir():
            return candidate
    return package / "question_bank"


def state_file() -> Path:
    """What the app remembers between runs that is not the user's config (the theme chosen in
    the palette): a file mockterm creates in the user data dir; the config file is never
    written."""
    from platformdirs import user_data_path

    return user_data_path(APP) / "state.toml"
