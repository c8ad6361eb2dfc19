from solution import FileSystem


def _fs():
    fs = FileSystem()
    fs.mkdir("/a/b/c")
    fs.write_file("/a/b/c/f", "12345")
    fs.write_file("/a/g", "12")
    fs.mkdir("/z")
    return fs


def test_rename_in_place():
    fs = _fs()
    assert fs.move("/a/g", "/a/h") is True
    assert fs.ls("/a") == ["b", "h"]
    assert fs.read_file("/a/h") == "12"
    assert fs.du("/a") == 7


def test_refused_moves_change_nothing():
    fs = _fs()
    assert fs.move("/nope", "/z/x") is False, "missing source"
    assert fs.move("/", "/z/root") is False, "the root"
    assert fs.move("/a/g", "/missing/g") is False, "destination parent missing"
    assert fs.move("/a/g", "/a/b/c/f/g") is False, "destination parent is a file"
    assert fs.move("/a/g", "/a/g") is False, "destination exists"
    assert fs.move("/a", "/a/b/c/deeper") is False, "inside the source"
    assert fs.find("/", "") == ["/a/b/c/f", "/a/g"]
    assert (fs.du("/a"), fs.du("/z"), fs.du("/")) == (7, 0, 7)


def test_sibling_sharing_a_name_prefix_is_not_inside():
    fs = _fs()
    assert fs.move("/a", "/ab") is True, '"/ab" is not inside "/a"'
    assert fs.ls("/") == ["ab", "z"]
    assert fs.read_file("/ab/b/c/f") == "12345"


def test_moving_a_deep_tree_updates_both_ancestor_chains():
    fs = _fs()
    fs.mkdir("/z/y/x")
    assert fs.move("/a/b", "/z/y/x/b") is True
    sizes = [fs.du(p) for p in ("/a", "/z", "/z/y", "/z/y/x", "/z/y/x/b/c", "/")]
    assert sizes == [2, 5, 5, 5, 5, 7], f"got {sizes}"
    fs.write_file("/z/y/x/b/c/f", "1")
    assert (fs.du("/z"), fs.du("/a"), fs.du("/")) == (1, 2, 3), "sizes after a later write"


def test_moved_tree_keeps_working_at_its_new_place():
    fs = _fs()
    assert fs.move("/a/b", "/z/b") is True
    assert fs.delete("/z/b/c/f") is True
    assert (fs.du("/z"), fs.du("/")) == (0, 2)
    assert fs.ls("/a") == ["g"]


def test_du_stays_fast_with_many_files():
    # 8,000 writes, each followed by du("/"): a du that walks the tree is quadratic
    fs = FileSystem()
    fs.mkdir("/d/e")
    total = 0
    for i in range(8_000):
        fs.write_file(f"/d/e/f{i}", "x" * (i % 7))
        total += i % 7
        assert fs.du("/") == total
    assert fs.du("/d") == total
