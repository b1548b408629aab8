"""Round 5, part 3: credentials and identity numbers in the forms engineers and support staff paste.

Why: a password is rarely written `password=...` on its own line. It hides behind `-p`, `--password=`,
`PGPASSWORD=`, `sshpass -p`, `redis-cli -a`, in XML attributes, in Chinese chat (密码是 / 口令), inside
JDBC / ADO.NET / ODBC / mongodb+srv / redis / amqp strings; keys come from many vendors; PEM blocks sit in
JSON with `\n`; identity numbers arrive broken over lines, escaped, percent-encoded, spaced, full-width, with
zero-width characters or in Chinese numerals. Labels: the value only (a password nested in its DSN, an IP host
inside too), the token only for JWTs, the whole PEM block from BEGIN to END.
"""
from __future__ import annotations

import urllib.parse

ZW = "\u200b"
ZWJ = "\u200d"


def ju(s: str) -> str:
    """The JSON \\u escape of a string, as a serializer with ensure_ascii writes it."""
    return "".join(f"\\u{ord(c):04x}" for c in s)


def pct(s: str) -> str:
    """The UTF-8 percent-encoding of a string, as a browser writes it into a query string."""
    return urllib.parse.quote(s, safe="")


PEM_BODY = "\n".join("@@B64@@" for _ in range(5)) + "\n@@B40@@"
PEM_BODY_JSON = "\\n".join("@@B64@@" for _ in range(4)) + "\\n@@B28@@=="

