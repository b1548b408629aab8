"""Seeded draws shared by the generated rounds: one value of a pool, or the next of a family's variants.

Why: the credential rounds each carried the same two helpers bound to their own module's Random; the
behaviour (and so the corpora, which follow only the seed) is the same with the helpers here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Draws:
    """Draws from one seeded Random, in the order the caller asks (the corpus depends on that order)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._turns: dict[str, list[int]] = {}

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def turn(self, key: str, options: Sequence[T]) -> T:
        """The next of a family's variants in a seeded order, so every variant is written before any repeats."""
        order = self._turns.setdefault(key, [])
        if not order:
            order.extend(self.rng.sample(range(len(options)), len(options)))
        return options[order.pop()]
