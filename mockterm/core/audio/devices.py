"""Input devices through sounddevice (imported lazily) and PortAudio's errors in one line each."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

NO_INPUT = (
    "no input device found; plug in a microphone, or start the sound server if it stopped "
    "(`pactl info` says whether PulseAudio or PipeWire runs), then check `mockterm devices`"
)
"""PortAudio sees no input both when none is plugged in and when the sound server is down."""


class AudioError(Exception):
    """Recording cannot start or run; the message says why and what to do, in one line."""


# --- sounddevice, lazily ------------------------------------------------------------------------


def load_sounddevice() -> Any:
    """The sounddevice module, or AudioError saying what is missing and how to get it."""
    try:
        import sounddevice
    except ImportError:
        raise AudioError(
            "recording is off: sounddevice is not installed; run pip install 'mockterm[audio]'"
        ) from None
    except OSError:
        # sounddevice raises OSError when the PortAudio shared library cannot be found
        raise AudioError(
            "recording is off: the PortAudio library is missing; install it "
            "(Debian/Ubuntu: sudo apt install libportaudio2, macOS: brew install portaudio)"
        ) from None
    return sounddevice


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    samplerate: float
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device with input channels; AudioError when PortAudio is unusable."""
    sd = load_sounddevice()
    try:
        devices = sd.query_devices()
        default = _default_input_index(sd)
    except Exception as exc:
        raise AudioError(f"cannot list audio devices: {exc}") from None
    return [
        InputDevice(
            i,
            str(d["name"]),
            int(d["max_input_channels"]),
            float(d["default_samplerate"]),
            i == default,
        )
        for i, d in enumerate(devices)
        if int(d["max_input_channels"]) > 0
    ]


def _default_input_index(sd: Any) -> int:
    try:
        index = int(sd.default.device[0])  # an (input, output) pair
    except (TypeError, ValueError, IndexError):
        return -1
    if index < 0:
        with contextlib.suppress(Exception):
            index = int(sd.query_devices(kind="input")["index"])
    return index


def resolve_device(spec: str | int | None) -> int | None:
    """The device index for a config value: '' or None is the system default; a number is an
    index; anything else must be (part of) exactly one input device's name."""
    if spec is None or spec == "":
        devices = input_devices()
        if not devices:
            raise AudioError(f"recording is off: {NO_INPUT}")
        return None
    if isinstance(spec, int) or str(spec).strip().isdigit():
        index = int(spec)
        if not any(d.index == index for d in input_devices()):
            raise AudioError(
                f"recording is off: there is no input device {index}; see `mockterm devices` "
                "and set input_device in the config"
            )
        return index
    matches = [d for d in input_devices() if str(spec).lower() in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == str(spec).lower()]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].index
    if not matches:
        raise AudioError(
            f"recording is off: no input device named {spec!r}; see `mockterm devices` and "
            "set input_device in the config"
        )
    raise AudioError(
        f"recording is off: {len(matches)} input devices match {spec!r}; use the index from "
        "`mockterm devices`"
    )


def explain_portaudio_error(exc: Exception) -> AudioError:
    """One line for the user from PortAudio's error (busy device, no device, bad rate...)."""
    text = str(exc)
    lower = text.lower()
    if "unavailable" in lower or "busy" in lower or "-9985" in text:
        return AudioError(
            "recording is off: the input device is busy (another program is using it); close "
            "that program or choose another device with input_device (see `mockterm devices`)"
        )
    if "querying device -1" in lower or "no default" in lower or "invalid device" in lower:
        return AudioError(f"recording is off: {NO_INPUT}")
    return AudioError(f"recording is off: the input device failed ({text}); see `mockterm doctor`")
