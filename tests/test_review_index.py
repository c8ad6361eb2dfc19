"""The review list: every session (corrupt ones too), cached, rebuilt when a file changes."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from mockterm.core.review.index import ReviewIndex
from mockterm.core.sessions.store import SessionStore
from tests.fakes import add


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "review.sqlite"


def test_rows_newest_first_with_their_figures(store: SessionStore, cache: Path) -> None:
    add(store, 0)
    add(store, 2, transcript=False)
    rows = ReviewIndex(store.root, cache).load()
    assert [r.started_at[:10] for r in rows] == ["2026-11-16", "2026-11-14"]
    newest, oldest = rows
    assert (newest.has_audio, newest.has_transcript, newest.wpm) == (True, False, None)
    assert oldest.has_transcript and oldest.words == 33 and oldest.fillers == 3
    assert oldest.wpm == pytest.approx(33 * 60 / 15.7)
    assert oldest.overrun == pytest.approx(0.0) and oldest.planned == 240.0
    assert oldest.key_points == (2, 3) and oldest.score == 2.5 and oldest.grade == "good"
    assert oldest.phases[0] == ("Framing", 60.0, 70.0)


def test_a_corrupt_session_is_a_row_with_its_reason(store: SessionStore, cache: Path) -> None:
    add(store, 0)
    broken = store.root / "20261120T100000Z_ml_design_mld-feed"
    broken.mkdir()
    (broken / "session.toml").write_text("status = 'completed'\n[prompt\n")
    empty = store.root / "not-a-session"
    empty.mkdir()
    rows = ReviewIndex(store.root, cache).load()
    by_name = {r.folder: r for r in rows}
    bad = by_name[broken.name]
    assert bad.corrupt and "not valid TOML" in bad.error
    assert (bad.round_id, bad.prompt_id, bad.started_at[:10]) == (
        "ml_design",
        "mld-feed",
        "2026-11-20",
    )
    assert "missing" in by_name["not-a-session"].error
    assert len(rows) == 3 and sum(r.corrupt for r in rows) == 2


def test_the_cache_is_used_and_rebuilds_what_changed(store: SessionStore, cache: Path) -> None:
    first = add(store, 0)
    add(store, 1)
    index = ReviewIndex(store.root, cache)
    index.load()
    assert index.rebuilt == 2 and cache.exists()
    assert oct(cache.stat().st_mode & 0o777) == "0o600"
    again = ReviewIndex(store.root, cache)
    again.load()
    assert again.rebuilt == 0
    # the user edits a session: only that row is read again, and shows the change
    text = (first / "session.toml").read_text().replace('grade = "good"', 'grade = "easy"')
    time.sleep(0.01)
    (first / "session.toml").write_text(text)
    third = ReviewIndex(store.root, cache)
    rows = {r.folder: r for r in third.load()}
    assert third.rebuilt == 1 and rows[first.name].grade == "easy"
    # a deleted transcript and a removed folder are noticed too
    os.unlink(first / "transcript.json")
    import shutil

    shutil.rmtree(store.root / sorted(rows)[1])
    fourth = ReviewIndex(store.root, cache)
    rows = {r.folder: r for r in fourth.load()}
    assert list(rows) == [first.name] and not rows[first.name].has_transcript


def test_a_damaged_cache_is_replaced(store: SessionStore, cache: Path) -> None:
    add(store, 0)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"this is not sqlite" * 100)
    index = ReviewIndex(store.root, cache)
    assert len(index.load()) == 1 and index.cache_problem
    # the damaged file was replaced by a new cache, with the row in it
    again = ReviewIndex(store.root, cache)
    assert len(again.load()) == 1 and again.rebuilt == 0 and not again.cache_problem


def test_a_locked_cache_is_left_alone(store: SessionStore, cache: Path) -> None:
    """Another mockterm writing the cache for longer than the wait: this open reads the files,
    and the cache, which is not damaged, keeps its rows."""
    add(store, 0)
    ReviewIndex(store.root, cache).load()
    add(store, 1)
    writer = sqlite3.connect(cache)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        index = ReviewIndex(store.root, cache)
        index.lock_wait = 0.01
        assert len(index.load()) == 2 and "locked" in index.cache_problem
        assert index.search("two-tower") == {r.folder for r in index.rows}
    finally:
        writer.rollback()
        writer.close()
    assert cache.exists()
    again = ReviewIndex(store.root, cache)
    assert len(again.load()) == 2 and again.rebuilt == 1  # the first row came from the cache


@pytest.mark.parametrize("where", ["a folder", "under a file"])
def test_a_cache_that_cannot_be_opened_is_no_error(
    store: SessionStore, tmp_path: Path, where: str
) -> None:
    """The cache dir is not writable as a database (a folder in the way, a file as its folder):
    the list is read from the files, searched in memory, and nothing is deleted."""
    add(store, 0)
    blocker = tmp_path / "blocker"
    if where == "a folder":
        blocker.mkdir()
        cache = blocker
    else:
        blocker.write_text("keep me")
        cache = blocker / "review.sqlite"
    index = ReviewIndex(store.root, cache)
    assert len(index.load()) == 1 and index.cache_problem
    assert index.search("two-tower") == {r.folder for r in index.rows}
    assert blocker.is_dir() if where == "a folder" else blocker.read_text() == "keep me"


@pytest.mark.parametrize("cached", [True, False])
def test_search_prompt_notes_and_transcript(store: SessionStore, cache: Path, cached: bool) -> None:
    feed = add(store, 0)
    other = add(store, 1, prompt="demo-search", transcript=False)
    index = ReviewIndex(store.root, cache if cached else None)
    index.load()
    assert index.search("two-tower") == {feed.name}
    assert index.search("TWO-TOWER model") == {feed.name}
    assert index.search("photo app") == {feed.name, other.name}
    assert index.search("cold start") == {feed.name, other.name}  # the note
    assert index.search("nothing like this") == set()
    assert index.search("") == {feed.name, other.name}
    assert index.search("100%") == set()


def test_no_sessions_dir_is_an_empty_list(tmp_path: Path) -> None:
    assert ReviewIndex(tmp_path / "missing", tmp_path / "c.sqlite").load() == []


def test_the_list_opens_from_the_cache_then_checks_the_folders(
    store: SessionStore, cache: Path
) -> None:
    first, second = add(store, 0), add(store, 1)
    ReviewIndex(store.root, cache).load()
    import shutil

    shutil.rmtree(second)
    index = ReviewIndex(store.root, cache)
    # no folder is looked at: the list shows what the cache last saw...
    assert [r.folder for r in index.cached()] == [second.name, first.name]
    # ...until the folders are checked
    assert index.refresh() and [r.folder for r in index.rows] == [first.name]
    assert index.rebuilt == 0 and not index.refresh()


def test_a_row_another_process_rebuilt_is_seen(store: SessionStore, cache: Path) -> None:
    folder = add(store, 0)
    app = ReviewIndex(store.root, cache)
    app.load()
    text = (folder / "session.toml").read_text().replace('grade = "good"', 'grade = "easy"')
    time.sleep(0.01)
    (folder / "session.toml").write_text(text)
    ReviewIndex(store.root, cache).load()  # `mockterm stats` in another terminal
    app.refresh()
    assert app.rebuilt == 0 and app.rows[0].grade == "easy"


def test_many_rows_are_read_in_workers_with_progress(store: SessionStore, cache: Path) -> None:
    from mockterm.core.review import rows as review_rows

    count = review_rows.PARALLEL_FROM
    for day in range(count):
        add(store, day, transcript=day % 2 == 0)
    seen: list[tuple[int, int]] = []
    pooled = ReviewIndex(store.root, cache)
    here: list[Path] = []  # folders this process read: none, when the workers did their part
    real = review_rows.build_row
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(review_rows, "build_row", lambda folder: here.append(folder) or real(folder))
        pooled.load(lambda done, total: seen.append((done, total)))
    assert here == []
    alone = ReviewIndex(store.root, None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(review_rows, "PARALLEL_FROM", 10**6)
        alone.load()
    assert pooled.rows == alone.rows and pooled.rebuilt == count
    assert seen == [(done, count) for done in range(1, count + 1)]
    assert pooled.search("two-tow") == alone.search("two-tow") != set()  # word beginnings


def test_a_worker_that_fails_leaves_its_rows_to_this_process(
    store: SessionStore, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockterm.core.review import rows as review_rows

    for day in range(review_rows.PARALLEL_FROM):
        add(store, day)
    monkeypatch.setattr(review_rows.sys, "executable", "/no/such/python")
    index = ReviewIndex(store.root, cache)
    assert len(index.load()) == review_rows.PARALLEL_FROM and index.rebuilt == len(index.rows)


def test_words_are_found_with_fts5_or_without(
    store: SessionStore, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from mockterm.core.review import index as review_index

    feed = add(store, 0)
    index = ReviewIndex(store.root, cache)
    index.load()
    (sql,) = sqlite3.connect(cache).execute("SELECT sql FROM sqlite_master WHERE name = 'words'")
    assert "fts5" in sql[0].lower()  # this SQLite has FTS5: the words are indexed
    found = index.search("two-tow cold")
    # an SQLite built without FTS5: the words in a plain table, searched with LIKE
    monkeypatch.setattr(review_index, "_FTS", "CREATE VIRTUAL TABLE words USING no_such_module")
    plain = cache.with_name("plain.sqlite")
    without = ReviewIndex(store.root, plain)
    without.load()
    (sql,) = sqlite3.connect(plain).execute("SELECT sql FROM sqlite_master WHERE name = 'words'")
    assert "fts5" not in sql[0].lower()
    assert without.search("two-tow cold") == found == {feed.name}
    assert without.search("tower-two") == index.search("tower-two") == {feed.name}
    assert without.search("ower") == index.search("ower") == set()  # a beginning, not a middle
