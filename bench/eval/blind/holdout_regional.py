"""Hold-out documents: Taiwan / Hong Kong / Macau (traditional characters), English-only and mixed zh/en business mail.

Written independently of the blind corpus; nobody tunes detectors on these. Markup: see build.py.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("tw_form", """健保卡補發申請書
姓名：{{PERSON|tw:林怡君}}\u3000身分證統一編號：{{TW_ID:@@TWID@@}}
出生日期：民國75年3月2日
戶籍地址：{{ADDRESS|tw:臺北市大安區和平東路二段106號7樓之2}}
聯絡電話：{{CN_LANDLINE|opt:02-27351822}}\u3000手機：[[tw_mobile:0912-345-678]]
請幫我確認格式。""", None),
    ("tw_contract", """租賃契約書（摘錄）
出租人：{{PERSON|tw:陳志明}}（身分證字號 {{TW_ID:@@TWID@@}}）
承租人：{{PERSON|tw:黃淑芬}}（身分證字號 {{TW_ID:@@TWID@@}}）
租賃標的：{{ADDRESS|tw:新北市板橋區文化路一段188巷25弄3號4樓}}
租金每月新臺幣壹萬捌仟元整，押金兩個月。
房仲：{{ORG:信義房屋仲介股份有限公司}}板橋文化店""", None),
    ("tw_email", """主旨：{{ORG:台灣積體電路製造股份有限公司}}供應商稽核行程
{{PERSON|tw:張雅婷}} 您好，
下週二將由本公司 {{PERSON|tw:吳建宏}} 經理前往貴廠（{{ADDRESS|tw:新竹縣湖口鄉新竹工業區光復北路65號}}）稽核，
聯絡人手機 [[tw_mobile:0933-128-456]]，如有問題請回信 {{EMAIL:jh.wu@demo-semicorp.com.tw}}。
{{PERSON|tw:李孟哲}} 敬上""", None),
    ("tw_medical", """診斷證明書
病患姓名：{{PERSON|tw,compound_surname:歐陽靜怡}}\u3000性別：女\u3000身分證號：{{TW_ID:@@TWID@@}}
病名：左側踝關節扭傷
醫囑：宜休養一週。
醫院：{{ORG|hospital:國立臺灣大學醫學院附設醫院}}\u3000醫師：{{PERSON|tw:蔡宗翰}}
請翻譯成英文給保險公司。""", None),
    ("tw_chat", """LINE 群組對話（請整理重點）：
阿嬤：{{PERSON|opt:阿明}}啊，你的包裹寄到 {{ADDRESS|tw:臺南市東區崇學路87巷12號}}，收件人寫 {{PERSON|tw:許文明}}
{{PERSON|tw:許文明}}：好，阿嬤我的身分證是 {{TW_ID|fullwidth:@@TWID~fw@@}} 報給郵局就好
{{PERSON|tw:小美}}：哥，不要在群組貼證號啦
""", None),
    ("tw_company", """公司登記資料：
公司名稱：{{ORG:鴻準精密工業股份有限公司}}
統一編號：[[tw_ubn:20958142]]
代表人：{{PERSON|tw:游象富}}
地址：{{ADDRESS|tw:新北市土城區自由街2號}}
請寫一段英文的公司簡介。""", None),
    ("tw_id_check", """下面這幾個身分證號哪些是錯的？
{{TW_ID:@@TWID@@}}
[[twid_bad:@@BADTWID@@]]
[[twid_bad:@@BADTWID@@]]
{{TW_ID:@@TWID@@}}""", None),
    ("hk_form", """香港身份證補領預約確認
申請人：{{PERSON:陳嘉欣}}（{{PERSON|en:CHAN Ka Yan}}）
身份證號碼：{{HK_ID:@@HKID@@}}
住址：{{ADDRESS|hk:香港九龍旺角彌敦道638號銀城廣場15樓1503室}}
預約地點：人事登記處（灣仔入境事務大樓）
聯絡電話：[[hk_phone:9123 4567]]""", None),
    ("hk_bank", """請把這封英文信件翻譯成繁體中文：
