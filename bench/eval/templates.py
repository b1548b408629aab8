"""Hand-written enterprise document templates: the wording around the labeled values.

Each template is `fn(g, d)`; `TEMPLATES` says which split uses it. Some templates exist only in dev and some only
in test, so the test split contains document shapes the dev split never shows.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from bench.eval import lexicon
from bench.eval.builder import NUMERIC_DECOYS, Doc, Gen

INSTRUCTIONS = {
    "dev": [
        "请帮我写一封回复邮件。",
        "请提取关键字段并输出JSON。",
        "这段话有什么问题？",
        "帮我总结一下要点。",
        "请翻译成英文。",
        "帮我润色一下。",
    ],
    "test": [
        "请把这段内容整理成表格。",
        "帮我检查格式是否规范。",
        "请生成一段客服回复话术。",
        "请用三句话概括。",
        "帮我改写得更正式一些。",
        "请指出其中的风险点。",
    ],
}


def instr(g: Gen, d: Doc) -> None:
    d.t(g.pick(g.half(INSTRUCTIONS)))


def dec(g: Gen, d: Doc, *kinds: str) -> None:
    g.decoy(d, g.pick(kinds) if kinds else "")


# ============================================================================================ positives (zh)
def cs_ticket(g: Gen, d: Doc) -> None:
    d.t(g.pick(["投诉记录 ", "【工单】", "客服工单 #"]))
    dec(g, d, "order_no")
    d.t("\n客户姓名：")
    g.person(d, "zh")
    d.t(g.pick(["\n手机：", "\n联系电话：", "\n手机号码：", "\n电话 "]))
    g.phone(d)
    if g.chance(0.7):
        d.t(g.pick(["\n证件号码：", "\n身份证号：", "\n身份证："]))
        g.id_card(d)
    d.t(
        "\n问题描述："
        + g.pick(["退款一直没有到账", "快递显示已签收但没收到", "会员被重复扣费", "发票抬头开错了"])
    )
    d.t("，关联订单 ")
    dec(g, d, "order_no")
    d.t("，金额")
    dec(g, d, "amount")
    d.t("。")
    if g.chance(0.8):
        d.t(g.pick(["\n寄回地址：", "\n收货地址：", "\n地址："]))
        g.address(d, postcode=True)
        d.t("。")
    if g.chance(0.25):
        d.t(g.pick(["\n客户说账号 ", "\n登录账号："]))
        g.email(d)
        d.t(g.pick([" 密码：", "，密码：", "，密码是 ", " 登录密码："]))
        g.password(d)
        d.t(g.pick(["，一直登录不上。", "。"]))
    if g.chance(0.3):
        d.t("\n客户要求退到银行卡 ")
        g.bank_card(d)
        d.t("。")
    if g.chance(0.3):
        d.t("\n已联系尾号")
        dec(g, d, "masked_phone")
        d.t("的用户，客服热线 ")
        dec(g, d, "hotline")
        d.t("。")
    d.t("\n")
    instr(g, d)


def hr_record(g: Gen, d: Doc) -> None:
    d.t(g.pick(["员工入职登记表\n", "【人事档案】\n", "新员工信息确认：\n"]))
    d.t("姓名：")
    g.person(d, "zh")
    d.t(g.pick(["\n性别：男", "\n性别：女"]) + "\n身份证号码：")
    g.id_card(d)
    d.t("\n手机：")
    g.phone(d)
    if g.chance(0.6):
        d.t("\n邮箱：")
        g.email(d)
    d.t("\n工资卡：")
    g.bank_card(d, "unionpay")
    d.t("（开户行：")
    g.bank_org(d)
    d.t("）")
    d.t("\n现住址：")
    g.address(d, postcode=True)
    d.t("\n紧急联系人：")
    g.person(d)
    d.t(" ")
    g.phone(d)
    if g.chance(0.12):
        d.t("\n原军官证号：")
        g.military_id(d)
    if g.chance(0.3):
        d.t("\nOA初始密码：")
        g.password(d)
    d.t("\n入职日期：")
    dec(g, d, "date")
    d.t("，资产编号 ")
    dec(g, d, "product_code")
    d.t("\n" + g.pick(lexicon.CONFIDENTIAL) + "\n")
    instr(g, d)


def contract(g: Gen, d: Doc) -> None:
    d.t(g.pick(["【机密】", "内部资料 严禁外传\n", ""]) + "采购合同\n合同编号：")
    dec(g, d, "order_no")
    d.t("\n甲方：")
    g.org(d)
    d.t("\n统一社会信用代码：")
    g.uscc(d)
    d.t("\n地址：")
    g.address(d)
    d.t("\n法定代表人：")
    g.person(d, "zh")
    d.t("  联系电话：")
    g.landline(d)
    d.t("\n乙方：")
    g.org(d)
    d.t("\n统一社会信用代码：")
    g.uscc(d)
    d.t("\n联系人：")
    g.person_with_title(d)
    d.t("，手机 ")
    g.phone(d)
    d.t("\n合同总价：")
    dec(g, d, "amount")
    d.t("，签订日期 ")
    dec(g, d, "date")
    d.t("\n开户银行：")
    g.bank_org(d)
    d.t("\n账号：")
    g.bank_card(d)
    d.t("\n（本合同一式两份，")
    dec(g, d, "generic_org")
    d.t("留存一份。）\n")
    instr(g, d)


def chat_log(g: Gen, d: Doc) -> None:
    people: list[str] = []
    for _ in range(2):
        people.append(g.zh_name()[0])
    d.t("以下是群聊记录，" + g.pick(["请总结：", "帮我整理待办：", "哪些信息需要脱敏？"]) + "\n")
    lines = g.rng.randint(4, 7)
    for i in range(lines):
        speaker = people[i % 2]
        d.span("PERSON", speaker)
        d.t("：")
        r = g.rng.random()
        if r < 0.2:
            d.t("我手机号是 ")
            g.phone(d)
            d.t("，有事打我")
        elif r < 0.35:
            d.t("把材料寄到")
            g.address(d)
            d.t("吧")
        elif r < 0.45:
            d.t("找")
            g.person(d, "honorific")
            d.t("签个字就行")
        elif r < 0.55:
            d.t("身份证号我发你：")
            g.id_card(d)
        elif r < 0.65:
            d.t("今天在")
            dec(g, d, "place_name")
            d.t("开会，" + g.pick(["晚点回", "会议号 "]))
            if d.parts[-1].endswith("会议号 "):
                dec(g, d, "meeting_id")
        elif r < 0.75:
            d.t("@")
            g.person(d, "zh")
            d.t(" 你那边进度怎么样？")
        elif r < 0.8:
            d.t(g.pick(["好的", "收到", "没问题"]) + "，")
            dec(g, d, "surname_word")
            d.t("的事情我来跟")
        elif r < 0.85:
            d.t(g.pick(["测试服务器 root 密码：", "VPN 密码是 ", "共享盘密码："]))
            g.password(d)
            d.t("，别外传")
        else:
            d.t("车牌是 ")
            g.plate(d)
            d.t("，在楼下等")
        d.t("\n")
    instr(g, d)


def email_zh(g: Gen, d: Doc) -> None:
    d.t("发件人：")
    g.person(d, "zh")
    d.t(" <")
    g.email(d)
    d.t(">\n收件人：")
    g.person(d, "zh")
    d.t(" <")
    g.email(d)
    d.t(">\n主题：" + g.pick(["关于报价的确认", "发票信息", "面试安排", "项目交接", "对账单"]) + "\n\n")
    g.person(d, "honorific")
    d.t(
        "，您好：\n    "
        + g.pick(["附件是本月的对账单，", "上次沟通的方案已经调整，", "面试时间定在下周三，"])
    )
    d.t("如有疑问请致电 ")
    g.landline(d)
    d.t(" 或手机 ")
    g.phone(d)
    d.t("。\n")
    if g.chance(0.5):
        d.t("发票抬头：")
        g.org(d)
        d.t("，税号 ")
        g.uscc(d)
        d.t("\n")
    d.t("\n此致\n")
    g.person(d, "zh")
    d.t("\n")
    g.org(d)
    d.t("\n地址：")
    g.address(d)
    d.t("\n")
    if g.chance(0.3):
        d.t(g.pick(lexicon.CONFIDENTIAL) + "\n")
    instr(g, d)


def meeting_notes(g: Gen, d: Doc) -> None:
    d.t("会议纪要（")
    dec(g, d, "date")
    d.t("）\n参会人：")
    for i in range(g.rng.randint(2, 4)):
        if i:
            d.t("、")
        g.person(d, g.pick(["zh", "zh", "honorific"]))
    d.t("\n地点：")
    dec(g, d, "place_name")
    d.t("会议室，腾讯会议 ")
    dec(g, d, "meeting_id")
    d.t("\n1. 客户")
    g.org(d)
    d.t("希望" + g.pick(["下月上线", "压缩预算", "增加培训"]) + "，对接人 ")
    g.person_with_title(d)
    d.t("（")
    g.phone(d)
    d.t("）。")
    d.t("\n2. " + g.pick(["于是决定", "关于预算，", "高兴的是，"]) + "合同金额 ")
    dec(g, d, "amount")
    d.t("。")
    d.t("\n3. 下次会议时间 ")
    dec(g, d, "cn_numeral_text")
    d.t("。\n")
    instr(g, d)


def logistics_order(g: Gen, d: Doc) -> None:
    d.t("运单号：")
    dec(g, d, "tracking_no")
    d.t("\n订单号：")
    dec(g, d, "order_no")
    d.t("\n收件人：")
    g.person(d)
    d.t("  电话：")
    g.phone(d)
    d.t("\n收件地址：")
    g.address(d)
    d.t("\n寄件方：")
    g.org(d)
    d.t("  客服：")
    g.landline(d)
    if g.chance(0.6):
        d.t("\n承运车辆：")
        g.plate(d)
        d.t("，司机 ")
        g.person(d, "zh")
        d.t(" ")
        g.phone(d)
    d.t("\n下单时间：")
    dec(g, d, "timestamp")
    d.t("\n")
    instr(g, d)


def bank_statement(g: Gen, d: Doc) -> None:
    d.t("账户交易明细\n户名：")
    g.person(d, "zh")
    d.t("\n卡号：")
    g.bank_card(d)
    d.t("\n开户行：")
    g.bank_org(d)
    d.t("\n证件号：")
    g.id_card(d)
    d.t("\n")
    for _ in range(g.rng.randint(2, 4)):
        dec(g, d, "date")
        d.t("  ")
        if g.chance(0.5):
            d.t("转账至 ")
            g.person(d, "zh")
            d.t(" ")
            g.bank_card(d)
        else:
            d.t("消费 ")
            g.org(d)
        d.t("  ")
        dec(g, d, "amount")
        d.t("\n")
    d.t("对账卡 ")
    dec(g, d, "masked_card")
    d.t("\n")
    instr(g, d)


def travel(g: Gen, d: Doc) -> None:
    d.t("请根据以下信息生成签证材料说明：\n出行人：")
    g.person(d, g.pick(["zh", "zh", "pinyin"]))
    r = g.rng.random()
    if r < 0.3:
        d.t("，护照号 ")
        g.passport(d)
    elif r < 0.5:
        d.t("，港澳通行证 ")
        g.permit(d, "eep")
    elif r < 0.65:
        d.t("，回乡证 ")
        g.permit(d, "hrp")
    elif r < 0.8:
        d.t("，台胞证 ")
        g.permit(d, "mtp")
    else:
        d.t("，Passport No. ")
        g.passport(d)
    if g.chance(0.5):
        d.t("。香港身份证 ")
        g.hk_id(d)
    if g.chance(0.4):
        d.t("。台湾客户身份证字号 ")
        g.tw_id(d)
    if g.chance(0.3):
        d.t("。澳门居民身份证 ")
        g.mo_id(d)
    if g.chance(0.06):
        d.t("。随行人员军官证 ")
        g.military_id(d)
    if g.chance(0.4):
        d.t("。自驾车牌 ")
        g.plate(d)
    d.t("。航班" + g.pick(["CX", "MU", "CA", "CZ", "BR"]) + str(g.rng.randint(100, 999)) + "，预订号")
    dec(g, d, "order_no")
    d.t("，从")
    dec(g, d, "place_name")
    d.t("出发。")


def json_payload(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t('{"ticket_id": "')
    dec(g, d, "uuid")
    d.t('", "customer": {"name": "')
    g.person(d, json_ctx=True)
    d.t('", "id_card": "')
    g.id_card(d)
    d.t('", "mobile": "')
    g.phone(d)
    d.t('", "company": "')
    g.org(d, json_ctx=True)
    d.t('", "address": "')
    g.address(d, json_ctx=True)
    d.t('"}, "amount": "')
    dec(g, d, "amount")
    d.t('", "created_at": ')
    dec(g, d, "timestamp_ms")
    if g.chance(0.3):
        d.t(', "client_ip": "')
        g.ip(d)
        d.t('"')
    d.t(
        "}\n" + g.pick(["请解析这个JSON并生成摘要。", "Extract the customer fields.", "把这个对象转成表格。"])
    )


def english_business(g: Gen, d: Doc) -> None:
    d.lang = "en"
    d.t(
        "Hi "
        + g.pick(["team", "all", "there"])
        + ",\n\nPlease find the onboarding details for our new contact "
    )
    g.person(d, "en")
    d.t(" from ")
    g.org(d)
    d.t(". Email: ")
    g.email(d)
    d.t(", office phone ")
    g.landline(d)
    d.t(", mobile ")
    g.phone(d)
    d.t(".\n")
    if g.chance(0.5):
        d.t("Shipping address: ")
        g.address(d)
        d.t(".\n")
    if g.chance(0.4):
        d.t("US office: ")
        g.en_address(d)
        d.t(".\n")
    if g.chance(0.3):
        d.t("Corporate card on file: ")
        g.bank_card(d, g.pick(["visa", "mastercard", "amex"]))
        d.t(".\n")
    d.t("We are on release ")
    dec(g, d, "version")
    d.t(".\n\nBest,\n")
    g.person(d, g.pick(["en", "pinyin"]))
    d.t("\n" + g.pick(["Can you draft a reply?", "Summarize this for the CRM.", "Translate to Chinese."]))


def devops_config(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    style = g.pick(["env", "yaml", "json"])
    d.t(
        g.pick(
            ["这个配置文件启动报错，帮我看看：\n", "帮我检查下面的部署配置：\n", "# production settings\n"]
        )
    )
    if style == "json":
        d.t('{\n  "build": "')
        dec(g, d, "git_sha")
        d.t('",\n')
        for vendor in g.rng.sample(
            [
                "aws",
                "aliyun",
                "tencent",
                "openai_proj",
                "deepseek",
                "zhipu",
                "qianfan",
                "volcengine",
                "google",
                "github_pat",
                "huggingface",
                "generic",
            ],
            g.rng.randint(1, 2),
        ):
            g.key_assignment(d, vendor, "json")
            d.t("\n")
        d.t('  "db": {"host": "')
        g.ip(d, False)
        d.t('", "user": "' + g.pick(["root", "app", "admin"]) + '", "password": "')
        g.password(d)
        d.t('"},\n')
        d.t('  "dsn": "')
        g.dsn(d)
        d.t('"\n}\n')
        return
    if style == "yaml":
        d.t("app:\n  version: ")
        dec(g, d, "version")
        d.t("\n  instance_id: ")
        dec(g, d, "uuid")
        d.t("\nsecrets:\n")
    else:
        d.t("# commit ")
        dec(g, d, "git_sha")
        d.t("\n")
    for vendor in g.rng.sample(
        [
            "aws",
            "aliyun",
            "tencent",
            "openai_proj",
            "anthropic",
            "deepseek",
            "dashscope",
            "moonshot",
            "zhipu",
            "qianfan",
            "volcengine",
            "baidu",
            "google",
            "stripe",
            "slack",
            "github",
            "gitlab",
            "huggingface",
            "generic",
        ],
        g.rng.randint(1, 3),
    ):
        g.key_assignment(d, vendor, style)
        d.t("\n")
    d.t("  database_url: " if style == "yaml" else "DATABASE_URL=")
    g.dsn(d)
    d.t("\n")
    d.t("  redis_host: " if style == "yaml" else "REDIS_HOST=")
    g.ip(d)
    d.t("\n")
    d.t("  admin_password: " if style == "yaml" else "ADMIN_PASSWORD=")
    g.password(d)
    d.t("\n")
    if g.chance(0.5):
        d.t("  backup_password: " if style == "yaml" else "BACKUP_PASSWORD=")
        dec(g, d, "placeholder_password")
        d.t("\n")
    if g.chance(0.4):
        d.t("  example_key: " if style == "yaml" else "EXAMPLE_KEY=")
        dec(g, d, "placeholder_key")
        d.t("\n")


def code_paste(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    lang = g.pick(["python", "java", "js", "go"])
    d.t(g.pick(["这段代码为什么报 401？\n", "帮我重构一下：\n", "Review this snippet:\n"]))
    if lang == "python":
        d.t('import requests\n\nAPI_KEY = "')
        g.api_key(
            d,
            g.pick(
                ["openai_legacy", "openai_proj", "deepseek", "moonshot", "anthropic", "zhipu", "dashscope"]
            ),
        )
        d.t('"\nresp = requests.post(url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30)\n')
        d.t('conn = pymysql.connect(host="')
        g.ip(d, False)
        d.t('", user="root", password="')
        g.password(d)
        d.t('")\n# requires requests ')
        dec(g, d, "version")
        d.t("\n")
    elif lang == "java":
        d.t("public class Client {\n    ")
        dec(g, d, "email_like")
        d.t('\n    private static final String ACCESS_KEY = "')
        g.api_key(d, "aliyun")
        d.t('";\n    private static final String SECRET = "')
        g.api_key(d, "aliyun_secret")
        d.t('";\n    private static final String URL = "')
        g.dsn(d)
        d.t('";\n}\n')
    elif lang == "js":
        d.t("const token = '")
        g.jwt(d)
        d.t("';\nfetch('/api/me', { headers: { Authorization: `Bearer ${token}` } });\n")
        d.t("const stripe = require('stripe')('")
        g.api_key(d, "stripe")
        d.t("');\n// build ")
        dec(g, d, "git_sha")
        d.t("\n")
    else:
        d.t('func main() {\n\tcfg := aws.Config{AccessKeyID: "')
        g.api_key(d, "aws")
        d.t('", SecretAccessKey: "')
        g.api_key(d, "aws_secret")
        d.t('"}\n\tlog.Println("req id", "')
        dec(g, d, "uuid")
        d.t('")\n}\n')


def key_paste(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t(g.pick(["服务器 ", "跳板机 ", "host "]))
    g.ip(d)
    d.t(g.pick([" 的登录密钥如下，为什么 ssh 提示 invalid format？\n", " key below fails to load:\n"]))
    if g.chance(0.3):
        d.t('{"type": "service_account", "private_key": "')
        g.private_key(d, json_ctx=True)
        d.t('"}\n')
    else:
        g.private_key(d)
        d.t("\n")
    if g.chance(0.5):
        d.t("对应公钥：\n")
        dec(g, d, "public_key")
        d.t("\n")


def sql_dump(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("-- dump of table customers, exported ")
    dec(g, d, "timestamp")
    d.t("\nINSERT INTO customers (id, name, mobile, id_no, email, addr) VALUES\n")
    rows = g.rng.randint(2, 4)
    for i in range(rows):
        d.t(f"({g.rng.randint(1000, 99999)}, '")
        g.person(d, "zh")
        d.t("', '")
        g.phone(d)
        d.t("', '")
        g.id_card(d)
        d.t("', '")
        g.email(d)
        d.t("', '")
        g.address(d)
        d.t("')" + ("," if i < rows - 1 else ";") + "\n")
    d.t("-- checksum ")
    dec(g, d, "md5")
    d.t("\n帮我写个查询找出重复手机号。")


def shell_history(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("$ mysql -h ")
    g.ip(d, False)
    d.t(" -u root -p")
    g.password(d)
    d.t(" orders\n")
    d.t("$ export " + g.pick(["OPENAI_API_KEY", "DEEPSEEK_API_KEY", "GITHUB_TOKEN"]) + "=")
    g.api_key(d, g.pick(["openai_proj", "deepseek", "github", "github_pat"]))
    d.t("\n")
    d.t('$ curl -H "Authorization: Bearer ')
    g.jwt(d)
    d.t('" https://api.internal/v1/users\n')
    d.t('$ psql "')
    g.dsn(d)
    d.t('"\n$ git log -1 --format=%H\n')
    dec(g, d, "git_sha")
    d.t("\n这些命令有安全问题吗？")


def log_lines(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("帮我分析这段日志的异常：\n")
    for _ in range(g.rng.randint(3, 5)):
        dec(g, d, "timestamp")
        d.t(" INFO req=")
        dec(g, d, "uuid")
        d.t(" ")
        r = g.rng.random()
        if r < 0.35:
            d.t("client=")
            g.ip(d)
            d.t(" login user=")
            g.email(d)
        elif r < 0.6:
            d.t("sms sent to ")
            g.phone(d)
            d.t(" status=200")
        elif r < 0.8:
            d.t("auth header=Bearer ")
            g.jwt(d)
        else:
            d.t("upstream=")
            g.ip(d, True)
            d.t(" latency=" + str(g.rng.randint(3, 900)) + "ms")
        d.t("\n")


def url_params(g: Gen, d: Doc) -> None:
    """An access-log line: values percent-encoded as browsers send them."""
    d.lang = "mixed"
    name, tags = g.zh_name()
    d.t("GET /api/v2/users?name=")
    d.span("PERSON", urllib.parse.quote(name), tags + ["percent"], norm=name)
    email = g.en.email()
    d.t("&email=")
    d.span("EMAIL", urllib.parse.quote(email, safe=""), ["percent"], norm=email)
    d.t("&mobile=")
    g.phone(d)
    d.t("&ts=")
    dec(g, d, "timestamp_ms")
    if g.chance(0.5):
        addr, atags = g.address_text()
        d.t("&addr=")
        d.span("ADDRESS", urllib.parse.quote(addr), atags + ["percent"], norm=addr)
    d.t(" HTTP/1.1\n这条访问日志里有哪些个人信息？")


def medical_claim(g: Gen, d: Doc) -> None:
    d.t("理赔申请\n被保险人：")
    g.person(d, "zh")
    d.t("\n证件：居民身份证 ")
    g.id_card(d)
    d.t("\n就诊医院：")
    g.org(d)
    d.t("\n联系电话：")
    g.phone(d)
    d.t("\n收款账户：")
    g.bank_card(d)
    d.t("（")
    g.person(d, "zh")
    d.t("）")
    d.t("\n住址：")
    g.address(d)
    d.t("\n报案号：")
    dec(g, d, "order_no")
    d.t("  费用合计 ")
    dec(g, d, "amount")
    d.t("\n")
    instr(g, d)


def kyc_form(g: Gen, d: Doc) -> None:
    d.t("开户申请表（非大陆居民）\n姓名：")
    g.person(d, g.pick(["zh", "pinyin"]))
    r = g.rng.random()
    if r < 0.35:
        d.t("\n证件类型：港澳居民来往内地通行证\n证件号码：")
        g.permit(d, "hrp")
    elif r < 0.6:
        d.t("\n证件类型：台湾居民来往大陆通行证\n证件号码：")
        g.permit(d, "mtp")
    elif r < 0.8:
        d.t("\n证件类型：香港身份证\n证件号码：")
        g.hk_id(d)
    else:
        d.t("\n证件类型：澳门身份证\n证件号码：")
        g.mo_id(d)
    d.t("\n联系邮箱：")
    g.email(d)
    d.t("\n联系电话：")
    g.phone(d)
    d.t("\n通讯地址：")
    g.address(d)
    d.t("\n推荐机构：")
    g.org(d)
    d.t("\n申请日期：")
    dec(g, d, "date")
    d.t("\n")
    instr(g, d)


def vehicle_record(g: Gen, d: Doc) -> None:
    d.t("车辆登记信息\n车主：")
    g.person(d, "zh")
    d.t("\n号牌号码：")
    g.plate(d)
    d.t("\n车主电话：")
    g.phone(d)
    d.t("\n身份证明号码：")
    g.id_card(d)
    d.t("\n登记地址：")
    g.address(d)
    d.t("\n车架号：")
    dec(g, d, "product_code")
    d.t("\n")
    instr(g, d)


def ops_ticket_en(g: Gen, d: Doc) -> None:
    d.lang = "en"
    d.t("Incident INC-")
    dec(g, d, "order_no")
    d.t(": login failures from ")
    g.ip(d)
    d.t(" since ")
    dec(g, d, "timestamp")
    d.t(". Reporter: ")
    g.person(d, "en")
    d.t(" (")
    g.email(d)
    d.t("). The service account token was pasted in the channel: ")
    g.api_key(d)
    d.t(". Rotate it and check build ")
    dec(g, d, "version")
    d.t(".\nPlease write the postmortem summary.")


def im_chat(g: Gen, d: Doc) -> None:
    """Informal messages: values glued to Chinese words without spaces or colons."""
    d.t(g.pick(["帮我把这段微信聊天整理成纪要：\n", "这是客户发来的消息，帮我回一下：\n"]))
    lines = g.rng.sample(["phone", "email", "addr", "id", "card", "name", "plate", "pw"], g.rng.randint(3, 5))
    for kind in lines:
        if kind == "phone":
            d.t(g.pick(["我电话", "有事打", "你加我微信，就是手机号"]))
            g.phone(d)
            d.t(g.pick(["有事call我", "", "哈"]))
        elif kind == "email":
            d.t(g.pick(["资料发我邮箱", "发到"]))
            g.email(d)
            d.t(g.pick(["就行", "谢谢"]))
        elif kind == "addr":
            d.t("我住")
            g.address(d)
            d.t(g.pick(["，下班过来拿", "，快递放门口"]))
        elif kind == "id":
            d.t("身份证")
            g.id_card(d)
            d.t(g.pick(["你帮我填一下", "，别发群里"]))
        elif kind == "card":
            d.t("打到这张卡")
            g.bank_card(d, "unionpay")
            d.t(g.pick(["", "，户名是我"]))
        elif kind == "name":
            d.t("联系")
            g.person(d, g.pick(["zh", "honorific"]))
            d.t(g.pick(["就行", "拿钥匙"]))
        elif kind == "plate":
            d.t("我车牌")
            g.plate(d)
            d.t("，停B2")
        else:
            d.t("WiFi密码")
            g.password(d)
            d.t("，连不上再说")
        d.t(g.pick(["\n", "。\n", "～\n"]))
    instr(g, d)


# ============================================================================================ hard negatives
def neg_chat(g: Gen, d: Doc) -> None:
    d.t("这段对话是什么意思？\nA：下周去")
    dec(g, d, "place_name")
    d.t("出差，顺便去")
    dec(g, d, "place_name")
    d.t("看看。\nB：")
    dec(g, d, "surname_word")
    d.t("的事情怎么样了？\nA：")
    dec(g, d, "surname_word")
    d.t("，" + g.pick(["基本搞定了。", "还在等审批。", "明天再说。"]) + "会议号 ")
    dec(g, d, "meeting_id")
    d.t("，时间")
    dec(g, d, "cn_numeral_text")
    d.t("。\nB：好的，" + g.pick(["方案", "杨树", "文档", "报价"]) + "就这么定。\n")


def neg_ticket(g: Gen, d: Doc) -> None:
    d.t("【工单】")
    dec(g, d, "order_no")
    d.t("\n用户反馈：运单")
    dec(g, d, "tracking_no")
    d.t("三天没有更新，订单金额")
    dec(g, d, "amount")
    d.t("。已联系尾号")
    dec(g, d, "masked_phone", "masked_card")
    d.t("的用户，对方表示理解。客服热线 ")
    dec(g, d, "hotline")
    d.t("。\n")
    instr(g, d)


def neg_numbers(g: Gen, d: Doc) -> None:
    d.t(
        g.pick(
            [
                "数据清洗：下面的字段疑似证件号，请确认：\n",
                "这些编号哪些是有效的身份证号？\n",
                "请检查以下卡号和证件号的格式：\n",
            ]
        )
    )
    for i in range(g.rng.randint(4, 8)):
        if i:
            d.t(g.pick(["\n", "，", "；"]))
        dec(g, d, *NUMERIC_DECOYS)
    d.t("，以上均为测试数据，校验不通过。")


def neg_devops(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("模板配置（不含真实凭据）：\nimage: registry.example.com/app:")
    dec(g, d, "version")
    d.t("\nbuild_id: ")
    dec(g, d, "uuid")
    d.t("\ncommit: ")
    dec(g, d, "git_sha")
    d.t("\nDATABASE_URL=")
    dec(g, d, "dsn_placeholder")
    d.t("\nDB_PASSWORD=")
    dec(g, d, "placeholder_password")
    d.t("\nOPENAI_API_KEY=")
    dec(g, d, "placeholder_key")
    d.t("\nartifact_sha256: ")
    dec(g, d, "sha256")
    if g.chance(0.5):
        d.t("\ntls_cert: |\n")
        dec(g, d, "public_key")
    if g.chance(0.4):
        d.t("\njwt_header_example: ")
        dec(g, d, "jwt_header")
    d.t("\n这个模板能直接用吗？")


def neg_code(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("下面的代码有什么问题？\n")
    dec(g, d, "email_like")
    d.t('\npublic String version() {\n    return "')
    dec(g, d, "version")
    d.t('";\n}\n// etag ')
    dec(g, d, "md5")
    d.t("\n// logo ")
    dec(g, d, "base64_blob")
    d.t("\n// clone from ")
    dec(g, d, "email_like")
    d.t("\n// oid ")
    dec(g, d, "ip_like")
    d.t("\n")


def neg_finance(g: Gen, d: Doc) -> None:
    d.t("月度对账说明：\n发票号码 ")
    dec(g, d, "invoice_no")
    d.t("，开票日期 ")
    dec(g, d, "date")
    d.t("，价税合计 ")
    dec(g, d, "amount")
    d.t("。\n")
    dec(g, d, "generic_org")
    d.t("已于 ")
    dec(g, d, "timestamp")
    d.t(" 付款至尾号 ")
    dec(g, d, "masked_card")
    d.t(" 的账户。" + g.pick(["货品 ", "物料 "]))
    dec(g, d, "product_code")
    d.t("，数量 ")
    d.t(str(g.rng.randint(1, 500)))
    d.t("。\n")
    instr(g, d)


def neg_logistics(g: Gen, d: Doc) -> None:
    d.t("物流周报：本周从")
    dec(g, d, "place_name")
    d.t("发往")
    dec(g, d, "place_name")
    d.t("的包裹共 ")
    d.t(str(g.rng.randint(100, 9000)) + " 件，异常单号：")
    for i in range(g.rng.randint(2, 4)):
        if i:
            d.t("、")
        dec(g, d, "tracking_no", "order_no")
    d.t("。统计截至 ")
    dec(g, d, "timestamp")
    d.t("，")
    dec(g, d, "generic_org")
    d.t("将继续跟进。\n")
    instr(g, d)


def neg_meeting(g: Gen, d: Doc) -> None:
    d.t("周会纪要：\n1. ")
    dec(g, d, "surname_word")
    d.t("方面进展顺利，版本 ")
    dec(g, d, "version")
    d.t(" 已发布。\n2. 下次会议 ")
    dec(g, d, "cn_numeral_text")
    d.t("，会议号 ")
    dec(g, d, "meeting_id")
    d.t("。\n3. 市场部去")
    dec(g, d, "place_name")
    d.t("调研，预算 ")
    dec(g, d, "amount")
    d.t("。\n")
    instr(g, d)


def neg_travel(g: Gen, d: Doc) -> None:
    d.t("出差行程：从")
    dec(g, d, "place_name")
    d.t("乘")
    dec(g, d, "train_no")
    d.t("次列车到")
    dec(g, d, "place_name")
    d.t("，")
    dec(g, d, "date")
    d.t("出发，票价")
    dec(g, d, "amount")
    d.t("，订单号 ")
    dec(g, d, "order_no")
    d.t("。" + g.pick(["住宿选在会展中心附近。", "返程待定。"]) + "\n")
    instr(g, d)


def neg_release(g: Gen, d: Doc) -> None:
    d.lang = "mixed"
    d.t("Release notes ")
    dec(g, d, "version")
    d.t("\n- 修复 issue ")
    dec(g, d, "uuid")
    d.t("\n- 镜像摘要 sha256:")
    dec(g, d, "sha256")
    d.t("\n- 依赖 ")
    dec(g, d, "email_like")
    d.t(" 升级到 ")
    dec(g, d, "version")
    d.t("\n- 示例 OID ")
    dec(g, d, "ip_like")
    d.t("\n- 默认端口 8080，超时 30s\n帮我写成中文公告。")


def neg_product(g: Gen, d: Doc) -> None:
    d.t("商品信息：" + g.pick(["无线耳机", "保温杯", "机械键盘", "空气净化器"]) + "，编码 ")
    dec(g, d, "product_code")
    d.t("，条码 ")
    dec(g, d, "barcode")
    d.t("，库存 " + str(g.rng.randint(10, 9999)) + " 件，售价 ")
    dec(g, d, "amount")
    d.t("，上架日期 ")
    dec(g, d, "date")
    d.t("。售后请拨 ")
    dec(g, d, "hotline")
    d.t("。\n")
    instr(g, d)


Template = Callable[[Gen, Doc], None]


@dataclass(frozen=True)
class Spec:
    fn: Template
    kind: str
    lang: str
    splits: tuple[str, ...]
    weight: float
    negative: bool = False


BOTH = ("dev", "test")
TEMPLATES: list[Spec] = [
    Spec(cs_ticket, "cs_ticket", "zh", BOTH, 6),
    Spec(hr_record, "hr_record", "zh", BOTH, 4),
    Spec(contract, "contract", "zh", BOTH, 3),
    Spec(chat_log, "chat_log", "zh", BOTH, 4),
    Spec(email_zh, "email", "zh", BOTH, 4),
    Spec(meeting_notes, "meeting_notes", "zh", BOTH, 3),
    Spec(logistics_order, "logistics_order", "zh", BOTH, 3),
    Spec(bank_statement, "bank_statement", "zh", BOTH, 3),
    Spec(travel, "travel", "zh", BOTH, 4),
    Spec(json_payload, "json_payload", "mixed", BOTH, 3),
    Spec(english_business, "english_business", "en", BOTH, 3),
    Spec(devops_config, "devops_config", "mixed", BOTH, 4),
    Spec(code_paste, "code_paste", "mixed", BOTH, 3),
    Spec(key_paste, "key_paste", "mixed", BOTH, 1.5),
    Spec(sql_dump, "sql_dump", "mixed", BOTH, 2),
    # split-specific shapes
    Spec(log_lines, "log_lines", "mixed", ("dev",), 2),
    Spec(url_params, "url_params", "mixed", ("dev",), 1.5),
    Spec(vehicle_record, "vehicle_record", "zh", ("dev",), 1.5),
    Spec(medical_claim, "medical_claim", "zh", ("test",), 2),
    Spec(kyc_form, "kyc_form", "zh", ("test",), 2),
    Spec(shell_history, "shell_history", "mixed", BOTH, 1.5),
    Spec(ops_ticket_en, "ops_ticket", "en", ("test",), 1.5),
    # hard negatives
    Spec(neg_chat, "neg_chat", "zh", BOTH, 3, True),
    Spec(neg_ticket, "neg_ticket", "zh", BOTH, 3, True),
    Spec(neg_numbers, "neg_numbers", "zh", BOTH, 3, True),
    Spec(neg_devops, "neg_devops", "mixed", BOTH, 2, True),
    Spec(neg_code, "neg_code", "mixed", BOTH, 2, True),
    Spec(neg_finance, "neg_finance", "zh", ("dev",), 2, True),
    Spec(neg_logistics, "neg_logistics", "zh", ("test",), 2, True),
    Spec(neg_meeting, "neg_meeting", "zh", ("test",), 2, True),
    Spec(neg_travel, "neg_travel", "zh", BOTH, 2, True),
    Spec(neg_release, "neg_release", "mixed", ("dev",), 2, True),
    Spec(neg_product, "neg_product", "zh", ("test",), 2, True),
    Spec(im_chat, "im_chat", "zh", BOTH, 3),
]
