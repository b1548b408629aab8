"""Round 5, part 1: documents with no gold at all, full of things that only look sensitive.

Why: on the hold-out about one no-gold document in nine gets a false alarm. These are the texts people paste
every day that must pass untouched: configs whose secrets come from a vault, logs full of ids and hashes,
order and invoice talk, masked values, Chinese news and policy prose whose common words look like surnames,
English prose with capitalised product names. Written blind to the detectors, in one voice (a platform
team's on-call engineer and the people around them).
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("neg_config", r"""能帮我看看这个 values.yaml 哪里缩进错了吗，helm install 一直报 parse error
```yaml
db:
  host: pg-primary.payments.svc.cluster.local
  port: 5432
  user: payments_app
  password: [[placeholder_password:${VAULT_PASS}]]
redis:
  url: [[dsn_placeholder:redis://:${REDIS_AUTH}@redis-master:6379/2]]
image:
  tag: [[version:v3.18.2-hotfix.1]]
  digest: sha256:[[sha256:6f1d0c3b9a7e25d8c4f0a1b2e3d4c5b6a7980f1e2d3c4b5a69788796a5b4c3d2]]
```""", None),
    ("neg_code", r"""Why does this raise KeyError on my laptop but not in CI?

```python
import os

API_TOKEN = os.environ["PARTNER_API_TOKEN"]
DB_PASSWORD = os.getenv("DB_PASSWORD", "")
SECRET_KEY = settings.SECRET_KEY  # loaded from [[placeholder_key:<your-key>]] in local.env

def client():
    return PartnerClient(token=API_TOKEN, timeout=30)
```
CI sets the variables from GitHub secrets, locally I only ran `source .env.example`.""", "en"),
    ("neg_log", r"""下面这段日志是什么意思，为什么同一个 trace 重试了三次？
[[[timestamp:2026-11-28T03:14:07.221Z]]] INFO  gateway trace_id=[[trace_id:4bf92f3577b34da6a3ce929d0e0e4736]] span_id=[[span_id:00f067aa0ba902b7]] route=/api/v2/orders status=502 upstream_time=30.001
[[[timestamp:2026-11-28T03:14:09.408Z]]] WARN  gateway trace_id=[[trace_id:4bf92f3577b34da6a3ce929d0e0e4736]] retry=2 x-request-id=[[uuid:9d2e7c41-0b6a-4f1e-8c33-5a7d90e1f2ab]]
[[[timestamp:2026-11-28T03:14:13.990Z]]] ERROR gateway trace_id=[[trace_id:4bf92f3577b34da6a3ce929d0e0e4736]] retry=3 giving up after 3 attempts, build=[[build_no:20261127.4481]]""", None),
    ("neg_finance", r"""请把下面这段对账说明改得通顺一点：
本月供应商发票共 14 张，其中发票号码 [[invoice_no:24442000000183527641]] 金额有误，已红冲后重开为 [[invoice_no:24442000000183529903]]。合同编号 [[contract_no:HT-2026-SC-0417]] 项下的第二期款 [[amount:¥1,280,000.00]] 已于 11 月 20 日支付，银行回单流水号 [[order_no:DZ2026112088340015]]。剩余尾款待验收后支付。""", "zh"),
    ("neg_news", r"""帮我把这篇稿子压缩到两百字以内：
今年以来，长江经济带沿线各地坚持生态优先、绿色发展，江河湖泊水质持续改善。在[[place_name:重庆]]、[[place_name:宜昌]]等地，[[surname_word:文明]]城市创建与河湖治理同步推进，群众获得感明显增强。业内人士表示，[[surname_word:金融]]支持绿色转型的力度还将加大，[[surname_word:石油]]化工企业的搬迁改造也将[[surname_word:马上]]进入收尾阶段。""", "zh"),
    ("neg_masked", r"""客服话术检查：这样回复用户合适吗？
