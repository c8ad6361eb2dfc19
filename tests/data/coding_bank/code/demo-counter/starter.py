class Counter:
    def increment(self) -> None:
        """Add one."""
        raise NotImplementedError

    def get(self) -> int:
        """The count so far."""
        raise NotImplementedError
