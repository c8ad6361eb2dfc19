from solution import FileSystem


def _example_fs():
    fs = FileSystem()
    fs.mkdir("/a/b")
    fs.write_file("/a/b/x.txt", "hello")
    fs.write_file("/a/y.md", "123")
    fs.mkdir("/c")
    return fs


def test_example_move_a_directory():
    fs = _example_fs()
    assert fs.move("/a/b", "/c/b2") is True
    assert fs.du("/a") == 3
    assert fs.du("/c") == 5
    assert fs.ls("/c/b2") == ["x.txt"]


def test_example_refused_moves_and_a_file_move():
    fs = _example_fs()
    fs.move("/a/b", "/c/b2")
    assert fs.move("/a", "/a/z") is False, "into its own subtree"
    assert fs.move("/a/y.md", "/c/b2") is False, "destination exists"
    assert fs.move("/a/y.md", "/c/b2/y.md") is True
    assert fs.find("/c", "") == ["/c/b2/x.txt", "/c/b2/y.md"]
    assert fs.du("/") == 8
