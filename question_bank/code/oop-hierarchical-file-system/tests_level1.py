from solution import FileSystem


def _example_fs():
    fs = FileSystem()
    assert fs.mkdir("/a/b") is True
    assert fs.write_file("/a/b/x.txt", "hello") is True
    return fs


def test_example_writes_need_an_existing_parent_directory():
    fs = _example_fs()
    assert fs.write_file("/a/c/y.txt", "no") is False, "/a/c does not exist"
    assert fs.write_file("/a/b", "oops") is False, "/a/b is a directory"
    assert fs.ls("/a") == ["b"]
    assert fs.ls("/a/b/x.txt") == ["x.txt"]
    assert fs.read_file("/a/b/x.txt") == "hello"


def test_example_file_in_the_way_and_overwrite():
    fs = _example_fs()
    assert fs.mkdir("/a/b/x.txt/z") is False, "a file is in the way"
    assert fs.write_file("/a/b/x.txt", "bye") is True
    assert fs.read_file("/a/b/x.txt") == "bye"
    assert fs.ls("/nope") is None
