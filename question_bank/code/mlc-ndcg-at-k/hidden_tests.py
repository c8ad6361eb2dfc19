import time

import numpy as np

from solution import mean_ndcg, ndcg_at_k


def test_score_ties_keep_input_order():
    # both items tie; the first in input order (relevance 0) is ranked first
    got = ndcg_at_k(np.array([0, 3]), np.array([0.5, 0.5]), 1)
    assert got == 0.0, f"got {got}, want 0.0 (tie keeps input order: the irrelevant item is first)"
    got = ndcg_at_k(np.array([3, 0]), np.array([0.5, 0.5]), 1)
    assert abs(got - 1.0) < 1e-12, f"got {got}, want 1.0"


def test_perfect_ranking_and_k_one():
    y_true = np.array([0, 2, 1, 3])
    assert abs(ndcg_at_k(y_true, y_true.astype(float), 10) - 1.0) < 1e-12, "ranking by relevance gives 1"
    got = ndcg_at_k(y_true, np.array([4.0, 3.0, 2.0, 1.0]), 1)  # top item has relevance 0
    assert got == 0.0, f"got {got}, want 0.0"
    got = ndcg_at_k(y_true, np.array([1.0, 3.0, 2.0, 0.0]), 1)  # top item relevance 2, ideal 3
    assert abs(got - 3 / 7) < 1e-12, f"got {got}, want 3/7"


def test_gain_is_exponential_in_relevance():
    # DCG = (2^1 - 1) + (2^4 - 1)/log2(3); IDCG = 15 + 1/log2(3)
    got = ndcg_at_k(np.array([1, 4]), np.array([2.0, 1.0]), 2)
    want = (1 + 15 / np.log2(3)) / (15 + 1 / np.log2(3))
    assert abs(got - want) < 1e-12, f"got {got}, want {want}"


def test_mean_over_interleaved_queries_counts_empty_queries():
    qids = np.array([7, 3, 7, 3, 9, 7, 9])
    y_true = np.array([1, 0, 0, 2, 0, 2, 0])
    y_score = np.array([0.9, 0.8, 0.1, 0.3, 0.5, 0.5, 0.2])
    per_query = []
    for q in (3, 7, 9):
        m = qids == q
        per_query.append(ndcg_at_k(y_true[m], y_score[m], 2))
    got = mean_ndcg(qids, y_true, y_score, 2)
    assert abs(got - np.mean(per_query)) < 1e-12, f"got {got}, want {np.mean(per_query)} (query 9 scores 0)"


def test_mean_matches_per_query_loop_on_random_data():
    rng = np.random.default_rng(0)
    qids = rng.integers(0, 40, size=500)
    y_true = rng.integers(0, 4, size=500)
    y_score = rng.integers(0, 5, size=500).astype(float)  # many score ties
    for k in (1, 3, 10, 50):
        want = np.mean([ndcg_at_k(y_true[qids == q], y_score[qids == q], k) for q in np.unique(qids)])
        got = mean_ndcg(qids, y_true, y_score, k)
        assert abs(got - want) < 1e-10, f"k={k}: got {got}, want {want}"


def test_many_queries_is_fast():
    # 200,000 rows in 20,000 queries: scanning all rows once per query (O(N Q)) is too slow
    rng = np.random.default_rng(1)
    qids = rng.integers(0, 20_000, size=200_000)
    y_true = rng.integers(0, 3, size=200_000)
    began = time.perf_counter()
    perfect = mean_ndcg(qids, y_true, y_true.astype(float) + 0.5 * rng.random(200_000), 5)
    took = time.perf_counter() - began
    has_rel = np.zeros(20_000, bool)
    has_rel[qids[y_true > 0]] = True
    want = has_rel[np.unique(qids)].mean()  # perfect ranking: 1 for queries with a relevant item
    assert abs(perfect - want) < 1e-9, f"got {perfect}, want {want}"
    assert took < 5.0, f"took {took:.1f} s"