DOCS: list[tuple[str, str, str | None]] = [
    ("config_yaml", r"""Spring Boot 启动报 Access denied for user，帮我看看配置：
```yaml
spring:
  datasource:
    url: {{DB_CONNECTION_STRING:jdbc:mysql://{{IP_ADDRESS:10.12.8.31}}:3306/crm?useSSL=false&serverTimezone=Asia/Shanghai}}
    username: crm_rw
    password: {{PASSWORD:Crm#2026!rw}}
  redis:
    host: redis-ha.crm.svc
    password: {{PASSWORD:r3d1s_Pa55}}
```
版本 [[version:Spring Boot 3.3.5]]。""", None),
    ("config_ini", r"""这个 ini 在 Windows 上读不出来，是不是编码问题？
[database]
host = {{IP_ADDRESS:192.168.31.204}}
port = 1433
user = sa
pwd = {{PASSWORD:Sql$erver2019}}
[ftp]
user = upload
passwd = {{PASSWORD:ftp_up_8812}}""", "zh"),
    ("config_xml", r"""Tomcat 的 context.xml 连接池配置有问题吗？
<Resource name="jdbc/OrderDB" auth="Container" type="javax.sql.DataSource"
          username="order_app" password="{{PASSWORD:0rd3r&amp;App}}"
          driverClassName="oracle.jdbc.OracleDriver"
          url="{{DB_CONNECTION_STRING:jdbc:oracle:thin:@{{IP_ADDRESS:172.16.40.11}}:1521/ORCLPDB1}}"
          maxTotal="50"/>""", "en"),
    ("dotenv", r"""Our worker can't auth to anything after the move, here's the .env (staging):
MYSQL_ROOT_PASSWORD={{PASSWORD:stg-root-Vq93kd}}
RABBITMQ_URL={{DB_CONNECTION_STRING:amqp://worker:{{PASSWORD:w0rk3r!mq}}@mq.staging.internal:5672/jobs}}
SENTRY_RELEASE=[[git_sha:1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c]]
HF_TOKEN={{API_KEY|huggingface:hf_@@A34@@}}""", "en"),
    ("cli_mysql", r"""为什么这条命令在 crontab 里跑会失败，手动跑就行？
mysqldump -h {{IP_ADDRESS:10.0.3.17}} -u backup -p{{PASSWORD:Bk@2026#dump}} --single-transaction orders > /data/orders.sql""", "zh"),
    ("cli_password_flag", r"""Explain these flags please:
./migrate --db-host=pg.internal --db-user=migrator --password={{PASSWORD:M1gr@te-Only}} --dry-run
helm upgrade api ./chart --set postgresql.auth.password={{PASSWORD:HelmPg_4471}} --version [[version:2.4.0]]""", "en"),
    ("cli_pgpassword", r"""这个脚本在 CI 里打印了密码，怎么避免？
+ PGPASSWORD={{PASSWORD:ci_ro_7733kx}} psql -h pg-ro.ci.internal -U ci_ro -d metrics -c 'select 1'
 ?column?
----------
        1""", "zh"),
    ("cli_sshpass", r"""跳板机登录脚本帮我改成用密钥：
#!/bin/bash
sshpass -p '{{PASSWORD:Jump#Host2026}}' ssh -o StrictHostKeyChecking=no ops@{{IP_ADDRESS:47.96.128.51}}
sshpass -p {{PASSWORD:dbaOnly!9}} scp dump.sql dba@{{IP_ADDRESS:47.96.128.52}}:/tmp/""", "zh"),
    ("cli_redis", r"""redis-cli 连上了但是执行命令报 NOAUTH，我的命令是：
redis-cli -h {{IP_ADDRESS:10.8.0.14}} -p 6379 -a {{PASSWORD:Rds!Cache_2026}} --no-auth-warning info replication
是不是 -a 要放在前面？""", "zh"),
    ("chat_password", r"""帮我把这段对话整理成交接文档：
{{PERSON:吕晓峰}}：测试服务器的 root 密码是 {{PASSWORD:Test@root99}}，别外传
{{PERSON:钟楠}}：好的，堡垒机口令呢
{{PERSON:吕晓峰}}：口令：{{PASSWORD:bl4ckB0x#}}，下周会改""", "zh"),
    ("chat_password2", r"""客户在微信里发来这个，帮我写个回复提醒他不要这样发：
“你好，我们的后台账号 admin，密码是{{PASSWORD:xiaoyu1988}}，你们工程师直接登进去看吧。wifi 密码：{{PASSWORD:88886666abc}}”""", "zh"),
    ("jwt_header", r"""这个请求为什么返回 401？
GET /api/v1/profile HTTP/1.1
Host: api.example.com
Authorization: Bearer {{JWT:@@JWT@@}}
X-Request-Id: [[uuid:6a1f0c2e-3b4d-4e5f-9a8b-7c6d5e4f3a2b]]""", "en"),
    ("jwt_cookie", r"""浏览器里这个 cookie 是干嘛的？能不能设置 HttpOnly？
Set-Cookie: session={{JWT:@@JWT@@}}; Path=/; Secure; SameSite=Lax
Set-Cookie: theme=dark; Path=/""", "zh"),
    ("jwt_log", r"""日志里打印了 token，帮我写个 logback 的脱敏规则：
2026-11-29 21:04:11.532 DEBUG [http-nio-8080-exec-3] c.a.s.AuthFilter - verify token={{JWT:@@JWT@@}} result=expired
2026-11-29 21:04:11.533 WARN  [http-nio-8080-exec-3] c.a.s.AuthFilter - reject request [[uuid:0e9d8c7b-6a5f-4e3d-8c1b-a0f9e8d7c6b5]]""", "zh"),
    ("jwt_json", r"""Parse this OAuth response and tell me when it expires:
{"access_token":"{{JWT:@@JWT@@}}","token_type":"Bearer","expires_in":7200,"refresh_token":"{{API_KEY|generic:rt_@@A40@@}}","scope":"read write"}""", "en"),
    ("aws_keys", r"""这个 boto3 报 SignatureDoesNotMatch，凭证是不是配错了？
[default]
aws_access_key_id = {{API_KEY|aws:AKIA@@U16@@}}
aws_secret_access_key = {{API_KEY|aws_secret:@@B40@@}}
region = ap-east-1""", "zh"),
    ("aliyun_keys", r"""阿里云 OSS 上传报 InvalidAccessKeyId，代码如下：
```python
auth = oss2.Auth('{{API_KEY|aliyun:LTAI5t@@A18@@}}', '{{API_KEY|aliyun_secret:@@A30@@}}')
bucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'media-prod')
```""", "zh"),
    ("tencent_keys", r"""腾讯云 SDK 初始化报错 AuthFailure.SecretIdNotFound：
cred = credential.Credential("{{API_KEY|tencent:AKID@@A32@@}}", "{{API_KEY|tencent_secret:@@A32@@}}")
client = cvm_client.CvmClient(cred, "ap-guangzhou")""", "zh"),
    ("openai_key", r"""Why does the SDK say my key is invalid?
from openai import OpenAI
client = OpenAI(api_key="{{API_KEY|openai_proj:sk-proj-@@A74@@T3BlbkFJ@@A74@@}}")
print(client.models.list())
openai version [[version:1.54.3]]""", "en"),
    ("anthropic_key", r"""这段 curl 为什么返回 authentication_error？
curl https://api.anthropic.com/v1/messages \
  -H "x-api-key: {{API_KEY|anthropic:sk-ant-api03-@@A93@@AA}}" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" -d @body.json""", "zh"),
    ("github_token", r"""GitHub Actions 里这样写安全吗？
- name: checkout private submodule
  run: git clone https://x-access-token:{{API_KEY|github:ghp_@@A36@@}}@github.com/acme/shared-libs.git
- name: publish
  env:
    NPM_TOKEN: ${{! secrets.NPM_TOKEN }}""", "zh"),
    ("gitlab_token", r"""gitlab-runner 注册一直失败：
gitlab-runner register --url https://gitlab.example.com/ --registration-token {{API_KEY|gitlab:glrt-@@A20@@}} --executor docker
个人 token 我也试了：{{API_KEY|gitlab:glpat-@@A20@@}}""", "zh"),
    ("slack_webhook", r"""Our alert bot stopped posting. Config:
SLACK_BOT_TOKEN={{API_KEY|slack:xoxb-@@D12@@-@@D13@@-@@A24@@}}
SLACK_CHANNEL=#ops-alerts
ALERT_LEVEL=warning""", "en"),
    ("stripe_keys", r"""支付回调验签失败，帮我排查：
STRIPE_SECRET_KEY={{API_KEY|stripe:sk_live_@@A34@@}}
STRIPE_WEBHOOK_SECRET={{API_KEY|stripe:whsec_@@A32@@}}
STRIPE_PUBLISHABLE_KEY=[[publishable_key:pk_live_placeholder_not_secret]]""", "zh"),
    ("google_key", r"""地图组件加载不出来，控制台报 RefererNotAllowedMapError：
<script src="https://maps.googleapis.com/maps/api/js?key={{API_KEY|google:AIza@@A35@@}}&callback=initMap"></script>""", "zh"),
    ("llm_keys_cn", r"""我们同时接了几家大模型，帮我把配置整理成表：
DEEPSEEK_API_KEY={{API_KEY|deepseek:sk-@@H32@@}}
DASHSCOPE_API_KEY={{API_KEY|dashscope:sk-@@H32@@}}
MOONSHOT_API_KEY={{API_KEY|moonshot:sk-@@A48@@}}
ZHIPUAI_API_KEY={{API_KEY|zhipu:@@H32@@.@@A16@@}}""", "zh"),
    ("qianfan_key", r"""千帆 SDK 报 IAM 鉴权失败：
import qianfan
os.environ["QIANFAN_BEARER_TOKEN"] = "{{API_KEY|qianfan:bce-v3/ALTAK-@@A21@@/@@H40@@}}"
chat = qianfan.ChatCompletion(model="ERNIE-4.0-8K")""", "zh"),
    ("volc_key", r"""火山引擎的 AK/SK 放在这里对吗？
volcengine:
  access_key: {{API_KEY|volcengine:AKLT@@A43@@}}
  secret_key: {{API_KEY|volcengine_secret:@@B60@@==}}
  region: cn-beijing""", "zh"),
    ("generic_secret", r"""Django settings review, anything dangerous?
DEBUG = False
SECRET_KEY = "{{API_KEY|generic:@@A50@@}}"
ALLOWED_HOSTS = ["shop.example.com"]
JWT_SIGNING_KEY = "{{API_KEY|generic:@@A48@@}}"
CELERY_BROKER_URL = "{{DB_CONNECTION_STRING:redis://:{{PASSWORD:celeryR3dis}}@{{IP_ADDRESS:10.4.2.9}}:6379/1}}"
CSRF_COOKIE_SECURE = True""", "en"),
    ("dingtalk_robot", r"""钉钉机器人发消息返回 310000，签名不对：
webhook = "https://oapi.dingtalk.com/robot/send?access_token={{API_KEY|dingtalk:@@H64@@}}"
secret = "{{API_KEY|dingtalk:SEC@@H64@@}}"
版本 [[version:dingtalk-sdk 2.0.12]]""", "zh"),
    ("jdbc_sqlserver", r"""SQL Server 的 JDBC 连接串哪里不对？
{{DB_CONNECTION_STRING:jdbc:sqlserver://{{IP_ADDRESS:10.30.1.8}}:1433;databaseName=ERP;user=erp_app;password={{PASSWORD:Erp@pp2026}};encrypt=true;trustServerCertificate=true}}""", "zh"),
    ("adonet", r"""This ADO.NET connection string times out, what should I change?
"ConnectionStrings": {
  "Default": "{{DB_CONNECTION_STRING:Server=tcp:sql-prod-weu.database.windows.net,1433;Initial Catalog=Billing;User ID=billing_svc;Password={{PASSWORD:B1ll!ng_Svc#42}};Encrypt=True;Connection Timeout=30;}}"
}""", "en"),
    ("odbc", r"""ODBC DSN-less 连接串在 Python 里怎么写转义？
conn_str = "{{DB_CONNECTION_STRING:Driver={ODBC Driver 18 for SQL Server};Server={{IP_ADDRESS:192.168.10.50}};Database=HR;Uid=hr_report;Pwd={{PASSWORD:Hr_Rep0rt!}};TrustServerCertificate=yes}}"
pyodbc.connect(conn_str)""", "zh"),
    ("mongo_srv", r"""Atlas 连不上，提示 bad auth：
MONGO_URI={{DB_CONNECTION_STRING:mongodb+srv://analytics:{{PASSWORD:An4lyt1cs2026}}@cluster0.ab12c.mongodb.net/events?retryWrites=true&w=majority}}
驱动版本 [[version:pymongo 4.10.1]]""", "zh"),
    ("redis_url", r"""这个 Redis URL 里的密码带 @ 号，怎么转义？
CACHE_URL={{DB_CONNECTION_STRING:redis://default:{{PASSWORD|percent:Cache%40Pwd2026}}@{{IP_ADDRESS:10.2.0.33}}:6379/0}}
解码后应该是 Cache@Pwd2026。""", "zh"),
    ("amqp_url", r"""Celery can't connect to the broker:
BROKER_URL = "{{DB_CONNECTION_STRING:amqps://celery:{{PASSWORD:brk-Qz81-x}}@b-4c2e.mq.cn-north-1.amazonaws.com.cn:5671/prod}}"
Error: ACCESS_REFUSED - Login was refused""", "en"),
    ("postgres_dsn", r"""psycopg 报 FATAL: password authentication failed：
dsn = "{{DB_CONNECTION_STRING:host={{IP_ADDRESS:10.50.6.7}} port=5432 dbname=ledger user=ledger_rw password={{PASSWORD:L3dger_rw!}} sslmode=require}}"
用户是刚建的。""", "zh"),
    ("pem_json", "GCP 的服务账号 json 帮我看看格式对不对，部署时报 Invalid JWT Signature：\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-analytics-prod\",\n  \"private_key_id\": \"[[key_id:@@H40@@]]\",\n  \"private_key\": \"{{PRIVATE_KEY:-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + PEM_BODY_JSON + "\\n-----END PRIVATE KEY-----}}\\n\",\n  \"client_email\": \"{{EMAIL:etl-runner@acme-analytics-prod.iam.gserviceaccount.com}}\"\n}", "zh"),
    ("pem_plain", "This key won't load in paramiko, says not a valid RSA private key:\n{{PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----}}\nIs the header wrong?", "en"),
    ("pem_openssh", "帮我把这把 OpenSSH 私钥转成 PEM 格式：\n{{PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + PEM_BODY + "\n-----END OPENSSH PRIVATE KEY-----}}\n公钥是 [[public_key:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx2bXZ1c2VyX2tleV9mb3JfZGVtb19vbmx5 ops@bastion]]", "zh"),
    ("pem_ec", "nginx 报 SSL_CTX_use_PrivateKey failed, key below:\n{{PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI" + "@@B55@@\n@@B64@@\n@@B20@@==" + "\n-----END EC PRIVATE KEY-----}}\nThe certificate loads fine on its own.", "en"),
    ("k8s_secret", r"""这个 Secret 解码后能用吗？我 base64 -d 出来是对的：
apiVersion: v1
kind: Secret
metadata:
  name: payment-db
type: Opaque
stringData:
  username: payment
  password: {{PASSWORD:Pay-DB-2026-x7}}
  api-key: {{API_KEY|generic:pk_@@A40@@}}""", "zh"),
    ("docker_login", r"""docker login 的时候把密码写在命令里有风险吗？
docker login registry.cn-hangzhou.aliyuncs.com -u deploy@acme -p {{PASSWORD:Dock3r#Reg}}
echo "{{PASSWORD:Harb0r_2026}}" | docker login harbor.internal --username robot$ci --password-stdin""", "zh"),
    ("curl_basic", r"""这个 curl 的 -u 参数会不会泄露？
curl -u admin:{{PASSWORD:Kib@na_Adm1n}} -X POST "https://{{IP_ADDRESS:10.1.9.20}}:5601/api/saved_objects/_import" --form file=@export.ndjson -k""", "zh"),
    ("wp_config", r"""WordPress 搬家后连不上数据库，wp-config.php：
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '{{PASSWORD:wpB!og#2026}}' );
define( 'DB_HOST', '{{IP_ADDRESS:172.18.0.3}}' );
define( 'AUTH_KEY', '{{API_KEY|generic:@@A64@@}}' );""", "zh"),
    ("ansible_vault_mix", r"""Is it OK to keep the second one in plain text next to the vaulted one?
db_password: !vault |
  [[vault_blob:$ANSIBLE_VAULT;1.1;AES256]]
  [[vault_blob:62313365396662343061393464336163383764373764613633653634306231386433626436623361]]
smtp_password: {{PASSWORD:Smtp-Relay-55}}""", "en"),
    ("evasion_id_lb", r"""OCR 识别的身份证号换行了，帮我拼起来：
姓名：{{PERSON:宋立伟}}
公民身份号码：{{CN_ID_CARD|linebreak:@@ID~lb@@}}
签发机关：{{ORG|gov:上海市公安局徐汇分局}}""", "zh"),
    ("evasion_phone_spaced", r"""客户在表单里这样填的手机号，帮我规范成 11 位：
联系人 {{PERSON:祁佳}}，手机 {{CN_PHONE|spaced_chars:1 3 9 @@D8~sp@@}}，备用 {{CN_PHONE|grouped:186-@@D4@@-@@D4@@}}""", "zh"),
    ("evasion_fullwidth_id", r"""从 Word 复制过来的数字是全角的，帮我转半角：
证件号：{{CN_ID_CARD|fullwidth:@@ID~fw@@}}
电话：{{CN_PHONE|fullwidth:１５８@@D8~fw@@}}""", "zh"),
    ("evasion_zero_width", "这串卡号复制到系统里校验不过，是不是有隐藏字符？\n开户人：{{PERSON:雷鸣}}\n卡号：{{BANK_CARD|zero_width:@@CUP~zw@@}}\n手机：{{CN_PHONE|zero_width:137" + ZW + "@@D4@@" + ZWJ + "@@D4@@}}", "zh"),
    ("evasion_cn_numeral", r"""语音转文字的结果，帮我把数字转成阿拉伯数字：
“我的手机号是{{CN_PHONE|cn_numeral:幺三八六七二零九四五一}}，身份证{{CN_ID_CARD|cn_numeral:@@ID~cn@@}}，麻烦尽快处理。”""", "zh"),
    ("evasion_cn_capital", r"""这是一张手写收据的录入，帮我核对：
收款人：{{PERSON:覃凤英}}
收款账号：{{BANK_CARD|cn_numeral_capital:@@CUP16~cap@@}}
金额：[[amount:人民币叁仟伍佰元整]]""", "zh"),
    ("evasion_percent_email", r"""埋点 URL 里带了用户邮箱，帮我写个脱敏正则：
https://track.example.com/c?uid=[[uuid:2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f]]&email={{EMAIL|percent:zhang.ruoxi%40@@L5@@mail.cn}}&ref=newsletter
https://track.example.com/c?email={{EMAIL|percent:liang%2Eyu%40corp%2Dmail%2Ecom}}""", "zh"),
    ("evasion_json_escape", r"""日志里中文都变成了 \u 转义，帮我还原：
{"event":"kyc_submit","name":"{{PERSON|json_escape:""" + ju("姚思琪") + r"""}}","addr":"{{ADDRESS|json_escape:""" + ju("江苏省无锡市滨湖区蠡湖大道2008号3栋1201室") + r"""}}","id_no":"{{CN_ID_CARD|json_escape:@@ID~ju@@}}","ts":[[timestamp_ms:1764467321554]]}""", "mixed"),
    ("evasion_at_dot", r"""论坛帖子里有人这样留邮箱，帮我判断是不是垃圾信息：
“资料需要的私信我，或者发邮件到 {{EMAIL|at_dot:wu.haoran [at] 163 [dot] com}}，备用 {{EMAIL|at_dot:haoran_w at outlook dot com}}”""", "zh"),
    ("evasion_spaced_name", r"""简历解析出来名字都是空格隔开的：
姓名：{{PERSON|spaced_name:欧 阳 子 涵}}
电话：{{CN_PHONE:176@@D8@@}}
邮箱：{{EMAIL:ouyang.zihan@@@L6@@.cn}}""", "zh"),
    ("evasion_mixed", r"""客户故意把号码写得很乱，帮我识别：
“加我 {{CN_PHONE|mixed_evasion:１ ８ ９-@@D4~fw@@-@@D4@@}}，身份证 {{CN_ID_CARD|spaced_chars:@@ID~sp@@}}”""", "zh"),
    ("evasion_key_linebreak", r"""邮件客户端把长 key 折行了，粘贴进去就报错：
OPENAI_API_KEY={{API_KEY|openai_proj,linebreak:sk-proj-@@A60@@
@@A14@@T3BlbkFJ@@A74@@}}""", "en"),
    ("evasion_key_zw", "从飞书文档复制的 key 用不了，是不是带了不可见字符？\nDEEPSEEK_API_KEY={{API_KEY|deepseek,zero_width:sk-@@H16@@" + ZW + "@@H16@@}}", "zh"),
    ("evasion_percent_name", "前端埋点把表单内容拼进了 URL，帮我看看泄露了什么：\nGET /collect?step=3&name={{PERSON|percent:" + pct("符晓彤") + "}}&addr={{ADDRESS|percent:" + pct("海南省海口市美兰区海府路56号海府大厦2栋1502室") + "}}&v=[[version:4.8.0]] HTTP/1.1", "zh"),
    ("evasion_go_json", r"""Go 服务把配置序列化打到日志里了，& 被转成了 \u0026，帮我还原：
{"db":{"user":"report","password":"{{PASSWORD|json_escape:Rp\u0026Qz\u003c82x}}","host":"{{IP_ADDRESS:10.60.2.14}}"},"build":"[[git_sha:c0ffee1234abcd5678ef90a1b2c3d4e5f6a7b8c9]]"}""", "mixed"),
    ("evasion_card_spaced", r"""电话客服记录的卡号是一位一位念的，帮我整理：
客户 {{PERSON:莫海生}} 报的卡号：{{BANK_CARD|spaced_chars:@@CUP~sp@@}}
客户确认开户行为{{ORG|bank_branch:广西北部湾银行南宁青秀支行}}。""", "zh"),
    ("evasion_card_linebreak", r"""邮件里卡号被折行了，财务问是不是同一张：
收款账户：{{BANK_CARD|linebreak:@@CUP~lb@@}}
户名：{{PERSON:龚丽华}}""", "zh"),
    ("evasion_jwt_linebreak", r"""The token got wrapped when I copied it from the terminal, will it still verify?
token: {{JWT|linebreak:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1NTAxMjM0Iiwicm9sZSI6Im9wcyIsImlhdCI6MTc2NDQwMDAwMH0
.@@A43@@}}""", "en"),
    ("evasion_email_zw", "从 PDF 复制出来的邮箱发不出去：\n联系人 {{PERSON:伍嘉琪}}，邮箱 {{EMAIL|zero_width:wujiaqi" + ZW + "@" + ZW + "@@L6@@.com}}，手机 {{CN_PHONE|fullwidth,intl:＋８６　１３６@@D8~fw@@}}", "zh"),
    ("evasion_id_capital", r"""这份公证书里的身份证号是大写数字，帮我转成阿拉伯数字：
当事人：{{PERSON:庹建新}}，公民身份号码{{CN_ID_CARD|cn_numeral_capital:@@ID~cap@@}}。
住所地：{{ADDRESS:湖南省张家界市永定区大庸桥街道古庸路9号2栋302室}}""", "zh"),
    ("evasion_ip_fullwidth", r"""客户报障时这样写服务器地址，帮我规范：
“服务器是 {{IP_ADDRESS|fullwidth:１１５．２３６．１４．８８}}，备机 {{IP_ADDRESS:115.236.14.89}}，登录密码 {{PASSWORD:Srv@115bk}}”""", "zh"),
    ("hk_tw_ids", r"""跨境员工入职资料帮我列成表：
{{PERSON|hk:鄧家俊}}，香港身份證 {{HK_ID:@@HKID@@}}，回乡证 {{CN_HK_MACAO_PERMIT|hrp:H@@D8@@}}
{{PERSON|tw:許雅婷}}，台灣身分證 {{TW_ID:@@TWID@@}}，台胞证 {{CN_HK_MACAO_PERMIT|mtp:@@D8@@}}
{{PERSON:韦嘉欣}}，往来港澳通行证 {{CN_HK_MACAO_PERMIT|eep:C@@D8@@}}，护照 {{CN_PASSPORT:E@@D8@@}}""", "zh"),
    ("passport_visa", r"""签证材料清单帮我检查：
申请人：{{PERSON:蔡文博}}，护照号码 {{CN_PASSPORT:EK@@D7@@}}
随行：{{PERSON:蔡思琪}}，护照号码 {{CN_PASSPORT:E@@D8@@}}
航班 [[flight_no:MU5101]]，酒店确认号 [[order_no:HTL-88412077]]""", "zh"),
    ("bank_cards_mixed", r"""退款失败的几张卡，帮我按卡组织分类：
{{BANK_CARD|grouped:@@VISA~grp@@}} 持卡人 {{PERSON|en:Grace Liu}}
{{BANK_CARD:@@MC@@}}
{{BANK_CARD:@@AMEX@@}}
{{BANK_CARD:@@JCB@@}}
[[masked_card:6217 **** **** 0098]]（已注销）""", "zh"),
    ("id15_legacy", r"""老档案里的身份证是 15 位的，怎么升级成 18 位？
{{PERSON:邓国庆}}：{{CN_ID_CARD|legacy15:@@ID15@@}}
{{PERSON:柯玉兰}}：{{CN_ID_CARD|x_check:@@IDX@@}}""", "zh"),
    ("plates", r"""停车场的白名单帮我去重：
{{CN_LICENSE_PLATE:粤B·D12345}}、{{CN_LICENSE_PLATE:沪A 8K2J6}}、{{CN_LICENSE_PLATE:京N9F3T1}}、{{CN_LICENSE_PLATE:粤B·D12345}}、{{CN_LICENSE_PLATE:苏E7X5Q学}}
外来车辆请登记，临时车位编号 [[slot_no:B2-117]]。""", "zh"),
    ("ipv6_log", r"""这条 nginx 日志的客户端 IP 是哪里的？
{{IP_ADDRESS:240e:3b7:3271:a0f0:8d1c:6b2e:91f4:5a07}} - - [[[timestamp:29/Nov/2026:22:10:41 +0800]]] "GET /api/cart HTTP/2.0" 200 512 "-" "Mozilla/5.0"
{{IP_ADDRESS:2408:8207:2477:4f50::1c}} - - [[[timestamp:29/Nov/2026:22:10:43 +0800]]] "POST /api/pay HTTP/2.0" 502 0""", "zh"),
    ("uscc_list", r"""供应商准入审核，帮我核对信用代码格式：
{{ORG:东莞市新锐精密模具有限公司}} {{CN_USCC:@@USCC@@}}
{{ORG:温州瓯江阀门制造有限公司}} {{CN_USCC:@@USCC@@}}
另一家 [[uscc_bad:@@BADUSCC@@]] 校验位错误，已退回。""", "zh"),
    ("chat_creds_mixed", r"""群里有人贴了这个，我要不要提醒他撤回？
{{PERSON:滕云}}：测试库连不上，用这个：{{DB_CONNECTION_STRING:postgresql://qa:{{PASSWORD:qa_Test#77}}@{{IP_ADDRESS:10.9.8.7}}:5432/qa_main}}
{{PERSON:滕云}}：对象存储的密钥 {{API_KEY|aliyun:LTAI5t@@A18@@}} / {{API_KEY|aliyun_secret:@@A30@@}}
{{PERSON:邬彤}}：@{{PERSON:滕云}} 快撤回！""", "zh"),
    ("support_ticket", r"""Please turn this into a support ticket summary:
Customer {{PERSON|en:Ethan Brooks}} ({{EMAIL:ethan.brooks@@@L6@@-corp.com}}) says the SFTP upload fails. He sent us his login to test: user `ebrooks`, password `{{PASSWORD:Sftp!Ebr00ks}}`. Server {{IP_ADDRESS:203.0.113.45}}, port 22. Ticket [[order_no:CS-2026-55810]].""", "en"),
    ("hr_full", r"""入职材料帮我检查有没有缺项：
姓名：{{PERSON:农秀兰}}
身份证号：{{CN_ID_CARD:@@ID@@}}
手机：{{CN_PHONE|intl:+86-183@@D8@@}}
工资卡：{{BANK_CARD:@@CUP@@}}（{{ORG|bank_branch:中国农业银行南宁民族大道支行}}）
邮箱：{{EMAIL:nongxiulan@@@L4@@.com}}
紧急联系人：{{PERSON:农建平}} {{CN_PHONE|intl:0086 139@@D8@@}}""", "zh"),
    ("mysql_client_conf", r"""~/.my.cnf 权限改成 600 之后还是提示 world-writable：
[client]
user=analyst
password="{{PASSWORD:An@lyst_ro_2026}}"
host={{IP_ADDRESS:10.16.0.40}}""", "zh"),
    ("landline_forms", r"""这些座机号码帮我统一格式：
{{CN_LANDLINE:(010)8265 3310}}、{{CN_LANDLINE:（0755）2698 1234}}、{{CN_LANDLINE:+86-21-6085 2277}}、{{CN_LANDLINE:0571-88156677}}
客服热线 [[hotline:400-800-9888]] 不用改。""", "zh"),
    ("sendgrid_twilio", r"""Moving mail and SMS providers, config to review:
SENDGRID_API_KEY={{API_KEY|sendgrid:SG.@@A22@@.@@A43@@}}
TWILIO_AUTH_TOKEN={{API_KEY|generic:@@H32@@}}
MAIL_FROM={{EMAIL:no-reply@notify.example.com}}""", "en"),
    ("email_cn_chat", r"""帮我回复这个客户：
“您好，我是{{ORG:成都蓉欧供应链管理有限公司}}的{{PERSON:敖小军}}，对接邮箱 {{EMAIL:aoxj@@@L6@@.com.cn}}，座机 {{CN_LANDLINE:028-8531 7740}}，手机 {{CN_PHONE|grouped:158 @@D4@@ @@D4@@}}。我们想了解贵司的报价。”""", "zh"),
]
