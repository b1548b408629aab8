"""Round 16j blind corpus: personal data and credentials inside the machine formats LLM traffic carries.

Why: issue 3. Prompts and tool calls carry personal data inside structured payloads, and the gateway our users
leave behind forwarded tool-call arguments uninspected. Earlier rounds wrote values in prose, forms and configs;
no corpus held an OpenAI tool call's `arguments` string (JSON inside a JSON string), an Anthropic `tool_use`
input, a Responses API `function_call_output`, JSON written with ensure_ascii, HTML entities or protobuf text
format. This round writes every type (CN_ID_CARD, CN_PHONE, CN_LANDLINE, BANK_CARD, CN_USCC, CN_PASSPORT,
CN_HK_MACAO_PERMIT, HK_ID, TW_ID, CN_LICENSE_PLATE, EMAIL, IP_ADDRESS, PERSON, ADDRESS, ORG, PASSWORD, API_KEY,
JWT, DB_CONNECTION_STRING, PRIVATE_KEY) inside:

- OpenAI chat requests and responses whose `tool_calls[].function.arguments` is a JSON string (quotes escaped
  `\\"`), with CJK raw, escaped once (`\\u5f20`, the outer body dumped with ensure_ascii) or twice (`\\\\u5f20`,
  arguments dumped with ensure_ascii and the body again); `role: tool` results; Anthropic `tool_use` inputs and
  `tool_result` contents; Responses API `function_call` / `function_call_output` items; MCP `tools/call`;
- JSON bodies and JSON log lines dumped with ensure_ascii (every CJK character `\\uXXXX`; full-width digits a user
  typed become `\\uff11`; a zero-width space pasted into a phone becomes `\\u200b`); Go's `\\u0026`;
- CSV and TSV exports with header rows (quoted cells, a UTF-8 BOM, a line break inside a quoted address cell),
  Excel pastes (leading apostrophes, names padded with an ideographic space);
- SQL INSERT / UPDATE / SELECT, MyBatis `Parameters:` log lines, PostgreSQL COPY rows;
- log lines: logfmt key=value, JSON logs, nginx access logs with query strings, Java toString;
- URL query strings and form bodies percent-encoded (`%E5%BC%A0`, `%40`), curl `-d`;
- XML / HTML with entities (`&#x5F20;`, `&#24352;`, `&#64;`), SOAP, CDATA; YAML; Markdown tables; protobuf
  text format (raw UTF-8, or octal escapes `\\345\\274\\240` as its default printer writes them); GraphQL
  variables and inline arguments inside the JSON `query` string;
- what users typed, carried in `messages[].content` (and a system prompt holding CRM data): digits spaced out,
  full-width, in Chinese numerals (also 壹贰叁), a zero-width space before an e-mail's `@`; MCP client configs
  (`claude_desktop_config.json` env tokens and DSN arguments), login tool results holding a JWT, SSH keys in
  arguments, Slack tokens in query strings, Spring datasource YAML.

Labelling judgements, from the conventions only (/work/shared/eval/README.md), written before any detector was
run on this corpus:

- A span covers the value as written: an escaped value's span covers its escaped form (`\\u5f20\\u4f1f`,
  `%E5%BC%A0%E4%BC%9F`, `&#x5F20;&#x4F1F;`), never the quotes, the key or the delimiter; `norm` is the value
  with the escapes undone. Tags: `json_escape` (`\\uXXXX`, also twice escaped), `percent`, and two tags this
  round adds to the builder's list because the README's list has no name for them: `html_entity` (numeric
  character references) and `octal_escape` (protobuf text format's octal UTF-8 bytes). Full-width digits,
  zero-width characters, Chinese numerals, line breaks inside cells and spaced names keep their usual tags
  alongside.
- A field's key is the context a reader uses (`passport_no`, `hk_macao_permit`, `身份证号`): a passport or permit
  number under such a key is labeled. PERSON is the name in a name field (also pinyin `ZHANG/WEI` as airline
  records write it, honorific forms like 王经理 whole); ADDRESS from the province or city down to the room;
  ORG the full name in an organisation field (bank fields hold branch names).
- Credentials: PASSWORD and API_KEY the value only; JWT without `Bearer `; a DSN whole, with its password and
  IP host nested; a PEM private key from BEGIN to END also when its line breaks are `\\n` escapes.
- No gold, as decoys: order, tracking, invoice numbers; UUIDs, hashes, request / trace / call ids; timestamps;
  18-digit snowflake ids failing the ID check, 16- and 19-digit numbers failing Luhn; masked values
  (`138****6621`, `张*`); placeholders (`{{phone}}`, `${ID_CARD}`, `<手机号>`, `:phone`, `%(email)s`); field
  names with empty or null values; tool schemas, DDL, GraphQL and protobuf definitions whose fields are named
  after personal data; example names in API docs (张三, 李四); prompts about personal data; base64 blobs
  (not decoded, even when they encode a record with personal data) and JWT headers alone; 400 hotlines;
  versions.
- Left out: SSE streams that split one argument value over several `delta` chunks (no contiguous span exists).

Corrected after the blind score (five documents, the seeded draws unchanged): a service account's
`client_email` had been left unlabeled (an address is an EMAIL wherever it stands); a `merchant_no` decoy was
written with 11 digits, which can be a mobile number's shape (now 10, WeChat Pay's length); a password in a
mysqldump row without a column list is optional (nothing in the text says which column it is); a hotel
check-in row named its permit types `HRP` / `EEP`, codes no reader knows, now `回乡证` / `往来港澳通行证`.

Values are synthetic: seeded random, Faker zh_CN / en_US names, check digits made by bench/eval/blind/checks.py,
invented companies, addresses built from real divisions with invented roads and numbers, private or
documentation IPs. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round16j     # writes bench/eval/corpus/blind-round16j.jsonl
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Union

from faker import Faker

from bench.eval.blind import checks
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import gold

SEED = 160910
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)
EN = Faker("en_US")
EN.seed_instance(SEED + 1)
MK = checks.Maker(f"round16j-{SEED}")

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
rnd = _DRAWS.chars

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


# === segments: literal text and labeled values, encoded together ===============================================
@dataclass
class Leaf:
    """A labeled value (gold type or decoy kind) made of parts, encoded along with the format around it."""

    label: str
    parts: list[Seg]
    raw: str
    tags: tuple[str, ...] = ()
    decoy: bool = False
    opt: bool = False
    bare: bool = False   # a JSON number, written without quotes

    def written(self) -> str:
        return "".join(p if isinstance(p, str) else p.written() for p in self.parts)

    def recode(self, f: Callable[[str], str]) -> Leaf:
        return replace(self, parts=[f(p) if isinstance(p, str) else p.recode(f) for p in self.parts])


Seg = Union[str, Leaf]
Segs = list[Seg]


@dataclass
class Raw:
    """Already serialised segments placed as a value (a JSON string holding JSON, a nested document)."""

    segs: Segs = field(default_factory=list)


def esc(segs: Segs, f: Callable[[str], str]) -> Segs:
    """Apply a character-wise encoder to literal text and labeled values alike."""
    return [f(s) if isinstance(s, str) else s.recode(f) for s in segs]


def T(*parts: Seg | Segs | Raw) -> Segs:  # noqa: N802
    """Flatten strings, leaves and segment lists into one segment list."""
    out: Segs = []
    for p in parts:
        if isinstance(p, Raw):
            out.extend(p.segs)
        elif isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


_ESC_MARKS = [("json_escape", re.compile(r"\\u[0-9a-fA-F]{4}")), ("percent", re.compile(r"%[0-9A-Fa-f]{2}")),
              ("html_entity", re.compile(r"&#x?[0-9A-Fa-f]+;")), ("octal_escape", re.compile(r"\\[0-7]{3}"))]


def _leaf_markup(leaf: Leaf) -> str:
    inner = "".join(p if isinstance(p, str) else _leaf_markup(p) for p in leaf.parts)
    w = leaf.written()
    for bad in ("{{", "}}", "[[", "]]", "@@"):
        if bad in w:
            raise ValueError(f"markup characters in a value: {leaf.label}")
    if leaf.decoy:
        return f"[[{leaf.label}:{inner}]]"
    tags = list(leaf.tags)
    for tag, rx in _ESC_MARKS:
        if tag not in tags and len(rx.findall(w)) > len(rx.findall(leaf.raw)):
            tags.append(tag)
    from bench.eval.blind.build import undo
    want = undo(leaf.label, leaf.raw, list(leaf.tags))
    got = undo(leaf.label, w, tags)
    if leaf.label == "PRIVATE_KEY":   # a PEM block in JSON keeps `\\n` escapes for its line breaks (conventions)
        got = re.sub(r"\\+n", "\n", got)
    if want != got:
        raise ValueError(f"escaped {leaf.label} does not undo to its value")
    if leaf.opt:
        tags.append("opt")
    return gold(leaf.label, inner, *tags)


def render(segs: Segs) -> str:
    """The markup build.py parses: literal text with `{{` escaped, labeled values marked."""
    out: list[str] = []
    for s in segs:
        if isinstance(s, str):
            if "[[" in s or "@@" in s:
                raise ValueError(f"markup characters in literal text: {s[:40]!r}")
            out.append(s.replace("{{", "{{!"))
        else:
            out.append(_leaf_markup(s))
    text = "".join(out)
    if re.search(r"(?<!\{)\{\{\{(?!!)", text):
        raise ValueError("a literal '{' right before a gold value")
    return text


# --- encoders --------------------------------------------------------------------------------------------------
def jstr(ascii_: bool = False) -> Callable[[str], str]:
    """JSON string escaping (ensure_ascii writes every non-ASCII character as \\uXXXX)."""
    return lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1]


def pct(safe: str = "") -> Callable[[str], str]:
    return lambda s: urllib.parse.quote(s, safe=safe)


def ent_hex(s: str) -> str:
    """HTML / XML writers that put every non-ASCII character as a hexadecimal reference."""
    return "".join(f"&#x{ord(c):X};" if ord(c) > 127 else {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(c, c) for c in s)


def ent_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(c, c) for c in s)


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s: str) -> str:
    return xml_text(s).replace('"', "&quot;")


def octal(s: str) -> str:
    """Protobuf text format's default: non-ASCII bytes as three-digit octal escapes."""
    out = []
    for c in s:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            out.extend(f"\\{b:03o}" for b in c.encode())
    return "".join(out)


def sql(s: str) -> str:
    return s.replace("'", "''")


def ident(s: str) -> str:
    return s


# --- serialisers ------------------------------------------------------------------------------------------------
Obj = Any


def J(obj: Obj, ascii_: bool = False, compact: bool = False, indent: int | None = None, _lvl: int = 0) -> Segs:  # noqa: N802
    """JSON with labeled leaves (json.dumps' layout: ', ' and ': ' unless compact, optional indent)."""
    item, colon = ("," , ":") if compact else (", ", ": ")
    if isinstance(obj, Raw):
        return list(obj.segs)
    if isinstance(obj, Leaf):
        if obj.bare:
            return [obj]
        return T('"', esc([obj], jstr(ascii_)), '"')
    if isinstance(obj, str):
        return ['"' + jstr(ascii_)(obj) + '"']
    if obj is None or isinstance(obj, (bool, int, float)):
        return [json.dumps(obj)]
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        parts: Segs = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if indent is not None:
                parts.append(("," if i else "") + "\n" + " " * (indent * (_lvl + 1)))
            elif i:
                parts.append(item)
            parts.append('"' + jstr(ascii_)(k) + '"' + (": " if indent is not None else colon))
            parts.extend(J(v, ascii_, compact, indent, _lvl + 1))
        parts.append(("\n" + " " * (indent * _lvl) if indent is not None else "") + "}")
        return parts
    if isinstance(obj, (list, tuple)):
        if not obj:
            return ["[]"]
        parts = ["["]
        for i, v in enumerate(obj):
            if indent is not None:
                parts.append(("," if i else "") + "\n" + " " * (indent * (_lvl + 1)))
            elif i:
                parts.append(item)
            parts.extend(J(v, ascii_, compact, indent, _lvl + 1))
        parts.append(("\n" + " " * (indent * _lvl) if indent is not None else "") + "]")
        return parts
    raise TypeError(type(obj))


