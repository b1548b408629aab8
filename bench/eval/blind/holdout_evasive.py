"""Hold-out documents where people disguise values: full-width digits, Chinese numerals, zero-width joins, spacing,
line breaks from PDF / OCR copies, URL and JSON escapes, e-mail written as "at / dot".

Written independently of the blind corpus; nobody tunes detectors on these. The helpers below only apply the
disguise to a value written here by hand, so the document text stays readable in this file. Markup: see build.py.
"""
from __future__ import annotations

_ZW = "\u200b"
_LOWER = "零一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"


def fw(s: str) -> str:
    """Full-width form of the ASCII characters."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def cn(s: str, digits: str = _LOWER) -> str:
    """Digits written as Chinese numerals (other characters kept)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in s)


def zw(s: str, every: int = 3) -> str:
    """A zero-width space after every `every` characters."""
    return _ZW.join(s[i:i + every] for i in range(0, len(s), every))


def sp(s: str) -> str:
    """One space between all characters."""
    return " ".join(s)


DOCS: list[tuple[str, str, str | None]] = [
    ("secondhand_chat", "闲鱼聊天记录，对方一直想绕开平台：\n买家：iPad 还在吗？\n卖家：在的，平台抽成高，加我微信说，手机 {{CN_PHONE|cn_numeral:"
     + cn("一五九 二二七八 三三零四") + "}}\n买家：好，你再发一遍数字？\n卖家：{{CN_PHONE|fullwidth:" + fw("15922783304")
     + "}}，付款用支付宝转 {{BANK_CARD|spaced_chars:@@CUP~sp@@}} 也行\n这种情况要不要提醒用户？", None),
    ("dating_profile", "交友资料审核（用户故意变形联系方式）：\n昵称：晚风\n自我介绍：想认识靠谱的人～V同号 {{CN_PHONE|cn_numeral_capital:"
     + cn("13816204597", _UPPER) + "}}，企鹅邮箱 {{EMAIL|at_dot:wanfeng1997 (at) qq (dot) com}}\n真名 {{PERSON|spaced_name:宋 晚 晴}}，见面再说", None),
    ("gig_listing", "兼职群广告，帮我判断是否违规：\n【日结】招传单派发，300/天，有意者联系{{PERSON|honorific:黄姐}}：{{CN_PHONE|mixed_evasion,fullwidth:"
     + fw("186") + " 一二七三 " + fw("0918") + "}}\n备用：{{CN_PHONE|zero_width:" + zw("17708854413", 4) + "}}\n地址：{{ADDRESS:广州市白云区机场路1962号白云国际会议中心}}东侧停车场", None),
    ("pdf_copy", "从 PDF 里复制出来的，换行乱了，帮我整理：\n申请人姓名：{{PERSON|linebreak,compound_surname:欧阳\n振华}}  身份证号码：{{CN_ID_CARD|linebreak:@@ID~lb@@}}\n"
     "联系电话：{{CN_PHONE|linebreak:139\n10248876}}\n开户账号：{{BANK_CARD|linebreak:@@CUP~lb@@}}", None),
    ("ocr_output", "OCR 识别结果（字符间有空格），请纠正成正常文本：\n姓 名 {{PERSON|spaced_name:覃 海 燕}}\n性 别 女  民 族 壮\n"
     "住 址 {{ADDRESS|spaced_chars:" + sp("广西南宁市青秀区民族大道136号") + "}}\n公民身份号码 {{CN_ID_CARD|spaced_chars:@@ID~sp@@}}", None),
    ("ocr_output", "银行卡拍照识别：\n{{BANK_CARD|fullwidth:@@CUP~fw@@}}\n持卡人 {{PERSON|en:LI MING}}\n有效期 [[expiry:08/29]]\n"
     "客服 [[hotline:95588]]\n帮我填到报销单里。", None),
    ("spam_sms", "下面这条短信是不是诈骗？\n【温馨提示】尊敬的客户，您的ETC已失效，请尽快登陆 etc-verify.top 认证，"
     "或回电专员{{PERSON|honorific:周经理}} {{CN_PHONE|cn_numeral:" + cn("17184402298") + "}}，退订回T", None),
    ("forum_post", "论坛帖子，帮我写个回复：\n标题：出租房急转！\n正文：{{ADDRESS:杭州市西湖区文三路259号华星小区7幢}}一室一厅转租，"
     "押一付一。联系 {{CN_PHONE|fullwidth,mixed_evasion:" + fw("13") + "五" + fw("88") + "六零三" + fw("417") + "}}（{{PERSON|honorific:小杨}}），"
     "邮箱 {{EMAIL|at_dot:yang_zufang[at]163[dot]com}}", None),
    ("wechat_forward", "群里转发的寻人启事，帮我核实：\n{{PERSON|zero_width:" + zw("谢春花", 1) + "}}，女，72岁，患阿尔茨海默症，11月28日在{{ADDRESS:湖南省长沙市岳麓区麓山南路932号}}附近走失。"
     "\n家属电话：{{CN_PHONE|zero_width:" + zw("13787312256") + "}}　{{CN_PHONE|grouped:137 8731 2257}}", None),
    ("escaped_api", "前端把表单这样提交的（JSON 里的中文被转义了），帮我写后端解析：\n"
     "{\"n\":\"{{PERSON|json_escape:\\u4ee3\\u5b50\\u6db5}}\",\"id\":\"{{CN_ID_CARD|json_escape:@@ID~ju@@}}\",\"m\":\"{{CN_PHONE:15104427738}}\","
     "\"org\":\"{{ORG|json_escape:\\u4e2d\\u4fe1\\u94f6\\u884c}}\"}", None),
    ("url_log", "网关日志里出现了这种请求：\nGET /api/verify?name={{PERSON|percent,compound_surname:%E5%8D%97%E5%AE%AB%E6%95%8F}}&card={{CN_ID_CARD|percent:@@ID~pct@@}}"
     "&bank={{BANK_CARD|percent:@@CUP~pct@@}}&mail={{EMAIL|percent:nangongmin%40gmail.com}}\n参数为什么会被 WAF 拦截？", None),
    ("email_obfuscated", "Please extract contacts from this conference page:\nSpeakers: Prof. {{PERSON|en:Maria Gonzalez}} ({{EMAIL|at_dot:mgonzalez at uni-demo dot es}}), "
     "Dr. {{PERSON|en:Kenji Watanabe}} ({{EMAIL|at_dot:kenji.w [at] demo-lab [dot] jp}}), {{PERSON|pinyin:Zhou Wenbin}} ({{EMAIL|fullwidth:"
     + fw("zhouwb@demo-univ.edu.cn") + "}})", "en"),
    ("hr_evasive", "员工在钉钉里这样报的信息，帮我转成标准格式：\n姓名：{{PERSON|spaced_name:努 尔 麦 麦 提}}\n身份证：{{CN_ID_CARD|cn_numeral_capital:@@ID~cap@@}}\n"
     "手机：{{CN_PHONE|cn_numeral:幺三九" + cn("90213") + "幺幺四" + "}}\n工资卡：{{BANK_CARD|cn_numeral:@@CUP16~cn@@}}", None),
    ("fullwidth_form", "输入法全角状态下填的表单：\n姓名：{{PERSON:姚晨曦}}\n身份证号：{{CN_ID_CARD|fullwidth:@@IDX~fw@@}}\n手机号：{{CN_PHONE|fullwidth:"
     + fw("18030127746") + "}}\n邮箱：{{EMAIL|fullwidth:" + fw("yaocx@foxmail.com") + "}}\n座机：{{CN_LANDLINE|fullwidth:" + fw("0592-5203318") + "}}\n请把全角转成半角。", None),
    ("fullwidth_it", "机房登记表（有人用全角写的）：\n服务器：{{IP_ADDRESS|fullwidth:" + fw("10.42.8.17") + "}}\n管理口：{{IP_ADDRESS|fullwidth:"
     + fw("10.42.9.17") + "}}\n负责人：{{PERSON:宁泽涛}} {{CN_PHONE:13398820461}}\nroot 密码：{{PASSWORD|fullwidth:" + fw("Idc#2026root") + "}}", None),
    ("uscc_evasive", "供应商在邮件里写的信用代码，帮我校验：\n{{ORG:合肥京东方光电科技有限公司}}：{{CN_USCC|spaced_chars:@@USCC~sp@@}}\n"
     "{{ORG:青岛海尔智家股份有限公司}}：{{CN_USCC|fullwidth:@@USCC~fw@@}}\n另一家个体户：[[uscc_bad:@@BADUSCC@@]]", None),
    ("key_in_chat", "同事在群里发了这个，要不要轮换？\n@运维 新的 key：{{API_KEY|openai_legacy,zero_width:sk-@@A10@@" + _ZW + "@@A10@@T3BlbkFJ@@A20@@}}\n"
     "DeepSeek 的：{{API_KEY|deepseek,spaced_chars:s k - @@H8~sp@@ @@H8~sp@@ @@H8~sp@@ @@H8~sp@@}}\n别外传哈", None),
    ("key_in_chat", "Pasted from a PDF runbook (line wrapped):\nAWS_ACCESS_KEY_ID={{API_KEY|aws,linebreak:AKIA@@U8@@\n@@U8@@}}\n"
     "AWS_SECRET_ACCESS_KEY={{API_KEY|aws_secret,linebreak:@@B20@@\n@@B20@@}}\nregion=cn-north-1", "en"),
    ("password_evasive", "客户在工单里写的登录信息（已让他改密码）：\n账号：{{EMAIL:ganzhiwei@demo-retail.cn}}\n密码：{{PASSWORD|spaced_chars:"
     + sp("Gzw@1988") + "}}\n备用手机：{{CN_PHONE|cn_numeral:" + cn("15607913380") + "}}", None),
    ("hk_evasive", "客人喺 IG 私訊咁寫：\n我叫{{PERSON|spaced_name:鄭 嘉 琪}}，身份證 {{HK_ID|fullwidth:@@HKID~fw@@}}，電郵 {{EMAIL|at_dot:kaki.cheng(at)yahoo.com.hk}}"
     "，想預約睇樓，地址係{{ADDRESS|hk:九龍塘窩打老道155號}}。", None),
    ("tw_evasive", "網拍賣家為了避開關鍵字這樣寫：\n匯款帳號：{{BANK_CARD|cn_numeral:@@JCB~cn@@}}\n身分證：{{TW_ID|spaced_chars:@@TWID~sp@@}}\n"
     "聯絡人：{{PERSON|tw:賴 佳 穎}}", None),
    ("mixed_evasion", "风控样本（多种变形混在一起），请标注敏感字段：\n1) {{CN_PHONE|mixed_evasion,zero_width,fullwidth:" + fw("139") + _ZW + "4471"
     + _ZW + fw("0265") + "}}\n2) {{CN_ID_CARD|zero_width:@@ID~zw@@}}\n3) {{EMAIL|zero_width:" + zw("tianxin2000") + "@sina.com}}\n4) "
     "{{BANK_CARD|fullwidth:@@MC~fw@@}}\n5) {{CN_PHONE|cn_numeral_capital:" + cn("19902176614", _UPPER) + "}}", None),
    ("plate_evasive", "停车场投诉：\n车牌 {{CN_LICENSE_PLATE|fullwidth:沪" + fw("A·U8C21") + "}} 连续三天占用消防通道，车主{{PERSON|honorific:贾先生}}电话打不通。"
     "\n另一辆 {{CN_LICENSE_PLATE:沪AD03117}} 是新能源车，停在燃油车位。", None),
    ("passport_evasive", "出国团名单（导游手写录入）：\n1. {{PERSON:韩梅梅}} 护照 {{CN_PASSPORT|fullwidth:" + fw("E") + "@@D8~fw@@}}\n2. {{PERSON:李雷}} 护照 {{CN_PASSPORT:E@@D8@@}}\n"
     "3. {{PERSON|en:Jim Green}} passport [[passport_like:GB5512803]]（英国护照）\n集合：首都机场T3 国际出发（地标，非地址）", None),
    ("landline_evasive", "黄页里抄的电话，格式五花八门，帮我统一：\n{{ORG|hospital:上海交通大学医学院附属仁济医院}} {{CN_LANDLINE:（021）58752345}}\n{{ORG:北京协和医院}} {{CN_LANDLINE|cn_numeral:"
     + cn("010-69156114") + "}}\n{{ORG:深圳市人民医院}} {{CN_LANDLINE|linebreak:0755-\n25533018}}\n全国服务热线 [[hotline:400-820-8820]]", None),
    ("evasive_chat", "直播间弹幕（主播在教粉丝绕过屏蔽），请判断风险：\n粉丝A：主播V多少\n主播：{{CN_PHONE|spaced_chars:1 5 8 0 6 6 2 1 9 7 3}}\n粉丝B：QQ邮箱呢\n"
     "主播：{{EMAIL|at_dot:1580662197【at】qq【dot】com}}\n粉丝C：收款卡号发一下\n主播：{{BANK_CARD|cn_numeral_capital:@@CUP16~cap@@}}", None),
    ("leak_paste", "网上流出的一段文本，帮我判断涉及哪些个人信息类型（不要复述原文）：\n{{PERSON|spaced_name:盛 一 伦}} | {{CN_ID_CARD|grouped:@@ID~grp@@}} | {{CN_PHONE|fullwidth:"
     + fw("13571092284") + "}} | {{ADDRESS:陕西省西安市碑林区南大街端履门38号3号楼1单元502}}\n{{PERSON|zero_width:" + zw("柏芝兰", 1) + "}} | {{CN_ID_CARD|zero_width:@@IDX~zw@@}} | "
     "{{CN_PHONE|cn_numeral:" + cn("18710458836") + "}} | {{ADDRESS:西安市雁塔区小寨东路126号百隆广场}}", None),
    ("token_evasive", "Someone split a token across lines in a GitHub issue to dodge push protection:\nAuthorization: Bearer {{JWT|linebreak:@@JWT~lb@@}}\n"
     "and the Slack token: {{API_KEY|slack,zero_width:xoxb-" + zw("718204339561", 6) + "-@@D13@@-@@A24@@}}\nIs that enough to be safe?", "en"),
    ("dsn_evasive", "配置中心导出来的 JSON，连接串被转义了：\n{\"db\": \"{{DB_CONNECTION_STRING:postgresql://pay:{{PASSWORD|percent:P%40y%23Pg2026}}@{{IP_ADDRESS:10.60.1.20}}:5432/pay}}\", "
     "\"mq\": \"{{DB_CONNECTION_STRING:amqp://mq:{{PASSWORD:Mq_2026!x}}@mq.pay.lan:5672/%2F}}\", \"token\": \"{{JWT:@@JWT@@}}\"}\n哪个字段需要加密存储？", None),
    ("military_evasive", "部队转业人员登记（手写扫描件转录）：\n姓名：{{PERSON:滕建军}}\n军官证：{{CN_MILITARY_ID:北字第@@D8@@号}}\n身份证：{{CN_ID_CARD|spaced_chars:@@ID~sp@@}}\n"
     "联系电话：{{CN_PHONE|cn_numeral:" + cn("13609472201") + "}}\n安置意向：{{ADDRESS|cn_rural:甘肃省天水市秦州区皂郊镇店镇村二组}}", None),
    ("permit_evasive", "港澳台旅客登记（前台用全角录入）：\n{{PERSON:區志強}} 回鄉證 {{CN_HK_MACAO_PERMIT|hrp,fullwidth:" + fw("H") + "@@D8~fw@@}}\n"
     "{{PERSON|tw:邱淑惠}} 台胞證 {{CN_HK_MACAO_PERMIT|mtp,fullwidth:@@D8~fw@@}}\n{{PERSON:何詠詩}} 澳門身份證 {{MO_ID|fullwidth:" + fw("7") + "@@D6~fw@@" + fw("(") + "@@D1~fw@@" + fw(")") + "}}\n"
     "{{PERSON:容國團}} 通行證 {{CN_HK_MACAO_PERMIT|eep,spaced_chars:C @@D8~sp@@}}", None),
    ("ecommerce_evasive", "买家留言（系统提示含联系方式被拦截了），帮我看看原文：\n\"发货前打我电话 {{CN_PHONE|mixed_evasion,cn_numeral:一3九" + fw("07") + "二二6四8" + fw("1") + "}}，"
     "或者座机 {{CN_LANDLINE|fullwidth:" + fw("020-38761245") + "}}，收件人写{{PERSON|honorific:芦女士}}，地址 {{ADDRESS|spaced_chars:" + sp("广州市海珠区新港中路397号") + "}}\"", None),
    ("insurance_evasive", "保险代理人朋友圈（为躲避平台审核写成这样），请判断是否泄露客户信息：\n理赔成功案例：客户{{PERSON|spaced_name:阮 秋 菊}}，身份证 {{CN_ID_CARD|cn_numeral:@@ID~cn@@}}，"
     "赔付到账卡 {{BANK_CARD|zero_width:@@CUP~zw@@}}，咨询请找我 {{CN_PHONE|cn_numeral_capital:" + cn("15377012846", _UPPER) + "}}", None),
    ("im_export", "飞书消息导出（JSON，中文被转义）：\n{\"sender\":\"{{PERSON|json_escape:\\u5415\\u5a77}}\",\"text\":\"\\u6211\\u7684\\u624b\\u673a {{CN_PHONE|json_escape:"
     + "".join(f"\\u{ord(c):04x}" for c in "13921445067") + "}}\",\"to\":\"{{EMAIL:lvting@demo-feishu.cn}}\"}\n"
     "{\"sender\":\"{{PERSON|json_escape:\\u6c6a\\u6d0b}}\",\"text\":\"\\u6536\\u5230\"}", None),
]
