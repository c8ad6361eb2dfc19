from search import SearchEngine, load_jsonl

WIKI = "data/wiki.jsonl"


def ids(hits):
    return [hit.doc_id for hit in hits]


def scores(engine, query):
    return [(h.doc_id, round(h.score, 9)) for h in engine.search(query)]


def test_removing_an_unknown_id_is_harmless():
    engine = SearchEngine(load_jsonl(WIKI))
    before = scores(engine, "redis ttl")
    engine.remove("no-such-page")
    assert scores(engine, "redis ttl") == before


def test_remove_then_add_back_restores_the_scores():
    documents = load_jsonl(WIKI)
    engine = SearchEngine(documents)
    before = scores(engine, "retry rate")
    engine.remove("retries")
    engine.add("retries", documents["retries"])
    assert scores(engine, "retry rate") == before


def test_adding_an_id_again_replaces_the_document():
    engine = SearchEngine({"a": "postgres replica", "b": "redis"})
    engine.add("a", "kafka topic")
    assert ids(engine.search("postgres")) == []
    assert ids(engine.search("kafka")) == ["a"]
    assert engine.index.doc_count == 2


def test_the_top_k_only():
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search("retry", k=2)) == ["retries", "postgres-failover"]
    assert engine.search("") == [] and engine.search("zzz") == []


def test_a_phrase_with_a_repeated_word():
    engine = SearchEngine({"x": "new new york", "y": "new york new", "z": "york new"})
    assert ids(engine.search('"new new"')) == ["x"]
    assert sorted(ids(engine.search('"new york"'))) == ["x", "y"]


def test_a_phrase_with_an_unknown_word_matches_nothing():
    engine = SearchEngine(load_jsonl(WIKI))
    assert engine.search('"token zebra"') == []
    assert engine.search('"zebra token"') == []


def test_stray_and_empty_quotes_are_ignored():
    engine = SearchEngine(load_jsonl(WIKI))
    plain = scores(engine, "redis")
    assert scores(engine, '"redis') == plain
    assert scores(engine, '"" redis') == plain
    assert scores(engine, 'redis "') == plain


def test_every_phrase_is_required():
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search('"session data" "30 minutes"')) == ["sessions"]
    assert ids(engine.search('"ttl" redis')) == ["incident-2025-03", "redis-cache"]


def test_phrases_span_punctuation_and_end_of_text():
    engine = SearchEngine(load_jsonl(WIKI))
    assert ids(engine.search('"on-call engineer"')) == ["oncall", "deploys"]
    assert ids(engine.search('"with BM25"')) == ["search-service"]


def test_a_phrase_scores_like_its_words():
    engine = SearchEngine(load_jsonl(WIKI))
    phrase = engine.search('"token bucket"')[0]
    loose = engine.search("token bucket")[0]
    assert phrase.doc_id == loose.doc_id and abs(phrase.score - loose.score) < 1e-12
