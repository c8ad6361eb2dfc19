"""The figures a review row shows of what was said (words, speaking time, fillers, key points),
straight from `transcript.json`'s columns.

The review index's first build reads every transcript: making each of a 45-minute mock's
thousands of words an object, splitting every line at the phases and finding the pauses and
quotes the review page shows took most of its time. Here the same functions (`speaking_time`,
`counted_words`, `filler_hits_in`, `key_point_counts`) run on plain lists, in the same order, so
the figures are those of `insights`; a transcript that is not as mockterm writes it goes the
long way (`insights`), which also says what is wrong with it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain, compress, islice, pairwise
from operator import attrgetter, le
from pathlib import Path

from mockterm.core.audio.transcript import (
    TRANSCRIPT_JSON,
    SegmentRecord,
    Transcript,
    TranscriptionError,
    WordRecord,
    read_transcript,
    transcript_record,
)
from mockterm.core.review.insights import insights
from mockterm.core.review.key_points import Said, key_point_counts
from mockterm.core.review.speech import counted_words, speaking_time
from mockterm.core.review.text import filler_hits_in
from mockterm.core.review.timeline import (
    Line,
    PhaseSpan,
    Stretch,
    TimedWord,
    audio_offset,
    phase_spans,
    recorded_window,
    split_at_phases,
)
from mockterm.core.sessions.model import Session


@dataclass(frozen=True)
class RowFigures:
    """What a review row shows of a mock's transcript (its fields are `ReviewRow`'s)."""

    has_transcript: bool = False
    transcript_problem: str = ""
    words: int = 0
    speaking: float = 0.0
    fillers: int = 0
    key_points: tuple[int, int] = (0, 0)
    key_points_assessed: bool = True
    said: frozenset[str] = frozenset()
    """Each different word said once, as written (or a segment's text, without words)."""


def row_figures(session: Session, folder: Path) -> RowFigures:
    """The figures of `session`'s row, from its folder's transcript if it has one."""
    fast = _from_columns(session, folder)
    return fast if fast is not None else _from_insights(session, folder)


def _from_insights(session: Session, folder: Path) -> RowFigures:
    """The long way: the transcript read whole, and the review page's insights of it."""
    transcript = None
    problem = ""
    if (folder / TRANSCRIPT_JSON).exists():
        try:
            transcript = read_transcript(folder)
        except TranscriptionError as exc:
            problem = str(exc)
    result = insights(session, transcript, per_phase=False)
    overall = result.overall
    said: set[str] = set()
    for segment in transcript.segments if transcript else ():
        if segment.words:
            said.update(w.word for w in segment.words)
        else:
            said.add(segment.text)
    return RowFigures(
        has_transcript=transcript is not None,
        transcript_problem=problem,
        words=overall.words if overall else 0,
        speaking=overall.speaking_seconds if overall else 0.0,
        fillers=overall.fillers if overall else 0,
        key_points=(len(result.covered), len(result.key_points)),
        key_points_assessed=result.assessed,
        said=frozenset(said),
    )


def _from_columns(session: Session, folder: Path) -> RowFigures | None:
    """The short way, for a transcript as mockterm writes it (every segment with its words);
    None for any other, or none."""
    try:
        record = transcript_record((folder / TRANSCRIPT_JSON).read_bytes())
    except OSError:  # `read_transcript` says what is wrong
        return None
    if record is None or not record.segments or not all(map(_WORDS, record.segments)):
        return None
    segments = record.segments
    transcript = Transcript((), "", record.duration, session_offset=record.session_offset)
    shift = audio_offset(session, transcript)
    spans = phase_spans(session)
    flat = list(chain.from_iterable(map(_WORDS, segments)))
    starts = [w.start + shift for w in flat]
    texts = list(map(str.strip, map(_TEXT, flat)))
    lines = _stretches(segments, flat, starts, texts, shift, spans)
    if not all(texts):  # blank words are dropped (`transcript_lines`)
        kept = list(map(bool, texts))
        starts, texts = list(compress(starts, kept)), list(compress(texts, kept))
    window = recorded_window(session, transcript, lines)
    assert window is not None  # there is a transcript
    # the overall figures count words by when they began (`insights` sorts them so, and a
    # transcript's words mostly are already)
    by_time, in_time = starts, texts
    if not all(map(le, starts, islice(starts, 1, None))):
        order = sorted(range(len(starts)), key=starts.__getitem__)
        by_time, in_time = [starts[i] for i in order], [texts[i] for i in order]
    first = bisect_left(by_time, window[0])
    inside = in_time[first : bisect_left(by_time, window[1], lo=first)]
    length = max(window[1] - window[0], 0.0)
    covered, total, assessed = key_point_counts(session, Said(texts, starts), heard=True)
    return RowFigures(
        has_transcript=True,
        words=counted_words(inside),
        speaking=round(min(speaking_time(lines, window[0], window[1]), length), 3),
        fillers=len(filler_hits_in(inside)),
        key_points=(covered, total),
        key_points_assessed=assessed,
        said=frozenset(map(_TEXT, flat)),
    )


def _stretches(
    segments: tuple[SegmentRecord, ...],
    flat: list[WordRecord],
    starts: list[float],
    texts: list[str],
    shift: float,
    spans: list[PhaseSpan],
) -> list[Stretch]:
    """Each line of `transcript_lines` (when it was said): a segment, or its parts where it
    runs across a phase change (those few are split by `split_at_phases` itself)."""
    firsts = list(accumulate(map(len, map(_WORDS, segments)), initial=0))
    across = _across(firsts, starts, spans)
    lines: list[Stretch] = []
    for n, segment in enumerate(segments):
        start, end = segment.start + shift, max(segment.end, segment.start) + shift
        if n in across:
            timed = tuple(
                TimedWord(starts[i], flat[i].end + shift, texts[i])
                for i in range(firsts[n], firsts[n + 1])
                if texts[i]
            )
            parts = split_at_phases(Line(start, end, segment.text.strip(), "", timed), spans)
            lines += [Stretch(part.start, part.end) for part in parts]
        else:
            lines.append(Stretch(start, end))
    return lines


def _across(firsts: list[int], starts: list[float], spans: list[PhaseSpan]) -> set[int]:
    """The segments (by their first words' indexes, `firsts`) whose words may lie in more than
    one phase: those whose first and last words do, by `phase_at`'s rule. Where the words'
    times only go forward, only a segment holding the first word said at or after a phase's
    start can (a few bisections, not a look at every segment)."""
    phase_of = _phase_index(spans)
    if phase_of is None:
        return set()
    if not all(map(le, starts, islice(starts, 1, None))):
        return {
            n
            for n, (first, upto) in enumerate(pairwise(firsts))
            if phase_of(min(starts[first:upto])) != phase_of(max(starts[first:upto]))
        }
    across = set()
    for span in spans:
        # the first word `phase_at` places in or after `span` (its own test of a span)
        word = bisect_left(starts, True, key=partial(_begun_by, span.start))
        n = bisect_right(firsts, word) - 1
        if 0 <= n < len(firsts) - 1 and firsts[n] < word:  # not the segment's first word
            across.add(n)
    return across


def _phase_index(spans: list[PhaseSpan]) -> Callable[[float], int] | None:
    """Which span `phase_at` takes at an offset (the last in the list started by then, else the
    first), as a lookup; None when it is the same everywhere. It never goes down as the offset
    grows: a segment whose first and last words are in the same span is all in it."""
    if len(spans) < 2:
        return None
    ordered = sorted(range(len(spans)), key=lambda i: spans[i].start)
    bounds = [spans[i].start for i in ordered]
    latest: list[int] = []  # the last span in the list among those starting by each bound
    for i in ordered:
        latest.append(max(i, latest[-1]) if latest else i)

    def phase_of(offset: float) -> int:
        count = bisect_right(bounds, offset + 1e-6)  # `phase_at`'s own test of a span
        return latest[count - 1] if count else 0

    return phase_of


def _begun_by(begun: float, at: float) -> bool:
    return begun <= at + 1e-6


_WORDS = attrgetter("words")
_TEXT = attrgetter("word")
