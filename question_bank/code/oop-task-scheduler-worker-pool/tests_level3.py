from solution import Scheduler


def test_example_dependencies_run_in_order():
    s = Scheduler(2)
    assert s.submit(0, "a", 3) is True
    assert s.submit(0, "b", 5) is True
    assert s.submit(0, "c", 1, deps=["a", "b"]) is True
    assert s.submit(0, "d", 1, deps=["zz"]) is False, "zz was never submitted"
    assert s.status(4, "c") == "WAITING"
    assert s.submit(4, "e", 2, deps=["c"]) is True
    got = s.advance(10)
    assert got == ["a:DONE@3", "b:DONE@5", "c:DONE@6", "e:DONE@8"], f"got {got}"


def test_example_cancel_cascades():
    s = Scheduler(2)
    s.submit(0, "a", 3)
    s.submit(0, "b", 5)
    s.submit(0, "c", 1, deps=["a", "b"])
    s.submit(4, "e", 2, deps=["c"])
    s.advance(10)
    assert s.submit(10, "f", 5) is True
    assert s.submit(10, "g", 1, deps=["f"]) is True
    assert s.submit(10, "h", 1, deps=["g"]) is True
    assert s.cancel(11, "g") is True
    assert s.status(12, "h") == "CANCELED"
    assert s.submit(12, "i", 1, deps=["h"]) is True
    assert s.status(12, "i") == "CANCELED"
