from search import SearchEngine, load_jsonl, parse_query, tokenize

WIKI = "data/wiki.jsonl"


def ids(hits):
    return [hit.doc_id for hit in hits]


def test_tokenize():
    assert tokenize("Rate-limiter's tokens, 429!") == ["rate", "limiter", "s", "tokens", "429"]


def test_queries_are_read_like_documents():
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search("Redis")) == ["sessions", "redis-cache", "incident-2025-03"]
    assert ids(engine.search("TTL?")) == ["incident-2025-03", "redis-cache"]


def test_a_removed_document_leaves_no_trace():
    documents = load_jsonl(WIKI)
    engine = SearchEngine(documents)
    engine.remove("deploys")
    fresh = SearchEngine({k: v for k, v in documents.items() if k != "deploys"})
    for query in ("retry", "on call", "redis ttl"):
        got = [(h.doc_id, round(h.score, 9)) for h in engine.search(query)]
        want = [(h.doc_id, round(h.score, 9)) for h in fresh.search(query)]
        assert got == want, (query, got, want)


def test_equal_scores_come_in_id_order():
    engine = SearchEngine({"b": "cache", "a": "cache", "c": "cache miss"})
    assert ids(engine.search("cache")) == ["a", "b", "c"], ids(engine.search("cache"))


def test_the_closest_document_ranks_first():
    hits = SearchEngine(load_jsonl(WIKI)).search("token bucket")
    assert ids(hits) == ["rate-limiting", "queue-backpressure"], ids(hits)
    assert hits[0].score > hits[1].score > 0


def test_a_phrase_must_appear_in_order():
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search('"token bucket"')) == ["rate-limiting"]
    assert ids(engine.search('"bucket of tokens"')) == ["queue-backpressure"]


def test_phrases_filter_and_loose_words_rank():
    query = parse_query('"On call" incidents')
    assert (query.terms, query.phrases) == (["on", "call", "incidents"], [["on", "call"]]), query
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search('"on call" incidents')) == ["oncall", "deploys"]
    assert ids(engine.search('"session data" redis')) == ["sessions", "redis-cache"]
