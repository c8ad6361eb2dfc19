"""One mock in progress: the phase timer plus its session file, saved on every event."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mockterm.core.bank import ChainStep, Prompt, Round, scaled_phases
from mockterm.core.sessions.lock import SessionLock
from mockterm.core.sessions.model import (
    GRADES,
    UNTICK_SUFFIX,
    Event,
    Feedback,
    PhaseRecord,
    Recording,
    SelfReview,
    Session,
    SessionError,
    key_point_events,
    ticked,
    utc_now,
)
from mockterm.core.sessions.resume import hints_shown, resumed_timer, stopped_at
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore, check_writable
from mockterm.core.sessions.timer import Clock, PhaseTimer, PlannedPhase, TimerEvent, TimerState
from mockterm.core.sessions.writer import SessionFile, SessionWriter

HEARTBEAT_SECONDS = 1.0
"""With no event for this long, the session file is rewritten anyway (phase times, audio length)."""


class MockSession:
    """Runs one mock: start, poll for timer events, notes and hints, end, self-review.

    Every change is written to `session.toml` at once (atomically), so a crash loses at most the
    event in flight.
    """

    def __init__(
        self,
        store: SessionStore,
        round_: Round,
        prompt: Prompt,
        *,
        questions: Sequence[Prompt] = (),
        mode: str = "solo",
        clock: Clock = time.monotonic,
        minutes: float | None = None,
        warning_lead: float = 60.0,
        background_writes: bool = False,
        on_save_problem: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.round = round_
        self.prompt = prompt
        # rapid fire and topics: one phase per question (topic), each graded on its own
        self.questions = tuple(questions) or ((prompt,) if round_.asks_several else ())
        if self.questions:
            self.prompt = self.questions[0]
        self.mode = mode
        self.minutes = minutes  # kept so a role swap runs the next mock to the same length
        phases = scaled_phases(round_.phases_for(self.prompt), minutes)
        if self.questions:
            phases = phases[: len(self.questions)]
        self.timer = PhaseTimer(
            [PlannedPhase(p.name, p.seconds, p.guidance) for p in phases],
            clock=clock,
            warning_lead=warning_lead,
        )
        self.folder: Path | None = None
        self.session: Session | None = None
        self.hints_shown: dict[str, int] = {}
        self._lock: SessionLock | None = None
        self._file: SessionFile | None = None
        self._writer: SessionWriter | None = None
        self._background_writes = background_writes
        """Write session.toml in a thread of its own while the mock runs (the app does: an
        fsync must not make the clock late); otherwise on the caller's thread."""
        self.on_save_problem = on_save_problem
        self.recording: Recording | None = None

    @property
    def ended(self) -> bool:
        return self.timer.state is TimerState.ENDED

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self, started_at: datetime | None = None) -> Path:
        started_at = started_at or utc_now()
        self.folder = self.store.new_folder(started_at, self.round.id, self.prompt.id)
        self._open(self.folder)
        self.session = Session(
            id=self.folder.name,
            round_id=self.round.id,
            round_title=self.round.title,
            prompt=self.prompt,
            started_at=started_at,
            mode=self.mode,
            rubric=self.round.rubric,
            questions=self.questions,
            phases=tuple(PhaseRecord(p.name, p.seconds) for p in self.timer.phases),
        )
        self.timer.start()
        self.poll()
        return self.folder

    def _open(self, folder: Path) -> None:
        """Own `folder`: its lock, and its session file written on this thread or the writer's."""
        self.folder = folder
        self._lock = SessionLock(folder)
        self._file = SessionFile(folder)
        if self._background_writes:
            self._writer = SessionWriter(self._file, self.on_save_problem)

    @classmethod
    def resume(
        cls,
        store: SessionStore,
        folder: Path,
        round_: Round,
        *,
        clock: Clock = time.monotonic,
        warning_lead: float = 60.0,
        background_writes: bool = False,
        on_save_problem: Callable[[str], None] | None = None,
    ) -> MockSession:
        """Go on with the interrupted mock in `folder`: same folder, events and phase times, its
        clock where it stopped (offsets go on from there; the time away counts nowhere), and
        paused, so the user starts it again when ready. SessionError when it cannot be."""
        session = read_session(folder)
        check_writable(session, folder)
        if session.status not in ("interrupted", "running"):
            raise SessionError(
                f"{folder.name} is {session.status.replace('_', ' ')}, not interrupted"
            )
        mock = cls(
            store,
            round_,
            session.prompt,
            questions=session.questions,
            mode=session.mode,
            clock=clock,
            warning_lead=warning_lead,
            background_writes=background_writes,
            on_save_problem=on_save_problem,
        )
        stop = stopped_at(session)
        mock.timer = resumed_timer(session, stop, round_, clock=clock, warning_lead=warning_lead)
        mock._open(folder)
        mock.hints_shown = hints_shown(session, mock.prompts_asked())
        away = (utc_now() - (session.ended_at or session.started_at)).total_seconds()
        mock.session = replace(session, status="running", ended_at=None)
        mock._save((Event(stop.offset, "resumed", mock.timer.current.name, value=max(away, 0.0)),))
        mock.toggle_pause()
        return mock

    def prompts_asked(self) -> tuple[Prompt, ...]:
        return self.questions or (self.prompt,)

    def poll(self) -> list[TimerEvent]:
        """Timer events since the last call, already saved to the session file."""
        events = self.timer.poll()
        if events:
            self._save(tuple(self._event(e) for e in events), wait=False)
        elif (
            self.session is not None
            and self.timer.state in (TimerState.RUNNING, TimerState.PAUSED)
            and self.timer.offset() - self.session.last_seen >= HEARTBEAT_SECONDS
        ):
            # a crash between events then loses at most this much of the timing
            self._save(wait=False)
        return events

    def _event(self, event: TimerEvent) -> Event:
        phase = self.timer.phases[event.phase].name
        value = event.detail if event.kind in ("phase_end", "resume", "adjust") else None
        return Event(event.offset, event.kind, phase, value=value)

    def _save(
        self, new_events: tuple[Event, ...] = (), *, wait: bool = True, **changes: Any
    ) -> None:
        """Record the change and write the file; `wait` returns only once it is on disk."""
        assert self.session is not None and self._file is not None, "start() first"
        phases = tuple(PhaseRecord(r.name, r.planned, r.actual) for r in self.timer.results())
        if self.recording is not None:
            # the [audio] table (overflows, length) is refreshed with every write
            extra = changes.get("extra", self.session.extra)
            changes["extra"] = {**extra, "audio": self.recording.info()}
        self.session = replace(
            self.session,
            events=(*self.session.events, *new_events),
            phases=phases,
            last_seen=self.timer.offset(),
            **changes,
        )
        if self._writer is None:
            self.session = self._file.write(self.session)
            return
        try:
            self._writer.write(self.session, wait=wait)
        except SessionError:
            if self.on_save_problem is None:
                raise
            # the writer has said so (on_save_problem): the mock goes on, the last good file
            # stays, and the next write (a heartbeat a second later) tries again

    def attach_recording(self, recording: Recording) -> None:
        """Start `recording` now (it raises when it cannot); pause, resume and the end of the
        mock then drive it. Audio second 0 is the session offset saved as `[audio] offset`."""
        recording.start(self.timer.offset())
        self.recording = recording
        if self.timer.state is TimerState.PAUSED:
            recording.pause()
        self.record("recording_start")

    def try_recording(self, recording: Recording) -> str:
        """Attach and start `recording`; "" when it runs, else one line saying why not. The
        mock goes on without it, and session.toml keeps the reason (`[audio] status`)."""
        try:
            self.attach_recording(recording)
        except Exception as exc:  # whatever audio does, the mock goes on without it
            problem = str(exc) or type(exc).__name__
            self.set_extra("audio", {"status": "failed", "error": problem})
            return problem
        return ""

    def set_extra(self, key: str, value: Any, *, wait: bool = True) -> None:
        """Save a table of a later feature (e.g. `[transcript]`) in session.toml; `wait`: return
        only once it is on disk."""
        assert self.session is not None
        self._save(extra={**self.session.extra, key: value}, wait=wait)

    def record(
        self, kind: str, text: str = "", offset: float | None = None, *, wait: bool = True
    ) -> None:
        """Log an event of the user's (note, hint...) at `offset` (default: now)."""
        self.poll()
        at = self.timer.offset() if offset is None else offset
        self._save((Event(at, kind, self.timer.current.name, text),), wait=wait)

    def note(self, text: str, offset: float | None = None) -> None:
        """A note stamped with `offset`: when the user started typing it, not when saved."""
        if text.strip():
            self.record("note", text.strip(), offset)

    def next_hint(self) -> str | None:
        """Reveal the next hint (logged); None when all have been shown."""
        prompt = self.current_prompt
        shown = self.hints_shown.get(prompt.id, 0)
        if shown >= len(prompt.hints):
            return None
        self.hints_shown[prompt.id] = shown + 1
        self.record("hint", prompt.hints[shown])
        return prompt.hints[shown]

    def shown_hints(self) -> tuple[str, ...]:
        prompt = self.current_prompt
        return prompt.hints[: self.hints_shown.get(prompt.id, 0)]

    # --- a topic's chain of follow-ups ----------------------------------------------------------

    def asked_steps(self) -> tuple[ChainStep, ...]:
        """The current topic's follow-ups asked so far, in chain order. Asking one is a
        `follow_up` event, as an interviewer's tick is: either way it is on the candidate's
        screen, in the timeline and in review."""
        assert self.session is not None
        asked = ticked(self.session.events, "follow_up")
        return tuple(s for s in self.current_prompt.chain if s.ask in asked)

    def next_step(self) -> ChainStep | None:
        """Ask the current topic's next follow-up; None when the chain is done."""
        asked = self.asked_steps()
        step = next((s for s in self.current_prompt.chain if s not in asked), None)
        if step is not None:
            self.record("follow_up", step.ask)
        return step

    @property
    def current_prompt(self) -> Prompt:
        """The prompt on screen: in rapid fire, the current question."""
        if self.questions:
            return self.questions[min(self.timer.index, len(self.questions) - 1)]
        return self.prompt

    def grade_question(self, grade: str) -> None:
        """Grade the current rapid-fire question (each one is scheduled on its own)."""
        assert self.session is not None
        question = self.current_prompt
        grades = {**self.session.question_grades, question.id: grade}
        self.poll()
        rating = float(GRADES.index(grade) + 1)  # 1 again ... 4 easy, as FSRS numbers them
        event = Event(self.timer.offset(), "grade", self.timer.current.name, question.id, rating)
        self._save((event,), question_grades=grades)

    def toggle_pause(self) -> None:
        self.timer.toggle_pause()
        if self.recording is not None:
            if self.timer.state is TimerState.PAUSED:
                self.recording.pause()
            else:
                self.recording.resume()
        self.poll()

    def adjust(self, seconds: float) -> None:
        self.timer.adjust(seconds)
        self.poll()

    def next_phase(self) -> None:
        self.timer.next_phase()
        self.poll()
        if self.timer.state is TimerState.ENDED:
            self._finish("completed")

    def end(self) -> None:
        """End now: completed if the last phase was reached, else ended early."""
        if self.timer.state is TimerState.ENDED:
            return
        status = "completed" if self.timer.is_last_phase() else "ended_early"
        self.timer.end()
        self.poll()
        self._finish(status)

    def abandon(self) -> None:
        """Stop without a review; the file is kept (marked ended early) so nothing is lost."""
        if self.timer.state is not TimerState.ENDED:
            self.timer.end()
            self.poll()
        self._save((Event(self.timer.offset(), "abandoned"),))
        self._finish("ended_early")

    def _finish(self, status: str) -> None:
        assert self.session is not None
        ended_at = self.session.started_at + timedelta(seconds=round(self.timer.offset()))
        if self.recording is not None:
            self.recording.stop()
        self._save(status=status, ended_at=ended_at)
        self.release()

    def save_review(self, review: SelfReview, grade: str | None) -> None:
        self._save(review=review, grade=grade)

    # --- paired mocks ---------------------------------------------------------------------------

    def toggle_tick(self, kind: str, item: str) -> bool:
        """Tick (or untick) a follow-up asked / key point covered, as an event; True if ticked."""
        assert self.session is not None
        now_ticked = item not in ticked(self.session.events, kind)
        self.record(kind if now_ticked else kind + UNTICK_SUFFIX, item)
        return now_ticked

    def check_key_points(self, covered: Iterable[str]) -> None:
        """After a solo mock the user went through the key points: those `covered` are ticked
        (events, like an interviewer's ticks), the others unticked, and that they were checked
        is recorded, so review can call the unticked ones missed rather than not assessed."""
        assert self.session is not None
        at, phase = self.timer.offset(), self.timer.current.name
        self._save(key_point_events(self.session, set(covered), at, phase))

    def save_feedback(self, feedback: Feedback) -> None:
        """Save the interviewer's feedback in session.toml (`feedback.md` is the review's
        export of it: mockterm.core.review.feedback.write_feedback)."""
        self._save(feedback=feedback)

    def link(self, other_id: str) -> None:
        """Record the role-swapped session paired with this one (both files name each other)."""
        assert self.session is not None
        if other_id not in self.session.paired_with:
            self._save(paired_with=(*self.session.paired_with, other_id))

    def flush(self) -> None:
        """Wait until every change so far is on disk."""
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> None:
        """The app is closing mid-mock: stop recording, write what is queued. The session stays
        `running`, so the next start offers it as interrupted, with everything written so far."""
        if self.recording is not None and not self.ended:
            self.recording.close()
        self._close_writer()

    def _close_writer(self) -> None:
        # later writes (review, transcript status) are rare: they go on the caller's thread
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def release(self) -> None:
        self._close_writer()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
