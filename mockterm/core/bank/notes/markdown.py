"""A notes file parsed by markdown-it-py into a tree of blocks that keep their source lines, and
the Markdown of any part of it as a terminal can show it: what the author wrote, with LaTeX
made readable, HTML converted or stripped, and images and relative links resolved to the notes'
folder (so they still work from a bank file kept elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from mockterm.core.bank.notes.convert import HtmlMarkdown, html_block, latex_text
from mockterm.core.paths import resolved

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp")
_EMBED = re.compile(r"(!?)\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_CLOZE = re.compile(r"\{\{c\d+::(.+?)(?:::[^}]*)?\}\}")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^#|^/", re.I)


@dataclass
class Block:
    """One block of the notes and where it is: lines `start` (0-based) up to `end`."""

    kind: str
    """heading, paragraph, list, item, quote, fence, code, math, html, hr, table, front_matter"""
    start: int
    end: int
    level: int = 0
    """A heading's level."""
    inline: Token | None = None
    """A heading's or a paragraph's text, with its inline tokens as children."""
    children: list[Block] = field(default_factory=list)
    """A list's items; an item's or a quote's blocks."""
    cells: list[list[Token]] = field(default_factory=list)
    """A table's rows of cells (the header row first)."""
    content: str = ""
    """A fence's, code block's, math block's or HTML block's text."""

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def text(self) -> str:
        return self.inline.content if self.inline is not None else ""


_OPENS = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "list_item_open": "item",
    "blockquote_open": "quote",
    "table_open": "table",
}
_LEAVES = {
    "fence": "fence",
    "code_block": "code",
    "math_block": "math",
    "math_block_label": "math",
    "html_block": "html",
    "hr": "hr",
    "front_matter": "front_matter",
}


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(dollarmath_plugin)


def parse_blocks(text: str) -> list[Block]:
    """The top-level blocks of a Markdown text."""
    root = Block("root", 0, 0)
    stack = [root]
    row: list[Token] | None = None
    for token in _parser().parse(text):
        start, end = token.map or (stack[-1].start, stack[-1].end)
        if token.type in _OPENS:
            block = Block(_OPENS[token.type], start, end, level=_heading_level(token))
            stack[-1].children.append(block)
            stack.append(block)
        elif token.type.endswith("_close") and token.type[:-6] + "_open" in _OPENS:
            stack.pop()
        elif token.type in _LEAVES:
            stack[-1].children.append(Block(_LEAVES[token.type], start, end, content=token.content))
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            stack[-1].cells.append(row)
            row = None
        elif token.type == "inline":
            if row is not None:
                row.append(token)
            else:
                stack[-1].inline = token
    return root.children


def _heading_level(token: Token) -> int:
    return int(token.tag[1]) if token.type == "heading_open" else 0


@dataclass(frozen=True)
class Rendered:
    """Markdown made from part of the notes, and the images it shows."""

    text: str
    images: tuple[str, ...] = ()


