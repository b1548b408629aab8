"""Round 15n blind corpus: Chinese names in structural positions that say "a person", and their look-alikes.

Why: hold-out PERSON recall is 0.907 and PERSON is its biggest type. Rounds 4-14 covered common labels, titles,
prose cues, speech verbs, chat exports and signatures; the positions below were thin or absent there, and in each
of them the position alone tells a reader the value is a person:

- label: value fields with unusual labels (委托诉讼代理人：某某，律师 / 面谈人：部门 某某 / 人事审核 / 经办 /
  复核 / 监护人 / 紧急联系人 / 收款人户名 / 交接人 / 见证人 / 承办人 / 值班领导);
- court and legal documents: 原告 / 被告 / 第三人 / 法定代表人 lines with 男，汉族 details, and the
  审判长 / 审判员 / 书记员 block closing a judgment;
- git trailers and code comments (Co-authored-by: 某某 <mail>, @author 某某, TODO(某某), 修改人：某某, 审核：老某);
- sign-offs (——行政部 某某 / 某某 敬上 / 此致 敬礼 then the name / 某某 谨启);
- chat system lines (「某某」邀请「某某」加入了群聊 / "某某"撤回了一条消息 / 某某 拍了拍 某某 / 你已添加了某某);
- roster and duty tables (周一（某某）/ 早班：某某；晚班：某某 / 1日 某某);
- 公示 / 任免 lists (某某不再担任…职务 / 聘任某某为… / 免去某某的…职务 / 任命某某同志为…);
- org-chart trees (├─ 某某（副总经理）);
- enumerations mixing titled and bare names (参会：某某女士、某某、某某总监、某某);
- in all of them, given names that are ordinary words (立春, 海波, 建设, 和平).

Labelling judgements, from the conventions only (/work/shared/eval/README.md), written before any detector was
run on this corpus:

- PERSON is the name as written; the label, the department before it (面谈人：人事部 某某), a title after it
  (律师, 女士, 总监, 同志), the bracketed post in an org chart and the quotes of a chat line are not part of it.
- 老某 / 小某 written as a reviewer's name (审核：老周) is labeled whole (tag `honorific`), as in rounds 7 and 14n.
- An e-mail after a git trailer's name is its own EMAIL span.
- No gold (decoys): labels with placeholders or non-person values (经办：柜台, 复核：系统自动, 监护人：父母,
  审判长：（签名）), departments in roster and org-chart cells, masked names (张某, 李某某), system chat lines
  with no member named, role enumerations (各部门负责人、财务总监), and surname-led words in these positions
  (王国, 高兴, 于是, 和平, 文明 used as words).

Names are invented: Faker zh_CN, seeded, and hand-made pools of given names that are words, combined at random.
About a third of the documents have no gold.

    python -m bench.eval.blind.build --round15n     # writes bench/eval/corpus/blind-round15n.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import EMAIL, PERSON, PHONE

SEED = 151507
R = random.Random(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED)

Doc = tuple[str, str, str | None]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn

SUR = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "林", "何", "郭", "罗",
       "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
       "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任",
       "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱",
       "高", "于", "万", "易", "常", "武", "文", "车", "艾", "齐", "柏", "向", "牛", "车"]
WORDY_GIVEN = ["建设", "和平", "春风", "海波", "立春", "小雨", "红梅", "国庆", "晓光", "东方", "振华", "文化",
               "光明", "胜利", "永安", "新民", "爱国", "丽华", "建军", "秋实", "长江", "雪松", "晨曦", "远航",
               "明月", "平安", "美玲", "建华", "志强", "德胜"]
DEPTS = ["财务部", "人力资源部", "市场部", "研发中心", "采购部", "法务部", "客服中心", "信息技术部", "行政部",
         "审计部", "品牌部", "供应链部", "质量部", "工程部", "安保部"]
POSTS = ["副总经理", "财务总监", "技术总监", "行政经理", "董事会秘书", "总工程师", "销售副总裁", "人事主管",
         "运营总监", "首席架构师"]
TOPICS = ["年度预算", "系统迁移", "供应商评审", "合同续签", "安全检查", "仓库盘点", "招聘计划", "数据治理",
          "成本核算", "办公室搬迁"]


def _given() -> str:
    g = ZH.first_name()
    return g if len(g) <= 2 else g[:2]


def zh() -> str:
    return pick(SUR) + _given()


def wordy() -> str:
    return pick(SUR) + pick(WORDY_GIVEN)


def anyname() -> str:
    return wordy() if R.random() < 0.45 else zh()


def some(n: int, make: Callable[[], str] = anyname) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        v = make()
        if v not in out and all(v[0] != o[0] for o in out):
            out.append(v)
    return out


def P(v: str) -> str:
    return PERSON(v)


def H(v: str) -> str:
    return PERSON(v, "honorific")


def dk(kind: str, v: str) -> str:
    return f"[[{kind}:{v}]]"


def phone() -> str:
    return PHONE(values.cn_mobile(R))


def date() -> str:
    return f"{R.randint(2025, 2027)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def ymd() -> str:
    return f"{R.randint(2025, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def birth() -> str:
    return f"{R.randint(1958, 1999)}年{R.randint(1, 12)}月{R.randint(1, 28)}日出生"


# ------------------------------------------------------------------------------------------------ positives
def odd_labels() -> Doc:
    a, b, c = some(3)
    d = pick(DEPTS)
    form = turn("labels", [
        f"委托诉讼代理人：{P(a)}，律师。\n委托诉讼代理人：{P(b)}，律师助理。",
        f"面谈人：{d} {P(a)}\n面谈对象：{P(b)}\n面谈时间：{date()}",
        f"人事审核：{P(a)}    部门负责人：{P(b)}    总经理审批：{P(c)}",
        f"经办：{P(a)}　复核：{P(b)}　主管：{P(c)}",
        f"监护人：{P(a)}（母亲）\n联系电话：{phone()}",
        f"紧急联系人：{P(a)}，关系：配偶，电话：{phone()}",
        f"收款人户名：{P(a)}\n开户行：见附件\n用途：差旅报销",
        f"交接人：{P(a)}\n接收人：{P(b)}\n监交人：{P(c)}",
        f"见证人：{P(a)}（签字）\n日期：{date()}",
        f"承办人：{P(a)}；协办人：{P(b)}。",
        f"今日值班领导：{P(a)}；值班员：{P(b)}、{P(c)}。",
        f"验收人：{P(a)}   验收结论：合格",
        f"面试官：{P(a)}、{P(b)}\n候选人：{P(c)}\n岗位：{pick(POSTS)}",
        f"报修人：{d} {P(a)}，分机 {R.randint(2000, 8999)}。维修人：{P(b)}。",
    ])
    return "odd_labels", form, None


def court() -> Doc:
    a, b, c, d, e = some(5)
    f = some(1, zh)[0]
    form = turn("court", [
        f"原告：{P(a)}，男，汉族，{birth()}。\n被告：{P(b)}，女，汉族，{birth()}。",
        f"原告：{P(a)}，女，{birth()}。\n委托诉讼代理人：{P(c)}，律师。\n被告：{P(b)}，男，{birth()}。\n"
        f"第三人：{P(d)}，男，{birth()}。",
        f"审　判　长　{P(a)}\n审　判　员　{P(b)}\n人民陪审员　{P(c)}\n\n{date()}\n\n书　记　员　{P(d)}",
        f"审判长 {P(a)}\n审判员 {P(b)}\n审判员 {P(c)}\n书记员 {P(e)}",
        f"申请人{P(a)}与被申请人{P(b)}劳动争议一案，本院受理后依法组成合议庭。",
        f"上诉人（原审被告）：{P(a)}，男，{birth()}。\n被上诉人（原审原告）：{P(b)}，女，{birth()}。",
        f"法定代表人：{P(f)}，职务：董事长。\n委托代理人：{P(a)}，公司员工。",
        f"本案由审判员{P(a)}独任审理，书记员{P(b)}担任记录。",
        f"证人{P(a)}出庭作证，称{date()}曾见到被告{P(b)}在现场。",
    ])
    return "court", form, None


def code() -> Doc:
    a, b, c = some(3, zh)
    s = pick(SUR)
    mail = f"{ZH.user_name()}@{pick(['example.com', 'corp.example.cn', 'dev.example.org'])}"
    form = turn("code", [
        f"fix(auth): 修复登录超时\n\nCo-authored-by: {P(a)} <{EMAIL(mail)}>",
        f"/**\n * 订单导出工具\n * @author {P(a)}\n * @since {ymd()}\n */",
        f"# TODO({P(a)}): 这里的重试次数改成可配置\nretry = 3",
        f"/* 修改人：{P(a)} {ymd()} 修改原因：兼容旧接口 */",
        f"// 审核：{H('老' + s)}\n// 作者：{P(b)}",
        f"-- 创建人: {P(a)}\n-- 创建日期: {ymd()}\nSELECT id, status FROM orders;",
        f"Reviewed-by: {P(a)}\nSigned-off-by: {P(b)} <{EMAIL(mail)}>",
        f"# 负责人 {P(a)}，有问题找 {P(c)}\nTIMEOUT = 30",
    ])
    return "code", form, None


def signoff() -> Doc:
    a = anyname()
    d = pick(DEPTS)
    form = turn("signoff", [
        f"请各部门于本周五前提交{pick(TOPICS)}材料。\n\n——{d} {P(a)}",
        f"感谢您一直以来的支持！\n\n{P(a)} 敬上\n{date()}",
        f"以上情况，特此报告。\n\n此致\n敬礼！\n\n{P(a)}\n{date()}",
        f"如有不妥之处，敬请指正。\n\n{P(a)} 谨启",
        f"望批准为盼。\n\n申请人：{P(a)}\n{date()}",
        f"祝好，\n{P(a)}\n{d}",
        f"今天先到这里，辛苦了。\n——{P(a)}",
    ])
    return "signoff", form, None


def chat_system() -> Doc:
    a, b, c = some(3)
    form = turn("chat_sys", [
        f"「{P(a)}」邀请「{P(b)}」加入了群聊",
        f"\"{P(a)}\"撤回了一条消息\n{P(b)}：刚才发错群了吧",
        f"{P(a)} 拍了拍 {P(b)}\n{P(b)}：在的",
        f"你已添加了{P(a)}，现在可以开始聊天了。",
        f"{P(a)}邀请{P(b)}、{P(c)}加入了群聊",
        f"{P(a)}修改群名为“{pick(TOPICS)}小组”",
        f"@{P(a)} 合同已经发你邮箱了\n@{P(b)} 明天记得带发票",
        f"“{P(a)}”已成为新群主",
        f"{P(a)} 撤回了一条消息\n{P(b)} 加入了群聊",
    ])
    return "chat_sys", form, None


def roster() -> Doc:
    xs = some(5)
    days = ["周一", "周二", "周三", "周四", "周五"]
    form = turn("roster", [
        "本周值班：" + "，".join(f"{d}（{P(x)}）" for d, x in zip(days, xs)) + "。",
        f"早班：{P(xs[0])}；中班：{P(xs[1])}；晚班：{P(xs[2])}。",
        "值班表\n" + "\n".join(f"{i + 1}日 {P(x)}" for i, x in enumerate(xs[:4])),
        "| 日期 | 值班人 |\n|---|---|\n" + "\n".join(f"| {d} | {P(x)} |" for d, x in zip(days, xs[:3])),
        f"保洁轮值：周一至周三 {P(xs[0])}，周四至周五 {P(xs[1])}。",
        f"{days[0]}：{P(xs[0])}\n{days[1]}：{P(xs[1])}\n{days[2]}：{P(xs[2])}",
    ])
    return "roster", form, None


def appointments() -> Doc:
    a, b, c = some(3)
    p1, p2 = R.sample(POSTS, 2)
    form = turn("appoint", [
        f"经研究决定：{P(a)}不再担任{p1}职务；聘任{P(b)}为{p2}。",
        f"任免通知\n一、任命{P(a)}同志为{pick(DEPTS)}{p1}；\n二、免去{P(b)}同志的{p2}职务。",
        f"公示名单：{P(a)}、{P(b)}、{P(c)}。公示期{R.randint(5, 7)}个工作日。",
        f"聘任{P(a)}为公司{p1}，聘期三年。",
        f"根据工作需要，{P(a)}同志调任{pick(DEPTS)}{p1}，{P(b)}同志接任。",
        f"拟提任人选：{P(a)}，现任{p2}。",
        f"免去{P(a)}的{p1}职务，另有任用。",
    ])
    return "appoint", form, None


def org_chart() -> Doc:
    xs = some(4)
    p = R.sample(POSTS, 4)
    form = turn("org", [
        f"总经理 {P(xs[0])}\n├─ {P(xs[1])}（{p[1]}）\n├─ {P(xs[2])}（{p[2]}）\n└─ {P(xs[3])}（{p[3]}）",
        f"{pick(DEPTS)}\n├── {p[0]}：{P(xs[0])}\n│   └── {p[1]}：{P(xs[1])}\n└── {p[2]}：{P(xs[2])}",
        f"- {P(xs[0])}（{p[0]}）\n  - {P(xs[1])}（{p[1]}）\n  - {P(xs[2])}（{p[2]}）",
        f"汇报线：{P(xs[0])} → {P(xs[1])} → {P(xs[2])}",
    ])
    return "org", form, None


def mixed_enum() -> Doc:
    a, b, c, d = some(4)
    form = turn("enum", [
        f"参会：{P(a)}女士、{P(b)}、{P(c)}总监、{P(d)}",
        f"出席：{P(a)}、{P(b)}经理、{P(c)}；列席：{P(d)}。",
        f"抄送：{P(a)}，{P(b)}主任，{P(c)}",
        f"本次评审专家：{P(a)}教授、{P(b)}、{P(c)}研究员。",
        f"获奖名单：{P(a)}、{P(b)}、{P(c)}、{P(d)}（排名不分先后）",
        f"缺席：{P(a)}（病假）、{P(b)}（出差）",
    ])
    return "enum", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (odd_labels, 14), (court, 9), (code, 8), (signoff, 7), (chat_system, 9), (roster, 6), (appointments, 7),
    (org_chart, 4), (mixed_enum, 6),
]


# ------------------------------------------------------------------------------------------------ negatives
def sw(v: str) -> str:
    return dk("surname_word", v)


def neg_labels() -> Doc:
    form = turn("neg_labels", [
        "经办：柜台\n复核：系统自动\n主管：（空）",
        "监护人：父母\n紧急联系人：无",
        "人事审核：已通过\n部门负责人：待定",
        "收款人户名：与身份证一致\n开户行：见附件",
        "交接人：（签字）\n接收人：（签字）\n监交人：（签字）",
        "面谈人：人力资源部\n面谈对象：全体新员工",
        f"承办人：{dk('masked_name', '张某')}；协办人：{dk('masked_name', '李某某')}。",
        f"验收结论：{sw('合格')}。验收人：________",
        "见证人：公证处\n日期：____年__月__日",
        f"复核：{sw('高兴')}地通过了",
    ])
    return "neg_labels", form, None


def neg_court() -> Doc:
    form = turn("neg_court", [
        "审　判　长　（签名）\n审　判　员　（签名）\n书　记　员　（签名）",
        f"原告：{dk('masked_name', '王某')}，男。\n被告：{dk('masked_name', '赵某某')}，女。",
        "本案由审判员独任审理，书记员担任记录。",
        "如不服本判决，可在判决书送达之日起十五日内提起上诉。",
        f"{sw('和平')}解决纠纷是双方的共同意愿，{sw('于是')}达成调解协议。",
    ])
    return "neg_court", form, None


def neg_code() -> Doc:
    form = turn("neg_code", [
        "# TODO(perf): 这里的重试次数改成可配置\nretry = 3",
        "/**\n * 订单导出工具\n * @author 平台组\n */",
        "Co-authored-by: dependabot[bot]",
        "// 审核：已通过\n// 作者：见提交记录",
        "-- 创建人: 系统\nSELECT id FROM users;",
    ])
    return "neg_code", form, None


def neg_chat() -> Doc:
    form = turn("neg_chat", [
        "你撤回了一条消息",
        "群主已开启全员禁言",
        "你邀请新成员加入了群聊",
        "「群助手」已成为新群主",
        "@所有人 明天上午九点开会",
        "以下为新消息\n对方已拒收你的消息",
    ])
    return "neg_chat", form, None


def neg_roster() -> Doc:
    form = turn("neg_roster", [
        "本周值班：周一（财务部）、周二（行政部）、周三（全体）。",
        "早班：8:00-16:00；晚班：16:00-24:00。",
        "| 日期 | 值班部门 |\n|---|---|\n| 周一 | 安保部 |\n| 周二 | 工程部 |",
        f"{sw('明天')}起实行轮班，周一至周五各部门轮流。",
    ])
    return "neg_roster", form, None


def neg_appoint() -> Doc:
    form = turn("neg_appoint", [
        "原职务不再保留，聘期三年。",
        "拟提任人选：待定。公示期5个工作日。",
        f"{sw('于是')}原定人选不再担任该职务，{sw('明天')}另行公示。",
        "任命决定自发文之日起生效。",
        "聘任为高级工程师的人员名单另行公布。",
    ])
    return "neg_appoint", form, None


def neg_org() -> Doc:
    form = turn("neg_org", [
        "总经理办公室\n├─ 财务部（5人）\n├─ 行政部（3人）\n└─ 法务部（2人）",
        "- 研发中心（技术总监）\n  - 前端组\n  - 后端组",
        "汇报线：部门经理 → 副总经理 → 总经理",
        "参会：各部门负责人、财务总监、法务、HR",
        "抄送：董事会办公室，总经理，监事会",
    ])
    return "neg_org", form, None


def neg_signoff() -> Doc:
    form = turn("neg_signoff", [
        "感谢您的耐心等待！\n——售后团队 敬上",
        "此致\n敬礼！\n\n人力资源部\n2026年3月1日",
        "祝好，\n市场部全体同事",
        "以上，请查收。\n——行政部",
    ])
    return "neg_signoff", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_labels, 10), (neg_court, 5), (neg_code, 5), (neg_chat, 6), (neg_roster, 4), (neg_appoint, 5),
    (neg_org, 5), (neg_signoff, 4),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()
