"""PolicyError: a policy that cannot be used, with the place (file:line:column) and what was expected."""

from __future__ import annotations


class PolicyError(Exception):
    """Raised by the loader and the test runner; the message never contains a detected value."""
