from __future__ import annotations


class Gateway:
    """The front door of a set of backend services: maps request paths to backends.

    Paths are compared by segments (split on "/", empty segments ignored): "/api/users/" and
    "/api/users" are the same prefix, and "/api/usersX" does not start with "/api/users".
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def add_route(self, prefix: str, backend: str) -> bool:
        """Route paths starting with `prefix` to `backend`. False if the same prefix (by
        segments) is already routed. "/" is a valid prefix that matches every path."""
        raise NotImplementedError

    def route(self, path: str) -> str | None:
        """The backend of the longest routed prefix of `path` (by segments); None if none
        matches."""
        raise NotImplementedError
