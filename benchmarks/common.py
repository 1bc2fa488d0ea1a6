"""Shared timing helper for the benchmark scripts."""

from __future__ import annotations

import time


def best_time(fn, *, repeat: int = 5, number: int | None = None, budget_s: float = 1.0) -> float:
    """Best wall time of ``fn()`` in seconds over ``repeat`` rounds of ``number`` calls each.

    ``number`` defaults to as many calls as fit in about ``budget_s / repeat`` seconds.
    """
    if number is None:
        start = time.perf_counter()
        fn()
        once = max(time.perf_counter() - start, 1e-7)
        number = max(1, int(budget_s / repeat / once))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:9.3f} ms"
