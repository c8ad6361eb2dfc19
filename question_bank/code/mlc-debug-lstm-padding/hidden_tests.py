import torch
import torch.nn as nn

from solution import TextClassifier, make_vocab


def padded(reviews, T):
    tokens = torch.zeros(len(reviews), T, dtype=torch.int64)
    for i, r in enumerate(reviews):
        tokens[i, : len(r)] = torch.tensor(r)
    return tokens, torch.tensor([len(r) for r in reviews])


def test_last_real_state_matches_a_plain_lstm_run():
    torch.manual_seed(2)
    model = TextClassifier(50, emb_dim=8, hidden=12, n_classes=3).eval()
    review = [5, 9, 13, 2, 44]
    with torch.no_grad():
        got = model(*padded([review, [7] * 9], 9))[0]
        x = model.emb(torch.tensor([review]))  # (1, 5, E)
        lstm = nn.LSTM(8, 12, batch_first=True)
        lstm.load_state_dict(model.lstm.state_dict())
        out, _ = lstm(x)
        want = model.fc(out[0, -1])
    assert tuple(got.shape) == (3,), "three classes"
    assert torch.allclose(got, want, atol=1e-5), "logits must come from the LSTM state after the last real token"


def test_length_one_review_and_unpadded_batch():
    torch.manual_seed(3)
    model = TextClassifier(30, emb_dim=8, hidden=8).eval()
    with torch.no_grad():
        one = model(*padded([[4]], 40))
        alone = model(*padded([[4]], 1))
        full = model(*padded([[1, 2, 3], [4, 5, 6]], 3))
    assert torch.allclose(one, alone, atol=1e-5), "a one-token review padded to 40 changed its logits"
    assert tuple(full.shape) == (2, 2) and torch.isfinite(full).all()


def test_pad_embedding_is_zero():
    model = TextClassifier(20, emb_dim=6, hidden=4)
    assert model.emb.padding_idx == 0, "the embedding must know that id 0 is <pad> (padding_idx=0)"
    assert torch.all(model.emb.weight[0] == 0), "the <pad> vector must be zero"


def test_still_a_single_layer_unidirectional_lstm():
    model = TextClassifier(20)
    lstm = model.lstm
    assert isinstance(lstm, nn.LSTM) and lstm.num_layers == 1 and not lstm.bidirectional
    assert (lstm.input_size, lstm.hidden_size) == (128, 256)


def test_vocabulary_comes_from_training_texts_only():
    train = ["great movie great cast", "boring plot", "great fun"]
    test_a = ["zebra zebra zebra zebra plot", "unseenword"]
    test_b = ["completely different words"]
    vocab = make_vocab(train, test_a, max_size=3)
    assert "zebra" not in vocab and "unseenword" not in vocab, "test-only words got ids: test data leaks"
    assert vocab == make_vocab(train, test_b, max_size=3), "the test texts changed the vocabulary"
    assert vocab["<pad>"] == 0 and vocab["<unk>"] == 1 and "great" in vocab


def test_gradients_do_not_reach_the_pad_vector():
    torch.manual_seed(4)
    model = TextClassifier(40, emb_dim=8, hidden=8)
    tokens, lengths = padded([[3, 4, 5], [6, 7, 8, 9, 10, 11]], 6)
    nn.functional.cross_entropy(model(tokens, lengths), torch.tensor([0, 1])).backward()
    assert torch.all(model.emb.weight.grad[0] == 0), "the <pad> embedding received a gradient"
    assert model.emb.weight.grad[3].abs().sum() > 0, "real tokens must receive gradients"
