"""The phase timer on a fake clock: deadlines, warnings, checkpoints, pauses, overtime."""

from __future__ import annotations

import pytest

from mockterm.core.sessions.timer import (
    PhaseTimer,
    PlannedPhase,
    TimerState,
    format_clock,
    format_overrun,
    overrun_seconds,
    total_seconds,
    whole_seconds,
)
from tests.conftest import FakeClock

PHASES = [PlannedPhase("Framing", 300), PlannedPhase("Design", 600), PlannedPhase("Wrap", 120)]


def kinds(timer: PhaseTimer) -> list[str]:
    return [e.kind for e in timer.poll()]


@pytest.fixture
def timer(clock: FakeClock) -> PhaseTimer:
    t = PhaseTimer(PHASES, clock=clock, warning_lead=60)
    t.start()
    assert kinds(t) == ["phase_start"]
    return t


@pytest.mark.parametrize(
    ("elapsed", "remaining", "total"),
    [(0, 300, 1020), (100, 200, 920), (299.5, 0.5, 720.5), (300, 0, 720), (360, -60, 660)],
)
def test_remaining_is_computed_from_the_deadline(
    timer: PhaseTimer, clock: FakeClock, elapsed: float, remaining: float, total: float
) -> None:
    clock.advance(elapsed)
    assert timer.phase_remaining() == pytest.approx(remaining)
    assert timer.total_remaining() == pytest.approx(total)


def test_warning_then_checkpoint_fire_once_each(timer: PhaseTimer, clock: FakeClock) -> None:
    clock.advance(239)
    assert kinds(timer) == []
    clock.advance(1)
    assert kinds(timer) == ["warning"]
    clock.advance(30)
    assert kinds(timer) == []
    clock.advance(30)
    events = timer.poll()
    assert [e.kind for e in events] == ["checkpoint"]
    assert events[0].offset == pytest.approx(300)
    clock.advance(100)
    assert kinds(timer) == []
    assert timer.overtime()


def test_a_late_poll_still_reports_the_checkpoint_with_its_lateness(
    timer: PhaseTimer, clock: FakeClock
) -> None:
    clock.advance(310)  # e.g. the machine was asleep
    events = timer.poll()
    assert [e.kind for e in events] == ["checkpoint"]  # no stale warning after the fact
    assert events[-1].detail == pytest.approx(10)


def test_pause_stops_the_countdown(timer: PhaseTimer, clock: FakeClock) -> None:
    clock.advance(100)
    timer.pause()
    clock.advance(1000)
    assert timer.state is TimerState.PAUSED
    assert timer.phase_remaining() == pytest.approx(200)
    assert kinds(timer) == ["pause"]
    timer.resume()
    assert kinds(timer) == ["resume"]
    clock.advance(50)
    assert timer.phase_remaining() == pytest.approx(150)
    assert timer.offset() == pytest.approx(1150)
    assert timer.active_offset() == pytest.approx(150)


def test_next_phase_records_actuals(timer: PhaseTimer, clock: FakeClock) -> None:
    clock.advance(420)  # two minutes over
    timer.next_phase()
    assert [e.kind for e in timer.poll()] == ["checkpoint", "phase_end", "phase_start"]
    assert timer.index == 1
    assert timer.phase_remaining() == pytest.approx(600)
    clock.advance(100)
    timer.next_phase()  # skip most of Design
    clock.advance(10)
    timer.next_phase()  # last phase: ends the mock
    assert timer.state is TimerState.ENDED
    results = timer.results()
    assert [(r.name, r.planned, r.actual) for r in results] == [
        ("Framing", 300, pytest.approx(420)),
        ("Design", 600, pytest.approx(100)),
        ("Wrap", 120, pytest.approx(10)),
    ]
    assert timer.poll()[-1].kind == "end"
    clock.advance(100)
    assert timer.offset() == pytest.approx(530)  # frozen once ended


@pytest.mark.parametrize(("adjust", "remaining"), [(60, 260), (-60, 140), (-1000, -100)])
def test_extend_and_shorten(
    timer: PhaseTimer, clock: FakeClock, adjust: float, remaining: float
) -> None:
    clock.advance(100)
    timer.adjust(adjust)  # the plan never goes below zero: -1000 leaves 0 planned
    assert timer.phase_remaining() == pytest.approx(remaining)


