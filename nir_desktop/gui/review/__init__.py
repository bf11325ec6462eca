"""The open file under review: the core ReviewSession's Qt adapter (document, undo
commands), the check engine and loader that read and check in the background, the finding
index, and the autosaved session of the open file. No widgets."""
