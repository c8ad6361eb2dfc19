"""Coding rounds: the candidate's workspace, and the prompt's tests run against it."""
