import torch
import torch.nn as nn

from solution import SmallCNN, overfit_one_batch, predict


def test_other_number_of_classes():
    torch.manual_seed(1)
    model = SmallCNN(num_classes=3)
    assert tuple(model(torch.randn(2, 1, 28, 28)).shape) == (2, 3)
    n = sum(p.numel() for p in model.parameters())
    assert n == 20_586 - 7 * 1569, f"{n} parameters, want 9,603 for 3 classes"


def test_layer_types_match_the_architecture():
    kinds = [type(m) for m in SmallCNN().modules()]
    assert kinds.count(nn.Conv2d) == 2 and kinds.count(nn.BatchNorm2d) == 2, "two conv + BatchNorm stages"
    bns = [m for m in SmallCNN().modules() if isinstance(m, nn.BatchNorm2d)]
    assert sorted(b.num_features for b in bns) == [16, 32], "BatchNorm over 16 and then 32 channels"


def test_predict_uses_eval_mode_and_no_grad():
    torch.manual_seed(2)
    model = SmallCNN()
    model.train()
    x = torch.randn(6, 1, 28, 28)
    batch = predict(model, x)
    assert not model.training, "predict must switch the model to eval mode"
    assert batch.shape == (6,) and batch.dtype == torch.int64, f"got {batch.shape}, {batch.dtype}"
    assert not batch.requires_grad
    singles = torch.cat([predict(model, x[i : i + 1]) for i in range(6)])
    assert torch.equal(batch, singles), "in eval mode a prediction must not depend on the rest of the batch"


def test_overfit_returns_floats_and_trains_in_place():
    torch.manual_seed(3)
    model = SmallCNN(num_classes=4)
    model.eval()
    before = [p.detach().clone() for p in model.parameters()]
    x = torch.randn(4, 1, 28, 28)
    losses = overfit_one_batch(model, x, torch.tensor([0, 1, 2, 3]), steps=3, lr=1e-3)
    assert len(losses) == 3 and all(type(v) is float for v in losses), f"want 3 Python floats, got {losses!r}"
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters())), "the model was not trained"


def test_training_uses_batch_statistics():
    # overfit_one_batch must train in train mode (BatchNorm running stats get updated)
    torch.manual_seed(4)
    model = SmallCNN()
    model.eval()
    bn = next(m for m in model.modules() if isinstance(m, nn.BatchNorm2d))
    overfit_one_batch(model, torch.randn(4, 1, 28, 28) * 3 + 2, torch.tensor([0, 1, 2, 3]), steps=1)
    assert int(bn.num_batches_tracked) == 1, "overfit_one_batch must call model.train()"
