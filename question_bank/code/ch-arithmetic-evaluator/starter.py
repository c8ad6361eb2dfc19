def evaluate(expr: str) -> int:
    """The value of expr, without the built-in eval.

    expr holds non-negative integers, + - * /, parentheses and spaces, and is always valid, with
    no unary minus. * and / bind tighter than + and -; operators of equal precedence apply left
    to right; / is integer division that truncates toward zero.
    """
    raise NotImplementedError
