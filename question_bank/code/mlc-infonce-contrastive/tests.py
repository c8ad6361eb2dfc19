import math

import torch

from solution import info_nce


def test_example_identical_embeddings_give_log_n():
    z = torch.randn(1, 8).repeat(5, 1)
    got = info_nce(z, z.clone())
    assert got.dim() == 0, f"want a 0-dim tensor, got shape {tuple(got.shape)}"
    assert abs(got.item() - math.log(5)) < 1e-5, f"got {got.item():.6f}, want log 5 = 1.6094"


def test_example_perfectly_separated_pairs():
    got = info_nce(3 * torch.eye(4, dtype=torch.float64), torch.eye(4, dtype=torch.float64), 0.07).item()
    want = math.log(1 + 3 * math.exp(-1 / 0.07))
    assert abs(got - want) < 1e-9, f"got {got:.4e}, want {want:.4e} (about 1.87e-6)"


def test_example_swapped_rows_raise_the_loss():
    z_b = torch.eye(4)[[1, 0, 2, 3]]
    got = info_nce(3 * torch.eye(4), z_b, 0.1).item()
    assert abs(got - 5.0) < 0.01, f"got {got:.4f}, want about 5.0"
