def largest_rectangle(heights: list[int]) -> int:
    """The area of the largest axis-aligned rectangle inside a bar chart of width-1 bars."""
    raise NotImplementedError
