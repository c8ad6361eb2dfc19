from solution import FileSystem


def test_du_of_missing_empty_and_overwritten():
    fs = FileSystem()
    assert fs.du("/nope") is None
    fs.mkdir("/d/e")
    assert fs.du("/d") == 0
    fs.write_file("/d/e/f", "abcdef")
    fs.write_file("/d/e/f", "ab")
    assert fs.du("/d") == 2, "an overwrite replaces the old size"
    assert fs.du("/") == 2


def test_delete_missing_is_false():
    fs = FileSystem()
    assert fs.delete("/nope") is False
    fs.write_file("/f", "1")
    assert fs.delete("/f/x") is False


def test_deleted_tree_is_gone_and_can_be_recreated():
    fs = FileSystem()
    fs.mkdir("/a/b/c")
    fs.write_file("/a/b/c/f", "123")
    fs.write_file("/a/g", "4")
    assert fs.delete("/a/b") is True
    assert fs.ls("/a/b") is None
    assert fs.read_file("/a/b/c/f") is None
    assert fs.du("/a") == 1
    assert fs.mkdir("/a/b") is True
    assert fs.ls("/a/b") == []


def test_delete_a_single_file_updates_every_ancestor():
    fs = FileSystem()
    fs.mkdir("/x/y")
    fs.write_file("/x/y/a", "1234")
    fs.write_file("/x/b", "12")
    assert fs.delete("/x/y/a") is True
    assert (fs.du("/x/y"), fs.du("/x"), fs.du("/")) == (0, 2, 2)


def test_find_lists_only_files_under_the_path():
    fs = FileSystem()
    fs.mkdir("/p/dir.txt")  # a directory whose name matches the suffix
    fs.write_file("/p/dir.txt/in.txt", "1")
    fs.write_file("/p/a.txt", "2")
    fs.write_file("/q.txt", "3")
    assert fs.find("/p", ".txt") == ["/p/a.txt", "/p/dir.txt/in.txt"]
    assert fs.find("/", "") == ["/p/a.txt", "/p/dir.txt/in.txt", "/q.txt"]


def test_find_on_a_missing_path_is_empty():
    fs = FileSystem()
    assert fs.find("/nope", "") == []
    assert fs.find("/", ".txt") == []


def test_find_sorts_full_paths():
    fs = FileSystem()
    fs.mkdir("/b")
    fs.mkdir("/a/z")
    fs.write_file("/b/1.log", "")
    fs.write_file("/a/z/2.log", "")
    fs.write_file("/a/3.log", "")
    assert fs.find("//", "log") == ["/a/3.log", "/a/z/2.log", "/b/1.log"]
