"""Review: every past session in a table; filter by round and status, search prompt and
transcript, sort by any column, Enter opens one.

The rows come from the review index: first as the cache holds them (no session folder is read),
then checked against the folders in the background. The table draws only the rows on screen, so
ten thousand sessions open as fast as ten."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, Select, Static

from mockterm.core.review.index import ReviewIndex, ReviewRow, default_cache, round_titles
from mockterm.core.review.row_columns import Picked, RowColumns
from mockterm.core.sessions.model import SessionError
from mockterm.ui.review_columns import COLUMNS, KEYS, SORTS, STATUS_LABELS, cells
from mockterm.ui.text import line
from mockterm.ui.widgets.footer import Footer
from mockterm.ui.widgets.session_table import SessionTable

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("slash", "search", "Search"),
        Binding("s", "sort", "Sort"),
        Binding("S", "reverse", "Reverse", show=False),
        Binding("c", "compare", "Compare"),
        Binding("t", "trends", "Trends"),
        Binding("d", "delete", "Delete"),
        Binding("escape", "back", "Back"),
    ]

    @dataclass
    class Loaded(Message):
        """The index was read (in a thread): as cached, then `checked` against the folders."""

        rows: RowColumns
        problem: str
        checked: bool

    @dataclass
    class Reading(Message):
        """Rows being rebuilt from their files (a first open reads every transcript)."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReviewScreen.Reading)

    def __init__(self, open_folder: str | None = None) -> None:
        super().__init__()
        self.open_folder = open_folder
        """Open this session's detail once the list is there (`mockterm review SESSION`)."""
        self.index: ReviewIndex | None = None
        self.rows = RowColumns.of([])
        self.shown = self.rows.pick([])
        self.matches: set[str] | None = None
        """Folders matching the search, or None without one."""
        self.sort_by = "date"
        self.descending = True
        self.checked = False
        """The rows shown were checked against the session folders (not only cached)."""
        self._search_timer: Timer | None = None
        self._painted = threading.Event()
        """The cached rows are on screen: the folders may be checked."""
        self._stale = False
        self._info = ""

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    def palette_commands(self) -> Iterable[SystemCommand]:
        return [
            SystemCommand(
                "Review: sort by the next column", "Date, round, prompt, time...", self.action_sort
            ),
            SystemCommand(
                "Review: compare attempts",
                "Every session of the highlighted prompt",
                self.action_compare,
            ),
            SystemCommand(
                "Review: trends", "Charts over time of every session", self.action_trends
            ),
            SystemCommand(
                "Review: delete the highlighted session",
                "Recording included, after a yes",
                self.action_delete,
            ),
        ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-filters"):
            yield Input(placeholder="search prompt, notes, transcript (/)", id="review-search")
            yield Select[str]([], prompt="all rounds", id="review-round", compact=True)
            yield Select[str](
                [(label, key) for key, label in STATUS_LABELS.items()],
                prompt="any status",
                id="review-status",
                compact=True,
            )
        yield SessionTable(COLUMNS, cells, id="review-table")
        yield Static("Reading sessions…", id="review-info")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Review"
        self.query_one("#review-table", SessionTable).focus()
        self.load()

    def on_unmount(self) -> None:
        gc.unfreeze()

    def on_screen_suspend(self) -> None:
        self._stale = True

    def on_screen_resume(self) -> None:
        """Back from a session: its review may have been edited, a transcript made."""
        if self._stale:
            self._stale = False
            self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-index")
    def load(self) -> None:
        """Show the cached rows at once, then check them against the session folders (a first
        open reads every file, with progress) and show what changed."""
        root = self.mockterm.store.root
        index = ReviewIndex(root, default_cache(root))
        rows = RowColumns.of(index.cached())
        self.index = index
        if rows:
            self._painted.clear()
            self.post_message(self.Loaded(rows, "", checked=False))
            # check the folders once the list is drawn: the check's thousands of stat calls
            # would share the interpreter with drawing it (and slow it down)
            self._painted.wait(timeout=1.0)

        def progress(done: int, total: int) -> None:
            self.post_message(self.Reading(done, total))

        if index.refresh(progress):
            rows = RowColumns.of(index.rows)
        self.post_message(self.Loaded(rows, index.cache_problem, True))

    @on(Reading)
    def reading(self, message: Reading) -> None:
        self._info = ""  # the line below replaces the info
        self.query_one("#review-info", Static).update(
            f"Reading sessions… {message.done} of {message.total} "
            "(changed or new since the last open; the next open uses the cache)"
        )

    @on(Loaded)
    def loaded(self, message: Loaded) -> None:
        self.checked = message.checked
        if message.rows is not self.rows:
            self.rows = message.rows
            rounds = self.query_one("#review-round", Select)
            current = rounds.value
            options = round_titles(
                (rid, title)
                for rid, title, error in zip(
                    self.rows.column("round_id"),
                    self.rows.column("round_title"),
                    self.rows.column("error"),
                    strict=True,
                )
                if not error
            )
            with self.prevent(Select.Changed):
                rounds.set_options([(line(title), rid) for rid, title in options])
                if isinstance(current, str) and current in dict(options):
                    rounds.value = current
            if self.matches is not None:
                self.run_search()  # the search again, on the rows as they are now
            else:
                self.refresh_table()
        else:
            self._show_info()
        if message.problem:
            self.notify(f"Review cache: {message.problem}", severity="warning", timeout=8)
        # the list's columns (and their sort keys, made later) live as long as the screen: kept
        # out of garbage collection, whose full passes over 10,000 rows took 100-300 ms each
        # and landed on a sort or a search
        gc.freeze()
        if not message.checked:
            self.call_after_refresh(self._painted.set)
        if self.open_folder and message.checked:
            folder, self.open_folder = self.open_folder, None
            self.open_session(folder)

    # --- the table ------------------------------------------------------------------------------

    def visible_rows(self) -> Picked:
        """The rows that pass the round, status and search filters, in the chosen order (from
        the columns: only the rows drawn are made)."""
        round_id = self.query_one("#review-round", Select).value
        status = self.query_one("#review-status", Select).value
        numbers: Sequence[int] = self.rows.order(self.sort_by, SORTS[self.sort_by], self.descending)
        for name, wanted in (("round_id", round_id), ("status", status)):
            if isinstance(wanted, str):
                values = self.rows.column(name)
                numbers = [i for i in numbers if values[i] == wanted]
        if self.matches is not None:
            folders, matches = self.rows.column("folder"), self.matches
            numbers = [i for i in numbers if folders[i] in matches]
        return self.rows.pick(numbers)

    def refresh_table(self) -> None:
        table = self.query_one("#review-table", SessionTable)
        highlighted = self.highlighted()
        self.shown = shown = self.visible_rows()
        cursor = 0
        if highlighted is not None:
            with contextlib.suppress(ValueError):  # not in the list (any more): the top row
                number = self.rows.column("folder").index(highlighted.folder)
                cursor = shown.numbers.index(number)
        table.set_labels(
            [
                c.key + (("▼" if self.descending else "▲") if c.key == self.sort_by else "")
                for c in COLUMNS
            ]
        )
        table.set_rows(self.shown, cursor)
        self._show_info()

    def _show_info(self) -> None:
        corrupt = len(self.rows.numbers_where("error"))
        newer = len(self.rows.numbers_where("newer"))
        info = f"{len(self.shown)} of {len(self.rows)} sessions"
        if corrupt:
            info += f" · {corrupt} unreadable (shown with the reason)"
        if newer:
            info += f" · {newer} from a newer mockterm (status *: update to see all of them)"
        scored = self.shown.table.numbers_where("feedback_scores")
        if scored and not scored.isdisjoint(self.shown.numbers):
            info += " · grade iv: the interviewer's score"
        if not self.checked:
            info += " · checking for changes…"
        info += " · Enter opens"
        if not self.rows and self.checked:
            info = f"No sessions yet in {self.mockterm.store.root}. Start a mock from Home."
        if info != self._info:  # the same line again would lay the screen out again
            self._info = info
            self.query_one("#review-info", Static).update(line(info, style="dim"))

    @on(Select.Changed)
    def filter_changed(self) -> None:
        self.refresh_table()

    @on(Input.Changed, "#review-search")
    def search_typed(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(0.25, self.run_search)

    @on(Input.Submitted, "#review-search")
    def search_submitted(self) -> None:
        self.run_search()
        self.query_one("#review-table", SessionTable).focus()

    def run_search(self) -> None:
        query = self.query_one("#review-search", Input).value.strip()
        if not query or self.index is None:
            self.matches = None
        else:
            self.matches = self.index.search(query)
        self.refresh_table()

    @on(SessionTable.HeaderSelected)
    def header_clicked(self, event: SessionTable.HeaderSelected) -> None:
        name = event.column
        if name == self.sort_by:
            self.descending = not self.descending
        else:
            self.sort_by, self.descending = name, name in ("date", "time", "over", "grade")
        self.refresh_table()

    # --- actions --------------------------------------------------------------------------------

    def highlighted(self) -> ReviewRow | None:
        table = self.query_one("#review-table", SessionTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(SessionTable.RowSelected)
    def action_open(self) -> None:
        row = self.highlighted()
        if row is None:
            return
        if row.corrupt:
            self.notify(f"{row.folder} cannot be read: {row.error}", severity="error", timeout=10)
            return
        self.open_session(row.folder)

    def open_session(self, folder: str) -> None:
        self.mockterm.open_session(self.mockterm.store.root / folder)

    def action_search(self) -> None:
        self.query_one("#review-search", Input).focus()

    def action_sort(self) -> None:
        index = (KEYS.index(self.sort_by) + 1) % len(KEYS)
        self.sort_by = KEYS[index]
        self.descending = self.sort_by in ("date", "time", "over", "grade")
        self.refresh_table()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self.refresh_table()

    def action_compare(self) -> None:
        row = self.highlighted()
        if row is None or row.corrupt:
            return
        prompts = self.rows.column("prompt_id")
        self.mockterm.open_attempts(
            row.prompt_id, [self.rows[i] for i, p in enumerate(prompts) if p == row.prompt_id]
        )

    def action_delete(self) -> None:
        """Delete the highlighted session, recordings included, once the user says yes."""
        from mockterm.ui.screens.confirm_dialog import ConfirmDialog

        row = self.highlighted()
        if row is None:
            return
        what = row.folder if row.corrupt else f"{row.prompt_title} ({row.started_at[:10]})"
        files = [
            name
            for name, has in (("recording", row.has_audio), ("transcript", row.has_transcript))
            if has
        ]
        question = Text.assemble(
            "Delete ",
            line(what, "bold"),
            f"?\nIts {', '.join([*files, 'review and notes'])} go too; it leaves every statistic.",
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.mockterm.store.delete(self.mockterm.store.root / row.folder)
            except SessionError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                return
            self.notify(f"Deleted {row.folder}")
            self.load()
            self.mockterm.refresh_practice()  # what is due may change

        self.app.push_screen(ConfirmDialog(question), answered)

    def action_trends(self) -> None:
        from mockterm.ui.screens.trends_screen import TrendsScreen

        self.app.push_screen(TrendsScreen(self.rows))

    def action_back(self) -> None:
        if self.focused is not None and self.focused.id == "review-search":
            self.query_one("#review-table", SessionTable).focus()
            return
        self.dismiss()
