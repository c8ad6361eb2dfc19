"""What notes hold that a terminal cannot show as written: LaTeX becomes readable text
(`\\frac{\\partial L}{\\partial w}` reads `∂L/∂w`) and HTML becomes Markdown or goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser


def _names(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> set[str]:
    return set(_names(text))


_GREEK_NAMES = tuple(
    _names(
        "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
        "xi pi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma "
        "Upsilon Phi Psi Omega"
    )
)

# --- LaTeX ----------------------------------------------------------------------------------------

_SYMBOLS = {
    **dict(
        zip(
            _GREEK_NAMES,
            "αβγδεεζηθϑικλμνξπρστυφφχψωΓΔΘΛΞΠΣΥΦΨΩ",
            strict=True,
        )
    ),
    "ell": "ℓ",
    "partial": "∂",
    "nabla": "∇",
    "cdot": "·",
    "cdots": "⋯",
    "ldots": "…",
    "dots": "…",
    "times": "×",
    "div": "÷",
    "pm": "±",
    "mp": "∓",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "ne": "≠",
    "approx": "≈",
    "sim": "~",
    "simeq": "≃",
    "equiv": "≡",
    "propto": "∝",
    "infty": "∞",
    "sum": " Σ",  # a sum after a factor (`1/n Σ`) needs its space
    "prod": " Π",
    "int": " ∫",
    "in": "∈",
    "notin": "∉",
    "subset": "⊂",
    "subseteq": "⊆",
    "cup": "∪",
    "cap": "∩",
    "emptyset": "∅",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "Rightarrow": "⇒",
    "implies": "⇒",
    "iff": "⇔",
    "mapsto": "↦",
    "forall": "∀",
    "exists": "∃",
    "neg": "¬",
    "land": "∧",
    "lor": "∨",
    "top": "ᵀ",
    "intercal": "ᵀ",
    "circ": "∘",
    "odot": "⊙",
    "otimes": "⊗",
    "oplus": "⊕",
    "mid": "|",
    "vert": "|",
    "lVert": "‖",
    "rVert": "‖",
    "Vert": "‖",
    "|": "‖",
    "langle": "⟨",
    "rangle": "⟩",
    "lfloor": "⌊",
    "rfloor": "⌋",
    "lceil": "⌈",
    "rceil": "⌉",
    "quad": " ",
    "qquad": "  ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    " ": " ",
    "{": "{",
    "}": "}",
    "_": "_",
    "%": "%",
    "$": "$",
    "&": "&",
    "#": "#",
}
_GREEK = "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda"
_PREFIX = _words(_GREEK) | _words("mu nu xi pi rho sigma tau upsilon phi varphi chi psi omega")
_PREFIX |= {"partial", "nabla", "ell"}
_NAMED = _words("log ln exp max min arg argmax argmin sin cos tan tanh sigmoid det tr sup inf lim")
_SIZING = _words("left right big Big bigg Bigg bigl bigr Bigl Bigr displaystyle textstyle")
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ"}
_ACCENTS = {"hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0305"}
_ACCENTS |= {"tilde": "\u0303", "widetilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
_STYLES = _words("mathbf mathrm mathit mathsf mathcal boldsymbol text textbf textit mbox")
_STYLES |= {"operatorname"}
_SUPER = dict(zip("0123456789+-=()niTtaeoxkmpr", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵗᵃᵉᵒˣᵏᵐᵖʳ", strict=True))
_SUB = dict(zip("0123456789+-=()aeoxijklmnprstuv", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓᵢⱼₖₗₘₙₚᵣₛₜᵤᵥ", strict=True))
_TOKEN = re.compile(r"\\([A-Za-z]+|.)|([{}^_])|(\s+)|(.)", re.S)


class _Latex:
    """A small recursive reader of LaTeX math: commands, groups, scripts and fractions."""

    def __init__(self, source: str) -> None:
        self.tokens = [
            (m.group(1), m.group(2), m.group(3), m.group(4)) for m in _TOKEN.finditer(source)
        ]
        self.at = 0

    def read(self, stop: str = "") -> str:
        out: list[str] = []
        while self.at < len(self.tokens):
            command, special, space, char = self.tokens[self.at]
            if special == stop == "}":
                self.at += 1
                break
            self.at += 1
            if command is not None:
                out.append(self.command(command))
            elif special == "{":
                out.append(self.read("}"))
            elif special in ("^", "_"):
                out.append(_script(self.argument(), _SUPER if special == "^" else _SUB, special))
            elif space is not None:
                out.append(" ")
            elif special != "}":
                out.append(char or "")
        return "".join(out)

    def argument(self) -> str:
        """One argument: a group, a command, or one character (spaces before it skipped)."""
        while self.at < len(self.tokens) and self.tokens[self.at][2] is not None:
            self.at += 1
        if self.at >= len(self.tokens):
            return ""
        command, special, _, char = self.tokens[self.at]
        self.at += 1
        if special == "{":
            return self.read("}")
        if command is not None:
            return self.command(command)
        return char or special or ""

    def _space_before_word(self) -> bool:
        ahead = self.tokens[self.at : self.at + 2]
        if len(ahead) < 2 or ahead[0][2] is None:
            return False
        command, _, _, char = ahead[1]
        return command is not None or bool(char and char.isalnum())

    def command(self, name: str) -> str:
        if name in _PREFIX and self._space_before_word():
            self.at += 1  # `\\partial L` reads ∂L; around operators (`x \\sim p`) spaces stay
        if name == "frac" or name in ("dfrac", "tfrac"):
            top, bottom = self.argument(), self.argument()
            return f"{_grouped(top)}/{_grouped(bottom)}"
        if name == "sqrt":
            return "√" + _grouped(self.argument())
        if name == "mathbb":
            inner = self.argument()
            return "".join(_BLACKBOARD.get(c, c) for c in inner)
        if name in _ACCENTS:
            inner = self.argument()
            return inner + _ACCENTS[name] if len(inner) == 1 else f"{inner}{_ACCENTS[name]}"
        if name in _STYLES:
            return self.argument()
        if name in _SIZING:
            return ""
        if name in _NAMED:
            return name
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        if self.at < len(self.tokens) and self.tokens[self.at][1] == "{":
            return f"\\{name}{{{self.argument()}}}"  # unknown: shown as written
        return "\\" + name


_SCRIPTS = "".join(sorted({*_SUPER.values(), *_SUB.values()}))
_ONE_TERM = re.compile(
    rf"[∂∇√]?(?:[^\W\d_]+|\d+(?:\.\d+)?|\([^()]*\))[{_SCRIPTS}'\u0300-\u036f\u20d7]*"
)


def _grouped(text: str) -> str:
    """`text` in parentheses unless it reads as one term (`x`, `σ²`, `∂w`, `(x - μ)²`)."""
    text = text.strip()
    return text if _ONE_TERM.fullmatch(text) else f"({text})"


def _script(text: str, table: dict[str, str], mark: str) -> str:
    text = text.strip()
    if text and all(c in table or c in table.values() for c in text):
        return "".join(table.get(c, c) for c in text)
    return f"{mark}{_grouped(text)}"


def latex_text(source: str) -> str:
    """LaTeX math as readable text; what it does not know stays as written."""
    try:
        return " ".join(_Latex(source).read().split())
    except RecursionError:  # pragma: no cover - nesting past reason: show it as written
        return source


# --- HTML -----------------------------------------------------------------------------------------

_INLINE = {"b": "**", "strong": "**", "i": "*", "em": "*", "code": "`", "s": "~~", "del": "~~"}
_BLOCK = {"p", "div", "section", "article", "table", "tr", "ul", "ol", "blockquote", "pre"}
_DROP = {"script", "style", "head", "title"}
_HTML_TAGS = (
    _words(
        "a abbr address article aside b big blockquote body br caption center cite code col dd "
        "del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 head header "
        "hr html i img ins kbd label li mark math nav ol p picture pre q s samp section small "
        "source span strike strong style script sub summary sup svg table tbody td tfoot th thead "
        "title tr tt u ul var video wbr"
    )
    | set(_INLINE)
    | _BLOCK
    | _DROP
)
_ANSWER_SUMMARY = re.compile(r"^\s*(show\s+|see\s+)?(the\s+)?(answer|solution|explanation)\b", re.I)


class HtmlMarkdown(HTMLParser):
    """HTML as Markdown: emphasis, links, images and line breaks kept, every other tag stripped
    (comments too: the spaced-repetition plugins keep their schedule in them). Fed a whole block
    or, within a paragraph, one tag at a time: `take()` returns what was made so far."""

    def __init__(self, image: Callable[[str, str], str]) -> None:
        super().__init__(convert_charrefs=False)
        self.image = image
        """Makes `![alt](path)` of an image's src and alt (the path resolved to the notes)."""
        self.out: list[str] = []
        self.links: list[str] = []
        self.dropping = 0
        self.summary: list[str] | None = None

    def take(self) -> str:
        text, self.out = "".join(self.out), []
        return text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag not in _HTML_TAGS:
            self.out.append(f"`{self.get_starttag_text()}`")  # `<UNK>`, `<T>`: words, not HTML
        elif tag in _DROP:
            self.dropping += 1
        elif tag == "img":
            self.out.append(self.image(values.get("src", ""), values.get("alt", "")))
        elif tag == "br":
            self.out.append("\n")
        elif tag in _INLINE:
            self.out.append(_INLINE[tag])
        elif tag == "a":
            self.links.append(values.get("href", ""))
            self.out.append("[" if values.get("href") else "")
        elif tag == "summary":
            self.summary = []
        elif tag == "details":
            self.out.append("\n\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in ("td", "th"):
            self.out.append(" | ")
        elif tag in _BLOCK:
            self.out.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _HTML_TAGS:
            self.out.append(f"`</{tag}>`")
        elif tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _INLINE:
            self.out.append(_INLINE[tag])
        elif tag == "a" and self.links:
            href = self.links.pop()
            self.out.append(f"]({href})" if href else "")
        elif tag == "summary" and self.summary is not None:
            words = "".join(self.summary).strip()
            self.summary = None
            # "Answer" over a folded answer says nothing; any other summary is a caption
            if words and not _ANSWER_SUMMARY.match(words):
                self.out.append(f"**{words}**\n\n")
        elif tag in _BLOCK or tag in ("h1", "h2", "h3", "h4", "h5", "h6", "details"):
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.summary is not None:
            self.summary.append(data)
        else:
            self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")  # Markdown shows entities itself

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def html_block(source: str, image: Callable[[str, str], str]) -> str:
    """A block of HTML as Markdown (blank lines between its blocks, none at the ends)."""
    parser = HtmlMarkdown(image)
    parser.feed(source)
    parser.close()
    text = re.sub(r"[ \t]+\n", "\n", parser.take())
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
