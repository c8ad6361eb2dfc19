from solution import CloudStorage


def test_unknown_user_and_empty_backup():
    cs = CloudStorage()
    assert cs.backup_user("ghost") is None
    cs.add_user("u", 10)
    assert cs.backup_user("u") == 0
    cs.add_file_by("u", "/f", 4)
    assert cs.restore_user("u") == 0, "the backup was empty"
    assert cs.get_file_size("/f") is None


def test_restore_without_a_backup_removes_the_files():
    cs = CloudStorage()
    cs.add_user("u", 10)
    cs.add_file_by("u", "/f", 4)
    assert cs.restore_user("u") == 0
    assert cs.get_file_size("/f") is None
    assert cs.add_file_by("u", "/g", 10) == 0, "the capacity was freed"


def test_new_backup_replaces_the_old_one():
    cs = CloudStorage()
    cs.add_user("u", 10)
    cs.add_file_by("u", "/old", 2)
    cs.backup_user("u")
    cs.delete_file("/old")
    cs.add_file_by("u", "/new", 3)
    assert cs.backup_user("u") == 1
    assert cs.restore_user("u") == 1
    assert cs.get_file_size("/old") is None
    assert cs.get_file_size("/new") == 3


def test_backups_use_no_capacity():
    cs = CloudStorage()
    cs.add_user("u", 10)
    cs.add_file_by("u", "/f", 6)
    cs.backup_user("u")
    assert cs.add_file_by("u", "/g", 4) == 0


def test_own_current_file_is_replaced_by_the_backed_up_version():
    cs = CloudStorage()
    cs.add_user("u", 10)
    cs.add_file_by("u", "/f", 6)
    cs.backup_user("u")
    cs.delete_file("/f")
    cs.add_file_by("u", "/f", 1)
    assert cs.restore_user("u") == 1
    assert cs.get_file_size("/f") == 6
    assert cs.add_file_by("u", "/g", 4) == 0, "usage is 6 after the restore, not 7"


def test_restore_leaves_other_users_alone():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    cs.add_file_by("ann", "/a", 1)
    cs.add_file_by("bob", "/b", 2)
    cs.backup_user("ann")
    assert cs.restore_user("ann") == 1
    assert cs.get_file_size("/b") == 2
    assert cs.add_file_by("bob", "/b2", 8) == 0


def test_merged_away_users_backup_disappears():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    cs.add_file_by("bob", "/b", 3)
    cs.backup_user("bob")
    cs.merge_users("ann", "bob")
    assert cs.delete_file("/b") == 3  # the name is free again
    cs.add_user("bob", 5)
    assert cs.restore_user("bob") == 0, "the old bob's backup went with him"
    assert cs.get_file_size("/b") is None


def test_target_keeps_its_backup_and_restore_drops_merged_files():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    cs.add_file_by("ann", "/a", 4)
    cs.backup_user("ann")
    cs.add_file_by("bob", "/b", 3)
    cs.merge_users("ann", "bob")
    assert cs.restore_user("ann") == 1
    assert cs.get_file_size("/b") is None, "/b was one of ann's current files"
    assert cs.add_file_by("ann", "/big", 16) == 0, "20 capacity, 4 used"
