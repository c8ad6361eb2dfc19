"""The theme chosen in the palette, remembered for the next start (in `paths.state_file`).

The config's `theme` is the user's own setting: a theme chosen in the palette wins over it only
while the config still says what it said when the choice was made, so editing the config later
still takes effect.
"""

from __future__ import annotations

from pathlib import Path

from mockterm.core.files import TomlError, atomic_write, parse_toml


def remembered_theme(path: Path, config_theme: str) -> str | None:
    """The theme chosen last in the palette, if the config has not changed its own since."""
    try:
        data = parse_toml(path.read_bytes(), path)
    except (OSError, TomlError):
        return None  # nothing remembered (or unreadable): the config's theme
    theme, chosen_over = data.get("theme"), data.get("config_theme")
    if isinstance(theme, str) and chosen_over == config_theme:
        return theme
    return None


def remember_theme(path: Path, theme: str, config_theme: str) -> str | None:
    """Remember `theme` (chosen over the config's `config_theme`); the problem, if it could not
    be written, as one line (None when it was)."""
    import tomli_w

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        content = tomli_w.dumps({"theme": theme, "config_theme": config_theme})
        atomic_write(path, content.encode("utf-8"), durable=False)
    except OSError as exc:
        return f"cannot remember the theme in {path}: {exc.strerror or exc}"
    return None