“您好，您尾号为 [[masked_phone:138****5678]] 的手机已完成实名核验，绑定的银行卡 [[masked_card:6222 **** **** 1234]] 本次扣款失败，请在 App 内更换支付方式。如有疑问请拨打客服热线 [[hotline:400-820-1234]]。”""", "zh"),
    ("neg_git", r"""Can you write release notes from this log?
[[git_sha:3f9c2e1]] fix(auth): refresh token before expiry instead of after
[[git_sha:a41d77b]] chore(deps): bump spring-boot from [[version:3.2.4]] to [[version:3.2.5]]
[[git_sha:e0b5c93]] feat(search): Kafka consumer lag metric on the Monday dashboard
[[git_sha:77aa0d1]] revert "use Redis cluster mode for sessions"
Tag: [[version:v2026.11.3]], merged by the release bot.""", "en"),
    ("neg_prose_en", r"""Rewrite this paragraph for the engineering blog:
Every Monday the Big Data team replays last week's Kafka topics into a staging Redis so that the Spring Boot services can be load-tested before Friday's deploy. Apple Silicon laptops build the images twice as fast, which Jenkins and GitHub Actions both appreciate. Nobody in Platform wants to go back to the Hadoop days.""", "en"),
    ("neg_policy", r"""请总结这份通知的要点：
为进一步做好冬季安全生产工作，各单位要坚持安全第一、预防为主，[[surname_word:周末]]和节假日期间严格落实值班制度。要[[surname_word:常用]]常新地开展隐患排查，明确整改[[surname_word:方向]]和时限，确保[[surname_word:和平]]稳定的生产秩序。各地要结合实际抓好落实，[[surname_word:于是]]之前布置的各项任务一并纳入考核。""", "zh"),
    ("neg_config", r"""帮我检查这个 .env.example，给新人用的，会不会漏了什么变量：
