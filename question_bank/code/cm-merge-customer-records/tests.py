from solution import merge_records


def test_example_1_shared_email_and_a_namesake():
    records = [
        ["ana", "ana@x.io", "a.r@mail.com"],
        ["bo", "bo@y.io"],
        ["ana", "a.r@mail.com", "ana.r@work.org"],
        ["ana", "ana2@z.net"],
    ]
    assert merge_records(records) == [
        ["ana", "a.r@mail.com", "ana.r@work.org", "ana@x.io"],
        ["ana", "ana2@z.net"],
        ["bo", "bo@y.io"],
    ]


def test_example_2_merging_is_transitive():
    records = [["li", "p@q.com"], ["li", "r@s.com"], ["li", "r@s.com", "p@q.com"]]
    assert merge_records(records) == [["li", "p@q.com", "r@s.com"]]


def test_example_3_repeated_email_in_one_record():
    assert merge_records([["kim", "k@a.org", "k@a.org"]]) == [["kim", "k@a.org"]]
