"""Review: what a past mock shows (timeline, speech, key points), exports, the index of all
sessions and the trends over them."""
