from __future__ import annotations

import heapq
from dataclasses import dataclass, field

WAITING, QUEUED, RUNNING = "WAITING", "QUEUED", "RUNNING"
DONE, CANCELED, FAILED = "DONE", "CANCELED", "FAILED"


@dataclass
class _Task:
    task_id: str
    duration: int
    priority: int
    fail_first: int
    max_retries: int
    status: str = QUEUED
    seq: int = 0  # position in the ready queue among equal priorities
    attempts: int = 0
    unfinished_deps: int = 0
    children: list[str] = field(default_factory=list)


class Scheduler:
    """A discrete-event simulation of a pool of `workers` workers.

    State: a heap of running tasks by (finish, id), a ready heap by (-priority, seq, id) with
    lazy deletion of canceled entries, a reverse dependency map and a log of finishes.
    `_run_until(t)` is called first by every public method.
    """

    def __init__(self, workers: int) -> None:
        self._idle = workers
        self._tasks: dict[str, _Task] = {}
        self._running: list[tuple[int, str]] = []
        self._ready: list[tuple[int, int, str]] = []
        self._seq = 0
        self._log: list[tuple[int, str, str]] = []  # (time, id, DONE | FAILED)

    # the simulation
    def _enqueue(self, task: _Task) -> None:
        self._seq += 1
        task.status, task.seq = QUEUED, self._seq
        heapq.heappush(self._ready, (-task.priority, task.seq, task.task_id))

    def _dispatch(self, now: int) -> None:
        while self._idle and self._ready:
            _, seq, task_id = heapq.heappop(self._ready)
            task = self._tasks[task_id]
            if task.status != QUEUED or task.seq != seq:
                continue  # canceled while waiting
            task.status = RUNNING
            task.attempts += 1
            self._idle -= 1
            heapq.heappush(self._running, (now + task.duration, task_id))

    def _finish(self, now: int, task: _Task) -> None:
        self._idle += 1
        if task.attempts > task.fail_first:
            task.status = DONE
            self._log.append((now, task.task_id, DONE))
            for child_id in task.children:
                child = self._tasks[child_id]
                child.unfinished_deps -= 1
                if child.unfinished_deps == 0 and child.status == WAITING:
                    self._enqueue(child)
        elif task.attempts <= task.max_retries:
            self._enqueue(task)  # behind the tasks already waiting at its priority
        else:
            task.status = FAILED
            self._log.append((now, task.task_id, FAILED))
            self._cancel_dependents(task)

    def _cancel_dependents(self, task: _Task) -> None:
        stack = list(task.children)
        while stack:
            child = self._tasks[stack.pop()]
            if child.status == WAITING:  # a dependent of an unfinished task cannot have started
                child.status = CANCELED
                stack.extend(child.children)

    def _run_until(self, t: int) -> None:
        while self._running and self._running[0][0] <= t:
            instant = self._running[0][0]
            while self._running and self._running[0][0] == instant:  # all finishes first...
                _, task_id = heapq.heappop(self._running)
                self._finish(instant, self._tasks[task_id])
            self._dispatch(instant)  # ...then idle workers pick up waiting tasks

    # the API
    def submit(
        self,
        now: int,
        task_id: str,
        duration: int,
        priority: int = 0,
        deps: list[str] | None = None,
        fail_first: int = 0,
        max_retries: int = 0,
    ) -> bool:
        """Add a task. It waits (WAITING) until every task in `deps` is DONE, is CANCELED at
        once if one of them is canceled or failed, else queues and starts when a worker is
        idle. False if the id was ever used or a dependency was never submitted."""
        self._run_until(now)
        deps = deps or []
        if task_id in self._tasks or any(dep not in self._tasks for dep in deps):
            return False
        task = _Task(task_id, duration, priority, fail_first, max_retries)
        self._tasks[task_id] = task
        dep_tasks = [self._tasks[dep] for dep in deps]
        if any(dep.status in (CANCELED, FAILED) for dep in dep_tasks):
            task.status = CANCELED
            return True
        for dep in dep_tasks:
            if dep.status != DONE:
                dep.children.append(task_id)
                task.unfinished_deps += 1
        if task.unfinished_deps:
            task.status = WAITING
        else:
            self._enqueue(task)
            self._dispatch(now)
        return True

    def cancel(self, now: int, task_id: str) -> bool:
        """Cancel a task that has not started (and, transitively, every task that depends on
        it). False if unknown, running, finished or already canceled."""
        self._run_until(now)
        task = self._tasks.get(task_id)
        if task is None or task.status not in (WAITING, QUEUED):
            return False
        task.status = CANCELED
        self._cancel_dependents(task)
        return True

    def status(self, now: int, task_id: str) -> str | None:
        """WAITING, QUEUED, RUNNING, DONE, CANCELED or FAILED; None for an unknown id."""
        self._run_until(now)
        task = self._tasks.get(task_id)
        return task.status if task else None

    def attempts(self, now: int, task_id: str) -> int | None:
        """How many attempts of the task have started; None for an unknown id."""
        self._run_until(now)
        task = self._tasks.get(task_id)
        return task.attempts if task else None

    def advance(self, now: int) -> list[str]:
        """The tasks that finished (DONE or FAILED) since the previous call, as
        "id:OUTCOME@time", sorted by time then id."""
        self._run_until(now)
        finished, self._log = sorted(self._log), []
        return [f"{task_id}:{outcome}@{time}" for time, task_id, outcome in finished]
