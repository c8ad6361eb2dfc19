from __future__ import annotations


class FileSystem:
    """An in-memory tree of directories and text files, rooted at "/".

    Paths are absolute with "/"-separated components; empty components are ignored, so
    "/a//b/" means "/a/b". A file's size is the length of its content. Operations that cannot be
    done return False / None and change nothing.
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def mkdir(self, path: str) -> bool:
        """Create the directory and any missing parents (existing directories are fine).
        False if a file is in the way."""
        raise NotImplementedError

    def write_file(self, path: str, content: str) -> bool:
        """Create or overwrite a file. False if the parent directory does not exist or if
        `path` is a directory."""
        raise NotImplementedError

    def read_file(self, path: str) -> str | None:
        """The file's content; None if `path` is not a file."""
        raise NotImplementedError

    def ls(self, path: str) -> list[str] | None:
        """A directory's entry names, sorted; [file_name] for a file; None if the path does
        not exist."""
        raise NotImplementedError
