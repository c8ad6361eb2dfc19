def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Every word of words that can be traced on board, each once, in any order.

    A word is traced from any cell, moving up, down, left or right, never using the same cell
    twice within one word. board holds single lowercase letters; words are distinct.
    """
    raise NotImplementedError
