class Allocator:
    """A simulated C heap over addresses 0 .. size - 1.

    A block is a contiguous range [addr, addr + n); blocks never overlap. Requests for n <= 0
    bytes fail. Free space is tracked as maximal ranges: two free ranges that touch are one range.
    """

    def __init__(self, size: int) -> None:
        """A heap of `size` bytes, all free."""
        raise NotImplementedError

    def malloc(self, n: int) -> int | None:
        """Allocate `n` bytes at the lowest address where `n` consecutive free bytes exist and
        return that address; None if there is no such range (or n <= 0)."""
        raise NotImplementedError

    def free(self, addr: int) -> bool:
        """Release the block starting at `addr`; False if `addr` is not the start of an allocated
        block (double free, middle of a block, never allocated)."""
        raise NotImplementedError
