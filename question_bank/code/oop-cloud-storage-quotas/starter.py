from __future__ import annotations


class CloudStorage:
    """A flat file store: files are identified by their full name (such as "/img/cat.png", no
    real directories) and have an integer size in bytes. A name is held by at most one file at
    a time. Failed operations return None / False and change nothing.
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def add_file(self, name: str, size: int) -> bool:
        """Add a file; False if the name is taken."""
        raise NotImplementedError

    def get_file_size(self, name: str) -> int | None:
        """The file's size, or None if there is no such file."""
        raise NotImplementedError

    def delete_file(self, name: str) -> int | None:
        """Delete the file and return its size, or None if it did not exist."""
        raise NotImplementedError
