"""Notes as practice: questions found in Markdown notes (a file or a vault) and imported as
prompts of a user bank file (`mockterm bank import`)."""
