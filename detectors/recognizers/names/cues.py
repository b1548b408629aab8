"""Chinese word lists that say a person is named nearby: form labels (收件人, 客户), titles (经理, 王总),
characters and words that follow a name (说, 负责, 的手机), clause openings and word tags that are never a name.

Data only, shared by the anchors, the lexical checks and most forms; kept apart so that none of them has to
import another form's module to read a list.
"""
from __future__ import annotations


# Form fields and roles that name exactly one person: 收件人李成 needs no colon.
ROLE_LABELS = (
    "紧急联系人|联系人|联络人|姓名|名字|收件人|收货人|寄件人|发件人|经办人|负责人|出行人|乘机人|申请人|持卡人|开户名|"
    "户名|账户名|法定代表人|法人代表|代表人|借款人|担保人|签字人|审批人|报销人|收款人|付款人|委托人|被保险人|投保人|"
    "受益人|监护人|对接人|接待人|推荐人|介绍人|面试官|候选人|应聘者|记录人|填表人|提交人|处理人|跟进人|乘客|旅客|业主|"
    "租户|房东|患者|病人|学员|车主|户主|房主|持有人|所有人|驾驶人|驾驶员|购买人|购房人|签收人|领取人|参会人|与会人|"
    "出席人|参与人|抄送|收信人|来访人|访客|被申请人|当事人|原告|被告|嫌疑人|证人|法人姓名|代理人|联系人姓名|"
    "收款方|付款方|开户人|账户持有人|转账至|转账给|汇款给|付款给|转给|汇给|经手人|复核人|制表人|验收人|责任人|"
    "发起人|出席人员|参会人员|"
    # meeting minutes, statements and records: who attended, who was asked, who acted for whom
    "参会|出席|缺席|列席|主持人|受托人|受访者|访谈人|采访人|询问人|被询问人|报警人|被执行人|申请执行人|"
    "送货人|值班人|陪同人|记录员|仓管员|领队|导师"
)
# Relations that also precede ordinary words (客户满意, 用户信息): they count only before a
# separator (客户：张三, 用户 侯丽).
RELATION_LABELS = (
    "客户|用户|学生|员工|职员|同事|家长|配偶|父亲|母亲|丈夫|妻子|儿子|女儿|作者|经理|主管|老师|医生|律师|同学|朋友|"
    "先生|女士|销售|客服|法人|会员|买家|卖家|司机|骑手|快递员|致|收|寄|我方|对方|"
    # minutes, contracts, court papers and records: 主持：某某, 乙方：某某, 审判员 某某, 主治医师：某某
    "主持|记录|甲方|乙方|丙方|审判长|审判员|书记员|主治医师|管床医生|直属上级|人民陪审员|陪审员|法官助理|执行员|"
    # round 15n: review and hand-over blocks, records of interviews and repairs (复核：某某, 面谈人：某某)
    "审核|复核|经办|制单|审定|核稿|拟稿|交接人|接收人|监交人|见证人|承办人|协办人|值班领导|值班员|报修人|维修人|"
    "面谈人|面谈对象|创建人|修改人|起草人|编写人"
)
LABELS = ROLE_LABELS + "|" + RELATION_LABELS


