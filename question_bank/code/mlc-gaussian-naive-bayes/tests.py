import numpy as np

from solution import GaussianNB

X = np.array([[1.0, 20], [1.2, 22], [0.8, 19], [3.0, 5], [3.2, 6], [2.9, 4]])
y = np.array(["a", "a", "a", "b", "b", "b"])


def test_example_predict_string_labels():
    m = GaussianNB().fit(X, y)
    got = m.predict(np.array([[1.1, 21], [3.1, 5.5]]))
    assert list(got) == ["a", "b"], f"got {list(got)}, want ['a', 'b']"


def test_example_far_point_log_proba_is_finite():
    m = GaussianNB().fit(X, y)
    lp = np.asarray(m.predict_log_proba(np.array([[100, -50]])))
    assert lp.shape == (1, 2), f"shape {lp.shape}, want (1, 2)"
    assert np.isfinite(lp).all(), f"got {lp}: must be finite"
    assert abs(lp[0, 0]) < 1e-9 and -1.3e5 < lp[0, 1] < -1.1e5, f"got {lp}, want about [[0, -1.2e5]]"
