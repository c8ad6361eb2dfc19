from solution import FileSystem


def _example_fs():
    fs = FileSystem()
    fs.mkdir("/a/b")
    fs.write_file("/a/b/x.txt", "hello")
    assert fs.write_file("/a/notes.md", "12345678") is True
    assert fs.write_file("/a/b/y.txt", "hi") is True
    return fs


def test_example_du_and_find():
    fs = _example_fs()
    assert fs.du("/a") == 15
    assert fs.du("/a/b/x.txt") == 5
    assert fs.find("/", "txt") == ["/a/b/x.txt", "/a/b/y.txt"]
    assert fs.find("/a/b", ".md") == []


def test_example_delete_a_tree_but_not_the_root():
    fs = _example_fs()
    assert fs.delete("/a/b") is True
    assert fs.du("/") == 8
    assert fs.delete("/") is False
    assert fs.ls("/a") == ["notes.md"]
