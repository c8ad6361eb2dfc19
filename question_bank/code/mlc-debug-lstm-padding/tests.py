import torch

from solution import TextClassifier


def padded(reviews, T):
    tokens = torch.zeros(len(reviews), T, dtype=torch.int64)
    for i, r in enumerate(reviews):
        tokens[i, : len(r)] = torch.tensor(r)
    return tokens, torch.tensor([len(r) for r in reviews])


def test_example_padding_amount_does_not_change_logits():
    torch.manual_seed(0)
    model = TextClassifier(100).eval()
    review = torch.randint(2, 100, (12,)).tolist()
    with torch.no_grad():
        exact = model(*padded([review], 12))
        short = model(*padded([review], 50))
        long = model(*padded([review], 500))
    assert tuple(exact.shape) == (1, 2), f"shape {tuple(exact.shape)}, want (1, 2)"
    assert torch.allclose(short, long, atol=1e-5), f"T=50 gives {short.tolist()}, T=500 gives {long.tolist()}"
    assert torch.allclose(exact, short, atol=1e-5), "padding a review must not change its logits"


def test_example_output_does_not_depend_on_other_examples():
    torch.manual_seed(1)
    model = TextClassifier(100, emb_dim=16, hidden=32).eval()
    reviews = [torch.randint(2, 100, (n,)).tolist() for n in (7, 20, 3, 15)]
    with torch.no_grad():
        batch = model(*padded(reviews, 20))
        for i, r in enumerate(reviews):
            alone = model(*padded([r], len(r)))
            assert torch.allclose(batch[i], alone[0], atol=1e-5), f"example {i}'s logits depend on the batch"
        swapped = model(*padded(reviews[::-1], 20))
    assert torch.allclose(batch, swapped.flip(0), atol=1e-5), "reordering the batch changed the logits"
