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


def test_online_rows_come_in_request_order():
    client = make_client()
    client.write("u1", "clicks_7d", 12, 1000)
    client.write("u1", "country", "SE", 10)
    client.write("u2", "ctr_7d", 0.05, 1000)
    rows = client.get_online(["u2", "u1"], FEATURES, now=2000)
    assert rows == [
        {"entity_id": "u2", "clicks_7d": 0, "ctr_7d": 0.05, "country": "unknown"},
        {"entity_id": "u1", "clicks_7d": 12, "ctr_7d": 0.0, "country": "SE"},
    ], rows


def test_old_values_fall_back_to_defaults():
    client = make_client()
    client.write("u1", "clicks_7d", 12, 0)
    client.write("u1", "country", "SE", 0)
    (row,) = client.get_online(["u1"], FEATURES, now=DAY + 1)
    assert (row["clicks_7d"], row["country"]) == (0, "SE"), row


def test_values_take_the_feature_type():
    client = make_client()
    client.write("u1", "clicks_7d", "7", 1000)
    client.write("u1", "ctr_7d", "0.5", 1000)
    (row,) = client.get_online(["u1"], FEATURES, now=1000)
    assert (row["clicks_7d"], row["ctr_7d"]) == (7, 0.5), row


def test_a_late_event_does_not_replace_a_newer_one():
    client = make_client()
    client.write("u1", "clicks_7d", 40, 2000)
    client.write("u1", "clicks_7d", 35, 1500)  # delivered late by the stream
    (row,) = client.get_online(["u1"], ["clicks_7d"], now=3000)
    assert row["clicks_7d"] == 40, row


def test_a_large_request_reads_every_entity():
    client = make_client()
    users = [f"u{i}" for i in range(250)]
    for i, user in enumerate(users):
        client.write(user, "clicks_7d", i + 1, 1000)
    rows = client.get_online(users, ["clicks_7d"], now=2000)
    missing = [row["entity_id"] for row in rows if row["clicks_7d"] == 0]
    assert missing == [], f"defaults for entities that have values: {missing}"
    assert client.backend.reads == 3, client.backend.reads


def test_point_in_time_values_for_training():
    client = make_client()
    for clicks, at in ((10, 1000), (20, 2000), (30, 3000)):
        client.write("u1", "clicks_7d", clicks, at)
    asked = [("u1", 999), ("u1", 1000), ("u1", 2500), ("u1", 5000)]
    rows = client.get_historical(asked, ["clicks_7d"])
    got = [(row["as_of"], row["clicks_7d"]) for row in rows]
    assert got == [(999, 0), (1000, 10), (2500, 20), (5000, 30)], got


def test_point_in_time_values_age_too():
    client = make_client()
    client.write("u1", "clicks_7d", 10, 1000)
    client.write("u1", "country", "SE", 1000)
    rows = client.get_historical([("u1", 1000 + DAY), ("u1", 1001 + DAY)], FEATURES)
    got = [(row["clicks_7d"], row["ctr_7d"], row["country"]) for row in rows]
    assert got == [(10, 0.0, "SE"), (0, 0.0, "SE")], got
