"""Hand-written documents whose values are written to dodge pattern matching (the README's evasion tags).

People do this on purpose (to get past a filter) and by accident (input methods, copy-paste from PDFs).
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []


def d(kind: str, src: str, lang: str | None = None) -> None:
    DOCS.append((kind, src.strip("\n"), lang))


d("cs_chat", """
买家：平台不让发手机号，我这样写：{{CN_PHONE|cn_numeral:一三九 零八七六 五四三二}}
买家：或者加我 V：{{CN_PHONE|mixed_evasion:135 ⁠2468 ⁠1357}}
卖家：收到收到，亲爱的{{PERSON|honorific:王姐}}稍等
""")
d("cs_chat", """
用户：身份证号：{{CN_ID_CARD|cn_numeral:@@ID~cn@@}}
用户：卡号：{{BANK_CARD|fullwidth:@@CUP~fw@@}}
""")
d("hr_form", """
紧急联系人电话（大写）：{{CN_PHONE|cn_numeral_capital:壹伍捌贰壹叁陆柒零玖捌}}
备用：{{CN_PHONE|fullwidth:（＋８６）１３７－０１２３－４５６７}}
身份证：{{CN_ID_CARD|zero_width:@@ID~zw@@}}
""")
d("loan_application", """
借款人{{PERSON|spaced_name:冯  晓  雯}}
证件号 {{CN_ID_CARD|spaced_chars:@@ID~sp@@}}
收款卡 {{BANK_CARD|spaced_chars:@@CUP~sp@@}}
""")
d("json_payload", """
{"user":{"name":"{{PERSON|json_escape:\\u5b8b\\u5c0f\\u5b9d}}","cert_no":"{{CN_ID_CARD|json_escape:@@ID~ju@@}}","phone":"{{CN_PHONE|json_escape:\\u0031\\u0035\\u0039\\u0033\\u0031\\u0032\\u0030\\u0038\\u0037\\u0036\\u0035}}"}}
""", "mixed")
d("url_log", """
POST /h5/submit?uid=[[digits:88213]]&idcard={{CN_ID_CARD|percent:@@ID~pct@@}}&tel={{CN_PHONE|percent:%31%38%39%30%30%37%33%32%31%34%35}}&mail={{EMAIL|percent:tang.li%40mail.example.cn}}
""", "en")
d("email", """
联系方式：{{EMAIL|at_dot:hu.xiaolei(at)sohu(dot)com}}
或者 {{EMAIL|at_dot:hxl_work [at] 163 [dot] com}}
手机：{{CN_PHONE|linebreak:152
1108 3349}}
""")
d("wechat_group", """
二手群
卖家{{PERSON|spaced_name:周 杰}}：九成新 iPad，要的私聊 {{CN_PHONE|spaced_chars:1 8 3 0 2 1 7 6 6 9 4}}
买家：能便宜点吗
卖家{{PERSON|spaced_name:周 杰}}：不刀
""")
d("cs_ticket", """
用户留言（原文照录）：
我叫{{PERSON|zero_width:林​佳​怡}}，电话{{CN_PHONE|zero_width:139​1234​0987}}，邮箱{{EMAIL|zero_width:lin​jiayi@outlook.com}}，你们再不退款我就投诉到12315
""")
d("chat_log", """
A：密码发你了，中间加了空格防止被抓
A：{{PASSWORD|spaced_chars:K 7 # m Q 2 ! x}}
B：服务器{{IP_ADDRESS|fullwidth:１９２．１６８．３．２０}}对吧
""")
d("env_file", """
GITHUB_TOKEN={{API_KEY|github,zero_width:ghp_@@A18@@​@@A18@@}}
AWS_ACCESS_KEY_ID={{API_KEY|aws,fullwidth:ＡＫＩＡ@@U16~fw@@}}
""", "en")
d("hr_record", """
员工档案（扫描件 OCR）
姓名：{{PERSON:迪丽娜尔·阿不都}}
身份证：{{CN_ID_CARD|linebreak:@@ID~lb@@}}
工资卡：{{BANK_CARD|linebreak:@@CUP~lb@@}}
电话：{{CN_PHONE|fullwidth:１３６　８８０２　７７１４}}
""")
d("cs_chat", """
客户：我老公的电话{{CN_PHONE|cn_numeral:幺八六幺七七三零二二八}}，你打他的
客户：我自己的是{{CN_PHONE|cn_numeral:一五零零二九九六七八八}}
""")
d("bank_chat", """
客户：汇款到这个账户 {{BANK_CARD|cn_numeral_capital:@@CUP16~cap@@}}，户名{{PERSON:甘露}}
客户：开户行{{ORG:中国民生银行南宁分行}}
""")
d("mixed_chat", """
Kevin: ping me at {{EMAIL|at_dot:kevin.tan at example-fintech dot com}}
Kevin: or WeChat {{CN_PHONE|mixed_evasion:+86 一三八-0013-８０００}}
""", "mixed")
d("travel", """
护照号（全角）：{{CN_PASSPORT|fullwidth:Ｅ@@D8~fw@@}}
港澳通行证：{{CN_HK_MACAO_PERMIT|eep,spaced_chars:C @@D8~sp@@}}
""")
d("tw_form", """
申請人：{{PERSON|tw,spaced_name:鄭 雅 文}}（有空格）
身分證：{{TW_ID|fullwidth:@@TWID~fw@@}}
""")
d("hk_form", """
HKID（分開寫）：{{HK_ID|spaced_chars:@@HKID~sp@@}}
Tel: 9876 5432（香港手機，不屬於內地號碼）
""", "mixed")
d("code_paste", r"""
```json
{"private_key": "{{PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI@@B40@@\n@@B64@@\n-----END EC PRIVATE KEY-----}}", "kid": "[[key_id:k-2026-11]]"}
```
""", "en")
d("cs_chat", """
用户：我说一下卡号哈 {{BANK_CARD|mixed_evasion:６２２２ ０２０２ 0033 ４４５５ 124}}
客服：是{{ORG:中国工商银行}}的卡吗
""")
d("chat_log", """
{{PERSON:贾思敏}}：资料发群里，识别不出来的那种
{{PERSON:贾思敏}}：身份证 {{CN_ID_CARD|fullwidth:@@ID~fw@@}}
{{PERSON:贾思敏}}：电话 {{CN_PHONE|cn_numeral_capital:壹叁玖贰肆陆捌壹叁伍柒}}
{{PERSON:贾思敏}}：邮箱 {{EMAIL|fullwidth:ｊｉａｓｍ＠ｑｑ．ｃｏｍ}}
""")
d("waybill", """
收件人：{{PERSON|spaced_name:景 涛}}
电话：{{CN_PHONE|spaced_chars:1 5 9 9 8 7 0 2 3 6 1}}
地址：{{ADDRESS|zero_width:浙江省宁波市鄞州区​天童南路588号​宁波文化广场B座1203}}
""")
d("sms", """
【验证】您的账户已绑定邮箱 {{EMAIL|at_dot:wangfei.gz [at] gmail [dot] com}}
""")
d("chat_log", """
Dev: DB pass 是 {{PASSWORD|json_escape:\\u0048\\u0031\\u0067\\u0068\\u0024\\u0065\\u0063\\u0021}}（JSON 里转义过的）
Dev: 机器 {{IP_ADDRESS|spaced_chars:1 0 . 7 . 2 2 . 9}}
""", "mixed")
d("config_yaml", """
sms:
  access_key_id: {{API_KEY|aliyun,linebreak:LTAI5t@@A8@@
@@A10@@}}
  access_key_secret: {{API_KEY|aliyun_secret:@@A30@@}}
""", "en")
d("cs_ticket", """
客户自述身份证：{{CN_ID_CARD|cn_numeral:@@ID15~cn@@}}（老身份证，十五位）
客户电话：{{CN_PHONE|cn_numeral:一 八 九 一 六 二 零 三 三 七 一}}
""")
d("hr_chat", """
{{PERSON:Amy}}: Pls send to my personal mail {{EMAIL|at_dot:amy.liu.1990 (at) hotmail (dot) com}}
{{PERSON:Amy}}: and my phone {{CN_PHONE|fullwidth:＋８６　１８６　２１０８　９９０１}}
""", "mixed")
d("contract", """
乙方联系人：{{PERSON|spaced_name:司 徒 静}}
乙方账号：{{BANK_CARD|zero_width:@@CUP~zw@@}}
乙方信用代码：{{CN_USCC|spaced_chars:@@USCC~sp@@}}
""")
