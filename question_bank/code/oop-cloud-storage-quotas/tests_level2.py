from solution import CloudStorage


def _example_storage():
    cs = CloudStorage()
    cs.add_file("/img/a.png", 300)
    cs.add_file("/img/b.png", 500)
    cs.add_file("/img/c.png", 300)
    cs.add_file("/doc/d.txt", 900)
    return cs


def test_example_largest_under_a_prefix():
    cs = _example_storage()
    assert cs.largest_files("/img", 2) == ["/img/b.png(500)", "/img/a.png(300)"]
    got = cs.largest_files("/img/", 10)
    assert got == ["/img/b.png(500)", "/img/a.png(300)", "/img/c.png(300)"], f"got {got}"


def test_example_no_match_and_empty_prefix():
    cs = _example_storage()
    assert cs.largest_files("/x", 3) == []
    assert cs.largest_files("", 1) == ["/doc/d.txt(900)"]
