"""Hold-out documents with no gold value at all, only look-alikes: order / tracking / invoice numbers, masked values,
numbers failing their check digit, versions, hashes, UUIDs, placeholders, public keys, surname-like words, place
names, hotlines, Chinese-numeral dates. Any finding in them is a false alarm.

Written independently of the blind corpus; nobody tunes detectors on these. Markup: see build.py.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("neg_ticket", """客服工单汇总，请按问题类型分类：
1. 订单 [[order_no:DD202611290001847]] 物流停滞，快递单号 [[tracking_no:YT7508822194630]]
2. 订单 [[order_no:DD202611290002215]] 申请开票，发票号码 [[invoice_no:26442000000417733]]
3. 用户尾号 [[masked_phone:138****0921]] 反馈优惠券无法使用
4. 退款到尾号 [[masked_card:**** **** **** 6621]] 的卡，金额 [[amount:¥1,288.00]]
客服热线 [[hotline:400-800-8888]]""", None),
    ("neg_chat", """帮我把这段话翻译成英文：
今天我们去了[[place_name:西湖]]，然后去了[[place_name:南京路]]。""", None),
    ("neg_chat", """朋友圈文案润色：
周末和家人去了[[place_name:鼓浪屿]]，天气特别好，大家都很[[surname_word:高兴]]。[[surname_word:于是]]决定明年[[surname_word:夏天]]再去一次[[place_name:厦门]]，顺便看看[[place_name:土楼]]。""", None),
    ("neg_numbers", """下面这些号码哪些是有效身份证号？帮我逐个校验：
[[id18_bad_checksum:@@BADID@@]]
[[id18_bad_date:@@BADDATE@@]]
[[id18_bad_checksum:@@BADID@@]]
[[digits18:202611290000183746]]
都是测试时随手敲的。""", None),
    ("neg_numbers", """Luhn 校验练习题（答案：全部不通过）：
A. [[luhn_bad:@@BADLUHN@@]]
B. [[digits16:@@BADLUHN16@@]]
C. [[luhn_bad:@@BADLUHN@@]]
D. 卡号已打码：[[masked_card:6222 02** **** **** 117]]""", None),
    ("neg_devops", """```yaml
# values.yaml 模板，真实值从 Vault 注入
database:
  url: [[dsn_placeholder:postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app]]
  password: [[placeholder_password:${DB_PASSWORD}]]
openai:
  apiKey: [[placeholder_key:sk-xxxxxxxxxxxxxxxxxxxxxxxx]]
image:
  tag: [[version:v2.18.3]]
  digest: sha256:[[sha256:@@H64@@]]
```
这样写 Vault 注入能生效吗？""", None),
    ("neg_devops", """CI 输出（全部成功），帮我写发布说明：
Build [[version:4.12.0-rc.3]] ([[git_sha:@@H40@@]])
Artifacts:
  app-[[version:4.12.0]].tar.gz  md5=[[md5:@@H32@@]]
  trace-id [[uuid:3e8f1d2c-7a6b-4c5d-9e0f-1a2b3c4d5e6f]]
Deployed at [[timestamp:2026-11-29 14:22:07 +0800]]""", None),
    ("neg_code", """```java
public class UserService {
    [[email_like:@Autowired]]
    private UserRepository repo;

    [[email_like:@Override]]
    public String toString() { return "UserService"; }

    // 手机号脱敏：保留前三后四
    public static String mask(String m) { return m.substring(0, 3) + "****" + m.substring(7); }
}
```
这个 mask 方法有什么问题？""", None),
    ("neg_code", """```python
def validate_id(no: str) -> bool:
    \"\"\"GB 11643 校验：前17位加权求和 mod 11。\"\"\"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    codes = "10X98765432"
    total = sum(int(a) * w for a, w in zip(no[:17], weights))
    return codes[total % 11] == no[17].upper()

assert not validate_id("[[id18_bad_checksum:@@BADID@@]]")
```
帮我补充单元测试。""", None),
    ("neg_code", """```go
// 生成订单号：时间戳 + 随机数
func NewOrderNo() string {
    return time.Now().Format("20060102150405") + fmt.Sprintf("%04d", rand.Intn(10000))
}
// 示例：[[order_no:202611291422071234]]
```
并发时会不会重复？""", None),
    ("neg_git", """git log --oneline 输出，帮我写周报：
