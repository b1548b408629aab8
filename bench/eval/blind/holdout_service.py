"""Hold-out documents: service desks, HR, insurance, school, housing, legal, medical, government (mainland, zh).

Written independently of the blind corpus; nobody tunes detectors on these. Markup: see build.py.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("cs_transcript", """【在线客服会话记录】
坐席 08号（{{PERSON|opt:小雅}}）：您好，请问有什么可以帮您？
客户：我上周买的扫地机器人一直没发货，下单手机是{{CN_PHONE:15927384610}}。
坐席 08号（{{PERSON|opt:小雅}}）：查到了，订单[[order_no:DD2026111809231577]]，收件人{{PERSON:付晓峰}}，地址{{ADDRESS:湖北省武汉市洪山区珞喻路1037号华中科技大学紫菘公寓6栋502}}对吗？
客户：对。
坐席 08号（{{PERSON|opt:小雅}}）：仓库显示缺货，预计[[cn_numeral_text:十二月三日]]发出，给您补偿20元券。""", None),
    ("cs_transcript", """帮我总结一下这通电话：
"喂，是{{PERSON|honorific:郝先生}}吗？我是{{ORG:平安产险}}理赔专员{{PERSON:闫春燕}}。您报案的车辆{{CN_LICENSE_PLATE:豫A·7K3M9}}，定损已经出来了，维修费4,860元。赔款打到您尾号[[masked_card:6217 **** **** 3321]]的卡上，可以吗？有问题打我座机{{CN_LANDLINE:0371-65238817}}。" """, None),
    ("ecommerce_aftersales", """售后工单 #[[order_no:AS-20261127-004417]]
买家：{{PERSON|opt:汤圆妈妈}}（昵称，实名{{PERSON:唐晓琳}}）
问题：收到的空气炸锅内胆有划痕，要求换货。
寄回地址：{{ADDRESS:浙江省杭州市余杭区五常街道文一西路998号海创园18幢4楼}}  收：退货组 {{PERSON|honorific:潘工}}
快递单号 [[tracking_no:SF1460382755931]]
买家联系方式：{{CN_PHONE|grouped:138 1726 4409}}""", None),
    ("ecommerce_aftersales", """请根据以下信息起草一封道歉信：
订单号：[[order_no:4200018827362511094]]
顾客：{{PERSON|minority:阿依古丽·买买提}}
电话：{{CN_PHONE:18099213376}}
地址：{{ADDRESS:新疆维吾尔自治区乌鲁木齐市天山区解放南路236号2单元301室}}
问题：生鲜（羊排 2kg）到货已解冻，申请全额退款 ¥[[amount:389.00]]。""", None),
    ("it_ticket", """[IT-HELPDESK-[[order_no:77120]]] 新员工开通账号
申请人：{{PERSON:邝嘉怡}}（市场部）
工号：[[order_no:E0039127]]  入职日期 2026-12-01
需要：企业邮箱 {{EMAIL:kuang.jiayi@hengtai-group.com.cn}}、VPN、飞书
临时密码已通过短信发到 {{CN_PHONE:17701936652}}，初始密码：{{PASSWORD:Ht@2026kjy!}}
审批人：{{PERSON|honorific:刘经理}}""", None),
    ("it_ticket", """工单 INC0081264 优先级 P2
