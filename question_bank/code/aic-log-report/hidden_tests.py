import contextlib
import io
from datetime import datetime, timezone

from logstats import by_endpoint, parse_line, parse_time, percentile, read_log
from logstats.__main__ import main

UTC = timezone.utc
SAMPLE = "data/access.log"


def line(stamp, target="/api/items", status=200, seconds="0.100", method="GET"):
    return parse_line(f'10.0.0.1 - - [{stamp}] "{method} {target} HTTP/1.1" {status} 10 {seconds}')


def test_offsets_with_minutes_and_a_date_change():
    assert parse_time("10/Oct/2025:07:00:00 -0330") == datetime(2025, 10, 10, 10, 30, tzinfo=UTC)
    assert parse_time("11/Oct/2025:01:30:00 +0200") == datetime(2025, 10, 10, 23, 30, tzinfo=UTC)


def test_lines_that_are_not_records():
    assert parse_line("") is None
    assert parse_line("hello world") is None
    assert line("10/Foo/2025:10:00:00 +0000") is None


def test_percentile_has_no_float_error_in_the_rank():
    values = list(range(1, 101))
    assert [percentile(values, p) for p in (7, 14, 28, 57)] == [7, 14, 28, 57]
    assert percentile(list(range(1, 26)), 28) == 7


def test_percentile_refuses_what_has_no_answer():
    for values, p in (([], 50), ([1, 2], 0), ([1, 2], 101)):
        try:
            percentile(values, p)
        except ValueError:
            continue
        raise AssertionError(f"percentile({values}, {p}) should raise ValueError")


def test_client_errors_are_not_errors():
    records = [line("10/Oct/2025:10:00:00 +0000", status=s) for s in (404, 429, 500, 503)]
    assert by_endpoint(records)["GET /api/items"].errors == 2


def test_timeline_takes_records_in_any_order():
    from logstats.report import timeline  # the feature

    records = read_log(SAMPLE)[0]
    assert timeline(list(reversed(records))) == timeline(sorted(records, key=lambda r: r.time))


def test_a_request_on_a_boundary_opens_the_next_bucket():
    from logstats.report import timeline  # the feature

    records = [line("10/Oct/2025:10:04:59 +0000"), line("10/Oct/2025:10:05:00 +0000")]
    got = [(b.start.strftime("%H:%M"), b.requests) for b in timeline(records, minutes=5)]
    assert got == [("10:00", 1), ("10:05", 1)], got


def test_hour_buckets_and_their_p95():
    from logstats.report import timeline  # the feature

    records = read_log(SAMPLE)[0]
    buckets = timeline(records, minutes=60)
    assert len(buckets) == 1 and buckets[0].start == datetime(2025, 10, 10, 10, tzinfo=UTC)
    assert (buckets[0].requests, buckets[0].errors) == (26, 6)
    assert buckets[0].p95_ms == percentile([r.latency_ms for r in records], 95) == 340.0


def test_timeline_across_midnight():
    from logstats.report import timeline  # the feature

    records = [line("10/Oct/2025:23:59:30 +0000"), line("11/Oct/2025:00:01:10 +0000")]
    got = [b.start for b in timeline(records)]
    assert got == [
        datetime(2025, 10, 10, 23, 59, tzinfo=UTC),
        datetime(2025, 10, 11, 0, 0, tzinfo=UTC),
        datetime(2025, 10, 11, 0, 1, tzinfo=UTC),
    ], got


def test_timeline_refuses_widths_that_do_not_divide_an_hour():
    from logstats.report import timeline  # the feature

    for minutes in (0, 7, 90):
        try:
            timeline([], minutes=minutes)
        except ValueError:
            continue
        raise AssertionError(f"minutes={minutes} should raise ValueError")


def test_timeline_of_no_records_is_empty():
    from logstats.report import timeline  # the feature

    assert timeline([]) == []


def test_the_command_line_report():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([SAMPLE]) == 0
    assert out.getvalue().startswith("26 requests, 1 lines skipped"), out.getvalue()
