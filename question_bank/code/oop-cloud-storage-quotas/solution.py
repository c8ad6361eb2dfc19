from __future__ import annotations

import heapq
from dataclasses import dataclass, field

ADMIN = "admin"


@dataclass
class _User:
    capacity: int | None  # None: unlimited (admin)
    used: int = 0
    files: set[str] = field(default_factory=set)

    def remaining(self) -> int:
        return -1 if self.capacity is None else self.capacity - self.used

    def fits(self, size: int) -> bool:
        return self.capacity is None or self.used + size <= self.capacity


class CloudStorage:
    """`files: name -> (size, owner)` plus per-user capacity, usage and owned names.

    The admin is an ordinary user with unlimited capacity; every file change goes through
    `_add` and `delete_file`, the only places that update usage.
    """

    def __init__(self) -> None:
        self._files: dict[str, tuple[int, str]] = {}
        self._users: dict[str, _User] = {ADMIN: _User(None)}
        self._backups: dict[str, dict[str, int]] = {}

    def _add(self, owner: str, name: str, size: int) -> None:
        user = self._users[owner]
        self._files[name] = (size, owner)
        user.used += size
        user.files.add(name)

    # level 1
    def add_file(self, name: str, size: int) -> bool:
        """Add a file owned by admin; False if the name is taken."""
        return self.add_file_by(ADMIN, name, size) is not None

    def get_file_size(self, name: str) -> int | None:
        entry = self._files.get(name)
        return None if entry is None else entry[0]

    def delete_file(self, name: str) -> int | None:
        """Delete any file, freeing its owner's capacity; its size, or None if missing."""
        entry = self._files.pop(name, None)
        if entry is None:
            return None
        size, owner = entry
        user = self._users[owner]
        user.used -= size
        user.files.discard(name)
        return size

    # level 2
    def largest_files(self, prefix: str, n: int) -> list[str]:
        """Up to `n` files whose name starts with `prefix`, as "name(size)", by size
        descending then name ascending."""
        matches = (
            (-size, name) for name, (size, _) in self._files.items() if name.startswith(prefix)
        )
        return [f"{name}({-neg})" for neg, name in heapq.nsmallest(max(n, 0), matches)]

    # level 3
    def add_user(self, user_id: str, capacity: int) -> bool:
        if user_id in self._users:
            return False
        self._users[user_id] = _User(capacity)
        return True

    def add_file_by(self, user_id: str, name: str, size: int) -> int | None:
        """Add a file owned by the user; the user's remaining capacity (-1 for admin), or None
        if the user is unknown, the name is taken or the file does not fit."""
        user = self._users.get(user_id)
        if user is None or name in self._files or not user.fits(size):
            return None
        self._add(user_id, name, size)
        return user.remaining()

    def merge_users(self, target: str, source: str) -> int | None:
        """Give the source's files and capacity to the target and remove the source (and its
        backup); the target's remaining capacity, or None if either is unknown or admin, or
        they are the same user."""
        if target == source or ADMIN in (target, source):
            return None
        into, gone = self._users.get(target), self._users.get(source)
        if into is None or gone is None:
            return None
        assert into.capacity is not None and gone.capacity is not None
        for name in gone.files:
            self._files[name] = (self._files[name][0], target)
        into.files |= gone.files
        into.capacity += gone.capacity
        into.used += gone.used
        del self._users[source]
        self._backups.pop(source, None)
        return into.remaining()

    # level 4
    def backup_user(self, user_id: str) -> int | None:
        """Record the user's current files (replacing any earlier backup); how many."""
        user = self._users.get(user_id)
        if user is None:
            return None
        self._backups[user_id] = {name: self._files[name][0] for name in user.files}
        return len(user.files)

    def restore_user(self, user_id: str) -> int | None:
        """Delete the user's files, then recreate the backed-up ones whose names are free;
        how many were restored (0 without a backup), None for an unknown user. Capacity never
        blocks this: the backup fitted when taken and capacity only grows."""
        user = self._users.get(user_id)
        if user is None:
            return None
        for name in list(user.files):
            self.delete_file(name)
        restored = 0
        for name, size in self._backups.get(user_id, {}).items():
            if name not in self._files:
                self._add(user_id, name, size)
                restored += 1
        return restored
