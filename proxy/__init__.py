"""Guanqia (关卡): compliance and data-residency proxy for enterprise LLM traffic."""
__version__ = "0.1.0"
