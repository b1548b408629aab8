"""Build bench/eval/corpus/blind.jsonl from the hand-written documents in documents.py.

Markup (see documents.py): `{{TYPE:value}}` or `{{TYPE|tag,tag:value}}` is a gold span (nesting allowed, tag
`opt` makes it optional), `[[kind:text]]` a decoy, `{{!` a literal `{{`, `@@MAKER@@` / `@@MAKER~form@@` a
synthetic value made here so that check digits are right by construction. Every record is validated before it
is written; the build fails loudly rather than write a wrong label.

    python -m bench.eval.blind.build              # corpus/blind.jsonl from documents.py
    python -m bench.eval.blind.build --holdout    # corpus/blind-holdout.jsonl from holdout_documents.py
    python -m bench.eval.blind.build --round3     # corpus/blind-round3.jsonl from round3_documents.py
    python -m bench.eval.blind.build --round4     # corpus/blind-round4.jsonl from round4_documents.py
    python -m bench.eval.blind.build --round5     # corpus/blind-round5.jsonl from round5_documents.py
    python -m bench.eval.blind.build --round6     # corpus/blind-round6.jsonl from bench/eval/round6_passwords.py
    python -m bench.eval.blind.build --round7     # corpus/blind-round7.jsonl from round7_people.py
    python -m bench.eval.blind.build --round8     # corpus/blind-round8.jsonl from round8_places.py
    python -m bench.eval.blind.build --round9s    # corpus/blind-round9s.jsonl from round9_secrets.py
    python -m bench.eval.blind.build --round9o    # corpus/blind-round9o.jsonl from round9_orgs.py
    python -m bench.eval.blind.build --round9p    # corpus/blind-round9p.jsonl from round9_people.py
    python -m bench.eval.blind.build --round10p   # corpus/blind-round10p.jsonl from round10_people.py
    python -m bench.eval.blind.build --round10o   # corpus/blind-round10o.jsonl from round10_orgs.py
    python -m bench.eval.blind.build --round10a   # corpus/blind-round10a.jsonl from round10_addresses.py
    python -m bench.eval.blind.build --round10s   # corpus/blind-round10s.jsonl from round10_passwords.py
    python -m bench.eval.blind.build --round11k   # corpus/blind-round11k.jsonl from round11_kinds.py
    python -m bench.eval.blind.build --round11s   # corpus/blind-round11s.jsonl from round11_secrets.py
    python -m bench.eval.blind.build --round11n   # corpus/blind-round11n.jsonl from round11_prose.py
    python -m bench.eval.blind.build --round12c   # corpus/blind-round12c.jsonl from round12_credentials.py
    python -m bench.eval.blind.build --round12g   # corpus/blind-round12g.jsonl from round12_institutions.py
    python -m bench.eval.blind.build --round12p   # corpus/blind-round12p.jsonl from round12_narrative.py
    python -m bench.eval.blind.build --round13n   # corpus/blind-round13n.jsonl from round13_wordnames.py
    python -m bench.eval.blind.build --round13w   # corpus/blind-round13w.jsonl from round13_passwords.py
    python -m bench.eval.blind.build --round13a   # corpus/blind-round13a.jsonl from round13_boundaries.py
    python -m bench.eval.blind.build --round13e   # corpus/blind-round13e.jsonl from round13_english.py
    python -m bench.eval.blind.build --round13d   # corpus/blind-round13d.jsonl from round13_products.py
    python -m bench.eval.blind.build --round14a   # corpus/blind-round14a.jsonl from round14_addresses.py
    python -m bench.eval.blind.build --round14o   # corpus/blind-round14o.jsonl from round14_orgs.py
    python -m bench.eval.blind.build --round14w   # corpus/blind-round14w.jsonl from round14_passwords.py
    python -m bench.eval.blind.build --round14n   # corpus/blind-round14n.jsonl from round14_names.py
    python -m bench.eval.blind.build --round15a   # corpus/blind-round15a.jsonl from round15_addresses.py
    python -m bench.eval.blind.build --round15w   # corpus/blind-round15w.jsonl from round15_credentials.py
    python -m bench.eval.blind.build --round15e   # corpus/blind-round15e.jsonl from round15_english.py
    python -m bench.eval.blind.build --round15o   # corpus/blind-round15o.jsonl from round15_orgs.py
    python -m bench.eval.blind.build --round15n   # corpus/blind-round15n.jsonl from round15_names.py
    python -m bench.eval.blind.build --round16j   # corpus/blind-round16j.jsonl from round16_payloads.py
    python -m bench.eval.blind.build --round16n   # corpus/blind-round16n.jsonl from round16_names.py
    python -m bench.eval.blind.build --round16w   # corpus/blind-round16w.jsonl from round16_credentials.py
    python -m bench.eval.blind.build --round17o   # corpus/blind-round17o.jsonl from round17_orgs.py
    python -m bench.eval.blind.build --round17p   # corpus/blind-round17p.jsonl from round17_people.py

The hold-out is a second, independently written corpus that nobody tunes detectors on; it only reuses this
markup and these checks.
"""
from __future__ import annotations

