from throttle import Gateway, ManualClock, RateLimiter, Rule, parse_rule


def test_rules_parse_per_period():
    assert parse_rule("5/s") == Rule(5, 5.0)
    assert parse_rule("120/min") == Rule(120, 2.0)
    assert parse_rule("7200/h") == Rule(7200, 2.0)


def test_a_full_bucket_allows_its_whole_burst():
    limiter = RateLimiter({"/": "3/min"}, ManualClock())
    answers = [limiter.allow("alice", "/orders") for _ in range(4)]
    assert answers == [True, True, True, False], answers


def test_tokens_come_back_at_the_rule_rate():
    clock = ManualClock()
    limiter = RateLimiter({"/": "60/min"}, clock)  # one token a second
    while limiter.allow("alice", "/orders"):
        pass
    clock.advance(3)
    allowed = 0
    while limiter.allow("alice", "/orders"):
        allowed += 1
    assert allowed == 3, f"3 s at 1 token/s should allow 3 requests, allowed {allowed}"


def test_clients_have_buckets_of_their_own():
    limiter = RateLimiter({"/": "5/min"}, ManualClock())
    while limiter.allow("alice", "/orders"):
        pass
    assert limiter.allow("bob", "/orders"), "alice's requests used up bob's tokens"


def test_the_most_specific_route_rule_wins():
    limiter = RateLimiter({"/": "100/min", "/search": "2/s"}, ManualClock())
    prefix, _ = limiter.rule_for("/search/books")
    assert prefix == "/search", f"/search/books is governed by {prefix!r}"
    answers = [limiter.allow("alice", "/search/books") for _ in range(3)]
    assert answers == [True, True, False], answers


def test_check_reports_what_is_left_and_when_to_retry():
    clock = ManualClock()
    limiter = RateLimiter({"/": "4/s"}, clock)
    first = limiter.check("alice", "/orders")
    got = (first.allowed, first.limit, first.remaining, first.retry_after)
    assert got == (True, 4, 3, 0.0), first
    for _ in range(3):
        limiter.check("alice", "/orders")
    refused = limiter.check("alice", "/orders")
    assert (refused.allowed, refused.remaining, refused.retry_after) == (False, 0, 0.25), refused
    clock.advance(0.25)
    assert limiter.check("alice", "/orders").allowed, "a token is back after 0.25 s"


def test_gateway_sends_rate_limit_headers():
    gateway = Gateway(RateLimiter({"/": "2/s"}, ManualClock()))
    ok = gateway.handle("alice", "/orders")
    assert ok.status == 200, ok
    assert ok.headers == {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1"}, ok
    gateway.handle("alice", "/orders")
    refused = gateway.handle("alice", "/orders")
    assert refused.status == 429, refused
    assert refused.headers == {
        "X-RateLimit-Limit": "2",
        "X-RateLimit-Remaining": "0",
        "Retry-After": "1",
    }, refused
