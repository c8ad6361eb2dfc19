import heapq
from collections import Counter


def top_k(words: list[str], k: int) -> list[str]:
    """The k most frequent distinct terms of `words`, by frequency from high to low; terms with
    equal frequency are ordered alphabetically. 1 <= k <= number of distinct terms."""
    counts = Counter(words)
    # the k smallest under (-count, term): most frequent first, alphabetical among ties
    return heapq.nsmallest(k, counts, key=lambda term: (-counts[term], term))