_LABEL_SET = frozenset(LABELS.split("|"))
_ROLE_SET = frozenset(ROLE_LABELS.split("|"))
TITLES = (
    "董事长|总经理|副总经理|总监|总裁|经理|主任|处长|局长|科长|部长|厅长|院长|校长|所长|站长|馆长|行长|"
    "书记|秘书|助理|主管|组长|班长|队长|会长|社长|市长|省长|县长|镇长|村长|教授|博士|老师|医生|大夫|护士|"
    "律师|会计|警官|师傅|阿姨|叔叔|同学|先生|女士|小姐|太太|同志|总|工|董|哥|姐|叔|姨|嫂|伯|爷|婶|舅|姑|"
    # how neighbours, staff and customers address people: 王老板, 张大爷, 李教练, 陈记者, 赵工程师, 周师姐
    "老板|大爷|大妈|大姐|大哥|大叔|大婶|奶奶|爷爷|工程师|教练|导演|记者|编辑|主编|师兄|师姐|学长|学姐|厂长|店长|"
    "护士长|夫人|法官|团长|连长|排长|"
    # the same titles as Taiwan and Hong Kong write them
    "董事長|總經理|副總經理|總監|總裁|經理|處長|局長|科長|部長|廳長|院長|校長|所長|站長|館長|行長|組長|班長|"
    "隊長|會長|社長|市長|縣長|鎮長|村長|秘書|助理|醫生|護士|律師|會計|師傅|老師"
)
# What a single-character title must not be followed by (总部, 工作, 姐妹 are words, not titles).
_TITLE_BLOCK = {
    "总": set("部结是共体数额计之算会统理务站价量要得归括"),
    "工": set("作资程厂具业人商序地时艺位会种期伤号单牌科"),
    "董": set("事"),
    "哥": set("们哥"),
    "姐": set("妹们姐弟夫"),
    "叔": set("叔"),
    "姨": set("妈夫"),
    "伯": set("伯父母"),
    "爷": set("爷们"),
    "嫂": set("子"),
    "婶": set("婶子"),
    "舅": set("舅妈父"),
    "姑": set("娘且息妈父嫂爷姑"),
}
# Characters that end a name when they follow it, and never sit inside a given name.
FOLLOW = set("一说的地得了是在和与跟及等也都就还又已把被给对向从到为以于让请叫问找说讲称表示告诉打发来去回看要会能将")
BAD_GIVEN = set(
    "的了是在有和与或及等不也都就而但这那你我他她它们个么之其此被把对从向于以为所着过吗呢吧啊呀哦嗯"
    "再氏些很最更太没别才已将该每各某吃喝拿用做司字第说"
    "上下里外内前后左右年日时分秒号元块角个只条张件次位台辆部本页行列组"
    "省市区县镇乡村路街道巷弄室栋楼层座幢"
)
_FOLLOW_WORDS = (
    "的手机", "的电话", "的身份证", "的地址", "的邮箱", "的微信", "的银行卡", "的账号", "的护照", "的工号", "的工资",
    "的合同", "的订单", "的账户", "的卡号", "的简历", "的病历", "的资料", "的信息", "的车", "的家", "的意见",
    "明天", "今天", "昨天", "后天", "已经", "正在", "刚才", "刚刚", "请假", "出差", "休假", "加班", "提交", "需要",
    "希望", "打算", "准备", "要求", "提出", "发现", "确认", "申请", "报销", "离职", "入职", "住院", "生病", "来电",
    "打电话", "发邮件", "发来", "回复", "负责", "接手", "参加", "出席", "主持", "介绍", "建议", "通知", "同学",
    "下周", "上周", "本周", "下午", "上午", "晚上", "跟进", "处理", "审核", "签署", "到访", "联系", "认为", "强调",
    # someone's contact details: 谁有马某的新号码
    "反映", "投诉", "报名", "报警", "毕业", "下个月", "上个月", "这个月", "今年", "明年", "去年",
    # court papers and visit records: 由审判员某某独任审判, 某某陪同
    "独任", "陪同",
    "的号码", "的新号码", "的手机号", "的电话号码", "的联系方式", "的微信号", "的新手机", "的新电话", "的新地址",
    # an agent introducing themself on a service line: 李娜为您服务
    "为您服务", "为你服务",
    # leave and questions about someone (吴玉兰休年假, 徐丽华是不是拿错了)
    "休年假", "休产假", "请病假", "请年假", "是不是",
    # adverbs and verbs a subject takes in reports and minutes (某某原本打算, 某某向来准时, 某某连夜赶到, 某某首先
    # 通报, 某某时常加班): none of them continues a given name, and each starts a clause
    "原本", "本来", "向来", "首先", "随后", "连夜", "时常", "经常", "常年", "全程", "亲自", "率先", "主动",
    "始终", "曾经", "先后", "当即", "成功", "万分感谢", "宣读", "通报", "评价", "高度评价", "加入", "连续", "安排好",
    "安排了",
    "向大家", "向记者", "向客户", "向会议", "向领导", "向评委", "向公司", "向我们",
)
_SPEECH_WORDS = (
    "说", "表示", "称", "指出", "认为", "告诉", "回复", "反馈", "来电", "致电", "签字", "签名", "同意", "负责",
    "汇报", "发言", "宣布", "补充", "总结",
    # minutes, hand-overs and greetings: 某某列席, 由某某接任, 某某您好
    "列席", "缺席", "接任", "您好", "你好", "则认为", "则表示",
    # reported speech in news and interviews (据某某透露, 某某坦言), and what a named colleague does in a report
    "透露", "坦言", "直言", "笑称", "回忆", "提到", "解释", "坦承", "承认", "感慨", "提醒", "签下", "邀请",
    # what news reports of public figures say they did (某某凭借新片获奖, 某某回应质疑, 某某当选, 某某执导)
    "凭借", "回应", "荣获", "当选", "出任", "执导", "主演", "退役",
    # what someone thinks (某某觉得): a word before it (全家, 项目) is no name, see plausible
    "觉得",
    # what a thinker or writer held or wrote (王安石主张, 某某写道); the parts of a life are _BIO_CUES
    "主张", "写道", "强调", "说过", "曾说",
    # the contrastive 则 after a second speaker in a report (某某表示…；某某则指出): 则 is no given-name character here
    "则指出", "则强调", "则介绍", "则称", "则说",
    # minutes and scripts (round 14n): who kept silent or reported (某某没有发言, 某某作了汇报), a nod in a scene
    "没有发言", "未发言", "作了汇报", "作汇报", "作了发言", "点点头", "点了点头", "摇摇头", "摇了摇头",
)
_AFTER_NAME_WORDS = tuple(w for w in _FOLLOW_WORDS + _SPEECH_WORDS if not w.startswith("的"))
# First characters of the word lists above: ``str.startswith`` with a tuple compares every word, a set
# lookup of one character rules out most places first.
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_NAME_WORDS)
_FOLLOW_FIRST = frozenset(w[0] for w in _FOLLOW_WORDS)
_SPEECH_FIRST = frozenset(w[0] for w in _SPEECH_WORDS)
# Inside a longer run these end a name (余俊补充说, 樊静则认为): every speech word but the one-character 称.
_INNER_SPEECH = ("说",) + tuple(w for w in _SPEECH_WORDS if len(w) >= 2)
_TRIGGER_FIRST = _FOLLOW_FIRST | {w[0] for w in _INNER_SPEECH}


# What 经 (through, after) introduces in records and court papers: right after a name it opens a clause.
_JING_CLAUSES = ("传票", "本院", "审理", "查", "调查", "协商", "鉴定", "批准", "研究", "双方", "公司", "领导", "医院", "诊断",
                 "调解")
# Records and certificates (round 14n): who the person is (某某系本村村民, 兹证明某某系我公司员工), whose child or
# spouse (…系某某之子), and the others with them (某某等人).
_PROSE_IS = ("系本", "系我", "系该", "系其", "等人")
# Where a name found after a right-hand cue may start: the start of a clause (据悉，某某老人; 某某的社保卡).
_PROSE_OPEN = frozenset("，,。！？!?：:；;（(、“\"「 \t\n\u3000")


_QUOTES = set("“”\"'‘’「」『』《》〈〉【】")


# Tags of words that are never a name after a post: verbs, adverbs, pronouns, numerals, time words ...
# (书记强调, 经理马上, 师傅明天).
_NOT_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "t")
