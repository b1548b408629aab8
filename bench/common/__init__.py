"""Shared pieces of the benchmarks: a fake vendor, a bare pass-through proxy, a load generator, process stats.

Every piece that serves or generates traffic runs in its own OS process, so that the CPU time and memory
charged to a proxy are its own and the load generator never competes with it for the GIL.
"""