import argparse
import base64
import html
import ipaddress
import json
import random
import re
import sys
import unicodedata
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bench.eval.blind import checks
from bench.eval.blind.documents import DOCS

Doc = TypeVar("Doc")

OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind.jsonl"
HOLDOUT_OUT = OUT.with_name("blind-holdout.jsonl")
ROUND3_OUT = OUT.with_name("blind-round3.jsonl")
ROUND4_OUT = OUT.with_name("blind-round4.jsonl")
ROUND5_OUT = OUT.with_name("blind-round5.jsonl")
ROUND6_OUT = OUT.with_name("blind-round6.jsonl")
ROUND7_OUT = OUT.with_name("blind-round7.jsonl")
ROUND8_OUT = OUT.with_name("blind-round8.jsonl")
ROUND9S_OUT = OUT.with_name("blind-round9s.jsonl")
ROUND9O_OUT = OUT.with_name("blind-round9o.jsonl")
ROUND9P_OUT = OUT.with_name("blind-round9p.jsonl")
ROUND10P_OUT = OUT.with_name("blind-round10p.jsonl")
ROUND10O_OUT = OUT.with_name("blind-round10o.jsonl")
ROUND10A_OUT = OUT.with_name("blind-round10a.jsonl")
ROUND10S_OUT = OUT.with_name("blind-round10s.jsonl")
ROUND11K_OUT = OUT.with_name("blind-round11k.jsonl")
ROUND11S_OUT = OUT.with_name("blind-round11s.jsonl")
ROUND11N_OUT = OUT.with_name("blind-round11n.jsonl")
ROUND12C_OUT = OUT.with_name("blind-round12c.jsonl")
ROUND12G_OUT = OUT.with_name("blind-round12g.jsonl")
ROUND12P_OUT = OUT.with_name("blind-round12p.jsonl")
ROUND13N_OUT = OUT.with_name("blind-round13n.jsonl")
ROUND13W_OUT = OUT.with_name("blind-round13w.jsonl")
ROUND13A_OUT = OUT.with_name("blind-round13a.jsonl")
ROUND13E_OUT = OUT.with_name("blind-round13e.jsonl")
ROUND13D_OUT = OUT.with_name("blind-round13d.jsonl")
ROUND14A_OUT = OUT.with_name("blind-round14a.jsonl")
ROUND14O_OUT = OUT.with_name("blind-round14o.jsonl")
ROUND14W_OUT = OUT.with_name("blind-round14w.jsonl")
ROUND14N_OUT = OUT.with_name("blind-round14n.jsonl")
ROUND15A_OUT = OUT.with_name("blind-round15a.jsonl")
ROUND15W_OUT = OUT.with_name("blind-round15w.jsonl")
ROUND15E_OUT = OUT.with_name("blind-round15e.jsonl")
ROUND15O_OUT = OUT.with_name("blind-round15o.jsonl")
ROUND15N_OUT = OUT.with_name("blind-round15n.jsonl")
ROUND16J_OUT = OUT.with_name("blind-round16j.jsonl")
ROUND16N_OUT = OUT.with_name("blind-round16n.jsonl")
ROUND16W_OUT = OUT.with_name("blind-round16w.jsonl")
ROUND17O_OUT = OUT.with_name("blind-round17o.jsonl")
ROUND17P_OUT = OUT.with_name("blind-round17p.jsonl")
EVASIONS = {"fullwidth", "zero_width", "cn_numeral", "cn_numeral_capital", "spaced_chars", "mixed_evasion",
            "linebreak", "json_escape", "percent", "at_dot", "spaced_name", "html_entity", "octal_escape"}
ZW = "\u200b\u200c\u200d\u2060\ufeff"
CN_DIGITS = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5",
             "陆": "6", "柒": "7", "捌": "8", "玖": "9"}
NUMERIC = {"CN_ID_CARD", "CN_PHONE", "CN_LANDLINE", "BANK_CARD", "IP_ADDRESS", "CN_USCC", "HK_ID", "TW_ID",
           "CN_PASSPORT", "CN_HK_MACAO_PERMIT"}


class Markup:
    """Parses one document's markup into plain text, gold spans and decoys with code-point offsets."""

    def __init__(self, src: str) -> None:
        self.src, self.i = src, 0
        self.out: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []

    def _emit(self, s: str) -> None:
        self.out.append(s)
        self.pos += len(s)

    def parse(self, stop: str | None = None) -> None:
        src = self.src
        while self.i < len(src):
            if stop and src.startswith(stop, self.i):
                self.i += len(stop)
                return
            if src.startswith("{{!", self.i):   # a literal "{{" (Helm / Go / Jinja templates)
                self._emit("{{")
                self.i += 3
                continue
            if src.startswith("{{", self.i):
                head_end = src.index(":", self.i)
                head = src[self.i + 2:head_end]
                typ, _, tags = head.partition("|")
                self.i = head_end + 1
                start = self.pos
                self.parse("}}")
                tag_list = [t for t in tags.split(",") if t]
                span = {"type": typ, "start": start, "end": self.pos}
                if "opt" in tag_list:
                    span["optional"] = True
                    tag_list.remove("opt")
                if tag_list:
                    span["tags"] = tag_list
                self.spans.append(span)
                continue
            if src.startswith("[[[", self.i):   # a literal "[" right before a decoy (nginx time stamps)
                self._emit("[")
                self.i += 1
                continue
            if src.startswith("[[", self.i):
                close = src.index("]]", self.i)
                kind, _, text = src[self.i + 2:close].partition(":")
                self.decoys.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
                self._emit(text)
                self.i = close + 2
                continue
            nxt = len(src)
            for mark in ("{{", "[[", stop):
                if mark:
                    j = src.find(mark, self.i)
                    if j != -1:
                        nxt = min(nxt, j)
            self._emit(src[self.i:nxt])
            self.i = nxt
        if stop:
            raise ValueError(f"unclosed {stop!r}")

    def text(self) -> str:
        return "".join(self.out)


