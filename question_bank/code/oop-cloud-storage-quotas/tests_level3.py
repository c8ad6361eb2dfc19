from solution import CloudStorage


def _example_storage():
    cs = CloudStorage()
    assert cs.add_user("ann", 1000) is True
    assert cs.add_user("ann", 5) is False
    assert cs.add_user("bob", 500) is True
    return cs


def test_example_capacity_and_taken_names():
    cs = _example_storage()
    assert cs.add_file_by("ann", "/a/1", 600) == 400
    assert cs.add_file_by("ann", "/a/2", 500) is None, "does not fit in ann's 400 left"
    assert cs.add_file_by("bob", "/b/1", 200) == 300
    assert cs.add_file_by("bob", "/a/1", 10) is None, "name taken"


def test_example_merge_users():
    cs = _example_storage()
    cs.add_file_by("ann", "/a/1", 600)
    cs.add_file_by("bob", "/b/1", 200)
    assert cs.merge_users("ann", "bob") == 700, "1500 capacity, 800 used"
    assert cs.get_file_size("/b/1") == 200
    assert cs.add_file_by("ann", "/a/2", 700) == 0
    assert cs.add_file_by("bob", "/b/2", 1) is None, "bob no longer exists"
    assert cs.add_file_by("ann", "/a/3", 1) is None
