"""Sessions: a mock's folder and `session.toml`, the store of all of them, the running mock."""
