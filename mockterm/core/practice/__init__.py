"""Practice: the spaced-repetition schedule and the choice of the next prompt."""
