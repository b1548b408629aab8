"""Hold-out documents: source code, CI logs, configs, crash dumps, JSON / CSV / Markdown data pasted into a prompt.

Written independently of the blind corpus; nobody tunes detectors on these. Markup: see build.py
(`{{!` writes a literal `{{` for Helm and Go templates).
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("code_python", """这段代码为什么连不上数据库？
```python
import psycopg2

conn = psycopg2.connect(
    host="{{IP_ADDRESS:172.16.40.12}}",
    port=5432,
    user="report_ro",
    password="{{PASSWORD:Rp0rt#ro_2026}}",
    dbname="finance",
)
```
报错 FATAL: no pg_hba.conf entry for host""", None),
    ("code_python", """```python
# settings.py (staging)
DATABASES = {
    "default": dj_database_url.parse("{{DB_CONNECTION_STRING:postgres://django:{{PASSWORD:dj4ng0-St4ge}}@pg-staging.internal.example.cn:5432/shop}}")
}
OPENAI_API_KEY = "{{API_KEY|openai_legacy:sk-@@A20@@T3BlbkFJ@@A20@@}}"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "[[placeholder_key:change-me]]")
```
Why does collectstatic hang?""", 'en'),
    ("code_java", """```java
@Configuration
public class OssConfig {
    @Value("${oss.endpoint}") private String endpoint;
    @Override
    public String toString() { return "OssConfig"; }
    @Bean
    public OSS ossClient() {
        return new OSSClientBuilder().build(endpoint,
            "{{API_KEY|aliyun:LTAI5t@@A18@@}}",
            "{{API_KEY|aliyun_secret:@@A30@@}}");
    }
}
```
请帮我改成从 KMS 读取。""", None),
    ("code_java", """```properties
spring.datasource.url={{DB_CONNECTION_STRING:jdbc:mysql://{{IP_ADDRESS:10.8.0.21}}:3306/crm?useSSL=false&serverTimezone=Asia/Shanghai}}
spring.datasource.username=crm_app
spring.datasource.password={{PASSWORD:Crm!app#8821}}
spring.redis.password=[[placeholder_password:${REDIS_PASSWORD}]]
app.version=[[version:3.14.159.2653]]
```
启动报 Access denied for user 'crm_app'@'10.8.0.%'""", None),
    ("code_go", """```go
package main

const (
    githubToken = "{{API_KEY|github_pat:github_pat_11A@@A19@@_@@A59@@}}"
    buildSHA    = "[[git_sha:@@H40@@]]"
)

func dsn() string {
    return "{{DB_CONNECTION_STRING:host=pg.prod.lan port=5432 user=billing password={{PASSWORD:b1ll!ng-Pr0d}} dbname=billing sslmode=require}}"
}
```
golangci-lint 报 G101，怎么处理？""", 'mixed'),
    ("code_js", """```js
// utils/sms.js
const client = new Core({
  accessKeyId: '{{API_KEY|aliyun:LTAI4G@@A16@@}}',
  accessKeySecret: '{{API_KEY|aliyun_secret:@@A30@@}}',
  endpoint: 'https://dysmsapi.aliyuncs.com',
  apiVersion: '[[version:2017-05-25]]',
});
export const notify = (phone) => client.request('SendSms', { PhoneNumbers: phone, SignName: '{{ORG:杭州晨曦网络科技有限公司}}' });
```
这个签名名称可以用公司全称吗？""", None),
    ("code_js", """```ts
export const stripe = new Stripe('{{API_KEY|stripe:sk_live_@@A24@@}}', { apiVersion: '2024-06-20' });
export const GA_ID = 'G-[[placeholder_key:XXXXXXXXXX]]';
export const mapsKey = '{{API_KEY|google:AIza@@A35@@}}';
```
Can I ship this to the browser bundle?""", 'en'),
    ("code_php", """<?php
