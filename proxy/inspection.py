"""Inspection: run the detectors over every text segment of a call and locate findings per segment.

Segments are scanned as ONE joined view (separated by a newline) so that a value split across two
messages or content parts (`"138 0013"` + `"8000"`) is still found; a finding that crosses a boundary is
cut into one piece per segment it touches, so each piece is transformed where it was written.
Fingerprints are computed here from the joined value, the only place raw values are in hand.

`inspect_off_loop` is what the request path calls: a call with more than `INLINE_CHARS` characters of text is
inspected in a worker thread (proxy.offload), so one big prompt does not stall every other request; smaller
ones, nearly all traffic, stay on the loop where they cost no thread hop.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Protocol, Sequence

from detectors.finding import Finding
from proxy.offload import Offload

SEPARATOR = "\n"

INLINE_CHARS = 16384
"""Calls with at most this many characters of text are scanned on the event loop. Measured on the 2-core VM
(`bench/proxy/loop_stall.py --threshold`, docs/operations.md): 11 K-22 K characters of mixed Chinese prose scan
in 12-31 ms of CPU and the hop to a worker and back costs 0.14-0.16 ms (about 1 %); 1 MB takes 0.3-0.4 s,
which the loop must not wait for."""


class TextScanner(Protocol):
    def scan(self, text: str) -> list[Finding]: ...


@dataclass(slots=True)
class Inspection:
    per_segment: list[list[Finding]]
    """Findings per segment, offsets into that segment's text; a split value appears in each piece."""
    fingerprints: list[str] = field(repr=False)
    """One per finding in flattened (segment-major) order; pieces of one value share a fingerprint."""
    classes: list[str]


async def inspect_off_loop(texts: Sequence[str], scanner: TextScanner, fingerprint: Callable[[str, str], str],
                           data_class: Callable[[str], str], offload: Offload,
                           labels: Sequence[str] = ()) -> Inspection:
    """`inspect`, in `offload`'s worker thread when the texts are big. Exceptions propagate as from `inspect`
    (the caller fails closed); `InspectionBusy` when too many big calls are in hand already."""
    chars = sum(map(len, texts))
    if chars <= INLINE_CHARS:
        return inspect(texts, scanner, fingerprint, data_class, labels)
    return await offload.run(inspect, texts, scanner, fingerprint, data_class, labels, chars=chars)


def inspect(texts: Sequence[str], scanner: TextScanner,
            fingerprint: Callable[[str, str], str], data_class: Callable[[str], str],
            labels: Sequence[str] = ()) -> Inspection:
    """Any exception propagates: the caller fails closed (the request is refused, never forwarded).

    `labels[i]`, when given and not empty, is written before segment i in the joined view as `label: `
    (a JSON leaf's key): the scan sees `password: s3cret` where the body held `{"password": "s3cret"}`
    split into leaves. Findings inside a label belong to no segment and are dropped."""
    if not texts:
        return Inspection([], [], [])
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, t in enumerate(texts):
        lead = SEPARATOR if i else ""
        label = labels[i] if i < len(labels) else ""
        if label:
            lead += label + ": "
        parts.append(lead)
        parts.append(t)
        pos += len(lead)
        starts.append(pos)
        pos += len(t)
    joined = "".join(parts)
    per_segment: list[list[tuple[Finding, str]]] = [[] for _ in texts]
    for f in scanner.scan(joined):
        fp = fingerprint(f.type, joined[f.start:f.end])
        first = max(bisect_right(starts, f.start) - 1, 0)   # a finding may start in segment 0's label
        last = bisect_right(starts, max(f.start, f.end - 1)) - 1
        for i in range(first, last + 1):
            seg_start = starts[i]
            s = max(f.start, seg_start) - seg_start
            e = min(f.end, seg_start + len(texts[i])) - seg_start
            if e > s:
                per_segment[i].append((Finding(f.type, s, e, f.score, f.detector), fp))
    findings: list[list[Finding]] = []
    fingerprints: list[str] = []
    classes: list[str] = []
    for seg in per_segment:
        seg.sort(key=lambda pair: (pair[0].start, pair[0].end))
        findings.append([f for f, _ in seg])
        for f, fp in seg:
            fingerprints.append(fp)
            classes.append(data_class(f.type))
    return Inspection(findings, fingerprints, classes)
