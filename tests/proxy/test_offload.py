"""proxy.offload: the bound holds while work really runs, even when the waiting request goes away."""

from __future__ import annotations

import asyncio
import threading

import pytest

from proxy.offload import InspectionBusy, Offload


def test_a_slot_is_freed_when_the_thread_finishes_not_when_the_caller_gives_up() -> None:
    pool = Offload(threads=1, queue=1)
    running, release = threading.Event(), threading.Event()

    def held() -> str:
        running.set()
        release.wait(10)
        return "done"

    async def scenario() -> None:
        first = asyncio.create_task(pool.run(held))
        await asyncio.to_thread(running.wait, 10)
        queued = asyncio.create_task(pool.run(len, "abc"))
        await asyncio.sleep(0)
        assert pool.taken == 2
        with pytest.raises(InspectionBusy) as busy:
            await pool.run(len, "x")
        assert busy.value.status == 503 and busy.value.headers == {"Retry-After": "1"}
        queued.cancel()                 # never started: dropped, its slot free at once
        first.cancel()                  # running: its thread goes on, so its slot stays taken
        await asyncio.gather(first, queued, return_exceptions=True)
        assert pool.taken == 1
        leftovers: list[asyncio.Task[bool]] = []
        with pytest.raises(InspectionBusy):
            await _fill(pool, leftovers)           # the cancelled running call still counts: one free slot, not two
        release.set()
        assert await asyncio.gather(*leftovers) == [True]
        for _ in range(200):
            if pool.taken == 0:
                break
            await asyncio.sleep(0.01)
        assert pool.taken == 0
        assert await pool.run(len, "abcd") == 4

    asyncio.run(scenario())


async def _fill(pool: Offload, leftovers: list[asyncio.Task[bool]]) -> None:
    """Take the one free slot with work that waits (queued behind the held call), then ask for one more."""
    gate = threading.Event()
    leftovers.append(asyncio.create_task(pool.run(gate.wait, 10)))
    await asyncio.sleep(0)
    gate.set()                          # it returns at once when its turn comes
    await pool.run(len, "x")


def test_exceptions_in_the_worker_reach_the_caller() -> None:
    pool = Offload(threads=1, queue=0)

    def crash() -> None:
        raise ValueError("synthetic")

    async def scenario() -> None:
        with pytest.raises(ValueError, match="synthetic"):
            await pool.run(crash)
        assert pool.taken == 0

    asyncio.run(scenario())


def test_waiting_calls_are_bounded_by_their_characters_and_free_them_when_they_leave() -> None:
    pool = Offload(threads=1, queue=10, queue_chars=100)
    running, release = threading.Event(), threading.Event()

    def held() -> str:
        running.set()
        release.wait(10)
        return "done"

    async def scenario() -> None:
        first = asyncio.create_task(pool.run(held, chars=10_000))    # a free worker takes any size
        await asyncio.to_thread(running.wait, 10)
        assert pool.queued_chars == 0
        a = asyncio.create_task(pool.run(len, "a" * 60, chars=60))
        await asyncio.sleep(0)
        assert pool.queued_chars == 60
        with pytest.raises(InspectionBusy):
            await pool.run(len, "b" * 50, chars=50)                  # 60 + 50 > 100
        b = asyncio.create_task(pool.run(len, "c" * 40, chars=40))   # 60 + 40 fits exactly
        await asyncio.sleep(0)
        assert (pool.taken, pool.queued_chars) == (3, 100)
        a.cancel()                                                   # left before it started: its room is free
        await asyncio.gather(a, return_exceptions=True)
        assert (pool.taken, pool.queued_chars) == (2, 40)
        c = asyncio.create_task(pool.run(len, "d" * 60, chars=60))
        await asyncio.sleep(0)
        assert pool.queued_chars == 100
        release.set()
        done: list[object] = list(await asyncio.gather(first, b, c))
        assert done == ["done", 40, 60]
        assert (pool.taken, pool.queued_chars) == (0, 0)

    asyncio.run(scenario())
