"""The paired mock's view line: it says loudly which view is on, so the interviewer's is never
shared by mistake."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class ViewIndicator(Static):
    def show(self, candidate: bool) -> None:
        self.set_class(candidate, "-candidate")
        if candidate:
            line = Text.assemble(
                (" CANDIDATE VIEW ", "bold reverse"),
                " safe to share, nothing private shown · v: interviewer view",
            )
        else:
            line = Text.assemble(
                (" INTERVIEWER VIEW ", "bold reverse"),
                " private panel shown · v hides it before you share",
            )
        self.update(line)
