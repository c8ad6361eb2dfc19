def alien_order(words: list[str]) -> str:
    """An order of the letters in words consistent with words being sorted lexicographically.

    Every letter that appears in words appears exactly once in the result. When several orders are
    consistent any of them is returned; when none is (including a word followed by its own proper
    prefix), returns "".
    """
    raise NotImplementedError
