"""Blind evaluation corpus: documents written by hand, independently of the template generator."""