现象：财务室打印机 HP M479 无法扫描到邮件。
报修人：{{PERSON:覃美玲}} 分机 6032，手机 {{CN_PHONE:13978120455}}
设备 IP：{{IP_ADDRESS:10.20.31.118}}，SMTP 中继 {{IP_ADDRESS:10.20.0.25}}
处理人：{{PERSON|pinyin:Wei Zhiqiang}}
备注：扫描账号 {{EMAIL:scan@hengtai.local}} 的密码改成了 {{PASSWORD:Scan#6032fin}} 但打印机上没改。""", None),
    ("hr_export", """工号,姓名,部门,身份证号,手机,开户行,工资卡号,基本工资
[[order_no:HT0412]],{{PERSON|compound_surname:东方明珠}},研发中心,{{CN_ID_CARD:@@ID@@}},{{CN_PHONE:13651827701}},{{ORG|bank_branch:招商银行上海张江支行}},{{BANK_CARD:@@CUP@@}},18500
[[order_no:HT0413]],{{PERSON:石磊}},研发中心,{{CN_ID_CARD|x_check:@@IDX@@}},{{CN_PHONE:18621740093}},{{ORG|bank_branch:中国工商银行上海浦东分行}},{{BANK_CARD:@@CUP@@}},16200
[[order_no:HT0414]],{{PERSON|minority:扎西顿珠}},行政部,{{CN_ID_CARD:@@ID@@}},{{CN_PHONE:15808910274}},{{ORG|bank_branch:中国农业银行拉萨城关支行}},{{BANK_CARD:@@CUP16@@}},9800
请按部门汇总工资总额。""", None),
    ("hr_payroll", """个税申报异常清单（2026年11月）
1. {{PERSON|compound_surname:钟离雪}}，证件号码 {{CN_ID_CARD:@@ID@@}}，专项附加扣除重复申报
2. {{PERSON|compound_surname:司马俊杰}}，证件号码 {{CN_ID_CARD|legacy15:@@ID15@@}}（老证件，需更新为18位）
3. {{PERSON|spaced_name:黄 小 蕾}}，证件号码 {{CN_ID_CARD|grouped:@@ID~grp@@}}
请写一段通知，让他们周五前到人事处{{PERSON|honorific:何老师}}那里更正。""", None),
    ("hr_letter", """离职证明

兹证明{{PERSON:蒙晓东}}同志（身份证号：{{CN_ID_CARD:@@ID@@}}）自2021年3月8日至2026年11月30日在我公司担任高级工程师一职，现因个人原因离职，已办理完毕离职手续。

特此证明。

{{ORG:广西柳工智能装备有限公司}}人力资源部
统一社会信用代码：{{CN_USCC:@@USCC@@}}
2026年11月30日""", None),
    ("hr_chat", """帮我把这段话改得委婉一点：
"{{PERSON|honorific:小赵}}，你这个月迟到了7次，{{PERSON|honorific:老钱}}已经跟我反映过了。下周一上午十点来我办公室（{{ADDRESS:深圳市南山区科技南十二路18号长虹科技大厦21层}}），带上考勤记录。—— {{PERSON:钱卫国}}" """, None),
    ("insurance_claim", """理赔申请书
被保险人：{{PERSON:骆永红}}  性别：女  出生日期：1978-04-16
证件类型：居民身份证  证件号码：{{CN_ID_CARD:@@ID@@}}
保单号：[[order_no:P6112026000183749]]
出险经过：2026年11月2日在{{ADDRESS:四川省成都市武侯区玉林南路2号}}门口摔倒，右腕骨折，于{{ORG|hospital:四川大学华西医院}}急诊治疗。
收款账户：{{BANK_CARD|grouped:@@CUP~grp@@}}（{{ORG|bank_branch:成都银行玉林支行}}）
联系电话：{{CN_PHONE:13881947026}}""", None),
    ("insurance_claim", """车险报案记录
报案人：{{PERSON:牛建军}} 手机 {{CN_PHONE:+86 139 0532 8871}}
三者车：{{CN_LICENSE_PLATE:鲁B 3H70P}}，司机{{PERSON|honorific:孙师傅}}
本车：{{CN_LICENSE_PLATE|new_energy:鲁BD26881}}
地点：青岛市黄岛区长江中路与井冈山路交叉口（路口，非详细地址）
查勘员：{{PERSON:侯玉洁}} 工号 [[order_no:QD-5532]]""", None),
    ("school_chat", """三年级二班家长群（节选）
{{PERSON|honorific:王老师}}：各位家长，明天春游，请8点前到校门口集合。
{{PERSON|opt:乐乐妈}}：收到！
{{PERSON|opt:朵朵爸爸}}：收到，请问需要带午饭吗？
{{PERSON|honorific:王老师}}：需要。有事联系我 {{CN_PHONE:13307116642}}，或者{{PERSON|honorific:陈主任}} {{CN_PHONE:18971092235}}。
{{PERSON|opt:浩然奶奶}}：{{PERSON|honorific:王老师}}，{{PERSON|opt:浩然}}昨天发烧，明天请假。
帮我统计一下请假的孩子。""", None),
    ("school_chat", """以下是班级通讯录，帮我按姓氏排序：
1. {{PERSON|compound_surname:欧阳子涵}} 家长：{{PERSON|compound_surname:欧阳峰}} {{CN_PHONE:15071203348}}
2. {{PERSON|compound_surname:诸葛亮亮}} 家长：{{PERSON:诸葛文}} {{CN_PHONE:13627189904}}
3. {{PERSON:马依拉}} 家长：{{PERSON|minority:马合木提·阿不都}} {{CN_PHONE:18699104127}}
4. {{PERSON:韦一一}} 家长：{{PERSON:韦国庆}} {{CN_PHONE:17607713358}}""", None),
    ("lease_contract", """房屋租赁合同（节选）
出租方（甲方）：{{PERSON:阎秀英}}，身份证号 {{CN_ID_CARD:@@ID@@}}
承租方（乙方）：{{PERSON:杜子腾}}，身份证号 {{CN_ID_CARD:@@ID@@}}
第一条 甲方将位于{{ADDRESS:北京市朝阳区望京街道花家地北里6号楼3单元1102室}}的房屋出租给乙方居住。
第二条 租金每月人民币7,800元，押一付三，支付至甲方账户 {{BANK_CARD:@@CUP@@}}。
中介：{{ORG:北京链家置地房地产经纪有限公司}}，经纪人{{PERSON|honorific:张顾问}}""", None),
    ("real_estate", """二手房买卖居间确认书
卖方：{{PERSON:谭志明}}、{{PERSON:谭陈丽华}}（夫妻）
买方：{{PERSON:路遥}}
房屋坐落：{{ADDRESS:广东省佛山市南海区桂城街道南海大道北68号保利花园二期9座2003房}}
不动产权证号：粤(2019)佛南不动产权第[[order_no:0217733]]号
成交价：叁佰伍拾万元整
请检查条款有没有对买方不利的地方。""", None),
    ("rural_land", """土地承包经营权流转合同
流出方：{{PERSON:杨德贵}}，住址：{{ADDRESS|cn_rural:贵州省黔东南苗族侗族自治州雷山县西江镇羊排村4组}}
流入方：{{ORG:雷山县苗岭茶叶种植专业合作社}}，负责人{{PERSON|minority:龙阿娇}}
流转面积：3.6亩，期限十年，每亩每年租金600元。
联系电话：{{CN_PHONE:18385510927}}""", None),
    ("rural_notice", """帮我把这份通知改成普通话口语：
各位村民：接乡里通知，{{ADDRESS|cn_rural:河南省周口市郸城县汲冢镇李楼行政村后李自然村}}的低保复核本周六进行，请{{PERSON:李二妮}}、{{PERSON:李满仓}}、{{PERSON:王桂香}}三户带户口本到村委会。有疑问找村会计{{PERSON|honorific:老李}}，电话{{CN_PHONE:15936420188}}。""", None),
    ("court_filing", """民事起诉状
原告：{{PERSON:鲍红梅}}，女，汉族，1985年7月9日出生，住{{ADDRESS:江苏省南京市鼓楼区中山北路283号1幢604室}}，公民身份号码{{CN_ID_CARD:@@ID@@}}，联系电话{{CN_PHONE:13851762290}}。
被告：{{ORG:南京鑫鼎装饰工程有限公司}}，住所地{{ADDRESS:南京市江宁区秣陵街道天元东路1009号}}，统一社会信用代码{{CN_USCC:@@USCC@@}}。
法定代表人：{{PERSON:邹鑫}}，总经理。
诉讼请求：判令被告返还装修款人民币86,000元。
此致
{{ORG:南京市鼓楼区人民法院}}""", None),
    ("court_filing", """（2026）沪0115民初[[order_no:88213]]号 判决书摘要，请提炼争议焦点：
原告{{PERSON|compound_surname:上官婉儿}}诉被告{{PERSON|compound_surname:皇甫嵩}}、第三人{{ORG:上海浦东发展银行股份有限公司陆家嘴支行}}民间借贷纠纷一案……被告于2024年5月向原告借款20万元，约定月息1%，原告通过尾号[[masked_card:****8812]]的账户转账。""", None),
    ("legal_poa", """授权委托书
委托人：{{PERSON|minority:乌力吉巴特尔}}（鄂温克族），身份证号{{CN_ID_CARD:@@ID@@}}
受托人：{{PERSON:焦阳}}，{{ORG:内蒙古蒙益律师事务所}}律师，执业证号[[order_no:11501201810293377]]
委托事项：代为办理{{ADDRESS:内蒙古自治区呼伦贝尔市海拉尔区胜利大街37号}}房产过户相关手续。""", None),
    ("medical_record", """门诊病历
姓名：{{PERSON:丁香}}  性别：女  年龄：34岁  就诊号：[[order_no:MZ20261129004712]]
身份证：{{CN_ID_CARD:@@ID@@}}  医保卡号：[[digits18:@@D18@@]]
主诉：反复上腹痛2周。
诊断：慢性胃炎？建议胃镜。
医师：{{PERSON:蒋文涛}}  {{ORG|hospital:首都医科大学附属北京友谊医院}}消化内科
请帮我把病历翻译成英文。""", None),
    ("medical_record", """出院小结（请转成患者能看懂的话）
患者{{PERSON|honorific:黎阿婆}}，82岁，因"肺部感染"于11月20日入住{{ORG|hospital:广州医科大学附属第一医院}}呼吸科，11月28日好转出院。
家属：儿子{{PERSON:黎志坚}}，电话{{CN_PHONE:13926071853}}
家庭住址：{{ADDRESS:广州市荔湾区多宝路恩宁路永庆一巷17号}}
出院医嘱：阿莫西林克拉维酸钾 0.457g bid，1周后复查。""", None),
    ("gov_form", """居住证申领登记表
姓名：{{PERSON:黄泽宇}}  民族：壮  户籍地址：{{ADDRESS|cn_rural:广西壮族自治区百色市田东县林逢镇东养村那王屯21号}}
现居住地址：{{ADDRESS:广东省东莞市长安镇乌沙社区兴四路5号宿舍楼B座317}}
公民身份号码：{{CN_ID_CARD:@@ID@@}}
联系电话：{{CN_PHONE:19876302214}}
用人单位：{{ORG:东莞长盈精密技术有限公司}}
请检查有没有漏填的项目。""", None),
    ("gov_form", """出入境证件申请（代填）
申请人：{{PERSON:熊思琪}}
护照号码：{{CN_PASSPORT:E@@D8@@}}（即将过期，申请换发）
往来港澳通行证：{{CN_HK_MACAO_PERMIT|eep:C@@D8@@}}
紧急联系人：熊父{{PERSON:熊建华}} {{CN_PHONE:13508471196}}
受理点：长沙市公安局出入境接待大厅（地名，非详细地址）""", None),
    ("police_notice", """交通违法处理通知书
当事人：{{PERSON:车明辉}}  驾驶证号：{{CN_ID_CARD:@@ID@@}}
机动车号牌：{{CN_LICENSE_PLATE:川A·D58J2}}
违法时间：2026-11-14 18:42
违法地点：成都市二环路东一段（高架）
违法行为：驾驶机动车违反道路交通信号灯通行，罚款200元，记6分。
请向{{ORG:成都市公安局交通管理局}}指定窗口缴纳罚款。""", None),
    ("police_notice", """警情通报（内部，仅供参考）：11月27日22时许，{{PERSON|honorific,opt:吴某}}驾驶{{CN_LICENSE_PLATE:苏E 88Q1学}}在苏州市工业园区星湖街附近发生剐蹭，另一方{{PERSON:钱小芳}}（电话{{CN_PHONE:18915527730}}）报警。请把这段改写成新闻稿，隐去个人信息。""", None),
    ("bank_complaint", """投诉信
尊敬的{{ORG:中国建设银行股份有限公司北京朝阳支行}}：
本人{{PERSON:苗苗}}，于11月3日在贵行网点办理的信用卡 {{BANK_CARD|grouped:@@MC~grp@@}} 被重复扣年费480元。本人身份证号{{CN_ID_CARD:@@ID@@}}，联系电话{{CN_LANDLINE:010-85127736}}。
请于十五个工作日内答复。""", None),
    ("logistics", """【顺丰】请帮我核对这批面单：
寄件人：{{PERSON:葛优优}} {{CN_PHONE:15618843207}} {{ADDRESS:上海市闵行区七宝镇漕宝路3366号七宝万科广场写字楼12楼}}
收件人：{{PERSON:邓超然}} {{CN_PHONE:18217762913}} {{ADDRESS:云南省大理白族自治州大理市古城人民路182号}}
运单号：[[tracking_no:SF7012289446021]]
物品：茶叶 2 盒 保价 500 元""", None),
    ("food_delivery", """外卖备注太长了，帮我精简：
"放{{ADDRESS:西安市雁塔区电子城街道科技路48号创业广场B座1503}}前台，别打电话，打{{PERSON|honorific:小刘}}手机{{CN_PHONE|fullwidth:１８７９２６０３３１５}}发短信就行，不要香菜不要葱谢谢骑手小哥" """, None),
    ("wechat_chat", """群聊记录：
{{PERSON:大熊}}：@{{PERSON:Lily 周}} 周末羽毛球还打吗
{{PERSON:Lily 周}}：打！订的{{ORG|opt:奥体中心羽毛球馆}}3号场
{{PERSON:大熊}}：我带{{PERSON|honorific:老谢}}
{{PERSON|honorific:老谢}}：我的微信手机是 {{CN_PHONE|cn_numeral:一八六 一二七零 四四九一}}，拉我进群
帮我做个签到表。""", None),
    ("wechat_chat", """家族群里长辈转发的，这是诈骗吗？
"紧急通知：{{PERSON:刘秀兰}}的社保卡需要重新激活，请把身份证号 {{CN_ID_CARD|zero_width:@@ID~zw@@}} 和银行卡号发到 {{EMAIL:shebao_help@163.com}}" """, None),
    ("finance_approval", """报销审批单
申请人：{{PERSON|compound_surname:单于飞}}  部门：销售二部
事由：赴{{ORG:宁德时代新能源科技股份有限公司}}洽谈，差旅费 3,412 元
收款卡：{{BANK_CARD:@@CUP@@}}  开户行：{{ORG|bank_branch:兴业银行福州五四支行}}
审批：{{PERSON|honorific:林总}} ✓  财务{{PERSON|honorific:郑姐}}
发票号码：[[invoice_no:24352000000118264377]]""", None),
    ("supplier_onboarding", """供应商准入资料（请核对）
企业名称：{{ORG:苏州工业园区纳微科技股份有限公司}}
统一社会信用代码：{{CN_USCC:@@USCC@@}}
注册地址：{{ADDRESS:江苏省苏州市工业园区百川街2号}}
法定代表人：{{PERSON:江必旺}}
对接人：{{PERSON|en:Kevin Xu}}（{{PERSON:徐凯文}}），{{EMAIL:kevin.xu@nanomicro-demo.cn}}，{{CN_LANDLINE:(0512)62956018}}
开户行：{{ORG|bank_branch:中国银行苏州工业园区支行}} 账号 [[luhn_bad:@@BADLUHN@@]]""", None),
    ("customs", """报关单草稿：
境内收发货人：{{ORG:厦门象屿速传供应链发展股份有限公司}}（{{CN_USCC:@@USCC@@}}）
联系人：{{PERSON:庄雅婷}} {{CN_PHONE:13906038817}}
货物：锂电池 UN3480，HS 8507600090
提单号：[[tracking_no:COSU6287730410]]
请帮我检查申报要素是否完整。""", None),
    ("hotel_booking", """酒店入住登记导出（前台交班用）：
房号 1208 {{PERSON:蓝晓雯}} {{CN_ID_CARD:@@ID@@}} 入住 11/29 离店 12/01
房号 1210 {{PERSON|en:MURAKAMI HARUKI}} 护照 TZ[[passport_like:7781203]] 入住 11/29
房号 1306 {{PERSON|minority:阿卜杜拉·艾则孜}} {{CN_ID_CARD:@@ID@@}} 入住 11/28
请统计今晚入住人数。""", None),
    ("training_signup", """培训报名表（请转成表格）
{{PERSON:尹天仇}}，男，{{ORG:华润置地（深圳）有限公司}}，{{CN_PHONE:13510836624}}，{{EMAIL:yintq@crland-demo.com.cn}}
{{PERSON:柳飘飘}}，女，{{ORG:深圳市南山区粤海街道办事处}}，{{CN_PHONE:13714490271}}，{{EMAIL:liupp@nsyh-demo.gov.cn}}
{{PERSON:达达}}，男，自由职业，{{CN_PHONE:18682319046}}，{{EMAIL|at_dot:dada_1990 [at] qq [dot] com}}""", None),
    ("recruitment", """请根据简历写一段推荐语：
{{PERSON:贺知章}} | 男 | 32岁 | {{CN_PHONE:13811209937}} | {{EMAIL:hezhizhang@outlook.com}}
现居：{{ADDRESS:北京市海淀区西二旗大街58号院小米科技园6号楼}}附近
2019–至今 {{ORG:北京字节跳动科技有限公司}} 高级后端工程师
2014–2019 {{ORG:网易（杭州）网络有限公司}} 工程师
教育：{{ORG:浙江大学}} 计算机科学与技术 硕士""", None),
    ("complaint_12345", """12345 热线工单
来电人：{{PERSON|honorific:汪女士}}，来电号码 {{CN_PHONE:13855170326}}
反映：{{ADDRESS:安徽省合肥市蜀山区笔架山街道长江西路与潜山路交口西南角金域华府7栋}}楼下烧烤店油烟扰民，夜间12点后仍营业。
承办单位：{{ORG:合肥市蜀山区城市管理局}}
请拟一份回复。""", None),
    ("utility_bill", """物业欠费催缴名单，帮我写条短信模板：
{{ADDRESS:重庆市渝北区龙溪街道松石北路168号金科廊桥水乡12栋2-3}} {{PERSON|honorific:冉先生}} 欠费 2,316.50
{{ADDRESS:重庆市渝北区龙溪街道松石北路168号金科廊桥水乡12栋5-1}} {{PERSON:向红}} 欠费 987.00
物业管家 {{PERSON:周小川}} {{CN_LANDLINE:023-67881205}}""", None),
    ("car_rental", """租车合同关键信息：
承租人：{{PERSON:卓玛}}（藏族），驾驶证 {{CN_ID_CARD:@@ID@@}}
车辆：{{CN_LICENSE_PLATE:藏A·2L617}}  别克GL8
取车：拉萨贡嘎机场门店  还车：林芝门店
押金预授权卡：{{BANK_CARD:@@VISA@@}}
紧急联系：{{CN_PHONE|grouped:139-8900-2714}}""", None),
    ("evasive_chat", """客户在聊天里这么发的，帮我整理成工单：
"我的手机 {{CN_PHONE|cn_numeral_capital:壹叁玖 伍零柒陆 贰贰捌肆}}，身份证 {{CN_ID_CARD|cn_numeral:@@ID~cn@@}}，姓名 {{PERSON|spaced_name:龚  丽  娟}}，退款打到 {{BANK_CARD|spaced_chars:@@CUP~sp@@}}"
""", None),
    ("evasive_chat", """他们在群里这样报手机号躲审核：
A：加我 {{CN_PHONE|mixed_evasion,fullwidth:１５８ 二七一九 0643}}
B：我的是 {{CN_PHONE|zero_width:137\u200b0251\u200b8836}}
C：邮箱 {{EMAIL|at_dot:lichen88 at 126 dot com}}
这些算违规吗？""", None),
    ("evasive_form", """表单提交的原始数据（URL 编码）：
name={{PERSON|percent:%E9%99%86%E5%B0%8F%E6%9B%BC}}&phone={{CN_PHONE|percent:%31%35%30%30%37%31%33%38%38%32%34}}&email={{EMAIL|percent:lu.xiaoman%40sina.cn}}&city=%E6%88%90%E9%83%BD
帮我解码成中文。""", None),
    ("hr_export", """| 序号 | 姓名 | 岗位 | 银行卡 | 备注 |
|---|---|---|---|---|
| 1 | {{PERSON:叶青}} | 保洁 | {{BANK_CARD:@@CUP@@}} | 新入职 |
| 2 | {{PERSON:马小跳}} | 保安 | {{BANK_CARD:@@CUP16@@}} | |
| 3 | {{PERSON:拉姆}} | 厨师 | [[masked_card:6228 48** **** 0917]] | 卡号待补 |
| 4 | {{PERSON:于是非}} | 保安 | {{BANK_CARD:@@CUP@@}} | |
请算一下本月需要打款的人数。""", None),
    ("visa_material", """签证材料清单（申请人 {{PERSON:景甜甜}}）
护照号：{{CN_PASSPORT:EJ@@D7@@}}
在职证明：{{ORG:中国国际金融股份有限公司}}出具，联系人 HR {{PERSON|en:Amy Wang}}，{{CN_LANDLINE:+86-10-65051166}}
银行流水：{{ORG|bank_branch:中国民生银行北京亮马桥支行}}，账户 {{BANK_CARD:@@CUP@@}}
家庭住址：{{ADDRESS:北京市东城区东四北大街107号院2号楼1门401}}""", None),
    ("military_family", """军属优待证申请
申请人：{{PERSON:岳红霞}}（配偶 {{PERSON:雷振华}}，军官证号 {{CN_MILITARY_ID:南字第@@D7@@号}}）
住址：{{ADDRESS:福建省漳州市芗城区胜利西路81号3幢702}}
联系电话：{{CN_PHONE:15759620183}}
请帮我写申请理由。""", None),
    ("pharmacy", """药房处方审核：
处方号 [[order_no:RX2026112900318]]  患者 {{PERSON:巴特尔}}  男 56岁
医保电子凭证绑定手机 {{CN_PHONE:15204716628}}
开具医生 {{PERSON:乔丽萍}}（{{ORG|hospital:内蒙古医科大学附属医院}}）
药品：二甲双胍缓释片 0.5g ×60
请核对剂量是否合理。""", None),
    ("notary", """公证申请表
申请人：{{PERSON:戚少商}} 身份证 {{CN_ID_CARD|linebreak:@@ID~lb@@}}
公证事项：亲属关系（与父 {{PERSON:戚长风}}）
现住址：{{ADDRESS:浙江省温州市鹿城区五马街道公园路12弄3号}}
用途：在{{ORG:Monash University}}留学存款证明附件""", None),
    ("ev_charging", """充电桩报装申请
车主：{{PERSON:闻啸}}
车牌：{{CN_LICENSE_PLATE:浙AF09378}}
车位：{{ADDRESS:浙江省宁波市鄞州区首南街道天童南路588号宁波文化广场地下二层B-217车位}}
物业同意书盖章：{{ORG:宁波银亿物业管理有限公司}}""", None),
    ("volunteer_list", """社区志愿者排班（请排成周表）
周一 {{PERSON|honorific:龙大爷}}、{{PERSON:申小雨}}
周二 {{PERSON:覃雪梅}}、{{PERSON|en:Tony}}（理发店的）
周三 {{PERSON:古丽娜尔}}、{{PERSON|honorific:老孟}}
周四 {{PERSON:和平}}（"和平"是人名，姓和）
联系人：社区书记{{PERSON:闵红}} {{CN_PHONE:13765102238}}""", None),
    ("cs_transcript", """客服质检抽查，请评分：
客户：你们这个宽带又断了！我是{{ADDRESS:天津市河西区友谊路街道解放南路与黑牛城道交口格调春天8号楼1门502}}的。
坐席：先生您好，请问机主姓名？
客户：{{PERSON:纪晓岚}}，电话就是宽带账号 {{CN_LANDLINE:022-28351907}}。
坐席：好的，工程师{{PERSON|honorific:小宋}}下午两点到四点上门。""", None),
    ("alumni_list", """校友会名单（请去重）
{{PERSON:宗萨}} 2009级 {{ORG:西藏大学}} {{CN_PHONE:13989017723}}
{{PERSON|spaced_name:宗 萨}} 2009级 {{ORG:西藏大学}} {{CN_PHONE|grouped:139 8901 7723}}
{{PERSON|compound_surname:慕容复}} 2011级 {{ORG:兰州大学}} {{EMAIL:murongfu@lzu-alumni-demo.org}}""", None),
    ("funeral_notice", """讣告（请润色）
{{PERSON:吕淑珍}}老人于2026年11月26日在{{ORG|hospital:大连医科大学附属第二医院}}安详辞世，享年88岁。告别仪式定于11月30日上午9时在{{ADDRESS|cn_rural:辽宁省大连市甘井子区革镇堡街道棠梨村}}举行。
孝子：{{PERSON:于德水}} {{CN_PHONE:13322270861}}""", None),
    ("interview_notes", """访谈纪要（需脱敏后发给外部顾问）
受访人：{{PERSON|honorific:杜总}}（{{ORG:杭州娃哈哈集团有限公司}}采购总监）
时间：11月25日
要点：1) 明年瓶坯采购量增加 15%；2) 希望我方在{{ADDRESS:杭州市上城区清泰街160号}}附近设仓；3) 对接人改为{{PERSON:沈建忠}}（{{CN_PHONE:13757108842}}）。""", None),
]
