from solution import FileSystem


def _example_fs():
    fs = FileSystem()
    fs.mkdir("/home/ann")
    fs.mkdir("/home/bob")
    fs.write_file("/home/ann/a.txt", "12345")
    assert fs.set_quota("/home", 10) is True
    assert fs.set_quota("/home/ann", 4) is False, "ann already holds 5"
    assert fs.set_quota("/home/ann", 8) is True
    return fs


def test_example_writes_within_nested_quotas():
    fs = _example_fs()
    assert fs.write_file("/home/ann/b.txt", "xyz") is True  # ann 8, home 8
    assert fs.write_file("/home/ann/c.txt", "x") is False, "ann would be 9 > 8"
    assert fs.write_file("/home/bob/d.txt", "12") is True  # home 10
    assert fs.write_file("/home/bob/d.txt", "1") is True, "an overwrite that shrinks"
    assert fs.du("/home") == 9


def test_example_moves_and_quotas():
    fs = _example_fs()
    fs.write_file("/home/ann/b.txt", "xyz")
    fs.write_file("/home/bob/d.txt", "12")
    fs.write_file("/home/bob/d.txt", "1")
    assert fs.move("/home/ann/b.txt", "/home/bob/b.txt") is True, "home's size is unchanged"
    assert fs.mkdir("/tmp") is True
    assert fs.write_file("/tmp/big.bin", "123456") is True
    assert fs.move("/tmp/big.bin", "/home/bob/big.bin") is False, "home would be 15"
    assert fs.move("/home/ann/a.txt", "/tmp/a.txt") is True
    assert fs.du("/home") == 4
