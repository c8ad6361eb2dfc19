from __future__ import annotations


class Value:
    """A scalar in a computation graph, with reverse-mode automatic differentiation.

    `.data` is the float value, `.grad` the gradient d(output)/d(self), 0.0 until a backward
    pass reaches it. Python numbers may appear on either side of every operator.
    """

    def __init__(self, data: float) -> None:
        """Wrap a number: `.data = float(data)`, `.grad = 0.0`. You may add parameters for
        your graph bookkeeping, as long as they have defaults."""
        raise NotImplementedError

    def __add__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __radd__(self, other: float) -> Value:
        raise NotImplementedError

    def __sub__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __rsub__(self, other: float) -> Value:
        raise NotImplementedError

    def __mul__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __rmul__(self, other: float) -> Value:
        raise NotImplementedError

    def __truediv__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __rtruediv__(self, other: float) -> Value:
        raise NotImplementedError

    def __pow__(self, exponent: float) -> Value:
        """self ** exponent for a constant (int or float) exponent."""
        raise NotImplementedError

    def __neg__(self) -> Value:
        raise NotImplementedError

    def exp(self) -> Value:
        raise NotImplementedError

    def log(self) -> Value:
        """Natural logarithm."""
        raise NotImplementedError

    def tanh(self) -> Value:
        raise NotImplementedError

    def relu(self) -> Value:
        """max(self, 0); its derivative is taken as 0 at 0."""
        raise NotImplementedError

    def backward(self) -> None:
        """Set this value's gradient to 1 and add d(self)/d(v) to `.grad` of every Value v it
        depends on, visiting each node once in reverse topological order. Gradients of a
        value used several times accumulate. Nothing is zeroed first: the caller resets
        `.grad` between backward passes, as in PyTorch. No recursion limit: a chain of 20,000
        operations works."""
        raise NotImplementedError
