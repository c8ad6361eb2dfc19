"""A table of many rows that draws only those on screen: the Review list of ten thousand sessions.

Textual's DataTable measures and keeps every cell of every row when rows are added, so filling
it costs more the more rows there are. This one holds the rows as they are and asks for a row's
cells only when that row is drawn; sorting and filtering stay with the caller, on plain rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from mockterm.ui.text import line

Cell = str | Text


@dataclass(frozen=True)
class Column:
    """A column: its key, its label, and its width (0: what the other columns leave)."""

    key: str
    width: int = 0
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or self.key


class SessionTable(ScrollView, can_focus=True):
    """Rows of cells under a header; a cursor row; Enter selects it, a click on the header
    asks for that column's sort.

    | Class | What |
    | :- | :- |
    | `session-table--header` | the header line |
    | `session-table--cursor` | the cursor's row |
    | `session-table--even-row` | every other row |
    """

    COMPONENT_CLASSES = {
        "session-table--header",
        "session-table--cursor",
        "session-table--even-row",
    }

    DEFAULT_CSS = """
    SessionTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .session-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .session-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .session-table--even-row { background: $surface-lighten-1 50%; }
        &:dark > .session-table--even-row { background: $surface-darken-1 40%; }
        & > .session-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    BINDINGS = [
        Binding("enter", "select", "Open", show=False),
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "jump(0)", show=False),
        Binding("end", "jump(-1)", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, repaint=False)

    @dataclass
    class RowSelected(Message):
        """Enter (or a click) on a row."""

        table: SessionTable
        index: int

    @dataclass
    class HeaderSelected(Message):
        """A click on a column's label."""

        table: SessionTable
        column: str

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[Any], list[Cell]],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.cells = cells
        """A row's cells, one per column; asked only for the rows drawn."""
        self.rows: Sequence[Any] = ()
        self.labels = [c.title for c in self.columns]
        """The header's labels (a sort arrow may be added to one)."""
        self._lines: dict[int, Strip] = {}
        """Rows drawn at the current width, until the rows, the width or the theme change."""

    # --- what the screen sets -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], cursor: int = 0) -> None:
        """Show `rows` (each given to `cells` when drawn), the cursor on row `cursor`."""
        self.rows = rows
        self._lines.clear()
        self.virtual_size = Size(self.size.width, len(rows) + 1)  # the header is line 0
        self.set_reactive(SessionTable.cursor_row, max(0, min(cursor, len(rows) - 1)))
        self._scroll_to_cursor()
        self.refresh()

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)
        self.refresh(Region(0, 0, self.size.width, 1))

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def get_row_at(self, index: int) -> list[Cell]:
        return self.cells(self.rows[index])

    def move_cursor(self, *, row: int) -> None:
        self.cursor_row = row

    def widths(self) -> list[int]:
        """Each column's width at the table's width: the elastic ones share what is left."""
        total = max(self.size.width - (1 if self.show_vertical_scrollbar else 0), 1)
        fixed = sum(c.width for c in self.columns) + len(self.columns)  # a space after each
        elastic = [c for c in self.columns if not c.width]
        share = max((total - fixed) // max(len(elastic), 1), 8)
        return [c.width or share for c in self.columns]

    # --- drawing ---------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._lines.clear()
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            style = self.get_component_rich_style("session-table--header")
            return self._line([Text(label) for label in self.labels], style, width)
        index = round(self.scroll_offset.y) + y - 1
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, self.rich_style)
        if index == self.cursor_row:
            style = self.get_component_rich_style("session-table--cursor")
            return self._line(self.cells(self.rows[index]), style, width)
        line = self._lines.get(index)
        if line is None:
            base = self.rich_style
            if index % 2:
                base += self.get_component_rich_style("session-table--even-row")
            line = self._lines[index] = self._line(self.cells(self.rows[index]), base, width)
        return line

    def _line(self, cells: Sequence[Cell], style: Style, width: int) -> Strip:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for cell, cell_width in zip(cells, self.widths(), strict=False):
            # a string is words from a file: one line, never markup, no control characters
            piece = cell.copy() if isinstance(cell, Text) else line(cell)
            piece.truncate(cell_width, overflow="ellipsis")
            text.append_text(piece)
            text.append(" " * (cell_width - piece.cell_len + 1))
        segments = [
            Segment(s.text, style + s.style if s.style else style)
            for s in text.render(self.app.console)
        ]
        return Strip(segments).crop_extend(0, width, style)

    # --- moving ----------------------------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        if self.rows and not 0 <= new < len(self.rows):
            self.cursor_row = max(0, min(new, len(self.rows) - 1))
            return
        self._scroll_to_cursor()
        top = round(self.scroll_offset.y)
        for index in (old, new):
            self.refresh(Region(0, index - top + 1, self.size.width, 1))

    def _scroll_to_cursor(self) -> None:
        visible = max(self.size.height - 1, 1)
        top = round(self.scroll_offset.y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        self.cursor_row = self.cursor_row + step

    def action_page(self, direction: int) -> None:
        self.cursor_row = self.cursor_row + direction * max(self.size.height - 2, 1)

    def action_jump(self, where: int) -> None:
        self.cursor_row = where if where >= 0 else len(self.rows) - 1

    def action_select(self) -> None:
        if 0 <= self.cursor_row < len(self.rows):
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            x = 0
            for column, width in zip(self.columns, self.widths(), strict=True):
                if x <= event.x < x + width + 1:
                    self.post_message(self.HeaderSelected(self, column.key))
                    return
                x += width + 1
            return
        index = round(self.scroll_offset.y) + event.y - 1
        if 0 <= index < len(self.rows):
            if index == self.cursor_row and event.chain > 1:
                self.action_select()
            self.cursor_row = index
