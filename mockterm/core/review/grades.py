"""Self-review helpers: grade names and the grade suggested from rubric scores."""

from __future__ import annotations

from collections.abc import Mapping

GRADE_LABELS = {"again": "Again", "hard": "Hard", "good": "Good", "easy": "Easy"}


def suggest_grade(scores: Mapping[str, int]) -> str | None:
    """Again/Hard/Good/Easy from the mean 1-4 rubric score; None before any score is given."""
    if not scores:
        return None
    mean = sum(scores.values()) / len(scores)
    if mean < 1.75:
        return "again"
    if mean < 2.5:
        return "hard"
    if mean < 3.5:
        return "good"
    return "easy"
