from solution import CloudStorage


def test_example_add_and_duplicate_name():
    cs = CloudStorage()
    assert cs.add_file("/docs/a.txt", 100) is True
    assert cs.add_file("/docs/a.txt", 5) is False, "the name is taken"
    assert cs.get_file_size("/docs/a.txt") == 100


def test_example_delete():
    cs = CloudStorage()
    cs.add_file("/docs/a.txt", 100)
    assert cs.delete_file("/docs/a.txt") == 100
    assert cs.delete_file("/docs/a.txt") is None
    assert cs.get_file_size("/docs/a.txt") is None
