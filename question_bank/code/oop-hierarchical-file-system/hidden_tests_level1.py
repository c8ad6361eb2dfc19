from solution import FileSystem


def test_mkdir_existing_and_root_are_fine():
    fs = FileSystem()
    assert fs.mkdir("/") is True
    assert fs.mkdir("/a") is True
    assert fs.mkdir("/a") is True
    assert fs.ls("/") == ["a"]


def test_mkdir_creates_every_missing_parent():
    fs = FileSystem()
    assert fs.mkdir("/p/q/r") is True
    assert fs.ls("/p") == ["q"]
    assert fs.ls("/p/q") == ["r"]
    assert fs.ls("/p/q/r") == []


def test_root_listing_mixes_files_and_directories_sorted():
    fs = FileSystem()
    fs.mkdir("/b")
    assert fs.write_file("/c.txt", "1") is True
    fs.mkdir("/a")
    assert fs.ls("/") == ["a", "b", "c.txt"]
    assert fs.write_file("/", "x") is False


def test_empty_components_are_ignored():
    fs = FileSystem()
    assert fs.mkdir("//a///b/") is True
    assert fs.write_file("/a//b/x.txt/", "hi") is True
    assert fs.read_file("a/b/x.txt") == "hi"
    assert fs.ls("/a/b/") == ["x.txt"]


def test_read_file_of_a_directory_or_missing_path_is_none():
    fs = FileSystem()
    fs.mkdir("/d")
    assert fs.read_file("/d") is None
    assert fs.read_file("/d/nope") is None
    assert fs.read_file("/") is None


def test_empty_file_reads_as_empty_string():
    fs = FileSystem()
    assert fs.write_file("/empty", "") is True
    assert fs.read_file("/empty") == "", "an empty file exists: '' not None"
    assert fs.ls("/empty") == ["empty"]


def test_paths_through_a_file_fail():
    fs = FileSystem()
    fs.write_file("/f", "x")
    assert fs.write_file("/f/g", "y") is False
    assert fs.mkdir("/f") is False
    assert fs.ls("/f/g") is None
    assert fs.read_file("/f") == "x"
