from solution import FileSystem


def test_quota_only_on_directories():
    fs = FileSystem()
    fs.write_file("/f", "12")
    assert fs.set_quota("/f", 10) is False
    assert fs.set_quota("/nope", 10) is False
    assert fs.set_quota("/", 10) is True


def test_quota_equal_to_the_size_is_allowed_and_full():
    fs = FileSystem()
    fs.mkdir("/d")
    fs.write_file("/d/f", "123")
    assert fs.set_quota("/d", 3) is True
    assert fs.write_file("/d/g", "") is True, "an empty file adds nothing"
    assert fs.write_file("/d/h", "1") is False


def test_removing_a_quota():
    fs = FileSystem()
    fs.mkdir("/d")
    fs.set_quota("/d", 1)
    assert fs.write_file("/d/f", "12") is False
    assert fs.set_quota("/d", None) is True
    assert fs.write_file("/d/f", "12") is True


def test_refused_write_changes_nothing():
    fs = FileSystem()
    fs.mkdir("/d")
    fs.write_file("/d/f", "12")
    fs.set_quota("/d", 4)
    assert fs.write_file("/d/f", "12345") is False
    assert fs.read_file("/d/f") == "12"
    assert fs.write_file("/d/new", "123") is False
    assert fs.ls("/d") == ["f"]
    assert fs.du("/") == 2


def test_growing_overwrite_is_checked_by_its_size_change():
    fs = FileSystem()
    fs.mkdir("/d")
    fs.write_file("/d/f", "123456")
    fs.set_quota("/d", 10)
    assert fs.write_file("/d/f", "123456789") is True, "9 <= 10 (the old 6 bytes are replaced)"
    assert fs.du("/d") == 9


def test_outer_quota_applies_deep_below():
    fs = FileSystem()
    fs.mkdir("/q/a/b/c")
    fs.set_quota("/q", 5)
    fs.set_quota("/q/a/b", 100)
    assert fs.write_file("/q/a/b/c/f", "123456") is False
    assert fs.write_file("/q/a/b/c/f", "12345") is True


def test_move_between_subdirectories_checks_only_new_ancestors():
    fs = FileSystem()
    fs.mkdir("/q/a")
    fs.mkdir("/q/b")
    fs.write_file("/q/a/f", "1234")
    fs.set_quota("/q", 4)  # full
    fs.set_quota("/q/b", 3)
    assert fs.move("/q/a/f", "/q/b/f") is False, "/q/b would hold 4 > 3"
    fs.set_quota("/q/b", 4)
    assert fs.move("/q/a/f", "/q/b/f") is True, "/q is full, but the move keeps its size"
    assert (fs.du("/q/a"), fs.du("/q/b"), fs.du("/q")) == (0, 4, 4)


def test_moving_a_directory_into_a_quota():
    fs = FileSystem()
    fs.mkdir("/src/x")
    fs.write_file("/src/x/f", "123")
    fs.mkdir("/dst")
    fs.set_quota("/dst", 2)
    assert fs.move("/src/x", "/dst/x") is False
    assert fs.ls("/src") == ["x"]
    fs.set_quota("/dst", 3)
    assert fs.move("/src/x", "/dst/x") is True
    assert fs.move("/dst/x", "/src/y") is True, "moving out of a quota is always fine"
