"""Synthetic Chinese / mixed documents with PERSON, ADDRESS and ORG spans and hard negatives.

Why generated rather than written: the recognizers must generalise beyond a few hand-picked
examples, so names, addresses and companies come from Faker (zh_CN, zh_TW, en_US) with a fixed
seed, placed in many sentence frames; hard negatives are ordinary words that start with a
surname character, place names that are not addresses and generic organisation references.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker

Span = tuple[str, int, int]  # (type, start, end)


@dataclass
class Doc:
    """A text with its gold spans and the decoy spans nothing may be reported over."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)
    decoys: list[tuple[int, int]] = field(default_factory=list)

    def add(self, piece: str, kind: str | None = None, decoy: bool = False) -> None:
        start = len(self.text)
        self.text += piece
        if kind:
            self.spans.append((kind, start, len(self.text)))
        if decoy:
            self.decoys.append((start, len(self.text)))


COMPOUND = ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容", "令狐", "澹台", "公孙", "夏侯", "端木", "南宫"]
MINORITY = ["阿卜杜拉", "买买提", "艾尼瓦尔", "古丽", "米热古丽", "热依拉", "艾力", "帕尔哈提", "努尔", "阿依古丽",
            "扎西", "次仁", "卓玛", "多吉", "央金", "格桑", "顿珠", "吐尔逊", "库尔班", "迪丽娜尔", "阿迪力", "玉苏甫"]
LABELS = ["姓名：", "联系人：", "客户：", "客户姓名：", "收件人：", "收件人", "经办人：", "负责人：", "出行人：",
          "申请人：", "持卡人：", "紧急联系人：", "用户 ", "乘客：", "患者姓名：", "法定代表人："]
TITLES = ["总", "经理", "老师", "女士", "先生", "医生", "工", "处长", "主任", "律师", "总监", "姐", "哥", "教授"]
ROADS = ["人民路", "中山路", "解放大道", "建设路", "长江路", "南京西路", "文三路", "深南大道", "金沙江路", "中关村大街",
         "湖滨路", "五一路", "和平路", "迎宾大道", "科技园路", "滨江大道", "体育西路", "天府大道", "红旗街", "幸福巷"]
ESTATES = ["中海国际社区", "绿地世纪城", "国贸大厦", "金融中心", "SOHO现代城", "翠苑三区", "华润城", "万科城",
           "阳光花园", "碧桂园", "保利中心", "世纪广场", "锦绣家园"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "浦发银行", "兴业银行"]
PLACES = ["北京", "上海", "成都", "西安", "深圳", "杭州西湖", "雄安新区", "虹桥站", "中关村", "鼓浪屿", "粤港澳大湾区",
          "东京", "新加坡", "台北", "上海市浦东新区", "海淀区", "南京路", "陆家嘴", "天河区", "五道口"]
GENERIC_ORG = ["本公司", "贵司", "该银行", "贵公司", "我司", "这家医院", "一家科技公司", "该公司", "我们公司", "母公司"]
SURNAME_WORDS = ["王国", "高兴", "于是", "和平", "文件", "成功", "时间", "方面", "向前", "许多", "万一", "关于", "黄金",
                 "白天", "夏天", "周末", "林业", "车间", "牛市", "宋体", "龙头", "包装", "秦腔", "花费", "江山", "杨树",
                 "金融", "安全", "常见", "毛病", "钱包", "范围", "季度", "应该", "任务", "任何", "司机", "程序", "方案",
                 "明白", "阳光", "文明", "高峰", "温泉", "石头", "马上", "高性能", "和谐", "成本", "余额", "严格",
                 "黎明", "邓氏", "孔雀", "曹操", "项目", "齐全", "古老", "沈阳", "高铁", "包括", "江湖", "雷达", "施工"]


