from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Block:
    start: int
    size: int
    used: bool


Candidates = list[tuple[int, Block]]
"""(index in the block list, block) of every free block large enough, in address order."""

STRATEGIES: dict[str, Callable[[Candidates], tuple[int, Block]]] = {
    "first_fit": lambda found: found[0],
    "best_fit": lambda found: min(found, key=lambda ib: (ib[1].size, ib[1].start)),
    "worst_fit": lambda found: min(found, key=lambda ib: (-ib[1].size, ib[1].start)),
}


class Allocator:
    """A simulated C heap: an address-ordered list of blocks that covers the whole heap.

    Free neighbours are merged as soon as they appear, so free ranges are always maximal.
    Operations are O(number of blocks).
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._blocks: list[Block] = [Block(0, size, False)] if size > 0 else []
        self._strategy = "first_fit"

    # -- helpers -------------------------------------------------------------------------

    def _used_index(self, addr: int) -> int | None:
        for i, block in enumerate(self._blocks):
            if block.start == addr:
                return i if block.used else None
            if block.start > addr:
                break
        return None

    def _find_free(self, n: int) -> int | None:
        """Index of the free block the current strategy picks for `n` bytes."""
        found = [(i, b) for i, b in enumerate(self._blocks) if not b.used and b.size >= n]
        return STRATEGIES[self._strategy](found)[0] if found else None

    def _take(self, i: int, n: int) -> int:
        """Allocate the first `n` bytes of free block `i`; the rest stays free."""
        block = self._blocks[i]
        if block.size > n:
            self._blocks.insert(i + 1, Block(block.start + n, block.size - n, False))
        block.size, block.used = n, True
        return block.start

    def _release(self, i: int) -> None:
        """Mark block `i` free and merge it with free neighbours."""
        self._blocks[i].used = False
        if i + 1 < len(self._blocks) and not self._blocks[i + 1].used:
            self._blocks[i].size += self._blocks.pop(i + 1).size
        if i > 0 and not self._blocks[i - 1].used:
            self._blocks[i - 1].size += self._blocks.pop(i).size

    # -- level 1 ---------------------------------------------------------------------------

    def malloc(self, n: int) -> int | None:
        if n <= 0:
            return None
        i = self._find_free(n)
        return None if i is None else self._take(i, n)

    def free(self, addr: int) -> bool:
        i = self._used_index(addr)
        if i is None:
            return False
        self._release(i)
        return True

    # -- level 2 ---------------------------------------------------------------------------

    def free_bytes(self) -> int:
        return sum(b.size for b in self._blocks if not b.used)

    def largest_free_block(self) -> int:
        return max((b.size for b in self._blocks if not b.used), default=0)

    def fragmentation(self) -> float:
        free = self.free_bytes()
        return 0.0 if free == 0 else 1 - self.largest_free_block() / free

    # -- level 3 ---------------------------------------------------------------------------

    def realloc(self, addr: int, n: int) -> int | None:
        i = self._used_index(addr)
        if i is None or n <= 0:
            return None
        block = self._blocks[i]
        if n <= block.size:  # shrink in place; the tail becomes free and merges
            if n < block.size:
                self._blocks.insert(i + 1, Block(block.start + n, block.size - n, True))
                block.size = n
                self._release(i + 1)
            return addr
        after = self._blocks[i + 1] if i + 1 < len(self._blocks) else None
        if after is not None and not after.used and block.size + after.size >= n:
            grow = n - block.size
            after.start += grow
            after.size -= grow
            block.size = n
            if after.size == 0:
                self._blocks.pop(i + 1)
            return addr
        new = self.malloc(n)  # the old block is still held, so it cannot be reused
        if new is None:
            return None
        self.free(addr)
        return new

    # -- level 4 ---------------------------------------------------------------------------

    def set_strategy(self, name: str) -> bool:
        if name not in STRATEGIES:
            return False
        self._strategy = name
        return True

    def compact(self) -> dict[int, int]:
        moved: dict[int, int] = {}
        blocks: list[Block] = []
        offset = 0
        for block in self._blocks:
            if block.used:
                if block.start != offset:
                    moved[block.start] = offset
                blocks.append(Block(offset, block.size, True))
                offset += block.size
        if offset < self._size:
            blocks.append(Block(offset, self._size - offset, False))
        self._blocks = blocks
        return moved
