"""Hand-written documents about people: tickets, HR, banking, logistics, healthcare, contracts, chats.

Markup: {{TYPE|tags:value}} gold, [[kind:text]] decoy, @@MAKER@@ synthetic check-digit-valid value.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []


def d(kind: str, src: str, lang: str | None = None) -> None:
    DOCS.append((kind, src.strip("\n"), lang))


# --- customer service -------------------------------------------------------------------------------
d("cs_chat", """
[14:02:11] 访客：你好，我上周买的空气炸锅一直没发货
[14:02:40] 客服-小米粒：亲，麻烦提供一下订单号哦
[14:03:05] 访客：[[order_no:4521783690012563]]
[14:03:30] 客服-小米粒：查到了，收件人是{{PERSON:邓志强}}吗？电话{{CN_PHONE:139 2745 8163}}
[14:04:02] 访客：对，地址改一下，改成{{ADDRESS:广东省佛山市南海区桂城街道海八东路18号万科金域华府6座1502}}
[14:04:30] 客服-小米粒：好的已备注，预计[[date:11月2日]]发出~
""")
d("cs_ticket", """
工单编号：[[ticket_no:TK-2026-0918-00417]]
来源渠道：400热线（[[hotline:400-820-8820]]）
来电人：{{PERSON|honorific:刘女士}}，回拨号码{{CN_PHONE:15618047723}}
问题：信用卡年费被扣了两次，卡号尾号[[masked_card:**** 6621]]
处理：已转信用卡中心二线，承诺48小时内回复。
""")
d("cs_ticket", """
【售后登记】
买家昵称：[[username:tb_夏日冰淇淋88]]
真实姓名：{{PERSON:欧阳婉清}}
联系电话：{{CN_PHONE:186-0213-7749}}
退货地址：{{ADDRESS:上海市闵行区七宝镇漕宝路3055号七宝万科广场B1层}}
快递单号：[[tracking_no:SF1402687734591]]
备注：买家说衣服起球，要求七天无理由退货
""")
d("cs_chat", """
用户: 我要注销账号，实名信息是{{PERSON:韦小凤}}，身份证{{CN_ID_CARD:@@ID@@}}
机器人: 为了保护您的账户安全，请勿在对话中发送完整证件号码。
用户: 那你们打我电话吧 {{CN_PHONE|cn_numeral:一五九零七七三二六八一}}
""")
d("cs_ticket", """
投诉单 #[[ticket_no:88031275]]
客户{{PERSON|honorific:王先生}}反映：快递员把包裹放在驿站没通知，地址{{ADDRESS:浙江省杭州市余杭区五常街道文一西路998号海创园18幢4楼}}
客户手机：{{CN_PHONE:+86 137 5810 2264}}
期望：赔偿并道歉
""")
d("cs_chat", """
顾客：你们家的扫地机器人又坏了😭
售后 {{PERSON|opt:阿杰}}：不好意思哈，麻烦报一下购买手机号
顾客：{{CN_PHONE|fullwidth:１８８１７０３９４５２}}
售后 {{PERSON|opt:阿杰}}：查到了，是{{PERSON|honorific:陈小姐}}对吧，上门师傅明天联系您
""")
d("cs_ticket", """
报修单
业主：{{PERSON:司马昭文}}　房号：{{ADDRESS:江苏省南京市鼓楼区汉中门大街301号清江花苑17栋2单元803室}}
电话：{{CN_PHONE:17751829033}}
故障：卫生间天花板渗水，楼上[[unit_ref:903]]已联系
""")
d("cs_chat", """
【在线客服记录 2026-10-08】
客户：帮我查下物流，手机号是 {{CN_PHONE|spaced_chars:1 3 6 5 2 8 7 4 0 1 9}}
客服：您好，您的包裹已到达[[place_name:嘉兴转运中心]]，预计明天送达
""")
d("cs_ticket", """
Ticket [[ticket_no:#INC-20261017-3382]]
Customer: {{PERSON:Zhang Wei}} ({{EMAIL:zhangwei.sh@163.com}})
Phone: {{CN_PHONE:+86-139-1608-5527}}
Issue: 发票抬头写错了，应为 {{ORG:上海恒瑞信息科技有限公司}}，税号 {{CN_USCC:@@USCC@@}}
""")
d("cs_chat", """
客户 14:20
我的快递被别人签收了，收件人写的是我老婆{{PERSON:孙丽娟}}，电话{{CN_PHONE:13305318862}}

客服 14:21
亲亲，快递员反馈放在了{{ADDRESS:山东省济南市历下区解放路街道和平路47号院3号楼}}门口的快递柜
""")

# --- HR ----------------------------------------------------------------------------------------------
d("hr_form", """
新员工入职登记表
姓　　名：{{PERSON:阿依古丽·买买提}}　民族：维吾尔族
出生日期：1996年4月
身份证号：{{CN_ID_CARD:@@ID@@}}
现住址：{{ADDRESS:新疆维吾尔自治区乌鲁木齐市沙依巴克区友好北路689号}}
紧急联系人：{{PERSON:艾买提江}}（兄）{{CN_PHONE:13899127740}}
工资卡：{{BANK_CARD:@@CUP@@}}（{{ORG:中国工商银行乌鲁木齐友好路支行}}）
""")
d("hr_form", """
入职信息确认
Name: {{PERSON:Li Xiaoming}}
中文名：{{PERSON:李晓明}}
Personal email: {{EMAIL:xiaoming.li92@gmail.com}}
Mobile: {{CN_PHONE:158 0176 3321}}
ID No.: {{CN_ID_CARD|x_check:@@IDX@@}}
Department: 数据平台部 / Data Platform
Start date: [[date:2026-12-01]]
""")
d("hr_form", """
员工花名册（节选）
工号,姓名,部门,手机,身份证号
[[employee_no:A10233]],{{PERSON:诸葛明远}},财务部,{{CN_PHONE:13621938875}},{{CN_ID_CARD:@@ID@@}}
[[employee_no:A10234]],{{PERSON:赵敏}},法务部,{{CN_PHONE:18930276641}},{{CN_ID_CARD:@@ID@@}}
[[employee_no:A10235]],{{PERSON:覃海燕}},行政部,{{CN_PHONE:15977014438}},{{CN_ID_CARD:@@ID15@@}}
""")
d("hr_email", """
主题：关于{{PERSON:贺俊峰}}的离职交接

各位好，
{{PERSON:贺俊峰}}经理将于本月底离职，其负责的客户由{{PERSON:钟雨婷}}接手。请财务在最后一个工作日前把报销款打到他的工资卡{{BANK_CARD|grouped:@@CUP~grp@@}}。
社保转移请联系{{PERSON|honorific:小周}}（分机[[extension:8023]]）。

人力资源部
""")
d("hr_form", """
背景调查授权书
本人{{PERSON:蒋文博}}（身份证号码：{{CN_ID_CARD|grouped:@@ID~dash@@}}）授权{{ORG:北京智联易才人力资源顾问有限公司}}核实本人在{{ORG:华为技术有限公司}}的工作经历。
签字：{{PERSON:蒋文博}}　　日期：[[cn_numeral_text:二〇二六年十一月三日]]
""")
d("hr_chat", """
HR-{{PERSON:Amy}}: @{{PERSON:黄思远}} 你的体检报告还没交哦
{{PERSON:黄思远}}: 昨天发你邮箱了 {{EMAIL:amy.chen@xinghe-tech.cn}}
HR-{{PERSON:Amy}}: 收到了，另外紧急联系人电话写错了，少一位
{{PERSON:黄思远}}: 应该是{{CN_PHONE:13917206658}}，我妈妈{{PERSON|honorific:王阿姨}}的
""")
d("hr_form", """
实习生信息表
学校：{{ORG:华中科技大学}}　专业：软件工程
姓名：{{PERSON:上官雨晴}}　学号：[[student_no:U202315872]]
宿舍：{{ADDRESS:湖北省武汉市洪山区珞喻路1037号华中科技大学东区紫菘公寓7栋412}}
手机：{{CN_PHONE:19971263305}}
""")
d("hr_record", """
薪资调整审批
申请人：{{PERSON:付国庆}}（[[employee_no:工号00871]]）
调整前月薪：[[amount:18,500.00]]元，调整后：[[amount:21,000.00]]元
审批人：{{PERSON|honorific:林总}}、财务{{PERSON|honorific:张姐}}
""")
d("hr_form", """
外籍员工登记
Full name: {{PERSON:Daniel Okafor}}
Passport: Nigerian passport A0918273 (not labelled)
Work permit phone: {{CN_PHONE:+86 176 2103 9984}}
Home address in China: {{ADDRESS:北京市朝阳区望京街道阜通东大街6号方恒国际中心A座2103室}}
""", "mixed")

# --- banking / finance -------------------------------------------------------------------------------
d("loan_application", """
个人消费贷款申请表
借款人：{{PERSON:潘建华}}　证件类型：居民身份证　证件号码：{{CN_ID_CARD:@@ID@@}}
工作单位：{{ORG:中国石油天然气股份有限公司大庆油田分公司}}
单位电话：{{CN_LANDLINE:0459-5961234}}
住宅地址：{{ADDRESS:黑龙江省大庆市萨尔图区东风新村纬二路12号}}
还款账户：{{BANK_CARD:@@CUP@@}}
开户行：{{ORG:中国建设银行大庆分行}}
""")
d("bank_notice", """
【{{ORG:招商银行}}】尊敬的{{PERSON|honorific:郑先生}}，您尾号[[masked_card:8842]]的信用卡本期账单[[amount:3,276.50]]元，最后还款日[[date:12月15日]]。详询[[hotline:95555]]。
""")
d("bank_transfer", """
转账回单
付款人：{{PERSON:冯雪梅}}
付款账号：{{BANK_CARD:@@CUP@@}}
收款人：{{ORG:深圳市腾讯计算机系统有限公司}}
收款账号：[[account_no:7559 0102 3341 0001]]
金额：[[amount:¥12,800.00]]　用途：服务费
流水号：[[serial_no:20261128093015447712]]
""")
d("loan_application", """
房贷面签材料清单——客户{{PERSON:万俟青}}
共同借款人：{{PERSON:卓玛央金}}（配偶）
抵押物：{{ADDRESS:四川省成都市高新区天府大道北段1700号环球中心E2区3栋1单元2204号}}
联系方式：{{CN_PHONE:13880519264}} / {{CN_LANDLINE:(028)85126633}}
""")
d("bank_kyc", """
Account opening – Hong Kong branch
Applicant: {{PERSON:CHAN Tai Man}} {{PERSON:陳大文}}
HKID: {{HK_ID:@@HKID@@}}
Residential address: {{ADDRESS:香港九龍旺角彌敦道625號雅蘭中心一期18樓1805室}}
Mobile: +852 9123 4567
Employer: {{ORG:HSBC Holdings plc}}
""", "mixed")
d("finance_note", """
对公开户资料
企业名称：{{ORG:杭州云栖数智科技股份有限公司}}
统一社会信用代码：{{CN_USCC:@@USCC@@}}
法定代表人：{{PERSON:骆家豪}}　手机{{CN_PHONE:18768123350}}
开户行：{{ORG:浙商银行杭州分行营业部}}
注册地址：{{ADDRESS:浙江省杭州市西湖区三墩镇西园八路2号3幢5层501室}}
""")
d("bank_chat", """
理财经理 {{PERSON|honorific:小何}}：{{PERSON|honorific:李姐}}，您上次说的那笔定期到期了，要续存吗？
{{PERSON:李淑珍}}：续吧，还是存到我那张卡{{BANK_CARD|zero_width:@@CUP~zw@@}}
理财经理 {{PERSON|honorific:小何}}：好的，需要您本人身份证号确认一下
{{PERSON:李淑珍}}：{{CN_ID_CARD:@@ID@@}}
""")
d("finance_note", """
报销单
报销人：{{PERSON:谭子轩}}
事由：[[place_name:三亚]]客户拜访差旅
收款卡号：{{BANK_CARD:@@CUP16@@}}
发票号码：[[invoice_no:04402310011234567890]]　金额[[amount:2,468.00]]
审批：部门经理{{PERSON|honorific:胡总}}
""")
d("credit_report", """
征信查询授权
被查询人：{{PERSON:喻欣然}}，{{CN_ID_CARD:@@ID@@}}
查询机构：{{ORG:平安银行股份有限公司广州分行}}
查询原因：贷后管理　查询日期：[[date:2026.11.20]]
""")
d("insurance_claim", """
理赔申请
被保险人：{{PERSON:鲍雅琴}}　保单号：[[policy_no:P880200031245678]]
出险地点：{{ADDRESS|opt:河南省郑州市金水区农业路与花园路交叉口东北角}}（非门牌地址，备注）
领款账户：{{BANK_CARD:@@VISA@@}}
联系电话：{{CN_PHONE:13783620157}}
""")

# --- logistics ---------------------------------------------------------------------------------------
d("waybill", """
顺丰速运 电子面单
运单号：[[tracking_no:SF1688029374561]]
寄件人：{{PERSON:石磊}} [[masked_phone:138****0294]]（系统脱敏） 原件手写：{{CN_PHONE:13811760294}}
寄件地址：{{ADDRESS:北京市海淀区中关村南大街5号理工科技大厦1106}}
收件人：{{PERSON:彭丹}} {{CN_PHONE:15099273316}}
收件地址：{{ADDRESS:广西壮族自治区南宁市青秀区民族大道136号华润大厦C座2907}}
托寄物：文件　保价：[[amount:500元]]
""")
d("waybill", """
韵达快递｜[[tracking_no:YD4329018834721]]
收：{{PERSON:龙海英}} {{CN_PHONE:18285130047}}
{{ADDRESS:贵州省黔东南苗族侗族自治州凯里市三棵树镇南花村3组17号}}
寄：{{ORG:义乌市小商品城电子商务有限公司}}
""")
d("logistics_order", """
提货通知
车牌：{{CN_LICENSE_PLATE:沪A·D39271}}　司机：{{PERSON:汤建军}} {{CN_PHONE:13671882203}}
提货地址：{{ADDRESS:上海市浦东新区外高桥保税区富特北路211号}}
送货地址：{{ADDRESS:江苏省苏州市工业园区星湖街328号创意产业园12幢}}
柜号：[[container_no:MSCU7712034]]
""")
d("logistics_order", """
冷链配送单 [[order_no:CL20261119-0087]]
门店：{{ORG:盒马鲜生（上海长寿路店）}}
收货人：店长{{PERSON|honorific:老谢}} {{CN_PHONE:13524018876}}
车辆：{{CN_LICENSE_PLATE:沪BD12345}}（新能源）
温度记录：-18.2℃ / -17.9℃
""")
d("waybill", """
中通 [[tracking_no:78652039184421]]
收件人 {{PERSON:白玛次仁}}
{{ADDRESS:西藏自治区拉萨市城关区北京中路48号}}
{{CN_PHONE:13989004712}}
""")
d("logistics_chat", """
司机群
[语音转文字] {{PERSON|honorific:老马}}：我车牌{{CN_LICENSE_PLATE:冀F 8K261}}，到[[place_name:天津港]]了，仓库电话多少
调度{{PERSON|honorific:小刘}}：{{CN_LANDLINE:022-25763318}}，找{{PERSON|honorific:孙主任}}
""")
d("waybill", """
EMS 国际
Sender: {{PERSON:Wang Fang}}, {{ADDRESS:广东省深圳市福田区福华三路88号财富大厦26楼}}
Receiver: {{PERSON:Michael Brown}}, 1200 Main St Apt 4B, Austin, TX 78701
Tel: {{CN_PHONE:+8613510286647}}
""", "mixed")

# --- healthcare --------------------------------------------------------------------------------------
d("medical_referral", """
转诊单
患者：{{PERSON:严桂兰}}　性别：女　年龄：67岁
身份证：{{CN_ID_CARD:@@ID@@}}　医保卡号：[[insurance_no:1101A0023981]]
转出医院：{{ORG:北京市朝阳区小红门社区卫生服务中心}}
转入医院：{{ORG:首都医科大学附属北京安贞医院}}心内科
初步诊断：冠状动脉粥样硬化性心脏病
家属：{{PERSON:吴建平}}（子）{{CN_PHONE:13501186627}}
""")
d("medical_record", """
入院记录
姓名：{{PERSON:努尔兰·哈力克}}　床号：[[bed_no:12床]]　住院号：[[patient_no:ZY2026110345]]
现住址：{{ADDRESS:新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路118号}}
联系人：{{PERSON:古丽娜尔}}，电话{{CN_PHONE:15199902318}}
主诉：反复咳嗽咳痰10年，加重3天。
""")
d("medical_chat", """
患者家属：医生您好，我爸{{PERSON:曹德旺}}今天复查的报告出来了吗
{{PERSON|honorific:刘医生}}：出来了，肌酐偏高，明天上午带他来{{ORG:浙江大学医学院附属第一医院}}肾内科门诊
患者家属：好的，我的电话是{{CN_PHONE:13957186402}}，有事打我
""")
d("medical_record", """
处方笺
科别：儿科　患儿：{{PERSON|opt:乐乐}}（{{PERSON:吕一诺}}）　6岁
家长：{{PERSON:吕成刚}}　{{CN_PHONE:18605712239}}
Rp: 阿莫西林颗粒 0.125g×12袋
医师：{{PERSON:邵敏}}
""")
d("medical_form", """
體檢報告（台灣）
姓名：{{PERSON|tw:林志玲}}　身分證字號：{{TW_ID:@@TWID@@}}
地址：{{ADDRESS|tw:臺北市大安區忠孝東路四段216巷27弄5號3樓}}
電話：{{CN_LANDLINE|opt:(02)2771-5566}}
""")

# --- contracts / legal -------------------------------------------------------------------------------
d("contract", """
技术服务合同（节选）
甲方：{{ORG:北京字节跳动网络技术有限公司}}
统一社会信用代码：{{CN_USCC:@@USCC@@}}
地址：{{ADDRESS:北京市海淀区北三环西路甲18号院中钢国际广场1号楼}}
乙方：{{ORG:成都数之联科技股份有限公司}}
联系人：{{PERSON:任思琪}}　电话：{{CN_PHONE:18782956631}}　邮箱：{{EMAIL:renq@szl-tech.com}}
第五条 付款方式：甲方于验收合格后30日内支付至乙方账户，开户行：{{ORG:招商银行成都高新支行}}，账号 [[account_no:1289 0633 5710 402]]。
""")
d("contract", """
房屋租赁合同
出租方（甲方）：{{PERSON:皇甫建国}}，身份证号{{CN_ID_CARD:@@ID@@}}
承租方（乙方）：{{PERSON:梁晓雯}}，身份证号{{CN_ID_CARD:@@ID@@}}
租赁房屋坐落于{{ADDRESS:广州市天河区天河北路233号中信广场公寓2单元1706房}}，建筑面积89平方米。
月租金人民币[[amount:捌仟伍佰元整]]（¥8,500）。
""")
d("legal_notice", """
律师函
致：{{ORG:深圳市前海微众信息服务有限公司}}
本所接受{{PERSON:戴文涛}}先生委托……
{{ORG:北京市金杜律师事务所}}
经办律师：{{PERSON:宁静}}　电话{{CN_LANDLINE:010-58785588}}
""")
d("contract", """
保密协议签署页
甲方：{{ORG:上海浦东发展银行股份有限公司信用卡中心}}
乙方：{{PERSON:Chen Jiahui}}（{{PERSON:陈佳慧}}）
乙方证件：护照 {{CN_PASSPORT:E@@D8@@}}
签署地点：[[place_name:上海陆家嘴]]
""", "mixed")
d("court_doc", """
民事起诉状
原告：{{PERSON:东方晓}}，女，汉族，住{{ADDRESS:辽宁省沈阳市和平区南京南街1号华府天地3号楼2单元15层3号}}，联系电话{{CN_PHONE:18640072815}}
被告：{{ORG:沈阳盛京物业管理有限公司}}，住所地{{ADDRESS:辽宁省沈阳市和平区中华路147号}}
法定代表人：{{PERSON:于海洋}}
""")

# --- meetings / minutes ------------------------------------------------------------------------------
d("meeting_minutes", """
项目周会纪要　[[date:2026年11月24日]] 14:00-15:30
地点：3号楼会议室[[room_no:A-502]]
参会人：{{PERSON:周立群}}（主持）、{{PERSON:马骁}}、{{PERSON:欧阳菲}}、{{PERSON|honorific:钱总}}、外部顾问{{PERSON:Kevin Liu}}
记录人：{{PERSON:宋佳}}
一、上线计划推迟至[[version:v2.4.0]]
二、{{PERSON:马骁}}负责与{{ORG:中国移动通信集团浙江有限公司}}对接
""")
d("meeting_minutes", """
董事会决议
出席董事：{{PERSON:欧阳建国}}、{{PERSON:慕容雪}}、{{PERSON:阿不都热合曼·吐尔逊}}
会议决议同意{{ORG:江苏恒立液压股份有限公司}}向{{ORG:中国银行股份有限公司常州分行}}申请综合授信[[amount:5亿元]]。
""")
d("meeting_minutes", """
Weekly sync – 2026/11/18
Attendees: {{PERSON:Sarah Thompson}} (Acme), {{PERSON:Liu Yang}}, {{PERSON:Zhao Lei}}, {{PERSON|honorific:老王}}
Action items:
- {{PERSON:Liu Yang}} to send the DPA to {{EMAIL:legal@acme-corp.com}}
- Follow up with {{ORG:Shanghai Pudong Development Bank}} on the escrow
""", "mixed")
d("meeting_notice", """
通知：请以下同志于[[date:12月3日]]上午9点到{{ADDRESS:北京市西城区金融大街25号}}参加培训：
{{PERSON:郝伟}}、{{PERSON:欧晓丹}}、{{PERSON:端木子涵}}、{{PERSON:习小龙}}
联系人：办公室{{PERSON|honorific:许主任}}，{{CN_LANDLINE:010-66194523}}
""")

# --- group chats -------------------------------------------------------------------------------------
d("wechat_group", """
【家长群】
{{PERSON:王梓涵}}妈妈：各位家长好，明天春游集合地点是{{ADDRESS:南京市玄武区中山门大街8号}}南门
{{PERSON:陈一鸣}}爸爸：收到
班主任{{PERSON|honorific:李老师}}：请没交回执的家长私信我，电话{{CN_PHONE:13851920476}}
""")
d("wechat_group", """
[群聊] 装修交流群
小区业主-2栋：谁有靠谱的水电师傅推荐？
{{PERSON|honorific:张哥}}：找{{PERSON|honorific:老周}}，{{CN_PHONE:135-1029-6638}}，报我名字
小区业主-2栋：谢啦
""")
d("wechat_group", """
微信群「华东区销售」
{{PERSON:钱多多}}：客户{{ORG:宁波舟山港股份有限公司}}的对接人换了
{{PERSON:钱多多}}：新的是{{PERSON|honorific:潘经理}}，手机{{CN_PHONE|linebreak:1398
7652210}}
{{PERSON:卢振宇}}：好的
""")
d("wechat_group", """
相亲角😂
媒人{{PERSON|honorific:刘婶}}：男方{{PERSON:覃志刚}}，85年，在{{ORG:中国南方电网有限责任公司}}上班，有房有车
媒人{{PERSON|honorific:刘婶}}：有意的加他微信，手机号{{CN_PHONE|cn_numeral:幺三九七七幺二零四八八}}
""")
d("dingtalk_chat", """
【钉钉】{{PERSON:吕文轩}}：@所有人 明天客户来访，{{PERSON|honorific:刘总}}要亲自接待
【钉钉】{{PERSON:孔令辉}}：来几个人？
【钉钉】{{PERSON:吕文轩}}：三个，带队的是{{PERSON:Jennifer Wu}}，她的航班[[flight_no:MU5137]]
""")
d("wechat_group", """
老同学群
{{PERSON|opt:胖子}}：谁有{{PERSON:马小军}}的新号码？
{{PERSON:刘畅}}：{{CN_PHONE|zero_width:186​0219​4437}}
{{PERSON|opt:胖子}}：谢啦，顺便他家是不是搬到{{ADDRESS:天津市南开区鞍山西道320号}}了
""")

# --- email -------------------------------------------------------------------------------------------
d("email", """
发件人：{{PERSON:杨帆}} <{{EMAIL:yangfan@huaxin-securities.com}}>
收件人：{{PERSON:谢婷婷}}
主题：Re: 尽调材料补充

{{PERSON|honorific:谢老师}}好，
附件是发行人实际控制人{{PERSON:金宏伟}}的身份证复印件（号码 {{CN_ID_CARD:@@ID@@}}），请查收。

--
{{PERSON:杨帆}} | 投资银行部
{{ORG:华鑫证券有限责任公司}}
电话：{{CN_LANDLINE:021-54967388}}　手机：{{CN_PHONE:13918206657}}
地址：{{ADDRESS:上海市徐汇区宛平南路8号}}
""")
d("email", """
From: {{PERSON:Emily Zhou}} <{{EMAIL:emily.zhou@globex-asia.com}}>
To: {{EMAIL:procurement@globex-asia.com}}
Subject: Invoice for PO [[order_no:PO-2026-11482]]

Hi team,
Please remit to our {{ORG:Bank of China}} account. Contact me on {{CN_PHONE:+86 186 1620 9931}} if needed.

Best regards,
{{PERSON:Emily Zhou}}
Finance Manager, {{ORG:Globex Asia Pacific Ltd.}}
Room 1201, {{ADDRESS:上海市静安区南京西路1515号嘉里中心}}
""", "mixed")
d("email", """
主题：【紧急】合同盖章

{{PERSON|honorific:王总}}：
您好！{{ORG:中铁十四局集团有限公司}}的合同已定稿，麻烦您明天到{{ADDRESS:山东省济南市历下区奥体西路3008号}}盖章。
对方联系人{{PERSON:庞志远}}，手机{{CN_PHONE:15315007326}}。

此致
{{PERSON:韩梅梅}}
""")
d("email", """
邮箱改了，新邮箱 {{EMAIL|at_dot:wu_jiaqi [at] foxmail [dot] com}}，旧的{{EMAIL:wjq1989@sina.com}}不用了。
——{{PERSON:吴佳琪}}
""")
d("email", """
Dear {{PERSON:Mr. Huang}},

Thank you for meeting us at {{ORG:Tsinghua University}}. As discussed, our Beijing office is at
{{ADDRESS:北京市东城区东长安街1号东方广场W3座8层}}. You can reach {{PERSON:Ms. Ng}} at {{EMAIL:jng@baker-mckenzie.example}}.

Kind regards,
{{PERSON:Robert Chen}}
""", "mixed")

# --- Taiwan / Hong Kong (traditional) ----------------------------------------------------------------
d("tw_form", """
會員資料
姓名：{{PERSON|tw:張家瑋}}
身分證字號：{{TW_ID:@@TWID@@}}
手機：0912-345-678
地址：{{ADDRESS|tw:新北市板橋區文化路一段188巷44號7樓之2}}
""")
d("tw_chat", """
客服：請問您的大名？
客人：{{PERSON|tw:蔡依婷}}
客服：請提供身分證字號後四碼驗證
客人：乾脆給你全部 {{TW_ID:@@TWID@@}}
客服：好的，寄送地址是{{ADDRESS|tw:台中市西屯區臺灣大道三段99號}}對嗎？
""")
d("hk_form", """
申請表格
中文姓名：{{PERSON:黃志明}}　英文姓名：{{PERSON:WONG Chi Ming}}
香港身份證號碼：{{HK_ID:@@HKID@@}}
住址：{{ADDRESS:香港新界沙田區大圍顯徑邨顯祥樓1012室}}
回鄉證：{{CN_HK_MACAO_PERMIT|hrp:H@@D8@@}}
""", "mixed")
d("hk_email", """
{{PERSON:陳小姐}}：
閣下的保單已更新，身份證號碼 {{HK_ID:@@HKID~nb@@}}。如有查詢，請致電 2833 8000。
{{ORG:友邦保險（國際）有限公司}}
""")
d("tw_contract", """
委託書
委託人：{{PERSON|tw:許文雄}}（身分證統一編號{{TW_ID:@@TWID@@}}）
受託人：{{ORG:理律法律事務所}}
委託人住所：{{ADDRESS|tw:高雄市前鎮區中山二路5號12樓}}
""")

# --- travel / permits --------------------------------------------------------------------------------
d("travel", """
出差审批
出差人：{{PERSON:帕尔哈提·阿迪力}}
通行证：往来港澳通行证 {{CN_HK_MACAO_PERMIT|eep:C@@D8@@}}
护照：{{CN_PASSPORT:E@@D8@@}}
目的地：[[place_name:香港]]、[[place_name:澳门]]　航班[[flight_no:CX907]]
""")
d("travel", """
Visa support letter
This is to certify that Ms. {{PERSON:Gao Yuan}} (passport no. {{CN_PASSPORT:EA@@D7@@}}), born 1990, is employed by
{{ORG:Alibaba Group Holding Limited}} as Senior Engineer. She will attend a conference in Singapore.
HR contact: {{PERSON:Annie Xu}}, {{EMAIL:annie.xu@alibaba-inc.example.com}}
""", "mixed")
d("travel", """
机票预订信息
乘机人1：{{PERSON:田野}}　证件：台胞证 {{CN_HK_MACAO_PERMIT|mtp:@@D8@@}}
乘机人2：{{PERSON:田甜}}　证件：身份证 {{CN_ID_CARD:@@ID@@}}
联系电话：{{CN_PHONE:18950136621}}
订单号：[[order_no:CTRP202611290031882]]
""")
d("travel", """
酒店入住登记
宾客：{{PERSON:Tanaka Hiroshi}}（日本）
同行：{{PERSON:李淑芬}} 护照 {{CN_PASSPORT:G@@D8@@}}
房号：[[room_no:1208]]
车辆：{{CN_LICENSE_PLATE:粤B·7H2Q9}}
""", "mixed")

# --- rural / government ------------------------------------------------------------------------------
d("gov_form", """
低保申请审批表
申请人：{{PERSON:杨老三}}（{{PERSON:杨德贵}}）
家庭住址：{{ADDRESS:云南省昭通市镇雄县以勒镇大火地村5组}}
身份证：{{CN_ID_CARD:@@ID15@@}}
村委会意见：情况属实。经办人：村支书{{PERSON|honorific:老罗}}
""")
d("gov_form", """
土地承包经营权证
承包方代表：{{PERSON:何贵生}}
地址：{{ADDRESS:湖南省邵阳市隆回县桃洪镇罗白村十一组28号}}
发包方：{{ORG:隆回县桃洪镇罗白村村民委员会}}
""")
d("gov_notice", """
关于{{PERSON:扎西顿珠}}等同志任职的通知
经研究决定，任命{{PERSON:扎西顿珠}}同志为{{ORG:那曲市色尼区人民政府}}办公室主任。
""")
d("police_record", """
报警记录
报警人：{{PERSON:毛小平}}，{{CN_PHONE:15807453391}}
事发地：{{ADDRESS:湖南省长沙市岳麓区麓山南路932号湖南大学南校区7舍}}
涉事车辆：{{CN_LICENSE_PLATE:湘A 5F7K2}}
军官证：{{CN_MILITARY_ID|opt:南字第4418271号}}（报警人亲属）
""")
d("gov_form", """
村民小组名册
{{ADDRESS:安徽省六安市金寨县天堂寨镇黄河村4组}}
1. {{PERSON:余长根}} {{CN_PHONE:13966211745}}
2. {{PERSON:余长松}}
3. {{PERSON:汪细妹}} {{CN_PHONE:15156487723}}
""")

# --- education ---------------------------------------------------------------------------------------
d("school_form", """
新生报到信息
学生：{{PERSON:慕容嫣然}}　学号：[[student_no:2026011452]]
学院：{{ORG:复旦大学}}经济学院
家长：{{PERSON:慕容峰}}，{{CN_PHONE:13761293306}}
家庭地址：{{ADDRESS:江西省九江市浔阳区庐山北路86号金桥花园4栋602}}
""")
d("school_chat", """
辅导员：{{PERSON:许诺}}同学，你的奖学金要打到哪张卡？
{{PERSON:许诺}}：老师，{{BANK_CARD|spaced_chars:@@CUP~sp@@}}
辅导员：好，开户行是？
{{PERSON:许诺}}：{{ORG:中国农业银行合肥高新区支行}}
""")
d("school_form", """
Exchange programme nomination
Student: {{PERSON:Zhang Yutong}}, {{ORG:Peking University}}
Email: {{EMAIL:zhangyutong@stu.pku.edu.cn}}
Host: {{ORG:University of Toronto}}
""", "en")

# --- mixed zh/en, pinyin, English --------------------------------------------------------------------
d("english_business", """
Hi {{PERSON:Jason}}, can you add {{PERSON:Xu Mingjie}} (xu.mj) to the vendor portal? His work email is
{{EMAIL:mingjie.xu@sinopharm-intl.com}} and mobile {{CN_PHONE:+86 152 2177 0843}}. He's based at our
{{ORG:Sinopharm Group Co., Ltd.}} Shanghai office. Thanks, {{PERSON:Priya}}
""", "en")
d("english_business", """
Incident summary: customer {{PERSON:Liang Jiahao}} reported a failed wire to {{ORG:Industrial and Commercial Bank of China}}.
Card ending [[masked_card:4421]]. Full PAN in his message: {{BANK_CARD:@@MC@@}}. Escalated to {{PERSON:Tom Baker}}.
""", "en")
d("mixed_chat", """
{{PERSON:Jenny}}: 这个 lead 是谁跟的？
{{PERSON:Mark}}: {{PERSON:Chen Hao}} 跟的，客户是 {{ORG:Tencent Music Entertainment Group}}
{{PERSON:Jenny}}: 他的 contact 给我一下
{{PERSON:Mark}}: {{EMAIL:chenhao_sales@outlook.com}} / {{CN_PHONE:17701829456}}
""", "mixed")
d("english_business", """
Shipping to: {{PERSON:Olivia Martinez}}
{{ADDRESS|opt:425 Market Street, Suite 2200, San Francisco, CA 94105}}
Tel +1 415 555 0142
Order [[order_no:#114-3349910-2231577]]
""", "en")
d("english_business", """
Reference check for {{PERSON:Ahmed Al-Farsi}}: worked at {{ORG:Deloitte Touche Tohmatsu}} 2019-2023, then
{{ORG:PricewaterhouseCoopers Zhong Tian LLP}}. Referee: Dr. {{PERSON:Helen Park}}, {{EMAIL:h.park@unimelb.example.edu.au}}.
""", "en")

# --- evasive forms across documents ------------------------------------------------------------------
d("cs_chat", """
用户：我手机号 {{CN_PHONE|cn_numeral_capital:壹叁捌壹零肆陆柒贰玖伍}}，别打错
用户：身份证 {{CN_ID_CARD|fullwidth:@@ID~fw@@}}
""")
d("cs_chat", """
买家：地址发你了哈
买家：{{PERSON|spaced_name:陶 思 远}}
买家：{{CN_PHONE|mixed_evasion:1 3 ８ 0 5 7 1 ２ ４ 6 3}}
""")
d("json_payload", r"""
{"event":"register","user":{"real_name":"{{PERSON|json_escape:\u5f20\u96e8\u8431}}","phone":"{{CN_PHONE:18621390087}}","email":"{{EMAIL:rain.zhang@qq.com}}","addr":"{{ADDRESS|json_escape:\u6df1\u5733\u5e02\u5357\u5c71\u533a\u79d1\u82d1\u8def\u0031\u0035\u53f7}}"},"ts":[[timestamp_ms:1764403200123]]}
""", "mixed")
d("url_log", """
GET /api/v2/user/bind?name={{PERSON|percent:%E5%AD%99%E6%82%A6}}&mobile={{CN_PHONE:13817046625}}&email={{EMAIL|percent:sunyue%40corp.example.cn}}&trace=[[uuid:9b2f6d1e-1c4a-4f7e-a7b3-2d9e0c5f8a11]] HTTP/1.1
""", "mixed")
d("cs_chat", """
客户：卡号我分两条发
客户：{{BANK_CARD|linebreak:@@CUP~lb@@}}
客服：收到，户名{{PERSON:柏林}}对吗
""")
d("hr_form", """
身份证号码：{{CN_ID_CARD|spaced_chars:@@ID~sp@@}}
姓名：{{PERSON:蓝天}}（注：蓝是姓）
""")
d("email", """
有问题联系我：{{EMAIL|at_dot:liu.qiang at jd dot com}}，或者{{EMAIL|fullwidth:ｌｉｕｑ＠ｊｄ．ｃｏｍ}}
""")
d("cs_chat", """
客户：我的邮箱是 {{EMAIL|zero_width:zhou​yan@126.com}}
客户：电话 {{CN_PHONE|cn_numeral:一八六 二一七三 九零四五}}
""")
