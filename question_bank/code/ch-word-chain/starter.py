def chain_length(start: str, end: str, words: list[str]) -> int:
    """The number of words in the shortest chain from start to end, counting both ends.

    Each step changes exactly one letter, and every word after start must be in words (start need
    not be). All words have the same length and are lowercase. Returns 0 when there is no chain.
    """
    raise NotImplementedError
