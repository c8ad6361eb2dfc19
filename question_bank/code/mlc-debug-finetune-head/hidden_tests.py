import torch
import torch.nn as nn
import torch.nn.functional as F

from solution import build_model, pretrained_backbone, train_epoch


def batches(n, seed, size=32, num_classes=5):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(16, 3, size, size, generator=g), torch.randint(0, num_classes, (16,), generator=g))
            for _ in range(n)]


class PlainBackbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 512, kernel_size=8, stride=8)
        self.fc = nn.Linear(512, 1000)

    def forward(self, x):
        return self.fc(F.relu(self.conv(x)).mean((2, 3)))


def count_steps(model, opt):
    """Wrap opt.step to record the head's weight, bias and weight gradient at every step."""
    steps = []
    real_step = opt.step

    def step(*args, **kwargs):
        fc = model.fc
        steps.append((fc.weight.detach().clone(), fc.bias.detach().clone(), fc.weight.grad.detach().clone()))
        return real_step(*args, **kwargs)

    opt.step = step
    return steps


def test_frozen_backbone_batchnorm_statistics_do_not_drift():
    torch.manual_seed(0)
    model, opt = build_model(pretrained_backbone())
    before = {n: b.clone() for n, b in model.named_buffers()}
    train_epoch(model, opt, [(x * 3 + 1, y) for x, y in batches(4, 1)])
    for n, b in model.named_buffers():
        assert torch.equal(b, before[n]), f"buffer {n} changed: frozen BatchNorm layers must stay in eval mode"


def test_optimizer_holds_the_new_head_and_only_trainable_parameters():
    model, opt = build_model(pretrained_backbone(), num_classes=3)
    held = [p for group in opt.param_groups for p in group["params"]]
    assert any(p is model.fc.weight for p in held) and any(p is model.fc.bias for p in held), (
        "the optimizer does not hold the new head's parameters"
    )
    assert all(p.requires_grad for p in held), "the optimizer holds frozen parameters"
    frozen = [n for n, p in model.named_parameters() if not n.startswith("fc.")]
    assert frozen and all(not p.requires_grad for n, p in model.named_parameters() if n in frozen), (
        "backbone parameters must be frozen"
    )
    assert tuple(model(torch.randn(2, 3, 32, 32)).shape) == (2, 3), "the new head outputs num_classes logits"


def test_no_step_before_the_fourth_batch():
    torch.manual_seed(1)
    model, opt = build_model(PlainBackbone())
    steps = count_steps(model, opt)
    head = model.fc.weight.detach().clone()
    train_epoch(model, opt, batches(3, 2))
    assert len(steps) == 0, f"{len(steps)} optimizer step(s) after 3 batches, want 0"
    assert torch.equal(model.fc.weight, head), "the head changed before 4 batches were accumulated"


def test_leftover_gradients_do_not_leak_into_the_next_epoch():
    torch.manual_seed(2)
    model, opt = build_model(PlainBackbone())
    train_epoch(model, opt, batches(6, 3))  # 4 + a partial group of 2
    steps = count_steps(model, opt)
    data = batches(4, 4)
    train_epoch(model, opt, data)
    assert len(steps) == 1, f"{len(steps)} steps in an epoch of 4 batches, want 1"
    weight, bias, grad = steps[0]
    head = nn.Linear(512, 5)
    head.weight.data, head.bias.data = weight.clone(), bias.clone()
    x = torch.cat([b[0] for b in data])
    y = torch.cat([b[1] for b in data])
    with torch.no_grad():
        feats = F.relu(model.conv(x)).mean((2, 3))
    F.cross_entropy(head(feats), y).backward()  # mean loss over this epoch's 4 batches only
    assert torch.allclose(grad, head.weight.grad, atol=1e-6), (
        "the first step of an epoch used gradients left over from the previous epoch"
    )


def test_head_learns_a_separable_task():
    # four classes, each a fixed image pattern plus noise: only a trained head gets them right
    torch.manual_seed(5)
    model, opt = build_model(PlainBackbone(), num_classes=4)
    g = torch.Generator().manual_seed(6)
    patterns = torch.randn(4, 3, 32, 32, generator=g)
    data = []
    for _ in range(16):
        y = torch.randint(0, 4, (16,), generator=g)
        data.append((patterns[y] + 0.3 * torch.randn(16, 3, 32, 32, generator=g), y))

    def accuracy():
        model.eval()
        with torch.no_grad():
            return torch.cat([(model(x).argmax(1) == y) for x, y in data]).float().mean().item()

    before = accuracy()
    for _ in range(3):
        train_epoch(model, opt, data)
    after = accuracy()
    assert after > 0.95 and after > before + 0.3, f"training accuracy went from {before:.2f} to {after:.2f}"
