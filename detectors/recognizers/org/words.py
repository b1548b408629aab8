"""The words and characters the walk back from a suffix reads: stop characters and words, field labels, lead
verbs that introduce an organisation, line-of-business words that are nouns inside a name, jieba tags that end
a name, and time words that point.

Kept apart from the walk so that the checks after it (stems, chains, the fixed forms) read the same words
without importing the walk.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon

STOP_CHARS = set("在到于是的了和与及把被给请将向从为由让对跟等或我你他她它们:：，,。；;、!！?？ \t\n\"'“”‘’「」《》<>=")
STOP_CHARS |= set("於與給請將從為讓對們")  # the same words in traditional characters (畢業於, 與)
LABEL_RE = re.compile(
    r"(?:公司名称|单位名称|机构名称|企业名称|工作单位|所在单位|前雇主|雇主|开户行|开户银行|发卡行|收款行|银行名称|"
    r"供应商|客户|甲方|乙方|丙方|委托方|受托方|合作方|原告|被告|上诉人|被上诉人|申请人|被申请人|被执行人|第三人(?!民)|"
    r"当事人|當事人|买方|卖方|出租方|承租方|出租人|承租人|借款人|贷款人|担保人|收款方|付款方|买受人|出卖人|就职于|任职于|毕业于|就读于|供职于|就職於|任職於|畢業於|就讀於|供職於|来自|加入|入职|离职|就职|任职|"
    r"毕业|就读)(?:是|为|:|：)?"
    # nouns that also end or sit inside names (某某企业管理咨询有限公司): labels only with their separator
    r"|(?:名称|企业|机构|单位)(?:是|为|:|：)"
)

GENERIC = {
    "科技", "网络", "信息", "贸易", "物流", "快递", "保险", "投资", "咨询", "上市", "外资", "国有", "民营", "私营", "合资",
    "大型", "小型", "中型", "知名", "当地", "本地", "跨国", "互联网", "软件", "医药", "地产", "房地产", "商业", "股份",
    "总", "子", "分", "母", "空壳", "皮包", "新", "老", "大", "小", "原", "前", "现", "国内", "国外", "海外", "外国",
    "美国", "集团", "控股", "商业银行", "人民", "综合", "专科", "私立", "公立", "三甲", "附属", "重点", "名牌",
    "定点", "指定", "合作", "银行", "医科", "理工", "师范", "管理", "税务", "公安", "市场", "建筑", "技术", "发展",
    "外地", "异地", "外省", "智慧", "数字",
    # the words of legal forms themselves, as prose explains them (KG是两合公司, 有限合伙企业里…)
    "两合", "兩合", "有限", "普通", "特殊普通", "一人", "一人有限", "独资", "獨資", "个人独资", "国有独资", "外商独资",
    "中外合资", "合伙", "合夥", "有限合伙", "普通合伙",
}

# Prepositions that open a clause and never a name (议定：由某某研究院牵头, 被某某公司起诉).
_CLAUSE_PREPS = frozenset("由被经据")  # 据某某集团官方消息: "according to"
# Verbs whose result complement 成 may be read as the first character of the name after them (换成, 改成).
_CHANGE_VERBS = frozenset("换改变写当转签")

# One-character verbs that may sit right before an organisation's place name (来, 去, 到 ...).
_LEAD_SINGLE = set("来去到回往赴在于从给向找跟和与用转交报送寄")

# Tags of set words (青年 t, 自然资源 l, idioms) that name a body's field when they follow its place directly.
_AFTER_PLACE_TAGS = frozenset({"t", "l", "i"})


# First characters of time words that point at a time (今年, 去年, 目前, 近日), never a body's field (青年, 中年).
_DEICTIC = frozenset("今去明前后近当目以现此这那昨上下本每同")


# Times of day and days that open a sentence, never a name (本周五下午某某来访).
_CLOCK_WORDS = frozenset({"上午", "下午", "晚上", "中午", "早上", "凌晨", "傍晚", "今天", "明天", "昨天", "今年", "去年", "明年",
                          "本周", "下周", "上周", "周末"})

# Days of the week (周三, 星期五, 礼拜天): time words that point, never part of a brand.
_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]")


# A verb's measure (查一下, 去一趟, 打一次): it closes the clause's verb, so the name starts after it.
_VERB_MEASURES = frozenset({"一下", "一下子", "一趟"})

# Line-of-business words jieba tags as verbs; inside a company name they are nouns.
INDUSTRY = frozenset(
    ["制造", "发展", "投资",
     # the line of work of public bodies (城市管理行政执法局, 消防救援支队, 发展和改革委员会): jieba tags some as verbs
     "执法", "行政执法", "综合执法", "保障", "退役", "登记", "监察", "督查", "督察", "仲裁", "调解", "救助", "救援", "应急", "改革", "规划",
     "促进", "审批", "建设", "开发", "管理", "服务", "经营", "生产", "设计", "咨询", "运输", "营销", "装饰", "印刷", "加工", "销售", "贸易", "工程", "物流", "科技", "信息", "传媒", "教育", "医药", "能源", "环保", "租赁", "安装", "维修", "培训", "策划", "推广", "检测", "认证", "供应", "实业", "控股", "电子", "商务", "智能", "网络", "技术", "置业", "餐饮", "出版", "广告", "文化", "旅游", "运营", "创新", "创意", "建材", "装备", "电气"]
)
# Two-character nouns that open a company's line of business (食品, 精密, 物业): a brand's last character right before
# one is the brand's (煦和食品集团, 泰和物业), as before an INDUSTRY word.
TRADE_NOUNS = frozenset(
    "食品 精密 机械 材料 新材 生物 医疗 物业 进出 融资 环境 电力 汽车 包装 实业 家居 纺织 化工 电器 光电 农业 矿业 "
    "药业 制药 地产 石化 钢铁 物资 商贸 五金 服饰 影视 酒店 供应 建筑 水务 燃气 环保 光伏 半导".split()
)
# Verbs that introduce an organisation (委托北京市金杜律师事务所) but are tagged vn or nouns.
LEAD_VERBS = frozenset(
    [
        "委托", "聘请", "委任", "委派", "收购", "并购", "加入", "入职", "就职", "任职", "供职", "转诊", "转至", "前往",
        "来自", "联系", "通知", "起诉", "投诉", "签约", "合作", "对接", "拜访", "访问", "参观", "致电",
        "发函", "提交", "选择", "推荐", "代表", "隶属", "属于", "位于", "成立", "注册", "申请", "报考",
        "考入", "进入", "离开", "离职",
        # money paid into an organisation's account (月薪已存入某某银行有限公司戶口, 货款汇入某某有限公司)
        "存入", "汇入", "匯入", "转入", "轉入", "汇给", "匯給", "转给", "轉給", "付给", "付給",
        # one body acting with another (某局会同某局, 由某厅牵头), a certificate's or a letterhead's lead-in (兹证明某某
        # 有限公司, 抬头写某某派出所)
        "会同", "會同", "牵头", "牽頭", "证明", "證明", "写", "寫",
    ]
)
# Single characters (outside any dictionary word) that never sit inside a name.
_STOP_SINGLE = set("这那有做要会能可就都也又还很太再才只说想看去个每些其之而且至往吧呢吗啊呀着过您该本此某各并但却则即更最经致受离趟已须需询以系用")
# Words jieba tags as adverbs or locatives (首都 d, 西部 f) that begin many names (首都医科大学, 西部矿业).
_NAME_WORDS = frozenset(
    {"首都", "中央", "西部", "东部", "南部", "北部", "中部", "南方", "北方", "东方", "西方",
     "市立", "县立", "縣立", "省立", "区立", "區立", "国立", "國立", "私立",
     # disciplines that name a funding body (国家自然科学基金委员会); segmented as set phrases, which end a walk
     "自然科学", "社会科学", "哲学社会科学"}
)

# jieba tags that end a name when read leftwards from its suffix.
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "r", "rr", "rz", "rg", "d", "dg", "y", "e", "o",
              "t", "tg", "f", "ad", "l", "i", "q", "zg", "h", "k"}
_SOFT_STOP_TAGS = {"t", "tg", "f", "l", "i", "q"}
# Tags that make a stem specific: a place, a person or brand name, an abbreviation.
_NAMED_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "nrj"}


def _word_stop(text: str, i: int) -> bool:
    """A stop character that sits inside a word of the name (华为, 协和) does not stop it."""
    return lexicon.inside_word(text, i) and text[i - 1 : i + 1] not in _STOP_WORDS and text[i : i + 2] not in _STOP_WORDS


_STOP_WORDS = {"于是", "由于", "对于", "关于", "为了", "因为", "作为", "成为", "认为", "是在", "在于", "和在", "的是", "来自", "给我", "我们", "他们", "你们", "她们"}
