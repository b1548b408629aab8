"""Labeled detection corpus: generator, public vectors and the scoring runner (issue 3 item 5)."""