[[git_sha:a1b2c3d]] fix: 修复登录页在 Safari 下的样式问题
[[git_sha:9f8e7d6]] feat: 订单列表支持按手机号尾号筛选
[[git_sha:5c4b3a2]] chore: bump axios to [[version:1.7.9]]
[[git_sha:1e2d3c4]] docs: 更新部署文档（见 [[email_like:git@github.com:acme/web.git]]）""", None),
    ("neg_meeting", """会议通知：
主题：Q4 复盘
时间：[[cn_numeral_text:二〇二六年十二月三日]]下午两点
腾讯会议：[[meeting_id:628 551 907]]，密码请见群公告
参会：各部门负责人
议程：1. 营收回顾 2. [[surname_word:明年]]预算 3. 团队建设""", None),
    ("neg_finance", """请解释这份报表里的指标：
营业收入 [[amount:12,847,350.21]] 元，同比增长 [[amount:18.6%]]
应收账款周转天数 47 天
银行承兑汇票 [[digits16:@@BADLUHN16@@]]（票号）
期末现金 [[amount:3,002,118.00]] 元""", None),
    ("neg_hr_policy", """员工手册节选（请改成问答形式）：
第十二条 员工请假须提前在系统提交申请，经直属上级审批。
第十三条 加班费按国家规定计算，工作日1.5倍，休息日2倍，法定节假日3倍。
第十四条 员工的身份证号、银行卡号等个人信息仅用于薪酬发放，[[surname_word:严格]]保密。
如有疑问请拨打人事热线 [[hotline:8008]]（内线）。""", None),
    ("neg_legal_template", """合同模板，帮我检查占位符是否齐全：
甲方：______（以下简称"甲方"）
乙方：______
统一社会信用代码：[[placeholder_uscc:XXXXXXXXXXXXXXXXXX]]
身份证号：[[placeholder_id:__________________]]
联系电话：[[placeholder_phone:1__________]]
签订日期：[[cn_numeral_text:二〇二六年  月  日]]""", None),
    ("neg_news", """把这段新闻缩写成50字：
据[[place_name:浦东新区]]统计，今年前三季度[[place_name:陆家嘴]]金融城新增持牌机构27家，[[surname_word:金融]]业增加值同比增长8.2%。[[place_name:张江]]科学城的集成电路产业规模也突破了[[amount:千亿元]]。""", None),
    ("neg_weather", """Summarise tomorrow's forecast:
[[place_name:Beijing]]: sunny, -3 to 6°C, AQI 45
[[place_name:Shanghai]]: cloudy, 8 to 14°C
[[place_name:Guangzhou]]: light rain, 17 to 23°C
Issued [[timestamp:2026-11-29T18:00:00+08:00]]""", "en"),
    ("neg_recipe", """菜谱改写：
红烧[[surname_word:石头]]鱼？不对，是红烧鲫鱼。步骤：1. 鱼两面煎黄；2. 加[[surname_word:黄酒]]、生抽、老抽；3. 小火焖15分钟。[[surname_word:万一]]糊锅就加点热水。""", None),
    ("neg_poem", """解释这首诗的意境：
[[surname_word:江山]]如画，一时多少豪杰。
[[surname_word:白天]]看云，晚上听雨，
[[surname_word:和平]]年代的[[surname_word:黄金]]岁月。""", None),
    ("neg_logistics", """物流轨迹（请判断是否异常）：
[[timestamp:2026-11-27 09:14]] 【[[place_name:杭州]]转运中心】已发出
[[timestamp:2026-11-28 02:31]] 【[[place_name:武汉]]转运中心】已到达
[[timestamp:2026-11-29 10:05]] 派件中，快递员电话 [[masked_phone:186****7732]]
运单号 [[tracking_no:JT3091822736615]]""", None),
    ("neg_ids_mixed", """数据清洗：以下字段哪些像证件号？（都已确认无效）
