from featstore import FeatureClient, FeatureSpec, InMemoryBackend, Schema

DAY = 86_400
FEATURES = ["clicks_7d", "ctr_7d", "country"]


def make_client(batch_size=100):
    schema = Schema(
        [
            FeatureSpec("clicks_7d", int, 0, max_age_s=DAY),
            FeatureSpec("ctr_7d", float, 0.0, max_age_s=DAY),
            FeatureSpec("country", str, "unknown"),
        ]
    )
    return FeatureClient(InMemoryBackend(), schema, batch_size)


def raises(error, call, *args):
    try:
        call(*args)
    except error:
        return True
    return False


def test_events_written_in_any_order():
    client = make_client()
    for clicks, at in ((30, 3000), (10, 1000), (20, 2000)):
        client.write("u1", "clicks_7d", clicks, at)
    assert client.get_online(["u1"], ["clicks_7d"], now=3000)[0]["clicks_7d"] == 30
    rows = client.get_historical([("u1", t) for t in (1500, 2000, 2999)], ["clicks_7d"])
    assert [row["clicks_7d"] for row in rows] == [10, 20, 20]


def test_equal_event_times_keep_the_last_written():
    client = make_client()
    client.write("u1", "clicks_7d", 5, 1000)
    client.write("u1", "clicks_7d", 6, 1000)
    assert client.get_online(["u1"], ["clicks_7d"], now=1000)[0]["clicks_7d"] == 6
    assert client.get_historical([("u1", 1000)], ["clicks_7d"])[0]["clicks_7d"] == 6


def test_a_value_exactly_max_age_old_is_still_used():
    client = make_client()
    client.write("u1", "clicks_7d", 9, 1000)
    online = [
        client.get_online(["u1"], ["clicks_7d"], now=t)[0]["clicks_7d"]
        for t in (1000 + DAY, 1001 + DAY)
    ]
    assert online == [9, 0], online


def test_history_is_read_once_per_entity():
    client = make_client()
    for user in ("a", "b", "c"):
        client.write(user, "clicks_7d", 1, 1000)
    rows = [(user, 1000 + t) for t in range(100) for user in ("a", "b", "c")]
    result = client.get_historical(rows, ["clicks_7d"])
    assert len(result) == 300 and client.backend.reads == 1, client.backend.reads
    assert [row["entity_id"] for row in result[:4]] == ["a", "b", "c", "a"]


def test_history_batches_distinct_entities():
    client = make_client()
    users = [f"u{i}" for i in range(150)]
    for user in users:
        client.write(user, "clicks_7d", 3, 1000)
    rows = client.get_historical([(u, 2000) for u in users + users], ["clicks_7d"])
    assert all(row["clicks_7d"] == 3 for row in rows)
    assert client.backend.reads == 2, client.backend.reads


def test_batches_of_one():
    client = make_client(batch_size=1)
    client.get_online(["a", "b", "c"], ["clicks_7d"], now=0)
    assert client.backend.reads == 3


def test_repeated_ids_give_repeated_rows():
    client = make_client()
    client.write("u1", "clicks_7d", 4, 1000)
    rows = client.get_online(["u1", "u2", "u1"], ["clicks_7d"], now=1000)
    assert [(r["entity_id"], r["clicks_7d"]) for r in rows] == [("u1", 4), ("u2", 0), ("u1", 4)]


def test_nothing_asked_reads_nothing():
    client = make_client()
    assert client.get_online([], FEATURES, now=0) == []
    assert client.get_historical([], FEATURES) == []
    assert client.backend.reads == 0


def test_unknown_features_and_bad_batches_are_errors():
    client = make_client()
    assert raises(KeyError, client.get_online, ["u1"], ["nope"], 0)
    assert raises(KeyError, client.get_historical, [("u1", 0)], ["nope"])
    assert raises(ValueError, make_client, 0)
    assert raises(ValueError, make_client, 101)


def test_entities_and_features_never_written_get_defaults():
    client = make_client()
    client.write("u1", "country", "DE", 0)
    rows = client.get_historical([("u1", 10), ("ghost", 10)], FEATURES)
    assert rows == [
        {"entity_id": "u1", "as_of": 10, "clicks_7d": 0, "ctr_7d": 0.0, "country": "DE"},
        {"entity_id": "ghost", "as_of": 10, "clicks_7d": 0, "ctr_7d": 0.0, "country": "unknown"},
    ], rows
