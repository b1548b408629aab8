"""Round 3 blind documents: Taiwan / Hong Kong text, English business text, foreign and pinyin names (by hand)."""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("travel", "訂房確認\n旅客姓名：{{PERSON:黃淑芬}}\n入住飯店：{{ORG:台中日月千禧酒店}}\n飯店地址：{{ADDRESS:台中市西屯區市政路77號}}\n同行：{{PERSON:吳俊傑}}", "zh"),
    ("delivery_note", "收件人：{{PERSON:蔡宗翰}} 先生\n地址：{{ADDRESS:高雄市苓雅區四維三路6號18樓之2}}\n寄件人：{{ORG:統一速達股份有限公司}}", "zh"),
    ("hr_form", "僱員資料表\n姓名（中文）：{{PERSON:梁志偉}}\n姓名（英文）：{{PERSON:LEUNG Chi Wai}}\n住址：{{ADDRESS:新界沙田火炭坳背灣街30號華衛工貿中心10樓1002室}}\n僱主：{{ORG:香港科技園公司}}", "zh"),
    ("cs_ticket", "Case #[[ticket_no:HK-2611-0457]]\nCustomer {{PERSON:Mrs. Cheung}} (account holder {{PERSON:CHEUNG Wing Sze}}) reports that her card was declined at {{ORG|opt:Wellcome Supermarket}}. Branch: {{ORG:The Hongkong and Shanghai Banking Corporation Limited}}, {{ADDRESS:1 Queen's Road Central, Central, Hong Kong}}.", "en"),
    ("english_business", "Invoice to: {{ORG:Pacific Rim Trading Pte. Ltd.}}\nAttn: {{PERSON:Tan Wei Ming}}\n{{ADDRESS|opt:10 Anson Road, #27-15 International Plaza, Singapore 079903}}\nFrom: {{ORG:Ningbo Ocean Textile Co., Ltd.}}, {{ADDRESS:No. 1288 Huancheng West Road, Haishu District, Ningbo, Zhejiang}}", "en"),
    ("english_business", "Hi team,\n\n{{PERSON:Priya Sharma}} from {{ORG:Infosys}} will join the call tomorrow with {{PERSON:Zhang Yi}} and {{PERSON:Oliver Bennett}}. {{PERSON:Oliver}}, could you share the deck beforehand?\n\nThanks,\n{{PERSON:Grace}}", "en"),
    ("chat_log", "{{PERSON:Wang Jianguo}}: Morning! Did {{PERSON:Li Na}} sign the NDA?\n{{PERSON:Sophie Martin}}: yes, scanned copy in the shared drive\n{{PERSON:Wang Jianguo}}: great, forward it to {{PERSON:Mr. Okafor}} at {{ORG:Lagos Continental Bank Plc}}", "en"),
    ("travel", "旅客名单\n1. {{PERSON:ZHAO/MINGYUE}}\n2. {{PERSON:SUZUKI/KENTA}}\n3. {{PERSON:KIM/SOYEON}}\n领队：{{PERSON:邹海涛}}\n出发：{{ORG:中国国际航空股份有限公司}} CA925", "mixed"),
    ("contract", "本合同由{{ORG:株式会社山田製作所}}（以下简称甲方，代表取缔役 {{PERSON:山田太郎}}）与{{ORG:大连东洋机械有限公司}}（乙方，总经理 {{PERSON:崔成哲}}）签订。乙方地址：{{ADDRESS:辽宁省大连市金州区开发区东北大街9号}}。", None),
    ("cs_ticket", "退货申请\n买家：{{PERSON:Chloe Wu}}（{{PERSON:吴可馨}}）\n退回地址：{{ADDRESS:浙江省金华市义乌市福田街道国际商贸城二区东门H3-7座}}\n商家：{{ORG:义乌市小商品优选电子商务商行}}", None),
    ("english_business", "Dear {{PERSON:Mr. Sato}},\n\nThank you for visiting {{ORG:BYD Company Limited}} last week. As discussed, {{PERSON:Ms. Lam}} will coordinate the follow-up with your colleague {{PERSON:Yuki Watanabe}}.\n\nKind regards,\n{{PERSON:Henry Fang}}", "en"),
    ("hr_roster", "Team roster — APAC support\n{{PERSON:Aiko Yamamoto}} (Tokyo)\n{{PERSON:Lee Min-jung}} (Seoul)\n{{PERSON:Nurul Huda binti Ahmad}} (Kuala Lumpur)\n{{PERSON:Tran Van Duc}} (Hanoi)\n{{PERSON:Liu Haoran}} (Shenzhen)", "en"),
    ("wechat_group", "{{PERSON:Jason}}：@{{PERSON:Vivian王}} 明天的路演你去吗\n{{PERSON:Vivian王}}：去的，和{{PERSON:Tony}}一起\n{{PERSON:Jason}}：OK 地点在{{ADDRESS:广东省广州市天河区珠江新城花城大道85号高德置地广场A座}}", None),
    ("delivery_note", "順豐速運 收件人：{{PERSON:何詠詩}}\n地址：{{ADDRESS:香港新界荃灣青山公路荃灣段398號愉景新城3座25樓F室}}\n電話：@@D8@@", "zh"),
    ("crm_note", "客戶：{{ORG:台灣積體電路製造股份有限公司}} 採購 {{PERSON:許雅雯}} 經理\n拜訪人：{{PERSON:簡志豪}}\n備註：{{PERSON|honorific:許經理}}要求下週提供報價。", "zh"),
    ("english_business", "Meeting notes\nAttendees: {{PERSON:J. Robertson}}, {{PERSON:M. Gonzalez}}, {{PERSON:Xiao Wen}}\n{{PERSON:Robertson}} confirmed the pilot at {{ORG:Stanford University}} will start in January.", "en"),
    ("cs_chat", "用户：我叫{{PERSON:苏日娜}}，蒙古族，身份证上名字是{{PERSON:苏日娜}}，快递单上写成了{{PERSON|opt:苏日那}}\n客服：好的，我们帮您改为{{PERSON:苏日娜}}。收货地址是{{ADDRESS:内蒙古自治区锡林郭勒盟锡林浩特市宝力根街道额尔敦路16号}}对吗？", None),
    ("contract", "立約人：{{PERSON:陳美玲}}（以下簡稱甲方）\n{{ORG:永慶房屋仲介股份有限公司}}（以下簡稱乙方）\n標的物：{{ADDRESS:臺北市信義區松仁路100號12樓}}", "zh"),
    ("chat_log", "{{PERSON:Ahmed}}: where's the shipment\n{{PERSON:Xu Lei}}: still at customs in Tianjin, {{PERSON:Mr. Pavlov}} is handling it\n{{PERSON:Ahmed}}: ok tell {{PERSON:Pavlov}} to call me", "en"),
    ("hr_form", "个人简历\n姓名：{{PERSON|minority:阿不都热合曼·吾守尔}}\n毕业院校：{{ORG:新疆大学}}\n工作经历：2019-2024 {{ORG:中国移动通信集团新疆有限公司乌鲁木齐分公司}}", None),
    ("english_business", "Please remit to {{ORG:Standard Chartered Bank (China) Limited, Shanghai Branch}}. Beneficiary: {{ORG:Evergreen Home Furnishings Co., Ltd.}}. Contact person: {{PERSON:Lucy Shen}}.", "en"),
    ("wechat_group", "{{PERSON|opt:阿婆}}：孙仔几时返嚟食饭？\n{{PERSON:阿伟}}：下个礼拜六啦，同{{PERSON:阿玲}}一齐返", None),
]
