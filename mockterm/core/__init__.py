"""The pure core of mockterm: bank, timer, sessions, config. Never imports Textual."""
