"""Recording in the app: Home's toggle, the session screen's recording line, a clear line when
recording cannot start, and the transcript saved after the end."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from mockterm.core.audio import devices as audio
from mockterm.core.audio.devices import AudioError
from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.session_screen import SessionScreen
from mockterm.ui.widgets.level_meter import LevelMeter
from mockterm.ui.widgets.recording_status import RecordingStatus
from tests.conftest import FakeClock, settle, until
from tests.fakes import FakeSoundDevice, FakeStream
from tests.rig.audio_rig import model_dir


def notes(app: MocktermApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_home_toggles_recording(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = app.screen.query_one("#home-status", Static)
        assert not app.record and "Recording off" in str(status.render())
        await pilot.press("r")
        assert app.record and "Recording on" in str(status.render())
        await pilot.press("enter")
        assert isinstance(app.screen, SessionScreen)


async def test_recording_that_cannot_start_is_one_line_and_the_mock_goes_on(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_portaudio() -> None:
        raise AudioError("recording is off: the PortAudio library is missing; install it")

    monkeypatch.setattr(audio, "load_sounddevice", no_portaudio)
    app = MocktermApp(
        settings._replace(config=settings.config._replace(record=True)), loaded, store, clock=clock
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        bar = screen.query_one(RecordingStatus)
        assert bar.display and "not recording" in str(bar.query_one("#rec-time", Static).render())
        assert [m for m in notes(app) if "PortAudio" in m] == [
            "recording is off: the PortAudio library is missing; install it"
        ]
        clock.advance(30)
        await pilot.press("e", "y")  # end, and yes
        folder = screen.mock.folder
        assert folder is not None
        session = read_session(folder)
        assert session.status == "ended_early"
        assert session.extra["audio"] == {
            "status": "failed",
            "error": "recording is off: the PortAudio library is missing; install it",
        }


async def test_a_recorded_mock_shows_its_level_and_saves_its_transcript(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audio, "load_sounddevice", lambda: FakeSoundDevice)
    monkeypatch.setattr(FakeStream, "speed", 1.0)
    config = settings.config._replace(record=True, whisper_model=model_dir(), whisper_device="cpu")
    app = MocktermApp(settings._replace(config=config), loaded, store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        bar = screen.query_one(RecordingStatus)

        def shown() -> str:
            return str(bar.query_one("#rec-time", Static).render())

        await until(pilot, lambda: "REC" in shown() and bar.query_one(LevelMeter).level > 0, "REC")
        recording = screen.runner.recording
        assert recording is not None
        # Pause only once more than a second is on disk: the saved length is checked below.
        await until(pilot, lambda: recording.recorder.seconds > 1.2, "a second of audio")
        await pilot.press("space")
        await until(pilot, lambda: "paused" in shown(), "the paused mark")
        await pilot.press("space", "e", "y")
        folder = screen.mock.folder
        assert folder is not None
        await until(
            pilot, lambda: any("Transcript ready" in m for m in notes(app)), "the transcript"
        )
        session = read_session(folder)
        assert session.extra["transcript"]["status"] == "done"
        assert session.extra["audio"]["status"] == "stopped"
        assert session.extra["audio"]["seconds"] > 1.0
        assert (folder / "transcript.json").exists() and (folder / "audio.wav").exists()
