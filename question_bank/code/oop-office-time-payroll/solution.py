from collections.abc import Iterator
from dataclasses import dataclass, field

NEVER = float("-inf")


@dataclass
class Period:
    start: int | float  # the first period starts at -inf
    position: str
    rate: int


@dataclass
class Worker:
    periods: list[Period]  # sorted by start; promote appends
    sessions: list[tuple[int, int]] = field(default_factory=list)
    open_entry: int | None = None
    minutes: int = 0

    @property
    def position(self) -> str:
        return self.periods[-1].position

    def pieces(self, lo: int, hi: int) -> Iterator[tuple[int, int, Period]]:
        """The parts [a, b) of completed sessions inside [lo, hi), cut at promotions."""
        for entry, exit_ in self.sessions:
            a0, b0 = max(entry, lo), min(exit_, hi)
            if a0 >= b0:
                continue
            for i, period in enumerate(self.periods):
                end = self.periods[i + 1].start if i + 1 < len(self.periods) else float("inf")
                a, b = max(a0, period.start), min(b0, end)
                if a < b:
                    yield int(a), int(b), period


def overlap(a: int, b: int, start: int, end: int) -> int:
    return max(0, min(b, end) - max(a, start))


class Office:
    def __init__(self) -> None:
        self._workers: dict[str, Worker] = {}
        self._bonus: list[tuple[int, int, int]] = []  # (start, end, multiplier), disjoint

    # -- level 1 ---------------------------------------------------------------------------

    def add_worker(self, timestamp: int, worker_id: str, position: str, rate: int) -> bool:
        if worker_id in self._workers:
            return False
        self._workers[worker_id] = Worker([Period(NEVER, position, rate)])
        return True

    def register(self, timestamp: int, worker_id: str) -> str:
        worker = self._workers.get(worker_id)
        if worker is None:
            return "invalid_request"
        if worker.open_entry is None:
            worker.open_entry = timestamp
        else:
            worker.sessions.append((worker.open_entry, timestamp))
            worker.minutes += timestamp - worker.open_entry
            worker.open_entry = None
        return "registered"

    def time_in_office(self, timestamp: int, worker_id: str) -> int | None:
        worker = self._workers.get(worker_id)
        return None if worker is None else worker.minutes

    # -- level 2 (ranking by minutes held in the position since level 3) ---------------------

    def top_n_workers(self, timestamp: int, n: int, position: str) -> list[str]:
        ranked = []
        for worker_id, worker in self._workers.items():
            if worker.position != position:
                continue
            minutes = sum(
                b - a
                for a, b, period in worker.pieces(NEVER, float("inf"))
                if period.position == position
            )
            ranked.append((-minutes, worker_id))
        ranked.sort()
        return [f"{worker_id}({-negative})" for negative, worker_id in ranked[:n]]

    # -- level 3 ---------------------------------------------------------------------------

    def promote(self, timestamp: int, worker_id: str, new_position: str, new_rate: int) -> bool:
        worker = self._workers.get(worker_id)
        if worker is None:
            return False
        worker.periods.append(Period(timestamp, new_position, new_rate))
        return True

    def calc_salary(self, timestamp: int, worker_id: str, start: int, end: int) -> int | None:
        worker = self._workers.get(worker_id)
        if worker is None:
            return None
        total = 0
        for a, b, period in worker.pieces(start, end):
            bonus = sum(overlap(a, b, s, e) * (m - 1) for s, e, m in self._bonus)
            total += period.rate * (b - a + bonus)
        return total

    # -- level 4 ---------------------------------------------------------------------------

    def add_bonus_window(self, timestamp: int, start: int, end: int, multiplier: int) -> bool:
        if start >= end or any(overlap(start, end, s, e) for s, e, _ in self._bonus):
            return False
        self._bonus.append((start, end, multiplier))
        return True
