"""Opening past sessions from anywhere in the app (Review, the palette, `mockterm review`): their
files are read in workers, then their screen is entered. A mixin of MocktermApp."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from mockterm.core.sessions.errors import SessionError

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from mockterm.core.review.export import Review
    from mockterm.core.review.index import ReviewRow
    from mockterm.core.sessions.store import SessionStore

    class _App(App[int]):
        store: SessionStore

        def enter_screen(self, screen: Screen[Any], *, switch: bool = False) -> None: ...
else:
    _App = object  # a mixin: MocktermApp brings the App


class SessionRead(Message):
    """A past session read for its detail screen, or why it could not be."""

    def __init__(self, folder: Path, review: Review | None, error: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.review = review
        self.error = error


class AttemptsRead(Message):
    def __init__(self, prompt_id: str, rows: list[ReviewRow]) -> None:
        super().__init__()
        self.prompt_id = prompt_id
        self.rows = rows


class PastSessions(_App):
    """The app's side of opening past sessions (its handlers go by Textual's naming: `@on` in
    a class that is not a message pump is never collected)."""

    def open_review(self, folder: str | None = None) -> None:
        """The Review screen (every past session); with `folder`, that session's detail on top."""
        from mockterm.ui.screens.review_screen import ReviewScreen

        self.enter_screen(ReviewScreen(open_folder=folder))

    def open_session(self, folder: Path) -> None:
        """A past session's detail screen, once its files are read (off the UI thread: a long
        transcript takes a moment)."""
        self._read_session(folder)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open-session")
    def _read_session(self, folder: Path) -> None:
        from mockterm.core.review.export import load_review

        try:
            self.post_message(SessionRead(folder, load_review(folder)))
        except (SessionError, OSError) as exc:
            self.post_message(SessionRead(folder, None, str(exc)))

    def on_session_read(self, message: SessionRead) -> None:
        from mockterm.ui.screens.session_detail_screen import SessionDetailScreen

        if message.review is None:
            self.notify(
                f"Cannot open {message.folder.name}: {message.error}",
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        self.enter_screen(SessionDetailScreen(message.review))

    def open_attempts(self, prompt_id: str, rows: list[ReviewRow] | None = None) -> None:
        """Every attempt of a prompt side by side (from the review index, read in a worker
        unless the rows are at hand)."""
        if rows is not None:
            self.post_message(AttemptsRead(prompt_id, rows))
        else:
            self._read_attempts(prompt_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-index")
    def _read_attempts(self, prompt_id: str) -> None:
        from mockterm.core.review.index import ReviewIndex, default_cache

        root = self.store.root
        self.post_message(AttemptsRead(prompt_id, ReviewIndex(root, default_cache(root)).load()))

    def on_attempts_read(self, message: AttemptsRead) -> None:
        from mockterm.ui.screens.compare_screen import CompareScreen

        self.enter_screen(CompareScreen(message.prompt_id, message.rows))
