"""settle_heap: start-up objects leave the collector's sight; cycles made later are still collected."""

from __future__ import annotations

import gc
import weakref

from proxy.ops import YOUNG_GC_THRESHOLD, settle_heap


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_settle_heap_freezes_start_up_and_still_collects_new_cycles() -> None:
    before = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == YOUNG_GC_THRESHOLD
        cycle = _Node()
        ref = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert ref() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
