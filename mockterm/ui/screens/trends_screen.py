"""Trends: charts over time of sessions per week, overrun per phase, WPM and fillers, and scores
per rubric dimension (the same figures `mockterm stats` prints). A chart with nothing to draw
says why instead of showing an empty box."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Select, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from mockterm.core.review.index import ReviewRow, rounds_of
from mockterm.core.review.stats import Point, Trends, trends, weeks_shown
from mockterm.core.sessions.model import utc_now
from mockterm.ui.text import line

DATE = "Y-m-d"
SHORTEST_SPAN = timedelta(days=7)
"""A date axis spans at least this: with one day of data plotext would stretch it over decades."""


def _dates(points: Sequence[Point]) -> list[str]:
    return [p[0].strftime("%Y-%m-%d") for p in points]


def date_window(moments: Sequence[datetime]) -> tuple[datetime, datetime]:
    """The dates a chart of `moments` spans: theirs, widened to `SHORTEST_SPAN` around them
    (with one date plotext would stretch the axis over decades), plus the last day itself."""
    first, last = min(moments), max(moments)
    if last - first < SHORTEST_SPAN:
        middle = first + (last - first) / 2
        first, last = middle - SHORTEST_SPAN / 2, middle + SHORTEST_SPAN / 2
    return first, last + timedelta(days=1)


def _time(plot: PlotextPlot, when: datetime) -> float:
    """`when` on plotext's date axis (its stub says this returns a datetime; it is a number)."""
    value: Any = plot.plt.string_to_time(when.strftime("%Y-%m-%d"))
    return float(value)


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
            yield Static(id="trends-summary", markup=False)
        with TabbedContent(id="trends-tabs"):
            with TabPane("Per week", id="tab-weeks"):
                yield PlotextPlot(id="plot-weeks")
            with TabPane("Overrun", id="tab-overrun"):
                yield Static(id="overrun-note", classes="trends-note", markup=False)
                yield PlotextPlot(id="plot-overrun")
            with TabPane("Speech", id="tab-speech"):
                yield Static(id="speech-note", classes="trends-note", markup=False)
                yield PlotextPlot(id="plot-wpm")
                yield PlotextPlot(id="plot-fillers")
            with TabPane("Scores", id="tab-scores"):
                yield Static(id="scores-note", classes="trends-note", markup=False)
                yield PlotextPlot(id="plot-scores")
                yield PlotextPlot(id="plot-feedback")
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
            f"{result.sessions} sessions · as tables: `mockterm stats`"
        )
        self._weeks(result)
        self._overrun(result, round_id)
        self._speech(result)
        self._scores(result)

    def _plot(self, selector: str) -> PlotextPlot:
        plot = self.query_one(selector, PlotextPlot)
        plot.plt.clear_data()
        plot.plt.clear_figure()
        return plot

    def _note(self, selector: str, text: str) -> None:
        note = self.query_one(selector, Static)
        note.update(text)
        note.display = bool(text)

    def _weeks(self, result: Trends) -> None:
        plot = self._plot("#plot-weeks")
        plt = plot.plt
        # a fixed run of weeks up to this one: one week of practice is one bar, not the width
        weeks = weeks_shown(result.weeks, utc_now().date())
        labels = [f"{w:%m-%d}" for w, _ in weeks]
        rounds = sorted({k for _, c in weeks for k in c})
        if labels and rounds:
            # plotext names this `labels` (a list); textual-plotext's stub says `label`
            stacks = [[c.get(r, 0) for _, c in weeks] for r in rounds]
            plt.stacked_bar(labels, stacks, labels=rounds)  # type: ignore[call-arg]
        plt.title("Sessions per week (by round type)")
        plot.refresh()

    def _overrun(self, result: Trends, round_id: str | None) -> None:
        """One round type's phases, in plan order; with every round type, whole mocks per round
        type (a phase of one round is not comparable with a phase of another)."""
        plot = self._plot("#plot-overrun")
        plt = plot.plt
        if round_id is None:
            shown = list(result.mock_overruns)
            title = "Mean overrun of whole mocks per round type (minutes over plan)"
            note = "Choose a round type above for its phases."
        else:
            shown = result.overruns_of(round_id)
            title = "Mean overrun per phase (minutes over plan)"
            note = ""
        if result.cut_short:
            note += (
                f" {result.cut_short} mock(s) stopped early: the phase each stopped in is left out."
            )
        if not shown:
            note = "No phase has run to its end yet: overruns come from finished phases." + note
        self._note("#overrun-note", note.strip())
        plot.display = bool(shown)
        if shown:
            plt.bar(
                [o.label[:18] for o in shown],
                [round(o.mean / 60, 2) for o in shown],
                orientation="horizontal",
            )
        plt.title(title)
        plot.refresh()

    def _speech(self, result: Trends) -> None:
        empty = not result.wpm
        self._note(
            "#speech-note",
            "No transcripts yet, so no words per minute or fillers. Record a mock (r on Home) "
            "and these charts fill from its transcript."
            if empty
            else "",
        )
        for selector, title, points in (
            ("#plot-wpm", "Words per minute", result.wpm),
            ("#plot-fillers", "Fillers per minute (lower bound)", result.fillers),
        ):
            plot = self._plot(selector)
            plot.display = not empty
            self._series(plot, title, {"": points})

    def _scores(self, result: Trends) -> None:
        self._note(
            "#scores-note",
            ""
            if result.scores
            else "No self-review scores yet: score the rubric on the End screen after a mock.",
        )
        for selector, title, scores in (
            ("#plot-scores", "Self-review scores per rubric dimension (1-4)", result.scores),
            (
                "#plot-feedback",
                "Interviewer scores per rubric dimension (1-4, paired mocks)",
                result.feedback,
            ),
        ):
            plot = self._plot(selector)
            plot.display = bool(scores)
            series: dict[str, Sequence[Point]] = dict(sorted(scores.items())[:6])
            self._series(plot, title, series, ylim=(1, 4))

    def _series(
        self,
        plot: PlotextPlot,
        title: str,
        series: dict[str, Sequence[Point]],
        ylim: tuple[float, float] | None = None,
    ) -> None:
        plt = plot.plt
        plt.date_form(DATE)
        moments: list[datetime] = []
        for name, points in series.items():
            if points:
                plt.plot(
                    _dates(points),
                    [v for _, v in points],
                    label=name[:20] or None,
                    marker="braille",
                )
                moments += [when for when, _ in points]
        if moments:
            first, last = date_window(moments)
            plt.xlim(_time(plot, first), _time(plot, last))
        if ylim is not None:
            plt.ylim(*ylim)
        plt.title(title)
        plot.refresh()

    def action_back(self) -> None:
        self.dismiss()
