"""Structured JSON logs with an allow-list of keys: request metadata and counts, never bodies or values."""

from __future__ import annotations

import logging
import math
import sys
import traceback
from datetime import datetime, timezone
from typing import Any

import orjson

ALLOWED_KEYS = frozenset({
    "request_id", "tenant", "key_id", "endpoint", "vendor", "model", "region", "action", "rule", "status",
    "upstream_status", "latency_ms", "stages_ms", "bytes_in", "bytes_out", "streamed", "findings", "error",
    "attempts", "policy", "policy_sha256", "listen", "config", "count", "reason", "path", "method",
})
"""Keys a log line may carry besides time/level/logger/msg. Anything else is dropped (or raises, strict)."""

_STD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line. `strict=True` (tests) raises on a key outside ALLOWED_KEYS."""

    def __init__(self, *, strict: bool = False) -> None:
        super().__init__()
        self.strict = strict
        self._second = -1
        self._prefix = ""

    def _time(self, created: float) -> str:
        """`created` as UTC ISO 8601 with microseconds (rounded as datetime does); the part up to the
        second is formatted once per second, not once per line."""
        frac, whole = math.modf(created)
        second, micro = int(whole), round(frac * 1e6)
        if micro >= 1_000_000:
            second, micro = second + 1, micro - 1_000_000
        if second != self._second:
            self._prefix = datetime.fromtimestamp(second, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
            self._second = second
        return f"{self._prefix}.{micro:06d}Z"

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": self._time(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage() if record.name.startswith("guanqia") else record.msg
            if isinstance(record.msg, str) and not record.args else _third_party(record),
        }
        for key, value in record.__dict__.items():
            if key in _STD or key.startswith("_"):
                continue
            if key not in ALLOWED_KEYS:
                if self.strict:
                    raise ValueError(f"log key {key!r} is not on the allow-list")
                continue
            out[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = out.get("error") or record.exc_info[0].__name__
        return orjson.dumps(out, default=str).decode()


def _third_party(record: logging.LogRecord) -> str:
    """Third-party messages with arguments may interpolate data: keep the template only."""
    return str(record.msg)


def safe_exception() -> str:
    """The current exception as type and frames (file:line in function), without its message or locals.

    Exception messages from third-party code can quote input (a KeyError of a value, a JSON error with an
    excerpt), so they never reach a log line.
    """
    etype, _, tb = sys.exc_info()
    if etype is None:
        return ""
    frames = traceback.extract_tb(tb)[-6:]
    where = " < ".join(f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno}:{f.name}" for f in reversed(frames))
    return f"{etype.__module__}.{etype.__qualname__} at {where}"


def configure(level: str = "INFO", *, stream: Any = None, strict: bool = False) -> logging.Handler:
    # JsonFormatter never prints a record's process, thread or process name; without these flags
    # every LogRecord asks the kernel for its pid (a getpid syscall per line) and looks up both names.
    logging.logProcesses = logging.logThreads = logging.logMultiprocessing = False
    # Nor its file, line and function: without this every record walks the caller's stack frames
    # (`findCaller`), a sixth of an access-log line's cost (the logging HOWTO's "Optimization" table).
    logging._srcfile = None
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(strict=strict))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("presidio-analyzer", "jieba", "aiohttp.access", "asyncio", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
