"""Round 11 blind corpus: full names in running prose whose cue is not one of the recognizer's labels.

Why: the PERSON recognizer finds a full name after a form label (联系人：) or before a title (经理), but
running prose introduces people in other ways: a verb that hands something to someone (改为 / 换成 / 交给 /
转告 / 委托 + name), a job title or role noun written before the name (理赔专员 + name), 实名 / 原名 /
化名 + name, a name before 老人 / 同志 / 家属 / 本人 or before a news or obituary verb at the start of a
sentence, name + 的 + a personal document (社保卡, 医保, 户口), the first member of a 、-list after
请 / 让 / 通知, reduplicated given names (ABB), and a kinship prefix before a full name (其父 + name,
surname + 母 + name). About a third of the documents have no gold: the same shapes with ordinary words that
start with a surname character (改为高速, 实名认证, 独居老人, 我的社保卡, 其父母, 22时许, 请财务部、人事部).

Written from the labeling conventions only (/work/shared/eval/README.md) before the detector was run on
it: the name as written; a full name followed by a title is labeled as the name only; a kinship prefix
(其父, 胞弟) is not part of the name. Names come from Faker (zh_CN, zh_TW) and a hand-made list of
reduplicated given names; the output follows only the seed.

    python -m bench.eval.blind.round11_prose       # writes bench/eval/corpus/blind-round11n.jsonl
    python -m bench.eval.blind.build --round11n    # the same, wired like the other rounds
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from faker import Faker

from bench.eval.blind.build import unique_records
from bench.eval.blind.round7_people import Doc

SEED = 111111
SPLIT = "round11n"
OUT = Path(__file__).resolve().parents[1] / "corpus" / "blind-round11n.jsonl"
POS_COPIES = 10
NEG_COPIES = 9

ZH = Faker("zh_CN")
TW = Faker("zh_TW")

# ------------------------------------------------------------------------------------------------ pools
DOUBLED = ["菲菲", "晶晶", "丹丹", "婷婷", "莹莹", "欢欢", "乐乐", "朵朵", "甜甜", "楠楠", "佳佳", "媛媛", "琳琳",
           "露露", "倩倩", "明明", "亮亮", "萌萌", "圆圆", "可可", "笑笑", "童童", "彤彤", "瑶瑶"]
HANDOVER_VERBS = ["改为", "换成", "变更为", "调整为", "交给", "转交", "委托", "转告", "告知", "派", "安排", "指定"]
ROLES = ["理赔专员", "客户经理", "业务员", "理赔员", "班主任", "辅导员", "主治医生", "护士长", "客服专员", "工程师",
         "律师", "设计师", "审计师", "保险顾问", "房产经纪人", "专属顾问", "责任护士", "值班医生", "网格员", "社工",
         "驾驶员", "质检员", "讲解员", "售后工程师"]
ALIAS = ["实名", "本名", "原名", "真名", "曾用名"]
ELDER = ["老人", "老先生", "老太太", "同志", "本人", "家属", "一家", "的家属"]
NEWS_VERBS = ["介绍说", "告诉记者", "坦言", "回忆道", "表示", "透露", "于昨日病逝", "因病医治无效", "荣获",
              "当选为", "被评为", "事迹感人"]
DOCS = ["社保卡", "身份证", "银行卡", "医保卡", "手机号", "户口", "病历", "简历", "工资卡", "公积金账户",
        "养老金", "驾驶证", "学籍", "档案"]
KIN = ["其父", "其母", "之子", "之女", "胞弟", "胞姐", "其妻", "其夫", "长子", "次女"]


def name(r: random.Random) -> str:
    """A full Chinese name: simplified mostly, sometimes a Taiwanese one."""
    return ZH.name() if r.random() < 0.8 else TW.name()


def doubled(r: random.Random) -> str:
    """A surname with a reduplicated given name (ABB), as parents often name children."""
    return ZH.last_name() + r.choice(DOUBLED)


def date(r: random.Random) -> str:
    return f"{r.randint(2024, 2027)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


# -------------------------------------------------------------------------------------------------- positives
def handover(r: random.Random) -> Doc:
    d = Doc("handover_verb")
    d.t(r.choice(["帮我把这条通知改得正式一点：", "润色：", "把这句话翻成英文："]))
    v = r.choice(HANDOVER_VERBS)
    d.t(r.choice(["项目的对接人", "这批订单的跟单员", "三号仓的钥匙", "下周的值班", "这个客户"]))
    d.t(r.choice(["从即日起", "下个月起", "临时", ""]))
    d.t(v).p(name(r)).t(r.choice(["负责。", "，有问题直接打他电话。", "，原来的安排作废。", "。"]))
    d.t(r.choice(["另外麻烦通知", "顺便转告", "记得告诉"])).p(name(r)).t(r.choice(["一声。\n", "明早九点开会。\n"]))
    return d


def role_before(r: random.Random) -> Doc:
    d = Doc("role_before_name")
    a = name(r)
    d.t(r.choice(["帮我回复这条短信：", "这段话通顺吗？", ""]))
    d.t(r.choice(["您好，我是", "你好，我是贵司的", "本次服务由", "您的"])).t(r.choice(ROLES)).p(a)
    d.t(r.choice(["，您的案件已经受理。", "，稍后给您回电。", "为您服务。", "，请问现在方便通话吗？"]))
    if r.random() < 0.5:
        d.t("如有疑问也可以联系" + r.choice(ROLES)).p(name(r)).t("。")
    d.t("\n")
    return d


def alias(r: random.Random) -> Doc:
    d = Doc("alias_name")
    d.t(r.choice(["核对一下订单信息：", "帮我整理成表格：", ""]))
    d.t(r.choice(["买家", "收件方", "该用户", "这位作者", "申报人"])).t(r.choice(ALIAS)).p(name(r))
    d.t(r.choice(["，已通过人脸核验。", "，与预留信息一致。", "，笔名另有记录。", "，请勿外传。"]))
    d.t("\n")
    return d


def elder(r: random.Random) -> Doc:
    d = Doc("elder_news")
    a, b = name(r), name(r)
    d.t(r.choice(["把这段讣告改得庄重些：", "帮我缩写这条社区新闻：", ""]))
    d.p(a).t(r.choice(ELDER)).t(r.choice([f"于{date(r)}安详离世，享年{r.randint(78, 99)}岁。",
                                         "昨天收到了社区送来的慰问金。", "向街道捐赠了一批书籍。"]))
    d.p(b).t(r.choice(NEWS_VERBS)).t(r.choice(["，这份荣誉属于整个团队。", "。", "，当天的情况非常危急。"]))
    d.t("\n")
    return d


def own_document(r: random.Random) -> Doc:
    d = Doc("name_own_document")
    d.t(r.choice(["帮我写个办事指南：", "客服工单摘要：", ""]))
    d.p(name(r)).t("的" + r.choice(DOCS)).t(r.choice(["需要重新激活", "信息有误，需本人到柜台更正", "已经补办好了",
                                                  "还没迁过来"])).t("，")
    d.t(r.choice(["请尽快处理。", "麻烦跟进一下。", "下周再来取。"])).t("\n")
    return d


def list_first(r: random.Random) -> Doc:
    d = Doc("list_first_member")
    names = [name(r) for _ in range(r.randint(2, 4))]
    d.t(r.choice(["帮我把这条通知发到群里：", "改成英文：", ""]))
    d.t(r.choice(["请", "让", "通知", "由", "麻烦"]))
    for i, n in enumerate(names):
        if i:
            d.t("、")
        d.p(n)
    d.t(r.choice([f"{len(names)}位同志明早八点到会议室。", "带好材料到三楼报到。", "几户尽快缴纳物业费。",
                  "负责本周的卫生检查。"])).t("\n")
    return d


def reduplicated(r: random.Random) -> Doc:
    d = Doc("reduplicated_given")
    d.t(r.choice(["把这份名单整理成表格：\n", "帮我核对家长联系表：\n"]))
    for i in range(r.randint(2, 3)):
        sep = r.choice([" 家长：", "（家长：", " 监护人："])
        d.t(f"{i + 1}. ").p(doubled(r)).t(sep).p(name(r)).t("）\n" if sep.startswith("（") else "\n")
    return d


def reduplicated_prose(r: random.Random) -> Doc:
    d = Doc("reduplicated_prose")
    a = doubled(r)
    d.t(r.choice(["帮我写个表扬稿：", "整理一下这段家长留言：", ""]))
    d.t(r.choice(["这学期", "今天下午", "运动会上"])).p(a).t(r.choice(["主动帮同学补课", "拿了跳绳第一名",
                                                                   "把捡到的钱包交给了老师"]))
    d.t("，" + r.choice(["值得表扬。", "大家都为她鼓掌。"])).t("\n")
    return d


def kinship(r: random.Random) -> Doc:
    d = Doc("kinship_prefix")
    a = name(r)
    d.t(r.choice(["帮我把这段材料整理成表格：", "核对一下登记信息：", ""]))
    if r.random() < 0.5:
        d.t(r.choice(["紧急联系人：", "监护人：", "陪同人员："])).t(a[0] + r.choice("父母")).p(a)
    else:
        d.t(r.choice(["申请人", "患者", "当事人"])).p(name(r)).t("，" + r.choice(KIN)).p(a)
    d.t(r.choice(["，电话见附表。", "，已签字确认。", "，现居外地。"])).t("\n")
    return d


def police_report(r: random.Random) -> Doc:
    d = Doc("time_then_name")
    d.t("把这段警情通报改写成新闻稿：")
    d.t(f"{r.randint(1, 12)}月{r.randint(1, 28)}日{r.randint(0, 23)}" + r.choice(["时许", "时左右", "时30分许"]))
    d.t("，").p(name(r)).t(r.choice(["驾驶一辆货车", "报警称", "在小区门口"])).t("途经此处，")
    d.t(r.choice(["民警迅速赶到现场。", "随后被送往医院救治。"])).t("\n")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    handover, role_before, alias, elder, own_document, list_first, reduplicated, reduplicated_prose, kinship,
    police_report,
]


# -------------------------------------------------------------------------------------------------- negatives
def neg_handover(r: random.Random) -> Doc:
    d = Doc("neg_handover_words")
    d.t(r.choice(["润色：", "帮我改得简洁些：", ""]))
    d.t(r.choice(["出行方式", "付款方式", "会议形式", "交货地点"])).t(r.choice(["改为", "换成", "调整为"]))
    d.d("surname_word", r.choice(["高速大巴", "现金支付", "线上视频", "江北仓库", "常规快递", "周末上午"]))
    d.t("，" + r.choice(["材料交给", "钥匙转交"])).d("surname_word", r.choice(["前台", "物业", "门卫室", "行政部"]))
    d.t(r.choice(["。", "即可。"])).t("\n")
    return d


def neg_role(r: random.Random) -> Doc:
    d = Doc("neg_role_words")
    d.t(r.choice(["帮我回复：", "这句话通顺吗？", ""]))
    d.t(r.choice(["理赔专员", "客户经理", "班主任", "值班医生", "售后工程师"]))
    d.d("surname_word", r.choice(["会在三个工作日内", "马上联系您", "明天上午", "向您说明", "将于周五"]))
    d.t(r.choice(["回电", "到场", "处理"])).t("，" + r.choice(["律师费另算。", "客服热线全天开通。",
                                                            "工程师证书请随身携带。"])).t("\n")
    return d


def neg_alias(r: random.Random) -> Doc:
    d = Doc("neg_alias_words")
    d.t(r.choice(["帮我写条提醒：", "改成英文：", ""]))
    d.t(r.choice(["买家未完成", "请先完成", "账户需要"])).d("surname_word", r.choice(["实名认证", "实名登记", "实名制"]))
    d.t("，" + r.choice(["原名单作废。", "真名实姓填写。", "昵称可以随时修改。"])).t("\n")
    return d


def neg_elder(r: random.Random) -> Doc:
    d = Doc("neg_elder_words")
    d.t(r.choice(["帮我缩写这条社区新闻：", "把这段话改得正式些：", ""]))
    d.d("surname_word", r.choice(["独居老人", "高龄老人", "空巢老人", "孤寡老人"]))
    d.t(r.choice(["于上周搬进了新养老院", "可申请上门服务", "由社区统一登记"])).t("，")
    d.t(r.choice(["申请人本人", "持卡人本人", "患者家属"])).t(r.choice(["须到场签字。", "可代为办理。"]))
    d.t(r.choice(["许多同志", "全体家属"])).t("表示满意。\n")
    return d


def neg_own_document(r: random.Random) -> Doc:
    d = Doc("neg_own_document")
    d.t(r.choice(["帮我写个办事指南：", "客服工单摘要：", ""]))
    d.t(r.choice(["我的", "孩子的", "本人的", "单位的", "老家的", "公司的"])).t(r.choice(DOCS))
    d.t(r.choice(["需要重新激活", "信息有误", "已经补办好了"])).t("，")
    d.t(r.choice(["其父母", "其本人", "其家属"])).t(r.choice(["须一同到场。", "也可代办。"])).t("\n")
    return d


def neg_list_time(r: random.Random) -> Doc:
    d = Doc("neg_list_time")
    d.t(r.choice(["把这条通知发到群里：", "改成英文：", ""]))
    d.t(f"{r.randint(1, 12)}月{r.randint(1, 28)}日{r.randint(0, 23)}" + r.choice(["时许", "时左右"]))
    d.t("，请" + "、".join(r.sample(["财务部", "人事部", "行政部", "江北片区", "高新区", "金融科", "安全组"], 3)))
    d.t(r.choice(["派人参加消防演练。", "按时提交报表。"])).t("\n")
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_handover, neg_role, neg_alias, neg_elder, neg_own_document, neg_list_time,
]


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-11 prose record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    ZH.seed_instance(seed)
    TW.seed_instance(seed + 1)
    plan = [f for f in POSITIVES for _ in range(POS_COPIES)] + [f for f in NEGATIVES for _ in range(NEG_COPIES)]
    return unique_records(plan, r, SPLIT)


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "PERSON", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
