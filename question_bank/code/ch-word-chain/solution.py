from collections import deque
from string import ascii_lowercase


def chain_length(start: str, end: str, words: list[str]) -> int:
    """The number of words in the shortest chain from start to end, counting both ends.

    Each step changes exactly one letter, and every word after start must be in words (start need
    not be). All words have the same length and are lowercase. Returns 0 when there is no chain.
    """
    unseen = set(words)
    if end not in unseen:
        return 0
    unseen.discard(start)
    queue = deque([(start, 1)])
    while queue:
        word, count = queue.popleft()
        if word == end:
            return count
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1 :]
            for ch in ascii_lowercase:
                nxt = head + ch + tail
                if nxt in unseen:
                    unseen.remove(nxt)  # visited as soon as it is queued
                    queue.append((nxt, count + 1))
    return 0
