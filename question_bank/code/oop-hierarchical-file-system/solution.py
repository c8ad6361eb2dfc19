from __future__ import annotations


class _Dir:
    __slots__ = ("children", "name", "parent", "quota", "size")

    def __init__(self, name: str, parent: _Dir | None) -> None:
        self.name = name
        self.parent = parent
        self.children: dict[str, _Dir | _File] = {}
        self.size = 0  # cached: the sum of the sizes of all files below
        self.quota: int | None = None


class _File:
    __slots__ = ("content", "name", "parent")

    def __init__(self, name: str, parent: _Dir, content: str) -> None:
        self.name = name
        self.parent = parent
        self.content = content

    @property
    def size(self) -> int:
        return len(self.content)


def _parts(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def _ancestors(node: _Dir | None) -> list[_Dir]:
    """`node` and every directory above it, up to the root."""
    chain = []
    while node is not None:
        chain.append(node)
        node = node.parent
    return chain


class FileSystem:
    """Directories cache their size, so `du` is O(1); writes, deletes and moves push the size
    change up the parent chain in O(depth) and check quotas on the same chain first."""

    def __init__(self) -> None:
        self._root = _Dir("", None)

    # path resolution: the only place that walks names
    def _get(self, path: str) -> _Dir | _File | None:
        node: _Dir | _File = self._root
        for part in _parts(path):
            if not isinstance(node, _Dir) or part not in node.children:
                return None
            node = node.children[part]
        return node

    def _parent_dir(self, path: str) -> tuple[_Dir | None, str]:
        """(the directory that holds `path`, its last name); (None, "") for the root or when
        the parent is not a directory."""
        parts = _parts(path)
        if not parts:
            return None, ""
        parent = self._get("/".join(parts[:-1]))
        return (parent, parts[-1]) if isinstance(parent, _Dir) else (None, "")

    @staticmethod
    def _bump(directory: _Dir | None, delta: int) -> None:
        for ancestor in _ancestors(directory):
            ancestor.size += delta

    @staticmethod
    def _fits(directory: _Dir | None, delta: int, exempt: frozenset[int] = frozenset()) -> bool:
        """Would adding `delta` below `directory` keep every quota (except on `exempt` ids)?"""
        return all(
            a.quota is None or a.size + delta <= a.quota
            for a in _ancestors(directory)
            if id(a) not in exempt
        )

    # level 1
    def mkdir(self, path: str) -> bool:
        """Create the directory and any missing parents; False if a file is in the way."""
        node = self._root
        parts = _parts(path)
        for i, part in enumerate(parts):
            child = node.children.get(part)
            if child is None:
                for name in parts[i:]:  # nothing below a missing name can be in the way
                    new = _Dir(name, node)
                    node.children[name] = new
                    node = new
                return True
            if isinstance(child, _File):
                return False
            node = child
        return True

    def write_file(self, path: str, content: str) -> bool:
        """Create or overwrite a file in an existing directory, if every quota allows."""
        parent, name = self._parent_dir(path)
        if parent is None:
            return False
        existing = parent.children.get(name)
        if isinstance(existing, _Dir):
            return False
        delta = len(content) - (existing.size if existing is not None else 0)
        if not self._fits(parent, delta):
            return False
        if existing is not None:
            existing.content = content
        else:
            parent.children[name] = _File(name, parent, content)
        self._bump(parent, delta)
        return True

    def read_file(self, path: str) -> str | None:
        node = self._get(path)
        return node.content if isinstance(node, _File) else None

    def ls(self, path: str) -> list[str] | None:
        node = self._get(path)
        if node is None:
            return None
        return [node.name] if isinstance(node, _File) else sorted(node.children)

    # level 2
    def delete(self, path: str) -> bool:
        """Remove a file or a whole directory tree; never the root."""
        node = self._get(path)
        if node is None or node is self._root:
            return False
        assert node.parent is not None
        del node.parent.children[node.name]
        self._bump(node.parent, -node.size)
        return True

    def du(self, path: str) -> int | None:
        """Size of a file or directory, O(1) after resolving the path."""
        node = self._get(path)
        return None if node is None else node.size

    def find(self, path: str, suffix: str) -> list[str]:
        """Full paths of the files under `path` whose name ends with `suffix`, sorted."""
        start = self._get(path)
        if start is None:
            return []
        base = "/" + "/".join(_parts(path))
        found = []
        stack: list[tuple[str, _Dir | _File]] = [(base, start)]
        while stack:
            full, node = stack.pop()
            if isinstance(node, _File):
                if node.name.endswith(suffix):
                    found.append(full)
            else:
                prefix = full.rstrip("/")
                stack.extend((f"{prefix}/{name}", child) for name, child in node.children.items())
        return sorted(found)

    # level 3
    def move(self, src: str, dst: str) -> bool:
        """Move a file or directory so that its full path becomes `dst`. Fails if `src` is
        missing or the root, `dst` exists, `dst`'s parent is not a directory, `dst` is inside
        `src`, or a quota would be exceeded."""
        node = self._get(src)
        if node is None or node is self._root:
            return False
        target, name = self._parent_dir(dst)
        if target is None or name in target.children:
            return False
        if any(a is node for a in _ancestors(target)):
            return False  # dst lies inside src
        assert node.parent is not None
        shared = frozenset(id(a) for a in _ancestors(node.parent))  # their size does not change
        if not self._fits(target, node.size, shared):
            return False
        del node.parent.children[node.name]
        self._bump(node.parent, -node.size)
        node.name, node.parent = name, target
        target.children[name] = node
        self._bump(target, node.size)
        return True

    # level 4
    def set_quota(self, path: str, limit: int | None) -> bool:
        """Cap a directory's size (None removes the cap). False if `path` is not a directory
        or it is already larger than `limit`."""
        node = self._get(path)
        if not isinstance(node, _Dir) or (limit is not None and node.size > limit):
            return False
        node.quota = limit
        return True
