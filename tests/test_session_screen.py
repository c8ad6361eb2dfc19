"""The running mock's screen: what it shows and offers (guidance, rapid fire's answer, the
palette, scrolling), tried at the sizes users have."""

from __future__ import annotations

from textual.widgets import Markdown, Static

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.session_screen import SessionScreen
from mockterm.ui.widgets.footer import Footer
from tests.conftest import FakeClock, settle, tick, until

LONG_GUIDANCE = (
    "5-10 min: pin down what to build (surface, corpus, scale, latency), why (business goals, "
    "guardrails) and how with ML; say the offline and online metrics, and what would make you "
    "stop and ask before going on to the design."
)


async def test_the_whole_phase_guidance_shows(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Guidance three or four lines long at 80 columns is not cut at two."""
    round_ = loaded.bank.rounds["demo"]
    phases = (round_.phases[0]._replace(guidance=LONG_GUIDANCE), *round_.phases[1:])
    bank = loaded.bank._replace(
        rounds={**loaded.bank.rounds, "demo": round_._replace(phases=phases)}
    )
    prompt = loaded.bank.prompts["demo-search"]
    app = MocktermApp(
        settings, loaded._replace(bank=bank), store, clock=clock, start=(prompt, None)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        guidance = screen.query_one("#phase-guidance", Static)
        assert guidance.size.height >= 3
        lines = [strip.text for strip in guidance.render_lines(guidance.region.reset_offset)]
        assert " ".join(" ".join(lines).split()).endswith("before going on to the design.")


async def test_rapid_fire_shows_the_answer_under_the_question(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    prompt = loaded.bank.prompts["rf-overfit"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("n")  # done answering: reveal
        assert screen.revealed
        source = screen.query_one("#prompt", Markdown).source
        question = screen.mock.current_prompt
        assert question.text in source and question.answer in source
        assert source.index(question.text) < source.index(question.answer)


async def test_the_mock_footer_follows_its_keys_in_one_compact_line(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Grading a rapid-fire answer changes the keys, and pausing renames space (Resume): the
    footer (one widget, Textual's compact look) repaints them, and no widget is mounted for it."""
    prompt = loaded.bank.prompts["rf-overfit"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        assert footer.render().plain.startswith("space Pause n Next a Note h Hint ")
        await pilot.press("space")
        await pilot.pause()
        assert footer.render().plain.startswith("space Resume ")
        await pilot.press("space")
        await pilot.pause()
        assert footer.render().plain.startswith("space Pause ")
        await pilot.press("n")  # done answering: reveal, then grade
        await pilot.pause()
        text = footer.render().plain
        assert "1 Again 2 Hard 3 Good 4 Easy" in text and "Pause" not in text
        assert not footer.children and "palette" not in text


async def test_the_solo_palette_has_no_interviewer_view(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    prompt = loaded.bank.prompts["demo-search"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        titles = [command.title for command in screen.palette_commands()]
        assert "Add a note" in titles
        assert not any("view" in title.lower() for title in titles)


async def test_a_level_revealed_by_the_clock_comes_into_view(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """A long level 1 fills the pane: level 2, revealed at the checkpoint, is scrolled to."""
    from mockterm.core.config import Config

    long_level = "\n\n".join(f"Requirement {i}: the store must do thing {i}." for i in range(30))
    prompt = loaded.bank.prompts["demo-kv"]._replace(levels=(long_level, "Add `delete` and TTLs."))
    bank = loaded.bank._replace(prompts={**loaded.bank.prompts, "demo-kv": prompt})
    settings = Settings(Config(auto_advance=True, bell=False), store.root, ())
    app = MocktermApp(
        settings, loaded._replace(bank=bank), store, clock=clock, start=(prompt, None)
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        pane = screen.query_one("#prompt-pane")
        assert pane.scroll_y == 0 and pane.max_scroll_y > 0
        clock.advance(61)
        await tick(pilot)  # the clock's tick, as its timer would run it
        await until(
            pilot,
            lambda: "level-2" in (screen.query("#prompt MarkdownH2").last().id or ""),
            "level 2 shown",
        )
        heading = screen.query("#prompt MarkdownH2").last()
        await until(
            pilot,
            lambda: pane.region.contains_region(heading.region),
            "level 2 scrolled into view",
        )


async def test_the_interviewer_panel_scrolls_with_pgdn_and_shows_the_hint_given(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """At 100x30 most of the private panel is below the fold: PgDn (shown in the footer, as
    is v) pages it even while a checklist has the focus, and a hint given comes into view."""
    prompt = loaded.bank.prompts["demo-feed"]
    long_answer = "\n\n".join(f"Point {i} of the reference answer." for i in range(40))
    prompt = prompt._replace(answer=long_answer)
    bank = loaded.bank._replace(prompts={**loaded.bank.prompts, "demo-feed": prompt})
    app = MocktermApp(
        settings, loaded._replace(bank=bank), store, clock=clock, start=(prompt, None)
    )
    app.interviewer_mode = True
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        enabled = {b.binding.action for b in screen.active_bindings.values() if b.enabled}
        assert {"toggle_view", "scroll_pane(1)"} <= enabled
        panel = screen.query_one("#interviewer-panel")
        assert screen.focused is not None and screen.focused.parent is panel  # a checklist
        await pilot.press("pagedown")
        assert panel.scroll_y > 0
        await pilot.press("pageup")
        assert panel.scroll_y == 0
        await pilot.press("h")
        await pilot.pause()
        ladder = screen.query_one("#hint-ladder")
        assert panel.region.contains_region(ladder.region.crop_size((ladder.region.width, 1)))


async def test_a_running_mock_keeps_the_heap_out_of_garbage_collection(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """A full collection of the app's heap mid-mock would stall the clock: while the mock's
    screen is up the heap is frozen, and once the mock ends it can all be collected again."""
    import gc

    prompt = loaded.bank.prompts["demo-search"]
    app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert gc.get_freeze_count() > 0
        app.screen.action_end()
        await pilot.press("y")
        await until(pilot, lambda: not isinstance(app.screen, SessionScreen), "the end screen")
        assert gc.get_freeze_count() == 0
