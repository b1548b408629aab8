"""PolicyHolder: the policy in force, swapped atomically when its file changes; a bad edit never serves.

Requests read `holder.current` once and keep that object for their whole life, so a swap (one attribute
assignment, atomic under the GIL) never mixes two policies inside one request and drops no request.
An invalid or deleted file leaves the previous policy serving, records `last_error` (file:line:column
and what was expected, never a detected value) and counts `failures` for the metric.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from policies import load_builtin, load_bytes
from policies.engine import Policy
from policies.errors import PolicyError


class PolicyHolder:
    def __init__(self, path: Path | None) -> None:
        """Load the initial policy (the builtin one when `path` is None); raise PolicyError if invalid."""
        self.path = path
        self.last_error: str | None = None
        self.failures = 0
        self.reloads = 0
        self._lock = threading.Lock()
        self._stat: tuple[int, int] | None = None
        if path is None:
            self.current: Policy = load_builtin()
            return
        data, self._stat = self._read()
        self.current = load_bytes(data, str(path))

    def _read(self) -> tuple[bytes, tuple[int, int]]:
        assert self.path is not None
        try:
            st = os.stat(self.path)
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise PolicyError(f"{self.path}: policy file not found (deleted?)") from None
        except OSError as exc:
            raise PolicyError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        return data, (st.st_mtime_ns, st.st_size)

    def reload(self, *, force: bool = False) -> bool:
        """Re-read the file if it changed (or always, with `force`, as for SIGHUP); True when a new
        policy was swapped in.

        On failure the previous policy keeps serving, `last_error` says why and `failures` counts up.
        Unchanged content (same sha256) is not a reload and clears a previous error."""
        if self.path is None:
            return False
        with self._lock:
            try:
                st = os.stat(self.path)
                if not force and self._stat == (st.st_mtime_ns, st.st_size) and self.last_error is None:
                    return False
                data, stat = self._read()
                if hashlib.sha256(data).hexdigest() == self.current.ref.sha256:
                    self._stat, self.last_error = stat, None
                    return False
                policy = load_bytes(data, str(self.path))
            except FileNotFoundError:
                return self._fail(f"{self.path}: policy file not found (deleted?); previous policy kept")
            except PolicyError as exc:
                self._stat = None
                return self._fail(f"{exc}; previous policy kept")
            except OSError as exc:
                return self._fail(f"{self.path}: cannot read: {exc.strerror or exc}; previous policy kept")
            except Exception as exc:  # a plug-in recognizer that fails to build: same contract, never a crash
                self._stat = None
                return self._fail(f"{self.path}: a detector of this policy could not be built "
                                  f"({type(exc).__name__}); previous policy kept")
            self.current, self._stat, self.last_error = policy, stat, None
            self.reloads += 1
            return True

    def _fail(self, message: str) -> bool:
        # Count each distinct broken state once, not once per poll: the metric counts rejected edits.
        if message != self.last_error:
            self.failures += 1
        self.last_error = message
        return False
