"""Seeded draws shared by the generated rounds: one value of a pool, or the next of a family's variants.

Why: the credential rounds each carried the same helpers (pick, turn, a private IP, random characters, a PIN)
bound to their own module's Random; the behaviour (and so the corpora, which follow only the seed) is the same
with the helpers here.
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

    def private_ip(self) -> str:
        """An RFC 1918 address: 10/8, 172.16/12 or 192.168/16."""
        r = self.rng
        return self.pick([f"10.{r.randrange(1, 254)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}",
                          f"172.{r.randrange(16, 32)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}",
                          f"192.168.{r.randrange(0, 255)}.{r.randrange(2, 254)}"])

    def chars(self, pool: str, n: int) -> str:
        return "".join(self.rng.choice(pool) for _ in range(n))

    def pin(self, n: int = 6) -> str:
        """Digits that do not just count or repeat (no 123456 / 000000)."""
        while True:
            v = "".join(str(self.rng.randrange(10)) for _ in range(n))
            if len(set(v)) >= 3 and v not in "01234567890" and v not in "9876543210":
                return v
