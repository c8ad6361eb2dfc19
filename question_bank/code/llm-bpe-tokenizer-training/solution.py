from collections import Counter


def merge_word(word: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    """Merge every occurrence of `pair` in `word`, left to right, non-overlapping."""
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and (word[i], word[i + 1]) == pair:
            out.append(word[i] + word[i + 1])
            i += 2
        else:
            out.append(word[i])
            i += 1
    return tuple(out)


def train_bpe(text: str, num_merges: int) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Character-level BPE training.

    Split `text` on whitespace into words and count them; each word starts as a sequence of
    single characters. Up to `num_merges` times: count adjacent symbol pairs over all words
    (weighted by word frequency), merge the most frequent pair everywhere (left to right,
    non-overlapping) into one symbol and record it; ties go to the lexicographically smallest
    pair (a, b). Stop early when no pairs are left.

    Returns (merges in the order learned, vocabulary token -> id), the ids being the sorted
    base characters first, then the merged symbols (a + b) in merge order.
    """
    words = Counter(tuple(w) for w in text.split())  # distinct words, each seen once
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        pairs: Counter[tuple[str, str]] = Counter()
        for word, freq in words.items():
            for a, b in zip(word, word[1:]):
                pairs[a, b] += freq
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))  # most frequent; ties: smallest pair
        merges.append(best)
        merged: Counter[tuple[str, ...]] = Counter()
        for word, freq in words.items():
            merged[merge_word(word, best)] += freq
        words = merged
    alphabet = sorted({ch for w in text.split() for ch in w})
    vocab = {tok: i for i, tok in enumerate(alphabet + [a + b for a, b in merges])}
    return merges, vocab


def encode_word(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split one word into tokens with the learned merges: the same result as replaying every
    merge in training order, but applied by merge rank (repeatedly merge the adjacent pair
    learned earliest) so merges that do not occur in the word are never visited."""
    rank = {pair: r for r, pair in enumerate(merges)}
    parts = tuple(word)
    while len(parts) > 1:
        ranked = [(rank[p], p) for p in zip(parts, parts[1:]) if p in rank]
        if not ranked:
            break
        parts = merge_word(parts, min(ranked)[1])  # the earliest-learned merge first
    return list(parts)
