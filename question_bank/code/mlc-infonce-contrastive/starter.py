import torch


def info_nce(z_a: torch.Tensor, z_b: torch.Tensor, temperature: float = 0.07, symmetric: bool = True) -> torch.Tensor:
    """Symmetric in-batch contrastive (InfoNCE / CLIP-style) loss.

    z_a, z_b: (N, D) unnormalized embeddings; row i of each is a positive pair, every other row
    a negative. Logits = cosine similarity / temperature, (N, N); row i is a classification over
    the N rows of z_b whose answer is i. symmetric=True averages the a->b and b->a directions.
    Returns a 0-dim tensor; numerically stable, no Python loops, gradients flow to both inputs,
    runs on the inputs' device.
    """
    raise NotImplementedError
