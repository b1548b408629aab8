"""Hand-written hard negatives: no personal data or secret at all, but many look-alikes.

Every look-alike is a decoy ([[kind:text]]); @@BAD...@@ makers give numbers that fail their check on purpose.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []


def d(kind: str, src: str, lang: str | None = None) -> None:
    DOCS.append((kind, src.strip("\n"), lang))


d("neg_ticket", """
订单[[order_no:20261128153022871]]已发货，快递单号[[tracking_no:SF1402699310022]]，预计[[date:12月1日]]送达。
如有疑问请拨打客服热线[[hotline:400-830-1234]]。
""")
d("neg_ticket", """
尊敬的用户，您尾号[[masked_phone:138****6625]]的手机已成功充值[[amount:100元]]，交易单号[[serial_no:CZ202611290001238871]]。
""")
d("neg_notice", """
【银行提醒】温馨提示：请勿向任何人透露验证码。官方客服电话[[hotline:95588]]，信用卡中心[[hotline:95533]]。
""")
d("neg_chat", """
A：今天[[surname_word:高兴]]吗？
B：[[surname_word:于是]]我们就去了[[place_name:西湖]]，人山人海
A：[[surname_word:王国]]维的书看完了没
B：还没，[[surname_word:和平]]饭店那本先看
""")
d("neg_chat", """
群里说一下：下周[[surname_word:周一]]团建，地点在[[place_name:千岛湖]]，大家[[surname_word:石头]]剪刀布决定房间。
[[surname_word:文件]]在共享盘，[[surname_word:金额]]预算每人[[amount:800元]]。
""")
d("neg_release", """
Release notes [[version:v4.12.0]] ([[date:2026-11-27]])
- Bump protobuf to [[version:5.29.1]], grpcio to [[version:1.68.0]]
- Fix crash on Android [[version:14.0.0.300]] builds ([[ticket_no:#4521]])
- Docker image digest: [[sha256:sha256:@@H64@@]]
- Commit [[git_sha:@@H40@@]]
""", "en")
d("neg_devops", """
$ git log --oneline -3
[[git_sha:@@H7@@]] fix: handle empty cart
[[git_sha:@@H7@@]] feat: add coupon api
[[git_sha:@@H7@@]] chore: bump deps
$ git remote -v
origin  [[email_like:git@github.com:acme-retail/checkout.git]] (fetch)
""", "en")
d("neg_devops", """
# 示例配置，请替换为你自己的值
OPENAI_API_KEY=[[placeholder_key:sk-your-key-here]]
ANTHROPIC_API_KEY=[[placeholder_key:sk-ant-xxxxxxxx]]
DB_PASSWORD=[[placeholder_password:${DB_PASSWORD}]]
REDIS_URL=[[dsn_placeholder:redis://:<password>@<host>:6379/0]]
""")
d("neg_devops", """
ssh-rsa [[public_key:AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@B64@@@@B64@@@@B40@@]] deploy@ci-runner
""", "en")
d("neg_devops", """
-----BEGIN PUBLIC KEY-----
[[public_key:MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@B20@@
@@B64@@
@@B64@@]]
-----END PUBLIC KEY-----
这是公钥，可以公开。
""", "mixed")
d("neg_devops", """
-----BEGIN CERTIFICATE-----
[[certificate:MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
@@B64@@
@@B64@@]]
-----END CERTIFICATE-----
""", "en")
d("neg_numbers", """
以下号码都是测试用的无效数据，请勿使用：
身份证：[[id18_bad_checksum:@@BADID@@]]、[[id18_bad_date:@@BADDATE@@]]
银行卡：[[luhn_bad:@@BADLUHN@@]]
信用代码：[[uscc_bad:@@BADUSCC@@]]
""")
d("neg_numbers", """
QA 用例：校验失败场景
case_01 id=[[id18_bad_checksum:@@BADID@@]] expect=INVALID_CHECKSUM
case_02 id=[[id18_bad_date:@@BADDATE@@]] expect=INVALID_DATE
case_03 card=[[luhn_bad:@@BADLUHN16@@]] expect=LUHN_FAIL
case_04 hkid=[[hkid_bad:@@BADHKID@@]] expect=CHECK_FAIL
case_05 twid=[[twid_bad:@@BADTWID@@]] expect=CHECK_FAIL
""", "mixed")
d("neg_log", """
2026-11-29 03:00:00,001 INFO scheduler - job=[[uuid:3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7]] started
2026-11-29 03:00:02,417 INFO scheduler - processed [[digits:138]] rows in [[duration:2416ms]]
2026-11-29 03:00:02,418 INFO scheduler - next run at [[timestamp_ms:1764442800000]]
""", "en")
d("neg_log", """
[[timestamp:2026-11-29T08:00:01+08:00]] host=web-03 pid=[[digits:23817]] req=[[hex_id:0af7651916cd43dd8448eb211c80319c]] status=200 bytes=[[digits11_not_mobile:12800138000]]
""", "en")
d("neg_misc", """
会议号：[[meeting_id:738 2741 556]]（腾讯会议），密码：无
直播间号 [[meeting_id:9527 1388]]，不是电话号码哦
""")
d("neg_misc", """
我们在[[place_name:北京市朝阳区]]和[[place_name:上海市浦东新区]]都有办公室，具体地址见官网。
[[place_name:中关村]]、[[place_name:张江高科]]、[[place_name:前海自贸区]]是主要的科技园区。
""")
d("neg_misc", """
[[cn_numeral_text:二〇二六年十一月二十九日]]，[[surname_word:万里]]无云。[[surname_word:黄金]]价格上涨到每克[[amount:六百八十元]]。
""")
d("neg_misc", """
本公司承诺：[[org_generic:贵司]]提供的资料仅用于本次合作，[[org_generic:本公司]]不会向第三方披露。[[org_generic:该银行]]的回单请于三日内寄回。
""")
d("neg_code", """
```java
public class OrderService {
    [[email_like:@Override]]
    public Order find(Long id) { return repo.findById(id).orElseThrow(); }

    [[email_like:@Autowired]]
    private PaymentClient paymentClient;
}
```
""", "en")
d("neg_code", """
```python
PASSWORD_MIN_LENGTH = 8
password = getpass.getpass("请输入密码：")
if len(password) < PASSWORD_MIN_LENGTH:
    raise ValueError("密码太短")
token = os.environ["API_TOKEN"]
```
""", "mixed")
d("neg_code", """
```yaml
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: [[placeholder_password:db-secret]]
        key: password
  - name: OPENAI_API_KEY
    value: "[[placeholder_key:${OPENAI_API_KEY}]]"
```
""", "en")
d("neg_code", """
// 常量定义
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SAMPLE_ID = "[[uuid:00000000-0000-0000-0000-000000000000]]";
const EMPTY_MD5 = "[[md5:d41d8cd98f00b204e9800998ecf8427e]]";
""", "mixed")
d("neg_code", """
>>> base64.b64decode("[[base64_blob:5L2g5aW977yM5LiW55WM]]").decode()
'你好，世界'
>>> hashlib.sha1(b"hello").hexdigest()
'[[sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d]]'
""", "mixed")
d("neg_devops", """
docker pull nginx:[[version:1.27.3]]
docker run -d -p 8080:80 --name web nginx
# 访问 http://localhost:8080
""", "mixed")
d("neg_devops", """
OID [[ip_like:1.3.6.1.4.1.2011.2.23]] 是华为的私有 MIB，版本号 [[version:10.3.2.1]] 不是 IP。
""")
d("neg_numbers", """
发票代码：[[invoice_no:044031900111]] 发票号码：[[invoice_no:28734519]]
校验码：[[invoice_check:62190 88342 10473 55921]]
价税合计：[[amount:¥11,300.00]]
""")
d("neg_numbers", """
股票代码 [[stock_code:600519]]、[[stock_code:000858]]，今日成交额[[amount:138.26亿元]]，换手率[[digits:0.87%]]。
""")
d("neg_numbers", """
物流批量查询：
[[tracking_no:YT7501234567890]]
[[tracking_no:JDX018273645501]]
[[tracking_no:773218840071623]]
[[tracking_no:1Z999AA10123456784]]
""")
d("neg_chat", """
客户：我的手机号就是下单那个，你们系统里有
客服：好的，查到尾号[[masked_phone:5678]]，已为您加急处理
客户：身份证也在系统里，[[masked_id:3301**********1234]]
""")
d("neg_chat", """
A：[[surname_word:林业]]局的通知看了吗
B：看了，[[surname_word:高级]]职称评审延期
A：[[surname_word:江山]]代有人才出
B：哈哈，[[surname_word:史上]]最难
""")
d("neg_chat", """
A: 这周去[[place_name:苏州]]还是[[place_name:无锡]]？
B: 去[[place_name:拙政园]]吧，顺便吃[[surname_word:松鼠]]鳜鱼
A: 好，[[surname_word:明天]]八点[[place_name:虹桥站]]见
""")
d("neg_misc", """
Placeholder data for the demo: user “[[placeholder_name:张三]]”, phone [[placeholder_phone:1XX-XXXX-XXXX]], ID [[placeholder_id:XXXXXXXXXXXXXXXXXX]].
""", "mixed")
d("neg_misc", """
表单字段说明：姓名（必填）、手机号（11位）、身份证号（18位，末位可为X）、邮箱（如 [[email_like:name@example.com]]）。
""")
d("neg_log", """
JWT header only, no payload: [[jwt_header:eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ]]
Authorization: Bearer [[placeholder_key:<token>]]
""", "en")
d("neg_misc", """
版本对比：Chrome [[version:131.0.6778.86]]，Edge [[version:131.0.2903.70]]，Android WebView [[version:300.0.6778.81]]
""")
d("neg_numbers", """
合同编号：[[contract_no:HT-2026-SH-000871]]
项目编号：[[project_no:XM20261129A03]]
资产编号：[[asset_no:ZC-0031882]]
""")
d("neg_misc", """
高铁[[train_no:G1372]]次，[[place_name:上海虹桥]]—[[place_name:长沙南]]，[[seat_no:05车12F]]，检票口[[gate:B12]]
""")
d("neg_misc", """
Our HQ moved from [[place_name:Shenzhen]] to [[place_name:Hong Kong]]. Call center: [[hotline:800-820-5151]] (toll free).
""", "en")
d("neg_log", """
Nov 29 09:14:22 gw01 sshd[[[digits:2211]]]: Failed password for invalid user admin from scanner.example.net port [[digits:50122]] ssh2
""", "en")
d("neg_misc", """
数学作业：计算 [[digits11_not_mobile:12812345678]] ÷ 2 的余数，以及 [[digits:110101199003077777]] 有多少个 7。
""")
d("neg_chat", """
群公告：
1. 周报模板见[[surname_word:文档]]
2. 下周[[surname_word:伍]]月那个项目复盘取消
3. [[surname_word:华为]]云的发票统一找行政
""")
d("neg_chat", """
导游：各位游客，前面就是[[place_name:故宫博物院]]，左手边是[[place_name:景山公园]]。集合时间下午三点，地点[[place_name:神武门]]。
""")
d("neg_misc", """
颜色代码：[[hex_color:#1890FF]]、[[hex_color:#52C41A]]；尺寸 [[dimension:1920x1080]]；MAC [[mac:00:1A:2B:3C:4D:5E]]
""")
d("neg_devops", """
Dockerfile:
FROM python:[[version:3.12.7-slim]]
ENV PIP_INDEX_URL=https://mirrors.aliyun.com/pypi/simple/
RUN pip install fastapi==[[version:0.115.5]] uvicorn==[[version:0.32.1]]
""", "en")
d("neg_devops", """
# terraform plan 输出（节选）
  + resource "alicloud_db_instance" "main" {
      + id       = (known after apply)
      + password = (sensitive value)
      + vswitch_id = "[[resource_id:vsw-bp1s5fnvk4gn2tws03624]]"
    }
""", "mixed")
d("neg_misc", """
根据《中华人民共和国个人信息保护法》第二十八条，敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息。
""")
d("neg_misc", """
身份证号码由十八位数字本体码和一位校验码组成，排列顺序从左至右依次为：六位地址码、八位出生日期码、三位顺序码和一位校验码。
""")
d("neg_misc", """
How do I validate a Chinese mobile number in regex? Something like ^1[3-9]\\d{9}$ — and for ID cards the last digit may be X.
""", "en")
d("neg_ticket", """
退款进度：[[order_no:TB3291088214490021]] 已原路退回，退款编号 [[serial_no:RF20261129001823]]，到账时间 1-3 个工作日。
""")
d("neg_numbers", """
邮编对照：[[postcode:100020]] 北京朝阳，[[postcode:200120]] 上海浦东，[[postcode:518057]] 深圳南山
""")
d("neg_misc", """
天气预报：[[place_name:北京]]晴，[[place_name:上海]]多云，[[place_name:广州]]小雨。气温[[digits:-3～8]]℃。
""")
d("neg_misc", """
关于举办[[surname_word:高原]]医学论坛的通知：会议将于[[cn_numeral_text:十二月五日]]在[[place_name:拉萨]]举行。报名请登录官网。
""")
d("neg_code", """
```sql
SELECT COUNT(*) FROM orders WHERE created_at >= '[[date:2026-11-01]]' AND status = 'PAID';
-- 结果：[[digits:138024]]
```
""", "en")
d("neg_code", """
git diff
@@ -12,7 +12,7 @@ def connect():
-    password = "[[placeholder_password:changeme]]"
+    password = os.environ["DB_PASSWORD"]
""", "en")
d("neg_chat", """
A：你那个[[surname_word:司马]]光砸缸的故事讲完没
B：讲完了，下一个讲[[surname_word:孔融]]让梨
""")
d("neg_misc", """
Lorem ipsum: the sample company is a placeholder. Contact [[email_like:user@example.invalid]] for nothing.
""", "en")
d("neg_numbers", """
车牌识别测试（格式错误，不是有效车牌）：[[plate_like:京A1234]]、[[plate_like:ZZ12345]]
""")
d("neg_numbers", """
护照式样说明：护照号码一般为字母E加8位数字，例如[[passport_like:E12345678]]（样例）。
""")
d("neg_devops", """
k8s events:
  Warning  BackOff  pod/api-[[pod_hash:5c8d9f7b6-qwe12]]  Back-off restarting failed container
  Normal   Pulled   pod/api-[[pod_hash:5c8d9f7b6-qwe12]]  image "api:[[version:1.4.0-rc.2]]" already present
""", "en")
d("neg_log", """
AccessDenied: User arn:aws:iam::[[account_id:123456789012]]:user/ci is not authorized. RequestId: [[uuid:1f2e3d4c-5b6a-4789-8abc-def012345678]]
""", "en")
d("neg_ticket", """
您好，您的工单[[ticket_no:WO-20261129-7731]]已受理。如需人工服务请拨[[hotline:10086]]，海外请拨[[hotline:+86 400 610 1688]]。
""")
d("neg_chat", """
A：[[surname_word:白天]]来还是晚上来？
B：[[surname_word:晚上]]，[[surname_word:车]]停地下
A：好，[[surname_word:温馨]]提示别走错门
""")
d("neg_misc", """
产品型号：[[model_no:RTX-4090-24G]]，序列号：[[serial_no:SN8Z3K2Q7W1]]，保修至[[date:2028-11-30]]。
""")
d("neg_misc", """
[[base64_blob:eyJwYWdlIjoxLCJzaXplIjoyMH0=]] 是分页参数的 base64，解出来就是 {"page":1,"size":20}
""")
d("neg_numbers", """
18位数字但不是身份证：[[digits18:@@D18@@]]；16位订单：[[digits16:@@D16@@]]
""")
d("neg_misc", """
数据脱敏样例：{"name":"[[masked_name:张*]]","mobile":"[[masked_phone:139****0000]]","card":"[[masked_card:6222 **** **** 0123]]","email":"[[masked_email:z***@qq.com]]"}
""", "mixed")
d("neg_code", """
const config = {
  apiKey: [[placeholder_key:process.env.API_KEY]],
  password: [[placeholder_password:process.env.DB_PASS]],
  host: "localhost",
};
""", "en")
d("neg_misc", """
Quarterly report: revenue [[amount:RMB 3.2 billion]], up [[digits:18%]] YoY. The [[place_name:Greater Bay Area]] contributed most.
""", "en")
d("neg_chat", """
老板：这个季度[[surname_word:业绩]]不错
员工：[[surname_word:全靠]]大家
老板：[[surname_word:安全]]第一，年底发[[surname_word:红包]]
""")
d("neg_misc", """
唐诗《[[surname_word:钱塘]]湖春行》：孤山寺北贾亭西，水面初平云脚低。
""", "zh")
d("neg_misc", """
统一社会信用代码由十八位阿拉伯数字或大写英文字母组成，第一位是登记管理部门代码，第二位是机构类别代码。
""")
d("neg_devops", """
pip freeze
requests==[[version:2.32.3]]
urllib3==[[version:2.2.3]]
cryptography==[[version:43.0.3]]
""", "en")
d("neg_devops", """
HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="api", error="invalid_token"
X-Request-Id: [[uuid:6a1f0e9c-2b3d-4c5e-8f7a-9b0c1d2e3f40]]
""", "en")
d("neg_ticket", """
您的快递已由[[place_name:菜鸟驿站]]代收，取件码[[pickup_code:8-3-2014]]，请凭码取件。
""")
d("neg_misc", """
本次活动[[surname_word:和平]]区、[[surname_word:南开]]区各设一个点位，具体地址待定。
""")
