"""Document assembly: text is appended piece by piece, so every gold span and decoy offset is exact by construction.

`Doc` owns the text and the labels; `Gen` writes one labeled value (or decoy) at a time in a randomly chosen
written form. Templates (templates.py) only decide the wording around them.
"""

from __future__ import annotations

import contextlib
import random
import uuid as uuidlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from faker import Faker

from bench.eval import checks, evasion, lexicon
from bench.eval import values as V
from bench.eval.labels import DECOY_CHECKS
from bench.eval.scoring import HARD_TAGS

T = TypeVar("T")


@dataclass
class Doc:
    """A document under construction: text so far, gold spans and decoys with offsets into it."""

    kind: str
    lang: str = "zh"
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict[str, Any]] = field(default_factory=list)
    decoys: list[dict[str, Any]] = field(default_factory=list)

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def span(
        self, type_: str, written: str, tags: list[str] | None = None, norm: str | None = None, **extra: Any
    ) -> str:
        start = self.length
        self.t(written)
        s: dict[str, Any] = {"type": type_, "start": start, "end": self.length}
        if tags:
            s["tags"] = sorted(set(tags))
        if norm is not None and norm != written:
            s["norm"] = norm
        s.update({k: v for k, v in extra.items() if v is not None})
        self.spans.append(s)
        return written

    @contextlib.contextmanager
    def container(self, type_: str, **extra: Any) -> Iterator[None]:
        """A span whose inner text is written by nested calls (a DSN holding a PASSWORD and an IP)."""
        start = self.length
        yield
        s: dict[str, Any] = {"type": type_, "start": start, "end": self.length}
        s.update({k: v for k, v in extra.items() if v is not None})
        self.spans.append(s)

    def decoy(self, kind: str, written: str) -> str:
        start = self.length
        self.t(written)
        self.decoys.append({"kind": kind, "start": start, "end": self.length})
        return written

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def record(self, doc_id: str, split: str) -> dict[str, Any]:
        spans = sorted(self.spans, key=lambda s: (s["start"], -s["end"]))
        tags = sorted({t for s in spans for t in s.get("tags", []) if t in HARD_TAGS})
        return {
            "id": doc_id,
            "split": split,
            "kind": self.kind,
            "lang": self.lang,
            "hard": bool(tags),
            "tags": tags,
            "text": self.text,
            "spans": spans,
            "decoys": sorted(self.decoys, key=lambda d: d["start"]),
        }