HKID: [[hkid_bad:@@BADHKID@@]]
TWID: [[twid_bad:@@BADTWID@@]]
USCC: [[uscc_bad:@@BADUSCC@@]]
ID18: [[id18_bad_date:@@BADDATE@@]]
护照？[[passport_like:E123]]（位数不对）""", None),
    ("neg_keys_public", """这是公钥，可以放心贴吗？
[[public_key:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@B43@@ deploy@ci]]
[[public_key:-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@B20@@
@@B64@@
-----END PUBLIC KEY-----]]""", None),
    ("neg_cert", """nginx 证书链配置对不对？
ssl_certificate /etc/nginx/certs/fullchain.pem;
ssl_certificate_key /etc/nginx/certs/privkey.pem;
fullchain.pem 内容：
[[certificate:-----BEGIN CERTIFICATE-----
MIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAw
@@B64@@
-----END CERTIFICATE-----]]""", None),
    ("neg_jwt_header", """JWT 的 header 部分解码出来是什么？
[[jwt_header:eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjEifQ]]
我只贴了第一段，后面的 payload 和签名没贴。""", None),
    ("neg_base64", """这段 base64 解出来是张图片吗？
[[base64_blob:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk@@B40@@]]""", None),
    ("neg_versions", """Windows 版本号 [[ip_like:10.0.19045.3803]] 和 [[ip_like:10.0.22631.4460]] 有什么区别？另外 Chrome [[version:131.0.6778.86]] 是最新的吗？OID [[ip_like:1.2.840.113549.1.1.11]] 是什么算法？""", None),
    ("neg_sql_schema", """```sql
CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  real_name VARCHAR(32) COMMENT '姓名，加密存储',
  id_card_cipher VARBINARY(256) COMMENT '身份证号密文',
  mobile_hash CHAR(64) COMMENT '手机号 SHA-256',
  created_at DATETIME
);
```
这个表设计符合个保法要求吗？""", None),
    ("neg_regex", """帮我解释这些正则：
手机号：^1[3-9]\\d{9}$
身份证：^\\d{17}[\\dXx]$
邮箱：^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$
银行卡：^\\d{16,19}$""", None),
    ("neg_stats", """统计表（单位：件）：
| 月份 | 投诉 | 咨询 | 表扬 |
|---|---|---|---|
| 9月 | 1,382 | 20,117 | 96 |
| 10月 | 1,105 | 18,934 | 121 |
| 11月 | 987 | 19,552 | 143 |
请画成折线图的描述。""", None),
    ("neg_product", """商品详情页文案优化：
型号：[[passport_like:E53100218]]（老款），新款 [[passport_like:G20260118]]
条码：[[ean:6901234567892]]
保修：全国联保，服务热线 [[hotline:400-100-5678]]
规格：[[surname_word:毛衣]]款，100%[[surname_word:羊毛]]""", None),
    ("neg_policy_faq", """政策问答改写：
问：社保卡丢了怎么办？
答：可拨打 [[hotline:12333]] 挂失，或到就近的社保经办网点补办，需携带本人身份证原件。
问：异地就医怎么备案？
答：通过国家医保服务平台 App 办理，一般当天生效。""", None),
    ("neg_email_like", """这些都不是邮箱吧？
[[email_like:@所有人]] 请查收通知
[[email_like:@vue/cli]] 是 npm 的 scope
[[email_like:logo@2x.png]] 是图片
[[email_like:user@localhost]] 没有域名后缀""", None),
    ("neg_chat", """给我讲个笑话：
[[surname_word:老师]]问：[[surname_word:王国]]和[[surname_word:国王]]有什么区别？
学生：一个是地方，一个是人。
[[surname_word:老师]]：那[[surname_word:马上]]呢？
学生：马的上面！""", None),
    ("neg_placeholder_doc", """API 文档示例：
curl https://api.example.cn/v1/chat \\
  -H "Authorization: Bearer [[placeholder_key:<YOUR_API_KEY>]]" \\
  -d '{"model": "qwen-max", "messages": [{"role": "user", "content": "你好"}]}'
