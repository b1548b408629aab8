"""Scanner: normalize once, run every recognizer on the view, map offsets back, resolve overlaps.

Presidio's `AnalyzerEngine` is deliberately not on the hot path: it runs the NLP engine over the whole text,
builds explanation objects and re-runs context enhancement per result. Here the view is built once per scan
(`detectors.normalize`), each `ViewRecognizer` runs its `re` patterns only when its cheap trigger occurs, and
any other Presidio `EntityRecognizer` (PERSON / ADDRESS / ORG, third-party recognizers) is called directly
with ``nlp_artifacts=None`` on the view text, its offsets mapped back like ours.

Overlaps are resolved greedily: higher score, then longer span, then the more specific type wins; the loser
is dropped. A name inside an organisation's name (王记餐饮有限公司) is part of the organisation, whatever the
scores. A *container* type (SOURCE_CODE) never hides what is inside it: it is cut into the pieces that no other
finding covers, so a key pasted inside code is still reported as API_KEY. Results are sorted and
never overlap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from detectors.encoded import blobs
from detectors.finding import Finding
from detectors.normalize import View, normalize
from detectors.recognizers.base import Hit, ViewRecognizer

__all__ = ["CONTAINERS", "SPECIFICITY", "Scanner"]

SPECIFICITY: tuple[str, ...] = (
    "PRIVATE_KEY", "JWT", "DB_CONNECTION_STRING", "API_KEY", "PASSWORD", "CN_ID_CARD", "CN_USCC", "BANK_CARD",
    "HK_ID", "TW_ID", "CN_PHONE", "CN_LANDLINE", "EMAIL", "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "MO_ID",
    "CN_MILITARY_ID", "CN_LICENSE_PLATE", "PERSON", "ORG", "ADDRESS", "CONFIDENTIAL_MARKING", "SOURCE_CODE",
)
"""Tie-break order for equal score and length: earlier is more specific. Custom types rank before PERSON."""
_RANK = {t: i for i, t in enumerate(SPECIFICITY)}
_CUSTOM_RANK = _RANK["PERSON"] - 0.5
CONTAINERS = frozenset({"SOURCE_CODE"})
"""Types split around other findings instead of competing with them."""


class Scanner:
    """Runs the built-in recognizers plus `extra` ones; `threshold` drops findings scoring below it."""

    def __init__(self, extra: Sequence[EntityRecognizer] = (), *, threshold: float = 0.5,
                 _base: Sequence[EntityRecognizer] | None = None) -> None:
        if _base is None:
            from detectors.recognizers import default_recognizers
            _base = default_recognizers()
        self._base: tuple[EntityRecognizer, ...] = tuple(_base)
        self._extra: tuple[EntityRecognizer, ...] = tuple(extra)
        for r in self._extra:
            if not isinstance(r, EntityRecognizer):
                raise TypeError(f"extra recognizer {r!r} is not a presidio EntityRecognizer")
        self.threshold = threshold
        everything = self._base + self._extra
        self._view_recognizers = [r for r in everything if isinstance(r, ViewRecognizer)]
        self._other = [r for r in everything if not isinstance(r, ViewRecognizer)]

    @property
    def recognizers(self) -> tuple[EntityRecognizer, ...]:
        return self._base + self._extra

    def with_extra(self, recognizers: Iterable[EntityRecognizer]) -> Scanner:
        """A scanner sharing this one's compiled recognizers plus `recognizers` (a policy's custom detectors)."""
        return Scanner(tuple(self._extra) + tuple(recognizers), threshold=self.threshold, _base=self._base)

    # ------------------------------------------------------------------------------------------------------
    def scan(self, text: str) -> list[Finding]:
        """Resolved findings, sorted by start, non-overlapping, offsets into `text`."""
        return [Finding(h.entity_type, h.start, h.end, h.score, h.detector) for h in self._resolve(self.hits(text))]

    def analyze(self, text: str) -> list[RecognizerResult]:
        """The same findings as Presidio `RecognizerResult`s (for code written against Presidio)."""
        out = []
        for f in self.scan(text):
            expl = AnalysisExplanation(recognizer=f.detector, original_score=f.score)
            out.append(RecognizerResult(f.type, f.start, f.end, f.score, analysis_explanation=expl,
                                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: f.detector}))
        return out

    def hits(self, text: str, *, decode: bool = True) -> list[Hit]:
        """Every raw match at or above the threshold, before overlap resolution.

        With `decode`, base64 blobs that hold text are decoded and scanned too (one level deep), and what is
        found inside one is reported over the whole blob (see `detectors.encoded`).
        """
        if not text:
            return []
        view = normalize(text)
        hits: list[Hit] = []
        for rec in self._view_recognizers:
            hits.extend(rec.match_view(view))
        for other in self._other:
            hits.extend(self._run_other(other, view))
        n = len(text)
        hits = [h for h in hits if h.score >= self.threshold and 0 <= h.start < h.end <= n]
        if decode:
            hits.extend(self._encoded_hits(view, hits))
        return hits

    def _encoded_hits(self, view: View, hits: list[Hit]) -> list[Hit]:
        """One hit per base64 blob whose decoded text holds a finding: that finding's type over the blob.

        The decoded texts are scanned together, joined by a separator longer than any context window, so a
        text full of small blobs costs one scan, not one per blob.
        """
        found = list(blobs(view.text))
        if not found:
            return []
        taken = sorted((h.start, h.end) for h in hits if h.entity_type not in CONTAINERS)
        taken_starts = [a for a, _b in taken]
        reach: list[int] = []  # reach[i]: the furthest end among taken[0..i]
        for _a, b in taken:
            reach.append(max(b, reach[-1]) if reach else b)
        keep: list[tuple[int, int, str]] = []
        for blob in found:
            s, e = view.to_original(blob.start, blob.end)
            i = bisect_left(taken_starts, e)  # spans starting before the blob ends
            if i and reach[i - 1] > s:
                continue  # a JWT's parts, a key already found: nothing to add
            keep.append((s, e, blob.decoded))
        if not keep:
            return []
        starts: list[int] = []
        pos = 0
        for _s, _e, decoded in keep:
            starts.append(pos)
            pos += len(decoded) + len(_BLOB_SEP)
        inner = self._resolve(self.hits(_BLOB_SEP.join(d for _s, _e, d in keep), decode=False))
        best: dict[int, Hit] = {}
        for h in inner:
            i = bisect_right(starts, h.start) - 1
            cur = best.get(i)
            if cur is None or _strength(h) > _strength(cur):
                best[i] = h
        return [Hit(h.entity_type, keep[i][0], keep[i][1], h.score, f"base64:{h.detector}")
                for i, h in sorted(best.items())]

    @staticmethod
    def _run_other(rec: EntityRecognizer, view: View) -> list[Hit]:
        # nlp_artifacts=None: our recognizers need none; presidio types the argument as required
        results = rec.analyze(view.text, list(rec.supported_entities), None) or []  # type: ignore[arg-type]
        out: list[Hit] = []
        vlen = len(view.text)
        for r in results:
            s, e = max(0, int(r.start)), min(vlen, int(r.end))
            if e <= s:
                continue
            meta = r.recognition_metadata or {}
            name = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or getattr(rec, "name", "recognizer"))
            os_, oe = view.to_original(s, e)
            out.append(Hit(r.entity_type, os_, oe, float(r.score), name))
        return out

    # ------------------------------------------------------------------------------------------------------
    @staticmethod
    def _resolve(hits: list[Hit]) -> list[Hit]:
        plain: list[Hit] = []
        containers: list[Hit] = []
        hits = _names_inside_orgs_dropped(hits)
        for h in hits:
            (containers if h.entity_type in CONTAINERS else plain).append(h)
        rank = _RANK.get
        plain.sort(key=lambda h: (-h.score, h.start - h.end, rank(h.entity_type, _CUSTOM_RANK), h.start))
        kept: list[Hit] = []
        # Which characters a kept span covers, one byte each: the overlap test and the marking are C calls
        # over the hit's own span. (A sorted list with an insert per kept hit cost O(hits) a hit: quadratic
        # on a megabyte of phone numbers and e-mail addresses, whose scores interleave the starts.)
        covered = bytearray(max((h.end for h in plain), default=0))
        find = covered.find
        for h in plain:
            s, e = h.start, h.end
            if find(1, s, e) >= 0:
                continue
            covered[s:e] = b"\x01" * (e - s)
            kept.append(h)
        kept.sort(key=lambda h: (h.start, h.end))
        if not containers:
            return kept
        starts = [h.start for h in kept]
        spans = [(h.start, h.end) for h in kept]

        def free(s: int, e: int) -> bool:
            i = bisect_right(starts, s)
            if i > 0 and spans[i - 1][1] > s:
                return False
            return not (i < len(starts) and starts[i] < e)

        containers.sort(key=lambda h: (-h.score, -(h.end - h.start), h.start))
        for c in containers:
            for s, e in _gaps(c.start, c.end, spans):
                if e > s and free(s, e):
                    i = bisect_right(starts, s)
                    starts.insert(i, s)
                    spans.insert(i, (s, e))
                    kept.append(Hit(c.entity_type, s, e, c.score, c.detector))
        kept.sort(key=lambda h: (h.start, h.end))
        return kept


def _names_inside_orgs_dropped(hits: list[Hit]) -> list[Hit]:
    """Without the PERSON hits that lie inside a longer ORG hit: a company named after its founder (王记餐饮有限公司,
    某某律师事务所 named after a partner, Lee Capital Ltd.) is one organisation, whatever the two scores. Prefix
    maxima of the organisations' ends answer each name with two bisections."""
    orgs = sorted((h.start, h.end) for h in hits if h.entity_type == "ORG")
    if not orgs or not any(h.entity_type == "PERSON" for h in hits):
        return hits
    starts = [s for s, _ in orgs]
    reach: list[int] = []  # reach[i]: the farthest end of orgs[0..i]
    far = -1
    for _, e in orgs:
        far = max(far, e)
        reach.append(far)

    def inside(h: Hit) -> bool:
        before = bisect_left(starts, h.start)  # orgs starting strictly before the name
        if before and reach[before - 1] >= h.end:
            return True
        same = bisect_right(starts, h.start)  # orgs starting with it must end after it
        return same > before and max(e for _, e in orgs[before:same]) > h.end

    return [h for h in hits if h.entity_type != "PERSON" or not inside(h)]


_BLOB_SEP = "\n\n" + "\x00" * 64 + "\n\n"
"""Between decoded blobs scanned together: no value spans it, no context word reaches across it."""


def _strength(h: Hit) -> tuple[float, float]:
    """Which of several findings inside one blob names it: the higher score, then the more specific type."""
    return h.score, -_RANK.get(h.entity_type, _CUSTOM_RANK)


def _gaps(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sub-ranges of [start, end) not covered by the sorted, disjoint `spans`."""
    out: list[tuple[int, int]] = []
    pos = start
    i = bisect_right(spans, (start, -1)) - 1
    i = max(i, 0)
    while i < len(spans) and spans[i][0] < end:
        s, e = spans[i]
        if e > pos:
            if s > pos:
                out.append((pos, min(s, end)))
            pos = max(pos, e)
        i += 1
    if pos < end:
        out.append((pos, end))
    return out
