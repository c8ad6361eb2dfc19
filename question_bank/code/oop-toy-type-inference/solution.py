import re
from collections.abc import Iterator
from dataclasses import dataclass


class TypeCheckError(Exception):
    """Raised (with a short message) when a call does not type-check."""


class Type:
    """A primitive, a type variable or a tuple; immutable, compared by structure."""

    __slots__ = ()


@dataclass(frozen=True)
class Prim(Type):
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Var(Type):
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Tup(Type):
    items: tuple[Type, ...]

    def __str__(self) -> str:
        return "[" + ", ".join(map(str, self.items)) + "]"


PRIMITIVES = {"int", "float", "str", "bool"}
VARIABLE = re.compile(r"T\d+")
TOKEN = re.compile(r"[\[\],]|[^\[\],]+")


# -- level 1: parsing and printing ---------------------------------------------------------


def parse_type(text: str) -> Type:
    tokens = TOKEN.findall("".join(text.split()))
    parsed, end = _parse(tokens, 0)
    if end != len(tokens):
        raise ValueError(f"unexpected {tokens[end]!r} after a complete type")
    return parsed


def _parse(tokens: list[str], pos: int) -> tuple[Type, int]:
    """The type that starts at tokens[pos], and the position just after it."""
    if pos >= len(tokens):
        raise ValueError("unexpected end of type")
    token = tokens[pos]
    if token == "[":
        items = []
        while True:
            item, pos = _parse(tokens, pos + 1)
            items.append(item)
            if pos >= len(tokens):
                raise ValueError("unclosed '['")
            if tokens[pos] == "]":
                return Tup(tuple(items)), pos + 1
            if tokens[pos] != ",":
                raise ValueError(f"expected ',' or ']', got {tokens[pos]!r}")
    if token in PRIMITIVES:
        return Prim(token), pos + 1
    if VARIABLE.fullmatch(token):
        return Var(token), pos + 1
    raise ValueError(f"unknown type {token!r}")


def variables(t: Type) -> Iterator[str]:
    """Names of the type variables in `t`, in order, with repeats."""
    if isinstance(t, Var):
        yield t.name
    elif isinstance(t, Tup):
        for item in t.items:
            yield from variables(item)


class Function:
    def __init__(self, params: list[Type], ret: Type) -> None:
        self.params = tuple(params)
        self.ret = ret
        bound = {name for p in self.params for name in variables(p)}
        free = [name for name in variables(ret) if name not in bound]
        if free:
            raise ValueError(f"return type uses {free[0]}, which no parameter has")

    def __str__(self) -> str:
        return f"({', '.join(map(str, self.params))}) -> {self.ret}"


# -- levels 2 and 3: unification -----------------------------------------------------------

FN_MARK = "'"
"""Suffix that renames the function's variables apart from the caller's (T1 -> T1')."""


def _rename(t: Type) -> Type:
    if isinstance(t, Var):
        return Var(t.name + FN_MARK)
    if isinstance(t, Tup):
        return Tup(tuple(_rename(item) for item in t.items))
    return t


def _resolve(t: Type, sub: dict[str, Type]) -> Type:
    while isinstance(t, Var) and t.name in sub:
        t = sub[t.name]
    return t


def _occurs(name: str, t: Type, sub: dict[str, Type]) -> bool:
    t = _resolve(t, sub)
    if isinstance(t, Var):
        return t.name == name
    if isinstance(t, Tup):
        return any(_occurs(name, item, sub) for item in t.items)
    return False


def _bind(var: Var, t: Type, sub: dict[str, Type]) -> None:
    if _occurs(var.name, t, sub):
        raise TypeCheckError(f"{var} cannot stand for a type that contains it")
    sub[var.name] = t


def _unify(a: Type, b: Type, sub: dict[str, Type]) -> None:
    a, b = _resolve(a, sub), _resolve(b, sub)
    if a == b:
        return
    if isinstance(a, Var) and (not isinstance(b, Var) or a.name.endswith(FN_MARK)):
        _bind(a, b, sub)  # a function variable is solved in the caller's terms when it can be
    elif isinstance(b, Var):
        _bind(b, a, sub)
    elif isinstance(a, Tup) and isinstance(b, Tup) and len(a.items) == len(b.items):
        for x, y in zip(a.items, b.items, strict=True):
            _unify(x, y, sub)
    else:
        raise TypeCheckError(f"{_apply(a, sub)} does not match {_apply(b, sub)}")


def _apply(t: Type, sub: dict[str, Type]) -> Type:
    t = _resolve(t, sub)
    if isinstance(t, Tup):
        return Tup(tuple(_apply(item, sub) for item in t.items))
    return t


def _fresh_names(t: Type, taken: set[str]) -> Type:
    """Give function variables left unsolved (`([T1]) -> T1` called with a caller `T5`) fresh
    caller-style names, so a result never shows the internal renaming."""
    names: dict[str, Var] = {}
    number = max((int(name[1:]) for name in taken), default=0)

    def walk(u: Type) -> Type:
        nonlocal number
        if isinstance(u, Var) and u.name.endswith(FN_MARK):
            if u.name not in names:
                number += 1
                names[u.name] = Var(f"T{number}")
            return names[u.name]
        if isinstance(u, Tup):
            return Tup(tuple(walk(item) for item in u.items))
        return u

    return walk(t)


def infer_return(fn: Function, args: list[Type]) -> Type:
    if len(args) != len(fn.params):
        raise TypeCheckError(f"expected {len(fn.params)} arguments, got {len(args)}")
    sub: dict[str, Type] = {}
    for param, arg in zip(fn.params, args, strict=True):
        _unify(_rename(param), arg, sub)
    result = _apply(_rename(fn.ret), sub)
    return _fresh_names(result, {name for arg in args for name in variables(arg)})


# -- level 4: overloads --------------------------------------------------------------------

_overloads: dict[str, list[Function]] = {}


def register(name: str, fn: Function) -> None:
    _overloads.setdefault(name, []).append(fn)


def call(name: str, args: list[Type]) -> Type:
    accepted: list[tuple[int, Type]] = []
    for fn in _overloads.get(name, []):
        try:
            result = infer_return(fn, args)
        except TypeCheckError:
            continue
        accepted.append((len({v for p in fn.params for v in variables(p)}), result))
    if not accepted:
        raise TypeCheckError(f"no overload of {name!r} accepts these arguments")
    fewest = min(count for count, _ in accepted)
    best = [result for count, result in accepted if count == fewest]
    if len(best) > 1:
        raise TypeCheckError(f"ambiguous call to {name!r}")
    return best[0]
