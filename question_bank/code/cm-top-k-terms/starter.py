def top_k(words: list[str], k: int) -> list[str]:
    """The k most frequent distinct terms of `words`, by frequency from high to low; terms with
    equal frequency are ordered alphabetically. 1 <= k <= number of distinct terms."""
    raise NotImplementedError
