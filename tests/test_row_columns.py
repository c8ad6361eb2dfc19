"""The review rows as columns: the same rows back, and sorted as the rows themselves sort."""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable
from typing import Any

import pytest

from mockterm.core.review.row_columns import RowColumns
from mockterm.core.review.rows import ReviewRow
from mockterm.ui.review_columns import KEYS, SORTS

ROW_KEYS: dict[str, Callable[[ReviewRow], Any]] = {
    # how each column sorted when the list sorted its rows: the columns must agree
    "date": lambda r: (r.started_at, r.folder),
    "round": lambda r: (r.round_id, r.started_at),
    "prompt": lambda r: (r.prompt_title.lower(), r.started_at),
    "time": lambda r: (r.actual, r.started_at),
    "over": lambda r: (r.overrun, r.started_at),
    "grade": lambda r: (r.score or 0.0, r.grade, r.started_at),
    "A/T": lambda r: (r.has_audio + r.has_transcript, r.started_at),
    "status": lambda r: (r.status, r.started_at),
}


def made_up_rows(count: int) -> list[ReviewRow]:
    """Rows with many equal values (ties keep their order) and a corrupt one."""
    rng = random.Random(3)
    rows = [
        ReviewRow(
            folder=f"f{n:04d}",
            started_at=f"2026-0{rng.randint(1, 3)}-0{rng.randint(1, 4)}T10:00:00+00:00",
            round_id=rng.choice(["ml_design", "coding", "behavioral"]),
            prompt_title=rng.choice(["Feed", "feed", "Ranking", "A/B test"]),
            status=rng.choice(["completed", "ended_early", "interrupted"]),
            planned=600.0,
            actual=rng.choice([0.0, 540.4, 600.0, 630.6, 700.0]),
            grade=rng.choice(["", "good", "hard"]),
            scores=rng.choice([{}, {"a": 2, "b": 3}, {"a": 4}, {"a": 0}]),
            has_audio=rng.random() < 0.5,
            has_transcript=rng.random() < 0.5,
        )
        for n in range(count)
    ]
    rows.append(ReviewRow(folder="broken", started_at="", round_id="x", error="bad TOML"))
    return rows


def test_columns_give_the_same_rows_back_also_through_a_cache() -> None:
    rows = made_up_rows(50)
    again = RowColumns.read(pickle.loads(pickle.dumps(RowColumns.of(rows).columns)))
    assert again is not None
    assert list(again) == rows and again[-1] == rows[-1] and again[3:5] == rows[3:5]
    assert again[7] is again[7]  # made once
    assert again.pick([4, 1])[1] == rows[1] and len(again.pick([4, 1])) == 2
    with pytest.raises(IndexError):
        again[len(rows)]


@pytest.mark.parametrize("columns", [{"folder": ["a"]}, [1, 2], None, {}])
def test_columns_of_another_shape_are_not_rows(columns: object) -> None:
    assert RowColumns.read(columns) is None


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", KEYS)
def test_each_sort_puts_the_rows_as_sorting_the_rows_did(key: str, descending: bool) -> None:
    rows = made_up_rows(300)
    table = RowColumns.of(list(rows))
    expected = sorted(rows, key=ROW_KEYS[key], reverse=descending)
    assert [table[i] for i in table.order(key, SORTS[key], descending)] == expected
    assert table.order(key, SORTS[key], descending) is table.order(key, SORTS[key], descending)
