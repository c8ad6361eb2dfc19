from solution import CloudStorage


def _example_storage():
    cs = CloudStorage()
    assert cs.add_user("ann", 1000) is True
    assert cs.add_file_by("ann", "/a/1", 300) == 700
    assert cs.add_file_by("ann", "/a/2", 200) == 500
    assert cs.backup_user("ann") == 2
    assert cs.delete_file("/a/1") == 300
    assert cs.add_file_by("ann", "/a/3", 100) == 700
    assert cs.delete_file("/a/2") == 200
    assert cs.add_file("/a/2", 50) is True  # now admin's
    return cs


def test_example_restore_skips_names_held_by_others():
    cs = _example_storage()
    assert cs.restore_user("ann") == 1, "/a/1 back, /a/2 skipped, /a/3 gone"
    assert cs.get_file_size("/a/1") == 300
    assert cs.get_file_size("/a/2") == 50
    assert cs.get_file_size("/a/3") is None


def test_example_capacity_after_restore_and_unknown_user():
    cs = _example_storage()
    cs.restore_user("ann")
    assert cs.add_file_by("ann", "/a/4", 700) == 0
    assert cs.restore_user("zed") is None
