"""The error of the sessions layer, alone: what opens the app (the store, the CLI) catches it
without importing the session model, which Home's first frame does not need."""


class SessionError(Exception):
    """A session folder or file that cannot be read or written; the message says why."""
