from __future__ import annotations

import math


class Value:
    """A scalar in a computation graph, with reverse-mode automatic differentiation.

    `.data` is the float value, `.grad` the gradient d(output)/d(self), 0.0 until a backward
    pass reaches it. Python numbers may appear on either side of every operator.
    """

    def __init__(
        self, data: float, parents: tuple[Value, ...] = (), local_grads: tuple[float, ...] = ()
    ) -> None:
        """Wrap a number: `.data = float(data)`, `.grad = 0.0`. You may add parameters for
        your graph bookkeeping, as long as they have defaults."""
        self.data = float(data)
        self.grad = 0.0
        self._parents = parents  # the Values this one was computed from
        self._local = local_grads  # d self / d parent, one float per parent

    def __repr__(self) -> str:
        return f"Value(data={self.data}, grad={self.grad})"

    @staticmethod
    def _lift(other: Value | float) -> Value:
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other: Value | float) -> Value:
        other = Value._lift(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __radd__(self, other: float) -> Value:
        return self + other

    def __sub__(self, other: Value | float) -> Value:
        return self + (-Value._lift(other))

    def __rsub__(self, other: float) -> Value:
        return Value._lift(other) - self

    def __mul__(self, other: Value | float) -> Value:
        other = Value._lift(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __rmul__(self, other: float) -> Value:
        return self * other

    def __truediv__(self, other: Value | float) -> Value:
        return self * Value._lift(other) ** -1

    def __rtruediv__(self, other: float) -> Value:
        return Value._lift(other) * self**-1

    def __pow__(self, exponent: float) -> Value:
        """self ** exponent for a constant (int or float) exponent."""
        return Value(self.data**exponent, (self,), (exponent * self.data ** (exponent - 1),))

    def __neg__(self) -> Value:
        return self * -1.0

    def exp(self) -> Value:
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def log(self) -> Value:
        """Natural logarithm."""
        return Value(math.log(self.data), (self,), (1.0 / self.data,))

    def tanh(self) -> Value:
        t = math.tanh(self.data)
        return Value(t, (self,), (1.0 - t * t,))

    def relu(self) -> Value:
        """max(self, 0); its derivative is taken as 0 at 0."""
        return Value(max(self.data, 0.0), (self,), (float(self.data > 0),))

    def backward(self) -> None:
        """Set this value's gradient to 1 and add d(self)/d(v) to `.grad` of every Value v it
        depends on, visiting each node once in reverse topological order. Gradients of a
        value used several times accumulate. Nothing is zeroed first: the caller resets
        `.grad` between backward passes, as in PyTorch. No recursion limit: a chain of 20,000
        operations works."""
        order: list[Value] = []
        seen: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        while stack:  # iterative post-order DFS: parents are emitted before their consumers
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack.append((node, True))
                stack.extend((p, False) for p in node._parents)
        self.grad = 1.0
        for node in reversed(order):  # every consumer before its inputs
            for parent, local in zip(node._parents, node._local):
                parent.grad += local * node.grad  # +=: a value used twice gets both paths
