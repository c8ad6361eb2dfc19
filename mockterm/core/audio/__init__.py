"""Audio: recording the microphone, transcribing it with Whisper (live or later), playback."""