class Gen:
    """Writes labeled values and decoys into a Doc. `evasive` docs get hidden written forms on some values."""

    def __init__(self, rng: random.Random, split: str, seed: int) -> None:
        self.rng = rng
        self.split = split
        self.zh = Faker("zh_CN")
        self.tw = Faker("zh_TW")
        self.en = Faker("en_US")
        for i, f in enumerate((self.zh, self.tw, self.en)):
            f.seed_instance(seed * 10 + i)
        self.evasive = False

    # ------------------------------------------------------------------------------------------ helpers
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def one_of(self, *makers: Callable[[], str]) -> str:
        """Call one of the value makers, chosen at random (only the chosen one consumes randomness)."""
        return self.rng.choice(makers)()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def half(self, table: dict[str, list[str]]) -> list[str]:
        """The split's own half of a lexicon list."""
        return table[self.split]

    def ev(self, options: list[str], p: float = 0.45) -> str:
        """Pick an evasion for this value (or '' for the plain form)."""
        if options and self.evasive and self.chance(p):
            return self.pick(options)
        return ""

    # ------------------------------------------------------------------------------------------ people
    def zh_name(self) -> tuple[str, list[str]]:
        r = self.rng.random()
        if r < 0.07:
            return self.pick(lexicon.COMPOUND_SURNAMES) + self.pick(lexicon.GIVEN), ["compound_surname"]
        if r < 0.11:
            return self.pick(lexicon.MINORITY), ["minority"]
        if r < 0.18:
            return self.tw.name(), ["tw"]
        return self.zh.name(), []

    def surname(self) -> str:
        return self.zh.last_name() if self.chance(0.93) else self.pick(lexicon.COMPOUND_SURNAMES)

    def person(self, d: Doc, style: str = "", json_ctx: bool = False) -> str:
        """A name in one of the conventions' forms; returns the written text."""
        style = style or self.pick(["zh"] * 8 + ["honorific", "pinyin", "en"])
        if style == "honorific":
            if self.chance(0.2):
                written = self.pick(["老", "小"]) + self.zh.last_name()
            else:
                written = self.surname() + self.pick(lexicon.HONORIFIC_TITLES)
            return d.span("PERSON", written, ["honorific"])
        if style == "pinyin":
            return d.span("PERSON", self.pick(lexicon.PINYIN_NAMES), ["pinyin"])
        if style == "en":
            return d.span("PERSON", self.en.name(), ["en"])
        name, tags = self.zh_name()
        e = self.ev(["spaced_name", "zero_width"] + (["json_escape"] * 2 if json_ctx else []), 0.3)
        if e == "spaced_name" and "·" not in name:
            return d.span("PERSON", " ".join(name), tags + ["spaced_name"], norm=name)
        if e == "zero_width" and len(name) > 1:
            return d.span("PERSON", evasion.zero_width(name, self.rng), tags + ["zero_width"], norm=name)
        if e == "json_escape":
            return d.span("PERSON", evasion.json_escape(name), tags + ["json_escape"], norm=name)
        return d.span("PERSON", name, tags)

    def person_with_title(self, d: Doc) -> None:
        """张伟经理: only the name is labeled."""
        self.person(d, "zh")
        d.t(self.pick(lexicon.TITLE_AFTER_NAME))

    # ------------------------------------------------------------------------------------------ identity
    def id_card(self, d: Doc) -> str:
        r = self.rng.random()
        tags: list[str] = []
        if r < 0.08:
            v = V.cn_id15(self.rng)
            tags.append("legacy15")
        elif r < 0.2:
            v = V.cn_id18(self.rng, want_x=True)
            tags.append("x_check")
        else:
            v = V.cn_id18(self.rng, want_x=False)
        e = self.ev(["fullwidth", "zero_width", "linebreak", "cn_numeral", "spaced_chars", "grouped"])
        if not e and self.chance(0.08) and len(v) == 18:
            e = "grouped"
        if e == "grouped" and len(v) == 18:
            sep = self.pick([" ", "-"])
            return d.span("CN_ID_CARD", sep.join((v[:6], v[6:14], v[14:])), tags + ["grouped"])
        return self._evaded(d, "CN_ID_CARD", v, e if e != "grouped" else "", tags)

    def _evaded(self, d: Doc, type_: str, v: str, e: str, tags: list[str], **extra: Any) -> str:
        if e == "fullwidth":
            return d.span(type_, evasion.fullwidth(v), tags + ["fullwidth"], norm=v, **extra)
        if e == "zero_width":
            return d.span(type_, evasion.zero_width(v, self.rng), tags + ["zero_width"], norm=v, **extra)
        if e == "linebreak":
            return d.span(type_, evasion.linebreak(v, self.rng), tags + ["linebreak"], norm=v, **extra)
        if e == "cn_numeral" and v.replace("X", "").isdigit():
            return d.span(type_, evasion.cn_numeral(v, self.rng), tags + ["cn_numeral"], norm=v, **extra)
        if e == "cn_numeral_capital" and v.isdigit():
            return d.span(type_, evasion.cn_capital(v), tags + ["cn_numeral_capital"], norm=v, **extra)
        if e == "spaced_chars":
            return d.span(type_, evasion.spaced(v), tags + ["spaced_chars"], norm=v, **extra)
        if e == "mixed_evasion":
            return d.span(
                type_, evasion.mixed(v, self.rng), tags + ["mixed_evasion", "fullwidth"], norm=v, **extra
            )
        if e == "json_escape":
            return d.span(
                type_, evasion.json_escape(v, ascii_too=True), tags + ["json_escape"], norm=v, **extra
            )
        return d.span(type_, v, tags, **extra)

    def phone(self, d: Doc) -> str:
        v = V.cn_mobile(self.rng)
        e = self.ev(
            [
                "fullwidth",
                "zero_width",
                "cn_numeral",
                "cn_numeral",
                "cn_numeral_capital",
                "spaced_chars",
                "mixed_evasion",
                "linebreak",
            ]
        )
        if e:
            return self._evaded(d, "CN_PHONE", v, e, [])
        r = self.rng.random()
        if r < 0.55:
            return d.span("CN_PHONE", v)
        g = f"{v[:3]}{{0}}{v[3:7]}{{0}}{v[7:]}"
        if r < 0.75:
            return d.span("CN_PHONE", g.format(self.pick([" ", "-"])), ["grouped"])
        prefix = self.pick(["+86", "+86 ", "+86-", "0086", "0086 ", "(+86)", "+86 ", "＋86"])
        body = v if self.chance(0.5) else g.format(self.pick([" ", "-"]))
        tags = ["intl"] + (["grouped"] if body != v else [])
        return d.span("CN_PHONE", prefix + body, tags)

    def landline(self, d: Doc) -> str:
        area, num = V.cn_landline(self.rng)
        local = num if self.chance(0.7) else f"{num[: len(num) - 4]}-{num[-4:]}"
        form = self.pick(["dash", "dash", "dash", "paren", "fwparen", "intl", "plain", "space"])
        written = {
            "dash": f"{area}-{local}",
            "paren": f"({area}){local}",
            "fwparen": f"（{area}）{local}",
            "intl": f"+86-{area[1:]}-{local}",
            "plain": area + num,
            "space": f"{area} {local}",
        }[form]
        return d.span("CN_LANDLINE", written)

    def bank_card(self, d: Doc, brand: str | None = None) -> str:
        b, v = V.bank_card(self.rng, brand)
        e = self.ev(["fullwidth", "zero_width", "spaced_chars", "linebreak"], 0.35)
        if e:
            return self._evaded(d, "BANK_CARD", v, e, [], sub=b)
        if self.chance(0.3):
            return d.span("BANK_CARD", V.group_card(v, self.pick([" ", " ", "-"])), ["grouped"], sub=b)
        return d.span("BANK_CARD", v, sub=b)

    def uscc(self, d: Doc) -> str:
        v = V.cn_uscc(self.rng)
        e = self.ev(["fullwidth", "zero_width"], 0.3)
        return self._evaded(d, "CN_USCC", v, e, [])

    def passport(self, d: Doc) -> str:
        _, v = V.cn_passport(self.rng)
        e = self.ev(["fullwidth", "zero_width"], 0.3)
        return self._evaded(d, "CN_PASSPORT", v, e, [])

    def hk_id(self, d: Doc) -> str:
        v = V.hk_id(self.rng)
        if self.chance(0.1):
            v = v.replace("(", "（").replace(")", "）")
        return self._evaded(d, "HK_ID", v, self.ev(["fullwidth"], 0.3), [])

    def tw_id(self, d: Doc) -> str:
        return self._evaded(d, "TW_ID", V.tw_id(self.rng), self.ev(["fullwidth", "zero_width"], 0.3), [])

    def mo_id(self, d: Doc) -> str:
        return d.span("MO_ID", V.mo_id(self.rng))

    def military_id(self, d: Doc) -> str:
        """军官证 number (an optional catalogue type): region character + 字第 + 7-8 digits + 号."""
        v = f"{self.pick('南北沈兰成济广海空参政后装武')}字第{V.digits(self.rng, self.pick((7, 8)))}号"
        return d.span("CN_MILITARY_ID", v)

    def permit(self, d: Doc, sub: str) -> str:
        return d.span("CN_HK_MACAO_PERMIT", V.hk_macao_permit(self.rng, sub), [sub])

    def plate(self, d: Doc) -> str:
        sub, v = V.license_plate(self.rng)
        return d.span(
            "CN_LICENSE_PLATE", v, ["new_energy"] if sub == "ne" else ([] if sub == "plain" else [sub])
        )

    def email(self, d: Doc, name_hint: str = "") -> str:
        f = self.en if self.chance(0.5) else self.zh
        v = (
            f.email()
            if not name_hint
            else name_hint
            + str(self.rng.randint(1, 999))
            + "@"
            + self.pick(
                [
                    "qq.com",
                    "163.com",
                    "126.com",
                    "gmail.com",
                    "outlook.com",
                    "sina.com",
                    "foxmail.com",
                    "corp.example.cn",
                    "aliyun.com",
                ]
            )
        )
        e = self.ev(["fullwidth", "zero_width", "percent", "at_dot", "at_fw"], 0.5)
        if e == "percent":
            return d.span("EMAIL", v.replace("@", "%40"), ["percent"], norm=v)
        if e == "at_dot":
            return d.span("EMAIL", evasion.at_dot(v, self.rng), ["at_dot"], norm=v)
        if e == "at_fw":
            return d.span("EMAIL", evasion.fullwidth_at(v), ["fullwidth"], norm=v)
        return self._evaded(d, "EMAIL", v, e, [])

    def ip(self, d: Doc, v6: bool | None = None) -> str:
        if v6 if v6 is not None else self.chance(0.2):
            return d.span("IP_ADDRESS", V.ipv6(self.rng), ["v6"])
        v = V.ipv4(self.rng)
        return self._evaded(d, "IP_ADDRESS", v, self.ev(["fullwidth", "zero_width"], 0.3), [])

    # ------------------------------------------------------------------------------------------ places, orgs
    def address_text(self) -> tuple[str, list[str]]:
        r = self.rng.random()
        road = self.pick(self.half(lexicon.ROADS))
        comp = self.pick(self.half(lexicon.COMPOUNDS))
        num = f"{self.rng.randint(1, 1999)}号"
        if r < 0.12:
            prov, city, county, town, village = self.pick(lexicon.RURAL)
            return (
                f"{prov}{city}{county}{town}{village}{self.rng.randint(1, 12)}组{self.rng.randint(1, 99)}号",
                ["cn_rural"],
            )
        if r < 0.22:
            city, dists = self.pick(lexicon.TW_CITIES)
            sec = self.pick(["", f"{self.pick('一二三四五')}段"])
            lane = self.pick(["", f"{self.rng.randint(1, 300)}巷"])
            return (
                f"{city}{self.pick(dists)}{self.pick(lexicon.TW_ROADS)}{sec}{lane}{self.rng.randint(1, 300)}號"
                f"{self.rng.randint(1, 25)}樓"
            ), ["tw"]
        prov, city, dists = self.pick(lexicon.PLACES)
        dist = self.pick(dists)
        head_r = self.rng.random()
        head = (prov + city + dist) if head_r < 0.6 else ((city or prov) + dist) if head_r < 0.9 else dist
        tags: list[str] = []
        if self.chance(0.15):
            road_part = f"{road}{self.rng.randint(1, 999)}弄{num}"
            tags.append("cn_lane")
        else:
            road_part = road + num
        tail_r = self.rng.random()
        if tail_r < 0.3:
            tail = f"{comp}{self.rng.randint(1, 40)}栋{self.rng.randint(1, 6)}单元{self.rng.randint(1, 33)}0{self.rng.randint(1, 9)}室"
        elif tail_r < 0.5:
            tail = f"{self.rng.randint(1, 20)}号楼{self.rng.randint(101, 2808)}室"
        elif tail_r < 0.65:
            tail = f"{comp}{self.pick('ABCD')}座{self.rng.randint(101, 3208)}"
        elif tail_r < 0.78:
            tail = f"{comp}{self.rng.randint(2, 48)}层"
        elif tail_r < 0.9:
            tail = f"{self.rng.randint(101, 2808)}室"
        else:
            tail = ""
        return head + road_part + tail, tags

    def address(self, d: Doc, json_ctx: bool = False, postcode: bool = False) -> str:
        """An address; with postcode, a 邮编 may follow (outside the span, as the conventions say)."""
        v, tags = self.address_text()
        if postcode and not self.evasive and "tw" not in tags and self.chance(0.3):
            d.span("ADDRESS", v, tags)
            d.t(self.pick(["，邮编 ", " 邮编：", "（邮编"]))
            d.decoy("postcode", V.digits(self.rng, 6, "12345678"))
            if d.parts[-2].startswith("（"):
                d.t("）")
            return v
        e = self.ev(["zero_width"] + (["json_escape"] * 3 if json_ctx else []), 0.25)
        if e == "json_escape":
            return d.span("ADDRESS", evasion.json_escape(v), tags + ["json_escape"], norm=v)
        if e == "zero_width":
            return d.span("ADDRESS", evasion.zero_width(v, self.rng), tags + ["zero_width"], norm=v)
        return d.span("ADDRESS", v, tags)

    def en_address(self, d: Doc) -> str:
        """US addresses are optional in the conventions: labeled, not scored either way."""
        return d.span("ADDRESS", self.en.address().replace("\n", ", "), ["en"], optional=True)

    def org_text(self) -> tuple[str, list[str]]:
        r = self.rng.random()
        if r < 0.35:
            city = self.pick(["", "", "上海", "北京", "深圳", "杭州", "广州", "成都", "苏州"])
            return city + self.pick(lexicon.ORG_WORDS) + self.pick(lexicon.ORG_TRADES) + self.pick(
                lexicon.ORG_FORMS
            ), []
        if r < 0.5:
            return self.zh.company(), []
        if r < 0.62:
            prov, city, dists = self.pick(lexicon.PLACES)
            place = (city or prov).rstrip("市省")
            kind = self.pick(["分行", "支行"])
            mid = "" if kind == "分行" else self.pick(dists).rstrip("区")
            return self.pick(lexicon.BANKS) + place + mid + kind, ["bank_branch"]
        if r < 0.72:
            return self.pick(lexicon.HOSPITALS), ["hospital"]
        if r < 0.82:
            return self.pick(lexicon.UNIVERSITIES), ["university"]
        name = (
            self.en.last_name()
            + " "
            + self.pick(
                ["Technologies", "Consulting", "Holdings", "Logistics", "Capital", "Systems", "Trading"]
            )
        )
        return name + " " + self.pick(lexicon.EN_ORG_SUFFIX), ["en"]

    def bank_org(self, d: Doc) -> str:
        """A bank branch, for 开户行 fields."""
        prov, city, dists = self.pick(lexicon.PLACES)
        place = (city or prov).rstrip("市省")
        kind = self.pick(["分行", "支行", "支行"])
        mid = "" if kind == "分行" else self.pick(dists).rstrip("区")
        return d.span("ORG", self.pick(lexicon.BANKS) + place + mid + kind, ["bank_branch"])

    def org(self, d: Doc, json_ctx: bool = False) -> str:
        v, tags = self.org_text()
        e = self.ev(["json_escape"] if json_ctx and "en" not in tags else [], 0.3)
        if e == "json_escape":
            return d.span("ORG", evasion.json_escape(v), tags + ["json_escape"], norm=v)
        return d.span("ORG", v, tags)

    # ------------------------------------------------------------------------------------------ secrets
    def api_key(self, d: Doc, vendor: str = "") -> str:
        vendor = vendor or self.pick(V.VENDORS)
        v = V.api_key(self.rng, vendor)
        e = self.ev(["zero_width", "linebreak"], 0.2)
        return self._evaded(d, "API_KEY", v, e, [vendor])

    def key_assignment(self, d: Doc, vendor: str, style: str) -> None:
        """NAME=value lines (env, yaml, json, python) for a key and, for paired vendors, its secret."""
        name = self.pick(V.KEY_NAMES[vendor])
        self._assign(d, name, style, lambda: self.api_key(d, vendor))
        if vendor in V.PAIRED_SECRET:
            sec_vendor, names = V.PAIRED_SECRET[vendor]
            d.t("\n")
            self._assign(d, self.pick(names), style, lambda: self.api_key(d, sec_vendor))

    def _assign(self, d: Doc, name: str, style: str, write: Any) -> None:
        if style == "env":
            d.t(f"{name}=")
            write()
        elif style == "yaml":
            d.t(f"  {name}: ")
            write()
        elif style == "json":
            d.t(f'  "{name}": "')
            write()
            d.t('",')
        elif style == "py":
            d.t(f'{name} = "')
            write()
            d.t('"')
        else:
            d.t(f"{name}: ")
            write()

    def password(self, d: Doc, hint: str = "") -> str:
        return d.span("PASSWORD", V.password(self.rng, hint))

    def private_key(self, d: Doc, json_ctx: bool = False) -> str:
        v = V.private_key(self.rng)
        if json_ctx:
            return d.span("PRIVATE_KEY", v.replace("\n", "\\n"), ["json_newlines"])
        return d.span("PRIVATE_KEY", v)

    def jwt(self, d: Doc) -> str:
        return d.span("JWT", V.jwt(self.rng, self.en.first_name() if self.chance(0.3) else ""))

    def dsn(self, d: Doc) -> None:
        """URI, JDBC or ADO.NET connection string; the password and an IP host inside are labeled too."""
        user = self.pick(V.DB_USERS)
        host, is_ip = V.db_host(self.rng)
        db = self.pick(V.DB_NAMES)
        pw = V.password(
            self.rng, self.zh.romanized_name().replace(" ", "").lower() if self.chance(0.3) else ""
        )
        form = self.pick(["uri"] * 6 + ["jdbc", "jdbc", "ado"])

        def host_part() -> None:
            if is_ip:
                d.span("IP_ADDRESS", host)
            else:
                d.t(host)

        if form == "uri":
            scheme = self.pick(list(V.SCHEMES))
            port = V.SCHEMES[scheme]
            pw_w = pw.replace("@", "%40") if "@" in pw else pw
            with d.container("DB_CONNECTION_STRING", sub=scheme):
                d.t(f"{scheme}://{user}:")
                d.span("PASSWORD", pw_w)
                d.t("@")
                host_part()
                d.t(
                    (f":{port}" if port else "")
                    + f"/{db}"
                    + self.pick(
                        ["", "", "?sslmode=require", "?charset=utf8mb4", "?retryWrites=true&w=majority"]
                    )
                )
        elif form == "jdbc":
            kind = self.pick(["mysql", "postgresql", "sqlserver"])
            with d.container("DB_CONNECTION_STRING", sub="jdbc"):
                if kind == "sqlserver":
                    d.t("jdbc:sqlserver://")
                    host_part()
                    d.t(f":1433;databaseName={db};user={user};password=")
                    d.span("PASSWORD", pw.replace(";", ""))
                else:
                    d.t(f"jdbc:{kind}://")
                    host_part()
                    d.t(f":{3306 if kind == 'mysql' else 5432}/{db}?user={user}&password=")
                    d.span("PASSWORD", pw.replace("&", ""))
        else:
            with d.container("DB_CONNECTION_STRING", sub="adonet"):
                d.t("Server=")
                host_part()
                d.t(f",1433;Database={db};User Id={user};Password=")
                d.span("PASSWORD", pw.replace(";", ""))
                d.t(";")

    # ------------------------------------------------------------------------------------------ decoys
    def decoy(self, d: Doc, kind: str = "") -> str:
        kind = kind or self.pick(DECOY_KINDS)
        ok = DECOY_CHECKS.get(kind)
        v = self.decoy_value(kind)
        while ok is not None and not ok(v):  # e.g. a bad-date ID that happens to be a valid USCC
            v = self.decoy_value(kind)
        return d.decoy(kind, v)

    def decoy_value(self, kind: str) -> str:
        rng = self.rng
        if kind == "order_no":
            return self.one_of(
                lambda: "DD" + str(rng.randint(2019, 2025)) + V.digits(rng, 10, "01"),
                lambda: self._not_valid_digits(rng.choice((16, 18, 19)), "2"),
                lambda: f"SO-{rng.randint(2019, 2025)}-{V.digits(rng, 4)}-{V.digits(rng, 5)}",
                lambda: "PO" + V.digits(rng, 12),
            )
        if kind == "tracking_no":
            return self.one_of(
                lambda: "JD00" + V.digits(rng, 11),
                lambda: "SF" + V.digits(rng, 13, "1"),
                lambda: "YT" + V.digits(rng, 13),
                lambda: "75" + V.digits(rng, 12),
            )
        if kind == "invoice_no":
            return self.one_of(
                lambda: V.digits(rng, 8), lambda: "0" + V.digits(rng, 11, "3") + V.digits(rng, 8)
            )
        if kind == "timestamp_ms":
            return str(rng.randint(1_600_000_000_000, 1_790_000_000_000))
        if kind == "timestamp":
            return self.one_of(
                lambda: (
                    f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
                ),
                lambda: str(rng.randint(1_600_000_000, 1_790_000_000)),
                lambda: (
                    f"{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                    f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
                ),
            )
        if kind == "date":
            return self.pick(
                [
                    f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{rng.randint(2019, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                    f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2019, 2026)}",
                ]
            )
        if kind == "id18_bad_checksum":
            v = V.cn_id18(rng)
            wrong = self.pick([c for c in "0123456789X" if c != v[-1]])
            return v[:-1] + wrong
        if kind == "id18_bad_date":
            code = self.pick(V.county_codes())[0]
            body = (
                code
                + str(rng.randint(1950, 2005))
                + self.pick(
                    [
                        f"{rng.randint(13, 19)}{rng.randint(1, 28):02d}",
                        f"{rng.randint(1, 12):02d}{rng.randint(32, 39)}",
                        "0230",
                        "0231",
                        "1131",
                        "0431",
                    ]
                )
                + V.digits(rng, 3)
            )
            return body + checks.cn_id18_check(body)
        if kind == "digits18":
            return self._not_valid_digits(18, "123456789")
        if kind in ("luhn_bad", "digits16", "digits19"):
            n = {"luhn_bad": rng.choice((16, 19)), "digits16": 16, "digits19": 19}[kind]
            if kind == "luhn_bad":
                _, v = V.bank_card(rng, self.pick(["unionpay", "visa", "mastercard"]))
                v = v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10)
                return v
            return self._not_valid_digits(n, "123456789")
        if kind == "uscc_bad":
            v = V.cn_uscc(rng)
            return v[:-1] + self.pick([c for c in V.USCC_ALPHABET if c != v[-1]])
        if kind == "hkid_bad":
            v = V.hk_id(rng)
            wrong = self.pick([c for c in "0123456789A" if c != v[-2]])
            return v[:-2] + wrong + ")"
        if kind == "twid_bad":
            v = V.tw_id(rng)
            return v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10)
        if kind == "version":
            return self.pick(
                [
                    f"v{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                    f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}",
                    f"Python 3.{rng.randint(8, 13)}.{rng.randint(0, 15)}",
                    f"node v{rng.randint(14, 22)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
                    f"{rng.randint(1, 20)}.{rng.randint(256, 999)}.{rng.randint(0, 9999)}.{rng.randint(1, 9999)}",
                    f"10.0.{rng.randint(17000, 22999)}.{rng.randint(256, 4000)}",
                ]
            )
        if kind == "uuid":
            return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
        if kind == "git_sha":
            return V.rand_str(rng, V.HEX, 40)
        if kind == "md5":
            return V.rand_str(rng, V.HEX, 32)
        if kind == "sha256":
            return V.rand_str(rng, V.HEX, 64)
        if kind == "masked_phone":
            v = V.cn_mobile(rng)
            return self.pick([v[:3] + "****" + v[7:], "*******" + v[7:], v[:3] + " **** " + v[7:]])
        if kind == "masked_card":
            _, v = V.bank_card(rng, "unionpay")
            return self.pick(
                [v[:4] + " **** **** " + v[-4:], "**** **** **** " + v[-4:], v[:6] + "******" + v[-4:]]
            )
        if kind == "masked_id":
            v = V.cn_id18(rng)
            return self.pick([v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], "*" * 14 + v[-4:]])
        if kind == "hotline":
            return self.pick(
                [
                    "95588",
                    "95533",
                    "95555",
                    "10086",
                    "10010",
                    "12345",
                    "12306",
                    "95598",
                    f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    f"800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    f"400 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    "4008205555",
                ]
            )
        if kind == "placeholder_key":
            return self.pick(
                [
                    "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
                    "sk-...",
                    "LTAI****************",
                    "<YOUR_API_KEY>",
                    "{{ secrets.DEEPSEEK_KEY }}",
                    "your-api-key-here",
                    "${OPENAI_API_KEY}",
                    "AKIAXXXXXXXXXXXXXXXX",
                    "sk-ant-api03-...",
                    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    'os.environ["API_KEY"]',
                ]
            )
        if kind == "placeholder_password":
            return self.pick(
                [
                    "${DB_PASSWORD}",
                    "{{ vault.admin_password }}",
                    "null",
                    "******",
                    "<password>",
                    "os.getenv('DB_PASS')",
                    "%(password)s",
                    "$MYSQL_ROOT_PASSWORD",
                ]
            )
        if kind == "dsn_placeholder":
            return self.pick(
                [
                    "mysql://<user>:<password>@<host>:3306/<db>",
                    "postgresql://user:****@host/db",
                    "redis://${REDIS_HOST}:6379/0",
                    "mongodb://${MONGO_USER}:${MONGO_PASS}@${MONGO_HOST}/app",
                    "jdbc:mysql://{host}:{port}/{db}",
                    "postgresql://localhost/mydb",
                ]
            )
        if kind == "public_key":
            if self.chance(0.4):
                return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + V.rand_str(rng, V.B64, 43) + " deploy-key"
            return V.public_pem(rng)
        if kind == "surname_word":
            return self.pick(self.half(lexicon.SURNAME_WORDS))
        if kind == "place_name":
            return self.pick(self.half(lexicon.PLACE_NAMES))
        if kind == "cn_numeral_text":
            return self.pick(
                [
                    "二〇二五年一月八日",
                    "十月一日",
                    "二〇二三年十二月一日",
                    "三千五百万元",
                    "第一百二十三号",
                    "十二点三十分",
                    "一九九八年",
                    "两千零二十四年",
                    "五月二十日",
                    "三十六个月",
                ]
            )
        if kind == "email_like":
            return self.pick(
                [
                    "@Override",
                    "git@github.com:org/repo.git",
                    "@types/node",
                    "@param",
                    "@Autowired",
                    "@RequestMapping",
                    "git@gitlab.example.com:infra/deploy.git",
                    "@vue/cli",
                    "@Test",
                ]
            )
        if kind == "base64_blob":
            return "data:image/png;base64,iVBORw0KGgo" + V.rand_str(rng, V.B64, rng.choice((60, 120)))
        if kind == "jwt_header":
            return V.jwt_header_only(rng)
        if kind == "generic_org":
            return self.pick(lexicon.GENERIC_ORG)
        if kind == "amount":
            return self.pick(
                [
                    f"¥{rng.randint(1, 99999999):,}.{rng.randint(0, 99):02d}",
                    f"USD {rng.randint(1, 999999):,}",
                    f"{rng.randint(1, 9999999)}.{rng.randint(0, 99):02d}元",
                    f"{rng.randint(1, 999)}万元",
                    f"RMB {rng.randint(1000, 999999)}.00",
                ]
            )
        if kind == "meeting_id":
            return self.pick(
                [
                    f"{V.digits(rng, 3, '2345789')} {V.digits(rng, 3)} {V.digits(rng, 3)}",
                    f"{V.digits(rng, 3, '2345789')}-{V.digits(rng, 4)}-{V.digits(rng, 4)}",
                ]
            )
        if kind == "digits11_not_mobile":
            return self.pick(["10", "11", "12"]) + V.digits(rng, 9)
        if kind == "ip_like":
            return self.pick(
                [
                    f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                    f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.{rng.randint(1, 9)}",
                    f"{rng.randint(256, 999)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
                    f"{rng.randint(1, 255)}.{rng.randint(256, 999)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
                ]
            )
        if kind == "passport_like":
            return self.pick(
                [
                    f"E{rng.choice('ABCD')}{V.digits(rng, 4)}",
                    f"E{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                    f"G{V.digits(rng, 5)}",
                ]
            )
        if kind == "postcode":
            return V.digits(rng, 6, "12345678")
        if kind == "train_no":
            return self.pick("GDCKZT") + str(rng.randint(1, 9999))
        if kind == "barcode":
            body = "69" + V.digits(rng, 10)
            odd = sum(int(c) for c in body[0::2])
            even = sum(int(c) for c in body[1::2])
            return body + str((10 - (odd + 3 * even) % 10) % 10)
        if kind == "product_code":
            return self.pick(
                [
                    f"SKU-{V.digits(rng, 8)}",
                    f"ISBN 978-7-{V.digits(rng, 3)}-{V.digits(rng, 5)}-{rng.randint(0, 9)}",
                    f"GB/T {rng.randint(1000, 40000)}-{rng.randint(2000, 2024)}",
                    f"型号 {V.rand_str(rng, 'ABCDEFGHJKMNPQRSTUVWXYZ', 2)}-{V.digits(rng, 4)}",
                ]
            )
        raise ValueError(kind)

    def _not_valid_digits(self, n: int, first: str) -> str:
        """A digit string of length n that is not Luhn-valid, nor (at 18) a valid ID card number or USCC."""
        while True:
            v = V.digits(self.rng, n, first)
            if not checks.luhn_valid(v) and not (
                n == 18 and (checks.cn_id18_valid(v) or checks.uscc_valid(v))
            ):
                return v