def JS(obj: Obj, inner_ascii: bool = False, outer_ascii: bool = False, compact: bool = True) -> Raw:  # noqa: N802
    """A JSON document written as a JSON string value (tool-call arguments, tool results)."""
    return Raw(T('"', esc(J(obj, inner_ascii, compact), jstr(outer_ascii)), '"'))


def csv_cell(v: Seg, sep: str = ",") -> Segs:
    w = v if isinstance(v, str) else v.written()
    if any(c in w for c in (sep, '"', "\n")):
        return T('"', esc([v], lambda s: s.replace('"', '""')), '"')
    return [v]


def table(rows: Sequence[Sequence[Seg]], sep: str = ",") -> Segs:
    out: Segs = []
    for i, row in enumerate(rows):
        if i:
            out.append("\n")
        for j, cell in enumerate(row):
            if j:
                out.append(sep)
            out.extend(csv_cell(cell, sep) if sep == "," else [cell])
    return out


def md(rows: Sequence[Sequence[Seg]]) -> Segs:
    out: Segs = []
    for i, row in enumerate(rows):
        out.append("| ")
        for j, cell in enumerate(row):
            if j:
                out.append(" | ")
            out.append(cell)
        out.append(" |\n")
        if i == 0:
            out.append("|" + "|".join("---" for _ in row) + "|\n")
    return out


def query(pairs: Sequence[tuple[str, Seg]], safe: str = "") -> Segs:
    out: Segs = []
    for i, (k, v) in enumerate(pairs):
        out.append(("&" if i else "") + k + "=")
        out.extend(esc([v], pct(safe)))
    return out


def sqlv(v: Seg | int | None) -> Segs:
    if v is None:
        return ["NULL"]
    if isinstance(v, int):
        return [str(v)]
    if isinstance(v, Leaf) and v.bare:
        return [v]
    return T("'", esc([v], sql), "'")


# === values ======================================================================================================
def G(typ: str, value: str, *tags: str, opt: bool = False, bare: bool = False) -> Leaf:  # noqa: N802
    """A gold value; `tags` name the evasions already in `value`."""
    return Leaf(typ, [value], value, tuple(t for t in tags if t), opt=opt, bare=bare)


def GN(typ: str, parts: Segs, *tags: str) -> Leaf:  # noqa: N802
    """A gold value with nested gold values (a DSN with its password and host)."""
    raw = "".join(p if isinstance(p, str) else p.written() for p in parts)
    return Leaf(typ, parts, raw, tags)


def D(kind: str, value: str, bare: bool = False) -> Leaf:  # noqa: N802
    """A decoy."""
    return Leaf(kind, [value], value, decoy=True, bare=bare)


MOBILE = ["138", "139", "137", "135", "136", "150", "151", "152", "157", "158", "159", "182", "183", "187", "188",
          "130", "131", "132", "155", "156", "185", "186", "176", "133", "153", "180", "189", "177", "173", "199",
          "191", "198", "166", "195"]


def mobile() -> str:
    return pick(MOBILE) + f"{R.randrange(10 ** 8):08d}"


def phone(form: str = "") -> Leaf:
    v = mobile()
    if form == "intl":
        return G("CN_PHONE", "+86" + v, "intl")
    if form == "intl_dash":
        return G("CN_PHONE", "+86-" + v, "intl")
    if form == "grp":
        return G("CN_PHONE", f"{v[:3]} {v[3:7]} {v[7:]}", "grouped")
    if form == "dash":
        return G("CN_PHONE", f"{v[:3]}-{v[3:7]}-{v[7:]}", "grouped")
    if form == "fw":
        return G("CN_PHONE", fullwidth(v), "fullwidth")
    if form == "zw":
        return G("CN_PHONE", f"{v[:3]}\u200b{v[3:7]}\u200b{v[7:]}", "zero_width")
    if form == "cn":
        return G("CN_PHONE", "".join("零一二三四五六七八九"[int(c)] for c in v), "cn_numeral")
    if form == "bare":
        return G("CN_PHONE", v, bare=True)
    return G("CN_PHONE", v)


AREAS = [("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("028", 8), ("027", 8), ("025", 8),
         ("0532", 8), ("0731", 8), ("0591", 8), ("0931", 7), ("0851", 8), ("0471", 7), ("0898", 8)]


def landline(form: str = "") -> Leaf:
    area, n = pick(AREAS)
    num = str(R.randrange(2, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))
    v = pick([f"{area}-{num}", f"{area}-{num}", f"({area}){num}", f"{area} {num}"]) if not form else {
        "intl": f"+86-{area[1:]}-{num}", "ext": f"{area}-{num}", "plain": f"{area}{num}"}[form]
    return G("CN_LANDLINE", v)


def fullwidth(v: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)


def idno(form: str = "", x: bool = False) -> Leaf:
    v = MK.id18(x or R.random() < 0.12)
    if form == "fw":
        return G("CN_ID_CARD", fullwidth(v), "fullwidth")
    if form == "zw":
        return G("CN_ID_CARD", v[:6] + "\u200b" + v[6:14] + "\u200b" + v[14:], "zero_width")
    if form == "grp":
        return G("CN_ID_CARD", f"{v[:6]} {v[6:14]} {v[14:]}", "grouped")
    if form == "lower":
        return G("CN_ID_CARD", MK.id18(True).lower(), "x_check")
    if form == "bare":   # a JSON number (only ids without X)
        v = MK.id18()
        while v.endswith("X"):
            v = MK.id18()
        return G("CN_ID_CARD", v, bare=True)
    return G("CN_ID_CARD", v, "x_check" if v.endswith("X") else "")


def card(form: str = "") -> Leaf:
    kind = pick(["cup", "cup", "cup", "cup16", "visa", "mc"])
    v = {"cup": lambda: MK.card("62" + pick(["2202", "2848", "1700", "2588", "1483", "2700", "1226", "2580"]), 19),
         "cup16": lambda: MK.card("62" + pick(["2575", "2262", "2155", "5887"]), 16),
         "visa": lambda: MK.card("4" + pick(["392", "563", "033"]), 16),
         "mc": lambda: MK.card(pick(["52", "53", "55"]), 16)}[kind]()
    if form == "grp":
        return G("BANK_CARD", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "grouped")
    if form == "fw":
        return G("BANK_CARD", fullwidth(v), "fullwidth")
    return G("BANK_CARD", v)


def uscc() -> Leaf:
    return G("CN_USCC", MK.uscc())


PASS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport() -> Leaf:
    makers: list[Callable[[], str]] = [lambda: "E" + f"{R.randrange(10 ** 8):08d}",
                                       lambda: "E" + pick(PASS_LETTERS) + f"{R.randrange(10 ** 7):07d}",
                                       lambda: "G" + f"{R.randrange(10 ** 8):08d}"]
    v = pick(makers)()
    return G("CN_PASSPORT", v)


def permit(kind: str = "") -> Leaf:
    kind = kind or pick(["c", "cl", "h", "tw"])
    v = {"c": lambda: "C" + f"{R.randrange(10 ** 8):08d}", "cl": lambda: "C" + pick(PASS_LETTERS) + f"{R.randrange(10 ** 7):07d}",
         "h": lambda: pick("HM") + f"{R.randrange(10 ** 8):08d}", "h10": lambda: pick("HM") + f"{R.randrange(10 ** 10):010d}",
         "tw": lambda: f"{R.randrange(10 ** 7, 10 ** 8)}"}[kind]()
    return G("CN_HK_MACAO_PERMIT", v, {"c": "eep", "cl": "eep", "h": "hrp", "h10": "hrp", "tw": "mtp"}[kind])


def hkid(nb: bool = False) -> Leaf:
    v = MK.hkid()
    return G("HK_ID", v.replace("(", "").replace(")", "") if nb else v)


def twid() -> Leaf:
    return G("TW_ID", MK.twid())


PROVS = "京沪粤浙苏川鄂湘闽鲁豫皖陕渝津冀辽吉黑赣桂琼贵云甘青宁新蒙藏晋"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate(form: str = "") -> Leaf:
    p = pick(PROVS) + pick(PLATE_LETTERS[:12])
    if form == "ev":
        tail = pick("DF") + rnd("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[:10] + "ABCDEFGHJK", 1) + f"{R.randrange(10 ** 4):04d}"
    else:
        tail = "".join(pick("0123456789" * 3 + PLATE_LETTERS) for _ in range(5))
    sep = {"dot": "·", "space": " "}.get(form, "")
    return G("CN_LICENSE_PLATE", p + sep + tail)


PINYIN_SUR = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "赵": "zhao",
              "黄": "huang", "周": "zhou", "吴": "wu", "徐": "xu", "孙": "sun", "胡": "hu", "朱": "zhu", "高": "gao",
              "林": "lin", "何": "he", "郭": "guo", "马": "ma", "罗": "luo", "梁": "liang", "宋": "song", "郑": "zheng",
              "谢": "xie", "韩": "han", "唐": "tang", "冯": "feng", "于": "yu", "董": "dong", "萧": "xiao", "程": "cheng",
              "曹": "cao", "袁": "yuan", "邓": "deng", "许": "xu", "傅": "fu", "沈": "shen", "曾": "zeng", "彭": "peng",
              "吕": "lv", "苏": "su", "卢": "lu", "蒋": "jiang", "蔡": "cai", "贾": "jia", "丁": "ding", "魏": "wei",
              "薛": "xue", "叶": "ye", "阎": "yan", "余": "yu", "潘": "pan", "杜": "du", "戴": "dai", "夏": "xia"}
PINYIN_GIVEN = ["wei", "fang", "jing", "lei", "min", "jun", "yang", "yan", "tao", "ming", "chao", "xiuying",
                "guiying", "jianhua", "haiyan", "xiaohong", "zhiqiang", "lijuan", "yuting", "zihan", "haoran", "ruoxi"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "皇甫", "东方", "令狐"]
MINORITY = ["阿依古丽·买买提", "古丽娜尔·吐尔逊", "艾力·阿不都拉", "扎西·次仁", "巴特尔·其木格", "努尔兰·哈斯木",
            "迪丽娜·阿合买提", "热依拉·吐逊"]


def zh_name() -> str:
    while True:
        n = ZH.name()
        if 2 <= len(n) <= 3:
            return n


def person(form: str = "") -> Leaf:
    if form == "compound":
        return G("PERSON", pick(COMPOUND) + ZH.first_name()[:2], "compound_surname")
    if form == "minority":
        return G("PERSON", pick(MINORITY), "minority")
    if form == "pinyin":
        return G("PERSON", f"{pick(PINYIN_GIVEN).capitalize()} {pick(list(PINYIN_SUR.values())).capitalize()}")
    if form == "pnr":   # airline passenger records: SURNAME/GIVEN
        return G("PERSON", f"{pick(list(PINYIN_SUR.values())).upper()}/{pick(PINYIN_GIVEN).upper()}")
    if form == "en":
        return G("PERSON", EN.name())
    if form == "honor":
        return G("PERSON", pick(list(PINYIN_SUR)) + pick(["经理", "总", "女士", "先生", "老师", "主任"]), "honorific")
    if form == "spaced":   # two-character names padded with an ideographic space in spreadsheets
        n = zh_name()
        while len(n) != 2:
            n = zh_name()
        return G("PERSON", n[0] + "\u3000" + n[1], "spaced_name")
    return G("PERSON", zh_name())


def pinyin_of(name: str) -> tuple[str, str]:
    return PINYIN_SUR.get(name[0], "li"), pick(PINYIN_GIVEN)


MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com", "gmail.com", "139.com",
                "aliyun.com", "yeah.net"]
CORP_DOMAINS = ["hengtai-tech.cn", "lanxin-logistics.com.cn", "example-med.cn", "shuyun-data.cn", "jiahe-edu.cn"]


