"""`mockterm export`: Markdown and JSON of a saved mock, with the same data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockterm.cli import main
from mockterm.core.audio.transcript import write_transcript
from mockterm.core.review.export import export_session, load_review, markdown, render
from mockterm.core.sessions.model import SelfReview
from mockterm.core.sessions.session_file import write_session
from mockterm.core.sessions.store import SessionStore
from tests.fakes import sample_session, sample_transcript


@pytest.fixture
def folder(store: SessionStore) -> Path:
    store.ensure()
    path = store.root / "20261114T090000Z_demo_demo-feed"
    path.mkdir()
    review = SelfReview({"Framing": 3, "Communication": 2}, "clear framing", "fewer fillers")
    write_session(path, sample_session(review=review))
    write_transcript(path, sample_transcript())
    return path


def test_markdown_has_prompt_timeline_insights_transcript_and_review(folder: Path) -> None:
    text = markdown(load_review(folder))
    assert text.startswith("# Design a feed\n")
    assert "> Design a **feed** for a photo app." in text
    assert "| Framing | 1:00 | 1:10 | +0:10 | 127 | 2 |" in text
    assert "| Wrap-up | 1:00 | 0:50 | -0:10 | 127 | 0 |" in text
    assert "fillers ≥ 3" in text and "lower bound" in text
    assert "Longest pauses: 109 s at 1:27 (Design)" in text
    assert "- Hints used: 1 of 2" in text and "- Follow-ups: 1 of 2 asked" in text
    assert '- [x] two-tower retrieval — said at 1:23 (Design): "retrieve' in text
    assert "- [ ] position bias correction — missed" in text
    # the transcript by phase, with the events at their times
    design = text[text.index("### Design") : text.index("### Wrap-up")]
    assert design.splitlines()[2:6] == [
        "- `1:20` **Hint**: Start with the objective.",
        "- `1:22` uh we retrieve candidates with a two-tower model then rank them",
        "- `1:40` **Note**: cold start",
        "- `1:50` **Follow-up asked**: How do you handle cold start?",
    ]
    assert "- Communication: 2/4 (mixed)" in text and "- To improve: fewer fillers" in text


def test_json_carries_the_same_data(folder: Path) -> None:
    data = json.loads(render(load_review(folder), "json"))
    assert data["session"]["prompt"]["id"] == "demo-feed"
    assert data["session"]["started_at"] == "2026-11-14T09:00:00+00:00"
    overall = data["insights"]["overall"]
    assert (overall["words"], overall["fillers"], overall["fillers_lower_bound"]) == (33, 3, True)
    assert [p["name"] for p in data["insights"]["phases"]] == ["Framing", "Design", "Wrap-up"]
    covered = [k["text"] for k in data["insights"]["key_points"] if k["covered"]]
    assert covered == ["engagement objective", "two-tower retrieval"]
    design = data["transcript"]["phases"][1]
    assert [i["kind"] for i in design["items"]] == ["hint", "speech", "note", "follow_up"]
    assert data["session"]["review"]["went_well"] == "clear framing"


def test_without_transcript_markdown_says_so(store: SessionStore) -> None:
    store.ensure()
    path = store.root / "20261114T090000Z_demo_demo-feed"
    path.mkdir()
    write_session(path, sample_session(audio=False))
    text = markdown(load_review(path))
    assert "no transcript" in text and "**Note**: cold start" in text
    # no recording is no evidence of anything missed
    assert "### Key points (3, not assessed: no transcript to check them against)" in text
    assert "- [ ] engagement objective — not assessed" in text and "missed" not in text
    keys = json.loads(render(load_review(path), "json"))["insights"]["key_points"]
    assert [(k["covered"], k["assessed"]) for k in keys] == [(False, False)] * 3


def test_cli_export_writes_into_the_folder_and_prints_with_dash(
    folder: Path, store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--sessions", str(store.root), "export", "20261114", "--format", "json"]) == 0
    assert json.loads((folder / "review.json").read_text())["folder"] == folder.name
    assert "review.json" in capsys.readouterr().out
    assert main(["--sessions", str(store.root), "export", folder.name, "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Design a feed")
    assert export_session(folder, "md").name == "review.md"


def test_cli_export_unknown_session_is_one_line(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.ensure()
    # a name that names no session is bad input
    assert main(["--sessions", str(store.root), "export", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mockterm: error: no session 'nope'") and err.count("\n") == 1


def test_export_to_a_folder_puts_the_file_in_it(
    folder: Path, store: SessionStore, tmp_path: Path
) -> None:
    target = tmp_path / "exports"
    target.mkdir()
    assert main(["--sessions", str(store.root), "export", folder.name, "-o", str(target)]) == 0
    text = (target / "review.md").read_text()
    assert text.startswith("<!-- written by mockterm export") and "# Design a feed" in text


def test_export_writes_over_its_own_file_and_no_other(
    folder: Path, store: SessionStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("md", "json"):
        mine = tmp_path / f"mine.{fmt}"
        argv = ["--sessions", str(store.root), "export", folder.name, "--format", fmt]
        assert main([*argv, "-o", str(mine)]) == 0
        assert main([*argv, "-o", str(mine)]) == 0  # an export of its own: written again
        theirs = tmp_path / f"theirs.{fmt}"
        theirs.write_text("the user's own notes\n")
        assert main([*argv, "-o", str(theirs)]) == 1
        assert theirs.read_text() == "the user's own notes\n"
        err = capsys.readouterr().err
        assert "was not written by mockterm" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "target", ["missing/folder/review.md", "/proc/mockterm-cannot-write-here.md"]
)
def test_export_where_it_cannot_write_is_one_line(
    folder: Path,
    store: SessionStore,
    tmp_path: Path,
    target: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = target if target.startswith("/") else str(tmp_path / target)
    assert main(["--sessions", str(store.root), "export", folder.name, "-o", out]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mockterm: error: cannot write") and err.count("\n") == 1