Dear Mr. {{PERSON|en:WONG Tai Man}},
Your {{ORG|en:HSBC}} account ending [[masked_card:••3388]] has been linked to the new credit card {{BANK_CARD|grouped:@@VISA~grp@@}}. HKID on file: {{HK_ID|nb:@@HKID~nb@@}}.
Regards, {{PERSON|en:Cindy LAU}}, Relationship Manager, {{ORG|en:The Hongkong and Shanghai Banking Corporation Limited}}""", 'en'),
    ("hk_chat", """WhatsApp 對話：
{{PERSON|honorific:李生}}：{{PERSON|opt:阿Ken}}，份合約寄咗去{{ADDRESS|hk:新界沙田安心街19號沙田廣場22樓}}未？
{{PERSON|en:Ken}}：寄咗喇，順豐單號 [[tracking_no:SF1302897764521]]
{{PERSON|honorific:李生}}：{{PERSON|honorific:陳太}}話佢身份證 {{HK_ID:@@HKID@@}} 要影印埋
幫我翻譯成普通話。""", None),
    ("hk_hr", """Staff record (HK office)
Name: {{PERSON|en:LEUNG Chi Wai, Jacky}}
HKID: {{HK_ID:@@HKID@@}}
Address: {{ADDRESS|en,opt:Flat C, 12/F, Block 3, Laguna City, Kwun Tong, Kowloon}}
MPF scheme member no.: [[order_no:MPF-00928173]]
Emergency contact: {{PERSON|en:LEUNG Mei Ling}} [[hk_phone:+852 6123 8890]]""", 'en'),
    ("hk_permit", """回鄉證續期：
持證人：{{PERSON:何國強}}
港澳居民來往內地通行證號碼：{{CN_HK_MACAO_PERMIT|hrp:H@@D8@@}}
香港身份證：{{HK_ID:@@HKID@@}}
內地聯絡地址：{{ADDRESS:廣東省深圳市福田區福華三路168號國際商會中心28樓}}""", None),
    ("hk_id_check", """以下香港身份證號碼格式是否正確？
{{HK_ID:@@HKID@@}}
[[hkid_bad:@@BADHKID@@]]
{{HK_ID|fullwidth:@@HKID~fw@@}}
[[hkid_bad:@@BADHKID@@]]""", None),
    ("mo_form", """澳門居民身份證資料（請核對）
姓名：{{PERSON:梁家輝}}
澳門身份證號碼：{{MO_ID:1@@D6@@(@@D1@@)}}
地址：{{ADDRESS|mo:澳門氹仔柯維納馬路288號海洋花園3座18樓B}}
電話：[[mo_phone:+853 6628 1190]]
僱主：{{ORG:澳門博彩股份有限公司}}""", None),
    ("mo_chat", """幫我回覆：
"{{PERSON|honorific:黃小姐}}你好，我係{{PERSON|en:Ricky}}，上次喺新馬路見過。我嘅回鄉證 {{CN_HK_MACAO_PERMIT|hrp:M@@D8@@}}，澳門身份證 {{MO_ID:5@@D6@@(@@D1@@)}}，下星期去珠海開會。" """, None),
    ("mtp_travel", """台胞證代辦：
申請人：{{PERSON|tw:郭子豪}}
台灣居民來往大陸通行證號碼：{{CN_HK_MACAO_PERMIT|mtp:@@D8@@}}
身分證字號：{{TW_ID:@@TWID@@}}
大陸聯絡人：{{PERSON:廖晨}} {{CN_PHONE:13805917742}}（{{ORG:厦门国贸集团股份有限公司}}）""", None),
    ("en_email", """Subject: Contract renewal - Shenzhen warehouse

Hi {{PERSON|en:Margaret}},

Please find attached the renewal for the lease at {{ADDRESS:深圳市宝安区福永街道凤凰第三工业区8号厂房}}. The landlord contact is Mr. {{PERSON|pinyin:Huang Weidong}} ({{CN_PHONE|intl:+86 135 1042 7789}}).
Our entity {{ORG|en:Northwind Logistics (Shenzhen) Co., Ltd.}} (USCC {{CN_USCC:@@USCC@@}}) will sign.