def email(corp: bool = False, local: str = "") -> Leaf:
    if not local:
        sur, giv = pick(list(PINYIN_SUR.values())), pick(PINYIN_GIVEN)
        local = pick([f"{sur}.{giv}", f"{giv}{sur}{R.randrange(10, 99)}", f"{sur}{giv[0]}{R.randrange(1980, 2005)}",
                      f"{R.randrange(10 ** 7, 10 ** 10)}", f"{giv}_{sur}"])
        if local.isdigit() and not corp:
            return G("EMAIL", f"{local}@qq.com")
    return G("EMAIL", f"{local}@{pick(CORP_DOMAINS if corp else MAIL_DOMAINS)}")


def ip(kind: str = "") -> Leaf:
    kind = kind or pick(["priv", "priv", "pub", "v6"])
    if kind == "priv":
        return G("IP_ADDRESS", _DRAWS.private_ip())
    if kind == "pub":
        return G("IP_ADDRESS", pick([f"203.0.113.{R.randrange(2, 254)}", f"198.51.100.{R.randrange(2, 254)}",
                                     f"{pick(['116', '121', '183', '223', '58', '114'])}.{R.randrange(1, 254)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}"]))
    return G("IP_ADDRESS", f"2001:db8:{R.randrange(1, 0xffff):x}:{R.randrange(1, 0xffff):x}::{R.randrange(1, 0xfff):x}")


# addresses: real divisions, invented roads, estates and numbers
DIVS = [("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区", "滨江区"]), ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区"]),
        ("广东省", "深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]), ("广东省", "佛山市", ["禅城区", "顺德区"]),
        ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]), ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
        ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]), ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "雨花区"]),
        ("福建省", "厦门市", ["思明区", "湖里区"]), ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
        ("", "北京市", ["海淀区", "朝阳区", "东城区", "丰台区"]), ("", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"]),
        ("", "天津市", ["河西区", "南开区"]), ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
        ("安徽省", "合肥市", ["蜀山区", "包河区"]), ("云南省", "昆明市", ["五华区", "盘龙区"])]
ROADS = ["望江路", "松涛街", "启明大道", "瑞丰路", "青枫北路", "银杏大街", "金桥西路", "芳草街", "兴业大道", "和畅路",
         "云栖路", "梧桐巷", "翠湖南路", "天河东路", "明珠大道", "长虹中路"]
ESTATES = ["碧水湾", "融创府", "悦澜庭", "金域华府", "橡树园", "滨江壹号", "紫荆苑", "星河湾"]
TOWERS = ["汇智大厦", "环球中心", "嘉里广场", "数字港", "创新大厦", "金融城"]


def address_value(short: bool = False) -> str:
    prov, city, dists = pick(DIVS)
    head = ("" if short else prov) + city + pick(dists) + pick(ROADS) + f"{R.randrange(1, 999)}号"
    tail = pick([f"{pick(ESTATES)}{R.randrange(1, 30)}栋{R.randrange(1, 4)}单元{R.randrange(2, 33)}0{R.randrange(1, 6)}室",
                 f"{pick(TOWERS)}{pick('ABC')}座{R.randrange(3, 40)}层", f"{R.randrange(1, 20)}幢{R.randrange(1, 30)}0{R.randrange(1, 5)}室",
                 f"{pick(ESTATES)}{R.randrange(1, 12)}号楼{R.randrange(1, 26)}0{R.randrange(1, 4)}", ""])
    return head + tail


def address(*tags: str, short: bool = False) -> Leaf:
    return G("ADDRESS", address_value(short), *tags)


BRANDS = ["恒泰", "蓝鲸", "云帆", "嘉禾", "睿博", "瀚海", "晨曦", "远图", "拓扑", "合众", "鼎信", "锐思", "星衍", "沐光"]
TRADES = ["信息技术", "物流", "医疗器械", "教育科技", "供应链管理", "网络科技", "电子商务", "餐饮管理", "新能源科技", "数据服务"]
BANK_BRANCH = ["中国工商银行股份有限公司{c}{d}支行", "招商银行股份有限公司{c}分行", "中国建设银行{c}{d}支行",
               "交通银行股份有限公司{c}{d}支行", "中国银行{c}{d}支行", "浙商银行{c}分行营业部"]
HOSPITALS = ["{c}第一人民医院", "{c}妇幼保健院", "{c}中医院", "{c}{d}人民医院"]
EN_ORGS = ["Bluewhale Logistics (Shenzhen) Co., Ltd.", "Hengtai Data Technology Co., Ltd.",
           "Northbridge Medical Devices Inc.", "Sunward Education Group Limited", "Cloudsail Robotics Co., Ltd."]


def org(kind: str = "") -> Leaf:
    kind = kind or pick(["co", "co", "co", "bank", "hosp"])
    prov, city, dists = pick(DIVS)
    c, d = city[:-1], pick(dists)[:-1]
    if kind == "co":
        v = f"{city[:-1]}{pick(BRANDS)}{pick(TRADES)}{pick(['有限公司', '股份有限公司', '有限责任公司'])}"
    elif kind == "bank":
        v = pick(BANK_BRANCH).format(c=c, d=d)
    elif kind == "hosp":
        v = pick(HOSPITALS).format(c=c, d=d)
    else:
        v = pick(EN_ORGS)
    return G("ORG", v)


def bank_branch() -> Leaf:
    return org("bank")


# credentials
def password() -> str:
    """Letters, digits and `!@#._-` only: safe in JSON, URLs, SQL, CSV and XML without changing its span."""
    while True:
        w = pick(["Harbor", "Maple", "Quartz", "Lotus", "Falcon", "Tundra", "Meteor", "Willow", "Nimbus", "Orchid"])
        v = pick([f"{w}{R.randrange(10, 999)}{pick('!@#')}{rnd('abcdefghjkmnpqrstuvwxyz', 3)}",
                  rnd("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", R.randrange(10, 15)) + pick("!#@_") + str(R.randrange(10)),
                  f"{pick(['Xy', 'Qw', 'Zk', 'Pm'])}{rnd('abcdefghjkmnpqrstuvwxyz', 4)}_{R.randrange(1000, 9999)}{pick('!#.')}"])
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def pw() -> Leaf:
    return G("PASSWORD", password())


def key(vendor: str) -> Leaf:
    v = {"openai": lambda: "sk-proj-" + rnd(URLSAFE, 40) + "T3BlbkFJ" + rnd(URLSAFE, 40),
         "openai_legacy": lambda: "sk-" + rnd(ALNUM, 20) + "T3BlbkFJ" + rnd(ALNUM, 20),
         "anthropic": lambda: "sk-ant-api03-" + rnd(URLSAFE, 93) + "AA",
         "deepseek": lambda: "sk-" + rnd(HEXL, 32),
         "aws": lambda: "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
         "aws_secret": lambda: rnd(B64, 40),
         "aliyun": lambda: "LTAI5t" + rnd(ALNUM, 18),
         "aliyun_secret": lambda: rnd(ALNUM, 30),
         "github": lambda: "ghp_" + rnd(ALNUM, 36),
         "tencent": lambda: "AKID" + rnd(ALNUM, 32),
         "dashscope": lambda: "sk-" + rnd(HEXL, 32),
         "zhipu": lambda: rnd(HEXL, 32) + "." + rnd(ALNUM, 16),
         "slack": lambda: "xoxb-" + f"{R.randrange(10 ** 11, 10 ** 12)}-{R.randrange(10 ** 12, 10 ** 13)}-" + rnd(ALNUM, 24),
         "hf": lambda: "hf_" + rnd(ALNUM, 34)}[vendor]()
    return G("API_KEY", v, vendor)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt() -> Leaf:
    head = _b64url(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": str(R.randrange(10 ** 6, 10 ** 8)), "scope": pick(["crm:write", "order:read", "admin"]),
              "iat": 1767200000 + R.randrange(10 ** 6), "exp": 1767300000 + R.randrange(10 ** 6)}
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return G("JWT", f"{head}.{body}.{_b64url(bytes(R.randrange(256) for _ in range(32)))}")


def dsn(kind: str = "") -> Leaf:
    kind = kind or pick(["mysql", "pg", "mongo", "redis", "jdbc"])
    user = pick(["app_rw", "crm", "etl", "report", "svc_order", "kyc"])
    host = ip("priv")
    db = pick(["crm", "orders", "kyc_prod", "member", "billing"])
    p = pw()
    if kind == "mysql":
        return GN("DB_CONNECTION_STRING", ["mysql://" + user + ":", p, "@", host, f":3306/{db}?charset=utf8mb4"])
    if kind == "pg":
        return GN("DB_CONNECTION_STRING", ["postgresql://" + user + ":", p, "@", host, f":5432/{db}"])
    if kind == "mongo":
        return GN("DB_CONNECTION_STRING", ["mongodb://" + user + ":", p, "@", host, f":27017/{db}?authSource=admin"])
    if kind == "redis":
        return GN("DB_CONNECTION_STRING", ["redis://:", p, "@", host, ":6379/0"])
    return GN("DB_CONNECTION_STRING", ["jdbc:mysql://", host, f":3306/{db}?user={user}&password=", p, "&useSSL=false"])


