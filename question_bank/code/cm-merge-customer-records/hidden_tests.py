from solution import merge_records


def test_single_record():
    assert merge_records([["zoe", "z@z.io"]]) == [["zoe", "z@z.io"]]


def test_same_name_different_customers_stay_apart():
    records = [["sam", "s1@a.com"], ["sam", "s2@a.com"]]
    assert merge_records(records) == [["sam", "s1@a.com"], ["sam", "s2@a.com"]]


def test_late_record_bridges_two_groups():
    records = [
        ["x", "a@1.io", "b@1.io"],
        ["x", "c@1.io", "d@1.io"],
        ["x", "e@1.io"],
        ["x", "b@1.io", "d@1.io"],
    ]
    assert merge_records(records) == [["x", "a@1.io", "b@1.io", "c@1.io", "d@1.io"], ["x", "e@1.io"]]


def test_emails_sorted_by_character_code():
    records = [["q", "b@x.io", "B@x.io", "a.b@x.io", "a@x.io"]]
    assert merge_records(records) == [["q", "B@x.io", "a.b@x.io", "a@x.io", "b@x.io"]]


def test_identical_records_collapse():
    records = [["m", "m@m.io", "n@m.io"]] * 3
    assert merge_records(records) == [["m", "m@m.io", "n@m.io"]]


def test_long_chain_of_records():
    # record i holds e_i and e_{i+1}: one customer, linked through 10^4 steps
    n = 10_000
    records = [["p", f"e{i:05d}@c.io", f"e{i + 1:05d}@c.io"] for i in range(n)]
    records = records[::2] + records[1::2]
    got = merge_records(records)
    assert len(got) == 1, f"{len(got)} customers, want 1"
    assert got[0] == ["p", *[f"e{i:05d}@c.io" for i in range(n + 1)]]
