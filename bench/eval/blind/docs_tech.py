"""Hand-written technical documents: configs, code, logs, SQL, shell history, stack traces, API payloads.

Markup: {{TYPE|tags:value}} gold (nesting allowed), [[kind:text]] decoy, @@MAKER@@ synthetic filler.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []


def d(kind: str, src: str, lang: str | None = None) -> None:
    DOCS.append((kind, src.strip("\n"), lang))


PEM_RSA = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(["@@B64@@"] * 6) + "\n@@B40@@\n-----END RSA PRIVATE KEY-----"
PEM_EC = "-----BEGIN EC PRIVATE KEY-----\n@@B64@@\n@@B64@@\n@@B36@@\n-----END EC PRIVATE KEY-----"
PEM_SSH = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(["@@B70@@"] * 4) + "\n-----END OPENSSH PRIVATE KEY-----"
PEM_P8 = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ@@B14@@\n" + "\n".join(["@@B64@@"] * 5) + "\n-----END PRIVATE KEY-----"

# --- .env / config files -----------------------------------------------------------------------------
d("env_file", """
# .env.production —— 别提交到 git！
APP_NAME=order-service
APP_VERSION=[[version:3.14.2]]
DB_HOST={{IP_ADDRESS:10.20.31.45}}
DB_PORT=3306
DB_USER=order_rw
DB_PASSWORD={{PASSWORD:Ord3r#2026!prod}}
REDIS_URL={{DB_CONNECTION_STRING:redis://:{{PASSWORD:r3d1sP@ss}}@{{IP_ADDRESS:10.20.31.60}}:6379/0}}
OPENAI_API_KEY={{API_KEY|openai_legacy:sk-@@A20@@T3BlbkFJ@@A20@@}}
SENTRY_DSN=https://[[hex_key:@@H32@@]]@o4507.ingest.sentry.io/4508
""", "mixed")
d("env_file", """
ALIBABA_CLOUD_ACCESS_KEY_ID={{API_KEY|aliyun:LTAI5t@@A18@@}}
ALIBABA_CLOUD_ACCESS_KEY_SECRET={{API_KEY|aliyun_secret:@@A30@@}}
OSS_BUCKET=prod-invoice-archive
OSS_ENDPOINT=oss-cn-hangzhou.aliyuncs.com
""", "en")
d("env_file", """
# 本地开发用，密码都是假的占位符
DB_PASSWORD=[[placeholder_password:${DB_PASSWORD}]]
OPENAI_API_KEY=[[placeholder_key:sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]]
DATABASE_URL=[[dsn_placeholder:postgresql://user:****@localhost:5432/app]]
JWT_SECRET=[[placeholder_password:<your-jwt-secret>]]
""")
d("env_file", """
DEEPSEEK_API_KEY={{API_KEY|deepseek:sk-@@H32@@}}
DASHSCOPE_API_KEY={{API_KEY|dashscope:sk-@@H32@@}}
MOONSHOT_API_KEY={{API_KEY|moonshot:sk-@@A48@@}}
ZHIPUAI_API_KEY={{API_KEY|zhipu:@@H32@@.@@A16@@}}
QIANFAN_ACCESS_KEY={{API_KEY|qianfan:bce-v3/ALTAK-@@A21@@/@@H40@@}}
""", "en")
d("env_file", """
export AWS_ACCESS_KEY_ID={{API_KEY|aws:AKIA@@U16@@}}
export AWS_SECRET_ACCESS_KEY={{API_KEY|aws_secret:@@A40@@}}
export AWS_DEFAULT_REGION=cn-northwest-1
""", "en")
d("env_file", """
TENCENTCLOUD_SECRET_ID={{API_KEY|tencent:AKID@@A32@@}}
TENCENTCLOUD_SECRET_KEY={{API_KEY|tencent_secret:@@A32@@}}
COS_REGION=ap-guangzhou
""", "en")
d("env_file", """
VOLC_ACCESSKEY={{API_KEY|volcengine:AKLT@@A40@@}}
VOLC_SECRETKEY={{API_KEY|volcengine_secret:@@B60@@==}}
ARK_ENDPOINT_ID=ep-[[build_id:20261101123456-abcde]]
""", "en")
d("env_file", """
ANTHROPIC_API_KEY={{API_KEY|anthropic:sk-ant-api03-@@A93@@AA}}
HF_TOKEN={{API_KEY|huggingface:hf_@@A34@@}}
GITHUB_TOKEN={{API_KEY|github:ghp_@@A36@@}}
""", "en")
d("config_yaml", """
# docker-compose.yml
version: "3.8"
services:
  db:
    image: postgres:[[version:16.4-alpine]]
    environment:
      POSTGRES_USER: crm
      POSTGRES_PASSWORD: {{PASSWORD:Crm_pg_88412}}
  app:
    image: registry.cn-shanghai.aliyuncs.com/acme/crm:[[version:2.7.19]]
    environment:
      DATABASE_URL: {{DB_CONNECTION_STRING:postgresql://crm:{{PASSWORD:Crm_pg_88412}}@db:5432/crm}}
      SLACK_WEBHOOK_TOKEN: {{API_KEY|slack:xoxb-@@D12@@-@@D13@@-@@A24@@}}
""", "en")
d("config_yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway
  namespace: prod
type: Opaque
stringData:
  STRIPE_SECRET_KEY: {{API_KEY|stripe:sk_live_@@A24@@}}
  WECHAT_PAY_API_V3_KEY: {{API_KEY:@@A32@@}}
  MYSQL_DSN: {{DB_CONNECTION_STRING:mysql://pay:{{PASSWORD:Py9!mX2#qL}}@{{IP_ADDRESS:172.16.8.21}}:3306/pay?charset=utf8mb4}}
""", "en")
d("config_yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: db-cred
data:
  password: {{PASSWORD|opt:cGFzc3dvcmQ=}}
# 注意：上面是 base64 的 "password" 示例值，不是真实密码
""", "mixed")
d("config_yaml", """
spring:
  datasource:
    url: {{DB_CONNECTION_STRING:jdbc:mysql://{{IP_ADDRESS:192.168.10.15}}:3306/hr_core?useSSL=false&serverTimezone=Asia/Shanghai}}
    username: hr_app
    password: {{PASSWORD:HrCore@2025}}
  redis:
    host: {{IP_ADDRESS:192.168.10.16}}
    password: {{PASSWORD:redis_hr_001}}
""", "en")
d("config_ini", """
[database]
host = {{IP_ADDRESS:10.1.2.3}}
user = report
passwd = {{PASSWORD:rpt-9f8e7d}}

[smtp]
server = smtp.exmail.qq.com
user = {{EMAIL:noreply@yunfan-logistics.cn}}
password = {{PASSWORD:Yf2026Mail}}
""", "en")
d("config_json", """
{
  "ConnectionStrings": {
    "Default": "{{DB_CONNECTION_STRING:Server={{IP_ADDRESS:10.0.5.12}};Database=ERP;User Id=sa;Password={{PASSWORD:Sa_Erp#7788}};TrustServerCertificate=True}}"
  },
  "Jwt": { "Secret": "{{API_KEY:@@A48@@}}", "Issuer": "erp.internal" }
}
""", "en")
d("config_toml", """
[server]
addr = "{{IP_ADDRESS|opt:0.0.0.0}}:8443"

[mongo]
uri = "{{DB_CONNECTION_STRING:mongodb+srv://analytics:{{PASSWORD:An4lyt1cs2026}}@cluster0.ab12c.mongodb.net/events?retryWrites=true}}"

[gitlab]
token = "{{API_KEY|gitlab:glpat-@@A20@@}}"
""", "en")

# --- code pastes -------------------------------------------------------------------------------------
d("code_paste", """
帮我看看为什么连不上：
```python
import pymysql

conn = pymysql.connect(
    host="{{IP_ADDRESS:47.96.118.203}}",
    port=3306,
    user="root",
    password="{{PASSWORD:Root@123456}}",
    database="shop",
)
```
""", "mixed")
d("code_paste", """
```java
public class SmsConfig {
    private static final String ACCESS_KEY_ID = "{{API_KEY|aliyun:LTAI@@A20@@}}";
    private static final String ACCESS_KEY_SECRET = "{{API_KEY|aliyun_secret:@@A30@@}}";

    [[email_like:@Override]]
    public String toString() { return "SmsConfig"; }
}
```
这段代码有安全问题吗？
""", "mixed")
d("code_paste", """
```go
func newClient() *openai.Client {
	cfg := openai.DefaultConfig("{{API_KEY|openai_proj:sk-proj-@@A60@@T3BlbkFJ@@A60@@}}")
	cfg.BaseURL = "https://api.openai.com/v1"
	return openai.NewClientWithConfig(cfg)
}
```
""", "en")
d("code_paste", """
// 读取环境变量，不要硬编码
const apiKey = process.env.OPENAI_API_KEY;   // [[placeholder_key:sk-...]]
const dbUrl = [[placeholder_password:os.getenv("DATABASE_URL")]];
const headers = { Authorization: `Bearer ${apiKey}` };
""", "mixed")
d("code_paste", """
```python
client = anthropic.Anthropic(api_key="{{API_KEY|anthropic:sk-ant-api03-@@A93@@AA}}")
msg = client.messages.create(model="claude-sonnet-4", max_tokens=512,
    messages=[{"role": "user", "content": "总结这份合同"}])
```
""", "mixed")
d("code_paste", """
<?php
$conn = new mysqli("{{IP_ADDRESS:121.40.88.17}}", "wp_admin", "{{PASSWORD:wp#Admin2024}}", "wordpress");
if ($conn->connect_error) { die("连接失败: " . $conn->connect_error); }
""", "mixed")
d("code_paste", """
```csharp
var conn = new SqlConnection("{{DB_CONNECTION_STRING:Data Source={{IP_ADDRESS:10.8.0.4}},1433;Initial Catalog=Billing;User ID=billing_svc;Password={{PASSWORD:B1ll!ng#Svc}};}}");
```
""", "en")
d("code_paste", """
# 测试用例里的 mock 数据
def test_login():
    resp = client.post("/login", json={"username": "test_user", "password": "[[placeholder_password:******]]"})
    assert resp.status_code == 200
    token = resp.json()["token"]
    assert token.startswith("[[jwt_header:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9]]")
""", "mixed")
d("code_paste", """
```kotlin
object Keys {
    const val MAPS = "{{API_KEY|google:AIza@@A35@@}}"
    const val BUGLY_APP_ID = "[[app_id:a1b2c3d4e5]]"
}
```
""", "en")
d("code_paste", """
curl https://open.bigmodel.cn/api/paas/v4/chat/completions \\
  -H "Authorization: Bearer {{API_KEY|zhipu:@@H32@@.@@A16@@}}" \\
  -H "Content-Type: application/json" \\
  -d '{"model":"glm-4-plus","messages":[{"role":"user","content":"你好"}]}'
""", "mixed")
d("code_paste", """
```python
requests.get("https://api.example.cn/v1/me",
             headers={"Authorization": "Bearer {{JWT:@@JWT@@}}"})
```
""", "en")
d("code_paste", """
```rust
let pool = PgPool::connect("{{DB_CONNECTION_STRING:postgres://svc_ledger:{{PASSWORD:L3dg3r!}}@{{IP_ADDRESS:10.30.0.8}}/ledger}}").await?;
```
""", "en")

# --- shell history -----------------------------------------------------------------------------------
d("shell_history", """
  501  ssh deploy@{{IP_ADDRESS:39.105.22.67}}
  502  mysql -h {{IP_ADDRESS:39.105.22.67}} -u root -p{{PASSWORD:Tj_2026_root}} -e "show databases"
  503  git clone [[email_like:git@github.com:acme/infra.git]]
  504  export GITHUB_TOKEN={{API_KEY|github:ghp_@@A36@@}}
  505  docker login -u admin -p {{PASSWORD:Harb0r12345}} harbor.internal.example.com
""", "en")
d("shell_history", """
$ kubectl create secret generic llm-keys --from-literal=DEEPSEEK_API_KEY={{API_KEY|deepseek:sk-@@H32@@}}
$ kubectl get pods -n llm
NAME                          READY   STATUS    RESTARTS   AGE
gateway-[[pod_hash:7d9f8b6c5-x2k4p]]    1/1     Running   0          3d
""", "en")
d("shell_history", """
root@prod-01:~# PGPASSWORD='{{PASSWORD:pg_Adm1n_77}}' psql -h {{IP_ADDRESS:10.10.1.5}} -U postgres -c '\\l'
root@prod-01:~# redis-cli -h {{IP_ADDRESS:10.10.1.6}} -a '{{PASSWORD:redis@Prod9}}' info
root@prod-01:~# sha256sum release.tar.gz
[[sha256:@@H64@@]]  release.tar.gz
""", "en")
d("shell_history", """
# 同事发的命令，帮我解释下
sshpass -p '{{PASSWORD:Zz123456!}}' scp backup.sql ops@{{IP_ADDRESS:2408:4003:1093::5}}:/data/
""", "mixed")
d("shell_history", """
$ aws configure
AWS Access Key ID [None]: {{API_KEY|aws:AKIA@@U16@@}}
AWS Secret Access Key [None]: {{API_KEY|aws_secret:@@A40@@}}
Default region name [None]: ap-east-1
""", "en")

# --- SQL ---------------------------------------------------------------------------------------------
d("sql_dump", """
INSERT INTO `customer` (`id`,`name`,`mobile`,`id_card`,`address`) VALUES
(10021,'{{PERSON:苗晓东}}','{{CN_PHONE:13609871152}}','{{CN_ID_CARD:@@ID@@}}','{{ADDRESS:河北省保定市竞秀区朝阳北大街1266号}}'),
(10022,'{{PERSON:闫芳}}','{{CN_PHONE:18832105577}}','{{CN_ID_CARD:@@ID@@}}','{{ADDRESS:河北省唐山市路北区新华西道18号4-2-301}}');
""", "mixed")
d("sql_dump", """
-- 用户表结构，没有数据
CREATE TABLE `t_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `real_name` varchar(32) COMMENT '真实姓名',
  `id_card` char(18) COMMENT '身份证号',
  `mobile` char(11) COMMENT '手机号',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=[[digits:1000000]] DEFAULT CHARSET=utf8mb4;
""", "mixed")
d("sql_dump", """
mysql> select id, username, email, phone from users where id in (7, 8);
+----+----------+--------------------------+-------------+
| id | username | email                    | phone       |
+----+----------+--------------------------+-------------+
|  7 | zhaoyun  | {{EMAIL:zhaoyun@shu-han.cn}}       | {{CN_PHONE:13377651904}} |
|  8 | guanyu   | {{EMAIL:guanyu_88@163.com}}        | {{CN_PHONE:15290447613}} |
+----+----------+--------------------------+-------------+
""", "en")
d("sql_dump", """
UPDATE merchant SET uscc='{{CN_USCC:@@USCC@@}}', legal_person='{{PERSON:房志刚}}', settle_card='{{BANK_CARD:@@CUP@@}}' WHERE merchant_no='[[merchant_no:M202611000873]]';
""", "mixed")

# --- CSV / TSV exports -------------------------------------------------------------------------------
d("csv_export", """
订单号,收货人,手机,省,市,详细地址,金额
[[order_no:E20261101000231]],{{PERSON:蒲晓玲}},{{CN_PHONE:13518107762}},四川省,绵阳市,{{ADDRESS:四川省绵阳市涪城区临园路东段69号长虹花园8-1-502}},[[amount:129.90]]
[[order_no:E20261101000232]],{{PERSON:单立新}},{{CN_PHONE:18004513368}},黑龙江省,哈尔滨市,{{ADDRESS:黑龙江省哈尔滨市南岗区西大直街92号}},[[amount:59.00]]
""")
d("tsv_export", "姓名\t证件号\t银行卡\t开户行\n{{PERSON:寇明}}\t{{CN_ID_CARD:@@ID@@}}\t{{BANK_CARD:@@CUP@@}}\t{{ORG:中国邮政储蓄银行咸阳市分行}}\n{{PERSON:公孙丽}}\t{{CN_ID_CARD:@@IDX@@}}\t{{BANK_CARD:@@CUP@@}}\t{{ORG:交通银行股份有限公司西安分行}}")
d("csv_export", """
name,email,company,title
{{PERSON:Wang Jun}},{{EMAIL:jun.wang@byd-auto.example.com}},{{ORG:BYD Company Limited}},Procurement Lead
{{PERSON:Sophie Laurent}},{{EMAIL:s.laurent@lvmh.example.fr}},{{ORG:LVMH Moët Hennessy Louis Vuitton SE}},Buyer
""", "en")
d("csv_export", """
车牌号,车主,联系电话,违章地点
{{CN_LICENSE_PLATE:京N8M2Q7}},{{PERSON:骆宾}},{{CN_PHONE:13910229874}},[[place_name:东三环国贸桥]]
{{CN_LICENSE_PLATE:粤A 12345学}},{{PERSON:冼嘉欣}},{{CN_PHONE:13602487715}},[[place_name:天河路体育中心]]
{{CN_LICENSE_PLATE:鲁B·F82119}},{{PERSON:隋洪涛}},{{CN_PHONE:15963302281}},[[place_name:香港中路]]
""")

# --- JSON API payloads / logs ------------------------------------------------------------------------
d("json_payload", """
{"request_id":"[[uuid:5f0c2a7e-8d1b-4c3a-9e6f-0b7a2d4c8e91]]","customer":{"name":"{{PERSON:滕子京}}","idNo":"{{CN_ID_CARD:@@ID@@}}","mobile":"{{CN_PHONE:+8615827309461}}","bankCard":"{{BANK_CARD:@@CUP@@}}"},"amount":[[amount:50000]],"term":12}
""", "mixed")
d("json_payload", r"""
{"type":"service_account","project_id":"prod-ml-3821","private_key_id":"[[hex_key:@@H40@@]]","private_key":"{{PRIVATE_KEY:-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ@@B14@@\n@@B64@@\n@@B64@@\n@@B64@@\n-----END PRIVATE KEY-----}}\n","client_email":"{{EMAIL|opt:ml-runner@prod-ml-3821.iam.gserviceaccount.com}}"}
""", "en")
d("app_log", """
2026-11-29 10:15:32.118 INFO  [http-nio-8080-exec-7] c.a.u.UserController - register ok userId=[[digits:88123004]] phone={{CN_PHONE:13761820934}} ip={{IP_ADDRESS:183.14.77.210}}
2026-11-29 10:15:33.002 WARN  [http-nio-8080-exec-2] c.a.u.SmsService - rate limited, traceId=[[hex_id:a3f9c2d81b7e4056]]
2026-11-29 10:15:35.447 ERROR [http-nio-8080-exec-9] c.a.p.PayService - card verify failed card={{BANK_CARD:@@VISA@@}} name={{PERSON:Liu Meng}}
""", "mixed")
d("app_log", """
{"level":"info","ts":"[[timestamp:2026-11-29T02:11:45.901Z]]","msg":"login","user":"{{EMAIL:hanxue@xiaohongshu-ops.example.com}}","ip":"{{IP_ADDRESS:240e:3b1:6a20:1c90::2f}}","ua":"Mozilla/5.0"}
{"level":"error","ts":"[[timestamp:2026-11-29T02:11:46.017Z]]","msg":"token expired","jwt":"{{JWT:@@JWT@@}}"}
""", "en")
d("nginx_log", """
{{IP_ADDRESS:116.228.45.19}} - - [[[timestamp:29/Nov/2026:09:12:01 +0800]]] "POST /api/login HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
{{IP_ADDRESS:116.228.45.19}} - - [[[timestamp:29/Nov/2026:09:12:03 +0800]]] "GET /api/profile?mobile={{CN_PHONE:13816602254}} HTTP/1.1" 200 2231 "-" "okhttp/4.12.0"
""", "en")
d("json_payload", """
webhook 收到的数据：
{"event":"payment.succeeded","data":{"payer":{"name":"{{PERSON:岳灵珊}}","phone":"{{CN_PHONE:189-1622-0347}}"},"amount":[[amount:299.00]],"out_trade_no":"[[order_no:WX20261129155012884231]]","transaction_id":"[[serial_no:4200002318202611291547731022]]"}}
""", "mixed")
d("json_payload", r"""
{"messages":[{"role":"user","content":"帮我给{{PERSON|json_escape:\u9a6c\u4e91\u98de}}写一封催款函，他电话是{{CN_PHONE|json_escape:\u0031\u0033\u0038\u0030\u0030\u0031\u0033\u0038\u0030\u0030\u0030}}"}],"model":"qwen-max"}
""", "mixed")
d("grpc_log", """
I1129 08:41:07.330 server.go:212] rpc=/kyc.v1.Verify/Check name="{{PERSON:祁同伟}}" id_no="{{CN_ID_CARD:@@ID@@}}" result=MATCH latency=[[duration:83ms]]
""", "mixed")

# --- stack traces ------------------------------------------------------------------------------------
d("stack_trace", """
Traceback (most recent call last):
  File "/srv/app/etl/load.py", line 88, in <module>
    engine = create_engine("{{DB_CONNECTION_STRING:postgresql+psycopg2://etl:{{PASSWORD:etl_Pwd_2026}}@{{IP_ADDRESS:10.4.2.19}}:5432/dw}}")
  File "/usr/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line [[digits:603]], in create_engine
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "etl"
""", "en")
d("stack_trace", """
java.sql.SQLException: Access denied for user 'finance'@'{{IP_ADDRESS:172.20.3.44}}' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
	at com.acme.fin.dao.LedgerDao.init(LedgerDao.java:57)
Caused by: url={{DB_CONNECTION_STRING:jdbc:mysql://{{IP_ADDRESS:172.20.3.10}}:3306/ledger?user=finance&password={{PASSWORD:F1n@nce88}}}}
""", "en")
d("stack_trace", """
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=[[hex_addr:0x18]] pc=[[hex_addr:0x4b7a2c]]]

goroutine 1 [running]:
main.(*Server).Start(0x0)
	/build/cmd/server/main.go:[[digits:142]] +0x2c
""", "en")

# --- private keys ------------------------------------------------------------------------------------
d("key_paste", "服务器登录不上，这是我的私钥，帮我看看格式对不对：\n{{PRIVATE_KEY:" + PEM_SSH + "}}\n", "mixed")
d("key_paste", "openssl 生成的：\n{{PRIVATE_KEY:" + PEM_RSA + "}}\n证书有效期到 [[date:2027-06-30]]", "mixed")
d("key_paste", "ec key for the signing service:\n{{PRIVATE_KEY:" + PEM_EC + "}}", "en")
d("key_paste", "Terraform output:\ntls_private_key = <<EOT\n{{PRIVATE_KEY:" + PEM_P8 + "}}\nEOT", "en")

# --- tickets with secrets ----------------------------------------------------------------------------
d("it_ticket", """
IT工单 [[ticket_no:IT-38821]]
申请人：{{PERSON:钟晓峰}}（研发二部）
问题：VPN 登不上，账号 zhongxf，密码 {{PASSWORD:Zxf@19910823}}，麻烦帮忙重置
电脑资产编号：[[asset_no:PC-SH-004512]]
""")
d("it_ticket", """
运维交接文档
跳板机：{{IP_ADDRESS:106.14.201.33}}  账号 ops  密码：{{PASSWORD:0ps!Jump#2026}}
堡垒机管理员：{{PERSON:韩冰}} {{CN_PHONE:18616027733}}
数据库只读账号：readonly / {{PASSWORD:R3ad0nly_db}}
监控大盘：https://grafana.internal.example.com/d/[[dashboard_id:k8s-node-01]]
""")
d("chat_log", """
{{PERSON:周子豪}}：那个阿里云的 key 发我一下，我本地调试
{{PERSON:罗晓宇}}：{{API_KEY|aliyun:LTAI5t@@A18@@}}
{{PERSON:罗晓宇}}：secret {{API_KEY|aliyun_secret:@@A30@@}}
{{PERSON:罗晓宇}}：用完记得删，别提交
""")
d("chat_log", """
Slack #infra
{{PERSON:Alex Kim}}: who rotated the stripe key?
{{PERSON:Wei Chen}}: me, new one is {{API_KEY|stripe:sk_live_@@A24@@}}
{{PERSON:Alex Kim}}: pls don't paste keys in channels 🙃
""", "en")
d("chat_log", """
{{PERSON:范思哲}}：数据库连接串给你：{{DB_CONNECTION_STRING:mysql://bi_user:{{PASSWORD:Bi#2026pass}}@rm-bp1x2y3z4.mysql.rds.aliyuncs.com:3306/bi}}
{{PERSON:范思哲}}：只读的，随便查
""")

# --- evasive secrets ---------------------------------------------------------------------------------
d("chat_log", """
把 key 拆开发给你，防止被扫描：
{{API_KEY|openai_legacy,linebreak:sk-@@A20@@T3Blb
kFJ@@A20@@}}
""", "mixed")
d("env_file", """
OPENAI_API_KEY={{API_KEY|openai_legacy,zero_width:sk-@@A10@@​@@A10@@T3BlbkFJ@@A20@@}}
""", "en")
d("config_yaml", """
db:
  password: "{{PASSWORD|json_escape:\\u0050\\u0040\\u0073\\u0073\\u0077\\u0030\\u0072\\u0064\\u0021}}"
""", "en")
d("url_log", """
jdbc_url={{DB_CONNECTION_STRING|percent:postgresql://app:{{PASSWORD|percent:p%40ss%23w0rd}}@{{IP_ADDRESS:10.9.8.7}}:5432/app}}
""", "en")
d("chat_log", """
服务器 IP 是 {{IP_ADDRESS|fullwidth:１０．２．３３．１８}}，root 密码 {{PASSWORD:Qwe!2345}}
""")