// config/database.php 旧项目
return [
    'host' => '{{IP_ADDRESS:192.168.10.5}}',
    'user' => 'root',
    'pass' => '{{PASSWORD:root@hxkj2019}}',
    'db'   => 'oa_system',
    'admin_email' => '{{EMAIL:admin@hxkj-demo.cn}}',
];
// 帮我升级到 PDO 写法""", None),
    ("code_shell", """部署脚本跑到一半停了：
```bash
#!/usr/bin/env bash
set -euo pipefail
export AWS_ACCESS_KEY_ID={{API_KEY|aws:AKIA@@U16@@}}
export AWS_SECRET_ACCESS_KEY={{API_KEY|aws_secret:@@B40@@}}
mysql -h {{IP_ADDRESS:10.0.3.44}} -u deploy -p{{PASSWORD:D3pl0y_2026}} -e "source migrate.sql"
scp -i ~/.ssh/id_ed25519 build.tar.gz deploy@{{IP_ADDRESS:10.0.3.45}}:/opt/app/
```""", None),
    ("code_sql", """```sql
INSERT INTO customers (name, id_no, mobile, addr) VALUES
 ('{{PERSON:滕子京}}', '{{CN_ID_CARD:@@ID@@}}', '{{CN_PHONE:13970812265}}', '{{ADDRESS:江西省南昌市东湖区八一大道357号}}'),
 ('{{PERSON:范希文}}', '{{CN_ID_CARD:@@IDX@@}}', '{{CN_PHONE:15879104432}}', '{{ADDRESS:江西省九江市浔阳区庐山北路68号3栋2单元601}}');
CREATE USER 'etl'@'%' IDENTIFIED BY '{{PASSWORD:Etl_2026@jx}}';
```
帮我改成批量 upsert。""", None),
    ("code_sql", """这条查询为什么慢？
SELECT o.order_id, u.real_name, u.mobile
FROM orders o JOIN users u ON u.id = o.user_id
WHERE o.created_at > '2026-11-01' AND u.mobile LIKE '138%'
  AND o.order_id IN ('[[order_no:DD2026110312553401]]', '[[order_no:DD2026110312553402]]');
执行计划显示 users 全表扫描。""", None),
    ("code_terraform", """```hcl
provider "alicloud" {
  access_key = "{{API_KEY|aliyun:LTAI5t@@A18@@}}"
  secret_key = "{{API_KEY|aliyun_secret:@@A30@@}}"
  region     = "cn-hangzhou"
}

resource "alicloud_db_instance" "main" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "rds.mysql.s3.large"
}

resource "alicloud_db_account" "app" {
  db_instance_id   = alicloud_db_instance.main.id
  account_name     = "app"
  account_password = "{{PASSWORD:Tf-App#2026!}}"
}
```
terraform plan 提示 secret_key 明文，怎么改？""", None),
    ("code_helm", """```yaml
# templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: {{! include "app.fullname" . }}
stringData:
  DATABASE_URL: {{DB_CONNECTION_STRING:postgresql://app:{{PASSWORD:h3lm-Pg-pass}}@{{IP_ADDRESS:10.96.12.7}}:5432/app}}
  REDIS_URL: {{! .Values.redis.url | quote }}
  MOONSHOT_API_KEY: {{API_KEY|moonshot:sk-@@A48@@}}
```
helm lint 没报错但 pod 起不来。""", 'mixed'),
    ("code_k8s", """kubectl get secret -o yaml 的输出，帮我解码 data 字段：
```yaml
data:
  username: YWRtaW4=
  password: {{PASSWORD|base64:UzNjcmV0UEBzc3cwcmQ=}}
  ca.crt: [[base64_blob:LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=]]
```""", None),
    ("ci_log", """GitHub Actions 日志（build #[[order_no:4821]]）：
2026-11-29T03:12:44.118Z Run docker login -u ci-bot -p {{PASSWORD:dckr_pat_@@A27@@}} registry.cn-shanghai.aliyuncs.com
2026-11-29T03:12:45.002Z WARNING! Using --password via the CLI is insecure.
2026-11-29T03:12:51.771Z Step 4/9 : RUN pip install -r requirements.txt
2026-11-29T03:13:40.219Z Successfully built [[git_sha:@@H12@@]]
2026-11-29T03:13:41.001Z Error: HF_TOKEN={{API_KEY|huggingface:hf_@@A34@@}} is not valid for repo acme/private-model""", 'en'),
    ("ci_log", """GitLab CI job #[[order_no:188273]] failed:
$ git clone https://oauth2:{{API_KEY|gitlab:glpat-@@A20@@}}@gitlab.example.cn/infra/charts.git
Cloning into 'charts'...
fatal: Authentication failed for 'https://gitlab.example.cn/infra/charts.git/'
$ echo "pipeline by {{EMAIL:zhangyu@infra-demo.cn}}"
请问 token 要什么权限？""", None),
    ("ci_log", """Jenkins console:
[Pipeline] withCredentials
Masking supported pattern matches of $PASSWORD
[Pipeline] sh
+ curl -u 'deployer:{{PASSWORD:Jk_deploy_77x}}' -T app.war https://nexus.example.cn/repository/releases/
  % Total    % Received
100 48.2M  100   172  100 48.2M  0:00:02 
+ slack-notify --token {{API_KEY|slack:xoxb-@@D12@@-@@D13@@-@@A24@@}} --channel #deploy""", 'en'),
    ("config_env", """.env.production（不小心提交了，帮我写个 git filter-repo 命令删掉）
NODE_ENV=production
DATABASE_URL={{DB_CONNECTION_STRING:mysql://shop:{{PASSWORD:Sh0p%2526Prod}}@rm-bp1x8.mysql.rds.aliyuncs.com:3306/shop}}
DEEPSEEK_API_KEY={{API_KEY|deepseek:sk-@@H32@@}}
DASHSCOPE_API_KEY={{API_KEY|dashscope:sk-@@H32@@}}
ZHIPUAI_API_KEY={{API_KEY|zhipu:@@H32@@.@@A16@@}}
SENTRY_DSN=https://[[md5:@@H32@@]]@o4505.ingest.sentry.io/4507
REQUEST_ID=[[uuid:6f1c2a7e-93d4-4b8e-a1f0-2c7d5e9b8a13]]""", None),
    ("config_yaml", """```yaml
# application-prod.yml
spring:
  data:
    mongodb:
      uri: {{DB_CONNECTION_STRING:mongodb+srv://orders:{{PASSWORD:M0ng0-0rd3rs}}@cluster0.ab1cd.mongodb.net/orders?retryWrites=true}}
  rabbitmq:
    host: {{IP_ADDRESS:10.10.4.2}}
    username: mq
    password: {{PASSWORD:mq_P@55}}
qianfan:
  api-key: {{API_KEY|qianfan:bce-v3/ALTAK-@@A21@@/@@H40@@}}
```""", 'mixed'),
    ("config_ini", """my.cnf 里这样写对吗？
[client]
user=backup
password="{{PASSWORD:bk#2026!!mysql}}"
host={{IP_ADDRESS:10.1.1.9}}
[mysqld]
server-id=3
gtid_mode=ON""", None),
    ("config_toml", """Cargo 私有源配置：
```toml
[registries.company]
index = "sparse+https://crates.example.cn/index/"
token = "{{API_KEY|generic:cio@@A32@@}}"

[net]
git-fetch-with-cli = true
```
Rust 1.83 提示 token 已废弃。""", None),
    ("config_nginx", """nginx 报 502，帮看下：
upstream api {
    server {{IP_ADDRESS:10.0.12.31}}:8080;
    server {{IP_ADDRESS:10.0.12.32}}:8080 backup;
}
log: {{IP_ADDRESS:117.136.38.201}} - - [[[timestamp:29/Nov/2026:10:21:07 +0800]]] "GET /api/v2/user/profile HTTP/1.1" 502 157""", None),
    ("config_docker", """```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: {{PASSWORD:pg-compose-9x!}}
  api:
    environment:
      ANTHROPIC_API_KEY: {{API_KEY|anthropic:sk-ant-api03-@@A93@@AA}}
      JWT_SECRET: {{API_KEY|generic:@@A48@@}}
      DB_PASSWORD: [[placeholder_password:${DB_PASSWORD}]]
```
为什么 api 连 db 时密码不对？""", None),
    ("crash_dump", """App crash (iOS), please symbolicate:
Incident Identifier: [[uuid:9B2E6F41-0C3A-4D7E-8F12-5A6B7C8D9E0F]]
Hardware Model:      iPhone15,2
Version:             [[version:8.4.1 (8401)]]
Date/Time:           2026-11-28 22:14:05.331 +0800
User:                {{EMAIL:yanxiaoqing@icloud.com}}
Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
Thread 0 Crashed:
0   libobjc.A.dylib   0x000000019b0e1c20 objc_msgSend + 32
1   Payment           0x0000000104a3b9e4 -[CardForm submit:] + 412  // card={{BANK_CARD:@@CUP@@}}""", 'en'),
    ("crash_dump", """Java 堆栈，帮我定位：
Exception in thread "main" org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLException: Access denied for user 'hr'@'{{IP_ADDRESS:10.2.3.17}}' (using password: YES)
  url={{DB_CONNECTION_STRING:jdbc:oracle:thin:hr/{{PASSWORD:Hr0racle_11g}}@//{{IP_ADDRESS:10.2.3.5}}:1521/ORCLPDB1}}
\u0009at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:83)
\u0009at com.example.hr.SalaryJob.run(SalaryJob.java:217)""", 'mixed'),
    ("crash_dump", """Python traceback:
Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in handle
    send_mail(to="{{EMAIL:lin.feng@demo-edu.cn}}", name="{{PERSON:林峰}}")
  File "/srv/app/mail.py", line 23, in send_mail
    smtp.login("{{EMAIL:noreply@demo-edu.cn}}", "{{PASSWORD:smtp-Noreply-26}}")
smtplib.SMTPAuthenticationError: (535, b'Error: authentication failed')""", 'en'),
    ("json_payload", """接口返回的 JSON，帮我写个 TypeScript 类型：
{"code":0,"data":{"userId":[[order_no:88172301]],"realName":"{{PERSON:邵雨薇}}","idCard":"{{CN_ID_CARD:@@ID@@}}","phone":"{{CN_PHONE:17316628804}}","address":{"province":"广东省","city":"深圳市","detail":"{{ADDRESS:深圳市福田区福中三路2009号市民中心B区}}"},"traceId":"[[uuid:1d8e4c2a-5b7f-4e3a-9c61-0f2b8d7a4e55]]"}}""", None),
    ("json_payload", """Webhook body (escaped) - why is the name garbled in our DB?
{"event":"user.created","user":{"name":"{{PERSON|json_escape:\\u8427\\u656c\\u817e}}","company":"{{ORG|json_escape:\\u5317\\u4eac\\u767e\\u5ea6\\u7f51\\u8baf\\u79d1\\u6280\\u6709\\u9650\\u516c\\u53f8}}","email":"{{EMAIL:xiaojt@demo-mail.cn}}","ts":[[timestamp_ms:1764398123456]]}}""", 'en'),
    ("json_payload", """{"shipment":{"to":{"name":"{{PERSON|json_escape:\\u962e\\u5c0f\\u4e03}}","addr":"{{ADDRESS|json_escape:\\u5e7f\\u5dde\\u5e02\\u5929\\u6cb3\\u533a\\u73e0\\u6c5f\\u65b0\\u57ce\\u534e\\u590f\\u8def10\\u53f7\\u5bcc\\u529b\\u4e2d\\u5fc332\\u697c}}","tel":"{{CN_PHONE|json_escape:\\u0031\\u0038\\u0039\\u0032\\u0030\\u0033\\u0034\\u0035\\u0036\\u0037\\u0038}}"}}}
Parse this and print the recipient.""", 'en'),
    ("json_payload", """GCP service account key 粘进来了，帮我看看格式：
{
  "type": "service_account",
  "project_id": "demo-analytics-3381",
  "private_key_id": "[[git_sha:@@H40@@]]",
  "private_key": "{{PRIVATE_KEY:-----BEGIN PRIVATE KEY-----\\n@@B64@@\\n@@B64@@\\n@@B30@@\\n-----END PRIVATE KEY-----}}\\n",
  "client_email": "{{EMAIL:etl-runner@demo-analytics-3381.iam.gserviceaccount.com}}"
}""", None),
    ("pem_paste", """服务器上找到这个文件，是什么？
{{PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
@@B64@@
@@B64@@
@@B64@@
@@B40@@==
-----END RSA PRIVATE KEY-----}}
另外还有个 id_rsa.pub：[[public_key:ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7@@B60@@ ops@bastion]]""", None),
    ("pem_paste", """ssh 登录报 "invalid format"，我的私钥是：
{{PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAA@@B40@@
@@B70@@
@@B70@@
@@B24@@=
-----END OPENSSH PRIVATE KEY-----}}
ssh -i key root@{{IP_ADDRESS:39.98.112.76}}""", None),
    ("pem_paste", """openssl 生成的 EC key，和证书配对吗？
{{PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----
@@B64@@
@@B64@@
@@B28@@==
-----END EC PRIVATE KEY-----}}
[[certificate:-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUD@@B40@@
-----END CERTIFICATE-----]]""", None),
    ("pem_paste", """Node https server won't start: "bad decrypt".
key.pem:
{{PRIVATE_KEY:-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI@@B16@@
@@B64@@
@@B64@@
-----END ENCRYPTED PRIVATE KEY-----}}
passphrase I used: {{PASSWORD:Pem!Pass-0931}}""", 'en'),
    ("csv_export", """CRM 导出，帮我找出重复客户：
客户ID,姓名,手机,邮箱,身份证,来源
C001,{{PERSON:乌兰托娅}},{{CN_PHONE:13904718823}},{{EMAIL:wulan@sohu.com}},{{CN_ID_CARD:@@ID@@}},抖音
C002,{{PERSON:欧阳娜}},{{CN_PHONE:18147120935}},{{EMAIL:ouyangna@163.com}},,线下
C003,{{PERSON:乌兰托娅}},{{CN_PHONE|grouped:139-0471-8823}},,{{CN_ID_CARD:@@ID@@}},小红书
C004,{{PERSON:高兴}},{{CN_PHONE:13354719026}},[[email_like:gaoxing@localhost]],,转介绍""", None),
    ("csv_export", """user_id,email,ip,last_login,ua
[[order_no:100233]],{{EMAIL:a.ramos@example.org}},{{IP_ADDRESS:198.51.100.23}},2026-11-29T01:12:00Z,Mozilla/5.0
[[order_no:100234]],{{EMAIL:k.tan@example.net}},{{IP_ADDRESS:2001:db8::8a2e:370:7334}},2026-11-29T01:15:44Z,okhttp/4.12.0
[[order_no:100235]],{{EMAIL:wen.li@example.com}},{{IP_ADDRESS:203.0.113.200}},2026-11-29T01:19:02Z,curl/8.5.0
Count logins per /24.""", 'en'),
    ("markdown_table", """| 环境 | 地址 | 账号 | 密码 |
|---|---|---|---|
| 测试 | {{IP_ADDRESS:10.30.1.15}} | admin | {{PASSWORD:Test@123456}} |
| 预发 | {{IP_ADDRESS:10.30.2.15}} | admin | {{PASSWORD:Pre#2026aa}} |
| 生产 | {{IP_ADDRESS:10.30.9.15}} | admin | 找{{PERSON|honorific:钟工}}要 |
把这个表格转成 Ansible inventory。""", None),
    ("markdown_table", """会议纪要（项目周会）
| 事项 | 负责人 | 截止 |
|---|---|---|
| 合同盖章 | {{PERSON:邬建平}} | 12/05 |
| 服务器采购（{{ORG:浪潮电子信息产业股份有限公司}}） | {{PERSON:岑晓}} | 12/10 |
| 等保测评 | {{PERSON|honorific:史主任}} | 12/20 |
请生成下周提醒邮件。""", None),
    ("log_access", """{{IP_ADDRESS:36.112.9.88}} - - [[[timestamp:29/Nov/2026:08:01:12 +0800]]] "POST /login HTTP/1.1" 200 512 "-" "Mozilla/5.0"
{{IP_ADDRESS:36.112.9.88}} - - [[[timestamp:29/Nov/2026:08:01:13 +0800]]] "GET /api/me?token={{JWT:@@JWT@@}} HTTP/1.1" 200 1832
{{IP_ADDRESS:223.104.3.150}} - - [[[timestamp:29/Nov/2026:08:01:20 +0800]]] "GET /static/app.[[md5:@@H32@@]].js HTTP/1.1" 304 0
Why is the token in the query string a problem?""", 'en'),
    ("log_app", """应用日志，登录失败很多：
2026-11-29 09:12:01.331 WARN  [auth] login failed user={{EMAIL:guowei@demo-bank.cn}} ip={{IP_ADDRESS:114.242.31.5}} reason=bad_password
2026-11-29 09:12:03.009 WARN  [auth] login failed user={{CN_PHONE:13661097742}} ip={{IP_ADDRESS:114.242.31.5}} reason=bad_password
2026-11-29 09:12:05.552 INFO  [auth] token issued Authorization: Bearer {{JWT:@@JWT@@}}
2026-11-29 09:12:06.000 INFO  [auth] header only [[jwt_header:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9]] (see below)""", None),
    ("code_python", """```python
client = OpenAI(api_key="{{API_KEY|openai_proj:sk-proj-@@A64@@T3BlbkFJ@@A64@@}}")
anthropic = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY", "[[placeholder_key:sk-ant-xxxxxxxx]]"))
hf = InferenceClient(token="{{API_KEY|huggingface:hf_@@A34@@}}")
```
这样写在 notebook 里安全吗？""", None),
    ("code_python", """```python
# 腾讯云 COS 上传
from qcloud_cos import CosConfig
config = CosConfig(Region="ap-guangzhou",
                   SecretId="{{API_KEY|tencent:AKID@@A32@@}}",
                   SecretKey="{{API_KEY|tencent_secret:@@A32@@}}")
# 火山引擎
VOLC_ACCESSKEY = "{{API_KEY|volcengine:AKLT@@A40@@}}"
```
报错 SignatureDoesNotMatch""", None),
    ("code_go", """```go
// main_test.go
var testUsers = []User{
    {Name: "{{PERSON:夏侯惇}}", Phone: "{{CN_PHONE:18500172236}}", IDNo: "{{CN_ID_CARD:@@ID@@}}"},
    {Name: "{{PERSON|en,opt:Zhang San}}", Phone: "[[placeholder_phone:138xxxxxxxx]]", IDNo: "[[id18_bad_checksum:@@BADID@@]]"},
}
```
测试用例里用真实格式的数据合适吗？""", 'mixed'),
    ("code_sql", """-- 数据库初始化脚本
CREATE TABLE merchant (id BIGINT PRIMARY KEY, name VARCHAR(128), uscc CHAR(18), contact VARCHAR(32));
INSERT INTO merchant VALUES (1, '{{ORG:昆明滇池水务股份有限公司}}', '{{CN_USCC:@@USCC@@}}', '{{PERSON:段誉}}');
INSERT INTO merchant VALUES (2, '{{ORG:拉萨净土乳业有限公司}}', '[[uscc_bad:@@BADUSCC@@]]', '{{PERSON:次仁央宗}}');
-- 第二条的信用代码校验不过，是哪里错了？""", None),
    ("code_shell", """history 里翻到的：
  412  redis-cli -h {{IP_ADDRESS:10.5.6.7}} -a {{PASSWORD:R3d!s_cache}} FLUSHALL
  413  psql "{{DB_CONNECTION_STRING:postgresql://ops:{{PASSWORD:0ps_pg#2026}}@{{IP_ADDRESS:10.5.6.8}}:5432/metrics}}" -c '\\dt'
  414  git clone [[email_like:git@github.com:acme/infra.git]]
  415  sshpass -p '{{PASSWORD:Root#Bastion9}}' ssh root@{{IP_ADDRESS:10.5.6.1}}
请解释每条命令。""", None),
    ("code_csharp", """```csharp
var cs = "{{DB_CONNECTION_STRING:Server={{IP_ADDRESS:10.11.0.4}},1433;Database=ERP;User Id=sa;Password={{PASSWORD:Sa@Erp2026!}};TrustServerCertificate=True}}";
using var conn = new SqlConnection(cs);
```
Login failed for user 'sa'. What should I check?""", 'en'),
    ("code_dotnet", """appsettings.json:
{
  "ConnectionStrings": {
    "Default": "{{DB_CONNECTION_STRING:Host=pg.erp.lan;Port=5432;Database=erp;Username=erp;Password={{PASSWORD:Erp_pg_2026}}}}",
    "Cache": "[[dsn_placeholder:redis://:****@cache.erp.lan:6379/0]]"
  },
  "Smtp": { "User": "{{EMAIL:erp-notify@hengda-demo.com}}", "Password": "{{PASSWORD:N0tify#smtp}}" }
}""", 'mixed'),
    ("code_notebook", """Jupyter 输出：
In [3]: df.head()
Out[3]:
   name     mobile        city
0  {{PERSON:毛晓彤}}  {{CN_PHONE:13541208876}}  成都
1  {{PERSON:易烊}}    {{CN_PHONE:18980092317}}  重庆
2  {{PERSON:蒲公英}}  [[masked_phone:189****2231]]  绵阳
In [4]: df.to_csv("s3://bucket/users.csv")
帮我加个脱敏步骤。""", None),
    ("code_js", """Postman 导出的环境变量：
{"values":[{"key":"baseUrl","value":"https://api.demo-pay.cn"},{"key":"token","value":"{{JWT:@@JWT@@}}"},{"key":"stripe","value":"{{API_KEY|stripe:rk_live_@@A24@@}}"},{"key":"trace","value":"[[uuid:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d]]"}]}""", 'en'),
    ("config_systemd", """systemd unit 启动失败：
[Service]
Environment="SLACK_WEBHOOK={{API_KEY|slack_webhook,opt:https://hooks.slack.com/services/T0@@U8@@/B0@@U8@@/@@A24@@}}"
Environment="GITHUB_TOKEN={{API_KEY|github:ghp_@@A36@@}}"
ExecStart=/usr/local/bin/notifier --listen {{IP_ADDRESS|opt:0.0.0.0}}:9100""", None),
    ("evasive_code", """```python
# 把密钥拆开写，扫描器就发现不了？
ak = {{API_KEY|aliyun,linebreak:LTAI5t@@A8@@
@@A10@@}}
sk = "{{API_KEY|aliyun_secret,zero_width:@@A10@@\u200b@@A10@@\u200b@@A10@@}}"
```
这种写法能绕过 secret scanning 吗？""", None),
    ("evasive_code", """日志脱敏没生效，原始行：
INFO user={{EMAIL|percent:chen.jing%40demo-corp.cn}}&mobile={{CN_PHONE|percent:%31%38%36%30%32%31%31%37%37%34%35}}&id={{CN_ID_CARD|percent:@@ID~pct@@}}
INFO body={"name":"{{PERSON|json_escape:\\u8bf8\\u845b\\u6e05}}","pwd":"{{PASSWORD:Qq@778899}}"}""", None),
    ("ci_log", """npm publish 失败：
npm ERR! code E401
npm ERR! Unable to authenticate, your authentication token seems to be invalid.
//registry.npmjs.org/:_authToken={{API_KEY|npm:npm_@@A36@@}}
npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2026-11-29T02_11_09_812Z-debug-0.log""", 'en'),
    ("config_yaml", """Prometheus alertmanager：
receivers:
- name: ops
  email_configs:
  - to: {{EMAIL:oncall@demo-ops.cn}}
    auth_username: {{EMAIL:alert@demo-ops.cn}}
    auth_password: {{PASSWORD:Al3rt!mgr}}
    smarthost: smtp.exmail.qq.com:465
  wechat_configs:
  - corp_id: ww[[md5:@@H16@@]]
    api_secret: {{API_KEY|generic:@@A43@@}}""", 'mixed'),
]
