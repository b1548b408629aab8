"""Generate the labeled detection corpus (dev and test splits) in the ../shared/eval format.

    python -m bench.eval.generate                # writes bench/eval/corpus/{dev,test}.jsonl
    python -m bench.eval.generate --split dev --n 200 --seed 5 --out /tmp/x.jsonl

Deterministic: the same seed and installed Faker give byte-identical files. Dev and test use different seeds and
partly different templates and word lists (see templates.py, lexicon.py), so scores on test are honest.

After the template documents each split gets `GAP_DOCS` documents for issue 3's evasion gaps
(`generate_gaps`): digits written as look-alike letters (138OO138000, Cyrillic О, l / I / | for 1), base64 of
base64, HTTP Basic credentials, landlines split over a line break and e-mail addresses with internationalised
domains, with the hard negatives a careless fix would flag (ISO codes, C long literals, TW IDs whose letter looks
like a digit, Basic-auth placeholders, @-mentions). They come from a random stream of their own, so the template
documents before them stay byte-identical.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.eval import values as V
from bench.eval.builder import Doc, Gen
from bench.eval.labels import problems
from bench.eval.templates import TEMPLATES, Spec

HERE = Path(__file__).resolve().parent
DEFAULTS = {"dev": (20261130, 3000), "test": (4242, 1500)}
NEGATIVE_SHARE = 0.36
EVASIVE_SHARE = 0.35
MULTI_SHARE = 0.12


def _choose(rng: random.Random, specs: list[Spec]) -> Spec:
    return rng.choices(specs, weights=[s.weight for s in specs])[0]


def generate(split: str, n: int, seed: int) -> list[dict[str, Any]]:
    """n records for split; raises if any record breaks the labeling rules (a generator bug, not bad luck)."""
    rng = random.Random(seed)
    g = Gen(rng, split, seed)
    pos = [s for s in TEMPLATES if split in s.splits and not s.negative]
    neg = [s for s in TEMPLATES if split in s.splits and s.negative]
    out = []
    for i in range(n):
        negative = rng.random() < NEGATIVE_SHARE
        pool = neg if negative else pos
        specs = [_choose(rng, pool)]
        if rng.random() < MULTI_SHARE:
            specs.append(_choose(rng, pool))
        g.evasive = not negative and rng.random() < EVASIVE_SHARE
        d = Doc(kind=specs[0].kind + ("+multi" if len(specs) > 1 else ""), lang=specs[0].lang)
        for j, spec in enumerate(specs):
            if j:
                d.t("\n\n")
            lang_before = d.lang
            spec.fn(g, d)
            if j and d.lang != lang_before:
                d.lang = "mixed"
        rec = d.record(f"{split}-{i:05d}", split)
        bad = problems(rec)
        if bad:
            raise AssertionError(f"{rec['id']} ({rec['kind']}): {bad}")
        out.append(rec)
    return out


# ============================================================================================ evasion gaps
GAP_DOCS = {"dev": 400, "test": 240}
GAP_NEGATIVE_SHARE = 0.4
GAP_TAGS = ("digit_lookalike", "base64_nested", "base64", "basic_auth", "landline_split", "idn_email")
"""Span tags of the gap documents (the shared scorer reports recall per tag only for its own list)."""
ZERO_LOOKS = "OOOOOOOOOooooООООΟΟоо"
"""Letters written for 0: Latin O / o most often, Cyrillic О / о and Greek Ο sometimes."""
ONE_LOOKS = "llllllIII|"


def lookalike(value: str, rng: random.Random) -> str:
    """`value` with one to three of its 0 and 1 digits written as look-alike letters, anywhere in it.

    Positions are drawn from all 0s and 1s (a leading one too: l3800138000), so the corpus measures the
    evasion as people write it, not as a detector prefers it; a bar stands for 1 only between two digits.
    """
    spots = [i for i, c in enumerate(value) if c in "01"]
    chars = list(value)
    for i in sorted(rng.sample(spots, min(len(spots), rng.choice((1, 1, 2, 2, 3))))):
        if chars[i] == "0":
            chars[i] = rng.choice(ZERO_LOOKS)
        else:
            bar_ok = 0 < i < len(chars) - 1 and chars[i - 1].isdigit() and chars[i + 1].isdigit()
            chars[i] = rng.choice(ONE_LOOKS if bar_ok and "|" not in chars else ONE_LOOKS[:-1])
    return "".join(chars)


def _b64(text: str, layers: int) -> str:
    for _ in range(layers):
        text = base64.b64encode(text.encode()).decode()
    return text


def _lookalike_number(g: Gen, d: Doc) -> None:
    """A phone, ID card, bank card or landline with look-alike letters in it (norm: the digits)."""
    kind = g.pick(["phone", "phone", "phone", "id", "card", "landline"])
    if kind == "phone":
        v = V.cn_mobile(g.rng)
        written = f"{v[:3]}{{0}}{v[3:7]}{{0}}{v[7:]}".format(g.pick([" ", "-"])) if g.chance(0.3) else v
        d.t(g.pick(["手机 ", "手机号：", "联系电话 ", "电话：", "Tel: ", "mobile "]))
        d.span("CN_PHONE", lookalike(written, g.rng), ["digit_lookalike"], norm=v)
    elif kind == "id":
        v = V.cn_id18(g.rng, want_x=False)
        d.t(g.pick(["身份证号：", "身份证 ", "证件号码："]))
        d.span("CN_ID_CARD", lookalike(v, g.rng), ["digit_lookalike"], norm=v)
    elif kind == "card":
        brand, v = V.bank_card(g.rng, "unionpay")
        written = V.group_card(v, " ") if g.chance(0.4) else v
        d.t(g.pick(["退款卡号 ", "银行卡：", "卡号 "]))
        d.span("BANK_CARD", lookalike(written, g.rng), ["digit_lookalike"], norm=v, sub=brand)
    else:
        area, num = V.cn_landline(g.rng)
        d.t(g.pick(["座机 ", "办公电话：", "传真 "]))
        d.span("CN_LANDLINE", lookalike(f"{area}-{num}", g.rng), ["digit_lookalike"], norm=area + num)


def gap_lookalike_ticket(g: Gen, d: Doc) -> None:
    d.t(g.pick(["【客服工单】\n客户姓名：", "投诉记录\n客户：", "回访记录\n联系人："]))
    g.person(d, "zh")
    d.t(g.pick(["\n备注：客户把号码写成了字母", "\n客户留的信息如下", "\n（为了躲过审核故意改了几个字）"]))
    for _ in range(g.rng.randint(1, 3)):
        d.t("\n")
        _lookalike_number(g, d)
    if g.chance(0.4):
        d.t("\n台湾客户身份证字号 ")
        letter = "IO"[g.rng.randrange(2)]
        v = V.tw_id(g.rng)
        while v[0] != letter:  # a TW ID whose letter looks like a digit: the letter must stay a letter
            v = V.tw_id(g.rng)
        d.span("TW_ID", v, ["lookalike_prefix"])
    if g.chance(0.4):
        d.t("\n附：公司已通过 ")
        d.decoy("iso_code", g.pick(["ISO9001", "ISO14001", "ISO27001", "ISO 9001:2015", "ISO/IEC 27001"]))
        d.t(" 认证。")
    d.t("\n" + g.pick(["请帮我整理成表格。", "请核对信息是否完整。", "帮我写一段回访话术。"]))


def gap_phone_table(g: Gen, d: Doc) -> None:
    """A markdown table: cells of phones (some with look-alikes) right next to the bars."""
    tight = g.chance(0.5)
    bar, end = ("|", "|\n") if tight else (" | ", " |\n")
    d.t("|姓名|手机|备注|\n|---|---|---|\n" if tight else "| 姓名 | 手机 | 备注 |\n| --- | --- | --- |\n")
    for _ in range(g.rng.randint(2, 4)):
        d.t("|" if tight else "| ")
        g.person(d, "zh")
        d.t(bar)
        v = V.cn_mobile(g.rng)
        if g.chance(0.4):
            d.span("CN_PHONE", lookalike(v, g.rng), ["digit_lookalike"], norm=v)
        else:
            d.span("CN_PHONE", v)
        d.t(bar + g.pick(["老客户", "新客户", "待回访", "VIP"]) + end)
    d.t(g.pick(["请按备注分组。", "帮我去重。"]))


def _inner_secret(g: Gen) -> tuple[str, str, str, str]:
    """(text to encode, type of the value in it, the value, vendor or '')."""
    r = g.rng.random()
    if r < 0.45:
        vendor = g.pick([v for v in V.VENDORS if v not in ("generic", "zhipu")])
        key = V.api_key(g.rng, vendor)
        return f"{g.pick(V.KEY_NAMES[vendor])}={key}", "API_KEY", key, vendor
    if r < 0.65:
        v = V.cn_id18(g.rng)
        return f"{g.pick(['身份证', '证件号', 'id_card:'])} {v}", "CN_ID_CARD", v, ""
    if r < 0.85:
        v = V.cn_mobile(g.rng)
        return f"{g.pick(['客户手机', 'phone:', '联系电话'])} {v}", "CN_PHONE", v, ""
    pw = V.password(g.rng)
    return f"{g.pick(['DB_PASSWORD', 'password', 'REDIS_PASSWORD'])}={pw}", "PASSWORD", pw, ""


def gap_base64(g: Gen, d: Doc) -> None:
    """A secret encoded two or three times (sometimes once, for comparison), or inside an encoded config."""
    text, type_, value, vendor = _inner_secret(g)
    layers = g.pick([1, 2, 2, 2, 3])
    nested = layers > 1
    if nested and g.chance(0.3):  # a config whose value is encoded, then the whole config again
        text = json.dumps({"name": g.pick(["deploy", "etl", "crm"]), "env": _b64(text, 1)})
        layers -= 1
    d.t(g.pick(["排查日志时发现一段编码后的配置：\n", "这个字符串解码后是什么？\n", "CI 变量里存的是：", "decode this please: "]))
    tags = ["base64_nested" if nested else "base64"] + ([vendor] if vendor else [])
    d.span(type_, _b64(text, layers), tags, norm=value)
    d.t(g.pick(["\n谢谢。", "\n", "。"]))


BASIC_PLACEHOLDERS = ["<base64(user:password)>", "$BASIC_AUTH", _b64("user:password", 1), "${BASIC_TOKEN}"]
"""What API documentation writes where the credential goes."""


def gap_basic_auth(g: Gen, d: Doc) -> None:
    user = g.pick([*V.DB_USERS, "zhangwei", "ops", "api", "svc_billing"])
    host = g.pick(
        ["api.example.com", "gateway.corp-example.cn", "registry.example.net:8443", "git.example.org"]
    )
    if g.chance(0.15):  # the key as user and no password, as Stripe takes it
        type_, token, tags = "API_KEY", _b64(V.api_key(g.rng, "stripe") + ":", 1), ["basic_auth", "stripe"]
    else:
        type_, token, tags = "PASSWORD", _b64(f"{user}:{V.password(g.rng)}", 1), ["basic_auth"]
    style = g.pick(["curl", "http", "python", "json", "log"])
    if style == "curl":
        d.t("curl -s -H 'Authorization: Basic ")
        d.span(type_, token, tags)
        d.t(f"' https://{host}/v1/orders\n请帮我看看为什么返回 401。")
    elif style == "http":
        header = g.pick(["Authorization", "Proxy-Authorization"])
        d.t(f"GET /v1/orders HTTP/1.1\nHost: {host}\n{header}: Basic ")
        d.span(type_, token, tags)
        d.t("\nAccept: application/json\n\n这个请求哪里有问题？")
    elif style == "python":
        d.t(f'resp = requests.get("https://{host}/v1/orders", headers={{"Authorization": "Basic ')
        d.span(type_, token, tags)
        d.t('"})\n帮我改成用 session。')
    elif style == "json":
        d.t('{"url": "https://' + host + '/v1/orders", "headers": {"authorization": "Basic ')
        d.span(type_, token, tags)
        d.t('"}}\n请解释这个配置。')
    else:
        d.t(f'[nginx] upstream {host} auth header="Basic ')
        d.span(type_, token, tags)
        d.t('" status=401\n为什么鉴权失败？')
    if g.chance(0.3):
        d.t(f"\n另一个环境用的是 https://{user}:")
        pw = "".join(c if c not in "@:/?#" else "_" for c in V.password(g.rng))
        d.span("PASSWORD", pw, ["uri_userinfo"])
        d.t(f"@{host}/health")
    if g.chance(0.4):
        d.t("\n文档里的示例是 Authorization: Basic ")
        d.decoy("basic_placeholder", g.pick(BASIC_PLACEHOLDERS + [_b64("admin:changeme", 1)]))


def gap_landline_split(g: Gen, d: Doc) -> None:
    """A landline broken over two lines: two chat messages joined, or a wrapped line."""
    area, num = V.cn_landline(g.rng)
    cut = len(num) - 4
    written = g.pick([
        f"{area}-\n{num[:cut]} {num[cut:]}", f"{area}-\n{num}", f"({area})\n{num}",
        f"（{area}）\n{num[:cut]}-{num[cut:]}", f"{area}-{num[:cut]}\n{num[cut:]}", f"{area}\n{num}",
    ])
    d.t(g.pick(["[聊天记录]\n", "客户留言：\n", ""]))
    g.person(d, "zh")
    d.t(g.pick(["：我办公室座机是 ", "：有事打我办公电话 ", "：传真号码 ", "：电话\n"]))
    d.span("CN_LANDLINE", written, ["linebreak", "landline_split"], norm=area + num)
    d.t(g.pick(["\n工作日都在。", "\n（上一条发错了）", "\n谢谢"]))


def gap_idn_email(g: Gen, d: Doc) -> None:
    """E-mail addresses with an internationalised domain: Chinese labels (norm: punycode) or punycode itself.

    Chinese local parts and Chinese top-level domains (张伟@例子.公司) are tested in tests/detectors, not here:
    labels.py checks e-mail values against an ASCII shape, and neither has an ASCII form to put in `norm`.
    """
    for _ in range(g.rng.randint(1, 2)):
        local = g.pick(["zhang.wei", "li.na", "service", "hr", "wang_fang", "sales01"])
        label = g.pick(["例子", "示例", "测试", "公司名", "样例网", "中文域名"])
        tld = g.pick(["com", "cn", "net", "com.cn"])
        puny = label.encode("idna").decode()
        d.t(g.pick(["\n联系邮箱：", "\n请发邮件到 ", "\nEmail: ", "\n抄送 "]))
        if g.chance(0.3):
            d.span("EMAIL", f"{local}@{puny}.{tld}", ["idn_email", "punycode"])
        else:
            d.span("EMAIL", f"{local}@{label}.{tld}", ["idn_email"], norm=f"{local}@{puny}.{tld}")
    if g.chance(0.5):
        d.t("\n群里有人说：")
        d.decoy("mention", g.pick(["@所有人", "@市场部", "@技术支持", "@行政"]))
        d.t(g.pick([" 明天开会.请准时", " 请查收.谢谢", "：周报已发"]))


def neg_gap_codes(g: Gen, d: Doc) -> None:
    """Letters next to digits that are not numbers in disguise."""
    d.t("产品说明：本公司通过 ")
    d.decoy("iso_code", g.pick(["ISO9001", "ISO14001", "ISO 9001:2015"]))
    d.t(" 认证，销售单 ")
    d.decoy("sales_order", "SO" + V.digits(g.rng, 12))
    d.t("，型号 ")
    d.decoy("model_no", g.pick(["XL-", "IO-", "OL-"]) + V.digits(g.rng, 4) + g.pick(["O", "I", "l"]))
    d.t("。\n代码片段：\nlong expireAt = ")
    d.decoy("long_literal", f"{g.rng.randint(1_700_000_000, 1_799_999_999)}l")
    d.t(";\nint retries = 3;\n")
    d.t(g.pick(["这段代码有什么问题？", "请解释 long 字面量的写法。"]))


def neg_gap_basic(g: Gen, d: Doc) -> None:
    d.t("接口文档：调用时在请求头带上 Authorization: Basic ")
    d.decoy("basic_placeholder", g.pick(BASIC_PLACEHOLDERS))
    d.t("，其中凭证由运维提供。\n")
    d.t(g.pick(["Basic income is discussed in the appendix. ", "Basic training starts Monday. ", ""]))
    d.t(g.pick(["请把这段改写成英文。", "帮我检查措辞。"]))


def neg_gap_mentions(g: Gen, d: Doc) -> None:
    d.t("群聊记录：\n")
    for _ in range(g.rng.randint(2, 3)):
        d.decoy("mention", g.pick(["@所有人", "@市场部", "@技术支持", "@行政", "@财务组"]))
        d.t(g.pick([" 明天开会.请准时\n", " 周报请查收.谢谢\n", "：方案已更新.见附件\n", " 报销单已提交\n"]))
    d.t(g.pick(["请总结群聊要点。", "谁还没回复？"]))


def neg_gap_base64(g: Gen, d: Doc) -> None:
    text = g.pick(["Hello team, the quarterly report is attached. Regards.", "部署完成，所有服务运行正常，无需处理。",
                   "build 2024.10 passed all checks on the staging cluster"])
    d.t("这段编码内容是什么？")
    d.decoy("base64_text", _b64(text, g.pick([2, 3])))


GAP_POSITIVE: list[Callable[[Gen, Doc], None]] = [
    gap_lookalike_ticket, gap_lookalike_ticket, gap_phone_table, gap_base64, gap_base64, gap_basic_auth,
    gap_basic_auth, gap_landline_split, gap_landline_split, gap_idn_email,
]
GAP_NEGATIVE: list[Callable[[Gen, Doc], None]] = [
    neg_gap_codes, neg_gap_basic, neg_gap_mentions, neg_gap_base64,
]


def generate_gaps(split: str, n: int, seed: int, first: int) -> list[dict[str, Any]]:
    """n gap documents numbered from `first`, from a random stream of their own (see module docstring)."""
    rng = random.Random(seed * 7919 + 3)
    g = Gen(rng, split, seed + 1)
    out = []
    for i in range(n):
        negative = rng.random() < GAP_NEGATIVE_SHARE
        fn = rng.choice(GAP_NEGATIVE if negative else GAP_POSITIVE)
        d = Doc(kind=fn.__name__, lang="zh")
        fn(g, d)
        rec = d.record(f"{split}-{first + i:05d}", split)
        tags = sorted({t for s in rec["spans"] for t in s.get("tags", []) if t in GAP_TAGS})
        if tags:  # evasive, even where the shared tag list has no name for the form
            rec["tags"] = sorted(set(rec["tags"]) | set(tags))
            rec["hard"] = True
        bad = problems(rec)
        if bad:
            raise AssertionError(f"{rec['id']} ({rec['kind']}): {bad}")
        out.append(rec)
    return out


def write(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test"], help="only this split (default: both)")
    ap.add_argument("--n", type=int, help="documents (default 3000 dev / 1500 test)")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out", type=Path, help="output file (only with --split)")
    a = ap.parse_args(argv)
    for split in [a.split] if a.split else ["dev", "test"]:
        seed, n = DEFAULTS[split]
        seed_used = a.seed if a.seed is not None else seed
        recs = generate(split, a.n or n, seed_used)
        recs += generate_gaps(split, GAP_DOCS[split] * len(recs) // n, seed_used, len(recs))
        path = a.out if a.out and a.split else HERE / "corpus" / f"{split}.jsonl"
        write(recs, path)
        negs = sum(1 for r in recs if not any(not s.get("optional") for s in r["spans"]))
        spans = sum(len(r["spans"]) for r in recs)
        print(
            f"{split}: {len(recs)} documents, {spans} spans, {sum(len(r['decoys']) for r in recs)} decoys, "
            f"{negs / len(recs):.1%} without gold, {sum(r['hard'] for r in recs)} with evasions -> {path}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
