from solution import RunningMedian


def run(ops):
    stream = RunningMedian()
    out = []
    for op in ops:
        if op[0] == "add":
            out.append(stream.add(op[1]))
        else:
            out.append(stream.median())
    return out


def same(got, want):
    return len(got) == len(want) and all(
        (g is None and w is None) or (g is not None and w is not None and abs(g - w) < 1e-9)
        for g, w in zip(got, want, strict=True)
    )


def test_example_1_odd_and_even_counts():
    ops = [["add", 5], ["median"], ["add", 15], ["median"]]
    ops += [["add", 1], ["median"], ["add", 3], ["median"]]
    got = run(ops)
    want = [None, 5.0, None, 10.0, None, 5.0, None, 4.0]
    assert same(got, want), f"got {got}, want {want}"


def test_example_2_negative_duplicates():
    got = run([["add", -2], ["add", -2], ["median"], ["add", 7], ["median"]])
    want = [None, None, -2.0, None, -2.0]
    assert same(got, want), f"got {got}, want {want}"
