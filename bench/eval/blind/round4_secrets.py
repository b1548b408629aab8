"""Round 4 blind documents: passwords, tokens and connection strings as engineers paste them (by hand, synthetic).

Written without opening the hold-out, from what people actually paste into a chat with an assistant: .env files,
docker-compose and Kubernetes manifests, shell history, JDBC / ODBC / MongoDB / Redis / AMQP URIs, Chinese chat
about accounts ("密码是…", "口令", "账号/密码"), JWTs in headers, cookies and logs; and hard negatives that look
like credentials but are not (password policies, empty or templated password fields, the `pwd` command, hashes,
base64 that is not a JWT). Every value is made up.
"""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    # ---- configuration files -------------------------------------------------------------------------------
    ("dotenv", "# .env.production\nAPP_ENV=production\nAPP_PORT=8080\nDB_HOST={{IP_ADDRESS:10.12.4.17}}\nDB_USER=orders\n"
     "DB_PASS={{PASSWORD:Qz8!vLw3#orders}}\nREDIS_PASSWORD={{PASSWORD:rd_Kp2xW9mN}}\nLOG_LEVEL=info\n", "en"),
    ("dotenv", "SPRING_DATASOURCE_URL={{DB_CONNECTION_STRING:jdbc:postgresql://{{IP_ADDRESS:172.20.1.9}}:5432/billing}}\n"
     "SPRING_DATASOURCE_USERNAME=billing_rw\nSPRING_DATASOURCE_PASSWORD={{PASSWORD:Bl#20260311rw}}\n"
     "SPRING_REDIS_HOST=cache.internal\n", "en"),
    ("dotenv", "MONGO_URL={{DB_CONNECTION_STRING:mongodb://report:{{PASSWORD:Rp0rt_mg_77}}@mongo-1.db.local:27017,"
     "mongo-2.db.local:27017/report?replicaSet=rs0&authSource=admin}}\nMONGO_POOL=20\n", "en"),
    ("dotenv", "# 消息队列\nRABBITMQ_URL={{DB_CONNECTION_STRING:amqp://mq_order:{{PASSWORD:Mq0rd3r2026}}@{{IP_ADDRESS:10.40.2.15}}:5672/order}}\n"
     "CELERY_BROKER_URL={{DB_CONNECTION_STRING:amqps://celery:{{PASSWORD:cel3ry-Br0ker}}@mq.prod.example.cn:5671/tasks}}\n", None),
    ("docker_compose", "services:\n  mysql:\n    image: mysql:8.0\n    environment:\n"
     "      - MYSQL_ROOT_PASSWORD={{PASSWORD:Root_2026_mysql}}\n      - MYSQL_DATABASE=shop\n"
     "      - MYSQL_PASSWORD={{PASSWORD:shopApp#88}}\n    ports:\n      - \"3306:3306\"\n", "en"),
    ("docker_compose", "  redis:\n    image: redis:7\n    command: redis-server --requirepass {{PASSWORD:Rq9vT2xLm0}} --appendonly yes\n"
     "  worker:\n    environment:\n      REDIS_URL: {{DB_CONNECTION_STRING:redis://:{{PASSWORD:Rq9vT2xLm0}}@redis:6379/2}}\n", "en"),
    ("k8s_secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pay-db\n  namespace: payment\ntype: Opaque\nstringData:\n"
     "  username: pay_svc\n  password: {{PASSWORD:P@y-svc-4417}}\n"
     "  dsn: {{DB_CONNECTION_STRING:postgres://pay_svc:{{PASSWORD:P@y-svc-4417}}@pg-payment.payment.svc:5432/pay}}\n", "en"),
    ("k8s_secret", "kubectl create secret generic grafana-admin \\\n  --from-literal=admin-user=admin \\\n"
     "  --from-literal=admin-password={{PASSWORD:Gr4fana!Ops}} -n monitoring\n", "en"),
    ("config_yaml", "spring:\n  datasource:\n    url: {{DB_CONNECTION_STRING:jdbc:mysql://{{IP_ADDRESS:192.168.31.20}}:3306/crm?useUnicode=true&characterEncoding=utf8}}\n"
     "    username: crm\n    password: '{{PASSWORD:Crm#2026sh}}'\n  rabbitmq:\n    host: {{IP_ADDRESS:192.168.31.21}}\n"
     "    username: crm_mq\n    password: {{PASSWORD:mq.Crm.9921}}\n", "en"),
    ("config_ini", "[database]\nhost = {{IP_ADDRESS:10.1.8.30}}\nport = 5432\nuser = etl\npassword = {{PASSWORD:etl-Load-7741}}\n\n"
     "[smtp]\nserver = smtp.exmail.qq.com\npass = {{PASSWORD:Mail2026Notify}}\n", "en"),
    ("config_json", "{\n  \"ConnectionStrings\": {\n    \"Main\": \"{{DB_CONNECTION_STRING:Server=tcp:{{IP_ADDRESS:10.6.0.25}},1433;"
     "Database=Hr;User ID=hr_app;Password={{PASSWORD:Hr@pp2026!}};Encrypt=True;}}\"\n  },\n  \"Logging\": {\"LogLevel\": {\"Default\": \"Warning\"}}\n}", "en"),
    ("odbc", "ODBC 连接串（给 BI 用的）：\n{{DB_CONNECTION_STRING:Driver={ODBC Driver 18 for SQL Server};Server={{IP_ADDRESS:10.9.3.3}},1433;"
     "Database=Sales;Uid=bi_reader;Pwd={{PASSWORD:B1reader#26}};}}\n", None),
    ("jdbc", "jdbc 连接串报错，帮我看看：\n{{DB_CONNECTION_STRING:jdbc:sqlserver://{{IP_ADDRESS:10.2.0.14}}:1433;databaseName=wms;"
     "user=wms_app;password={{PASSWORD:Wms!2026app}}}}\n错误：Login failed for user 'wms_app'.", None),
    ("jdbc", "url=" "{{DB_CONNECTION_STRING:jdbc:mysql://db-master.prod:3306/order?user=order_rw&password={{PASSWORD:OrdRw_5521}}&useSSL=true}}", "en"),
    ("jdbc", "oracle 的连接：{{DB_CONNECTION_STRING:jdbc:oracle:thin:scott/{{PASSWORD:T1ger_ora}}@{{IP_ADDRESS:10.3.3.7}}:1521/ORCLPDB1}}", None),
    ("python", "import pymysql\n\nconn = pymysql.connect(host=\"{{IP_ADDRESS:10.0.12.8}}\", user=\"report\",\n"
     "                       password=\"{{PASSWORD:Rpt@2026!x}}\", database=\"dw\", charset=\"utf8mb4\")\n", "en"),
    ("python", "engine = create_engine(\"{{DB_CONNECTION_STRING:postgresql+psycopg2://analyst:{{PASSWORD:An@lyst_88}}@{{IP_ADDRESS:10.10.10.5}}:5432/warehouse}}\")\n"
     "df = pd.read_sql(\"select * from fact_orders limit 10\", engine)\n", "en"),
    ("python", "r = redis.Redis(host='{{IP_ADDRESS:10.0.3.41}}', port=6379, password='{{PASSWORD:r3d!s_Cache}}', db=0)\n", "en"),
    # ---- shell history -------------------------------------------------------------------------------------
    ("shell_history", "  501  ssh deploy@{{IP_ADDRESS:47.100.21.8}}\n  502  mysql -h {{IP_ADDRESS:10.0.0.21}} -u root -p{{PASSWORD:Sh0p_r00t!}} shop\n"
     "  503  export PGPASSWORD={{PASSWORD:pgAdm1n2026}}\n  504  psql -h {{IP_ADDRESS:10.0.0.22}} -U postgres -d shop\n  505  history | tail\n", "en"),
    ("shell_history", "$ redis-cli -h {{IP_ADDRESS:10.0.5.9}} -p 6379 -a '{{PASSWORD:Rc!9xPz2}}' info replication\n"
     "$ sshpass -p '{{PASSWORD:Jump#Host66}}' ssh ops@jump.corp.local\n", "en"),
    ("shell_history", "docker login registry.cn-hangzhou.aliyuncs.com -u ci-bot -p {{PASSWORD:Ci8ot_Reg2026}}\n"
     "curl -u admin:{{PASSWORD:Nexus#Adm1n}} https://nexus.corp.local/service/rest/v1/repositories\n", "en"),
    ("shell_history", "mongosh \"{{DB_CONNECTION_STRING:mongodb://root:{{PASSWORD:Mg_r00t_2026}}@{{IP_ADDRESS:10.8.1.4}}:27017/admin}}\"\n"
     "mongodump --uri=\"{{DB_CONNECTION_STRING:mongodb+srv://backup:{{PASSWORD:Bkp2026mongo}}@cluster1.x7k2p.mongodb.net/app}}\" --out /data/bak\n", "en"),
    # ---- chat and tickets (Chinese) ------------------------------------------------------------------------
    ("chat", "测试环境的后台：https://admin-test.example.cn\n账号 admin，密码是 {{PASSWORD:Adm!n_test01}}，用完记得退出", None),
    ("chat", "VPN 口令：{{PASSWORD:Vpn#8866qa}}（这周五会换新的）", None),
    ("chat", "堡垒机 账号/密码：ops_admin / {{PASSWORD:Bastion@2026}}", None),
    ("chat", "wifi名：Guest-5F  pwd：{{PASSWORD:welcome5F2026}}", None),
    ("chat", "我把数据库密码改成了 {{PASSWORD:Db_New#0417}} ，你们那边配置也改一下", None),
    ("chat", "财务系统初始密码为{{PASSWORD:Fin123456}}，首次登录后请修改。", None),
    ("chat", "邮箱账号：{{EMAIL:notice@example.cn}}\n邮箱授权码：{{PASSWORD|opt:kqzvbnmxdwrtphje}}\n密码：{{PASSWORD:N0tice!mail}}", None),
    ("ticket", "工单 #8812：客户反馈无法登录。已重置，新密码：{{PASSWORD:Reset-7302x}}，已通过短信告知客户。", None),
    ("chat", "redis 连不上，地址 {{IP_ADDRESS:10.0.6.6}}:6379 密码 {{PASSWORD:cacheR3dis!}} 是不是防火墙的问题", None),
    ("chat", "FTP 地址 {{IP_ADDRESS:121.43.7.19}}，用户名 upload，口令 {{PASSWORD:Up_load2026}}", None),
    # ---- JWTs ---------------------------------------------------------------------------------------------
    ("http_log", "GET /api/v1/orders?page=2 HTTP/1.1\nHost: api.example.cn\nAuthorization: Bearer {{JWT:@@JWT@@}}\n"
     "Accept: application/json\n", "en"),
    ("http_log", "Set-Cookie: session={{JWT:@@JWT@@}}; Path=/; HttpOnly; Secure; SameSite=Lax\n", "en"),
    ("app_log", "2026-11-28 10:21:07.331 WARN  [auth] token expired, jwt={{JWT:@@JWT@@}} uid=100233 ip={{IP_ADDRESS:36.110.5.72}}\n", "en"),
    ("chat", "这个接口一直 401，我用的 token 是 {{JWT:@@JWT@@}} ，是不是过期了？", None),
    ("curl", "curl -H 'Authorization: Bearer {{JWT:@@JWT@@}}' -H 'Content-Type: application/json' "
     "-d '{\"id\": 42}' https://api.example.cn/v2/refund\n", "en"),
    ("config_json", "{\"user\": \"ops\", \"accessToken\": \"{{JWT:@@JWT@@}}\", \"expiresIn\": 7200}", "en"),
    # ---- hard negatives (no gold) -------------------------------------------------------------------------
    ("policy", "密码策略：\n1. 密码长度至少 12 位，须包含大小写字母、数字和特殊字符；\n2. 密码每 90 天必须修改一次；\n"
     "3. 连续输错密码 5 次，账号锁定 30 分钟；\n4. 不得使用与用户名相同的密码。", None),
    ("policy", "Password requirements: at least 12 characters, one uppercase letter, one number and one symbol. "
     "Passwords expire every 90 days. Forgot password? Click \"Reset password\" on the login page.", "en"),
    ("config_yaml", "datasource:\n  url: jdbc:mysql://${DB_HOST}:3306/app\n  username: ${DB_USER}\n"
     "  password: [[placeholder_password:${DB_PASSWORD}]]\nredis:\n  password: \"\"\n", "en"),
    ("dotenv", "# copy to .env and fill in\nDB_PASSWORD=\nREDIS_PASSWORD=\nJWT_SECRET=[[placeholder_password:<change-me>]]\n"
     "SMTP_PASS=[[placeholder_password:your_smtp_password]]\n", "en"),
    ("shell_history", "$ pwd\n/home/deploy/releases/20261128\n$ ls -la\n$ sudo passwd deploy\nNew password:\nRetype new password:\n"
     "passwd: password updated successfully\n", "en"),
    ("code", "def check_login(user, password):\n    if not bcrypt.checkpw(password.encode(), user.password_hash):\n"
     "        raise AuthError(\"invalid password\")\n    return issue_token(user)\n", "en"),
    ("chat", "登录报“密码错误”，我确认密码没输错，大小写也检查过了，是不是账号被锁了？", None),
    ("app_log", "2026-11-28 09:12:44 INFO  login ok user=u_10233 password=****** mfa=totp\n"
     "2026-11-28 09:13:02 WARN  login failed user=u_10871 reason=bad_password attempts=3\n", "en"),
    ("http_log", "Authorization: Basic [[placeholder_password:dXNlcm5hbWU6cGFzc3dvcmQ=]]\n# (the example from the docs: username:password)\n", "en"),
    ("chat", "这个 base64 是什么？ [[base64:aGVsbG8gd29ybGQsIHRoaXMgaXMgYSB0ZXN0IG1lc3NhZ2U=]] 解出来好像就是一句英文", None),
    ("app_log", "trace_id=[[uuid:3f1c2a9e-8b7d-4e21-9c3a-5d6f7e8a9b0c]] span=[[hash:9f2b7c1e4d6a8b3c]] jwt header only: [[jwt_header:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9]]\n", "en"),
    ("docs", "连接串格式：postgresql://用户名:密码@主机:端口/库名，例如 [[dsn_placeholder:postgresql://user:****@host:5432/db]]", None),
    ("chat", "密码至少8位，我设的是生日加名字缩写那种，你别问了哈", None),
    # ---- more forms people paste ---------------------------------------------------------------------------
    ("redis_conf", "# redis.conf (从机)\nbind {{IP_ADDRESS|opt:0.0.0.0}}\nport 6379\nrequirepass {{PASSWORD:Sl4ve#Redis}}\nmasterauth {{PASSWORD:M4ster#Redis}}\n"
     "replicaof {{IP_ADDRESS:10.0.9.11}} 6379\n", None),
    ("netrc", "# ~/.netrc\nmachine git.corp.local\n  login ci-runner\n  password {{PASSWORD:G1tRunner#26}}\n"
     "machine artifacts.corp.local login deploy password {{PASSWORD:Art1facts!dep}}\n", "en"),
    ("go", "db, err := sql.Open(\"mysql\", \"{{DB_CONNECTION_STRING:shop_rw:{{PASSWORD:Sh0pRw#2026}}@tcp({{IP_ADDRESS:10.0.7.12}}:3306)/shop?parseTime=true&loc=Local}}\")\n"
     "if err != nil {\n\tlog.Fatal(err)\n}\n", "en"),
    ("go", "dsn := \"{{DB_CONNECTION_STRING:audit:{{PASSWORD:Aud1t_log!}}@tcp(mysql-audit.svc:3306)/audit?charset=utf8mb4}}\"", "en"),
    ("chat", "测试库密码如下：\n{{PASSWORD:T3st#Db2026}}\n别外传", None),
    ("chat", "服务器 root 密码发你了：{{PASSWORD:R00t!Srv_09}}", None),
    ("chat", "PW：{{PASSWORD:Pw_Share2026}}  有效期到月底", None),
    ("chat", "用户名：test01\n密碼：{{PASSWORD:Test@0101}}", None),
    ("chat", "你用这个账号登：dev_wang，password是{{PASSWORD:Dev!wang88}}", None),
    ("powershell", "$pw = ConvertTo-SecureString \"{{PASSWORD:Svc#Backup2026}}\" -AsPlainText -Force\n"
     "$cred = New-Object System.Management.Automation.PSCredential (\"CORP\\svc_backup\", $pw)\n", "en"),
    ("windows_cmd", "net use \\\\fileserver\\finance /user:CORP\\fin_ro {{PASSWORD:F1nRo#2026}} /persistent:no\n", "en"),
    ("shell_history", "sqlcmd -S {{IP_ADDRESS:10.4.0.20}} -U sa -P '{{PASSWORD:Sq1!Adm1n}}' -Q \"select @@version\"\n", "en"),
    ("dotenv", "CLICKHOUSE_DSN={{DB_CONNECTION_STRING:clickhouse://default:{{PASSWORD:Ch_d3fault!}}@{{IP_ADDRESS:10.5.1.2}}:9000/logs}}\n"
     "KAFKA_BROKERS=kafka-1:9092,kafka-2:9092\n", "en"),
    ("config_yaml", "mongodb:\n  uri: {{DB_CONNECTION_STRING:mongodb://{{IP_ADDRESS:10.2.2.31}}:27017,{{IP_ADDRESS:10.2.2.32}}:27017/orders?replicaSet=rs1}}\n", "en"),
    ("http_log", "GET /ws/notify?access_token={{JWT:@@JWT@@}}&v=2 HTTP/1.1\nX-Request-Id: [[uuid:7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d]]\n", "en"),
    ("app_log", "{\"level\":\"debug\",\"msg\":\"verify\",\"token\":\"{{JWT:@@JWT@@}}\",\"user\":\"u_31\"}", "en"),
    # ---- more hard negatives ------------------------------------------------------------------------------
    ("redis_conf", "# requirepass foobared\n# masterauth <master-password>\nappendonly yes\n", "en"),
    ("chat", "密码如下：见附件，解压密码单独发你", None),
    ("docs", "修改密码接口：POST /api/v1/user/password，参数 oldPassword、newPassword，均为必填。", None),
    # ---- SQL, pipes and markdown --------------------------------------------------------------------------
    ("sql", "-- 给报表建只读账号\nCREATE USER 'bi_ro'@'10.%' IDENTIFIED BY '{{PASSWORD:B1_r0#2026}}';\n"
     "GRANT SELECT ON dw.* TO 'bi_ro'@'10.%';\nFLUSH PRIVILEGES;\n", None),
    ("sql", "CREATE ROLE app_rw WITH LOGIN PASSWORD '{{PASSWORD:AppRw!2026pg}}' VALID UNTIL '2027-01-01';\n"
     "ALTER USER replicator WITH ENCRYPTED PASSWORD '{{PASSWORD:Repl1c@t0r}}';\n", "en"),
    ("sql", "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '{{PASSWORD:My5ql#R00t}}';", "en"),
    ("shell_history", "echo \"{{PASSWORD:Harb0r#Robot}}\" | docker login harbor.corp.local -u robot$ci --password-stdin\n"
     "echo 'deploy:{{PASSWORD:D3ploy!2026}}' | sudo chpasswd\n", "en"),
    ("shell_history", "mysqladmin -u root password '{{PASSWORD:N3wR00t#pw}}'\n", "en"),
    ("chat", "几台测试机的密码都是 {{PASSWORD:Test#2026qa}} ，别改", None),
    ("chat", "数据库默认密码为{{PASSWORD:Init@8899}}，上线前要改", None),
    ("markdown", "## 测试账号\n- 用户名：`qa_user`\n- 密码：`{{PASSWORD:Qa!user0901}}`\n", None),
    ("markdown", "The staging password is `{{PASSWORD:St4ging#Pw}}` until Friday.", "en"),
    ("sql", "-- hard negative: the password comes from a variable\nSET PASSWORD FOR 'app'@'%' = @new_password;\n", "en"),
    ("shell_history", "echo $REGISTRY_TOKEN | docker login ghcr.io -u ci --password-stdin\n", "en"),
    ("app_log", "[debug] accepted unsigned token {{JWT:eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMDAyMyIsInJvbGUiOiJhZG1pbiJ9.}} "
     "from {{IP_ADDRESS:10.20.3.4}} (alg=none should be rejected!)", "en"),
]
