import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader

from solution import IMAGENET_MEAN, IMAGENET_STD, build_model, preprocess, pretrained_backbone, train_epoch


def batches(n, seed, size=64, num_classes=5):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(16, 3, size, size, generator=g), torch.randint(0, num_classes, (16,), generator=g))
            for _ in range(n)]


class PlainBackbone(nn.Module):
    """No BatchNorm or dropout: the same output in train and eval mode."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 512, kernel_size=8, stride=8)
        self.fc = nn.Linear(512, 1000)

    def forward(self, x):
        return self.fc(F.relu(self.conv(x)).mean((2, 3)))


def record_steps(model, opt):
    """Wrap opt.step to record the head's weights and gradients at every step."""
    steps = []
    real_step = opt.step

    def step(*args, **kwargs):
        steps.append({k: (p.detach().clone(), p.grad.detach().clone() if p.grad is not None else None)
                      for k, p in model.fc.named_parameters()})
        return real_step(*args, **kwargs)

    opt.step = step
    return steps


def test_example_one_step_updates_the_head_and_no_backbone_weight():
    torch.manual_seed(0)
    model, opt = build_model(pretrained_backbone())
    backbone = {n: p.detach().clone() for n, p in model.named_parameters() if not n.startswith("fc.")}
    head = model.fc.weight.detach().clone()
    train_epoch(model, opt, batches(4, 1))
    assert tuple(model.fc.weight.shape) == (5, 512), "the new head is Linear(512, 5)"
    assert not torch.equal(model.fc.weight, head), "after one optimizer step the new head has not changed"
    for n, p in model.named_parameters():
        if n in backbone:
            assert torch.equal(p, backbone[n]), f"backbone weight {n} changed"


def test_example_batches_are_224_and_normalized_like_pretraining():
    g = torch.Generator().manual_seed(2)
    sizes = [(300, 400), (224, 224), (180, 500), (640, 480)] * 5
    images = [torch.randint(0, 256, (3, h, w), dtype=torch.uint8, generator=g) for h, w in sizes]
    shapes = [tuple(x.shape) for x in DataLoader([preprocess(im) for im in images], batch_size=16)]
    assert shapes == [(16, 3, 224, 224), (4, 3, 224, 224)], f"batch shapes {shapes}"
    mean = torch.tensor(IMAGENET_MEAN).view(3, 1, 1)
    std = torch.tensor(IMAGENET_STD).view(3, 1, 1)
    for value in (0, 255):
        out = preprocess(torch.full((3, 250, 330), value, dtype=torch.uint8))
        want = ((value / 255.0 - mean) / std).expand(3, 224, 224)
        assert torch.allclose(out, want, atol=1e-4), (
            f"a constant image of {value} gives {out[:, 0, 0].tolist()}, want {want[:, 0, 0].tolist()}"
            " (the backbone was pretrained on ImageNet-normalized inputs)"
        )


def test_example_one_step_per_four_batches_with_the_mean_gradient():
    torch.manual_seed(3)
    model, opt = build_model(PlainBackbone())
    steps = record_steps(model, opt)
    data = batches(8, 4, size=32)
    train_epoch(model, opt, data)
    assert len(steps) == 2, f"{len(steps)} optimizer steps for 8 batches, want 2 (one per 4 batches)"
    for s, group in zip(steps, (data[:4], data[4:])):
        x = torch.cat([b[0] for b in group])
        y = torch.cat([b[1] for b in group])
        head = nn.Linear(512, 5)
        head.weight.data, head.bias.data = s["weight"][0].clone(), s["bias"][0].clone()
        with torch.no_grad():
            feats = F.relu(model.conv(x)).mean((2, 3))
        F.cross_entropy(head(feats), y).backward()  # mean loss over the 64 images of the group
        got = s["weight"][1]
        assert got is not None and torch.allclose(got, head.weight.grad, atol=1e-6), (
            "the step's gradient is not the gradient of the mean loss over its 4 batches (64 images)"
        )
