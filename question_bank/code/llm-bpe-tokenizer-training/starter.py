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
    raise NotImplementedError


def encode_word(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split one word into tokens with the learned merges: the same result as replaying every
    merge in training order, but applied by merge rank (repeatedly merge the adjacent pair
    learned earliest) so merges that do not occur in the word are never visited."""
    raise NotImplementedError
