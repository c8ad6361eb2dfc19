from solution import Scheduler


def test_dependency_already_done_starts_at_once():
    s = Scheduler(1)
    s.submit(0, "a", 1)
    assert s.submit(5, "b", 2, deps=["a"]) is True
    assert s.status(5, "b") == "RUNNING"


def test_unknown_dependency_among_known_ones_fails():
    s = Scheduler(1)
    s.submit(0, "a", 1)
    assert s.submit(0, "b", 1, deps=["a", "nope"]) is False
    assert s.advance(10) == ["a:DONE@1"]


def test_cancel_cascades_transitively_and_only_downstream():
    s = Scheduler(1)
    s.submit(0, "a", 10)
    s.submit(0, "b", 1, deps=["a"])
    s.submit(0, "c", 1, deps=["b"])
    s.submit(0, "d", 1, deps=["c"])
    s.submit(0, "x", 1)
    assert s.cancel(1, "b") is True
    got = [s.status(2, t) for t in "abcdx"]
    assert got == ["RUNNING", "CANCELED", "CANCELED", "CANCELED", "QUEUED"], f"got {got}"
    assert s.advance(100) == ["a:DONE@10", "x:DONE@11"]


def test_diamond_one_branch_canceled():
    s = Scheduler(2)
    s.submit(0, "root", 2)
    s.submit(0, "left", 2, deps=["root"])
    s.submit(0, "right", 2, deps=["root"])
    s.submit(0, "join", 1, deps=["left", "right"])
    s.cancel(1, "right")
    assert s.status(1, "join") == "CANCELED"
    assert s.advance(20) == ["root:DONE@2", "left:DONE@4"]


def test_ready_task_is_picked_by_priority():
    s = Scheduler(1)
    s.submit(0, "a", 5)
    s.submit(1, "x", 1)
    s.submit(2, "y", 1, priority=9, deps=["a"])
    assert s.advance(20) == ["a:DONE@5", "y:DONE@6", "x:DONE@7"]


def test_all_finishes_of_an_instant_come_before_any_dispatch():
    # a and b both finish at 5; b's completion makes y1 and y2 ready. Only then do the two
    # free workers pick, by priority: y1 and y2, not x.
    s = Scheduler(2)
    s.submit(0, "a", 5)
    s.submit(0, "b", 5)
    s.submit(0, "x", 1)
    s.submit(0, "y1", 1, priority=9, deps=["b"])
    s.submit(0, "y2", 1, priority=9, deps=["b"])
    got = s.advance(20)
    assert got == ["a:DONE@5", "b:DONE@5", "y1:DONE@6", "y2:DONE@6", "x:DONE@7"], f"got {got}"


def test_task_ready_when_its_last_dependency_finishes_starts_then():
    s = Scheduler(3)
    s.submit(0, "a", 2)
    s.submit(0, "b", 4)
    s.submit(0, "c", 1, deps=["b", "a"])
    assert s.status(3, "c") == "WAITING"
    assert s.status(4, "c") == "RUNNING"


def test_canceled_at_submit_never_runs():
    s = Scheduler(1)
    s.submit(0, "a", 5)
    s.submit(0, "b", 1)
    s.cancel(0, "b")
    assert s.submit(0, "c", 1, deps=["a", "b"]) is True
    assert s.status(0, "c") == "CANCELED"
    assert s.advance(50) == ["a:DONE@5"]
