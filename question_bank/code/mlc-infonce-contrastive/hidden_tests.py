import torch
import torch.nn.functional as F

from solution import info_nce


def manual(z_a, z_b, tau):
    a = z_a / z_a.norm(dim=1, keepdim=True)
    b = z_b / z_b.norm(dim=1, keepdim=True)
    s = a @ b.T / tau
    a2b = -(torch.diag(s) - torch.logsumexp(s, dim=1)).mean()
    b2a = -(torch.diag(s) - torch.logsumexp(s, dim=0)).mean()
    return a2b, b2a


def test_matches_the_definition_both_directions():
    torch.manual_seed(0)
    z_a = torch.randn(6, 5, dtype=torch.float64)
    z_b = torch.randn(6, 5, dtype=torch.float64) * 4
    a2b, b2a = manual(z_a, z_b, 0.2)
    assert abs(a2b - b2a) > 1e-3, "test data should make the two directions differ"
    got_sym = info_nce(z_a, z_b, 0.2).item()
    got_one = info_nce(z_a, z_b, 0.2, symmetric=False).item()
    assert abs(got_one - a2b.item()) < 1e-9, f"symmetric=False: got {got_one}, want a->b {a2b.item()}"
    assert abs(got_sym - 0.5 * (a2b + b2a).item()) < 1e-9, f"symmetric: got {got_sym}, want the mean of both"


def test_gradients_flow_to_both_inputs():
    torch.manual_seed(1)
    z_a = torch.randn(4, 3, requires_grad=True)
    z_b = torch.randn(4, 3, requires_grad=True)
    info_nce(z_a, z_b).backward()
    assert z_a.grad is not None and z_a.grad.abs().sum() > 0, "no gradient on z_a"
    assert z_b.grad is not None and z_b.grad.abs().sum() > 0, "no gradient on z_b"


def test_invariant_to_embedding_norms():
    torch.manual_seed(2)
    z_a = torch.randn(5, 4, dtype=torch.float64)
    z_b = torch.randn(5, 4, dtype=torch.float64)
    scale = torch.tensor([0.01, 1.0, 7.0, 300.0, 2.0], dtype=torch.float64)[:, None]
    a = info_nce(z_a, z_b, 0.1).item()
    b = info_nce(z_a * scale, z_b * scale.flip(0), 0.1).item()
    assert abs(a - b) < 1e-9, "the loss uses cosine similarity, so row norms must not matter"


def test_small_temperature_and_large_norms_stay_finite():
    torch.manual_seed(3)
    z_a = torch.randn(8, 16) * 1e4
    z_b = -z_a + torch.randn(8, 16)  # every positive is the worst match
    loss = info_nce(z_a, z_b, temperature=0.001)
    assert torch.isfinite(loss), f"loss {loss.item()} must be finite"
    assert loss.item() > 100, f"loss {loss.item()}: anti-aligned positives at tau = 0.001 should be huge"


def test_single_pair_has_zero_loss():
    got = info_nce(torch.tensor([[1.0, 2.0]]), torch.tensor([[-3.0, 0.5]])).item()
    assert abs(got) < 1e-7, f"got {got}: with N = 1 the only candidate is the positive"


def test_batch_of_one_hundred_with_matching_pairs_learns():
    # a few gradient steps on the embeddings themselves drive the loss down
    torch.manual_seed(4)
    z_a = torch.randn(100, 8, requires_grad=True)
    z_b = torch.randn(100, 8, requires_grad=True)
    first = None
    for _ in range(30):
        loss = info_nce(z_a, z_b, temperature=0.1)
        first = loss.item() if first is None else first
        z_a.grad = z_b.grad = None
        loss.backward()
        with torch.no_grad():  # plain gradient descent on the embeddings
            z_a -= 5.0 * z_a.grad
            z_b -= 5.0 * z_b.grad
    assert loss.item() < 0.5 * first, f"loss went from {first:.3f} to {loss.item():.3f}"
    assert F.cosine_similarity(z_a, z_b).mean() > 0.5, "positives should have moved together"
