from datetime import datetime, timezone

from logstats import EndpointStats, by_endpoint, parse_line, parse_time, percentile, read_log

UTC = timezone.utc
SAMPLE = "data/access.log"


def test_a_line_becomes_a_record():
    line = (
        '10.0.0.7 - - [10/Oct/2025:10:00:06 +0000] "GET /api/items?page=5 HTTP/1.1" 200 2642 0.009'
    )
    record = parse_line(line)
    assert record is not None
    assert record.time == datetime(2025, 10, 10, 10, 0, 6, tzinfo=UTC), record.time
    fields = (record.method, record.path, record.status, record.bytes)
    assert fields == ("GET", "/api/items", 200, 2642), fields
    assert record.latency_ms == 9.0, record.latency_ms


def test_local_times_are_converted_to_utc():
    berlin = parse_time("10/Oct/2025:12:00:23 +0200")
    assert berlin == datetime(2025, 10, 10, 10, 0, 23, tzinfo=UTC), berlin
    new_york = parse_time("10/Oct/2025:05:30:00 -0500")
    assert new_york == datetime(2025, 10, 10, 10, 30, tzinfo=UTC), new_york


def test_the_sample_log_has_one_bad_line():
    records, skipped = read_log(SAMPLE)
    assert (len(records), skipped) == (26, 1)


def test_percentile_is_nearest_rank():
    values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    got = [percentile(values, p) for p in (10, 50, 90, 95, 100)]
    assert got == [10, 50, 90, 100, 100], got
    assert percentile([7.5], 99) == 7.5


def test_endpoint_report_of_the_sample_log():
    report = by_endpoint(read_log(SAMPLE)[0])
    assert list(report) == ["GET /api/items", "GET /health", "POST /api/orders"], list(report)
    orders = report["POST /api/orders"]
    assert orders == EndpointStats(requests=8, errors=4, p50_ms=204.0, p95_ms=340.0), orders


def test_timeline_in_five_minute_buckets():
    from logstats.report import timeline  # the feature

    buckets = timeline(read_log(SAMPLE)[0], minutes=5)
    got = [(b.start.strftime("%H:%M"), b.requests, b.errors) for b in buckets]
    assert got == [("10:00", 13, 5), ("10:05", 7, 0), ("10:10", 6, 1)], got
    assert all(b.start.tzinfo is not None for b in buckets)


def test_timeline_keeps_the_quiet_minutes():
    from logstats.report import timeline  # the feature

    buckets = timeline(read_log(SAMPLE)[0])
    assert len(buckets) == 12, [b.start.strftime("%H:%M") for b in buckets]
    quiet = [(b.start.strftime("%H:%M"), b.errors, b.p95_ms) for b in buckets if not b.requests]
    assert quiet == [("10:07", 0, None), ("10:08", 0, None)], quiet
