"""Finding the questions in a notes file, on markdown-it-py's tree of blocks.

A question is a heading or a list item that ends in `?` or starts with an imperative verb
("Derive ...", "List the ..."); every sub-heading and top-level item under a "Questions",
"Q&A" or "Interview questions" heading; a paragraph whose first line ends in `?`; a
flash card (`Question::Answer`, `Q:`/`A:`, a line holding `?` between question and answer,
cloze `==text==` or `{{c1::text}}`, an Obsidian `> [!question]` callout, a Question | Answer
table). Its answer is what the notes say under it. A question inside another (a nested item,
a sub-heading) carries its parent's text as context. A line that looked like a question and
was not taken is reported with the reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mockterm.core.bank.notes import cards
from mockterm.core.bank.notes.found import (
    Collector,
    Context,
    Heading,
    Open,
    ParsedNotes,
    Question,
)
from mockterm.core.bank.notes.markdown import Block, NotesDocument

_SECTION = re.compile(
    r"^(?:(?:interview|practice|review|sample|common|key|study|self[- ]test|open|my|easy|"
    r"medium|hard|more|other|bonus|extra)\s+)*(?:questions?|q\s*&\s*a|q\s*/\s*a|faqs?|"
    r"flash ?cards?|cards|quiz(?:zes)?|drills?|exercises?)\b",
    re.I,
)
_CALLOUT = re.compile(r"^\[!(?:question|faq|help|quiz|flashcard|card)\][+-]?\s*(.*)$", re.I)
_QA_HEADERS = (
    ("question", "q", "front", "term", "prompt", "concept"),
    ("answer", "a", "back", "definition", "meaning", "explanation"),
)


def parse_notes(text: str, base: Path | None = None, vault: Path | None = None) -> ParsedNotes:
    """The questions in a Markdown text, and what was skipped. `base` is the notes' folder
    (images and relative links resolve against it); `vault` is where Obsidian embeds are found."""
    finder = _Finder(NotesDocument(text, base, vault))
    finder.container(finder.doc.blocks, Context(), top=True)
    finder.close()
    finder.close_headings(0)
    questions = sorted(finder.found, key=lambda q: q.line)  # stable: cards of a line keep order
    return ParsedNotes(tuple(questions), tuple(sorted(finder.skipped, key=lambda s: s.line)))


class _Finder(Collector):
    """Walks the document's blocks and says what each is: a question, its answer, or neither."""

    # --- headings -------------------------------------------------------------------------------

    def heading(self, block: Block) -> None:
        found = cards.marks(self.doc.inline_markdown(block), numbered=True)
        title = cards.clean(found.text)
        level = block.level
        opened = self.open
        in_section = self.section is not None and level > self.section
        is_section = bool(_SECTION.match(cards.bare(title).rstrip(":"))) and not cards.asks(title)
        grouping = is_section or bool(cards.difficulty_of(title))  # "Questions", "Hard"
        asks = (
            bool(title)
            and not grouping
            and (cards.asks(title) or cards.imperative(title) or in_section)
        )
        if (
            opened is not None
            and opened.level
            and level > opened.level
            and not asks
            and not grouping
        ):
            opened.ranges.append((block.start, block.end))  # a sub-topic of the answer
            self.headings.append(Heading(level, block.start, title, False, asked=True))
            return
        self.close()
        self.close_headings(level)
        difficulty = found.difficulty or cards.difficulty_of(title)
        if grouping:
            self.section = level if is_section else self.section
            heading = Heading(level, block.start, title, False, difficulty, topic=False, asked=True)
            self.headings.append(heading)
            return
        if not asks:
            self.headings.append(Heading(level, block.start, title, False, difficulty))
            return
        parents = tuple(h.text for h in self.headings if h.question)
        question = self.question(block.start, title, Context(parents, difficulty), "heading")
        self.headings.append(Heading(level, block.start, title, True, difficulty))
        self.open = Open(question, level=level, end=block.end)

    # --- a sequence of blocks (the file, an item's, a quote's) ----------------------------------

    def container(self, blocks: list[Block], ctx: Context, *, top: bool = False) -> None:
        for block in blocks:
            kind = block.kind
            waiting = self.open
            if (
                waiting is not None
                and waiting.question.kind == "card"
                and block.start > waiting.end
            ):
                self.close()  # a multi-line card ends at a blank line
            elif waiting is not None and waiting.awaiting:
                if (
                    block.kind == "paragraph"
                    and cards.a_line(block.text.split("\n")[0]) is not None
                ):
                    waiting.awaiting = False
                else:
                    self.close()
            opened = self.open
            if kind == "heading" and top:
                self.heading(block)
            elif kind in ("paragraph", "heading"):
                self.paragraph(block, ctx)
            elif kind == "list":
                if opened is not None:
                    self.answer_list(block, opened)
                else:
                    for item in block.children:
                        forced = top and self.section is not None
                        self.item(item, ctx, forced=forced)
            elif (kind == "quote" and self.callout(block, ctx)) or (
                kind == "table" and self.table(block, ctx)
            ):
                pass  # a callout question, a Question | Answer table: taken
            elif kind == "hr":
                if opened is not None and not opened.level:
                    self.close()
            elif kind == "front_matter":
                pass
            elif opened is not None:
                self.extend(opened, block)
            elif kind == "quote":
                self.container(block.children, replace(ctx, quoted=True))
            else:
                self.prose(block)
                if kind == "table":
                    self.table_questions(block)
        if not top:
            self.close()

    def extend(self, opened: Open, block: Block) -> None:
        """`block` belongs to the open question's answer."""
        opened.ranges.append((block.start, block.end))
        opened.end = block.end

    def prose(self, block: Block) -> None:
        if self.headings and block.kind != "html":
            self.headings[-1].prose = True

    # --- paragraphs: flash cards, Q:/A:, bold and plain questions -------------------------------

    def paragraph(self, block: Block, ctx: Context) -> None:
        lines = block.text.split("\n")
        start = block.start
        opened = self.open
        explicit = (
            any(
                cards.q_line(x) is not None or x.strip() in ("?", "??") or cards.inline_card(x)
                for x in lines
            )
            or cards.bold_question(lines[0]) is not None
        )
        if opened is not None and not explicit:
            plain = cards.asks(lines[0]) and not opened.level
            if not plain:
                self.extend(opened, block)
                return
        if opened is not None:
            self.close()
        used: set[int] = set()
        self.qa_cards(lines, start, ctx, used)
        self.multiline_cards(block, lines, ctx, used)
        for index, line in enumerate(lines):
            if index in used:
                continue
            if cards.inline_card(cards.marks(line).text) is not None:
                used.add(index)
                self.one_line_card(start + index, line, ctx)
        first = cards.bold_question(lines[0]) if 0 not in used else None
        if 0 not in used and (first is not None or cards.asks(lines[0])):
            question = self.question(start, first or lines[0], ctx, "paragraph")
            self.open = Open(question, [(start + 1, block.end)], end=block.end, quoted=ctx.quoted)
            used.update(range(len(lines)))
        for index, line in enumerate(lines):
            if index in used:
                continue
            for cloze in cards.clozes(line):
                used.add(index)
                question = self.question(start + index, cloze.question, ctx, "cloze", key=cloze.key)
                answer = self.doc.readable(cloze.answer, start + index)
                self.found.append(replace(question, answer=answer))
        for index, line in enumerate(lines):
            if index not in used and cards.asks(line):
                self.skip(
                    start + index,
                    line,
                    "a line ending in '?' inside a paragraph: give it a line (or a list item) "
                    "of its own to make it a question",
                )
        if len(used) < len(lines):
            self.prose(block)

    def qa_cards(self, lines: list[str], start: int, ctx: Context, used: set[int]) -> None:
        """`Q: ...` lines, each with the lines after it up to the next (`A:` starts its answer)."""
        starts = [i for i, line in enumerate(lines) if cards.q_line(line) is not None]
        for number, first in enumerate(starts):
            last = starts[number + 1] if number + 1 < len(starts) else len(lines)
            answer_at = next(
                (i for i in range(first + 1, last) if cards.a_line(lines[i]) is not None), last
            )
            words = " ".join([cards.q_line(lines[first]) or "", *lines[first + 1 : answer_at]])
            question = self.question(start + first, words, ctx, "paragraph")
            used.update(range(first, last))
            ranges = [(start + answer_at, start + last)]
            if last == len(lines):  # the paragraph's last card: the blocks after it may answer too
                awaiting = answer_at == last
                self.open = Open(
                    question, ranges, end=start + last, quoted=ctx.quoted, awaiting=awaiting
                )
            else:
                self.emit(question, ranges, quoted=ctx.quoted)

    def multiline_cards(self, block: Block, lines: list[str], ctx: Context, used: set[int]) -> None:
        """A line holding `?` (`??`: both ways) between a question's lines and its answer's."""
        seps = [i for i, line in enumerate(lines) if line.strip() in ("?", "??") and i not in used]
        if not seps:
            return
        begin = 0
        for number, sep in enumerate(seps):
            end = seps[number + 1] if number + 1 < len(seps) else len(lines)
            # the next card's question starts after this answer's last line: a blank-free run of
            # lines cannot say where, so each card after the first takes one line of question
            if number + 1 < len(seps):
                end = seps[number + 1] - 1
            # a `front::back` line just above is a card of its own (the plugin reads it so)
            while begin < sep and cards.inline_card(cards.marks(lines[begin]).text) is not None:
                begin += 1
            question_lines = lines[begin:sep]
            start = block.start
            question = self.question(start + begin, " ".join(question_lines), ctx, "card")
            used.update(range(begin, end))
            ranges = [(start + sep + 1, start + end)]
            both = lines[sep].strip() == "??"
            if end == len(lines) and not both:
                self.open = Open(question, ranges, end=block.end, quoted=ctx.quoted)
            else:
                self.emit(question, ranges, quoted=ctx.quoted)
                if both:
                    answer = self.doc.render(ranges).text
                    back = self.question(
                        start + sep + 1, answer.replace("\n", " "), ctx, "card", key="reverse"
                    )
                    self.emit_text(back, " ".join(question_lines))
            begin = end

    def one_line_card(self, line: int, text: str, ctx: Context) -> None:
        """`front::back` (`:::` both ways); the line's marks (tags, id, difficulty) are its."""
        found = cards.marks(text)
        card = cards.inline_card(found.text)
        assert card is not None
        front, back, both = card
        ctx = replace(ctx, difficulty=found.difficulty or ctx.difficulty)
        sides = [(front, back, "")] + ([(back, front, "reverse")] if both else [])
        for asked, answer, key in sides:
            question = self.question(line, asked, ctx, "card", key=key)
            self.emit_text(replace(question, tags=found.tags, block_id=found.block_id), answer)

    def emit_text(self, question: Question, answer: str) -> None:
        """Keep a card whose answer is text on its own line (`::`, a table cell)."""
        text = self.doc.readable(cards.clean(cards.marks(answer).text), question.line - 1)
        self.emit(question, answer=text)

    # --- lists ----------------------------------------------------------------------------------

    def item(self, item: Block, ctx: Context, *, forced: bool = False) -> None:
        """A list item: a question (its nested items that ask are questions of their own), or
        the context of the questions nested in it."""
        children = item.children
        first = children[0] if children and children[0].kind == "paragraph" else None
        if first is None:
            self.container(children, ctx)
            return
        lines = first.text.split("\n")
        found = cards.marks(lines[0])
        head = found.text
        if cards.inline_card(head) or cards.q_line(head) is not None or cards.clozes(head):
            self.container(children, ctx)
            return
        taken = 1
        nested = [s for c in children[1:] if c.kind == "list" for s in c.children]
        # a numbered item of a Questions section is one, unless it only groups the ones under it
        forced = forced and not any(map(_asks_item, nested))
        if not cards.asks(head) and cards.asks(first.text):
            # one question written over lines: up to the first line that ends in '?'
            taken = next(i for i, line in enumerate(lines) if cards.asks(line)) + 1
        elif cards.asks(head) or forced or (cards.imperative(head) and not found.task):
            pass
        else:
            if cards.imperative(head) and found.task:
                self.skip(first.start, head, "a to-do item (a checkbox), not a question")
            parent = cards.clean(cards.bare(self.doc.readable(head))).rstrip(":.;,")
            difficulty = found.difficulty or ctx.difficulty
            self.container(
                children, replace(ctx, parents=(*ctx.parents, parent), difficulty=difficulty)
            )
            return
        question = self.question(first.start, " ".join([lines[0], *lines[1:taken]]), ctx, "item")
        ranges = [(first.start + taken, first.end), *((c.start, c.end) for c in children[1:])]
        exclude: list[tuple[int, int]] = []
        inner = replace(ctx, parents=(*ctx.parents, question.text), difficulty=question.difficulty)
        for sub in nested:
            if _asks_item(sub):
                exclude.append((sub.start, sub.end))
                self.item(sub, inner)
        self.close()
        self.emit(question, ranges, exclude, quoted=ctx.quoted)

    def answer_list(self, block: Block, opened: Open) -> None:
        """A list in an open question's answer: its items that ask are sub-questions."""
        self.extend(opened, block)
        inner = Context(
            (*opened.question.context, opened.question.text), opened.question.difficulty
        )
        for item in block.children:
            if _asks_item(item):
                opened.exclude.append((item.start, item.end))
                saved, self.open = self.open, None
                self.item(item, inner)
                self.open = saved

    # --- quotes and tables ----------------------------------------------------------------------

    def callout(self, block: Block, ctx: Context) -> bool:
        """`> [!question] What is X?` and the quote's other lines as its answer."""
        first = block.children[0] if block.children else None
        if first is None or first.kind != "paragraph":
            return False
        lines = first.text.split("\n")
        found = _CALLOUT.match(lines[0].strip())
        if found is None:
            return False
        self.close()
        words, at = found.group(1), 1
        if not words.strip() and len(lines) > 1:
            words, at = lines[1], 2
        question = self.question(first.start + at - 1, words, ctx, "callout")
        ranges = [(first.start + at, first.end), *((c.start, c.end) for c in block.children[1:])]
        self.emit(question, ranges, quoted=True)
        return True

    def table(self, block: Block, ctx: Context) -> bool:
        """A table whose header says Question | Answer (or Front | Back, Term | Definition)."""
        if len(block.cells) < 2 or len(block.cells[0]) < 2:
            return False
        header = [cards.bare(c.content).lower().strip(" :") for c in block.cells[0][:2]]
        if header[0] not in _QA_HEADERS[0] or header[1] not in _QA_HEADERS[1]:
            return False
        self.close()
        for number, row in enumerate(block.cells[1:]):
            line = block.start + 2 + number
            question = self.question(line, row[0].content, ctx, "table")
            self.emit_text(question, self.doc.cell_markdown(row[1]) if len(row) > 1 else "")
        return True

    def table_questions(self, block: Block) -> None:
        for number, row in enumerate(block.cells):
            for cell in row:
                if cards.asks(cell.content):
                    self.skip(
                        block.start + number + (1 if number else 0),
                        cell.content,
                        "a question in a table: only tables headed Question | Answer are imported",
                    )


def _asks_item(item: Block) -> bool:
    """A nested item that is a question of its own: it ends in '?' or is a flash card."""
    first = item.children[0] if item.children else None
    if first is None or first.kind != "paragraph":
        return False
    head = cards.marks(first.text.split("\n")[0]).text
    return cards.asks(head) or cards.inline_card(head) is not None
