"""Public test vectors: published example values, each with its source (SOURCES.md)."""
