import math

from throttle import Gateway, ManualClock, RateLimiter, parse_rule


def test_bad_rules_are_refused():
    for text in ("ten/min", "5/day", "0/s", "5", "/s"):
        try:
            parse_rule(text)
        except ValueError:
            continue
        raise AssertionError(f"{text!r} should be refused")


def test_an_idle_bucket_holds_no_more_than_its_capacity():
    clock = ManualClock()
    limiter = RateLimiter({"/": "3/min"}, clock)
    limiter.allow("alice", "/orders")
    clock.advance(3600)
    answers = [limiter.allow("alice", "/orders") for _ in range(4)]
    assert answers == [True, True, True, False], answers


def test_costly_requests_take_their_cost():
    limiter = RateLimiter({"/": "5/s"}, ManualClock())
    assert limiter.allow("alice", "/export", cost=5)
    assert not limiter.allow("alice", "/export", cost=1)


def test_the_longest_prefix_wins_whatever_the_order():
    clock = ManualClock()
    for rules in (
        {"/": "100/min", "/search": "2/s", "/search/images": "1/s"},
        {"/search/images": "1/s", "/": "100/min", "/search": "2/s"},
    ):
        limiter = RateLimiter(rules, clock)
        assert limiter.rule_for("/search/images/cats")[0] == "/search/images"
        assert limiter.rule_for("/search/books")[0] == "/search"
        assert limiter.rule_for("/orders")[0] == "/"


def test_a_route_with_no_rule_is_an_error():
    try:
        RateLimiter({"/api": "1/s"}, ManualClock()).rule_for("/admin")
    except KeyError:
        return
    raise AssertionError("a route no rule covers should raise KeyError")


def test_each_rule_has_its_own_bucket():
    limiter = RateLimiter({"/": "1/min", "/search": "1/min"}, ManualClock())
    assert limiter.allow("alice", "/search")
    assert limiter.allow("alice", "/orders")


def test_a_refused_check_takes_nothing():
    clock = ManualClock()
    limiter = RateLimiter({"/": "2/s"}, clock)
    limiter.allow("alice", "/orders", cost=2)
    clock.advance(0.25)  # half a token back
    refused = limiter.check("alice", "/orders")
    assert not refused.allowed and refused.retry_after == 0.25, refused
    clock.advance(0.25)
    assert limiter.check("alice", "/orders").allowed


def test_retry_after_counts_the_whole_cost():
    limiter = RateLimiter({"/": "4/s"}, ManualClock())
    limiter.allow("alice", "/orders", cost=4)
    assert limiter.check("alice", "/orders", cost=3).retry_after == 0.75


def test_remaining_counts_whole_tokens():
    clock = ManualClock()
    limiter = RateLimiter({"/": "4/s"}, clock)
    limiter.allow("alice", "/orders", cost=3)
    clock.advance(0.625)  # 1 + 2.5 tokens
    decision = limiter.check("alice", "/orders")
    assert decision.allowed and decision.remaining == 2, decision


def test_a_cost_above_capacity_never_passes():
    limiter = RateLimiter({"/": "4/s"}, ManualClock())
    decision = limiter.check("alice", "/export", cost=5)
    assert not decision.allowed and decision.retry_after == math.inf, decision
    response = Gateway(limiter).handle("alice", "/export", cost=5)
    assert response.status == 429 and "Retry-After" not in response.headers, response


def test_retry_after_header_rounds_up():
    clock = ManualClock()
    gateway = Gateway(RateLimiter({"/": "6/min"}, clock))  # a token every 10 s
    for _ in range(6):
        gateway.handle("alice", "/orders")
    clock.advance(2.5)
    refused = gateway.handle("alice", "/orders")
    assert refused.status == 429 and refused.headers["Retry-After"] == "8", refused
