class PrefixCounter:
    """Counts recorded search terms by prefix."""

    def __init__(self) -> None:
        """An empty counter."""
        raise NotImplementedError

    def add(self, word: str) -> None:
        """Record one occurrence of `word`."""
        raise NotImplementedError

    def count(self, prefix: str) -> int:
        """How many recorded occurrences start with `prefix`.

        A word is a prefix of itself, and the empty prefix matches everything.
        """
        raise NotImplementedError

    def remove(self, word: str) -> None:
        """Remove one recorded occurrence of `word` if there is one; otherwise do nothing."""
        raise NotImplementedError
