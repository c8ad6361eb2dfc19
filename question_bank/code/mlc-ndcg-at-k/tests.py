import numpy as np

from solution import ndcg_at_k


def test_example_graded_relevance_at_3():
    y_true = np.array([3, 2, 3, 0, 1, 2])
    y_score = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    got = ndcg_at_k(y_true, y_score, 3)
    want = (7 + 3 / np.log2(3) + 7 / 2) / (7 + 7 / np.log2(3) + 3 / 2)
    assert abs(got - want) < 1e-12, f"got {got}, want {want:.4f}"
    assert abs(got - 0.9595) < 1e-4


def test_example_k_larger_than_list():
    got = ndcg_at_k(np.array([1, 0]), np.array([1.0, 2.0]), 5)
    assert abs(got - 1 / np.log2(3)) < 1e-12, f"got {got}, want 1/log2(3) = 0.6309"


def test_example_no_relevant_item_scores_zero():
    got = ndcg_at_k(np.array([0, 0, 0]), np.array([1.0, 2.0, 3.0]), 3)
    assert got == 0.0, f"got {got}, want 0.0"