def test_extending_after_a_checkpoint_rearms_it(timer: PhaseTimer, clock: FakeClock) -> None:
    clock.advance(301)
    assert "checkpoint" in kinds(timer)
    timer.adjust(120)
    clock.advance(60)
    assert kinds(timer) == ["adjust", "warning"]  # 59 s left of the new plan
    clock.advance(60)
    assert kinds(timer) == ["checkpoint"]


def test_end_early_while_paused(timer: PhaseTimer, clock: FakeClock) -> None:
    clock.advance(50)
    timer.pause()
    clock.advance(500)
    timer.end()
    assert timer.state is TimerState.ENDED
    assert timer.results()[0].actual == pytest.approx(50)
    assert timer.results()[1].actual == 0


def test_short_phases_get_no_warning(clock: FakeClock) -> None:
    t = PhaseTimer([PlannedPhase("Dry run", 60)], clock=clock, warning_lead=60)
    t.start()
    clock.advance(61)
    assert [e.kind for e in t.poll()] == ["phase_start", "checkpoint"]


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (0.2, "0:01"),
        (59.01, "1:00"),
        (60, "1:00"),
        (61, "1:01"),
        (-0.5, "+0:00"),
        (-61, "+1:01"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
    ],
)
def test_format_clock_counting_down(seconds: float, shown: str) -> None:
    assert format_clock(seconds, countdown=True) == shown


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (None, "0:00"),
        (0.2, "0:00"),
        (4.5, "0:04"),
        (59.99, "0:59"),
        (3725.4, "1:02:05"),
        (-3, "0:00"),
    ],
)
def test_format_clock_for_offsets_and_lengths(seconds: float | None, shown: str) -> None:
    """Offsets and lengths round down, as media players show them."""
    assert format_clock(seconds) == shown


@pytest.mark.parametrize(("seconds", "shown"), [(10.4, "+0:10"), (-475.8, "-7:55"), (0, "+0:00")])
def test_format_overrun(seconds: float, shown: str) -> None:
    assert format_overrun(seconds) == shown


@pytest.mark.parametrize(
    ("planned", "actual", "shown"),
    [
        (60, 79.6, ("1:00", "1:19", "+0:19", "+0:19")),  # the End screen's row, and the clock
        (60, 26.6, ("1:00", "0:26", "-0:34", "0:34")),
        (1199.999, 112.4, ("20:00", "1:52", "-18:08", "18:08")),  # a plan that adds up to 20 min
        (300, 300.002, ("5:00", "5:00", "+0:00", "+0:00")),  # the checkpoint: red overtime
    ],
)
def test_one_rounding_rule_everywhere(
    planned: float, actual: float, shown: tuple[str, str, str, str]
) -> None:
    """Plan, time taken, overrun and the countdown the user saw agree with each other: the
    whole seconds gone, rounded down (a stopwatch), with float noise dropped."""
    countdown = format_clock(planned - actual, countdown=True)
    assert (
        format_clock(planned),
        format_clock(actual),
        format_overrun(overrun_seconds(actual, planned)),
        countdown,
    ) == shown


def test_totals_add_up_the_times_shown() -> None:
    assert total_seconds([10.6, 10.6]) == 20
    assert whole_seconds(59.999) == 60 and whole_seconds(59.99) == 59


def test_overtime_eats_the_time_left_in_total(timer: PhaseTimer, clock: FakeClock) -> None:
    """The interview's time left keeps falling in overtime; a phase closed early gives time back."""
    clock.advance(302)
    assert timer.total_remaining() == pytest.approx(1020 - 302)
    clock.advance(5)
    assert timer.total_remaining() == pytest.approx(1020 - 307)
    timer.next_phase()
    clock.advance(100)
    timer.next_phase()  # Design closed 500 s early
    assert timer.total_remaining() == pytest.approx(1020 - 407)
    clock.advance(700)
    assert timer.total_remaining() == pytest.approx(-87)
    assert format_clock(timer.total_remaining(), countdown=True) == "+1:27"


def test_a_scaled_plan_is_whole_seconds_and_adds_up() -> None:
    """`--minutes` keeps the proportions, but no phase gets 266.667 s: the total shows exactly."""
    from mockterm.core.bank import Phase, scaled_phases

    phases = tuple(
        Phase(name, minutes) for name, minutes in zip("abcdef", (2, 3, 8, 1, 3, 3), strict=True)
    )
    scaled = scaled_phases(phases, 17)
    seconds = [p.seconds for p in scaled]
    assert all(abs(s - round(s)) < 1e-9 for s in seconds)
    assert sum(round(s) for s in seconds) == 17 * 60