def _form(value: str, form: str) -> str:
    """Apply a written form to a generated value."""
    if form == "grp":
        if len(value) == 18:
            return f"{value[:6]} {value[6:14]} {value[14:]}"
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if form == "dash":
        return f"{value[:6]}-{value[6:14]}-{value[14:]}"
    if form == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)
    if form == "zw":
        return value[:6] + "\u200b" + value[6:12] + "\u200b" + value[12:]
    if form == "sp":
        return " ".join(value)
    if form == "lb":
        return value[:10] + "\n" + value[10:]
    if form == "cn":
        return "".join("零一二三四五六七八九"[int(c)] if c.isdigit() else c for c in value)
    if form == "cap":
        return "".join("零壹贰叁肆伍陆柒捌玖"[int(c)] if c.isdigit() else c for c in value)
    if form == "pct":
        return "".join(f"%{ord(c):02X}" for c in value)
    if form == "ju":
        return "".join(f"\\u{ord(c):04x}" for c in value)
    if form == "nb":   # HKID without brackets
        return value.replace("(", "").replace(")", "")
    raise ValueError(form)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _jwt(maker: checks.Maker) -> str:
    """A JWT with real base64url JSON header and claims and a random signature."""
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": str(maker.r.randrange(10**6, 10**7)), "role": maker.r.choice(["admin", "user", "ops"]),
              "iat": 1764000000 + maker.r.randrange(10**6), "exp": 1765000000 + maker.r.randrange(10**6)}
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = _b64url(bytes(maker.r.randrange(256) for _ in range(32)))
    return f"{head}.{body}.{sig}"


def expand_makers(src: str, maker: checks.Maker) -> str:
    """Replace @@MAKER[~form]@@ with a fresh synthetic value."""
    makers = {
        "ID": maker.id18, "IDX": lambda: maker.id18(True), "ID15": maker.id15,
        "BADID": maker.id18_bad_checksum, "BADDATE": maker.id18_bad_date,
        "CUP": lambda: maker.card("62" + maker.r.choice(["2202", "2848", "1700", "1483", "2588", "2700"]), 19),
        "CUP16": lambda: maker.card("62" + maker.r.choice(["2575", "2262", "2155"]), 16),
        "VISA": lambda: maker.card("4" + maker.r.choice(["392", "563", "216"]), 16),
        "MC": lambda: maker.card(maker.r.choice(["52", "53", "55"]), 16),
        "AMEX": lambda: maker.card(maker.r.choice(["34", "37"]), 15),
        "JCB": lambda: maker.card("35" + maker.r.choice(["28", "66", "89"]), 16),
        "BADLUHN": maker.card_bad, "BADLUHN16": lambda: maker.card_bad("4392", 16),
        "USCC": maker.uscc, "BADUSCC": maker.uscc_bad,
        "JWT": lambda: _jwt(maker), "HKID": maker.hkid, "BADHKID": maker.hkid_bad, "TWID": maker.twid, "BADTWID": maker.twid_bad,
    }

    pools = {"A": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "H": "0123456789abcdef",
             "D": "0123456789", "U": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
             "B": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
             "L": "abcdefghijklmnopqrstuvwxyz0123456789"}

    def repl(m: re.Match) -> str:
        name = m.group(1)
        if name[0] in pools and name[1:].isdigit():   # random filler of a given alphabet and length
            value = "".join(maker.r.choice(pools[name[0]]) for _ in range(int(name[1:])))
            return _form(value, m.group(2)) if m.group(2) else value
        value = makers[name]()
        return _form(value, m.group(2)) if m.group(2) else value

    return re.sub(r"@@([A-Z0-9]+)(?:~([a-z]+))?@@", repl, src)


