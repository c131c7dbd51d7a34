"""Concurrency layer: threads, the GIL mode, and the STM runtime (stm/)."""