def private_key() -> Leaf:
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 12, "PRIVATE KEY": 13, "EC PRIVATE KEY": 3}[kind]
    head = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE"}[kind]
    lines = [head + rnd(B64, 64 - len(head))] + [rnd(B64, 64) for _ in range(n)] + [rnd(B64, R.randrange(8, 40)) + "=="]
    return G("PRIVATE_KEY", f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----")


# decoys
def luhn_bad_digits(n: int, prefix: str = "") -> str:
    while True:
        v = prefix + "".join(str(R.randrange(10)) for _ in range(n - len(prefix)))
        if v[0] != "0" and not checks.luhn_ok(v) and not checks.id18_ok(v):
            return v


def order_no() -> Leaf:
    return D("order_no", pick([f"E{R.randrange(2024, 2027)}{R.randrange(10 ** 9, 10 ** 10)}",
                               f"SO-{R.randrange(2024, 2027)}-{R.randrange(10 ** 5, 10 ** 6)}",
                               f"DD{luhn_bad_digits(16)}", f"{R.randrange(2024, 2026)}{R.randrange(10, 13)}{R.randrange(10, 29)}-{R.randrange(10 ** 5, 10 ** 6)}"]))


def tracking_no() -> Leaf:
    return D("tracking_no", pick([f"SF{R.randrange(10 ** 11, 10 ** 12)}{R.randrange(10)}", f"YT{R.randrange(10 ** 12, 10 ** 13)}",
                                  f"JDX0{R.randrange(10 ** 10, 10 ** 11)}", f"ZTO{R.randrange(10 ** 11, 10 ** 12)}"]))


def uuid() -> Leaf:
    return D("uuid", f"{rnd(HEXL, 8)}-{rnd(HEXL, 4)}-4{rnd(HEXL, 3)}-{pick('89ab')}{rnd(HEXL, 3)}-{rnd(HEXL, 12)}")


def sha256() -> Leaf:
    return D("sha256", rnd(HEXL, 64))


def md5() -> Leaf:
    return D("md5", rnd(HEXL, 32))


def ts() -> Leaf:
    return D("timestamp", f"2026-0{R.randrange(1, 10)}-{R.randrange(10, 29)}T{R.randrange(10, 24)}:{R.randrange(10, 60)}:{R.randrange(10, 60)}.{R.randrange(100, 999)}Z")


def ts_ms(bare: bool = True) -> Leaf:
    return D("timestamp_ms", str(R.randrange(1767200000000, 1780000000000)), bare=bare)


def ts_s(bare: bool = True) -> Leaf:
    return D("timestamp", str(R.randrange(1767200000, 1780000000)), bare=bare)


def req_id(prefix: str = "") -> Leaf:
    prefix = prefix or pick(["req_", "chatcmpl-", "call_", "toolu_01", "msg_01", "fc_", "resp_"])
    return D("request_id", prefix + rnd(ALNUM, 24))


def trace_id() -> Leaf:
    return D("trace_id", rnd(HEXL, 32))


def snowflake(bare: bool = True) -> Leaf:
    while True:
        v = str(R.randrange(10 ** 17, 10 ** 18))
        if not checks.id18_ok(v) and not checks.uscc_ok(v):
            return D("digits18", v, bare=bare)


def digits19(bare: bool = True) -> Leaf:
    return D("digits19", luhn_bad_digits(19, "1"), bare=bare)


def digits16() -> Leaf:
    return D("digits16", luhn_bad_digits(16, pick(["8", "9", "7"])))


def luhn_bad() -> Leaf:
    return D("luhn_bad", MK.card_bad(pick(["6222", "6217", "6228"]), 19))


def bad_id() -> Leaf:
    return D("id18_bad_checksum", MK.id18_bad_checksum())


def bad_date() -> Leaf:
    return D("id18_bad_date", MK.id18_bad_date())


def bad_uscc() -> Leaf:
    return D("uscc_bad", MK.uscc_bad())


def masked_phone() -> Leaf:
    v = mobile()
    return D("masked_phone", pick([f"{v[:3]}****{v[7:]}", f"{v[:3]}*****{v[8:]}", f"*******{v[7:]}"]))


def masked_id() -> Leaf:
    v = MK.id18()
    return D("masked_id", pick([f"{v[:6]}********{v[14:]}", f"{v[:3]}***********{v[14:]}", f"{v[0]}{'*' * 16}{v[-1]}"]))


def masked_card() -> Leaf:
    return D("masked_card", pick([f"6222 **** **** {R.randrange(1000, 9999)}", f"621700******{R.randrange(1000, 9999)}",
                                  f"**** {R.randrange(1000, 9999)}"]))


def masked_name() -> Leaf:
    n = zh_name()
    return D("masked_name", n[0] + "*" * (len(n) - 1))


def masked_email() -> Leaf:
    return D("masked_email", f"{pick('zlwcy')}***@{pick(MAIL_DOMAINS)}")


def hotline() -> Leaf:
    return D("hotline", pick([f"400-{R.randrange(100, 999)}-{R.randrange(1000, 9999)}", "95588", "95555", "10086",
                              f"400{R.randrange(10 ** 6, 10 ** 7)}"]))


def b64blob(payload: str | None = None) -> Leaf:
    raw = (payload or rnd(ALNUM, R.randrange(30, 60))).encode()
    return D("base64", base64.b64encode(raw).decode())


def version() -> Leaf:
    return D("version", pick([f"{R.randrange(1, 9)}.{R.randrange(0, 20)}.{R.randrange(0, 99)}",
                              f"10.0.{R.randrange(17000, 26100)}.{R.randrange(300, 6000)}", f"6.1.7601.{R.randrange(17000, 25000)}"]))


# === gold families ===============================================================================================
def pre(*options: str) -> str:
    return pick(options)


PROMPTS_ZH = ["这个工具调用报错了，帮我看看参数哪里不对：\n", "下面是网关日志里抓到的一段请求，分析一下为什么 400：\n",
              "帮我把这段 function call 的参数整理成表格：\n", "模型返回了这个，解析失败，什么原因？\n", ""]


def fam_openai_request() -> Doc:
    """A chat request replaying an assistant tool call: arguments are JSON inside a JSON string."""
    variant = turn("oa_req", ["customer", "transfer", "flight", "vehicle", "email", "kyc", "hotel", "company"])
    name = person(pick(["", "", "compound"]))
    args: dict[str, Any]
    fn = {"customer": "create_customer", "transfer": "bank_transfer", "flight": "book_flight", "vehicle": "register_vehicle",
          "email": "send_email", "kyc": "verify_identity", "hotel": "hotel_checkin", "company": "query_company"}[variant]
    if variant == "customer":
        args = {"name": name, "mobile": phone(), "id_card": idno(), "address": address()}
    elif variant == "transfer":
        args = {"payee_name": name, "card_no": card(), "bank": bank_branch(), "amount": R.randrange(100, 90000), "memo": "货款"}
    elif variant == "flight":
        args = {"passenger": person("pnr"), "passport_no": passport(), "contact_phone": phone("intl"), "flight": f"MU{R.randrange(100, 999)}",
                "date": "2026-04-1" + str(R.randrange(10))}
    elif variant == "vehicle":
        args = {"owner": name, "plate": plate(pick(["", "ev"])), "owner_id": idno(), "vin": D("vin", "LSV" + rnd("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 14))}
    elif variant == "email":
        args = {"to": [email(), email(corp=True)], "subject": "合同回签", "body": "您好，合同扫描件见附件，请回签。"}
    elif variant == "kyc":
        args = {"real_name": name, "id_number": idno(), "phone": phone(), "bank_card": card()}
    elif variant == "hotel":
        args = {"guest": name, "hk_macao_permit": permit(pick(["c", "cl"])), "mobile": phone(), "room": f"{R.randrange(3, 20)}0{R.randrange(1, 9)}"}
    else:
        args = {"company_name": org("co"), "uscc": uscc(), "legal_rep": name}
    outer_ascii = R.random() < 0.45
    inner_ascii = outer_ascii and R.random() < 0.3
    call = {"id": req_id("call_"), "type": "function", "function": {"name": fn, "arguments": JS(args, inner_ascii, outer_ascii)}}
    body = {"model": pick(["gpt-4o", "gpt-4.1-mini", "qwen-plus", "deepseek-chat"]),
            "messages": [{"role": "user", "content": pick(["帮我办一下", "按上面的信息处理", "就这样提交吧"])},
                         {"role": "assistant", "content": None, "tool_calls": [call]}]}
    return "tool_call_request", render(T(pick(PROMPTS_ZH), J(body, outer_ascii))), None


def fam_openai_response() -> Doc:
    """A chat.completion response with tool calls; sometimes pretty-printed, sometimes two calls."""
    variant = turn("oa_resp", ["crm", "sms", "ssh", "invoice", "two", "hr"])
    calls: list[tuple[str, dict[str, Obj]]] = []
    if variant == "crm":
        calls.append(("upsert_contact", {"name": person(), "phone": phone(), "email": email(), "company": org("co")}))
    elif variant == "sms":
        calls.append(("send_sms", {"phone_numbers": [phone(), phone()], "template": "SMS_2816" + str(R.randrange(1000, 9999)),
                                   "params": {"code": D("otp_code", f"{R.randrange(10 ** 5, 10 ** 6)}")}}))
    elif variant == "ssh":
        calls.append(("run_ssh", {"host": ip("priv"), "user": "root", "password": pw(), "cmd": "df -h"}))
    elif variant == "invoice":
        calls.append(("issue_invoice", {"buyer_name": org("co"), "buyer_tax_id": uscc(), "buyer_tel": landline(),
                                        "buyer_bank": bank_branch(), "buyer_account": card()}))
    elif variant == "two":
        calls.append(("lookup_member", {"mobile": phone()}))
        calls.append(("lookup_member", {"id_card": idno()}))
    else:
        calls.append(("create_employee", {"name": person(pick(["", "minority"])), "id_card": idno(), "emergency_contact": person(),
                                          "emergency_phone": phone(), "home_address": address()}))
    outer_ascii = R.random() < 0.4
    tcs = [{"id": req_id("call_"), "type": "function", "function": {"name": n, "arguments": JS(a, False, outer_ascii)}} for n, a in calls]
    body = {"id": req_id("chatcmpl-"), "object": "chat.completion", "created": ts_s(), "model": "gpt-4o-2024-08-06",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": tcs}, "finish_reason": "tool_calls"}]}
    return "tool_call_response", render(J(body, outer_ascii, indent=pick([None, 2]))), None


def fam_tool_result() -> Doc:
    """`role: tool` messages: a function's result as a JSON string (rows of a database, an API answer)."""
    variant = turn("tool_res", ["rows", "profile", "order", "policy", "geo"])
    outer_ascii = R.random() < 0.5
    if variant == "rows":
        rows = [{"id": R.randrange(1000, 99999), "name": person(), "mobile": phone(), "city": pick(["杭州", "成都", "青岛"])} for _ in range(R.randrange(2, 4))]
        res: Obj = {"total": len(rows), "rows": rows}
    elif variant == "profile":
        res = {"code": 0, "data": {"nickname": pick(["小鱼儿", "清风徐来", "momo"]), "real_name": person(), "id_no": idno(),
                                   "email": email(), "reg_ip": ip("pub")}}
    elif variant == "order":
        res = {"order_no": order_no(), "consignee": person(), "consignee_phone": phone(), "ship_to": address(),
               "tracking_no": tracking_no(), "paid_at": ts()}
    elif variant == "policy":
        res = {"policy_no": D("policy_no", f"P{R.randrange(10 ** 13, 10 ** 14)}"), "insured": person(), "insured_id": idno(),
               "beneficiary": person(), "beneficiary_bank_card": card()}
    else:
        res = {"ip": ip("pub"), "country": "中国", "region": "广东", "isp": "电信", "asn": R.randrange(4000, 60000)}
    msgs = [{"role": "tool", "tool_call_id": req_id("call_"), "content": JS(res, False, outer_ascii)}]
    return "tool_result", render(T(pick(["", "接下来模型收到的工具结果：\n"]), J({"messages": msgs}, outer_ascii))), None


def fam_anthropic() -> Doc:
    """Anthropic Messages: `tool_use` input is an object (not a string); `tool_result` content a string or blocks."""
    variant = turn("anth", ["use", "result", "both", "use_ascii"])
    outer_ascii = variant == "use_ascii"
    use = {"type": "tool_use", "id": req_id("toolu_01"), "name": pick(["lookup_patient", "file_claim", "create_ticket"]),
           "input": {"patient_name": person(), "id_card": idno(), "phone": phone(), "hospital": org("hosp")}}
    result = {"type": "tool_result", "tool_use_id": req_id("toolu_01"),
              "content": JS({"claim_no": D("claim_no", f"CL{R.randrange(10 ** 9, 10 ** 10)}"), "payee": person(),
                             "payee_card": card(), "email": email()}, False, outer_ascii)}
    if variant in ("use", "use_ascii"):
        content = [{"type": "text", "text": "我来查一下这位患者的记录。"}, use]
        msg: dict[str, Obj] = {"role": "assistant", "content": content}
    elif variant == "result":
        msg = {"role": "user", "content": [result]}
    else:
        msg = {"role": "user", "content": [result, {"type": "text", "text": "帮我核对一下收款人信息"}]}
        msg = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "assistant", "content": [use]}, msg]}
    return "anthropic_tool", render(J(msg, outer_ascii)), None


def fam_responses() -> Doc:
    """OpenAI Responses API input items: function_call with arguments, function_call_output with output."""
    outer_ascii = R.random() < 0.4
    args = {"name": person(), "license_plate": plate("dot"), "phone": phone()}
    out = {"status": "ok", "owner_id": idno(), "owner_address": address(), "violations": R.randrange(0, 4)}
    items = [{"type": "function_call", "call_id": req_id("call_"), "name": "query_vehicle", "arguments": JS(args, False, outer_ascii)},
             {"type": "function_call_output", "call_id": req_id("call_"), "output": JS(out, False, outer_ascii)}]
    return "responses_items", render(J({"model": "gpt-4.1", "input": items}, outer_ascii)), None


def fam_mcp() -> Doc:
    """MCP JSON-RPC tools/call requests and their text results."""
    variant = turn("mcp", ["call", "result", "db"])
    if variant == "call":
        body: Obj = {"jsonrpc": "2.0", "id": R.randrange(1, 99), "method": "tools/call",
                     "params": {"name": "crm_search", "arguments": {"phone": phone(), "email": email()}}}
    elif variant == "result":
        text = JS({"name": person(), "tw_id": twid(), "hk_id": hkid()})
        body = {"jsonrpc": "2.0", "id": R.randrange(1, 99), "result": {"content": [{"type": "text", "text": text}], "isError": False}}
    else:
        body = {"jsonrpc": "2.0", "id": R.randrange(1, 99), "method": "tools/call",
                "params": {"name": "postgres_query", "arguments": {"connection": dsn("pg"), "sql": "select * from member limit 5"}}}
    return "mcp", render(J(body)), "en" if variant == "db" else None


def fam_ensure_ascii() -> Doc:
    """JSON bodies dumped with ensure_ascii: every CJK character escaped, and what users typed kept."""
    variant = turn("ascii", ["register", "fw", "zw", "log", "contract", "cn"])
    if variant == "register":
        body: Obj = {"event": "register", "user": {"name": person(), "mobile": phone(), "id_card": idno(), "address": address()}}
    elif variant == "fw":
        body = {"form": "实名认证", "fields": {"姓名": person(), "身份证号": idno("fw"), "手机": phone("fw")}}
    elif variant == "zw":
        body = {"contact": person(), "tel": phone("zw"), "remark": "从微信复制的号码"}
    elif variant == "log":
        body = {"level": "INFO", "logger": "kyc.service", "msg": "实名校验通过", "name": person(), "idNo": idno(),
                "bankCard": card(), "ts": ts()}
    elif variant == "contract":
        body = {"party_a": org("co"), "party_a_uscc": uscc(), "party_b": person(), "party_b_tel": landline(), "sign_place": address()}
    else:
        body = {"ticket": D("ticket_no", f"T{R.randrange(10 ** 7, 10 ** 8)}"), "caller": person("honor"), "callback": phone("cn"),
                "note": "客户口述的号码"}
    return "json_ascii", render(T(pick(["", "Python 打出来的日志，中文全是转义：\n", "POST /api/v1/events\n"]), J(body, True))), None


def fam_csv() -> Doc:
    """CSV exports with a header row: quoted cells, a BOM, a line break inside a quoted address."""
    variant = turn("csv", ["members", "bom", "linebreak", "orders", "en", "payroll"])
    if variant == "members":
        rows: list[list[Seg]] = [["会员ID", "姓名", "手机号", "邮箱", "注册IP"]]
        for _ in range(R.randrange(2, 5)):
            rows.append([str(R.randrange(10 ** 5, 10 ** 6)), person(), phone(), email(), ip("pub")])
        return "csv_export", render(table(rows)), None
    if variant == "bom":
        rows = [["姓名", "身份证号", "联系电话", "住址"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([person(), idno(), phone(), address()])
        return "csv_export", render(T("\ufeff", table(rows))), None
    if variant == "linebreak":
        a = address_value()
        cut = a.index("区") + 1
        rows = [["收件人", "电话", "收货地址", "运单号"],
                [person(), phone(), G("ADDRESS", a[:cut] + "\n" + a[cut:], "linebreak"), tracking_no()],
                [person(), phone(), address(), tracking_no()]]
        return "csv_export", render(table(rows)), None
    if variant == "orders":
        rows = [["order_no", "buyer", "buyer_phone", "ship_addr", "amount", "created_at"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([order_no(), person(), phone(), address(short=True), f"{R.randrange(10, 999)}.{R.randrange(10, 99)}", ts()])
        return "csv_export", render(table(rows)), None
    if variant == "en":
        rows = [["Full Name", "Company", "Email", "Phone", "Address"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([person("pinyin"), org("en"), email(corp=True), phone("intl"), address()])
        return "csv_export", render(table(rows)), None
    rows = [["工号", "姓名", "开户行", "工资卡号", "实发"]]
    for _ in range(R.randrange(2, 4)):
        rows.append([f"E{R.randrange(1000, 9999)}", person(), bank_branch(), card(), f"{R.randrange(5000, 30000)}.00"])
    return "csv_export", render(table(rows)), None


def fam_tsv() -> Doc:
    """TSV and Excel pastes: tab-separated with Chinese headers, apostrophes, ideographic-space padded names."""
    variant = turn("tsv", ["excel", "apos", "spaced", "vehicles", "travel"])
    if variant == "excel":
        rows: list[list[Seg]] = [["序号", "姓名", "性别", "身份证号码", "联系方式", "家庭住址"]]
        for i in range(R.randrange(2, 4)):
            rows.append([str(i + 1), person(), pick(["男", "女"]), idno(), phone(), address()])
        pre_ = "从 Excel 里复制的，帮我去重：\n"
    elif variant == "apos":
        rows = [["姓名", "身份证号", "银行卡号"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([person(), T("'", idno()), T("'", card())])  # type: ignore[list-item]  # tsv reads lists
        pre_ = "表格粘过来前面带了单引号，这样导入会有问题吗\n"
    elif variant == "spaced":
        rows = [["姓  名", "部门", "手机", "座机"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([person("spaced"), pick(["财务部", "采购部", "行政部"]), phone(), landline()])
        pre_ = ""
    elif variant == "vehicles":
        rows = [["车牌号", "车主", "电话", "进场时间"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([plate(pick(["", "ev"])), person(), phone(), ts()])
        pre_ = "停车场导出：\n"
    else:
        rows = [["旅客姓名", "证件类型", "证件号码", "手机"]]
        for kind in ("护照", "港澳通行证", "台胞证"):
            docs: dict[str, Callable[[], Leaf]] = {"护照": passport, "港澳通行证": lambda: permit("c"), "台胞证": lambda: permit("tw")}
            doc = docs[kind]()
            rows.append([person(), kind, doc, phone()])
        pre_ = "团队出行名单：\n"
    segs: Segs = [pre_]
    for i, row in enumerate(rows):
        segs.append("\n" if i else "")
        for j, c in enumerate(row):
            segs.append("\t" if j else "")
            segs.extend(c if isinstance(c, list) else [c])
    return "tsv_paste", render(segs), None


def fam_sql() -> Doc:
    """SQL statements and their logs: INSERT rows, UPDATE ... SET, SELECT ... WHERE, MyBatis Parameters, COPY."""
    variant = turn("sql", ["insert", "update", "select", "mybatis", "copy", "dump"])
    if variant == "insert":
        segs = T("INSERT INTO `customer` (`name`, `mobile`, `id_card`, `email`, `addr`, `created_at`) VALUES\n")
        for i in range(R.randrange(2, 4)):
            segs += T("(" if not i else ",\n(", sqlv(person()), ", ", sqlv(phone()), ", ", sqlv(idno()), ", ", sqlv(email()), ", ",
                      sqlv(address()), ", ", sqlv(ts()), ")")
        segs.append(";")
    elif variant == "update":
        segs = T("UPDATE member SET phone = ", sqlv(phone()), ", bank_card = ", sqlv(card()), ", bank_name = ", sqlv(bank_branch()),
                 " WHERE member_id = ", str(R.randrange(10 ** 5, 10 ** 6)), ";\nUPDATE member SET email = ", sqlv(email()),
                 " WHERE id_card = ", sqlv(idno()), ";")
    elif variant == "select":
        segs = T("帮我优化这条慢查询：\nSELECT o.order_no, o.amount FROM orders o JOIN users u ON u.id = o.user_id\nWHERE u.mobile = ",
                 sqlv(phone()), " OR u.real_name = ", sqlv(person()), "\nORDER BY o.created_at DESC LIMIT 20;")
    elif variant == "mybatis":
        nm, ph, idv = person(), phone(), idno()
        segs = T("2026-03-14 10:22:31.118 DEBUG [http-nio-8080-exec-7] c.x.crm.mapper.CustomerMapper.insert - ==>  Preparing: ",
                 "INSERT INTO t_customer (name, phone, id_card, company) VALUES (?, ?, ?, ?)\n",
                 "2026-03-14 10:22:31.120 DEBUG [http-nio-8080-exec-7] c.x.crm.mapper.CustomerMapper.insert - ==> Parameters: ",
                 nm, "(String), ", ph, "(String), ", idv, "(String), ", org("co"), "(String)\n",
                 "2026-03-14 10:22:31.131 DEBUG [http-nio-8080-exec-7] c.x.crm.mapper.CustomerMapper.insert - <==    Updates: 1")
    elif variant == "copy":
        segs = T("COPY public.patient (id, name, id_no, phone, hospital) FROM stdin;\n")
        for _ in range(R.randrange(2, 4)):
            segs += T(str(R.randrange(100, 999)), "\t", person(), "\t", idno(), "\t", phone(), "\t", org("hosp"), "\n")
        segs.append("\\.")
    else:
        n = person()
        segs = T("-- MySQL dump 10.13\nLOCK TABLES `staff` WRITE;\nINSERT INTO `staff` VALUES (", str(R.randrange(1, 99)), ",'", n,
                 "','", email(corp=True), "','", landline(), "','", ip("priv"), "','", replace(pw(), opt=True), "');\nUNLOCK TABLES;")
    return "sql", render(segs), None


def fam_logs() -> Doc:
    """Log lines: logfmt, JSON logs (Go's \\u0026), nginx access logs with query strings, Java toString."""
    variant = turn("logs", ["logfmt", "nginx", "gojson", "tostring", "nginx_post", "audit"])
    if variant == "logfmt":
        segs = T(f"time=2026-03-1{R.randrange(10)}T08:{R.randrange(10, 59)}:11+08:00 level=info msg=\"sms sent\" phone=", phone(),
                 " template=SMS_", str(R.randrange(10 ** 5, 10 ** 6)), " client_ip=", ip("pub"), " request_id=", req_id("req_"),
                 "\ntime=2026-03-1", str(R.randrange(10)), "T08:", str(R.randrange(10, 59)), ":12+08:00 level=warn msg=\"login failed\" user=",
                 email(), " ip=", ip("pub"), " reason=bad_password")
    elif variant == "nginx":
        n, e, p = person(), email(), phone()
        segs = T(ip("pub"), " - - [14/Mar/2026:10:", str(R.randrange(10, 59)), ":07 +0800] \"GET /api/user/search?", query([("name", n), ("email", e), ("mobile", p)]),
                 " HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"")
    elif variant == "gojson":
        url_segs = T("/v1/verify?name=", esc([person()], pct()), "\\u0026idcard=", idno(), "\\u0026ts=", ts_s(False))
        body = {"level": "info", "ts": ts_ms(), "caller": "handler/verify.go:88", "msg": "upstream call", "url": Raw(T('"', url_segs, '"')),
                "status": 200}
        segs = J(body, compact=True)
    elif variant == "tostring":
        segs = T("2026-03-14 11:02:09 INFO  c.x.order.OrderService - create order: OrderDTO(orderNo=", order_no(), ", receiver=", person(),
                 ", receiverPhone=", phone(), ", receiverAddress=", address(), ", idCard=", idno(), ", payChannel=ALIPAY)")
    elif variant == "nginx_post":
        segs = T(ip("priv"), " - - [14/Mar/2026:21:", str(R.randrange(10, 59)), ":44 +0800] \"POST /passport/login HTTP/1.1\" 302 0 \"https://sso.example-corp.cn/login?redirect=%2Fhome\" \"curl/8.5.0\" \"",
                 query([("username", email()), ("password", pw())]), "\"")
    else:
        segs = J({"@timestamp": ts(), "event.action": "user-update", "user.name": email(corp=True), "source.ip": ip("v6"),
                  "changes": {"phone": {"from": phone(), "to": phone()}, "address": {"from": address(), "to": address()}}}, True)
    return "log_lines", render(segs), "en" if variant in ("logfmt", "nginx_post") else None


def fam_urls() -> Doc:
    """URL query strings and form bodies, percent-encoded UTF-8 (`%E5%BC%A0`, `%40`)."""
    variant = turn("url", ["get", "form", "curl", "callback", "share", "partial"])
    if variant == "get":
        segs = T("https://h5.example-shop.cn/checkout?", query([("consignee", person()), ("tel", phone()), ("addr", address())]), "&from=wx")
    elif variant == "form":
        segs = T("POST /member/register HTTP/1.1\nHost: m.example-club.cn\nContent-Type: application/x-www-form-urlencoded\n\n",
                 query([("realName", person()), ("idCard", idno()), ("mobile", phone()), ("email", email()), ("agree", "1")]))
    elif variant == "curl":
        segs = T("curl 'https://api.example-ins.cn/quote' --data-raw '", query([("name", person()), ("plate", plate()), ("id_no", idno())]),
                 "' -H 'Content-Type: application/x-www-form-urlencoded'")
    elif variant == "callback":
        segs = T("回调地址收到的参数：\nhttps://pay.example-gw.cn/notify?out_trade_no=", order_no(), "&buyer_email=", esc([email()], pct()),
                 "&buyer_name=", esc([person()], pct()), "&card_no=", card(), "&sign=", md5())
    elif variant == "share":
        segs = T("分享链接里带着别人的信息，这个能发群里吗：https://survey.example.cn/s/", D("short_code", rnd(ALNUM, 8)), "?",
                 query([("name", person()), ("company", org("co")), ("mobile", phone())]))
    else:
        segs = T("GET /search?q=", esc([person()], pct()), "%20", esc([G("CN_LANDLINE", landline().raw)], pct()), "&page=1")
    return "url_query", render(segs), None


def fam_xml() -> Doc:
    """XML and HTML: SOAP bodies, CDATA, entities (`&#x5F20;`, `&#24352;`, `&#64;`), form inputs."""
    variant = turn("xml", ["soap", "cdata", "ent_hex", "ent_dec", "html_form", "email_ent"])
    if variant == "soap":
        segs = T('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n  <soapenv:Body>\n    <ns:CheckIn>\n      <ns:GuestName>',
                 person(), "</ns:GuestName>\n      <ns:HKID>", hkid(), "</ns:HKID>\n      <ns:Mobile>", phone("intl"),
                 "</ns:Mobile>\n    </ns:CheckIn>\n  </soapenv:Body>\n</soapenv:Envelope>")
    elif variant == "cdata":
        segs = T("<xml>\n<appid><![CDATA[", D("app_id", "wx" + rnd(HEXL, 16)), "]]></appid>\n<out_trade_no><![CDATA[", order_no(),
                 "]]></out_trade_no>\n<payer_name><![CDATA[", person(), "]]></payer_name>\n<payer_phone><![CDATA[", phone(),
                 "]]></payer_phone>\n<nonce_str><![CDATA[", D("nonce", rnd(ALNUM, 32)), "]]></nonce_str>\n</xml>")
    elif variant == "ent_hex":
        segs = T("<Customer>\n  <Name>", esc([person()], ent_hex), "</Name>\n  <Address>", esc([address()], ent_hex),
                 "</Address>\n  <Phone>", phone(), "</Phone>\n  <IdNo>", idno(), "</IdNo>\n</Customer>")
    elif variant == "ent_dec":
        segs = T('<input type="hidden" name="applicant" value="', esc([person()], ent_dec), '">\n<input type="hidden" name="org" value="',
                 esc([org("co")], ent_dec), '">\n<input type="hidden" name="uscc" value="', uscc(), '">')
    elif variant == "html_form":
        segs = T('<form action="/profile" method="post">\n  <input name="name" value="', esc([person()], attr), '">\n  <input name="tel" value="',
                 phone(), '">\n  <input name="email" value="', email(), '">\n  <textarea name="addr">', esc([address()], xml_text),
                 "</textarea>\n</form>")
    else:
        e = email()
        segs = T("<p>联系人：", esc([person()], ent_hex), "，邮箱：", G("EMAIL", e.raw).recode(lambda s: s.replace("@", "&#64;")),
                 "，电话：", landline(), "</p>")
    return "xml_html", render(segs), None


def fam_yaml() -> Doc:
    """YAML: fixtures, config maps with contacts and credentials, OpenAPI examples."""
    variant = turn("yaml", ["fixture", "configmap", "example", "block"])
    if variant == "fixture":
        segs = T("# tests/fixtures/users.yaml\n- id: 1\n  name: ", person(), "\n  mobile: \"", phone(), "\"\n  id_card: \"", idno(),
                 "\"\n- id: 2\n  name: ", person(), "\n  mobile: \"", phone(), "\"\n  id_card: \"", idno(), "\"")
    elif variant == "configmap":
        segs = T("apiVersion: v1\nkind: Secret\nmetadata:\n  name: crm-db\nstringData:\n  DATABASE_URL: ", dsn(pick(["mysql", "pg"])),
                 "\n  OPENAI_API_KEY: ", key("openai"), "\n  ALERT_EMAIL: ", email(corp=True))
    elif variant == "example":
        segs = T("components:\n  schemas:\n    Applicant:\n      type: object\n      properties:\n        name: {type: string}\n",
                 "      example:\n        name: ", person(), "\n        passport: ", passport(), "\n        mobile: '", phone(), "'\n        employer: ",
                 org("co"))
    else:
        a = address_value()
        cut = a.index("市") + 1
        segs = T("shipping:\n  receiver: ", person(), "\n  phone: ", phone(), "\n  address: |\n    ",
                 G("ADDRESS", a[:cut] + "\n    " + a[cut:], "linebreak"), "\n  note: 工作日送达")
    return "yaml", render(segs), None


def fam_markdown() -> Doc:
    """Markdown tables the model is asked to fill or reformat."""
    variant = turn("md", ["contacts", "suppliers", "accounts"])
    if variant == "contacts":
        rows: list[list[Seg]] = [["姓名", "职务", "手机", "邮箱"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([person(), pick(["采购经理", "财务", "法务"]), phone(), email(corp=True)])
        head = "把下面的表转成 JSON：\n\n"
    elif variant == "suppliers":
        rows = [["供应商", "统一社会信用代码", "联系人", "座机"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([org("co"), uscc(), person("honor"), landline()])
        head = ""
    else:
        rows = [["系统", "地址", "账号", "密码"]]
        for _ in range(R.randrange(2, 4)):
            rows.append([pick(["堡垒机", "测试库", "Jenkins", "NAS"]), ip("priv"), pick(["admin", "ops", "root"]), pw()])
        head = "运维交接表：\n\n"
    return "markdown_table", render(T(head, md(rows))), None


def fam_protobuf() -> Doc:
    """Protobuf text format (DebugString): raw UTF-8 or octal escapes of the UTF-8 bytes."""
    enc = octal if turn("pb_enc", [True, False, True]) else (lambda s: s.replace('"', '\\"'))
    segs = T("customer {\n  name: \"", esc([person()], enc), "\"\n  phone: \"", phone(), "\"\n  id_card: \"", idno(),
             "\"\n  address {\n    line1: \"", esc([address()], enc), "\"\n  }\n}\nrequest_id: \"", uuid(), "\"")
    return "protobuf_text", render(T(pick(["grpc 调试输出：\n", ""]), segs)), None


def fam_graphql() -> Doc:
    """GraphQL: variables next to the query, or arguments inline in the query string (quotes escaped)."""
    variant = turn("gql", ["vars", "inline", "vars_ascii"])
    if variant == "inline":
        inner = T('mutation { createLead(input: {name: "', person(), '", phone: "', phone(), '", company: "', org("co"), '"}) { id } }')
        return "graphql", render(J({"query": Raw(T('"', esc(inner, jstr()), '"'))})), None
    v = {"input": {"fullName": person(), "idNumber": idno(), "email": email(), "plate": plate()}}
    body: dict[str, Obj] = {"operationName": "UpdateProfile", "query": "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { ok } }",
            "variables": v}
    return "graphql", render(J(body, variant == "vars_ascii")), None


def fam_credentials() -> Doc:
    """Credentials in tool calls and payloads: API keys in headers, JWTs, DSNs, PEM keys with \\n, login forms."""
    variant = turn("cred", ["http_headers", "jwt_log", "dsn_args", "pem_json", "env_args", "login_form"])
    if variant == "http_headers":
        args = {"method": "POST", "url": "https://api.deepseek.com/chat/completions",
                "headers": {"Authorization": Raw(T('"Bearer ', key(pick(["deepseek", "openai", "dashscope"])), '"')),
                            "Content-Type": "application/json"}}
        call = {"name": "http_request", "arguments": JS(args)}
        return "credential_payload", render(J({"type": "function", "function": call})), "en"
    if variant == "jwt_log":
        segs = J({"ts": ts(), "method": "GET", "path": "/api/orders", "headers": {"authorization": Raw(T('"Bearer ', jwt(), '"')),
                  "x-request-id": uuid()}, "remote_addr": ip("pub")}, compact=True)
        return "credential_payload", render(segs), "en"
    if variant == "dsn_args":
        call = {"id": req_id("call_"), "type": "function", "function": {"name": "run_sql", "arguments": JS(
            {"dsn": dsn(), "query": "SELECT count(*) FROM users"})}}
        return "credential_payload", render(J({"tool_calls": [call]})), "en"
    if variant == "pem_json":
        body = {"type": "service_account", "project_id": "demo-" + rnd("abcdefghijklmnopqrstuvwxyz", 6), "private_key_id": D("key_id", rnd(HEXL, 40)),
                "private_key": private_key(), "client_email": G("EMAIL", "deployer@demo.iam.example.com")}
        return "credential_payload", render(T("这个 service account 文件能直接贴给你吗？\n", J(body, indent=2))), None
    if variant == "env_args":
        args = {"env": {"AWS_ACCESS_KEY_ID": key("aws"), "AWS_SECRET_ACCESS_KEY": key("aws_secret"), "ALIBABA_CLOUD_ACCESS_KEY_ID": key("aliyun"),
                        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": key("aliyun_secret")}, "command": "terraform apply -auto-approve"}
        return "credential_payload", render(J({"name": "shell", "arguments": JS(args)})), "en"
    segs = T("POST /api/login\nContent-Type: application/x-www-form-urlencoded\n\n", query([("account", phone()), ("password", pw()), ("captcha", "8k2f")]))
    return "credential_payload", render(segs), None


def fam_ids() -> Doc:
    """Travel and identity documents in payloads: permits, HKID, TWID, passports under their keys."""
    variant = turn("idsdoc", ["visa", "cross", "tw", "hk"])
    if variant == "visa":
        body: Obj = {"applicant": {"surname": "ZHAO", "given_names": "MINGYUE", "name_cn": person(), "passport_no": passport(),
                                   "id_card": idno(), "employer": org("co")}}
    elif variant == "cross":
        body = {"traveller": person(), "hk_macao_permit": permit(pick(["c", "cl"])), "endorsement": "G", "phone": phone()}
    elif variant == "tw":
        body = {"name": person(), "mtp_no": permit("tw"), "tw_id": twid(), "address": G("ADDRESS", f"臺中市西屯區臺灣大道三段{R.randrange(1, 999)}號{R.randrange(2, 20)}樓")}
    else:
        body = {"name": person("en"), "hkid": hkid(pick([True, False])), "home_return_permit": permit("h"), "email": email()}
    outer_ascii = R.random() < 0.5
    call = {"function": {"name": "submit_application", "arguments": JS(body, False, outer_ascii)}}
    return "travel_docs", render(J({"tool_calls": [call]}, outer_ascii)), None


def spaced_chars(leaf: Leaf) -> Leaf:
    return G(leaf.label, " ".join(leaf.raw), *leaf.tags, "spaced_chars")


def fam_chat_content() -> Doc:
    """What users typed, carried in a request's `messages[].content`: their own evasions inside a JSON string."""
    variant = turn("chat", ["spaced_id", "fw_phone", "cn_phone", "zw_email", "sys_crm", "fw_card", "mixed", "spaced_phone", "cap_phone"])
    ascii_ = R.random() < 0.4
    if variant == "spaced_id":
        content = T("我的身份证号是 ", spaced_chars(idno()), "，帮我看看出生日期对不对")
    elif variant == "fw_phone":
        content = T("收件人", person(), "，电话", phone("fw"), "，地址", address(), "，帮我写个快递单")
    elif variant == "cn_phone":
        content = T("客户留的号码是", phone("cn"), "，名字叫", person(), "，帮我生成一条回访短信")
    elif variant == "zw_email":
        e = email()
        local, dom = e.raw.split("@")
        content = T("把报价单发到 ", G("EMAIL", local + "\u200b@" + dom, "zero_width"), " 就行")
    elif variant == "sys_crm":
        sysmsg = T("你是销售助手。当前客户：", person(), "，", org("co"), "采购负责人，手机 ", phone(), "，座机 ", landline(), "。")
        crm = {"model": "qwen-max", "messages": [{"role": "system", "content": Raw(T('"', esc(sysmsg, jstr(ascii_)), '"'))},
                                                 {"role": "user", "content": "帮我写一封跟进邮件"}]}
        return "chat_content", render(J(crm, ascii_)), None
    elif variant == "spaced_phone":
        content = T("帮我查下这个号码的归属地：", spaced_chars(phone()), "，还有邮箱 ", email(), " 是不是企业邮箱")
    elif variant == "cap_phone":
        v = mobile()
        content = T("发票抬头写", org("co"), "，联系电话", G("CN_PHONE", "".join("零壹贰叁肆伍陆柒捌玖"[int(c)] for c in v), "cn_numeral_capital"), "，这样行吗")
    elif variant == "fw_card":
        content = T("退款打到这张卡：", card("fw"), "，户名", person(), "，开户行", bank_branch())
    else:
        content = T("我叫", person(), "，护照号", passport(), "，港澳通行证", permit("c"), "，帮我填一下签注申请")
    body: dict[str, Obj] = {"model": pick(["gpt-4o-mini", "glm-4-plus", "deepseek-chat", "moonshot-v1-8k"]), "stream": pick([True, False]),
            "messages": [{"role": "user", "content": Raw(T('"', esc(content, jstr(ascii_)), '"'))}]}
    return "chat_content", render(J(body, ascii_)), None


def fam_docs_more() -> Doc:
    """Identity documents and codes in the other formats: XML, CSV, SQL, YAML, protobuf."""
    variant = turn("docs_more", ["hk_xml", "tw_csv", "permit_sql", "passport_yaml", "uscc_xml", "plate_pb", "hk_form", "landline_json"])
    if variant == "hk_xml":
        segs = T("<Applicant>\n  <NameEn>", person("en"), "</NameEn>\n  <HKIC>", hkid(), "</HKIC>\n  <Tel>", phone("intl_dash"), "</Tel>\n</Applicant>")
    elif variant == "tw_csv":
        segs = table([["姓名", "身分證字號", "台胞證", "手機"], [person(), twid(), permit("tw"), phone()], [person(), twid(), permit("tw"), phone()]])
    elif variant == "permit_sql":
        segs = T("INSERT INTO guest_checkin (guest_name, doc_type, doc_no, phone) VALUES\n('", person(), "', '回乡证', '", permit(pick(["h", "h10"])),
                 "', '", phone(), "'),\n('", person(), "', '往来港澳通行证', '", permit("cl"), "', '", phone(), "');")
    elif variant == "passport_yaml":
        segs = T("travellers:\n  - name: ", person("pnr"), "\n    passport_no: ", passport(), "\n    mobile: \"", phone("intl"),
                 "\"\n  - name: ", person("pnr"), "\n    passport_no: ", passport(), "\n    email: ", email())
    elif variant == "uscc_xml":
        segs = T("<Fapiao>\n  <GfMc>", esc([org("co")], xml_text), "</GfMc>\n  <GfNsrsbh>", uscc(), "</GfNsrsbh>\n  <GfDzDh>",
                 address(), " ", landline(), "</GfDzDh>\n  <GfYhZh>", bank_branch(), " ", card(), "</GfYhZh>\n</Fapiao>")
    elif variant == "plate_pb":
        segs = T("vehicle {\n  plate: \"", esc([plate(pick(["", "ev"]))], octal), "\"\n  owner: \"", esc([person()], octal),
                 "\"\n  owner_mobile: \"", phone(), "\"\n}\nevent_time: ", ts_s(False))
    elif variant == "hk_form":
        segs = T("POST /apply HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n",
                 query([("name_en", person("en")), ("hkid", hkid()), ("email", email()), ("tel", phone("intl"))]))
    else:
        segs = J({"store": org("co"), "contact": person("honor"), "tel": landline("intl"), "fax": landline(), "hotline": hotline()}, R.random() < 0.5)
    return "id_documents", render(segs), None


def fam_more_creds() -> Doc:
    """More credentials inside payloads: MCP client configs, login tool results, SSH keys in arguments, Slack tokens."""
    variant = turn("more_creds", ["mcp_config", "login_result", "ssh_key", "slack_url", "yaml_ds", "anthropic_input"])
    if variant == "mcp_config":
        body = {"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                                          "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": key("github")}},
                               "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", dsn("pg")]}}}
        return "credential_payload", render(T("claude_desktop_config.json 这样写对吗：\n", J(body, indent=2))), None
    if variant == "login_result":
        res = {"code": 0, "data": {"access_token": jwt(), "token_type": "Bearer", "expires_in": 7200, "user": {"name": person(), "mobile": phone()}}}
        return "credential_payload", render(J({"role": "tool", "tool_call_id": req_id("call_"), "content": JS(res)})), None
    if variant == "ssh_key":
        args = {"host": ip("priv"), "username": "deploy", "private_key": private_key(), "command": "systemctl restart app"}
        return "credential_payload", render(J({"name": "ssh_exec", "arguments": JS(args)})), "en"
    if variant == "slack_url":
        segs = T("GET /api/chat.postMessage?", query([("token", key("slack")), ("channel", "C0" + rnd(UPALNUM, 9)), ("text", "deploy done")]),
                 " HTTP/1.1\nHost: slack.com")
        return "credential_payload", render(segs), "en"
    if variant == "yaml_ds":
        segs = T("spring:\n  datasource:\n    url: ", dsn("jdbc"), "\n    username: app\n    password: ", pw(), "\n  ai:\n    dashscope:\n      api-key: ",
                 key("dashscope"))
        return "credential_payload", render(segs), "en"
    use = {"type": "tool_use", "id": req_id("toolu_01"), "name": "call_llm",
           "input": {"provider": "anthropic", "api_key": key("anthropic"), "prompt": "summarise the ticket"}}
    return "credential_payload", render(J({"role": "assistant", "content": [use]})), "en"


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (fam_openai_request, 12), (fam_openai_response, 9), (fam_tool_result, 7), (fam_anthropic, 6), (fam_responses, 4),
    (fam_mcp, 4), (fam_ensure_ascii, 9), (fam_csv, 7), (fam_tsv, 6), (fam_sql, 7), (fam_logs, 8), (fam_urls, 7),
    (fam_xml, 7), (fam_yaml, 4), (fam_markdown, 3), (fam_protobuf, 4), (fam_graphql, 4), (fam_credentials, 6),
    (fam_ids, 4), (fam_chat_content, 9), (fam_docs_more, 8), (fam_more_creds, 6),
]


# === negative families ===========================================================================================
def neg_tool_calls() -> Doc:
    """Tool calls whose arguments hold nothing personal: cities, order ids, dates, uuids, code."""
    variant = turn("neg_tc", ["weather", "order", "calendar", "search", "track", "stock", "translate", "calc", "code", "fx"])
    makers: dict[str, Callable[[], Obj]] = {"weather": lambda: {"city": pick(["杭州", "成都", "苏州", "厦门"]), "unit": "celsius", "date": f"2026-04-{R.randrange(10, 29)}"},
                 "order": lambda: {"order_no": order_no(), "fields": ["status", "amount"]},
                 "calendar": lambda: {"title": pick(["季度复盘会", "周会", "供应商评审"]), "start": ts(), "duration_min": pick([30, 45, 60]),
                                      "room": f"{R.randrange(2, 9)}F-{pick(['大会议室', '小会议室', '洽谈室'])}"},
                 "search": lambda: {"query": pick(["增值税专用发票 抵扣 期限", "个人信息保护法 第二十八条", "劳动合同 试用期 上限"]), "top_k": R.randrange(3, 10)},
                 "track": lambda: {"carrier": pick(["SF", "YTO", "JD"]), "tracking_no": tracking_no()},
                 "stock": lambda: {"sku": f"SKU-{R.randrange(10 ** 5, 10 ** 6)}", "warehouse": pick(["华东一仓", "华南二仓"]), "request_id": uuid()},
                 "translate": lambda: {"text": pick(["请在收到货后七天内申请退换。", "本合同一式两份，双方各执一份。"]), "target": "en"},
                 "calc": lambda: {"expression": f"{R.randrange(100, 9999)} * 1.13", "precision": 2},
                 "code": lambda: {"path": "src/service/user_service.py", "pattern": "def mask_phone", "commit": D("git_sha", rnd(HEXL, 40))},
                 "fx": lambda: {"from": "USD", "to": "CNY", "amount": R.randrange(100, 99999), "as_of": ts()}}
    args = makers[variant]()
    outer_ascii = R.random() < 0.4
    call = {"id": req_id("call_"), "type": "function", "function": {"name": f"{variant}_tool", "arguments": JS(args, False, outer_ascii)}}
    return "neg_tool_call", render(J({"id": req_id("chatcmpl-"), "created": ts_s(), "choices": [{"message": {"tool_calls": [call]}}]}, outer_ascii)), None


def neg_masked() -> Doc:
    """Masked values in payloads: what a compliant system already redacted."""
    variant = turn("neg_mask", ["json", "csv", "log", "xml", "tool_result", "redacted"])
    if variant == "json":
        segs = J({"code": 0, "data": {"name": masked_name(), "mobile": masked_phone(), "id_card": masked_id(), "card": masked_card()}}, R.random() < 0.5)
    elif variant == "csv":
        segs = table([["姓名", "手机", "证件号"], [masked_name(), masked_phone(), masked_id()], [masked_name(), masked_phone(), masked_id()]])
    elif variant == "log":
        segs = T("level=info msg=\"otp sent\" phone=", masked_phone(), " email=", masked_email(), " trace_id=", trace_id())
    elif variant == "xml":
        segs = T("<resp><holder>", masked_name(), "</holder><cardNo>", masked_card(), "</cardNo><mobile>", masked_phone(), "</mobile></resp>")
    elif variant == "tool_result":
        segs = J({"role": "tool", "tool_call_id": req_id("call_"), "content": JS({"found": True, "holder": masked_name(), "id_card": masked_id(),
                                                                                 "phone": masked_phone()})})
    else:
        segs = J({"messages": [{"role": "user", "content": "我的手机号是<PHONE_1>，身份证<ID_CARD_1>，姓名<PERSON_1>，请帮我查询订单"}],
                  "redaction": {"entities": 3, "policy": "mask"}})
    return "neg_masked", render(segs), None


def neg_empty() -> Doc:
    """Field names of personal data with empty, null or default values; schemas naming personal data."""
    variant = turn("neg_empty", ["nulls", "schema", "csv_header", "sql_ddl", "form_empty", "proto_empty", "xml_empty", "gql_schema",
                                 "yaml_null", "proto_def"])
    if variant == "nulls":
        segs = J({"name": "", "phone": None, "id_card": "", "email": None, "address": "", "bank_card": None}, compact=pick([True, False]))
    elif variant == "schema":
        tool = {"type": "function", "function": {"name": "create_customer", "description": "创建客户档案",
                "parameters": {"type": "object", "properties": {
                    "name": {"type": "string", "description": "客户姓名"},
                    "mobile": {"type": "string", "pattern": "^1[3-9]\\d{9}$", "description": "11位手机号"},
                    "id_card": {"type": "string", "description": "18位身份证号，末位可为X"},
                    "email": {"type": "string", "format": "email"}}, "required": ["name", "mobile"]}}}
        segs = J({"tools": [tool], "tool_choice": "auto"})
    elif variant == "csv_header":
        segs = T("姓名,身份证号,手机号,开户行,银行卡号,家庭住址\n,,,,,\n")
    elif variant == "sql_ddl":
        segs = T("CREATE TABLE t_member (\n  id BIGINT PRIMARY KEY,\n  real_name VARCHAR(32) NOT NULL COMMENT '姓名',\n  id_card CHAR(18) COMMENT '身份证号',\n",
                 "  mobile CHAR(11) COMMENT '手机号',\n  email VARCHAR(128) DEFAULT NULL,\n  created_at DATETIME DEFAULT CURRENT_TIMESTAMP\n);")
    elif variant == "form_empty":
        segs = T("name=&mobile=&idCard=&email=&agree=0&source=", D("utm", "wx_" + rnd("abcdefghijklmnopqrstuvwxyz", 5)))
    elif variant == "proto_empty":
        segs = T("customer {\n  name: \"\"\n  phone: \"\"\n  id_card: \"\"\n}\nstatus: INVALID_ARGUMENT\nmessage: \"phone is required\"")
    elif variant == "xml_empty":
        segs = T("<Passenger>\n  <Name/>\n  <PassportNo></PassportNo>\n  <Mobile xsi:nil=\"true\"/>\n</Passenger>")
    elif variant == "gql_schema":
        segs = T("type Customer {\n  id: ID!\n  realName: String\n  mobile: String @mask(keep: 4)\n  idCard: String @auth(requires: ADMIN)\n  email: String\n}")
    elif variant == "yaml_null":
        segs = T("contact:\n  name: ~\n  phone: null\n  email: ''\n  address: \"\"\nplate_no:\n")
    else:
        segs = T("message KycRequest {\n  string real_name = 1;\n  string id_card_no = 2;\n  string mobile = 3;\n  string bank_card_no = 4;\n}")
    return "neg_empty", render(segs), "en" if variant in ("form_empty", "proto_empty", "xml_empty", "gql_schema", "yaml_null", "proto_def") else None


def neg_placeholders() -> Doc:
    """Templates and bind parameters: the value is not there yet; example names from API docs."""
    variant = turn("neg_ph", ["mustache", "shell", "angle", "sql_bind", "pyformat", "prompt", "xxx", "jinja_yaml", "docs_example"])
    if variant == "mustache":
        segs = J({"to": "{{phone}}", "template": "您的验证码是{{code}}，{{name}}您好", "sign": "某某商城"})
    elif variant == "shell":
        segs = T("curl -X POST \"$API/v1/users\" -d '{\"name\":\"${USER_NAME}\",\"id_card\":\"${ID_CARD}\",\"mobile\":\"${MOBILE}\"}' -H \"Authorization: Bearer ${TOKEN}\"")
    elif variant == "angle":
        segs = J({"name": "<姓名>", "phone": "<手机号>", "id_card": "<身份证号>", "address": "<收货地址>"}, True)
    elif variant == "sql_bind":
        segs = T("UPDATE users SET mobile = :mobile, email = :email, id_card = :idCard WHERE id = :id;\n-- binds: mobile=?, email=?")
    elif variant == "pyformat":
        segs = T("cursor.execute(\"INSERT INTO contacts (name, phone, email) VALUES (%(name)s, %(phone)s, %(email)s)\", row)")
    elif variant == "prompt":
        segs = T("system: 你是客服助手。用户信息：姓名={user_name}，手机={user_phone}，会员等级={level}。不要向用户透露其他客户的数据。")
    elif variant == "xxx":
        segs = J({"mobile": D("placeholder_phone", "1XXXXXXXXXX"), "id_card": D("placeholder_id", "XXXXXXXXXXXXXXXXXX"),
                  "email": "user@<domain>", "card_no": D("placeholder", "6222 XXXX XXXX XXXX")})
    elif variant == "jinja_yaml":
        segs = T("receiver:\n  name: \"{{ customer.name }}\"\n  phone: \"{{ customer.phone | mask }}\"\n  address: \"{{ customer.address }}\"")
    else:
        segs = T("请求示例：\n", J({"name": D("placeholder_name", "张三"), "mobile": D("placeholder_phone", "138xxxxxxxx"), "id_card": "<18位身份证号>"}, indent=2))
    return "neg_placeholder", render(segs), None


def neg_ids() -> Doc:
    """Identifiers that look like sensitive numbers: snowflakes, timestamps, hashes, order and tracking numbers."""
    variant = turn("neg_ids", ["snowflake", "order", "hashes", "bad_checks", "trace", "numbers", "invoice", "bad_hk_tw", "digits11",
                               "version", "sql_ids", "ascii_bad"])
    if variant == "snowflake":
        segs = J({"id": snowflake(), "user_id": digits19(), "created_at": ts_ms(), "status": 1}, compact=True)
    elif variant == "order":
        segs = table([["order_no", "tracking_no", "amount", "paid_at"], [order_no(), tracking_no(), "128.00", ts()],
                      [order_no(), tracking_no(), "56.50", ts()]])
    elif variant == "hashes":
        segs = J({"file": "contract.pdf", "sha256": sha256(), "md5": md5(), "etag": Raw(T('"\\"', md5(), '\\""')), "upload_id": uuid()}, indent=2)
    elif variant == "bad_checks":
        segs = T("校验失败的记录（check digit 不对，不是有效证件）：\n", J([{"row": 3, "id_card": bad_id(), "err": "checksum"},
                                                               {"row": 9, "id_card": bad_date(), "err": "birthdate"},
                                                               {"row": 12, "card_no": luhn_bad(), "err": "luhn"},
                                                               {"row": 15, "uscc": bad_uscc(), "err": "check char"}]))
    elif variant == "trace":
        segs = T("trace_id=", trace_id(), " span_id=", D("span_id", rnd(HEXL, 16)), " request_id=", req_id("req_"), " ts=", ts_ms(False),
                 " duration_ms=", str(R.randrange(3, 900)), " status=200")
    elif variant == "numbers":
        segs = J({"merchant_no": D("merchant_no", f"1{R.randrange(10 ** 9, 10 ** 10)}"[:10]), "terminal": f"T{R.randrange(10 ** 6, 10 ** 7)}",
                  "batch": digits16(), "hotline": hotline(), "sdk_version": version()}, compact=True)
    elif variant == "invoice":
        segs = T("<Invoice><Code>", D("invoice_no", f"0{R.randrange(10 ** 10, 10 ** 11)}"), "</Code><Number>",
                 D("invoice_no", f"{R.randrange(10 ** 7, 10 ** 8)}"), "</Number><CheckCode>", D("invoice_check", f"{R.randrange(10 ** 19, 10 ** 20)}"),
                 "</CheckCode><Amount>1280.00</Amount></Invoice>")
    elif variant == "bad_hk_tw":
        segs = table([["row", "hkid", "twid", "error"], ["7", D("hkid_bad", MK.hkid_bad()), D("twid_bad", MK.twid_bad()), "check digit mismatch"]])
    elif variant == "digits11":
        segs = J({"account_id": D("digits11_not_mobile", f"1{pick('012')}{R.randrange(10 ** 8, 10 ** 9)}"), "region_code": "330106",
                  "cost_center": D("digits", f"{R.randrange(10 ** 9, 10 ** 10)}"), "sms_sign": "【某某科技】"}, compact=True)
    elif variant == "version":
        segs = T("User-Agent: MicroMessenger/8.0.", str(R.randrange(40, 60)), " NetType/WIFI Language/zh_CN\nX-Client-Version: ", version(),
                 "\nX-Device-Id: ", uuid(), "\nX-Timestamp: ", ts_ms(False))
    elif variant == "sql_ids":
        segs = T("SELECT * FROM orders WHERE order_no IN ('", order_no(), "', '", order_no(), "') AND created_at > ", ts_s(False), ";")
    else:
        segs = J({"msg": "\u8ba2\u5355\u5df2\u53d1\u8d27", "order_no": order_no(), "express": tracking_no(), "ts": ts_ms()}, True)
    return "neg_ids", render(segs), "en"


def neg_base64() -> Doc:
    """Base64 blobs (not decoded, even when they hold a record) and JWT headers alone."""
    variant = turn("neg_b64", ["record", "image", "jwt_header", "attachment", "audio"])
    if variant == "record":
        rec = json.dumps({"name": zh_name(), "mobile": mobile(), "id": MK.id18()}, ensure_ascii=False)
        segs = J({"payload": b64blob(rec), "encoding": "base64", "ts": ts_ms()})
    elif variant == "image":
        segs = T("{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,", b64blob(rnd(ALNUM, 90)), "\"}}")
    elif variant == "jwt_header":
        head = _b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": rnd(HEXL, 8)}, separators=(",", ":")).encode())
        segs = T("token 只截到了头部：", D("jwt_header", head), "，后面的签名部分日志里被截断了")
    elif variant == "attachment":
        rec = "姓名,手机\n" + zh_name() + "," + mobile()
        segs = J({"filename": "list.csv", "content_base64": b64blob(rec), "size": R.randrange(100, 999)}, compact=True)
    else:
        segs = J({"type": "input_audio", "input_audio": {"data": b64blob(rnd(ALNUM, 80)), "format": "wav"}}, compact=True)
    return "neg_base64", render(segs), None


def neg_logs() -> Doc:
    """Logs and metrics with numbers and ids and no personal data."""
    variant = turn("neg_logs", ["metrics", "k8s", "gc", "queue", "usage"])
    if variant == "metrics":
        segs = T('http_requests_total{method="POST",route="/api/v1/customer",status="201"} ', str(R.randrange(10 ** 4, 10 ** 6)),
                 "\nhttp_request_duration_seconds_bucket{le=\"0.5\"} ", str(R.randrange(10 ** 3, 10 ** 5)))
    elif variant == "k8s":
        segs = T("pod/crm-api-", D("pod_hash", rnd("bcdfghjklmnpqrstvwxz2456789", 10)), "-", D("pod_hash", rnd("bcdfghjklmnpqrstvwxz2456789", 5)),
                 " Running 0 3d12h\nimage: registry.example.cn/crm/api@sha256:", sha256())
    elif variant == "gc":
        segs = J({"level": "debug", "ts": ts_ms(), "msg": pick(["\u8bf7\u6c42\u5b8c\u6210", "\u7f13\u5b58\u672a\u547d\u4e2d"]),
                  "latency_ms": R.randrange(3, 500), "trace": trace_id()}, True)
    elif variant == "queue":
        segs = T("consumer-group=order-sync topic=order_created partition=", str(R.randrange(0, 12)), " offset=", str(R.randrange(10 ** 6, 10 ** 8)),
                 " lag=", str(R.randrange(0, 200)), " msg_id=", uuid())
    else:
        segs = J({"id": req_id("chatcmpl-"), "usage": {"prompt_tokens": R.randrange(100, 4000), "completion_tokens": R.randrange(10, 900),
                                                      "total_tokens": R.randrange(4000, 5000)}, "system_fingerprint": "fp_" + rnd(HEXL, 10)}, compact=True)
    return "neg_logs", render(segs), "en"


def neg_prompts() -> Doc:
    """Request bodies that talk about personal data without holding any."""
    variant = turn("neg_prompts", ["regex", "policy", "schema_q", "mask_code", "dpia", "sample"])
    text: Obj = {"regex": "帮我写一个正则，校验18位身份证号（末位可以是X）和11位手机号。",
                 "policy": "根据《个人信息保护法》，收集用户身份证号和银行卡号需要单独同意吗？",
                 "schema_q": "用户表里 phone、id_card、email 三个字段要不要加密存储？用什么算法？",
                 "mask_code": "写个 Python 函数：手机号保留前三后四，中间用*代替；身份证号只保留前六后四。",
                 "dpia": "我们要上线人脸核身，DPIA 报告里“个人敏感信息”一节应该写哪些内容？",
                 "sample": None}[variant]
    ascii_ = R.random() < 0.5
    if text is None:
        text = Raw(T('"', esc(T("生成测试数据时，姓名用", D("placeholder_name", "张三"), "、", D("placeholder_name", "李四"),
                                "这种占位就行，手机号用 138 开头的假号段。"), jstr(ascii_)), '"'))
    body = {"model": pick(["gpt-4o", "qwen-max", "glm-4-plus", "deepseek-chat"]), "temperature": pick([0, 0.2, 0.7]),
            "messages": [{"role": "user", "content": text}]}
    return "neg_prompt", render(J(body, ascii_)), None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_prompts, 6), (neg_tool_calls, 10), (neg_masked, 7), (neg_empty, 10), (neg_placeholders, 9), (neg_ids, 14), (neg_base64, 6),
    (neg_logs, 6),
]


_ESCAPED_CJK = re.compile(r"\\+u[4-9][0-9a-f]{3}|%E[4-9]%|&#x[4-9][0-9A-F]{3};|&#[2-3][0-9]{4};|\\3[45][0-7]")


def _lang(doc: Doc) -> Doc:
    """Chinese written only as escapes is still Chinese: such documents are `mixed`, not `en`."""
    kind, src, lang = doc
    if lang is None and not re.search(r"[\u4e00-\u9fff]", src) and _ESCAPED_CJK.search(src):
        lang = "mixed"
    return kind, src, lang


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return [_lang(d) for d in from_unique_families(FAMILIES, NEG_FAMILIES, R)]


DOCS: list[Doc] = _docs()
