from solution import CloudStorage


def test_equal_sizes_by_name():
    cs = CloudStorage()
    for name in ("/c", "/a", "/b"):
        cs.add_file(name, 7)
    assert cs.largest_files("/", 3) == ["/a(7)", "/b(7)", "/c(7)"]


def test_sizes_compare_as_numbers():
    cs = CloudStorage()
    cs.add_file("/nine", 9)
    cs.add_file("/ten", 10)
    cs.add_file("/hundred", 100)
    assert cs.largest_files("", 3) == ["/hundred(100)", "/ten(10)", "/nine(9)"]


def test_prefix_is_a_plain_string_prefix():
    cs = CloudStorage()
    cs.add_file("/img/a", 1)
    cs.add_file("/imgs/b", 2)
    cs.add_file("/im", 3)
    assert cs.largest_files("/im", 5) == ["/im(3)", "/imgs/b(2)", "/img/a(1)"]
    assert cs.largest_files("/img/a", 5) == ["/img/a(1)"], "a full name is its own prefix"


def test_n_zero_and_n_beyond_the_count():
    cs = CloudStorage()
    cs.add_file("/a", 1)
    cs.add_file("/b", 2)
    assert cs.largest_files("", 0) == []
    assert cs.largest_files("", 10) == ["/b(2)", "/a(1)"]


def test_deleted_files_are_not_listed():
    cs = CloudStorage()
    cs.add_file("/a", 5)
    cs.add_file("/b", 4)
    cs.delete_file("/a")
    assert cs.largest_files("/", 5) == ["/b(4)"]
    assert CloudStorage().largest_files("", 5) == []
