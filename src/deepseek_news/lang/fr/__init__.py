"""French language data."""
