"""Trends: charts over time of sessions per week, overrun per phase, WPM and fillers, and
self-scores per rubric dimension (the same figures `mockterm stats` prints)."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Select, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from mockterm.core.review.index import ReviewRow, rounds_of
from mockterm.core.review.stats import Point, Trends, trends
from mockterm.ui.text import line

DATE = "Y-m-d"


def _dates(points: Sequence[Point]) -> list[str]:
    return [p[0].strftime("%Y-%m-%d") for p in points]


class TrendsScreen(Screen[None]):
    BINDINGS = [Binding("escape", "back", "Back")]

    def __init__(self, rows: Sequence[ReviewRow]) -> None:
        super().__init__()
        self.rows = list(rows)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="trends-filters"):
            yield Select[str](
                [
                    (line(title), rid)
                    for rid, title in rounds_of(r for r in self.rows if not r.corrupt)
                ],
                prompt="all rounds",
                id="trends-round",
                compact=True,
            )
            yield Static(id="trends-summary")
        with TabbedContent(id="trends-tabs"):
            with TabPane("Per week", id="tab-weeks"):
                yield PlotextPlot(id="plot-weeks")
            with TabPane("Overrun", id="tab-overrun"):
                yield PlotextPlot(id="plot-overrun")
            with TabPane("Speech", id="tab-speech"):
                yield PlotextPlot(id="plot-wpm")
                yield PlotextPlot(id="plot-fillers")
            with TabPane("Scores", id="tab-scores"):
                yield PlotextPlot(id="plot-scores")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Trends"
        self.draw(None)

    @on(Select.Changed, "#trends-round")
    def round_changed(self, event: Select.Changed) -> None:
        self.draw(event.value if isinstance(event.value, str) else None)

    def draw(self, round_id: str | None) -> None:
        result = trends(self.rows, round_id)
        self.query_one("#trends-summary", Static).update(
            f"{result.sessions} sessions · `mockterm stats` prints these as tables"
        )
        self._weeks(result)
        self._overrun(result)
        self._series("#plot-wpm", "Words per minute", result.wpm)
        self._series("#plot-fillers", "Fillers per minute (lower bound)", result.fillers)
        self._scores(result)

    def _weeks(self, result: Trends) -> None:
        plot = self.query_one("#plot-weeks", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        weeks = result.weeks[-12:]
        labels = [f"{w:%m-%d}" for w, _ in weeks]
        rounds = sorted({k for _, c in weeks for k in c})
        if labels and rounds:
            # plotext names this `labels` (a list); textual-plotext's stub says `label`
            stacks = [[c.get(r, 0) for _, c in weeks] for r in rounds]
            plt.stacked_bar(labels, stacks, labels=rounds)  # type: ignore[call-arg]
        plt.title("Sessions per week (by round type)")
        plot.refresh()

    def _overrun(self, result: Trends) -> None:
        plot = self.query_one("#plot-overrun", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        top = result.overruns[:10]
        if top:
            plt.bar(
                [o.phase[:14] for o in top],
                [round(o.mean / 60, 2) for o in top],
                orientation="horizontal",
            )
        plt.title("Mean overrun per phase (minutes over plan)")
        plot.refresh()

    def _series(self, selector: str, title: str, points: Sequence[Point]) -> None:
        plot = self.query_one(selector, PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        plt.date_form(DATE)
        if points:
            plt.plot(_dates(points), [v for _, v in points], marker="braille")
        plt.title(title)
        plot.refresh()

    def _scores(self, result: Trends) -> None:
        plot = self.query_one("#plot-scores", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        plt.date_form(DATE)
        for name, points in sorted(result.scores.items())[:6]:
            plt.plot(_dates(points), [v for _, v in points], label=name[:20], marker="braille")
        plt.ylim(1, 4)
        plt.title("Self-review scores per rubric dimension (1-4)")
        plot.refresh()

    def action_back(self) -> None:
        self.dismiss()