class Generator:
    """Builds documents; every call draws from one seeded random stream."""

    def __init__(self, seed: int = 7) -> None:
        self.r = random.Random(seed)
        self.cn = Faker("zh_CN")
        self.tw = Faker("zh_TW")
        self.en = Faker("en_US")
        for i, f in enumerate((self.cn, self.tw, self.en)):
            f.seed_instance(seed + i)

    # -- values ---------------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        k = self.r.random()
        if k < 0.55:
            return self.cn.name(), "cn"
        if k < 0.7:
            return self.tw.name(), "tw"
        if k < 0.8:
            return self.r.choice(COMPOUND) + self.cn.first_name(), "compound"
        if k < 0.9:
            return self.r.choice(MINORITY) + "·" + self.r.choice(MINORITY), "minority"
        return self.cn.last_name() + self.r.choice(["小", "晓", "子", "建", "志"]) + self.cn.first_name()[-1], "cn3"

    def address(self) -> str:
        r = self.r
        parts = []
        if r.random() < 0.7:
            parts.append(self.cn.province())
        parts.append(self.cn.city_name() + "市")
        if r.random() < 0.85:
            parts.append(self.cn.district() + "区")
        k = r.random()
        if k < 0.15:
            parts.append(self.cn.district() + "县" + self.cn.last_name() + r.choice(["家", "庄", "桥"]) + "镇")
            parts.append(self.cn.last_name() + r.choice(["庄", "楼村", "家村", "湾"]) + f"{r.randint(1, 12)}组{r.randint(1, 99)}号")
            return "".join(parts)
        road = r.choice(ROADS) if r.random() < 0.6 else self.cn.street_name()
        parts.append(road)
        if r.random() < 0.2:
            parts.append(f"{r.randint(1, 999)}弄")
        parts.append(f"{r.randint(1, 2999)}号")
        if r.random() < 0.6:
            if r.random() < 0.5:
                parts.append(r.choice(ESTATES))
            parts.append(f"{r.randint(1, 30)}{r.choice(['栋', '号楼', '幢'])}")
            if r.random() < 0.5:
                parts.append(f"{r.randint(1, 6)}单元")
            parts.append(f"{r.randint(1, 33)}{r.randint(1, 9):02d}室")
        elif r.random() < 0.3:
            parts.append(f"{r.choice('ABCD')}座{r.randint(101, 2999)}")
        return "".join(parts)

    def tw_address(self) -> str:
        return self.tw.address().split(" ", 1)[-1]

    def org(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.4:
            return self.cn.company()
        if k < 0.55:
            return r.choice(BANKS) + self.cn.city_name() + r.choice([self.cn.district() + "支行", "分行"])
        if k < 0.7:
            return self.cn.city_name() + "市" + r.choice(["第一人民医院", "中医院", "妇幼保健院", "第二人民医院"])
        if k < 0.8:
            return self.cn.city_name() + r.choice(["大学", "理工大学", "师范学院", "职业技术学院"])
        last = self.en.last_name()
        return f"{last} {r.choice(['Technologies', 'Consulting', 'Holdings', 'Trading'])} {r.choice(['Inc.', 'LLC', 'Corp.', 'Co., Ltd.'])}"

    # -- documents ------------------------------------------------------------------------
    def doc(self) -> Doc:
        d = Doc()
        r = self.r
        for _ in range(r.randint(2, 5)):
            self.r.choice(
                [self._label, self._chat, self._honorific, self._prose, self._addr, self._org, self._english,
                 self._negative, self._negative, self._negative]
            )(d)
            d.add("\n")
        return d

    def _label(self, d: Doc) -> None:
        name, _ = self.person()
        d.add(self.r.choice(LABELS))
        d.add(name, "PERSON")
        d.add(self.r.choice(["\n手机：138****5678", "，电话 请见附件", "（父亲）", "", "\n性别：女"]))

    def _chat(self, d: Doc) -> None:
        a, _ = self.person()
        b, _ = self.person()
        d.add(a, "PERSON")
        d.add("：@")
        d.add(b, "PERSON")
        d.add(" 你把")
        sur = self.cn.last_name()
        d.add(sur + self.r.choice(["老师", "哥", "姐", "工", "医生", "总"]), "PERSON")
        d.add("的手机号发我一下\n")
        d.add(b, "PERSON")
        d.add("：好的，马上发你。\n")

    def _honorific(self, d: Doc) -> None:
        sur = self.cn.last_name()
        k = self.r.random()
        if k < 0.5:
            d.add(self.r.choice(["请", "麻烦", "已通知", "明天和"]))
            d.add(sur + self.r.choice(TITLES), "PERSON")
            d.add(self.r.choice(["确认一下合同。", "过来开会。", "，方案已经发出。"]))
        elif k < 0.75:
            d.add(self.r.choice(["老", "小"]) + sur, "PERSON")
            d.add(self.r.choice(["说这周要加班。", "，你把报表发我。", "明天休假。"]))
        else:
            name = self.cn.name()
            d.add("联系")
            d.add(name, "PERSON")
            d.add(self.r.choice(["经理", "老师", "律师"]) + "处理退款。")

    def _prose(self, d: Doc) -> None:
        name, _ = self.person()
        frame = self.r.choice(
            ["昨天和{}一起去开会。", "{}说这个方案不行。", "请通知{}参加周五的评审。", "{}的手机号是多少？",
             "这个需求由{}负责。", "我已经把文件发给{}了。", "{}表示同意。", "感谢{}的支持！"]
        )
        pre, post = frame.split("{}")
        d.add(pre)
        d.add(name, "PERSON")
        d.add(post)

    def _addr(self, d: Doc) -> None:
        d.add(self.r.choice(["寄回地址：", "收货地址：", "家庭住址：", "请寄到", "公司地址是", "现住址："]))
        d.add(self.tw_address() if self.r.random() < 0.15 else self.address(), "ADDRESS")
        d.add(self.r.choice(["。", "，收件人", "\n", " 邮编 100000。"]))

    def _org(self, d: Doc) -> None:
        d.add(self.r.choice(["工作单位：", "开户行：", "前雇主：", "我在", "供应商是", "合同甲方为"]))
        d.add(self.org(), "ORG")
        d.add(self.r.choice(["。", "工作。", "，合同编号HT-2023-001。", "\n"]))

    def _english(self, d: Doc) -> None:
        first, last = self.en.first_name(), self.en.last_name()
        k = self.r.random()
        if k < 0.4:
            d.add("Summarize the call with ")
            d.add(f"{first} {last}", "PERSON")
            d.add(" of ")
            d.add(self.org() if self.r.random() < 0.3 else f"{self.en.last_name()} Holdings Inc.", "ORG")
            d.add(".")
        elif k < 0.7:
            d.add("Dear ")
            d.add(f"{first} {last}", "PERSON")
            d.add(", thanks for your email.")
        else:
            d.add("Please ask ")
            d.add(f"{self.cn.last_romanized_name()} {self.cn.first_romanized_name()}", "PERSON")
            d.add(" to review the PR.")

    def _negative(self, d: Doc) -> None:
        r = self.r
        w = r.choice(SURNAME_WORDS)
        p = r.choice(PLACES)
        frame = r.choice(
            ["A：下周去{p}出差，顺便去{p2}看看。\nB：{w}的事情怎么样了？", "A：{w}，基本搞定了。",
             "B：好的，{w}就这么定。", "明年{w}的讨论很顺利，部门会在{p}设立办公室。", "{g}的{w}问题已经解决。",
             "地铁3号线在{p}站停运，3月5号恢复。", "请查看第3号文件和{p}的方案。", "{g}最近{w}不错，{p}分部也开了。"]
        )
        text = frame.format(w=w, p=p, p2=r.choice(PLACES), g=r.choice(GENERIC_ORG))
        start = len(d.text)
        d.add(text)
        for token in {w, p, *GENERIC_ORG}:
            i = text.find(token)
            while i >= 0:
                d.decoys.append((start + i, start + i + len(token)))
                i = text.find(token, i + 1)


def generate(n: int, seed: int = 7) -> list[Doc]:
    """``n`` documents from a fixed seed (the same seed always gives the same documents)."""
    g = Generator(seed)
    return [g.doc() for _ in range(n)]
