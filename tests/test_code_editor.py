"""The code editor behaves as a coder expects: indentation follows the code, tabs stay tabs,
undo works, a file that does not parse is said in one line."""

from __future__ import annotations

from textual.app import App, ComposeResult

from mockterm.ui.widgets.code_editor import CodeEditor, syntax_problem, uses_tabs


class EditorApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield CodeEditor(self.text, id="editor")


async def test_indentation_follows_the_code() -> None:
    app = EditorApp("def f(x):\n")
    async with app.run_test() as pilot:
        editor = app.query_one(CodeEditor)
        editor.focus()
        editor.cursor_location = (0, 9)
        await pilot.press("enter", *"for i in x:", "enter", *"if i:", "enter", *"return i")
        await pilot.press("enter", *"y = i", "enter", "backspace", *"return None")
        assert editor.text == (
            "def f(x):\n"
            "    for i in x:\n"
            "        if i:\n"
            "            return i\n"  # Enter after a colon: one level deeper
            "        y = i\n"  # after return: one level back
            "    return None\n"  # backspace in the indent: one whole level
        )
        await pilot.press("ctrl+z")
        assert "return None" not in editor.text  # undo is the TextArea's own


async def test_a_file_indented_with_tabs_keeps_its_tabs() -> None:
    app = EditorApp("def f():\n\tif True:\n\t\treturn 1\n")
    async with app.run_test() as pilot:
        editor = app.query_one(CodeEditor)
        assert editor.indent_type == "tabs"
        editor.focus()
        editor.cursor_location = (1, 9)
        await pilot.press("enter", *"x = 1")
        assert "\tif True:\n\t\tx = 1\n" in editor.text


def test_tabs_are_detected_and_syntax_errors_are_one_line() -> None:
    assert uses_tabs("a\n\tb\n\tc\n") and not uses_tabs("a\n    b\n")
    assert syntax_problem("def f(:\n    pass\n") == "line 1: invalid syntax"
    assert syntax_problem("x = 1\n") == ""
    assert syntax_problem("x = '\x00'") != ""


async def test_results_pane_grows_with_a_longer_run_and_says_running_on_its_border() -> None:
    """A run shown in place of one of the same shape is not laid out again (the clock ticks
    on); a longer one is, so its failures can be scrolled to."""
    from rich.console import Group
    from rich.text import Text
    from textual.widgets import Static

    from mockterm.core.coding.runner import TestResult, TestRun
    from mockterm.ui.widgets.test_results import TestResults

    def said(widget: Static) -> str:
        def plain(part: object) -> str:
            if isinstance(part, Group):
                return "\n".join(plain(p) for p in part.renderables)
            return part.plain if isinstance(part, Text) else ""

        return plain(widget.content)

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield TestResults(id="test-results")

    green = TestRun((TestResult("examples", "test_one", "passed"),), files=("examples",))
    failing = TestRun(
        tuple(
            TestResult("examples", f"test_{i}", "failed", "assert 1 == 2", ("  line a", "  line b"))
            for i in range(6)
        ),
        files=("examples",),
    )
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TestResults)
        text = pane.query_one("#results", Static)
        pane.show(green)
        await pilot.pause()
        short = text.size.height
        pane.running()
        await pilot.pause()
        assert pane.border_title == "running the tests…" and "1/1 passed" in said(text)
        pane.show(failing)
        await pilot.pause()
        assert pane.border_title is None and text.size.height > short and pane.max_scroll_y > 0
        pane.show(failing)  # the same shape again: drawn in place, the same size
        await pilot.pause()
        assert text.size.height > short and "0/6 passed" in said(text)