DECOY_KINDS = [
    "order_no",
    "tracking_no",
    "invoice_no",
    "timestamp_ms",
    "timestamp",
    "date",
    "id18_bad_checksum",
    "id18_bad_date",
    "digits18",
    "luhn_bad",
    "digits16",
    "digits19",
    "uscc_bad",
    "hkid_bad",
    "twid_bad",
    "version",
    "uuid",
    "git_sha",
    "md5",
    "sha256",
    "masked_phone",
    "masked_card",
    "masked_id",
    "hotline",
    "placeholder_key",
    "placeholder_password",
    "dsn_placeholder",
    "public_key",
    "surname_word",
    "place_name",
    "cn_numeral_text",
    "email_like",
    "base64_blob",
    "jwt_header",
    "generic_org",
    "amount",
    "meeting_id",
    "digits11_not_mobile",
    "ip_like",
    "passport_like",
    "postcode",
    "product_code",
    "train_no",
    "barcode",
]
NUMERIC_DECOYS = [
    "order_no",
    "tracking_no",
    "invoice_no",
    "timestamp_ms",
    "id18_bad_checksum",
    "id18_bad_date",
    "digits18",
    "luhn_bad",
    "digits16",
    "digits19",
    "uscc_bad",
    "hkid_bad",
    "twid_bad",
    "masked_phone",
    "masked_card",
    "masked_id",
    "digits11_not_mobile",
    "passport_like",
]
