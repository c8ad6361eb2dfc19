"""Spaced repetition: every prompt is a card, every graded answer a review, FSRS schedules them.

Nothing is stored besides the session files: the schedule is rebuilt by replaying every review
found in them, in time order, through an FSRS scheduler with fuzzing off, so the same files always
give the same schedule.

Reviews are:

- a graded single-prompt session (`grade` again/hard/good/easy), at its `ended_at`;
- each `grade` event of a rapid-fire session (`text` the question id, `value` the FSRS rating
  1-4), at `started_at + offset`: each question is a card of its own.

Sessions run in interviewer mode (grading a friend) are not reviews of the user's own cards.

Learning steps are off (FSRS's default ones are minutes apart, right for flash cards, wrong for a
45-minute mock): every review schedules the prompt at least a day later, "again" meaning tomorrow.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from mockterm.core.sessions.model import GRADES, Session

RATINGS = {grade: number for number, grade in enumerate(GRADES, start=1)}  # again=1 ... easy=4


@dataclass(frozen=True)
class Review:
    """One graded answer to one prompt."""

    prompt_id: str
    round_id: str
    at: datetime
    rating: int
    """FSRS rating: 1 again, 2 hard, 3 good, 4 easy."""
    session_id: str = ""


@dataclass(frozen=True)
class CardState:
    """Where one prompt stands after replaying its reviews."""

    prompt_id: str
    round_id: str
    due: datetime
    last_review: datetime
    reviews: int
    last_rating: int
    stability: float
    difficulty: float

    def is_due(self, now: datetime) -> bool:
        return self.due <= now

    def overdue(self, now: datetime) -> timedelta:
        """How long past due (negative when not due yet)."""
        return now - self.due


@dataclass(frozen=True)
class Schedule:
    """Every prompt that has been reviewed at least once, by id."""

    cards: Mapping[str, CardState] = field(default_factory=dict)

    def get(self, prompt_id: str) -> CardState | None:
        return self.cards.get(prompt_id)

    def seen(self, prompt_id: str) -> bool:
        return prompt_id in self.cards

    def is_due(self, prompt_id: str, now: datetime) -> bool:
        card = self.cards.get(prompt_id)
        return card is not None and card.is_due(now)

    def due(
        self, now: datetime, *, round_id: str | None = None, ids: Iterable[str] | None = None
    ) -> list[CardState]:
        """Due cards, most overdue first (of one round, or only those in `ids`, when given)."""
        wanted = None if ids is None else set(ids)
        found = [
            c
            for c in self.cards.values()
            if c.is_due(now)
            and (round_id is None or c.round_id == round_id)
            and (wanted is None or c.prompt_id in wanted)
        ]
        return sorted(found, key=lambda c: (c.due, c.prompt_id))

    def upcoming(self, *, round_id: str | None = None) -> list[CardState]:
        """Every card, soonest due first."""
        found = [c for c in self.cards.values() if round_id is None or c.round_id == round_id]
        return sorted(found, key=lambda c: (c.due, c.prompt_id))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def reviews_in(session: Session) -> list[Review]:
    """The reviews one session holds (none if it was never graded).

    A session run in interviewer mode grades a friend, not the user: it schedules nothing.
    """
    if session.mode == "interviewer":
        return []
    if session.questions:
        reviews = []
        for event in session.events:
            if event.kind != "grade" or not event.text or event.value is None:
                continue
            rating = round(event.value)
            if not 1 <= rating <= 4:
                continue
            at = _utc(session.started_at) + timedelta(seconds=event.offset)
            reviews.append(Review(event.text, session.round_id, at, rating, session.id))
        return reviews
    if session.grade in RATINGS and session.ended_at is not None:
        rating = RATINGS[session.grade]
        at = _utc(session.ended_at)
        return [Review(session.prompt.id, session.round_id, at, rating, session.id)]
    return []


def collect_reviews(sessions: Iterable[Session]) -> list[Review]:
    """Every review in `sessions`, in time order (ties broken by prompt and session id)."""
    reviews = [r for s in sessions for r in reviews_in(s)]
    return sorted(reviews, key=lambda r: (r.at, r.prompt_id, r.session_id))


def build_schedule(reviews: Sequence[Review]) -> Schedule:
    """Replay `reviews` (any order: they are sorted here) into one card per prompt."""
    if not reviews:
        return Schedule()  # nothing to replay: start-up need not import fsrs
    from fsrs import Card, Rating, Scheduler  # imported here: only scheduling needs it

    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    cards: dict[str, Card] = {}
    counts: dict[str, tuple[str, int, int]] = {}  # id -> (round, reviews, last rating)
    for review in sorted(reviews, key=lambda r: (r.at, r.prompt_id, r.session_id)):
        card = cards.get(review.prompt_id)
        if card is None:
            # a fixed id: fsrs would otherwise use the wall clock (and sleep a millisecond)
            card = Card(card_id=zlib.crc32(review.prompt_id.encode()), due=review.at)
        card, _ = scheduler.review_card(card, Rating(review.rating), review.at)
        cards[review.prompt_id] = card
        _, count, _ = counts.get(review.prompt_id, ("", 0, 0))
        counts[review.prompt_id] = (review.round_id, count + 1, review.rating)
    states = {}
    for prompt_id, card in cards.items():
        round_id, count, last = counts[prompt_id]
        assert card.last_review is not None
        states[prompt_id] = CardState(
            prompt_id,
            round_id,
            card.due,
            card.last_review,
            count,
            last,
            float(card.stability or 0.0),
            float(card.difficulty or 0.0),
        )
    return Schedule(states)


def schedule_of(sessions: Iterable[Session]) -> Schedule:
    return build_schedule(collect_reviews(sessions))


RECENT_WINDOW = timedelta(hours=12)
"""How far back "the last few prompts shown" reaches: this sitting, not last week's, whose
prompts are exactly the ones that come due."""


def shown_prompts(sessions: Iterable[Session], since: datetime | None = None) -> list[str]:
    """Prompt ids in the order they were shown, oldest first (rapid-fire questions each count).

    With `since`, only sessions started from then on.
    """
    ordered = sorted(
        (s for s in sessions if since is None or _utc(s.started_at) >= since),
        key=lambda s: (_utc(s.started_at), s.id),
    )
    shown: list[str] = []
    for session in ordered:
        if session.questions:
            shown.extend(q.id for q in session.questions)
        else:
            shown.append(session.prompt.id)
    return shown


def recent_prompts(
    sessions: Iterable[Session], count: int = 5, now: datetime | None = None
) -> list[str]:
    """The last `count` different prompts shown, most recent last.

    With `now`, only those shown within RECENT_WINDOW before it.
    """
    since = None if now is None else now - RECENT_WINDOW
    recent: list[str] = []
    for prompt_id in reversed(shown_prompts(sessions, since)):
        if prompt_id not in recent:
            recent.append(prompt_id)
        if len(recent) == count:
            break
    return recent[::-1]


def describe_due(card: CardState, now: datetime) -> str:
    """'due now', 'overdue 3 days', 'in 5 days', 'in 4 h': how a card's due date reads."""
    delta = card.due - now
    if delta <= timedelta(0):
        late = -delta
        if late < timedelta(days=1):
            return "due now"
        days = late.days
        return f"overdue {days} day{'s' if days != 1 else ''}"
    if delta < timedelta(days=1):
        hours = max(1, round(delta.total_seconds() / 3600))
        return f"in {hours} h"
    days = round(delta.total_seconds() / 86400)
    return f"in {days} day{'s' if days != 1 else ''}"
