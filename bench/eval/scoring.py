"""Built-in scorer with the matching rules of ../shared/eval/score.py, for checkouts without ../shared.

Rules (same definitions as the shared scorer's help text):
- overlap: a finding is correct when it overlaps a gold span of its type; a gold span is found when a finding of
  its type overlaps it.
- exact: type and offsets equal after trimming whitespace / zero-width characters off the finding's edges.
- not scored: findings overlapping an optional gold span; findings strictly inside a gold span of another type
  when no gold of their own type is there; a nested gold span (password in a DSN) missed while its container
  is found.
- documents without gold: flagged when any scored finding remains; a decoy is flagged when a scored finding
  overlaps it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

TRIM = " \t\r\n\u200b\u200c\u200d\u2060\ufeff\u3000"
HARD_TAGS = {
    "fullwidth",
    "zero_width",
    "cn_numeral",
    "cn_numeral_capital",
    "spaced_chars",
    "linebreak",
    "json_escape",
    "percent",
    "at_dot",
    "mixed_evasion",
    "spaced_name",
}

Span = dict[str, Any]


def _overlap(a: Span, b: Span) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _strictly_inside(a: Span, b: Span) -> bool:
    return bool(
        b["start"] <= a["start"] and a["end"] <= b["end"] and (a["start"], a["end"]) != (b["start"], b["end"])
    )


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def _prf(ok_pred: int, n_pred: int, ok_gold: int, n_gold: int) -> dict[str, float]:
    p = ok_pred / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = ok_gold / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(docs: list[dict[str, Any]], preds: list[list[Span]], judged: set[str]) -> dict[str, Any]:
    """Per-type overlap/exact P/R/F1, negative-document and decoy false-alarm rates, recall by written form."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    decoys: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    neg_docs = neg_flagged = 0
    for doc, raw in zip(docs, preds):
        text = doc["text"]
        seen: set[tuple[str, int, int]] = set()
        P: list[Span] = []
        for f in raw:
            key = (f["type"], f["start"], f["end"])
            if key not in seen and f["type"] in judged:
                seen.add(key)
                P.append(f)
        optional = [g for g in doc["spans"] if g.get("optional")]
        nonopt = [g for g in doc["spans"] if not g.get("optional")]
        G = [g for g in nonopt if g["type"] in judged]
        status: list[str] = []
        for p in P:
            valid = 0 <= p["start"] < p["end"] <= len(text)
            if not valid:
                status.append("fp")
            elif any(g["type"] == p["type"] and _overlap(p, g) for g in G):
                status.append("tp")
            elif any(_overlap(p, o) for o in optional) or any(
                g["type"] != p["type"] and _strictly_inside(p, g) for g in nonopt
            ):
                status.append("ignored")
            else:
                status.append("fp")
        valid_p = [p for p in P if 0 <= p["start"] < p["end"] <= len(text)]
        exact_keys = {(p["type"], *_trim(text, p["start"], p["end"])) for p in valid_p}
        found = [any(p["type"] == g["type"] and _overlap(p, g) for p in valid_p) for g in G]
        exact = [(g["type"], g["start"], g["end"]) in exact_keys for g in G]
        for i, g in enumerate(G):
            holders = [j for j, h in enumerate(G) if h["type"] != g["type"] and _strictly_inside(g, h)]
            c = per[g["type"]]
            c["gold"] += 1
            if found[i] or not any(found[j] for j in holders):
                c["gold_o"] += 1
                c["found_o"] += found[i]
            if exact[i] or not any(exact[j] for j in holders):
                c["gold_e"] += 1
                c["found_e"] += exact[i]
            hard = set(g.get("tags", [])) & HARD_TAGS
            for t in hard:
                forms[t][0] += 1
                forms[t][1] += found[i]
            bucket = "(any evasion)" if hard else "(plain)"
            forms[bucket][0] += 1
            forms[bucket][1] += found[i]
        gold_keys = {(g["type"], g["start"], g["end"]) for g in G}
        for p, st in zip(P, status):
            if st == "ignored":
                per[p["type"]]["ignored"] += 1
                continue
            c = per[p["type"]]
            c["pred"] += 1
            c["pred_ok_o"] += st == "tp"
            c["pred_ok_e"] += p in valid_p and (p["type"], *_trim(text, p["start"], p["end"])) in gold_keys
        scored = [p for p, st in zip(P, status) if st != "ignored"]
        if not G:
            neg_docs += 1
            neg_flagged += bool(scored)
        for dc in doc.get("decoys", []):
            decoys[dc["kind"]][0] += 1
            decoys[dc["kind"]][1] += any(_overlap(p, dc) for p in scored)
    types = {}
    for t in sorted(judged):
        c = per.get(t, Counter())
        if not c["gold"] and not c["pred"]:
            continue
        types[t] = {
            "gold": c["gold"],
            "pred": c["pred"],
            "ignored": c["ignored"],
            "overlap": _prf(c["pred_ok_o"], c["pred"], c["found_o"], c["gold_o"]),
            "exact": _prf(c["pred_ok_e"], c["pred"], c["found_e"], c["gold_e"]),
        }
    n_dec = sum(v[0] for v in decoys.values())
    hit_dec = sum(v[1] for v in decoys.values())
    return {
        "types": types,
        "negatives": {
            "docs": neg_docs,
            "flagged": neg_flagged,
            "rate": round(neg_flagged / neg_docs, 4) if neg_docs else 0.0,
        },
        "decoys": {
            k: {"n": n, "flagged": h, "rate": round(h / n, 4)} for k, (n, h) in sorted(decoys.items())
        },
        "decoys_total": {"n": n_dec, "flagged": hit_dec, "rate": round(hit_dec / max(1, n_dec), 4)},
        "evasion_recall_overlap": {
            k: {"n": n, "found": h, "recall": round(h / n, 4)} for k, (n, h) in sorted(forms.items())
        },
    }
