def largest_rectangle(heights: list[int]) -> int:
    """The area of the largest axis-aligned rectangle inside a bar chart of width-1 bars."""
    stack: list[int] = []  # indices of bars whose heights increase from bottom to top
    best = 0
    for i, h in enumerate([*heights, 0]):  # the final 0 flushes the stack
        while stack and heights[stack[-1]] >= h:
            height = heights[stack.pop()]
            left = stack[-1] if stack else -1  # nearest shorter bar on the left
            best = max(best, height * (i - left - 1))
        stack.append(i)
    return best
