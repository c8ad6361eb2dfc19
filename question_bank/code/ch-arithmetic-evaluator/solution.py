def evaluate(expr: str) -> int:
    """The value of expr, without the built-in eval.

    expr holds non-negative integers, + - * /, parentheses and spaces, and is always valid, with
    no unary minus. * and / bind tighter than + and -; operators of equal precedence apply left
    to right; / is integer division that truncates toward zero.
    """
    pos = 0

    def apply(terms: list[int], op: str, num: int) -> None:
        """Fold num into the terms of one level, with the operator that preceded it."""
        if op == "+":
            terms.append(num)
        elif op == "-":
            terms.append(-num)
        elif op == "*":
            terms.append(terms.pop() * num)
        else:  # division truncating toward zero (Python's // floors)
            a = terms.pop()
            q = abs(a) // abs(num)
            terms.append(q if (a < 0) == (num < 0) else -q)

    def level() -> int:
        """Read up to the matching ')' or the end; the value is the sum of its terms."""
        nonlocal pos
        terms: list[int] = []
        num, op = 0, "+"
        while pos < len(expr):
            ch = expr[pos]
            pos += 1
            if ch.isdigit():
                num = num * 10 + int(ch)
            elif ch == "(":
                num = level()
            elif ch in "+-*/":
                apply(terms, op, num)
                num, op = 0, ch
            elif ch == ")":
                break
        apply(terms, op, num)
        return sum(terms)

    return level()
