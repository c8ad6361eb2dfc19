"""Trends: charts over time of sessions per week, overrun per phase, WPM and fillers, and scores
per rubric dimension (the same figures `mockterm stats` prints). A chart with nothing to draw
says why instead of showing an empty box."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, Select, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from mockterm.core.review.index import ReviewRow, rounds_of
from mockterm.core.review.stats import Point, Trends, trends, weeks_shown
from mockterm.core.sessions.model import utc_now
from mockterm.ui.text import line
from mockterm.ui.widgets.footer import Footer

DATE = "Y-m-d"
SHORTEST_SPAN = timedelta(days=7)
"""A date axis spans at least this: with one day of data plotext would stretch it over decades."""


SCORE_LINES = 6
"""Lines a scores chart can tell apart; more dimensions are named in its note."""
WPM_SPAN = 40.0
"""A words-per-minute axis spans at least this: a 0.4 WPM wobble must not fill the chart."""


def wpm_range(points: Sequence[Point]) -> tuple[float, float]:
    """The WPM axis: the values, widened to `WPM_SPAN` around them, never below 0."""
    values = [v for _, v in points] or [0.0]
    low, high = min(values), max(values)
    if high - low < WPM_SPAN:
        middle = (low + high) / 2
        low, high = middle - WPM_SPAN / 2, middle + WPM_SPAN / 2
    low = max(math.floor(low / 10) * 10, 0.0)
    return low, max(math.ceil(high / 10) * 10, low + WPM_SPAN)


def round_ticks(low: float, high: float, most: int = 8) -> list[float]:
    """Ticks at round steps (1, 2, 5, 10, 20, 50...) from `low` to `high`, at most `most`: an
    axis a user can read figures off, not 171.7 and 163.3."""
    step = 1.0
    while (high - low) / step > most - 1:
        step *= 2.5 if str(step).startswith("2") else 2.0
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


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
            # sessions are counted in whole ones: no tick at 5.8 sessions
            ticks = round_ticks(0, max(sum(c.values()) for _, c in weeks))
            plt.yticks(ticks, [f"{t:g}" for t in ticks])
        plt.title("Sessions per week (by round type)")
        plot.refresh()

    def _overrun(self, result: Trends, round_id: str | None) -> None:
        """One round type's phases, in plan order; with every round type, whole mocks per round
        type (a phase of one round is not comparable with a phase of another)."""
        plot = self._plot("#plot-overrun")
        plt = plot.plt
        if round_id is None:
            shown = list(result.mock_overruns)
            title = "Mean overrun of completed mocks per round type (minutes over plan)"
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
        for selector, title, points, ylim in (
            ("#plot-wpm", "Words per minute", result.wpm, wpm_range(result.wpm)),
            (
                "#plot-fillers",
                "Fillers per minute (lower bound)",
                result.fillers,
                (0.0, max([2.0] + [math.ceil(v) + 1.0 for _, v in result.fillers])),
            ),
        ):
            plot = self._plot(selector)
            plot.display = not empty
            self._series(plot, title, {"": points}, ylim=ylim)

    def _scores(self, result: Trends) -> None:
        dimensions = len(result.scores.keys() | result.feedback.keys())
        note = (
            ""
            if result.scores
            else "No self-review scores yet: score the rubric on the End screen after a mock."
        )
        if max(len(result.scores), len(result.feedback)) > SCORE_LINES:
            note += (
                f" The first {SCORE_LINES} of {dimensions} dimensions by name: choose a round "
                "type above for its own (`mockterm stats` lists them all)."
            )
        self._note("#scores-note", note.strip())
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
            series: dict[str, Sequence[Point]] = dict(sorted(scores.items())[:SCORE_LINES])
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
            ticks = round_ticks(*ylim)
            plt.yticks(ticks, [f"{t:g}" for t in ticks])
        plt.title(title)
        plot.refresh()

    def action_back(self) -> None:
        self.dismiss()
