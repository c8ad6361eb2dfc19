"""PhaseBar and LevelMeter paint with the theme's colours, so the `theme` setting reaches them."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.color import Color

from mockterm.core.sessions.timer import PhaseResult
from mockterm.ui.widgets.level_meter import LevelMeter
from mockterm.ui.widgets.phase_bar import PhaseBar


class Bars(App[None]):
    def compose(self) -> ComposeResult:
        yield PhaseBar()
        yield LevelMeter()


def _style_at(text: Text, offset: int) -> Style:
    styles = [s.style for s in text.spans if s.start <= offset < s.end]
    return Style.combine(s for s in styles if isinstance(s, Style))


def _theme(app: App[None], name: str) -> str:
    return Color.parse(app.theme_variables[name]).hex.lower()


async def test_the_bars_follow_the_theme() -> None:
    app = Bars()
    async with app.run_test(size=(40, 4)) as pilot:
        bar, meter = app.query_one(PhaseBar), app.query_one(LevelMeter)
        bar.show([PhaseResult("a", 60, 70), PhaseResult("b", 60, 30), PhaseResult("c", 60, 0)], 1)
        meter.level = 0.5
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            # a phase that ran over, the current one half done, then one to come
            text = bar.render()
            colours = [_style_at(text, i).bgcolor for i in (1, 14, 39)]
            assert [c.get_truecolor().hex if c else None for c in colours] == [
                _theme(app, "warning"),
                _theme(app, "primary"),
                _theme(app, "surface"),
            ]
            level = _style_at(meter.render(), 0).color
            assert level is not None and level.get_truecolor().hex == _theme(app, "success")
