class TypeCheckError(Exception):
    """Raised (with a short message) when a call does not type-check."""


class Type:
    """A type of the toy language: a primitive (`int`, `float`, `str`, `bool`), a type variable
    (`T` followed by digits, e.g. `T1`) or a tuple `[t1, t2, ...]` of one or more types.

    Types are immutable values; two types are equal when they print the same. `str(t)` gives the
    canonical form: no extra spaces except one after each comma, e.g. `[int, [str, T1]]`.
    Subclass it (or replace it) as you see fit.
    """

    def __str__(self) -> str:
        raise NotImplementedError


def parse_type(text: str) -> Type:
    """Parse a type; whitespace anywhere is ignored. Malformed text (unknown names, unbalanced
    brackets, empty tuple, ...) raises ValueError."""
    raise NotImplementedError


class Function:
    """A function signature: parameter types and a return type.

    `str(fn)` is `(p1, p2) -> ret` (`() -> ret` with no parameters). Creating a function whose
    return type uses a type variable that appears in no parameter raises ValueError.
    """

    def __init__(self, params: list[Type], ret: Type) -> None:
        raise NotImplementedError

    def __str__(self) -> str:
        raise NotImplementedError
