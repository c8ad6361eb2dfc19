"""The review's scales and their labels (rubric scores, grades, recommendations), and the grade
suggested from rubric scores."""

from __future__ import annotations

from collections.abc import Mapping

SCORE_LABELS = {1: "weak", 2: "mixed", 3: "solid", 4: "strong"}
"""A rubric dimension is scored 1-4; every form and export names the scores so."""
GRADE_LABELS = {"again": "Again", "hard": "Hard", "good": "Good", "easy": "Easy"}
RECOMMENDATIONS = {
    "strong_no_hire": "Strong no hire",
    "no_hire": "No hire",
    "hire": "Hire",
    "strong_hire": "Strong hire",
}
"""The interviewer's hiring recommendation after a paired mock."""


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