def undo(typ: str, raw: str, tags: list[str]) -> str:
    """The value after undoing evasions (the README's `norm`)."""
    v = raw
    if "json_escape" in tags:   # `\\u5f20`: JSON inside a JSON string escaped twice (round 16j)
        v = re.sub(r"\\+u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), v)
    if "percent" in tags:
        v = urllib.parse.unquote(v)
    if "html_entity" in tags:   # `&#x5F20;` / `&#24352;` / `&#64;` in XML and HTML (round 16j)
        v = html.unescape(v)
    if "octal_escape" in tags:   # protobuf text format's `\345\274\240` UTF-8 bytes (round 16j)
        v = re.sub(r"(?:\\[0-7]{3})+", lambda m: bytes(int(o, 8) for o in m.group().split("\\")[1:]).decode(), v)
    v = unicodedata.normalize("NFKC", v)
    v = "".join(c for c in v if c not in ZW)
    if typ == "EMAIL":
        v = re.sub(r"\s*[\[\(（【]\s*(at|AT|艾特)\s*[\]\)）】]\s*", "@", v)
        v = re.sub(r"\s*[\[\(（【]\s*(dot|DOT|点)\s*[\]\)）】]\s*", ".", v)
        v = re.sub(r"\s+at\s+", "@", v)
        v = re.sub(r"\s+dot\s+", ".", v)
    if typ in NUMERIC:
        v = "".join(CN_DIGITS.get(c, c) for c in v)
        v = re.sub(r"[\s\-]", "", v)
    if typ in ("PERSON", "ADDRESS", "ORG", "API_KEY", "PASSWORD", "JWT", "PRIVATE_KEY"):
        if {"spaced_name", "spaced_chars", "linebreak"} & set(tags) and typ != "PRIVATE_KEY":
            v = re.sub(r"\s", "", v)
    return v


def check_value(typ: str, norm: str) -> str | None:
    """Why a gold value is wrong for its type, or None."""
    if typ == "CN_ID_CARD":
        v = norm.upper()
        return None if checks.id18_ok(v) or checks.id15_ok(v) else "bad ID"
    if typ == "BANK_CARD":
        return None if norm.isdigit() and 15 <= len(norm) <= 19 and checks.luhn_ok(norm) else "bad card"
    if typ == "CN_USCC":
        return None if checks.uscc_ok(norm) else "bad USCC"
    if typ == "HK_ID":
        return None if checks.hkid_ok(norm) else "bad HKID"
    if typ == "TW_ID":
        return None if checks.twid_ok(norm) else "bad TWID"
    if typ == "CN_PHONE":
        v = re.sub(r"^(\(\+86\)|（\+86）|\+86|0086)", "", norm)
        return None if re.fullmatch(r"1[3-9]\d{9}", v) else "bad mobile"
    if typ == "CN_LANDLINE":
        v = re.sub(r"[()（）]", "", norm)
        return None if re.fullmatch(r"(\+86|0)\d{9,11}", v) else "bad landline"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(norm)
        except ValueError:
            return "bad IP"
        return None
    if typ == "EMAIL":
        return None if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", norm) else "bad email"
    if typ == "CN_PASSPORT":
        return None if re.fullmatch(r"(E\d{8}|E[A-Z]\d{7}|G\d{8}|[SDP]E\d{7})", norm) else "bad passport"
    if typ == "PRIVATE_KEY":
        return None if "PRIVATE KEY-----" in norm and "-----END" in norm else "bad key"
    return None


NEG_CHECKS = {
    "id18_bad_checksum": lambda v: not checks.id18_ok(v), "id18_bad_date": lambda v: not checks.id18_ok(v),
    "luhn_bad": lambda v: not checks.luhn_ok(re.sub(r"\D", "", v)), "uscc_bad": lambda v: not checks.uscc_ok(v),
    "hkid_bad": lambda v: not checks.hkid_ok(v), "digits18": lambda v: not checks.id18_ok(v),
    "digits16": lambda v: not checks.luhn_ok(v), "digits19": lambda v: not checks.luhn_ok(re.sub(r"\D", "", v)),
    "digits11_not_mobile": lambda v: not re.fullmatch(r"1[3-9]\d{9}", v), "twid_bad": lambda v: not checks.twid_ok(v),
}


def lang_of(text: str) -> str:
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = len(re.findall(r"[A-Za-z]{3,}", text))
    if cjk == 0:
        return "en"
    return "zh" if latin <= 3 or cjk > 8 * latin and latin < 6 else "mixed"


def build_record(n: int, kind: str, src: str, lang: str | None, split: str = "blind") -> dict:
    doc_id = f"{split}-{n:05d}"
    mk = Markup(expand_makers(src, checks.Maker(doc_id)))
    mk.parse()
    text = mk.text()
    spans = sorted(mk.spans, key=lambda s: (s["start"], -s["end"]))
    doc_tags: set[str] = set()
    for s in spans:
        raw = text[s["start"]:s["end"]]
        if not raw or raw != raw.strip():
            raise ValueError(f"{doc_id}: empty or padded span {s['type']} {raw!r}")
        tags = s.get("tags", [])
        norm = undo(s["type"], raw, tags)
        if EVASIONS & set(tags):
            s["norm"] = norm
            doc_tags |= EVASIONS & set(tags)
        err = check_value(s["type"], norm)
        if err:
            raise ValueError(f"{doc_id}: {err}: {raw!r} -> {norm!r}")
    for d in mk.decoys:
        val = text[d["start"]:d["end"]]
        if d["kind"] in NEG_CHECKS and not NEG_CHECKS[d["kind"]](val):
            raise ValueError(f"{doc_id}: decoy {d['kind']} {val!r} passes its check")
        for s in spans:
            if s["start"] < d["end"] and d["start"] < s["end"]:
                raise ValueError(f"{doc_id}: decoy {val!r} overlaps gold {s['type']}")
    return {"id": doc_id, "split": split, "kind": kind, "lang": lang or lang_of(text), "hard": bool(doc_tags),
            "tags": sorted(doc_tags), "text": text, "spans": spans, "decoys": mk.decoys}


def build(docs: list[tuple[str, str, str | None]], out: Path, split: str = "blind") -> list[dict]:
    """Validate every document, then write the corpus; ids and synthetic values follow only order and split."""
    records = [build_record(n, kind, src, lang, split) for n, (kind, src, lang) in enumerate(docs)]
    return write_jsonl(records, out)


def interleave(docs: list[Doc], negatives: list[Doc]) -> list[Doc]:
    """Documents with two negatives after every five (taken from the end of `negatives`), the rest last, so
    neither half of a generated round sits in one block of ids."""
    left = list(negatives)
    merged: list[Doc] = []
    for i, d in enumerate(docs):
        merged.append(d)
        if i % 5 in (1, 3) and left:
            merged.append(left.pop())
    return merged + left


def from_families(families: list[tuple[Callable[[], Doc], int]], negatives: Callable[[], list[Doc]],
                  rng: random.Random) -> list[Doc]:
    """A seeded round's documents: each family drawn its count of times, shuffled, then the negatives
    (drawn after, so the seeded draws keep their order) interleaved by `interleave`."""
    pos = [fam() for fam, n in families for _ in range(n)]
    rng.shuffle(pos)
    return interleave(pos, negatives())


def unique_draws(families: list[tuple[Callable[[], Doc], int]]) -> list[Doc]:
    """Each family drawn its count of times, a text written twice drawn again (up to 30 tries): a duplicate
    would count twice in the scores."""
    out: list[Doc] = []
    seen: set[str] = set()
    for fam, n in families:
        for _ in range(n):
            for _ in range(30):
                doc = fam()
                if doc[1] not in seen:
                    seen.add(doc[1])
                    out.append(doc)
                    break
    return out


def from_unique_families(families: list[tuple[Callable[[], Doc], int]],
                         negatives: list[tuple[Callable[[], Doc], int]], rng: random.Random) -> list[Doc]:
    """A seeded round whose families may repeat a text: the gold families' unique draws shuffled, then the
    negative families' likewise, interleaved by `interleave` (rounds 12p, 13n, 13d, 13e)."""
    pos = unique_draws(families)
    rng.shuffle(pos)
    neg = unique_draws(negatives)
    rng.shuffle(neg)
    return interleave(pos, neg)


def check_generated(rec: dict) -> None:
    """A generated record passes the labeling checks, and has no gold exactly when its kind is a `neg_` one."""
    from bench.eval.labels import problems
    bad = problems(rec)
    if bad:
        raise AssertionError(f"{rec['id']} ({rec['kind']}): {bad}")
    if rec["kind"].startswith("neg_") != (not rec["spans"]):
        raise AssertionError(f"{rec['id']} ({rec['kind']}): gold and kind disagree")


def write_jsonl(records: list[dict], out: Path) -> list[dict]:
    """One corpus file format for every round, hand-written or generated: a record per line, UTF-8 as written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


def unique_records(plan: list[Callable[[random.Random], Any]], r: random.Random, split: str) -> list[dict]:
    """Records from a shuffled plan of document templates, each text once: a template that keeps repeating
    itself (30 tries) gives fewer copies rather than a duplicate, which would count twice in the scores."""
    r.shuffle(plan)
    out: list[dict] = []
    seen: set[str] = set()
    for make in plan:
        for _ in range(30):
            rec = make(r).record(f"{split}-{len(out):05d}") | {"split": split}
            if rec["text"] not in seen:
                break
        else:
            continue
        seen.add(rec["text"])
        check_generated(rec)
        out.append(rec)
    return out


def generated_main(write: Callable[[Path], list[dict]], default_out: Path, entity: str,
                   argv: list[str] | None) -> int:
    """The command line every generated round shares: write the corpus (to argv[0] if given) and say what it
    holds, so a round's author sees its size and its share without gold at once."""
    recs = write(Path(argv[0]) if argv else default_out)
    neg = sum(1 for x in recs if not x["spans"])
    values = sum(1 for x in recs for s in x["spans"] if s["type"] == entity)
    print(f"{len(recs)} documents, {values} {entity} values, {neg} without gold ({neg / len(recs):.0%})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a hand-written corpus (blind or hold-out).")
    ap.add_argument("--holdout", action="store_true", help="build the hold-out corpus, not the blind one")
    ap.add_argument("--round3", action="store_true", help="build the round-3 blind corpus (PERSON / ADDRESS / ORG)")
    ap.add_argument("--round4", action="store_true", help="build the round-4 blind corpus (names, credentials)")
    ap.add_argument("--round5", action="store_true",
                    help="build the round-5 blind corpus (no-gold look-alikes, names, credentials, evasions)")
    ap.add_argument("--round6", action="store_true",
                    help="build the round-6 blind corpus (passwords and credential look-alikes, seeded templates)")
    ap.add_argument("--round7", action="store_true",
                    help="build the round-7 blind corpus (PERSON in enterprise text and name look-alikes, seeded templates)")
    ap.add_argument("--round8", action="store_true",
                    help="build the round-8 blind corpus (ORG and ADDRESS spans, generic references, seeded templates)")
    ap.add_argument("--round9s", action="store_true",
                    help="build the round-9 secrets corpus (passwords in ops text and their look-alikes, seeded templates)")
    ap.add_argument("--round9o", action="store_true",
                    help="build the round-9 ORG blind corpus (English, bilingual, HK / TW / SG names, English addresses)")
    ap.add_argument("--round9p", action="store_true",
                    help="build the round-9 people corpus (how running text refers to people, seeded templates)")
    ap.add_argument("--round10p", action="store_true",
                    help="build the round-10 people corpus (romanised, spaced, listed and tabled names, seeded templates)")
    ap.add_argument("--round10o", action="store_true",
                    help="build the round-10 ORG corpus (brand + region, domains, foreign legal forms, branches, seeded templates)")
    ap.add_argument("--round10a", action="store_true",
                    help="build the round-10 ADDRESS corpus (where addresses start and end, seeded templates)")
    ap.add_argument("--round10s", action="store_true",
                    help="build the round-10 credentials corpus (password shorthands, config syntaxes, look-alikes)")
    ap.add_argument("--round11k", action="store_true",
                    help="build the round-11 corpus (PERSON and ORG in document kinds and layouts, seeded templates)")
    ap.add_argument("--round11s", action="store_true",
                    help="build the round-11 corpus (credentials in configs, CLIs, SQL and chat; addresses in English order, with unit codes, 中国)")
    ap.add_argument("--round11n", action="store_true",
                    help="build the round-11 people corpus (names in running prose without a label, seeded templates)")
    ap.add_argument("--round12c", action="store_true",
                    help="build the round-12c corpus (credentials in chat turns, pairs, SQL rows, CSV / Markdown / YAML, Wi-Fi, DSNs, vendor keys)")
    ap.add_argument("--round12g", action="store_true",
                    help="build the round-12g corpus (organisations and addresses in official and institutional text)")
    ap.add_argument("--round12p", action="store_true",
                    help="build the round-12p people corpus (names in news, bulletins, award lists, essays, consignee lines)")
    ap.add_argument("--round13n", action="store_true",
                    help="build the round-13n people corpus (surnames and given names that are ordinary words, in running text)")
    ap.add_argument("--round13w", action="store_true",
                    help="build the round-13w corpus (passwords without a password word, foreign headers, columns, commands, configs, resets, Wi-Fi, PINs)")
    ap.add_argument("--round13a", action="store_true",
                    help="build the round-13a corpus (address span boundaries; local government and public service bodies)")
    ap.add_argument("--round13e", action="store_true",
                    help="build the round-13e corpus (English and mixed documents of multinational teams, spaced-out names)")
    ap.add_argument("--round13d", action="store_true",
                    help="build the round-13d corpus (ORG / PERSON / ADDRESS precision next to products, brands, shops, titles, places)")
    ap.add_argument("--round14a", action="store_true",
                    help="build the round-14a corpus (address span edges: labels, units in English, HK / TW, English order, tables, numerals)")
    ap.add_argument("--round14o", action="store_true",
                    help="build the round-14o corpus (ORG forms: no legal suffix, branch chains, brackets, HK / TW, English, lists; generic look-alikes)")
    ap.add_argument("--round14w", action="store_true",
                    help="build the round-14w corpus (hand-overs, runbooks, IT mails, exports, HTTP Basic, container env, connect calls, Windows and archive commands, 繁體 Wi-Fi, passphrases)")
    ap.add_argument("--round14n", action="store_true",
                    help="build the round-14n people corpus (bare names before speech verbs, glued roles, separators, exports, signatures)")
    ap.add_argument("--round15a", action="store_true",
                    help="build the round-15a corpus (address shapes: estates without numbers, compounds, towers, rural groups, HK / Macau / TW, English, ranges, basement floors)")
    ap.add_argument("--round15w", action="store_true",
                    help="build the round-15w corpus (passwords after comma remarks, passphrases, 「」, rare config keys and set commands; vendor tokens, platform app secrets, cloud AK / SK, header keys; public ids, hashes)")
    ap.add_argument("--round15e", action="store_true",
                    help="build the round-15e people corpus (English and mixed documents: headers, sign-offs, HK / TW / SG names, citations, exports)")
    ap.add_argument("--round15o", action="store_true",
                    help="build the round-15o corpus (ORG kinds: colleges, schools, design institutes, rural banks, Latin-brand China entities, individual businesses, public institutions, party and mass bodies, wrapped names, English institutions)")
    ap.add_argument("--round15n", action="store_true",
                    help="build the round-15n people corpus (names in structural positions: odd labels, court papers, code trailers, chat system lines, rosters, appointments, org charts)")
    ap.add_argument("--round16j", action="store_true",
                    help="build the round-16j corpus (every type inside machine formats: tool-call arguments, tool results, ensure_ascii JSON, CSV / TSV, SQL, logs, percent-encoded URLs, XML / HTML entities, YAML, Markdown, protobuf text, GraphQL)")
    ap.add_argument("--round16n", action="store_true",
                    help="build the round-16n people corpus (word names after labels, in chats and ending lists; second appointees; pinyin, HK capitals and four-part names, initials; court, medical, HR, award, minutes, insurance, school, logistics, property, police, JSON / CSV documents)")
    ap.add_argument("--round16w", action="store_true",
                    help="build the round-16w corpus (misspelt password keys, Wi-Fi keys without a password word, tool-call JSON, HTTP dumps, dot-files, password-manager exports, device configs, label lines, DSNs, JWTs and PEM in new places; hashes, OTPs, schemas, cookies)")
    ap.add_argument("--round17o", action="store_true",
                    help="build the round-17o corpus (ORG in enterprise documents: party blocks, tenders, judgments, opinions, notices, reports, exports, invoices and receipts, shipping papers, letters, bilingual and mixed-script names, Faker-style names, branches, clinics, funds, HK / TW / Macau; roles, departments, zones, tickers, products, events, laws, placeholders)")
    ap.add_argument("--round17p", action="store_true",
                    help="build the round-17p people corpus (long documents: cue-less prose, given-name second mentions, PDF wraps, OCR spacing, rare names, headerless tables, English titles, pinyin orders, git / Jira / DingTalk, HK / TW, school, medical, CRM)")
    ap.add_argument("--out", type=Path, help="where to write (default: the committed corpus file)")
    args = ap.parse_args(argv)
    if args.holdout:
        from bench.eval.blind.holdout_documents import DOCS as HOLDOUT_DOCS
        docs, out, split = HOLDOUT_DOCS, args.out or HOLDOUT_OUT, "holdout"
    elif args.round3:
        from bench.eval.blind.round3_documents import DOCS as ROUND3_DOCS
        docs, out, split = ROUND3_DOCS, args.out or ROUND3_OUT, "round3"
    elif args.round4:
        from bench.eval.blind.round4_documents import DOCS as ROUND4_DOCS
        docs, out, split = ROUND4_DOCS, args.out or ROUND4_OUT, "round4"
    elif args.round5:
        from bench.eval.blind.round5_documents import DOCS as ROUND5_DOCS
        docs, out, split = ROUND5_DOCS, args.out or ROUND5_OUT, "round5"
    elif args.round8:
        from bench.eval.blind.round8_places import DOCS as ROUND8_DOCS
        docs, out, split = ROUND8_DOCS, args.out or ROUND8_OUT, "round8"
    elif args.round9s:
        from bench.eval.blind.round9_secrets import DOCS as ROUND9S_DOCS
        docs, out, split = ROUND9S_DOCS, args.out or ROUND9S_OUT, "round9s"
    elif args.round9o:
        from bench.eval.blind.round9_orgs import DOCS as ROUND9O_DOCS
        docs, out, split = ROUND9O_DOCS, args.out or ROUND9O_OUT, "round9o"
    elif args.round10s:
        from bench.eval.blind.round10_passwords import DOCS as ROUND10S_DOCS
        docs, out, split = ROUND10S_DOCS, args.out or ROUND10S_OUT, "round10s"
    elif args.round11s:
        from bench.eval.blind.round11_secrets import DOCS as ROUND11S_DOCS
        docs, out, split = ROUND11S_DOCS, args.out or ROUND11S_OUT, "round11s"
    elif args.round12c:
        from bench.eval.blind.round12_credentials import DOCS as ROUND12C_DOCS
        docs, out, split = ROUND12C_DOCS, args.out or ROUND12C_OUT, "round12c"
    elif args.round12g:
        from bench.eval.blind.round12_institutions import DOCS as ROUND12G_DOCS
        docs, out, split = ROUND12G_DOCS, args.out or ROUND12G_OUT, "round12g"
    elif args.round12p:
        from bench.eval.blind.round12_narrative import DOCS as ROUND12P_DOCS
        docs, out, split = ROUND12P_DOCS, args.out or ROUND12P_OUT, "round12p"
    elif args.round13n:
        from bench.eval.blind.round13_wordnames import DOCS as ROUND13N_DOCS
        docs, out, split = ROUND13N_DOCS, args.out or ROUND13N_OUT, "round13n"
    elif args.round13w:
        from bench.eval.blind.round13_passwords import DOCS as ROUND13W_DOCS
        docs, out, split = ROUND13W_DOCS, args.out or ROUND13W_OUT, "round13w"
    elif args.round13a:
        from bench.eval.blind.round13_boundaries import DOCS as ROUND13A_DOCS
        docs, out, split = ROUND13A_DOCS, args.out or ROUND13A_OUT, "round13a"
    elif args.round13e:
        from bench.eval.blind.round13_english import DOCS as ROUND13E_DOCS
        docs, out, split = ROUND13E_DOCS, args.out or ROUND13E_OUT, "round13e"
    elif args.round13d:
        from bench.eval.blind.round13_products import DOCS as ROUND13D_DOCS
        docs, out, split = ROUND13D_DOCS, args.out or ROUND13D_OUT, "round13d"
    elif args.round14a:
        from bench.eval.blind.round14_addresses import DOCS as ROUND14A_DOCS
        docs, out, split = ROUND14A_DOCS, args.out or ROUND14A_OUT, "round14a"
    elif args.round14o:
        from bench.eval.blind.round14_orgs import DOCS as ROUND14O_DOCS
        docs, out, split = ROUND14O_DOCS, args.out or ROUND14O_OUT, "round14o"
    elif args.round14w:
        from bench.eval.blind.round14_passwords import DOCS as ROUND14W_DOCS
        docs, out, split = ROUND14W_DOCS, args.out or ROUND14W_OUT, "round14w"
    elif args.round14n:
        from bench.eval.blind.round14_names import DOCS as ROUND14N_DOCS
        docs, out, split = ROUND14N_DOCS, args.out or ROUND14N_OUT, "round14n"
    elif args.round15a:
        from bench.eval.blind.round15_addresses import DOCS as ROUND15A_DOCS
        docs, out, split = ROUND15A_DOCS, args.out or ROUND15A_OUT, "round15a"
    elif args.round15w:
        from bench.eval.blind.round15_credentials import DOCS as ROUND15W_DOCS
        docs, out, split = ROUND15W_DOCS, args.out or ROUND15W_OUT, "round15w"
    elif args.round15e:
        from bench.eval.blind.round15_english import DOCS as ROUND15E_DOCS
        docs, out, split = ROUND15E_DOCS, args.out or ROUND15E_OUT, "round15e"
    elif args.round15o:
        from bench.eval.blind.round15_orgs import DOCS as ROUND15O_DOCS
        docs, out, split = ROUND15O_DOCS, args.out or ROUND15O_OUT, "round15o"
    elif args.round15n:
        from bench.eval.blind.round15_names import DOCS as ROUND15N_DOCS
        docs, out, split = ROUND15N_DOCS, args.out or ROUND15N_OUT, "round15n"
    elif args.round16j:
        from bench.eval.blind.round16_payloads import DOCS as ROUND16J_DOCS
        docs, out, split = ROUND16J_DOCS, args.out or ROUND16J_OUT, "round16j"
    elif args.round16n:
        from bench.eval.blind.round16_names import DOCS as ROUND16N_DOCS
        docs, out, split = ROUND16N_DOCS, args.out or ROUND16N_OUT, "round16n"
    elif args.round16w:
        from bench.eval.blind.round16_credentials import DOCS as ROUND16W_DOCS
        docs, out, split = ROUND16W_DOCS, args.out or ROUND16W_OUT, "round16w"
    elif args.round17o:
        from bench.eval.blind.round17_orgs import DOCS as ROUND17O_DOCS
        docs, out, split = ROUND17O_DOCS, args.out or ROUND17O_OUT, "round17o"
    elif args.round17p:
        from bench.eval.blind.round17_people import DOCS as ROUND17P_DOCS
        docs, out, split = ROUND17P_DOCS, args.out or ROUND17P_OUT, "round17p"
    else:
        docs, out, split = DOCS, args.out or OUT, "blind"
    if args.round6:   # generated from seeded templates, not markup
        from bench.eval import round6_passwords
        out = args.out or ROUND6_OUT
        records = round6_passwords.write(out)
    elif args.round7:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round7_people
        out = args.out or ROUND7_OUT
        records = round7_people.write(out)
    elif args.round9p:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round9_people
        out = args.out or ROUND9P_OUT
        records = round9_people.write(out)
    elif args.round10p:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round10_people
        out = args.out or ROUND10P_OUT
        records = round10_people.write(out)
    elif args.round10o:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round10_orgs
        out = args.out or ROUND10O_OUT
        records = round10_orgs.write(out)
    elif args.round10a:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round10_addresses
        out = args.out or ROUND10A_OUT
        records = round10_addresses.write(out)
    elif args.round11k:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round11_kinds
        out = args.out or ROUND11K_OUT
        records = round11_kinds.write(out)
    elif args.round11n:   # generated from seeded templates with Faker, not markup
        from bench.eval.blind import round11_prose
        out = args.out or ROUND11N_OUT
        records = round11_prose.write(out)
    else:
        records = build(docs, out, split)
    neg = sum(1 for r in records if not r["spans"])
    spans = sum(len(r["spans"]) for r in records)
    ev = sum(1 for r in records for s in r["spans"] if EVASIONS & set(s.get("tags", [])))
    print(f"{len(records)} documents, {spans} gold spans ({ev} evasive, {ev / max(spans, 1):.0%}), "
          f"{sum(len(r['decoys']) for r in records)} decoys, {neg} without gold ({neg / len(records):.0%}) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
