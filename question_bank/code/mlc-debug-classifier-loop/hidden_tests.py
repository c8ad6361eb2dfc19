import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from solution import MLP, evaluate, train


def loader(x, y, batch_size=4):
    return DataLoader(TensorDataset(x, y), batch_size=batch_size)


class Spy(nn.Module):
    """Wraps a model and records (training mode, grad enabled) at every forward."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.calls = []

    def forward(self, x):
        self.calls.append((self.training, torch.is_grad_enabled()))
        return self.inner(x)


class Oracle(nn.Module):
    """Predicts the label stored in pixel 0 (as one-hot logits)."""

    def __init__(self):
        super().__init__()
        self.dummy = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return F.one_hot(x.view(x.size(0), -1)[:, 0].long(), 10).float() + 0 * self.dummy


def test_output_of_an_example_does_not_depend_on_the_batch():
    torch.manual_seed(0)
    model = MLP().eval()
    x = torch.randn(8, 1, 28, 28)
    with torch.no_grad():
        batch = model(x)
        alone = torch.cat([model(x[i : i + 1]) for i in range(8)])
    assert torch.allclose(batch, alone, atol=1e-5), "forward must treat every example on its own (softmax dim?)"


def test_accuracy_divides_by_number_of_examples():
    y = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    x = torch.zeros(10, 1, 28, 28)
    x[:, 0, 0, 0] = y.float()
    acc = float(evaluate(Oracle(), loader(x, y)))  # batches of 4, 4, 2
    assert abs(acc - 1.0) < 1e-9, f"a perfect model scored {acc}, want 1.0"
    x[:3, 0, 0, 0] = 0.0  # three wrong predictions
    acc = float(evaluate(Oracle(), loader(x, y)))
    assert abs(acc - 0.7) < 1e-9, f"7 of 10 correct scored {acc}, want 0.7"


def test_evaluate_runs_in_eval_mode_without_autograd():
    spy = Spy(MLP())
    spy.train()
    evaluate(spy, loader(torch.randn(6, 1, 28, 28), torch.randint(0, 10, (6,))))
    assert spy.calls, "evaluate never called the model"
    assert all(not training for training, _ in spy.calls), "evaluate must call model.eval() (dropout off)"
    assert all(not grad for _, grad in spy.calls), "evaluate must run under torch.no_grad()"


def test_evaluation_is_repeatable_on_an_untrained_model():
    torch.manual_seed(3)
    model = MLP()
    model.train()
    val = loader(torch.randn(40, 1, 28, 28), torch.randint(0, 10, (40,)), batch_size=16)
    results = {float(evaluate(model, val)) for _ in range(4)}
    assert len(results) == 1, f"repeated evaluate calls gave {sorted(results)}"


def test_training_steps_run_in_train_mode_after_evaluation():
    torch.manual_seed(4)
    spy = Spy(MLP())
    x, y = torch.randn(8, 1, 28, 28), torch.randint(0, 10, (8,))
    train(spy, [(x, y)], loader(x, y), epochs=3)
    steps = [training for training, grad in spy.calls if grad]
    assert len(steps) == 3, f"{len(steps)} training forwards with autograd, want 3"
    assert all(steps), "every training step must run in train mode (model.train() after evaluate)"


def test_gradients_do_not_accumulate_across_steps():
    torch.manual_seed(5)
    model = MLP()
    model.drop.p = 0.0  # deterministic, to compare with a hand-written loop
    ref = MLP()
    ref.load_state_dict(model.state_dict())
    ref.drop.p = 0.0
    batches = [(torch.randn(16, 1, 28, 28), torch.randint(0, 10, (16,))) for _ in range(3)]
    train(model, batches, loader(*batches[0]), epochs=1)
    opt = torch.optim.SGD(ref.parameters(), lr=0.1, momentum=0.9)
    for x, y in batches:
        opt.zero_grad()
        F.cross_entropy(ref(x), y).backward()
        opt.step()
    for (name, p), q in zip(model.named_parameters(), ref.parameters()):
        assert torch.allclose(p, q, atol=1e-5), f"{name} differs from SGD with fresh gradients at every step"
