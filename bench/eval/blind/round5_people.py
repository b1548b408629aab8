"""Round 5, part 2: people, places and organisations in the forms earlier rounds may have missed.

Why: PERSON / ADDRESS / ORG recall depends on context the detector cannot count on: names that are ordinary
words, two-character names, names first seen late in a thread or only in a table column, titles glued to
names, pinyin and English names inside Chinese text, Hong Kong / Taiwan / minority names, addresses down to
栋 / 单元 / 室 / 组, split over lines, or written in traditional characters, and organisation names with
branches. Labels follow the shared conventions (name only before a title after a full name; surname + title
or 老 / 小 + surname whole; address from the highest unit written to the finest, postcode excluded).
"""
from __future__ import annotations


def ju(s: str) -> str:
    """The JSON \\u escape of a string, as a serializer with ensure_ascii writes it."""
    return "".join(f"\\u{ord(c):04x}" for c in s)


ZW = "\u200b"

DOCS: list[tuple[str, str, str | None]] = [
    ("email_signoff", r"""帮我把这封邮件改得更正式：
{{PERSON:晓峰}}你好，
上次说的 POC 环境已经准备好了，账号开通后我这边会同步给你们的运维同事。合同的事情请直接找我们法务{{PERSON|honorific:孙律师}}。
Best,
{{PERSON|en:Kevin Zhou}} / {{PERSON:周凯文}}
华东区销售总监 | {{ORG:上海云帆信息科技有限公司}}
Tel: {{CN_LANDLINE:021-6438 1927}}  Mobile: {{CN_PHONE:139@@D8@@}}""", None),
    ("csv_people", r"""这个 CSV 导入时报列数不对，帮我看看哪行有问题：
姓名,部门,工号,手机,入职日期
{{PERSON:高峰}},基础架构部,E10233,{{CN_PHONE:138@@D8@@}},2021-03-01
{{PERSON:夏天}},数据平台部,E10871,{{CN_PHONE:186@@D8@@}},2022-07-18
{{PERSON|compound_surname:欧阳晨}},安全合规部,E11020,{{CN_PHONE:159@@D8@@}},2023-02-13,备注
{{PERSON:江河}},财务部,E09912,{{CN_PHONE:177@@D8@@}},2019-11-04""", "zh"),
    ("chat_feishu", r"""飞书群聊记录，帮我整理出谁负责什么：
{{PERSON:陈思远}}：@{{PERSON:林海}} 明天的客户拜访你跟{{PERSON|honorific:王总}}一起去吗
{{PERSON:林海}}：我去，{{PERSON|honorific:小李}}留在公司盯上线
{{PERSON:李文静}}：收到，我盯着。{{PERSON|honorific:老周}}说数据库那边周三再切
{{PERSON:陈思远}}：好，那就这么定""", "zh"),
    ("hr_minutes", r"""请把面试记录整理成评估表：
候选人：{{PERSON:白雪}}，应聘高级测试工程师。
一面面试官：{{PERSON:刘建华}}经理；二面面试官：{{PERSON:张敏}}主任。
{{PERSON:刘建华}}评价：自动化框架经验扎实，沟通清楚。{{PERSON|honorific:张主任}}评价：对性能测试理解一般，但学习能力强。
建议定级 P6，由{{PERSON|honorific:何女士}}（HRBP）跟进薪资沟通。""", "zh"),
    ("delivery", r"""帮我把这个收货地址拆成省市区和详细地址：
收件人：{{PERSON:方圆}}
电话：{{CN_PHONE:135@@D8@@}}
地址：{{ADDRESS:广东省深圳市南山区粤海街道科技南十二路2号金蝶软件园B座8层}}
邮编：518057""", "zh"),
    ("delivery_linebreak", r"""快递单上地址换行了，帮我合成一行：
收货人 {{PERSON:常青}}
{{ADDRESS|linebreak:江苏省苏州市工业园区
星湖街328号创意产业园
12栋2单元1302室}}
{{CN_PHONE:151@@D8@@}}""", "zh"),
    ("rural_address", r"""扶贫慰问物资的配送清单，帮我按乡镇排序：
1. {{PERSON:吉克阿依}}，{{ADDRESS|cn_rural:四川省凉山彝族自治州昭觉县竹核乡大温泉村3组}}
2. {{PERSON:马国强}}，{{ADDRESS|cn_rural:甘肃省临夏回族自治州东乡族自治县锁南镇红柳村5组27号}}
3. {{PERSON:次仁卓玛}}，{{ADDRESS|cn_rural:西藏自治区日喀则市定日县岗嘎镇二村}}""", "zh"),
    ("hk_address", r"""Please translate this HK client record into English:
客戶姓名：{{PERSON|hk:陳志明}}（{{PERSON|hk:Chan Chi Ming}}）
通訊地址：{{ADDRESS|hk:香港九龍旺角彌敦道688號旺角中心1期12樓1203室}}
聯絡電話：+852 9123 4567
公司：{{ORG|hk:香港永信貿易有限公司}}""", None),
    ("tw_address", r"""幫我把這個台灣客戶資料轉成表格：
聯絡人：{{PERSON|tw:黃柏翰}}
公司：{{ORG|tw:宏達國際電子股份有限公司}}
地址：{{ADDRESS|tw:臺北市大安區忠孝東路四段216巷27弄5號3樓}}
備註：請{{PERSON|tw:林佩蓉}}小姐協助報價""", "zh"),
    ("bank_branch", r"""供应商付款信息核对，看开户行写法是否规范：
收款单位：{{ORG:杭州青禾环境科技有限公司}}
开户行：{{ORG|bank_branch:招商银行股份有限公司杭州分行高新支行}}
账号：{{BANK_CARD:@@CUP@@}}
联系人：{{PERSON:徐海燕}}，{{CN_PHONE:187@@D8@@}}""", "zh"),
    ("medical", r"""请把这段病程记录改成规范格式：
患者{{PERSON|compound_surname:司马文静}}，女，46 岁，因“反复上腹痛 3 月”于 2026-11-20 入院。
主治医生：{{PERSON:邵立群}}；管床医生：{{PERSON|honorific:冯医生}}。
既往于{{ORG|hospital:复旦大学附属华山医院}}行胆囊切除术。家属{{PERSON|compound_surname:司马刚}}（丈夫）陪同，联系电话 {{CN_PHONE:136@@D8@@}}。""", "zh"),
    ("legal_memo", r"""Draft a summary of this case memo in English:
原告：{{ORG:北京星衡商贸有限公司}}，法定代表人{{PERSON:赵德明}}。
被告：{{PERSON:钱芳}}，住{{ADDRESS:北京市朝阳区望京街道阜通东大街6号院3号楼2单元901室}}。
受理法院：{{ORG|gov:北京市朝阳区人民法院}}。原告委托代理人{{PERSON|honorific:孟律师}}、{{PERSON:韩笑}}律师。""", None),
    ("later_mention", r"""帮我总结这个邮件往来，谁答应了什么：
---- 第一封 ----
各位好，我是新来的项目经理{{PERSON:尹晓东}}，负责三期交付。
---- 第二封 ----
{{PERSON:晓东}}，欢迎！测试环境的账号我今天开好。——{{PERSON:宋佳}}
---- 第三封 ----
谢谢{{PERSON|honorific:宋姐}}。另外周四的评审请{{PERSON:晓东}}主持，我出差。——{{PERSON:唐磊}}""", "zh"),
    ("pinyin_in_zh", r"""这个周报里的英文名字要不要统一成中文？
本周进展：
- 支付网关改造：{{PERSON|pinyin:Zhang Xiaoyu}} 完成灰度，{{PERSON|pinyin:Wang Lei}} 负责回滚预案
- 风控模型：{{PERSON|en:Emily Chen}} 和{{PERSON:吴昊}}在对齐特征口径
- 下周请假：{{PERSON|pinyin:LIU Yang}}（周三到周五）""", "mixed"),
    ("minority_names", r"""请把获奖名单按姓名笔画排序：
一等奖：{{PERSON|minority:阿依努尔·吐尔逊}}、{{PERSON|compound_surname:诸葛明}}
二等奖：{{PERSON|minority:帕尔哈提·艾买提}}、{{PERSON:乌兰托娅}}、{{PERSON:高兴华}}
三等奖：{{PERSON:金鑫}}、{{PERSON|minority:古丽米拉·阿不都}}、{{PERSON:向阳}}""", "zh"),
    ("markdown_table", r"""把这个表格转成 JSON：
| 姓名 | 角色 | 城市 |
|---|---|---|
| {{PERSON:文静}} | 产品经理 | [[place_name:成都]] |
| {{PERSON:武强}} | 后端开发 | [[place_name:西安]] |
| {{PERSON|compound_surname:上官婉清}} | 设计 | [[place_name:杭州]] |
| {{PERSON|en:Michael O'Brien}} | 顾问 | [[place_name:新加坡]] |""", None),
    ("school_notice", r"""帮我改这则家长通知：
各位家长：{{ORG|school:杭州市学军中学}}高二（3）班将于本周六组织社会实践活动，集合地点为校门口。班主任{{PERSON:钟丽}}老师、副班主任{{PERSON|honorific:贾老师}}带队。如有疑问请联系{{PERSON|honorific:钟老师}}，电话 {{CN_PHONE:133@@D8@@}}。""", "zh"),
    ("gov_letter", r"""请把这份函件改成正式公文格式：
{{ORG|gov:国家税务总局上海市浦东新区税务局}}：
我单位{{ORG:上海岚图物流有限公司}}（统一社会信用代码 {{CN_USCC:@@USCC@@}}）因系统升级，申请延期申报十一月增值税。经办人：{{PERSON:潘越}}，联系电话 {{CN_LANDLINE:021-5876 2210}}。
地址：{{ADDRESS:上海市浦东新区张江镇碧波路690号5号楼7层}}""", "zh"),
    ("crm_note", r"""CRM 跟进记录，帮我提炼下一步行动：
11/24 电话沟通{{PERSON|honorific:李女士}}（采购），对方说预算在一季度。
11/26 拜访{{PERSON:郑永和}}总监，演示报表模块，{{PERSON:郑永和}}对权限管理很感兴趣。
11/28 {{PERSON|honorific:郑总}}回邮件，要求报价含三年维保。
客户：{{ORG:宁波海曙启明电子有限公司}}""", "zh"),
    ("cantonese_chat", r"""幫我將呢段對話翻譯成普通話：
{{PERSON|hk:何嘉欣}}：{{PERSON|honorific:陳生}}，份合約我已經寄咗去你公司。
{{PERSON|honorific:陳生}}：收到，{{PERSON|hk:阿欣}}，我聽日睇完再覆你。
{{PERSON|hk:何嘉欣}}：好呀，有咩問題搵{{PERSON|hk:Ho Ka Yan}}就得，即係我啦。""", "zh"),
    ("spaced_name", r"""OCR 出来的名字中间有空格，帮我清理：
申请人：{{PERSON|spaced_name:刘 思 远}}
担保人：{{PERSON|spaced_name:卢　静}}
经办网点：{{ORG|bank_branch:中国建设银行股份有限公司南京鼓楼支行}}""", "zh"),
    ("json_escape", r"""接口返回乱码了，帮我解码：
{"code":0,"data":{"contact":"{{PERSON|json_escape:""" + ju("谭雨桐") + r"""}}","org":"{{ORG|json_escape:""" + ju("深圳市前海微联科技有限公司") + r"""}}","city":"shenzhen"}}""", None),
    ("zero_width_name", "这段客户信息复制过来后搜索不到名字，是不是有隐藏字符？\n客户：{{PERSON|zero_width:梁" + ZW + "嘉怡}}\n单位：{{ORG:广州越秀城建置业有限公司}}\n", "zh"),
    ("english_email", r"""Please shorten this email:
Hi {{PERSON|en:Sarah}},
Thanks for the intro to {{PERSON|en:Daniel Whitfield}} at {{ORG|en:Northwind Logistics Ltd.}} We met him and {{PERSON|pinyin:Zhao Min}} from their Shenzhen team on Tuesday.
Next step: {{PERSON|en:Daniel}} will send the data-processing addendum by Friday.
Cheers,
{{PERSON|en:Priya Raman}}""", "en"),
    ("court_notice", r"""请核对这份送达公告的格式：
{{PERSON:滕飞}}：
本院受理原告{{ORG:苏州恒润建材有限公司}}诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。开庭时间为 2027 年 1 月 12 日上午九时，地点为本院第五法庭。
{{ORG|gov:江苏省苏州市吴中区人民法院}}""", "zh"),
    ("police_record", r"""帮我把笔录转成第三人称叙述：
问：你叫什么名字？
答：我叫{{PERSON:雷雨}}。
问：{{PERSON:雷雨}}，你和{{PERSON:龙飞}}是什么关系？
答：同事，都在{{ORG:重庆渝富机械制造有限公司}}上班。
问：事发时你在哪里？
答：在{{ADDRESS:重庆市九龙坡区石桥铺街道科园一路73号2栋4层}}的车间。""", "zh"),
    ("mention_list", r"""Slack thread, who is blocked on what?
@{{PERSON|pinyin:Tang Wei}} the schema migration is waiting on your review
@{{PERSON|en:Olivia}} can you rerun the flaky test? @{{PERSON:黎明}} says it passed locally
{{PERSON:黎明}}: yes, on my machine, 3 runs""", "mixed"),
    ("address_units", r"""物业报修单，帮我分派给维修班组：
1. {{ADDRESS:湖北省武汉市洪山区关山大道355号光谷新世界K18栋1单元2203室}}，卫生间漏水，业主{{PERSON:罗春华}}
2. {{ADDRESS:武汉市江汉区建设大道568号新世界国贸大厦I座36层}}，空调不制冷，联系人{{PERSON|honorific:小熊}}
3. {{ADDRESS:湖北省武汉市东湖新技术开发区高新大道999号A区5号楼B座}}，门禁故障""", "zh"),
    ("village_group", r"""土地确权登记表，帮我检查字段：
户主：{{PERSON:杨和平}}
身份证号：{{CN_ID_CARD:@@ID@@}}
住址：{{ADDRESS|cn_rural:河南省周口市郸城县宁平镇王营村三组18号}}
承包地块：4 块，合计 7.3 亩""", "zh"),
    ("two_char_names", r"""值班表帮我排一下，每人每周最多两班：
周一 {{PERSON:王芳}} {{PERSON:李娜}}
周二 {{PERSON:张伟}} {{PERSON:刘洋}}
周三 {{PERSON:陈静}} {{PERSON:王芳}}
周四 {{PERSON:杨帆}} {{PERSON:张伟}}
周五 {{PERSON:李娜}} {{PERSON:杨帆}}""", "zh"),
    ("title_suffix", r"""会议纪要帮我润色：
参会：{{PERSON:蒋文斌}}副总裁、{{PERSON:许丽萍}}总监、{{PERSON|honorific:曹经理}}、{{PERSON|honorific:老郭}}
会议决定：由{{PERSON:许丽萍}}牵头制定明年预算，{{PERSON|honorific:曹经理}}配合。{{PERSON|honorific:郭工}}负责机房搬迁的技术方案。""", "zh"),
    ("hospital_referral", r"""转诊单内容帮我核对：
转出医院：{{ORG|hospital:浙江省人民医院}}
转入医院：{{ORG|hospital:上海交通大学医学院附属瑞金医院}}
患者：{{PERSON:袁梦琪}}，住院号 [[record_no:ZY20261104887]]
转诊医生：{{PERSON:孔祥瑞}}，联系电话 {{CN_LANDLINE:0571-8766 5123}}""", "zh"),
    ("org_subsidiary", r"""帮我把这些单位名称统一成全称：
1. {{ORG:中国平安财产保险股份有限公司广东分公司}}
2. {{ORG:华润万家生活超市（广州）有限公司天河北分店}}
3. {{ORG:国网江苏省电力有限公司南京供电分公司}}
4. [[generic_org:该分公司]]（指第一条）""", "zh"),
    ("resume", r"""帮我优化这份简历的措辞：
{{PERSON:聂文轩}} | {{CN_PHONE:182@@D8@@}} | {{EMAIL:niewenxuan.dev@@@L4@@mail.com}}
教育：{{ORG|school:华中科技大学}} 计算机科学与技术 本科
经历：2021–至今 {{ORG:武汉斗鱼网络科技有限公司}} 后端工程师
现居：{{ADDRESS:湖北省武汉市洪山区珞喻路1037号华中科技大学西十二舍403室}}""", "zh"),
    ("wechat_forward", r"""这是客户转发过来的聊天截图文字，帮我判断诉求：
[{{PERSON|honorific:吴姐}}]：明天能送到吗
[我]：可以的，{{PERSON|honorific:吴姐}}，地址还是上次那个吗
[{{PERSON|honorific:吴姐}}]：换了，{{ADDRESS:福建省厦门市湖里区金山街道云顶北路16号A栋1806}}
[我]：好的收到""", "zh"),
    ("english_address_us", r"""Translate this shipping note into Chinese:
Ship to: {{PERSON|en:Hannah Kowalski}}, {{ORG|en:Brightline Analytics Inc.}}
{{ADDRESS|en,opt:1200 Pine Street, Suite 410, Seattle, WA 98101}}
Ship from: our Ningbo warehouse, attention {{PERSON|pinyin:Xu Jing}}.""", "en"),
    ("mixed_titles", r"""客户回访记录：
回访对象：{{PERSON|honorific:郑阿姨}}（{{PERSON:郑淑芬}}），其女儿{{PERSON:何欣怡}}代为接听。
{{PERSON|honorific:郑阿姨}}反映上门安装的师傅很专业，但迟到了一个小时。安装师傅：{{PERSON|honorific:小马}}。
请帮我写一段感谢回复。""", "zh"),
    ("minutes_en_cn", r"""Meeting notes, please translate to English:
出席：{{PERSON:戴维}}（{{ORG:德勤华永会计师事务所（特殊普通合伙）上海分所}}）、{{PERSON:田甜}}、{{PERSON|en:Lucas Meyer}}
议题：年度审计时间表。{{PERSON:田甜}}提出 1 月中旬进场，{{PERSON:戴维}}同意。
下一次会议地点：{{ADDRESS:上海市黄浦区延安东路222号外滩中心30楼}}""", "mixed"),
    ("volunteer_list", r"""志愿者名单帮我去重：
{{PERSON:海燕}}（{{PERSON:邱海燕}}），{{PERSON:石磊}}，{{PERSON:邱海燕}}，{{PERSON:鲁春生}}，{{PERSON:石磊}}，{{PERSON:关心怡}}
备注：{{PERSON:海燕}}就是{{PERSON:邱海燕}}。""", "zh"),
    ("lease", r"""帮我审一下这份租房合同的关键信息：
出租方（甲方）：{{PERSON:凌志远}}，身份证号 {{CN_ID_CARD:@@IDX@@}}
承租方（乙方）：{{PERSON:姚倩}}
房屋坐落：{{ADDRESS:广东省广州市天河区天河北路233号中信广场东塔裙楼5层}}
月租金：[[amount:¥8,600]]，押二付一。""", "zh"),
    ("tw_letter", r"""請幫我潤飾這封信：
{{PERSON|tw:張家豪}}先生您好：
敝公司{{ORG|tw:台灣積體電路製造股份有限公司}}誠摯邀請您參加年終客戶答謝會，地點：{{ADDRESS|tw:新竹市東區力行六路8號}}。
如有疑問請洽{{PERSON|tw:陳怡君}}。""", "zh"),
    ("address_floors", r"""请把下面三个公司地址翻译成英文：
1. {{ORG:北京字节跳动科技有限公司}}：{{ADDRESS:北京市海淀区北三环西路甲43号院1号楼方恒时代大厦B座12层}}
2. {{ORG:成都天府软件园有限公司}}：{{ADDRESS:四川省成都市高新区天府大道中段1268号天府软件园E区3栋}}
3. 分部：{{ADDRESS:天津市滨海新区第三大街51号滨海金融街西区2号楼C座1107室}}""", "zh"),
    ("jira_comment", r"""Jira 评论，帮我写成英文：
@{{PERSON:郝帅}} 这个 bug 是{{PERSON:祝文博}}上周提的，{{PERSON|honorific:小祝}}说只在 Safari 上复现。请和前端的 {{PERSON|en:Nina}} 一起看一下，修复后指给{{PERSON|honorific:郝哥}}验证。""", "zh"),
    ("obituary_hr", r"""帮我写一封慰问信：
我司员工{{PERSON:庞丽君}}的父亲{{PERSON:庞振国}}先生于 11 月 25 日病逝。公司工会决定由{{PERSON:俞立新}}主席带队前往{{ADDRESS:山东省潍坊市寿光市洛城街道东斟灌村6组}}慰问家属。""", "zh"),
    ("name_word_chat", r"""这段对话里谁是谁？
A：今天{{PERSON:高兴}}来了吗？
B：来了，{{PERSON:高兴}}一早就到了，还带了新来的实习生{{PERSON:于是非}}。
A：哈哈这名字，[[surname_word:于是]]你让他先熟悉代码吧。""", "zh"),
    ("invoice_org", r"""发票抬头帮我核对：
购买方名称：{{ORG:厦门翔业航空服务有限公司}}
纳税人识别号：{{CN_USCC:@@USCC@@}}
地址电话：{{ADDRESS:厦门市湖里区翔云一路88号}} {{CN_LANDLINE:0592-5730218}}
开户行及账号：{{ORG|bank_branch:中国银行厦门高崎支行}} {{BANK_CARD:@@CUP16@@}}""", "zh"),
    ("reference_letter", r"""Please proofread this reference letter:
To whom it may concern,
I supervised {{PERSON|pinyin:Ma Yuting}} at {{ORG|en:Shanghai Jiao Tong University}} from 2019 to 2023. {{PERSON|pinyin:Yuting}} is careful and creative.
Prof. {{PERSON|en:Richard Hale}}, {{ORG|en:University of Edinburgh}}""", "en"),
    ("group_buy", r"""社区团购接龙，帮我统计份数：
1. 3栋{{PERSON|honorific:王阿姨}} 2份
2. {{PERSON:苗苗}}妈妈 1份
3. 7栋2单元 {{PERSON|honorific:刘老师}} 3份
4. {{PERSON|en:Tony}} 1份
自提点：{{ADDRESS:江苏省南京市江宁区秣陵街道胜太路68号翠屏城二期3栋1单元101室}}""", "zh"),
    ("org_english", r"""帮我查一下这几家公司的英文名是否正确：
{{ORG:阿里巴巴（中国）有限公司}} — {{ORG|en:Alibaba (China) Co., Ltd.}}
{{ORG:腾讯科技（深圳）有限公司}} — {{ORG|en:Tencent Technology (Shenzhen) Company Limited}}
{{ORG:华为技术有限公司}} — {{ORG|en:Huawei Technologies Co., Ltd.}}""", "mixed"),
    ("patient_family", r"""请帮我把家属沟通记录写规范：
患儿{{PERSON:戚小满}}，男，5 岁。父亲{{PERSON:戚建军}}，母亲{{PERSON:严冬梅}}。
沟通医生：{{PERSON|honorific:沈主任}}、{{PERSON:卜一凡}}住院医师。
家属同意行扁桃体切除术。住址：{{ADDRESS:安徽省合肥市蜀山区长江西路669号高新区管委会宿舍4幢303室}}""", "zh"),
    ("exit_interview", r"""离职面谈记录帮我脱敏前先整理一下：
员工：{{PERSON:谷雨}}，入职 3 年，{{ORG:北京小桔科技有限公司}}数据部。
面谈人：{{PERSON:韦宁}}（HRBP）。
{{PERSON:谷雨}}表示离职原因是通勤太远，新住址在{{ADDRESS:河北省廊坊市燕郊高新区迎宾路108号天洋城4代7号楼3单元502}}。""", "zh"),
    ("delivery_en_cn", r"""帮我把这条国际快递信息补全：
Consignee: {{PERSON|pinyin:HUANG Zixuan}} / {{PERSON:黄子轩}}
Address: {{ADDRESS:浙江省宁波市鄞州区首南街道天童南路588号宁波城投大厦A座2101室}}
Phone: {{CN_PHONE|intl:+86 158 @@D4@@ @@D4@@}}
Shipper: {{ORG|en:Kestrel Outdoor GmbH}}""", "mixed"),
    ("later_thread_en", r"""Who should I follow up with? Thread below:
> From: ops-oncall
> The disk alert was acknowledged by {{PERSON|en:Marcus}}.
> From: {{PERSON|en:Marcus Lindqvist}}
> I'll hand over to {{PERSON|pinyin:Feng Qi}} at 18:00.
> From: {{PERSON|pinyin:Feng Qi}}
> Got it. {{PERSON|en:Marcus}}, please leave the runbook link.""", "en"),
    ("village_official", r"""村委会通知帮我改通顺：
各村民小组：{{ORG|gov:浙江省丽水市松阳县四都乡平田村村民委员会}}定于 12 月 3 日召开村民代表大会。请{{PERSON:叶根土}}（一组组长）、{{PERSON:周松林}}（二组组长）通知到户。会场：{{ADDRESS|cn_rural:松阳县四都乡平田村文化礼堂}}""", "zh"),
    ("fullwidth_mix", r"""这些联系人信息帮我导入通讯录：
{{PERSON:骆宾}}　{{CN_PHONE|fullwidth:１３９@@D8~fw@@}}　{{EMAIL|fullwidth:ｌｕｏｂｉｎ＠ｅｘａｍｐｌｅ－ｃｏｒｐ．ｃｎ}}
{{PERSON:胡蝶}}　{{CN_PHONE:189@@D8@@}}
{{PERSON|en:Anna Schmidt}}　{{EMAIL:anna.schmidt@kestrel-outdoor.de}}""", "zh"),
    ("kid_school", r"""幼儿园入园登记信息核对：
幼儿姓名：{{PERSON:乐乐}}（大名{{PERSON:付乐乐}}）
监护人：{{PERSON:付强}}、{{PERSON:沈蕾}}
就读：{{ORG|school:深圳市福田区第一幼儿园}}
家庭住址：{{ADDRESS:深圳市福田区莲花街道景田北路10号景田北小区5栋B座602}}""", "zh"),
    ("address_hk_en", r"""請將以下地址改為英文格式：
{{ADDRESS|hk:香港灣仔告士打道138號聯合鹿島大廈18樓1806室}}
收件人：{{PERSON|hk:李詠詩}}小姐
公司：{{ORG|hk:永安旅遊（香港）有限公司}}""", "zh"),
    ("rental_chat", r"""租房中介的聊天记录，帮我看房东靠不靠谱：
中介{{PERSON|honorific:小韩}}：房东姓{{PERSON|opt:庄}}，{{PERSON|honorific:庄先生}}人很好说话
我：房子具体在哪
中介{{PERSON|honorific:小韩}}：{{ADDRESS:上海市闵行区七宝镇七莘路3655弄21号402室}}，离地铁 600 米""", "zh"),
    ("dept_names", r"""帮我把部门名称翻译成英文：
{{ORG|gov:上海市市场监督管理局}}
{{ORG|gov:深圳市南山区人力资源局}}
{{ORG:中国科学院计算技术研究所}}
[[generic_org:本单位]]办公室""", "zh"),
    ("name_pinyin_email", r"""邮件签名帮我排版：
{{PERSON:曾德华}} Deputy GM
{{ORG:佛山市顺德区美嘉电器有限公司}}
E: {{EMAIL:zeng.dehua@@@L5@@-elec.com}}  M: {{CN_PHONE|intl:+86 139-@@D4@@-@@D4@@}}
A: {{ADDRESS:广东省佛山市顺德区北滘镇美的大道6号}}""", "zh"),
    ("spaced_english", r"""The scanner split the name with spaces, please fix:
Applicant: {{PERSON|spaced_name,en:J o n a t h a n  L e e}}
Employer: {{ORG|en:Pacific Rim Freight Co., Ltd.}}""", "en"),
    ("witness", r"""证人证言帮我改成书面语：
我叫{{PERSON:文明}}，是{{ORG:南昌市青山湖区湖坊镇社区卫生服务中心}}的护士。那天晚上九点多，我看到{{PERSON|honorific:老黄}}和一个穿黑衣服的人在{{ADDRESS:江西省南昌市青山湖区北京东路1188号}}门口争吵。""", "zh"),
    ("conference_badges", r"""Conference badge list, fix capitalisation:
{{PERSON|en:aisha bello}} - {{ORG|en:Lagos Fintech Hub}}
{{PERSON|en:SOFIA ROSSI}} - {{ORG|en:Politecnico di Milano}}
{{PERSON|pinyin:zhou yiming}} - {{ORG:浙江大学}}
{{PERSON|en:Kenji Watanabe}} - {{ORG|en:Rakuten Group, Inc.}}""", "en"),
    ("household", r"""户籍迁移材料清单帮我核对：
迁出地：{{ADDRESS|cn_rural:贵州省毕节市威宁彝族回族苗族自治县石门乡团结村七组}}
迁入地：{{ADDRESS:贵州省贵阳市观山湖区林城西路95号中天会展城B区8栋2单元1703}}
迁移人：{{PERSON:禄永华}}、{{PERSON:禄小雨}}""", "zh"),
    ("sales_pipeline", r"""销售漏斗帮我按金额排序：
{{ORG:青岛啤酒股份有限公司}}，对接人{{PERSON|honorific:隋总}}，[[amount:¥1,800,000]]
{{ORG:山东高速集团有限公司}}，对接人{{PERSON:邢雪}}，[[amount:¥650,000]]
{{ORG:海尔智家股份有限公司}}，对接人{{PERSON:栾晓光}}，[[amount:¥2,300,000]]""", "zh"),
    ("shipping_lines", r"""发货单地址跨了三行，帮我确认有没有写全：
收货人：{{PERSON:宁静}}
{{ADDRESS|linebreak:云南省昆明市
五华区人民中路
68号金碧大厦15层1502室}}
电话：{{CN_PHONE:180@@D8@@}}""", "zh"),
    ("ethnic_tibetan", r"""请把下面的新闻稿改写成人物通讯：
在{{ORG:西藏自治区人民医院}}工作二十年的{{PERSON:格桑曲珍}}医生，每年都要下乡义诊。与她搭档的{{PERSON:扎西顿珠}}说，{{PERSON:格桑曲珍}}医生从不嫌累。""", "zh"),
    ("apology_letter", r"""帮我写一封致歉信的开头：
尊敬的{{PERSON|honorific:潘先生}}：
您于 11 月 22 日在我行{{ORG|bank_branch:交通银行上海徐汇支行}}办理业务时，因工作人员{{PERSON:严俊}}操作失误导致您多等了四十分钟，我们深表歉意。""", "zh"),
    ("contractor", r"""外包人员进场登记：
{{PERSON|en:Nguyen Van Minh}}（越南籍），{{ORG:深圳市博远信息技术服务有限公司}}
{{PERSON|en:Park Ji-hoon}}（韩籍），同上
{{PERSON:蒙志刚}}，{{ORG:广西柳工机械股份有限公司}}
驻场地点：{{ADDRESS:广西壮族自治区柳州市柳北区柳太路1号}}""", "mixed"),
    ("review_hk", r"""請把這份盡職調查摘要翻譯成英文：
目標公司：{{ORG|hk:大灣區創新科技（香港）有限公司}}
董事：{{PERSON|hk:黃嘉儀}}、{{PERSON|hk:Wong Kar Yee}}（同一人）、{{PERSON|hk:麥志偉}}
註冊地址：{{ADDRESS|hk:香港中環皇后大道中99號中環中心55樓5501室}}""", "zh"),
    ("sms_template_filled", r"""这条短信发出去了，帮我看看有没有问题：
【快递通知】{{PERSON|honorific:葛先生}}您好，您的快件已放至{{ADDRESS:北京市海淀区上地十街10号院2号楼}}东门丰巢柜，取件码 [[pickup_code:482913]]。""", "zh"),
]
