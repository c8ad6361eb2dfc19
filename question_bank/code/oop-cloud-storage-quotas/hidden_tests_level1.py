from solution import CloudStorage


def test_missing_file():
    cs = CloudStorage()
    assert cs.get_file_size("/x") is None
    assert cs.delete_file("/x") is None


def test_name_is_free_again_after_delete():
    cs = CloudStorage()
    cs.add_file("/a", 10)
    cs.delete_file("/a")
    assert cs.add_file("/a", 20) is True
    assert cs.get_file_size("/a") == 20


def test_empty_file_has_size_zero_not_none():
    cs = CloudStorage()
    assert cs.add_file("/empty", 0) is True
    assert cs.get_file_size("/empty") == 0
    assert cs.add_file("/empty", 3) is False
    assert cs.delete_file("/empty") == 0
    assert cs.get_file_size("/empty") is None


def test_names_are_exact_strings():
    cs = CloudStorage()
    assert cs.add_file("/a", 1) is True
    assert cs.add_file("/a/", 2) is True
    assert cs.add_file("/A", 3) is True
    assert [cs.get_file_size(n) for n in ("/a", "/a/", "/A")] == [1, 2, 3]
    assert cs.delete_file("/a/") == 2
    assert cs.get_file_size("/a") == 1