注意：请将 [[placeholder_key:<YOUR_API_KEY>]] 替换为控制台中创建的密钥，不要写入代码仓库。""", None),
    ("neg_placeholder_doc", """Setup guide: copy .env.example to .env and fill in:
OPENAI_API_KEY=[[placeholder_key:sk-...]]
AWS_ACCESS_KEY_ID=[[placeholder_key:AKIAXXXXXXXXXXXXXXXX]]
DATABASE_URL=[[dsn_placeholder:mysql://user:****@db-host:3306/app]]
JWT_SECRET=[[placeholder_key:changeme]]""", "en"),
    ("neg_masked_export", """脱敏后的用户表，帮我统计地区分布：
姓名,手机,证件号,城市
[[masked_name:张*]],[[masked_phone:139****2201]],[[masked_id:3301**********1234]],杭州
[[masked_name:李**]],[[masked_phone:186****7719]],[[masked_id:4403**********002X]],深圳
[[masked_name:欧阳*]],[[masked_phone:152****6630]],[[masked_id:5101**********3318]],成都""", None),
    ("neg_timestamps", """日志时间戳转换：
[[timestamp_ms:1764398123456]] -> ?
[[timestamp_ms:1764401723000]] -> ?
[[timestamp:1764405323]] -> ?（秒级）
请转换成北京时间。""", None),
    ("neg_cn_numerals", """把下面的中文数字改写成阿拉伯数字：
[[cn_numeral_text:二〇二六年十一月三十日]]
[[cn_numeral_text:一百三十八万八千]]
[[cn_numeral_text:壹万贰仟叁佰元整]]
[[cn_numeral_text:第三十九条]]""", None),
    ("neg_math", """解这道题：一个数列 1, 3, 8, 13, 21, 34, 55, 89……第 11 项是多少？
另外 [[digits11_not_mobile:12345678910]] 是 1 到 10 连写，不是手机号。""", None),
    ("neg_school_notice", """家长会通知（请改得亲切些）：
各位家长：本学期期中家长会定于下周五下午三点在学校礼堂召开，请准时参加。届时班主任将介绍期中考试情况及寒假安排。请家长提前在班级群接龙报名，不能参加的请说明原因。""", None),
    ("neg_it_faq", """IT 常见问题：
Q：VPN 连不上？
A：检查客户端版本是否为 [[version:5.3.2]] 以上；重启后仍不行请在 ITSM 提单。
Q：忘记密码？
A：登录自助平台重置，密码需 12 位以上，含大小写、数字、符号，不能包含姓名拼音。""", None),
    ("neg_travel", """行程规划：
D1 [[place_name:成都]] → [[place_name:九寨沟]]（大巴 8 小时）
D2 [[place_name:九寨沟]]景区全天
D3 [[place_name:黄龙]] → [[place_name:松潘古城]]
D4 返回[[place_name:成都]]，晚上吃火锅
请估算预算。""", None),
    ("neg_english", """Rewrite more politely:
"Per our last call, the shipment is delayed again. Order [[order_no:PO-77120-B]] was due on Nov 15. If it doesn't arrive by Friday we'll cancel and request a refund of [[amount:$48,200]]. Reference: [[uuid:c0ffee00-1234-4abc-9def-00112233aabb]]." """, "en"),
    ("neg_english", """Explain the difference between these identifiers in our system:
- request id [[uuid:7d444840-9dc0-11d1-b245-5ffdce74fad2]]
- commit [[git_sha:@@H40@@]]
- build [[version:2026.11.29.1]]
- invoice [[invoice_no:INV-2026-004417]]""", "en"),
    ("neg_hash", """文件校验值对不上，帮我看看：
官网 SHA-256：[[sha256:@@H64@@]]
本地计算：[[sha256:@@H64@@]]
MD5：[[md5:@@H32@@]]""", None),
    ("neg_complaint_generic", """投诉回复模板：
尊敬的客户：您好！关于您反映的问题，[[org_generic:我行]]高度重视，已责成相关部门核查。经查，[[org_generic:该网点]]工作人员确有服务不到位之处，[[org_generic:本行]]已对其进行批评教育。感谢您的监督！""", None),
    ("neg_supplier_generic", """邮件润色：
贵司上月的报价单已收到，[[org_generic:我司]]采购部会在本周内回复。另外，请[[org_generic:贵司]]财务在开票时注意税率调整，[[org_generic:本公司]]只接受电子专票。""", None),
    ("neg_bank_sms", """这几条银行短信是正常的吗？
【[[org_generic:XX银行]]】您尾号 [[masked_card:8812]] 的账户于 11月29日 10:21 支出 [[amount:328.00]] 元，余额 [[amount:5,102.33]] 元。
【[[org_generic:XX银行]]】验证码 [[otp:482913]]，5 分钟内有效，请勿泄露。""", None),
    ("neg_lottery", """帮我分析一下这期彩票号码有什么规律：
红球 03 08 13 21 27 32 蓝球 11
上期：01 09 14 22 28 33 + 06
中奖注数 [[amount:1,382]] 注""", None),
    ("neg_sports", """比赛结果摘要：
[[place_name:广州]]队 98 : 91 [[place_name:辽宁]]队
技术统计：三分 12/31，篮板 44，助攻 23，失误 11
下一场：[[cn_numeral_text:十二月二日]]客场对[[place_name:新疆]]队""", None),
    ("neg_math_ids", """概率题：18 位身份证号的最后一位校验码是 X 的概率大约是多少？假设前 17 位均匀随机。
另：[[digits18:111111111111111111]] 这种全 1 的号码能通过校验吗？""", None),
    ("neg_ocr_invoice", """发票识别结果（已脱敏），请核对金额：
发票代码 [[invoice_no:044002100111]]
发票号码 [[invoice_no:87326610]]
开票日期 [[cn_numeral_text:二〇二六年十一月二十八日]]
合计 [[amount:¥ 2,970.30]]  税额 [[amount:¥ 386.14]]""", None),
    ("neg_api_doc", """接口说明：
POST /v2/users/{user_id}/verify
请求体：{"id_type": "ID_CARD", "id_no": "string（18位）", "mobile": "string（11位）"}
返回：{"verified": true, "trace": "[[uuid:a8098c1a-f86e-11da-bd1a-00112444be1e]]"}
错误码：40001 参数错误；40003 证件号校验失败；[[digits11_not_mobile:10086100861]] 为内部测试号段，已废弃。""", None),
    ("neg_changelog", """CHANGELOG
## [[version:3.2.0]] - 2026-11-28
- 新增：手机号一键登录
- 修复：身份证号末位 x 小写时校验失败
## [[version:3.1.4]] - 2026-11-10
- 升级 OpenSSL 到 [[version:3.0.15]]""", None),
    ("neg_k8s", """kubectl get pods 输出：
NAME                          READY   STATUS    RESTARTS   AGE
api-[[pod_hash:7d9f8b6c5d-x2kq9]]      1/1     Running   0          3d
worker-[[pod_hash:5c6d7e8f9a-m4n7p]]   0/1     CrashLoopBackOff   42   3d
为什么 worker 一直重启？""", None),
    ("neg_docker", """docker images：
REPOSITORY          TAG       IMAGE ID       CREATED        SIZE
registry.example.cn/app   [[version:1.8.2]]     [[git_sha:3f2a9c1b7e4d]]   2 days ago     412MB
postgres            16        [[git_sha:b1c2d3e4f5a6]]   3 weeks ago    438MB
怎么清理悬空镜像？""", None),
    ("neg_surname_heavy", """帮我给这段话改个标题：
[[surname_word:许多]]人觉得[[surname_word:周末]]加班很正常，但[[surname_word:常常]]加班会影响健康。[[surname_word:程序]]员群体尤其如此。[[surname_word:方便]]的话，大家可以聊聊自己的[[surname_word:安全]]感来源。""", None),
    ("neg_surname_heavy", """成语接龙：[[surname_word:马到成功]] → 功成名就 → 就地取材 → 材大难用 → 用兵如神 → 神采飞扬 → 扬眉吐气""", None),
    ("neg_place_heavy", """地理题：[[place_name:长江]]流经哪些省份？请按上游到下游排列：[[place_name:青海]]、[[place_name:西藏]]、[[place_name:四川]]、[[place_name:云南]]、[[place_name:重庆]]、[[place_name:湖北]]、[[place_name:湖南]]、[[place_name:江西]]、[[place_name:安徽]]、[[place_name:江苏]]、[[place_name:上海]]。""", None),
    ("neg_address_fragment", """选址建议：我们想在[[place_name:深圳南山区]]或者[[place_name:杭州滨江]]开分公司，两地的人才、租金和政策各有什么优劣？""", None),
    ("neg_log_noip", """应用启动日志：
[[timestamp:2026-11-29 08:00:01.001]] INFO  Starting Application v[[version:5.4.1]] using Java 21
[[timestamp:2026-11-29 08:00:03.442]] INFO  Tomcat started on port 8080 (http)
[[timestamp:2026-11-29 08:00:03.450]] INFO  Started in 2.9 seconds (process running for 3.3)
为什么第一次请求很慢？""", None),
    ("neg_password_policy", """密码策略配置，帮我解释：
password_min_length = 12
password_require_symbols = true
password_history = 5
password_max_age_days = 90
password = [[placeholder_password:********]]""", None),
    ("neg_translation", """Translate into Chinese: "The data subject has the right to request erasure of personal data, including names, identity numbers, phone numbers and addresses, where processing is no longer necessary." """, "en"),
    ("neg_short", """今天几号？""", None),
    ("neg_short", """用 Python 写一个快速排序。""", None),
    ("neg_markdown", """# 项目 README
## 安装
```
pip install acme-sdk==[[version:2.3.1]]
```
## 配置
把 `ACME_TOKEN` 设为你的令牌（[[placeholder_key:acme_xxx]]），不要提交到仓库。
## 许可证
MIT""", None),
    ("neg_ticket", """售后处理记录：
用户反馈订单 [[order_no:JD312885506172]] 少发一件，已补发，补发运单 [[tracking_no:JDVA20817733412]]。
用户预留手机 [[masked_phone:157****0394]]，已短信通知。退差价 [[amount:¥19.90]] 到原支付账户（[[masked_card:尾号 0021]]）。""", None),
    ("neg_devops", """Terraform 变量文件（真实值在 CI 的 secret 里）：
variable "db_password" { type = string, sensitive = true }
variable "access_key"  { default = "[[placeholder_key:REPLACE_ME]]" }
output "endpoint" { value = "[[dsn_placeholder:mysql://admin:<password>@rds-endpoint:3306]]" }""", None),
    ("neg_hr_template", """入职登记表模板（空白）：
姓名：________  性别：□男 □女
身份证号：[[placeholder_id:□□□□□□□□□□□□□□□□□□]]
手机：[[placeholder_phone:___________]]
紧急联系人：________  与本人关系：________""", None),
    ("neg_chat", """帮我回复朋友：
"哈哈[[surname_word:黎明]]前最黑暗，挺住！等你[[surname_word:牛市]]回本了请我吃[[place_name:潮汕]]牛肉火锅，[[surname_word:白天]][[surname_word:晚上]]都行。" """, None),
    ("neg_english", """Please proofread: "Our support team is available 24/7 at [[hotline:1-800-555-0199]]. Ticket [[order_no:#A-99812]] has been escalated to tier 2; expected resolution by [[timestamp:Dec 2, 2026 17:00 GMT]]." """, "en"),
    ("neg_numbers", """对账时发现几串数字，同事说可能是银行卡号，帮我确认：
[[luhn_bad:@@BADLUHN@@]]（流水号）
[[digits19:6217000000000000001]]（测试号）
[[order_no:2026112900003417729]]（订单号）
都不是卡号吧？""", None),
    ("neg_gov_notice", """把这段公告改写得更口语化：
根据有关规定，自[[cn_numeral_text:二〇二七年一月一日]]起，办理居住证可通过政务服务平台在线申请，申请人无需到现场提交纸质材料。如遇系统问题，请拨打政务服务热线 [[hotline:12345]]。""", None),
]