APP_ENV=development
DATABASE_URL=[[dsn_placeholder:postgresql://user:password@localhost:5432/app_dev]]
REDIS_URL=redis://localhost:6379/0
OPENAI_API_KEY=[[placeholder_key:sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]]
JWT_SECRET=[[placeholder_password:change-me]]
SMTP_PASSWORD=
SENTRY_DSN=https://[[md5:0123456789abcdef0123456789abcdef]]@o0.ingest.example.com/0""", None),
    ("neg_tracking", r"""Customer asks where the parcels are, please draft a polite answer:
- Order [[order_no:#A-20261119-00781]], SF Express waybill [[tracking_no:SF1408827734512]], shipped Nov 19
- Order [[order_no:#A-20261120-00142]], JD waybill [[tracking_no:JDVA24817730651]], out for delivery
- Order [[order_no:#A-20261121-00903]], China Post [[tracking_no:LZ548812307CN]], customs clearance
All three left the Suzhou warehouse.""", "en"),
    ("neg_numbers", r"""数据质量检查：这些字段是导入时被截断的，不是有效证件号，帮我写个正则过滤掉：
[[id18_bad_checksum:@@BADID@@]]
[[id18_bad_date:@@BADDATE@@]]
[[luhn_bad:@@BADLUHN@@]]
[[digits16:@@BADLUHN16@@]]
以上四条都校验失败，请确认过滤逻辑。""", "zh"),
    ("neg_k8s", r"""kubectl describe 的输出，Pod 为什么一直 CrashLoopBackOff？
Name:         checkout-api-7d9f8c6b5-x2kqp
Namespace:    shop
Node:         ip-node-pool-b/worker-17
Containers:
  app:
    Image:      registry.example.com/shop/checkout-api:[[version:1.42.0-rc.3]]
    Image ID:   docker-pullable://registry.example.com/shop/checkout-api@sha256:[[sha256:9a1f0e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5]]
    Environment:
      DB_PASSWORD:  <set to the key 'password' in secret 'checkout-db'>  Optional: false
      API_KEY:      <set to the key 'api-key' in secret 'partner'>  Optional: false
    Last State:     Terminated, Reason: OOMKilled, Exit Code: 137""", "en"),
    ("neg_news", r"""把这段新闻改写成适合公众号的风格：
[[surname_word:高兴]]的是，今年秋粮收购开局平稳。[[place_name:黑龙江]]、[[place_name:吉林]]等主产区收购进度快于去年同期，[[surname_word:安全]]储粮技术得到推广。有关部门表示，将继续引导[[surname_word:金融]]机构加大信贷投放，[[surname_word:于是]]不少种粮大户提前锁定了贷款额度。""", "zh"),
    ("neg_hash", r"""这些文件的校验值对不上，是不是下载被篡改了？
SHA256 (agent-linux-amd64.tar.gz) = [[sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]]
SHA256 (agent-darwin-arm64.tar.gz) = [[sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef]]
MD5 (install.sh) = [[md5:d41d8cd98f00b204e9800998ecf8427e]]
官网上写的版本是 [[version:2.8.14]]，我下的也是这个。""", "zh"),
    ("neg_sql", r"""帮我优化这个 SQL，跑了 40 秒：
SELECT o.order_no, o.amount, u.phone_masked
FROM orders o JOIN users u ON u.id = o.user_id
WHERE o.created_at >= '2026-11-01' AND o.status IN ('PAID','SHIPPED')
  AND o.order_no LIKE '[[order_no:ORD2026110%]]'
ORDER BY o.created_at DESC LIMIT 200;
执行计划显示 users 表全表扫描，u.id 上有索引。""", "zh"),
    ("neg_contract", r"""请检查这份采购合同条款有没有对我方不利的地方：
第三条 乙方应于合同签订后十五个工作日内交付货物，交付地点为甲方指定仓库。
第五条 合同总价为人民币[[amount:叁拾贰万捌仟元整]]（[[amount:¥328,000.00]]），甲方在验收合格后三十日内付清。
第九条 因不可抗力导致的延误，双方互不承担责任。
本合同编号 [[contract_no:CG-2026-0931]]，一式四份。甲方、乙方签字盖章后生效。""", "zh"),
    ("neg_prose_en", r"""Summarise this for the weekly update: On Tuesday we moved the Elasticsearch cluster to the new Frankfurt region; Grafana dashboards were rebuilt on Wednesday. Product wants the Black Friday banner live by Thursday, and Legal asked that the Privacy Policy link point to the updated page. Spring Cloud Gateway stays on the old version until January.""", "en"),
    ("neg_versions", r"""兼容性矩阵帮我整理成表格：
- Android [[version:14.0.0]]，Chrome [[version:131.0.6778.86]]，支持
- iOS [[version:17.6.1]]，Safari [[version:17.6]]，支持
- Windows 内部版本 [[version:10.0.22631.4460]]，Edge [[version:131.0.2903.70]]，部分支持
- 固件 [[version:4.1.300.12]]（注意：第三段超过 255，不是 IP）""", "zh"),
    ("neg_chat", r"""群里这段话帮我翻译成英文：
小组同步：[[surname_word:周末]]两天的压测结果出来了，峰值 QPS 1.8 万，P99 延迟 230ms。[[surname_word:马上]]要上线的优惠券服务还需要扩容两台机器。会议号 [[meeting_id:982 441 305]]，周一上午十点继续讨论。""", "zh"),
    ("neg_cert", r"""这个证书链是不是少了中间证书？
-----BEGIN CERTIFICATE-----
[[certificate:MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
VQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX]]
-----END CERTIFICATE-----
openssl verify 报 unable to get local issuer certificate。""", None),
    ("neg_ssh", r"""把这把公钥加到 authorized_keys 里还是不能登录，sshd 日志说 key type not allowed：
[[public_key:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl deploy@ci-runner]]
sshd_config 里 PubkeyAcceptedAlgorithms 我没改过。""", "zh"),
    ("neg_jwt_header", r"""这个 JWT 头部解出来是什么算法？我只截到了第一段：[[jwt_header:eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjIwMjYtMTEifQ]]
后面两段在日志里被截断了。""", "zh"),
    ("neg_email_like", r"""Code review: is this annotation usage fine?
```java
@Override
public String toString() { return "Order(" + id + ")"; }
```
And the repo is [[email_like:git@gitlab.example.com:platform/order-service.git]], branch `feature/@types-upgrade`.
We also pin [[email_like:@types/node]] to 20.x.""", "en"),
    ("neg_base64", r"""这一段 base64 解出来是什么？是图片还是压缩包？
[[base64:H4sIAAAAAAAAA6tWSkksSVSyUkpKLCpJLVLSUcpMUbIyNDEw0FHKSy0pzkhNTbTUQ+UDAGvJ8qIhAAAA]]
是前端上传接口收到的 payload 里的 data 字段。""", "zh"),
    ("neg_policy", r"""请提炼这段政策文件的三条要点：
为推动平台经济规范健康发展，鼓励企业加大研发投入，支持在[[place_name:粤港澳大湾区]]、[[place_name:长三角]]等地建设数据中心集群。要坚持发展和[[surname_word:安全]]并重，健全数据分类分级保护制度。地方各级人民政府要加强统筹协调，形成工作合力，确保各项措施落地见效。""", "zh"),
    ("neg_ticket", r"""工单摘要帮我写一下：
工单号 [[order_no:INC-2026-118842]]，优先级 P2。用户反馈 App 版本 [[version:8.3.1]] 在部分折叠屏机型上闪退，崩溃堆栈指向图片解码库。复现设备序列号 [[serial_no:SN7F3K2Q9D1M]]，系统版本 HarmonyOS [[version:4.2.0]]。已转给客户端组。""", "zh"),
    ("neg_cli", r"""这几个命令有什么区别？
```bash
mysql -h db.internal -u report -p        # prompts for the password
PGPASSWORD="$PGPASS" psql -h pg.internal -U report analytics
redis-cli -h cache.internal -a "$REDIS_PASSWORD" ping
sshpass -f ~/.ssh/pw.txt ssh [[email_like:ops@jump.internal]]
```
第一个会提示输入密码，后面几个都是从环境变量或文件读的吧？""", None),
    ("neg_invoice", r"""English please, for the client:
Invoice [[invoice_no:INV-2026-004417]] dated 2026-11-15 covers 40 licence seats at [[amount:USD 1,200.00]] each. PO [[order_no:PO-88231-CN]] must appear on the remittance. Our bank details are unchanged from the master agreement; please do not use the account shown in emails you did not expect.""", "en"),
    ("neg_uuid", r"""Terraform plan 输出里这些资源 ID 会被重建吗？
  # aws_instance.worker[0] must be replaced
  ~ id = "[[resource_id:i-0a7c3e9f21b84d615]]" -> (known after apply)
  ~ ami = "[[resource_id:ami-0c55b159cbfafe1f0]]" -> "[[resource_id:ami-0f9a1c2e3d4b5a697]]"
  ~ subnet_id = "[[resource_id:subnet-08e4d2c1b7a6f5e39]]"
    tags = { "Owner" = "platform-team", "CostCenter" = "CC-4410" }""", None),
    ("neg_prose_zh", r"""这段产品介绍帮我润色一下：
我们的数据中台基于 Spring Boot 和 Flink 构建，支持实时和离线两种计算方式。客户只需在控制台[[surname_word:常用]]菜单里一键接入 Kafka 或 Pulsar 数据源，即可[[surname_word:马上]]看到报表。平台已服务多家头部[[surname_word:金融]]和能源客户，[[surname_word:安全]]合规能力通过了等保三级测评。""", "zh"),
    ("neg_timestamps", r"""这些时间戳换算成北京时间是多少？
created_at: [[timestamp_ms:1764480000000]]
updated_at: [[timestamp_ms:1764483599999]]
expires: [[timestamp:1767225600]]
log line: [[timestamp:2026-11-30 08:00:00+08:00]]""", "zh"),
    ("neg_place", r"""帮我规划一个五天的行程：从[[place_name:上海虹桥]]出发，先去[[place_name:黄山]]住两晚，再到[[place_name:婺源]]看晒秋，最后从[[place_name:景德镇]]坐高铁回来。预算人均五千，住宿要干净，不要太商业化的古镇。""", "zh"),
    ("neg_config_xml", r"""Maven 的 settings.xml 这样写对吗？我不想把密码写死：
```xml
<servers>
  <server>
    <id>nexus-releases</id>
    <username>${env.NEXUS_USER}</username>
    <password>[[placeholder_password:${env.NEXUS_PASSWORD}]]</password>
  </server>
</servers>
```""", None),
    ("neg_ini", r"""这个 php.ini / my.cnf 混在一起了，帮我拆开：
[client]
user = backup
password = [[placeholder_password:********]]
host = mysql-replica.internal
[mysqld]
max_connections = 800
innodb_buffer_pool_size = 12G
[PHP]
memory_limit = 512M""", None),
    ("neg_oid", r"""SNMP 监控项里这些 OID 是什么意思？
[[ip_like:1.3.6.1.2.1.1.3.0]] sysUpTime
[[ip_like:1.3.6.1.4.1.2011.5.25.31.1.1.1.1.5]] hwEntityCpuUsage
[[ip_like:1.3.6.1.2.1.2.2.1.10]] ifInOctets""", "zh"),
    ("neg_numbers", r"""这批客户编码是旧系统导出的，哪些像银行卡号？我看着都不对：
[[digits19:6222021234567890125]]
[[luhn_bad:@@BADLUHN@@]]
[[digits16:@@BADLUHN16@@]]
[[uscc_bad:@@BADUSCC@@]]
我用 Luhn 校验都没通过，统一社会信用代码那条也是校验位错的。""", "zh"),
    ("neg_hk_tw", r"""测试用例里这几个证件号是故意写错校验位的吗？
香港身份证：[[hkid_bad:@@BADHKID@@]]
台湾身份证：[[twid_bad:@@BADTWID@@]]
我们的校验函数都返回 false，测试断言也是 false。""", "zh"),
    ("neg_phone_like", r"""这些号码哪些是手机号？
[[digits11_not_mobile:10086123456]]
[[digits11_not_mobile:12345678901]]
[[hotline:95588]]
[[hotline:400-610-5555]]
都不是手机号吧，第一个是 1008 开头的。""", "zh"),
    ("neg_standup", r"""Turn this into a standup summary:
Mon: migrated the billing cron to Airflow, DAG id [[job_id:billing_daily_v3]].
Tue: Redis memory alarm, evicted keys under `session:*`, root cause a missing TTL.
Wed: pairing with the Data Platform folks on the Iceberg tables.
Thu: on-call, two pages, both Kafka rebalance storms.
Fri: wrote the postmortem, ticket [[order_no:OPS-4471]].""", "en"),
    ("neg_compose", r"""docker compose 起不来，说 variable is not set：
```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: [[placeholder_password:${POSTGRES_PASSWORD:?err}]]
  api:
    image: ghcr.io/acme/api:[[version:0.9.7]]
    environment:
      DATABASE_URL: [[dsn_placeholder:postgres://app:${POSTGRES_PASSWORD}@db:5432/app]]
```""", None),
    ("neg_medical_general", r"""请用通俗的话解释这段体检报告的结论（不涉及具体个人）：
总胆固醇 6.1 mmol/L，偏高；低密度脂蛋白 4.2 mmol/L，偏高；空腹血糖 5.4 mmol/L，正常。建议低脂饮食、规律运动，三个月后复查血脂。报告编号 [[report_no:TJ20261128-0457]]。""", "zh"),
    ("neg_news", r"""这篇报道有没有语病？
[[place_name:海南]]自由贸易港建设稳步推进，[[place_name:洋浦]]经济开发区新增市场主体数量同比增长三成。[[surname_word:石油]]、天然气等能源贸易持续活跃，[[surname_word:江河]]湖海的生态保护也同步加强。业内认为，政策红利的释放[[surname_word:方向]]明确，[[surname_word:文明]]施工和绿色建材将成为下一阶段重点。""", "zh"),
    ("neg_pr", r"""PR description, please tighten the wording:
This change replaces the hard-coded token with `token = os.environ["GITHUB_TOKEN"]` and adds a check that fails fast when it is missing. The example config now says `api_key: [[placeholder_key:<your-key>]]` instead of a fake key that looked real. No secrets were ever committed; the old value was [[placeholder_key:ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]].""", "en"),
    ("neg_metrics", r"""Prometheus 告警规则帮我改成 10 分钟窗口：
- alert: HighErrorRate
  expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
  labels:
    severity: page
  annotations:
    runbook: https://wiki.example.com/runbooks/[[uuid:3c1e8f52-7a9b-4d60-9e2f-b1a0c4d7e815]]""", None),
    ("neg_company_generic", r"""帮我回复这封邮件：
贵司上周提交的方案我们已内部评审，整体方向认可。[[generic_org:本公司]]法务对第四条的违约金比例有异议，希望调整为合同金额的百分之五。另请[[generic_org:贵司]]在下周三前提供最新的资质证明复印件。[[generic_org:该银行]]的保函格式我们也可以接受。""", "zh"),
    ("neg_jira", r"""Jira 评论帮我翻成英文：
复现步骤：1. 登录测试账号 test_user_01；2. 进入订单详情页 [[order_no:SO-20261126-3310]]；3. 点击“申请退款”。预期弹出确认框，实际页面白屏。前端版本 [[version:web-5.12.0]]，后端接口 /refund/apply 返回 500，traceId [[trace_id:a9c0b1d2e3f4a5b6c7d8e9f0a1b2c3d4]]。""", "zh"),
    ("neg_cn_numeral", r"""把这段会议纪要的日期统一成阿拉伯数字：
会议时间：[[cn_numeral_text:二〇二六年十一月二十七日]]下午两点。
下次会议：[[cn_numeral_text:十二月四日]]。
预算总额：[[amount:人民币贰佰万元整]]。""", "zh"),
    ("neg_lockfile", r"""package-lock 冲突了，这两个版本选哪个？
<<<<<<< HEAD
    "node_modules/axios": { "version": "[[version:1.7.7]]", "integrity": "sha512-[[base64:S4XCWMEmzvo64T9GfvQDOXgYRDJ/wsSZc7Jvdgx5u1sd0JwsuPLqb3SYmusag+edF6ziyMensPVqLTSc1PiSEA==]]" }
=======
    "node_modules/axios": { "version": "[[version:1.7.9]]", "integrity": "sha512-[[base64:VqKS1ogyNYQ1sdOE9xmpgLkEJEAjjV7b0Dq+L1w+A3OyN40mCV4zOd2b8vVZvhSHIUSaGRGz5aWgkf2ydG4ynyA==]]" }
>>>>>>> feature/upgrade""", None),
    ("neg_chat", r"""这段群聊帮我总结成待办：
A：明天[[surname_word:高兴]]的事先说，预算批下来了。
B：那[[surname_word:和平]]路那个门店的装修可以开工了？
A：可以，材料从[[place_name:佛山]]发过来，大概三天。
B：好，[[surname_word:于是]]周五前把图纸定下来。""", "zh"),
    ("neg_gitconfig", r"""git push 一直要我输密码，我的配置有问题吗？
[remote "origin"]
    url = https://gitlab.example.com/team/infra.git
    fetch = +refs/heads/*:refs/remotes/origin/*
[credential]
    helper = store
[user]
    name = ci-bot
    signingkey = [[key_id:3AA5C34371567BD2]]""", None),
    ("neg_bank_generic", r"""请帮我写一段催款函的开头，语气要客气：
截至 2026 年 11 月 30 日，贵方在我方处尚有未结款项 [[amount:¥86,450.00]]，对应发票 [[invoice_no:No.04418772]] 与 [[invoice_no:No.04418790]]。请于十个工作日内支付至合同约定的收款账户（账号见合同附件二，尾号 [[masked_card:****6621]]）。""", "zh"),
    ("neg_stacktrace", r"""What does this stack trace mean?
java.lang.IllegalStateException: Connection pool shut down
    at org.apache.http.util.Asserts.check(Asserts.java:34)
    at org.apache.http.impl.conn.PoolingHttpClientConnectionManager.requestConnection(PoolingHttpClientConnectionManager.java:269)
    at com.acme.billing.client.PartnerClient.post(PartnerClient.java:88)
    at com.acme.billing.job.SettlementJob.run(SettlementJob.java:41)
Caused by thread pool-3-thread-7, correlation id [[uuid:5e0d7c9a-2b41-4f38-a6e1-0c9b8d7f6a52]]""", "en"),
    ("neg_resume_template", r"""帮我设计一个简历模板，字段用占位符就行：
姓名：[[placeholder:【姓名】]]
电话：[[placeholder:1XX-XXXX-XXXX]]
邮箱：[[placeholder:name@example]]
身份证：[[placeholder:XXXXXXXXXXXXXXXXXX]]
地址：[[placeholder:某省某市某区某路某号]]""", "zh"),
    ("neg_terraform", r"""terraform 变量这样定义会不会把密码打印到 plan 里？
variable "db_password" {
  type      = string
  sensitive = true
}
resource "aws_db_instance" "main" {
  engine         = "postgres"
  engine_version = "[[version:16.4]]"
  username       = "app_admin"
  password       = var.db_password
}""", "en"),
    ("neg_news_en", r"""Shorten this to three sentences: Markets in Hong Kong and Singapore closed higher on Friday as tech stocks rallied. The Shanghai Composite was flat. Analysts at several brokerages said that a weaker dollar and steady oil prices supported Asian equities, while investors waited for Thursday's inflation data from Washington.""", "en"),
    ("neg_scan_report", r"""这个漏洞扫描报告帮我分级一下：
[高危] [[cve:CVE-2024-3094]] xz-utils 后门，影响 [[version:5.6.0]]、[[version:5.6.1]]
[中危] [[cve:CVE-2023-44487]] HTTP/2 Rapid Reset
[低危] 服务器响应头泄露 nginx 版本 [[version:1.18.0]]
扫描任务 ID [[uuid:0f3b6e2a-94c1-4d78-b5a0-6e2f1c8d9a37]]。""", "zh"),
    ("neg_vault", r"""Vault 策略这么写能只读 secret/data/payments 吗？
path "secret/data/payments/*" {
  capabilities = ["read", "list"]
}
path "secret/metadata/payments/*" {
  capabilities = ["list"]
}
我用 `vault kv get secret/payments/db` 测试，返回 permission denied。""", "zh"),
    ("neg_survey", r"""请统计这份问卷里的高频词：
“希望食堂周末也开放”“安全培训太形式化”“常用的报销系统太慢了”“希望马上解决停车问题”“文明办公从我做起”“金融知识讲座很有帮助”。""", "zh"),
    ("neg_ab_test", r"""实验结果帮我解读：
实验 [[experiment_id:exp_checkout_btn_0917]]，对照组转化率 3.12%，实验组 3.41%，p 值 0.021，样本量各 48,310。分流 hash 种子 [[md5:7b2c9e0f41a3d5c68e1f0b9a2d4c7e3f]]。""", "zh"),
    ("neg_api_doc", r"""Convert this API doc snippet to Markdown:
Authorization: Bearer [[placeholder_key:<ACCESS_TOKEN>]]
X-Api-Key: [[placeholder_key:YOUR_API_KEY_HERE]]
Example request: curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/orders?limit=20
Tokens expire after 3600 seconds.""", "en"),
    ("neg_logistics", r"""供应链周报帮我润色：
本周入库 [[amount:3,420]] 件，出库 [[amount:3,108]] 件。[[place_name:宁波港]]到[[place_name:汉堡]]的集装箱 [[container_no:MSKU7439921]] 延误四天，提单号 [[order_no:MAEU248811907]]。下周起[[place_name:义乌]]仓改为两班倒。""", "zh"),
    ("neg_password_policy", r"""帮我把这段密码策略改成制度文本：
密码长度不少于 12 位，必须包含大小写字母、数字和特殊字符；不得使用 [[weak_example:Password123]]、[[weak_example:Admin@123]] 这类常见弱口令；每 90 天更换一次，不得与最近 5 次相同。密码连续错误 5 次锁定 30 分钟。""", "zh"),
    ("neg_chat_en", r"""Can you make this Slack message friendlier?
"Heads up: the staging DB password was rotated this morning. Grab the new one from 1Password (vault: Platform / item: staging-db), do NOT paste it here. The old connection string [[dsn_placeholder:postgres://app:*****@staging-db:5432/app]] will stop working at 18:00."
""", "en"),
    ("neg_docker_build", r"""这个 Docker 构建日志里哪一步最慢？
#5 [builder 2/6] RUN go mod download
#5 DONE 84.3s
#7 [builder 4/6] RUN go build -ldflags "-X main.version=[[version:1.9.3]] -X main.commit=[[git_sha:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d]]" -o /out/app
#7 DONE 41.0s
#9 exporting to image, writing image sha256:[[sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae]]""", None),
    ("neg_edu", r"""帮我把这份教学计划改成表格：
第一周：绪论与[[surname_word:文明]]起源；第二周：[[place_name:黄河]]流域的农业；第三周：[[surname_word:江河]]治理与水利工程；第四周：丝绸之路与[[surname_word:和平]]交流。期中考试安排在第八周[[surname_word:周末]]之前。""", "zh"),
    ("neg_cron", r"""crontab 这样写每天凌晨两点跑对吗？
0 2 * * * /opt/backup/run.sh --target s3://backup-bucket/mysql/ --password-file /etc/backup/.pw >> /var/log/backup.log 2>&1
备份脚本从 --password-file 读密码，文件权限是 600。""", "zh"),
    ("neg_placeholder_dsn", r"""README 里的连接串示例要不要改？
JDBC: [[dsn_placeholder:jdbc:mysql://<host>:3306/<db>?user=<user>&password=<password>]]
Mongo: [[dsn_placeholder:mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test]]
AMQP: [[dsn_placeholder:amqp://<user>:<password>@<host>:5672/<vhost>]]""", None),
    ("neg_hr_policy", r"""请把这段员工手册内容翻译成英文：
员工应于每月 25 日前提交考勤确认。病假需提供二级以上医院出具的证明。年假天数根据累计工龄计算：满 1 年不满 10 年 5 天，满 10 年不满 20 年 10 天。外派人员的住房补贴按驻地标准执行，具体以人力资源部发布的通知为准。""", "zh"),
    ("neg_pricing", r"""这个报价单帮我检查计算：
云主机 8C32G × 6 台，[[amount:¥2,180/月]]；对象存储 50TB，[[amount:¥0.12/GB/月]]；专线 200Mbps，[[amount:¥9,800/月]]。报价单号 [[order_no:QT-2026-1130-07]]，有效期 30 天。""", "zh"),
    ("neg_localhost", r"""Why can't my container reach the host? I run `curl http://{{IP_ADDRESS|opt:127.0.0.1}}:8080/health` inside it and get connection refused, but from the host it works. Docker Desktop on macOS, the app listens on localhost only.""", "en"),
    ("neg_news", r"""帮我写个标题：
入冬以来，[[place_name:哈尔滨]]冰雪旅游持续升温，[[surname_word:周末]]客流同比增长四成。当地[[surname_word:文明]]旅游志愿者在中央大街为游客提供指引，[[surname_word:安全]]保障措施全面到位。文旅部门表示，将[[surname_word:马上]]推出新一批冰雪主题线路。""", "zh"),
]
