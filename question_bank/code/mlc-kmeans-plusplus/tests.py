import numpy as np

from solution import kmeans

TRUE_CENTERS = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 5.0]])


def blobs(seed=0):
    rng = np.random.default_rng(seed)
    return np.concatenate([c + 0.3 * rng.normal(size=(50, 2)) for c in TRUE_CENTERS])


def test_example_three_blobs_centers_found():
    X = blobs()
    centers, labels, inertia = kmeans(X, 3)
    centers = np.asarray(centers)
    assert centers.shape == (3, 2), f"centers shape {centers.shape}, want (3, 2)"
    for b, c in enumerate(TRUE_CENTERS):
        dist = np.sqrt(((centers - c) ** 2).sum(1))
        j = int(dist.argmin())
        # "within about 0.1": the sample mean of 50 points with sd 0.3 can sit ~0.1 from the truth
        assert dist[j] < 0.2, f"no center near blob {c}: closest is {dist[j]:.3f} away"
        blob_mean = X[50 * b : 50 * (b + 1)].mean(0)
        assert np.allclose(centers[j], blob_mean, atol=1e-6), (
            f"center {centers[j]} should be the mean {blob_mean} of the blob's points"
        )
    assert len(set(np.asarray(labels).tolist())) == 3, "the three blobs should get three labels"


def test_example_labels_and_inertia_match_the_centers():
    X = blobs()
    centers, labels, inertia = kmeans(X, 3)
    labels = np.asarray(labels)
    assert labels.shape == (150,), f"labels shape {labels.shape}, want (150,)"
    d2 = ((X[:, None, :] - np.asarray(centers)[None]) ** 2).sum(-1)
    assert np.array_equal(labels, d2.argmin(1)), "labels[i] must be the closest returned center"
    want = d2[np.arange(len(X)), labels].sum()
    assert abs(inertia - want) < 1e-8 * max(1.0, want), f"inertia {inertia}, want {want}"


def test_example_inertia_never_increases_across_iterations():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 2))  # no clear clusters: Lloyd needs several iterations
    previous = np.inf
    for t in range(1, 15):
        _, _, inertia = kmeans(X, 5, n_iter=t, tol=0.0, seed=3)
        assert inertia <= previous + 1e-9, f"inertia rose from {previous} to {inertia} at n_iter={t}"
        previous = inertia
