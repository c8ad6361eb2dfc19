from solution import CloudStorage


def test_admin_is_unlimited_and_already_exists():
    cs = CloudStorage()
    assert cs.add_user("admin", 5) is False
    assert cs.add_file_by("admin", "/huge", 10**15) == -1
    assert cs.add_file("/also-admin", 10**15) is True
    assert cs.add_file_by("admin", "/huge", 1) is None, "name taken"


def test_unknown_user_cannot_add():
    cs = CloudStorage()
    assert cs.add_file_by("ghost", "/g", 1) is None
    assert cs.get_file_size("/g") is None


def test_one_byte_over_capacity_fails_and_changes_nothing():
    cs = CloudStorage()
    cs.add_user("u", 10)
    assert cs.add_file_by("u", "/f", 11) is None
    assert cs.get_file_size("/f") is None
    assert cs.add_file_by("u", "/f", 10) == 0


def test_delete_frees_the_owners_capacity():
    cs = CloudStorage()
    cs.add_user("u", 10)
    cs.add_file_by("u", "/a", 7)
    assert cs.add_file_by("u", "/b", 4) is None
    assert cs.delete_file("/a") == 7
    assert cs.add_file_by("u", "/b", 4) == 6


def test_failed_merges_change_nothing():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    assert cs.merge_users("ann", "ann") is None
    assert cs.merge_users("ann", "ghost") is None
    assert cs.merge_users("ghost", "ann") is None
    assert cs.merge_users("admin", "bob") is None
    assert cs.merge_users("bob", "admin") is None
    assert cs.add_file_by("bob", "/b", 10) == 0, "bob still exists with his own capacity"
    assert cs.add_file_by("ann", "/a", 10) == 0


def test_merged_files_belong_to_the_target():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    cs.add_file_by("bob", "/b", 6)
    assert cs.merge_users("ann", "bob") == 14
    assert cs.delete_file("/b") == 6
    assert cs.add_file_by("ann", "/x", 20) == 0, "deleting bob's old file freed ann's space"


def test_merged_away_user_id_can_be_reused():
    cs = CloudStorage()
    cs.add_user("ann", 10)
    cs.add_user("bob", 10)
    cs.add_file_by("bob", "/b", 3)
    cs.merge_users("ann", "bob")
    assert cs.add_user("bob", 1) is True
    assert cs.add_file_by("bob", "/c", 1) == 0, "a new bob with capacity 1 and no files"