class NotesDocument:
    """One notes file: its lines, its blocks, and Markdown of any of its parts."""

    def __init__(self, text: str, base: Path | None = None, vault: Path | None = None) -> None:
        self.lines = text.splitlines()
        self.blocks = parse_blocks(text)
        self.base = base
        """The notes' folder: relative images and links are resolved against it."""
        self.vault = vault or base
        """Where `![[name.png]]` is looked for when it is not beside the notes (Obsidian finds
        an embed anywhere in the vault)."""
        self._edits: dict[int, list[str] | None] | None = None
        self._images: dict[int, list[str]] = {}
        self._pending: list[str] = []
        self._by_name: dict[str, Path] | None = None

    # --- text of one block ----------------------------------------------------------------------

    def inline_markdown(self, block: Block) -> str:
        """A heading's or paragraph's text as shown (its lines kept)."""
        if block.inline is None:
            return ""
        self._all_edits()  # the images of the line are noted once, by the edits
        text, _ = self._rewrite_inline(block.inline, -1)
        return text

    def cell_markdown(self, cell: Token) -> str:
        text, _ = self._rewrite_inline(cell, -1)
        return text

    def readable(self, text: str, line: int = -1) -> str:
        """Inline Markdown taken from the notes (part of a line: a card's side, a cloze) made
        as the blocks are: math, HTML, images and embeds rewritten; its images noted at `line`."""
        tokens = _parser().parseInline(text)
        if not tokens:
            return text
        rewritten, _ = self._rewrite_inline(tokens[0], line)
        return rewritten

    def images_at(self, line: int) -> list[str]:
        """The images shown on one line (the line of a question, say)."""
        self._all_edits()
        return list(dict.fromkeys(self._images.get(line, [])))

    # --- Markdown of a part of the notes --------------------------------------------------------

    def render(
        self, ranges: Iterable[tuple[int, int]], exclude: Sequence[tuple[int, int]] = ()
    ) -> Rendered:
        """The lines in `ranges` but not in `exclude`, as Markdown: dedented, a blank line where
        the ranges leave a gap (so two paragraphs never run into one), trimmed."""
        edits = self._all_edits()
        pieces: list[str] = []
        images: list[str] = []
        last = -2
        for start, end in sorted(ranges):
            for number in range(start, min(end, len(self.lines))):
                if number <= last or any(a <= number < b for a, b in exclude):
                    continue
                if pieces and number != last + 1:
                    pieces.append("")
                last = number
                images += self._images.get(number, [])
                if number in edits:
                    replaced = edits[number]
                    if replaced is not None:
                        pieces += replaced
                else:
                    pieces.append(self.lines[number].rstrip())
        return Rendered(_dedent(pieces), tuple(dict.fromkeys(images)))

    def _all_edits(self) -> dict[int, list[str] | None]:
        """Line number -> the lines that replace it (None: it goes), for every block whose text
        is not shown as written."""
        if self._edits is None:
            self._edits = {}
            for top in self.blocks:
                for block in top.walk():
                    self._edit(block)
        return self._edits

    def _edit(self, block: Block) -> None:
        assert self._edits is not None
        source = self.lines[block.start : block.end]
        if not source:
            return
        if block.kind == "front_matter":
            self._edits.update(dict.fromkeys(range(block.start, block.end)))
            return
        if block.kind in ("paragraph", "heading") and block.inline is not None:
            text, changed = self._rewrite_inline(block.inline, block.start)
            if not changed:
                return
            new = text.split("\n")
            first = source[0]
            at = first.find(block.inline.content.split("\n")[0][:20])
            prefixes = [first[:at] if at >= 0 else _margin(first)]
            prefixes += [_margin(line) for line in source[1:]] or [_margin(first)]
            lines = [prefixes[min(i, len(prefixes) - 1)] + line for i, line in enumerate(new)]
            if len(lines) == len(source):  # line for line: a part of the block renders alone
                self._edits.update({block.start + i: [x] for i, x in enumerate(lines)})
                return
        elif block.kind == "html":
            converted = html_block(block.content, self._image)
            self._images.setdefault(block.start, []).extend(self._pending)
            self._pending.clear()
            lines = (
                [_margin(source[0]) + line for line in converted.split("\n")] if converted else []
            )
        elif block.kind == "math":
            margin = _margin(source[0])
            body = [latex_text(line) for line in block.content.strip().split("\n")]
            lines = [margin + "```text", *(margin + line for line in body), margin + "```"]
        else:
            return
        self._edits[block.start] = lines
        self._edits.update(dict.fromkeys(range(block.start + 1, block.end)))

    # --- inline rewriting -----------------------------------------------------------------------

    def _rewrite_inline(self, inline: Token, line: int) -> tuple[str, bool]:
        """The inline text with its HTML, math, images, embeds, relative links, highlights and
        cloze marks rewritten (code spans left alone); and whether anything changed."""
        content = inline.content
        edits: list[tuple[int, int, str]] = []
        at = 0
        html = HtmlMarkdown(self._image)

        def replace(old: str, new: str, found: int = -1) -> None:
            nonlocal at
            found = content.find(old, at) if found < 0 else found
            if found >= 0:
                edits.append((found, found + len(old), new))
                at = found + len(old)
            # the images just made belong to the line they are on (an answer may start there)
            where = line + content.count("\n", 0, max(found, 0))
            self._images.setdefault(where, []).extend(self._pending)
            self._pending.clear()

        for child in inline.children or []:
            if child.type == "code_inline":
                opening = content.find(child.markup, at)
                if opening >= 0:
                    closing = content.find(child.markup, opening + len(child.markup))
                    at = closing + len(child.markup) if closing >= 0 else at
            elif child.type == "html_inline":
                html.feed(child.content)
                replace(child.content, html.take())
            elif child.type == "math_inline":
                replace(
                    f"{child.markup}{child.content}{child.markup}", f"`{latex_text(child.content)}`"
                )
            elif child.type == "image":
                src = str(child.attrs.get("src", ""))
                found = content.find("![", at)
                closing = content.find(")", content.find(src, found) if found >= 0 else at)
                if found >= 0 and closing >= 0:
                    replace(content[found : closing + 1], self._image(src, child.content), found)
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                if href and not _SCHEME.match(href) and self.base is not None:
                    replace(f"]({href}", f"]({resolved(self.base / unquote(href))}")
            elif child.type == "text":
                for pattern, make in (
                    (_EMBED, self._embed),
                    (_HIGHLIGHT, lambda m: f"**{m.group(1)}**"),
                    (_CLOZE, lambda m: f"**{m.group(1)}**"),
                ):
                    for match in pattern.finditer(child.content):
                        replace(match.group(0), make(match))
        if not edits:
            return content, False
        out, last = [], 0
        for start, end, new in sorted(edits):
            if start >= last:
                out += [content[last:start], new]
                last = end
        out.append(content[last:])
        return "".join(out), True

    def _image(self, src: str, alt: str) -> str:
        """`![alt](path)`, the path resolved to the notes' folder (kept in `_pending` until the
        caller knows its line)."""
        if not src:
            return ""
        target = src
        if not _SCHEME.match(src) and self.base is not None:
            target = str(resolved(self.base / unquote(src)))
        elif src.startswith("/"):
            target = src
        self._pending.append(target)
        return f"![{alt or Path(unquote(src)).name}]({target})"

    def _embed(self, match: re.Match[str]) -> str:
        """Obsidian's `![[image.png|200]]` (an image), `![[note]]` and `[[note|shown]]` (links)."""
        bang, name, shown = match.group(1), match.group(2).strip(), match.group(3)
        path = self._find(name)
        if bang and name.lower().endswith(IMAGE_SUFFIXES):
            alt = Path(name).name
            return self._image(str(path) if path else name, alt)
        words = (shown if shown and not shown.strip().isdigit() else "") or Path(name).stem
        if path is None:
            path = self._find(name + ".md")
        return f"[{words}]({path})" if path is not None else words

    def _find(self, name: str) -> Path | None:
        if self.base is not None and (self.base / name).is_file():
            return resolved(self.base / name)
        if self.vault is None:
            return None
        if self._by_name is None:
            self._by_name = {}
            try:
                for path in sorted(self.vault.rglob("*")):
                    if path.is_file() and not any(p.startswith(".") for p in path.parts):
                        self._by_name.setdefault(path.name.lower(), resolved(path))
            except OSError:  # an unreadable folder in the vault: what was found so far
                pass
        return self._by_name.get(Path(name).name.lower())


def _margin(line: str) -> str:
    """What comes before a line's text in its container: spaces and quote marks."""
    return line[: len(line) - len(line.lstrip(" \t>"))]


def _dedent(lines: list[str]) -> str:
    lines = [x for piece in lines for x in piece.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return ""
    expanded = [x.expandtabs(4) for x in lines]
    margin = min(len(x) - len(x.lstrip()) for x in expanded if x.strip())
    return "\n".join(x[margin:].rstrip() if x.strip() else "" for x in expanded)
