#!/usr/bin/env bash
# Start the audio rig the recording tests use, on a machine without a sound card: a PulseAudio
# daemon with a null sink named "mock" whose monitor is the default source. Audio played into the
# sink (paplay) is what sounddevice records. Idempotent: running it again changes nothing.
set -euo pipefail

if ! command -v pulseaudio >/dev/null || ! command -v pactl >/dev/null; then
  echo "start-audio-rig: pulseaudio/pactl missing (apt-get install pulseaudio pulseaudio-utils)" >&2
  exit 1
fi

if ! pactl info >/dev/null 2>&1; then
  # --exit-idle-time=-1: stay up between tests; as root PulseAudio warns about system mode, harmless
  pulseaudio -D --exit-idle-time=-1 >/dev/null 2>&1 || true
  for _ in $(seq 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
pactl info >/dev/null 2>&1 || { echo "start-audio-rig: PulseAudio did not start" >&2; exit 1; }

if ! pactl list short sinks | awk '{print $2}' | grep -qx mock; then
  pactl load-module module-null-sink sink_name=mock >/dev/null
fi
# an idle null sink is suspended and its monitor then delivers no samples at all, which would
# take the silences out of recordings (a real microphone never stops): keep it awake
if pactl list short modules | grep -q module-suspend-on-idle; then
  pactl unload-module module-suspend-on-idle
fi
pactl suspend-sink mock 0
pactl set-default-sink mock
pactl set-default-source mock.monitor
echo "audio rig ready: default source mock.monitor"