Best,
{{PERSON|en:Daniel O'Connor}}
Regional Ops Manager | {{EMAIL:d.oconnor@northwind-demo.com}}""", 'mixed'),
    ("en_email", """From: {{PERSON|en:Priya Raman}} <{{EMAIL:priya.raman@contoso-demo.com}}>
To: {{PERSON|en:Zhang Lei}} <{{EMAIL:lei.zhang@contoso-demo.cn}}>
Subject: RE: visa invitation

{{PERSON|en,opt:Lei}}, for the invitation letter I need your passport number ({{CN_PASSPORT:E@@D8@@}}) and home address. Also, could you ask {{PERSON|en:Wang Fang}} in Beijing to send hers?
Thanks, {{PERSON|en:Priya}}
--
{{ORG|en:Contoso Ltd.}} | {{ADDRESS|en,opt:One Microsoft Way, Redmond, WA 98052}}""", 'en'),
    ("en_support", """Ticket #[[order_no:48213]] - Refund not received
Customer: {{PERSON|en:Jessica Alvarez}}
Email: {{EMAIL:jess.alvarez77@gmail.com}}
Card: {{BANK_CARD:@@AMEX@@}} (Amex)
Order [[order_no:W-1183920]] was cancelled on Nov 2. Please draft a reply.""", 'en'),
    ("en_hr", """Employee onboarding checklist - {{PERSON|en:Oluwaseun Adeyemi}}
- Work permit: pending (Shanghai)
- Local bank: {{ORG|bank_branch,en:Bank of China Shanghai Branch}}, card {{BANK_CARD:@@CUP@@}}
- Mobile: {{CN_PHONE:+8618616729043}}
- Home: {{ADDRESS:上海市长宁区虹桥路1438号古北国际财富中心二期3201}}
- Manager: {{PERSON|en:Sophie Müller}}""", 'en'),
    ("en_contract", """SERVICES AGREEMENT
This Agreement is made between {{ORG|en:Acme Analytics, Inc.}}, a Delaware corporation ("Provider"), and {{ORG:上海云图数据科技有限公司}} ("Client"), USCC {{CN_USCC:@@USCC@@}}.
Notices to Client: Attn. {{PERSON|pinyin:Liu Yang}}, {{ADDRESS:上海市徐汇区漕河泾开发区宜山路700号B2栋15楼}}.
Notices to Provider: Attn. Legal, {{ADDRESS|en,opt:1209 Orange Street, Wilmington, DE 19801}}.
Summarise the termination clauses.""", 'mixed'),
    ("en_incident", """Post-mortem draft (please tighten the wording):
At 02:14 UTC the on-call engineer ({{PERSON|en:Mateo Rossi}}) noticed elevated 5xx from {{IP_ADDRESS:203.0.113.45}}. Root cause: the config push by {{EMAIL:svc-deploy@fabrikam-demo.io}} rotated the DB password to {{PASSWORD:Winter2026!rot}} on the primary only. Replica {{IP_ADDRESS:2001:db8:4a::17}} kept the old one.""", 'en'),
    ("en_sales", """Lead list export:
name,company,email,phone
{{PERSON|en:Hannah Kim}},{{ORG|en:Globex Corporation}},{{EMAIL:hkim@globex-demo.com}},[[us_phone:+1 415 555 0134]]
{{PERSON|pinyin:Chen Xiaoyu}},{{ORG|en:Shanghai Pudong Textile Co., Ltd.}},{{EMAIL:chenxy@pdtex-demo.cn}},{{CN_PHONE|intl:+86-139-1702-8834}}
{{PERSON|en:Björn Lindqvist}},{{ORG|en:Nordic Timber AB}},{{EMAIL:bjorn@nordictimber-demo.se}},[[se_phone:+46 8 555 123 45]]
Write a follow-up email template.""", 'en'),
    ("en_legal", """IN THE MATTER OF arbitration between {{ORG|en:Initech LLC}} (Claimant) and {{ORG|en:Hooli Technologies (Hangzhou) Co., Ltd.}} (Respondent). Counsel for Respondent: Ms. {{PERSON|en:Xu Jing}}, {{ORG|en:King & Wood Mallesons}}. Witness statement of Dr. {{PERSON|en:Arjun Mehta}} attached as Exhibit R-4. Case ref [[order_no:HKIAC/A26117]].""", 'en'),
    ("mixed_email", """Hi team，

请把 Q4 的 vendor 名单更新一下：
1. {{ORG:华为技术有限公司}} — contact {{PERSON:周婷}} / {{EMAIL:zhou.ting@huawei-demo.com}}
2. {{ORG|en:Siemens Ltd., China}} — contact {{PERSON|en:Frank Becker}} / {{CN_LANDLINE:+86-10-64768888}}
3. {{ORG:科大讯飞股份有限公司}} — contact {{PERSON|honorific:吴工}} / {{CN_PHONE:18655103372}}

Thanks!
{{PERSON|en:Vivian}}""", 'mixed'),
    ("mixed_email", """Subject: 【紧急】payment failed for PO [[order_no:PO-2026-11873]]

{{PERSON|honorific:Lucy姐}}，
The wire to {{ORG:深圳市汇川技术股份有限公司}} bounced. Their account info: {{ORG|bank_branch:招商银行深圳分行营业部}}, A/C [[digits16:@@BADLUHN16@@]]（这个号码看起来不对？）. Please confirm with {{PERSON:朱锐}} at {{CN_PHONE:13602671905}}.
Regards, {{PERSON|en:Tom}}""", 'mixed'),
    ("mixed_chat", """Slack #cn-ops:
@{{PERSON|en:Ethan}} 那个 {{ORG|en:Alibaba Cloud}} 的 RAM user 是谁建的？
@{{PERSON:郑雨}}: 我建的，AK 发你邮箱 {{EMAIL|fullwidth:ｅｔｈａｎ．ｇｕｏ＠ｄｅｍｏ－ｆｉｎ．ｃｏｍ}} 了
@{{PERSON|en:Ethan}}: ok，另外堡垒机 {{IP_ADDRESS:47.103.218.64}} 的密码是不是 {{PASSWORD:Bastion@2026}}？""", 'mixed'),
    ("mixed_invoice", """Invoice / 发票信息
Buyer 购买方：{{ORG:成都天府软件园有限公司}}
Tax ID 纳税人识别号：{{CN_USCC:@@USCC@@}}
Address & Tel 地址电话：{{ADDRESS:成都市高新区天府大道中段1268号}} {{CN_LANDLINE:028-85339911}}
Bank 开户行及账号：{{ORG|bank_branch:中国建设银行成都高新支行}} [[digits19:@@BADLUHN@@]]
Invoice No. [[invoice_no:26512000000934417]]""", 'mixed'),
    ("en_travel", """Itinerary for Mr. {{PERSON|en:Liam Nguyen}} and Mrs. {{PERSON|en:Anh Nguyen}}
Flight CX 347, 3 Dec, seat 42A/42B
Hotel: {{ORG|en:The Peninsula Beijing}}, conf. [[order_no:PBJ88173]]
Local guide: {{PERSON|pinyin:Ma Jun}}, WeChat phone {{CN_PHONE:13701184522}}
Passport copies on file.""", 'en'),
    ("en_resume", """Please rewrite this CV summary in a more formal tone:
{{PERSON|en:Aiko Tanaka}} | {{EMAIL:aiko.tanaka@protonmail.com}} | Shanghai
Data scientist, 6 yrs. {{ORG|en:Ping An Technology}} (2021–), {{ORG|en:Rakuten Group, Inc.}} (2018–2021). MSc, {{ORG|en:University of Tokyo}}.""", 'en'),
    ("tw_school", """家長聯絡簿（請整理成表格）
{{PERSON|tw:王小明}} 家長：{{PERSON|tw:王大同}} 電話 [[tw_mobile:0920-118-337]]
{{PERSON|tw:李芷瑄}} 家長：{{PERSON|tw:李國華}} 電話 [[tw_mobile:0987-221-004]]
導師：{{PERSON|tw:簡淑華}}\u3000學校：{{ORG:臺北市立建國高級中學}}""", None),
    ("tw_invoice", """電子發票證明聯
賣方：{{ORG:統一超商股份有限公司}}
買方統編：[[tw_ubn:53212539]]
載具：/ABC+123（手機條碼）
會員：{{PERSON|tw:陳冠宇}} {{EMAIL:kuanyu.chen@gmail.com}}
發票號碼 [[invoice_no:XK-28817364]]""", None),
    ("hk_property", """物業轉讓文件摘要：
賣方：{{PERSON:莫志偉}}（香港身份證 {{HK_ID:@@HKID@@}}）
買方：{{ORG:嘉豪置業有限公司}}
物業：{{ADDRESS|hk:香港島北角英皇道500號海景大廈8樓A室}}
律師行：{{ORG:的近律師行}}，經辦人 {{PERSON|honorific:馮律師}}""", None),
]
