def shortest_front_palindrome(s: str) -> str:
    """The shortest palindrome made by adding characters only to the front of s."""
    raise NotImplementedError
