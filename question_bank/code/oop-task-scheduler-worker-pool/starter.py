from __future__ import annotations


class Scheduler:
    """A simulated thread pool: `workers` workers run submitted tasks, one task per worker.

    Every method takes `now` first (never decreasing) and first brings the simulation up to
    `now`. A task that starts at t finishes at t + duration. At any instant, every task finishing
    then completes first (freeing its worker), then idle workers pick up waiting tasks in
    submission order; so a worker freed at t can start a new task at t.
    """

    def __init__(self, workers: int) -> None:
        raise NotImplementedError

    def submit(self, now: int, task_id: str, duration: int) -> bool:
        """Add a task (duration >= 1); it starts at once if a worker is idle. False if the id
        was ever used."""
        raise NotImplementedError

    def status(self, now: int, task_id: str) -> str | None:
        """ "QUEUED", "RUNNING", "DONE", or None for an unknown id."""
        raise NotImplementedError

    def advance(self, now: int) -> list[str]:
        """The tasks that finished since the previous `advance` call (or the start), as
        "id:DONE@time", sorted by time then id."""
        raise NotImplementedError
