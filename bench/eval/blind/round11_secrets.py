"""Round 11 blind corpus: credentials and addresses in the forms the hold-out still misses, and their look-alikes.

Why: on the hold-out PASSWORD recall is 0.926 and ADDRESS recall 0.912 (issue 3 asks 0.97). The misses named by
round 10 are passwords with dots, rclone's obscured `pass =` lines, `INSERT … VALUES` into a password column,
values broken over two lines; for ADDRESS, mainland addresses written in English order, unit codes after a
building (`T2-B-1203`) and a leading 中国. This round was written from the labeling conventions only
(/work/shared/eval/README.md) before the detectors were run on it:

- PASSWORD is the value only, in any configuration syntax (INI, TOML, .env, properties, XML, HCL, docker-compose,
  Kubernetes Secret `stringData`, Ansible vars, Jenkins / GitLab CI), attached to a command line (sshpass,
  redis-cli -a, mongosh, PGPASSWORD, curl -u, smbclient -U user%pw, openssl pass:, rclone, lftp -u user,pw), in
  SQL (IDENTIFIED BY, ALTER ROLE … PASSWORD, INSERT … VALUES), after 账号 / 密码 / 口令 / 初始密码 / 临时密码 in
  chat; values with dots, quotes, spaces and non-ASCII letters. Nested inside a DSN.
- ADDRESS runs from the highest administrative unit written (中国 included when written first) to the finest
  unit (号 / 号楼 / 单元 / 室 / 层 / 座 / 组 / a unit code after the building); the postcode is left out.
  English-written mainland addresses run from the finest unit to the highest division written; the country and
  the postcode are left out. Taiwanese and Hong Kong addresses are included.
- No gold: placeholders (`${DB_PASSWORD}`, `****`, `<password>`, `changeme` in docs examples, `{{ vault }}`),
  hashes, masked values, public keys, policies, places alone (a city, district, road, estate or landmark), dates
  written with 号, rooms and buildings without a place.

Values are synthetic: seeded random, hand-made pools not used by earlier rounds, Faker zh_CN / en_US for people
and user names; places are real divisions, roads, estates and buildings are invented. About a third of the
documents have no gold.

    python -m bench.eval.blind.build --round11s     # writes bench/eval/corpus/blind-round11s.jsonl
"""
from __future__ import annotations

import base64
import random
from collections.abc import Callable

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import ADDRESS as A, API_KEY as K, DSN as D, EMAIL as E, IP as I  # noqa: N811, E741
from bench.eval.blind.markup import PASSWORD as P, PERSON as N, PHONE as M  # noqa: N811

SEED = 110311
R = random.Random(SEED)
FK = Faker("en_US")
FK.seed_instance(SEED)
ZH = Faker("zh_CN")
ZH.seed_instance(SEED + 1)

Doc = tuple[str, str, str | None]

WORDS = ["lantern", "harbor", "copper", "meadow", "falcon", "quartz", "ember", "willow", "cobalt", "saffron",
         "granite", "orchid", "beacon", "thistle", "juniper", "topaz"]
PINYIN = ["chunfeng", "yuelai", "jiangnan", "qingshan", "baiyun", "dongfang", "hanmei", "lanting", "xiaoxue",
          "yingchun", "huanghe", "tianyuan"]
ZH_WORDS = ["春眠", "山高", "明月", "清风", "长河", "星光", "云海", "归雁"]
DOMAINS = ["hq.example.cn", "svc.example.net", "lab.example.org", "zj-example.com.cn", "idc3.example.cn"]


_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd = _DRAWS.private_ip, _DRAWS.chars


def user() -> str:
    return pick([FK.user_name(), FK.user_name().replace(".", "_"),
                 pick(["app_rw", "etl_job", "report_ro", "ops-bot", "finance01", "hr_sync", "jenkins", "replica"])])


def host() -> str:
    return f"{FK.domain_word()}-{pick(['pg', 'redis', 'mongo', 'sftp', 'smb', 'vault', 'build'])}{R.randrange(1, 9)}.{pick(DOMAINS)}"


def password(kind: str | None = None, shell: bool = False) -> str:
    """A synthetic password; `shell` keeps it free of characters a shell or parser would eat unquoted."""
    kind = kind or pick(["dotted", "random", "random", "word_digits", "pinyin", "dotted", "leet", "symbol_mix"])
    if kind == "dotted":
        v = pick([f"{pick(WORDS).capitalize()}.{pick(WORDS)}.{R.randrange(10, 99)}",
                  f"{pick(PINYIN)}.{R.randrange(2024, 2029)}",
                  f"{pick(WORDS).upper()}.{R.randrange(100, 999)}.{pick(['x', 'q', 'z'])}",
                  f"v{R.randrange(1, 9)}.{pick(PINYIN).capitalize()}.{R.randrange(10, 99)}!"])
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(10, 16))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars))] = pick(list("#%&*+-_!"))
        v = "".join(chars)
    elif kind == "word_digits":
        v = f"{pick(WORDS).capitalize()}{R.randrange(1000, 9999)}{pick(['!', '#', '$', ''])}"
    elif kind == "pinyin":
        v = f"{pick(PINYIN)}@{R.randrange(100, 999)}"
    elif kind == "leet":
        w = pick(WORDS)
        v = w.replace("o", "0").replace("i", "1").replace("e", "3").capitalize() + pick(["!", "#", "_"]) + str(R.randrange(1, 99))
    elif kind == "symbol_mix":
        v = f"{pick(['Qz', 'Wm', 'Hn', 'Tr', 'Kd'])}{R.randrange(10, 99)}{pick(['&', '^', '~', '%'])}{pick(WORDS)[:4]}{pick(['#', '!', '='])}"
    elif kind == "space":
        v = f"{pick(WORDS)} {pick(WORDS)} {pick(WORDS)} {R.randrange(1, 99)}"
    elif kind == "quote":
        v = f"{pick(WORDS).capitalize()}'{pick(['s', 't', 'n'])}{R.randrange(10, 999)}{pick(['!', '#'])}"
    elif kind == "unicode":
        v = pick([f"{pick(ZH_WORDS)}{R.randrange(1000, 9999)}!", f"Zürich#{R.randrange(100, 999)}",
                  f"{pick(ZH_WORDS)}{pick(ZH_WORDS)}@{R.randrange(10, 99)}", f"Crème{R.randrange(10, 99)}.brûlée"])
    else:
        raise ValueError(kind)
    if shell:
        v = "".join(c if c not in "&*~^!$#%=@'\" " else "_" for c in v)
    return v


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"


def mobile() -> str:
    return pick(["135", "137", "150", "152", "158", "176", "181", "187", "189", "199"]) + rnd("0123456789", 8)


def zh_name() -> str:
    return ZH.name()


def secret40() -> str:
    return rnd(ALNUM, 40)


# --- password families -----------------------------------------------------------------------------------------
def config_file() -> Doc:
    """Configuration syntaxes: INI, TOML, .env, properties, XML, HCL, compose, k8s Secret, Ansible, CI."""
    pw, u, h = password(), user(), ip()
    s = password(shell=True)
    form = turn("config", ["ini", "toml", "env", "properties", "xml", "hcl", "compose", "k8s", "ansible", "gitlab",
                           "jenkins", "ini_dotted", "xml_attr", "hcl_provider"])
    if form == "ini":
        doc = f"; /etc/odbc-bridge/conf.ini\n[upstream]\nhost = {I(h)}\nuser = {u}\npassword = {P(pw)}\ntimeout = 15"
    elif form == "ini_dotted":
        doc = f"[mail]\nserver = smtp.{pick(DOMAINS)}\nlogin = {u}\npasswd = {P(password('dotted'))}\nstarttls = yes"
    elif form == "toml":
        doc = f"[db.primary]\naddr = \"{I(h)}:5432\"\nuser = \"{u}\"\npassword = \"{P(pw)}\"\nmax_conns = 40"
    elif form == "env":
        doc = f"# .env.production\nAPP_ENV=production\nDB_HOST={I(h)}\nDB_USER={u}\nDB_PASSWORD={P(s)}\nCACHE_TTL=600"
    elif form == "properties":
        doc = (f"spring.datasource.url={D('jdbc:postgresql://' + I(h) + ':5432/ledger')}\n"
               f"spring.datasource.username={u}\nspring.datasource.password={P(pw)}")
    elif form == "xml":
        doc = (f"<dataSource>\n  <url>{D('jdbc:mysql://' + I(h) + ':3306/oms')}</url>\n  <user>{u}</user>\n"
               f"  <password>{P(pw)}</password>\n</dataSource>")
    elif form == "xml_attr":
        doc = f"<ftpServer host=\"{host()}\" port=\"21\" userName=\"{u}\" password=\"{P(pw)}\" passive=\"true\"/>"
    elif form == "hcl":
        doc = (f"resource \"alicloud_db_account\" \"app\" {{\n  db_instance_id   = \"rm-{rnd('abcdefghijklmnopqrstuvwxyz0123456789', 12)}\"\n"
               f"  account_name     = \"{u.replace('.', '_').replace('-', '_')}\"\n  account_password = \"{P(pw)}\"\n}}")
    elif form == "hcl_provider":
        doc = (f"provider \"postgresql\" {{\n  host     = \"{host()}\"\n  username = \"{u}\"\n"
               f"  password = \"{P(pw)}\"\n  sslmode  = \"require\"\n}}")
    elif form == "compose":
        doc = (f"services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: {P(s)}\n"
               f"      MARIADB_DATABASE: shop\n    ports:\n      - \"3306:3306\"")
    elif form == "k8s":
        doc = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-app\ntype: Opaque\nstringData:\n"
               f"  username: {u}\n  password: \"{P(pw)}\"")
    elif form == "ansible":
        doc = f"# host_vars/db01.yml\nmysql_root_password: \"{P(pw)}\"\nmysql_bind_address: {I(h)}\nmysql_port: 3306"
    elif form == "gitlab":
        doc = (f"deploy:\n  stage: deploy\n  variables:\n    SFTP_USER: {u}\n    SFTP_PASS: \"{P(pw)}\"\n"
               f"  script:\n    - ./deploy.sh")
    else:
        doc = (f"pipeline {{\n  environment {{\n    NEXUS_USER = '{u}'\n    NEXUS_PASS = '{P(pw)}'\n  }}\n"
               f"  stages {{ stage('push') {{ steps {{ sh './mvnw deploy' }} }} }}\n}}")
    intro = pick(["", "帮看下这个配置哪里不对：\n", "Config from the ticket:\n", "上线前的配置 diff：\n", "FYI\n"])
    return "config", intro + doc, None


def cli_forms() -> Doc:
    """Command lines: sshpass, redis-cli -a, mongosh, PGPASSWORD, curl -u, smbclient, openssl, rclone, lftp."""
    s, u, h = password(shell=True), user(), ip()
    q = password()
    cmd = turn("cli", [
        f"sshpass -p {P(s)} ssh -o StrictHostKeyChecking=no {u}@{I(h)} 'df -h'",
        f"redis-cli -h {I(h)} -p 6379 -a {P(s)} info replication",
        f"redis-cli -h {I(h)} -a '{P(q)}' --no-auth-warning keys 'sess:*'",
        f"mongosh \"{D('mongodb://' + I(h) + ':27017/admin')}\" -u {u} -p '{P(q)}' --eval 'db.stats()'",
        f"mongosh --host {I(h)} --username {u} --password {P(s)} --authenticationDatabase admin",
        f"PGPASSWORD={P(s)} psql -h {I(h)} -U {u} -d reports -f monthly.sql",
        f"export PGPASSWORD=\"{P(q)}\"\npg_dump -h {I(h)} -U {u} ledger > ledger.sql",
        f"curl -u {u}:{P(s)} https://{host()}/api/v2/status",
        f"curl --user '{u}:{P(q)}' -X POST https://{host()}/hooks/rebuild",
        f"smbclient //{I(h)}/finance -U {u}%{P(s)} -c 'ls'",
        f"openssl pkcs12 -export -in srv.crt -inkey srv.key -out srv.p12 -passout pass:{P(s)}",
        f"openssl rsa -in enc.key -out plain.key -passin pass:{P(s)}",
        f"lftp -u {u},{P(s)} sftp://{I(h)} -e 'mirror -R ./out /upload; bye'",
        f"rclone copy ./backup remote:bucket --sftp-host {I(h)} --sftp-user {u} --sftp-pass {P(rnd(ALNUM + '-_', 32))}",
        f"mysqladmin -u{u} -p{P(s)} -h{I(h)} status",
        f"docker login -u {u} -p {P(s)} registry.{pick(DOMAINS)}",
    ])
    prompt = pick(["$ ", "# ", "[ops@bastion ~]$ ", ""])
    intro = pick(["", "脚本里这么写的：\n", "定时任务：\n", "Runbook step 4:\n", "报错前执行的命令：\n"])
    return "cli", f"{intro}{prompt}{cmd}", None


def rclone_conf() -> Doc:
    """rclone.conf: the `pass` line holds an obscured (reversible) password."""
    ob = base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(R.choice([21, 24, 27])))).decode().rstrip("=")
    u, h = user(), ip()
    typ = turn("rclone", ["sftp", "ftp", "webdav", "smb"])
    doc = f"[{pick(['nas', 'offsite', 'archive', 'share'])}]\ntype = {typ}\nhost = {I(h)}\nuser = {u}\npass = {P(ob)}"
    if typ == "webdav":
        doc = f"[dav]\ntype = webdav\nurl = https://{host()}/remote.php/dav\nvendor = nextcloud\nuser = {u}\npass = {P(ob)}"
    intro = pick(["~/.config/rclone/rclone.conf\n", "rclone config show 的输出：\n", ""])
    return "rclone", intro + doc, None


def sql_forms() -> Doc:
    """SQL that sets a password: CREATE USER … IDENTIFIED BY, ALTER ROLE … PASSWORD, INSERT … VALUES."""
    pw, u = password(), user().replace(".", "_").replace("-", "_")
    form = turn("sql", [
        f"CREATE USER '{u}'@'%' IDENTIFIED BY '{P(pw)}';\nGRANT SELECT ON crm.* TO '{u}'@'%';",
        f"ALTER USER '{u}'@'localhost' IDENTIFIED BY '{P(pw)}';",
        f"ALTER ROLE {u} WITH LOGIN PASSWORD '{P(pw)}';",
        f"CREATE ROLE {u} LOGIN PASSWORD '{P(pw)}' VALID UNTIL '2027-06-30';",
        f"create user {u} identified by \"{P(pw)}\" default tablespace users;",
        f"INSERT INTO t_account (login_name, password, status) VALUES ('{u}', '{P(pw)}', 1);",
        f"insert into users(username, passwd, role) values ('{u}', '{P(pw)}', 'admin'), ('{user().replace('.', '_')}', '{P(password())}', 'viewer');",
        f"INSERT INTO `sys_user` (`id`, `user_name`, `pass_word`) VALUES (7, '{u}', '{P(pw)}');",
        f"UPDATE app_user SET password = '{P(pw)}' WHERE username = '{u}';",
        f"SET PASSWORD FOR '{u}'@'%' = '{P(pw)}';",
    ])
    intro = pick(["", "初始化脚本：\n", "-- migration V12\n", "DBA 给的语句：\n", "Please review:\n"])
    return "sql", intro + form, None


def chat_zh() -> Doc:
    """Chinese chat handing over credentials: 账号 / 密码 / 口令 / 初始密码 / 临时密码."""
    pw, u = password(), user()
    pw2 = password()
    sys_ = pick(["OA", "ERP", "报销系统", "测试环境", "VPN", "堡垒机", "邮箱", "财务系统", "Wiki", "监控平台"])
    line = turn("chat", [
        f"{sys_}的账号是 {u}，密码 {P(pw)}",
        f"账号：{u}\n密码：{P(pw)}\n登录后记得改密",
        f"给你开好了，{sys_} 初始密码 {P(pw)}，首次登录会要求修改",
        f"临时密码：{P(pw)}（24小时内有效）",
        f"{sys_} 口令是{P(pw)}，别外传",
        f"账号 {u} 密码 {P(pw)} 已经重置了",
        f"新员工{sys_}账号统一为工号，初始密码 {P(pw)}",
        f"测试库：账号 {u}/密码 {P(pw)}；生产库找 DBA 要",
        f"密码改成 {P(pw)} 了，之前那个 {P(pw2)} 作废",
        f"{sys_}临时口令：{P(pw)}",
        f"账号{u} 密码是：{P(pw)} 你试一下",
        f"@运维 {sys_} 密码多少？\n——{P(pw)}，大小写注意",
    ])
    return "chat_zh", pick(["", "【交接】", "群消息：\n", "私聊记录：\n"]) + line, None


def special_values() -> Doc:
    """Values with dots, quotes, spaces and non-ASCII letters, and one broken over two lines."""
    u = user()
    form = turn("special", ["dot_yaml", "dot_chat", "quote_json", "quote_sql", "space_ini", "space_chat",
                            "unicode_chat", "unicode_env", "dot_cli", "break_mail", "dot_props", "unicode_toml"])
    if form == "dot_yaml":
        doc = f"redis:\n  host: {host()}\n  password: {P(password('dotted'))}\n  db: 2"
    elif form == "dot_chat":
        doc = f"Wi-Fi 访客网络 密码：{P(password('dotted'))}"
    elif form == "quote_json":
        doc = f"{{\"user\": \"{u}\", \"password\": \"{P(password('quote'))}\", \"port\": 5672}}"
    elif form == "quote_sql":
        v = password("quote")
        doc = f"CREATE USER {u.replace('.', '_').replace('-', '_')} IDENTIFIED BY \"{P(v)}\";"
    elif form == "space_ini":
        doc = f"[vault]\nmaster_password = \"{P(password('space'))}\"\nauto_lock = 300"
    elif form == "space_chat":
        doc = f"the passphrase for the shared 1Password vault is \"{P(password('space'))}\" (quotes not included)"
    elif form == "unicode_chat":
        doc = f"家里路由器密码：{P(password('unicode'))}"
    elif form == "unicode_env":
        doc = f"SMTP_USER={u}\nSMTP_PASSWORD={P(password('unicode'))}"
    elif form == "dot_cli":
        doc = f"mysql -h {I(ip())} -u {u} -p{P(password('dotted'))} -e 'select 1'"
    elif form == "break_mail":
        v = password("random")
        doc = (f"Hi,\n\nyour VPN account is ready. User name: {u}, password: {P(v[:6] + chr(10) + v[6:], 'linebreak')}"
               "\n(the line break is from the mail client)\n\nIT Service Desk")
    elif form == "dot_props":
        doc = f"mail.smtp.user={u}\nmail.smtp.password={P(password('dotted'))}\nmail.smtp.auth=true"
    else:
        doc = f"[auth]\nuser = \"{u}\"\npassword = \"{P(password('unicode'))}\""
    return "special", doc, None


def neighbours() -> Doc:
    """Neighbouring credential types in the same files: DSNs with passwords, generic secrets, cloud keys."""
    pw, u, h = password(shell=True), user(), ip()
    form = turn("neigh", [
        f"DATABASE_URL={D('postgres://' + u + ':' + P(pw) + '@' + I(h) + ':5432/billing')}\nJWT_SECRET={K(rnd(ALNUM, 48))}",
        f"spring:\n  rabbitmq:\n    addresses: {D('amqp://' + u + ':' + P(pw) + '@' + host() + ':5672/prod')}\n",
        f"MONGO_URI={D('mongodb://' + u + ':' + P(pw) + '@' + I(h) + ':27017/events?authSource=admin')}",
        f"client_id = \"{rnd('0123456789abcdef', 24)}\"\nclient_secret = \"{K(rnd(ALNUM, 40))}\"",
        f"aws_access_key_id = {K('AKIA' + rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}\naws_secret_access_key = {K(secret40())}",
        f"conn = \"{D('Server=' + I(h) + ',1433;Database=hr;User Id=' + u + ';Password=' + P(pw) + ';')}\"",
        f"REDIS_URL={D('redis://:' + P(pw) + '@' + I(h) + ':6379/0')}",
        f"webhook_secret: {K(rnd(ALNUM, 32))}\nsmtp_password: {P(password())}",
    ])
    return "neighbours", pick(["", ".env 片段：\n", "Leaked in a screenshot:\n"]) + form, None


# --- address families ------------------------------------------------------------------------------------------
PLACES = [("", "北京市", ["东城区", "石景山区", "顺义区"]), ("", "天津市", ["河西区", "南开区", "滨海新区"]),
          ("浙江省", "宁波市", ["鄞州区", "江北区", "北仑区"]), ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区"]),
          ("广东省", "佛山市", ["禅城区", "顺德区", "南海区"]), ("湖北省", "武汉市", ["江汉区", "洪山区", "汉阳区"]),
          ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]), ("四川省", "成都市", ["锦江区", "武侯区", "成华区"]),
          ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]), ("河北省", "石家庄市", ["长安区", "裕华区"]),
          ("湖南省", "长沙市", ["岳麓区", "开福区", "雨花区"]), ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"])]
ROADS = ["栖霞路", "紫荆大道", "枫桥东路", "揽月街", "青石巷", "融创大道", "白鹭南路", "景明路", "澄江北路", "柳岸街",
         "鹤鸣路", "新桥西街", "观澜大道", "锦程路"]
ESTATES = ["紫薇花园", "半岛蓝湾", "翡翠城", "君悦华府", "阳光丽景", "香樟苑", "滨湖名苑", "御景东方"]
TOWERS = ["环球金融港", "新纪元大厦", "中天广场", "远景国际", "万融中心", "云启大厦"]
EN_ROADS = [("Qixia Road", "栖霞路"), ("Zijing Avenue", "紫荆大道"), ("Fengqiao East Road", ""), ("Lanyue Street", ""),
            ("Jingming Road", ""), ("Guanlan Avenue", ""), ("Baolu South Road", "")]
EN_PLACES = [("Dongcheng District", "Beijing", ""), ("Yinzhou District", "Ningbo", "Zhejiang"),
             ("Wuzhong District", "Suzhou", "Jiangsu Province"), ("Hongshan District", "Wuhan", "Hubei"),
             ("Laoshan District", "Qingdao", "Shandong"), ("Wuhou District", "Chengdu", "Sichuan Province"),
             ("Siming District", "Xiamen", "Fujian"), ("Hexi District", "Tianjin", "")]
COUNTIES = [("河北省", "邢台市", "威县", "贺营镇"), ("江西省", "赣州市", "于都县", "银坑镇"), ("甘肃省", "天水市", "甘谷县", "大像山镇"),
            ("广西壮族自治区", "玉林市", "博白县", "沙河镇"), ("黑龙江省", "绥化市", "望奎县", "通江镇")]
VILLAGES = ["后屯村", "柳湾村", "上官庄村", "新民村", "黄泥岗村", "双井村"]
TW = [("臺南市", "東區", ["長榮路", "東門路"]), ("新竹市", "東區", ["光復路", "食品路"]), ("臺北市", "中山區", ["南京東路", "林森北路"]),
      ("高雄市", "苓雅區", ["四維三路", "光華一路"])]
HK = [("香港", "九龍", "尖沙咀", ["廣東道", "加連威老道"]), ("香港", "新界", "荃灣", ["沙咀道", "楊屋道"]),
      ("香港", "香港島", "北角", ["英皇道", "渣華道"])]


def room() -> str:
    return f"{R.randrange(2, 28)}{R.randrange(1, 9):02d}"


def zh_tail() -> str:
    b, u = R.randrange(1, 24), R.randrange(1, 6)
    return turn("tail", [f"{b}号楼{u}单元{room()}室", f"{pick(ESTATES)}{b}栋{u}单元{room()}", f"{pick(TOWERS)}{R.randrange(3, 40)}层",
                         f"{pick(TOWERS)}{pick(list('ABCDE'))}座{room()}室", f"{b}幢{room()}室", f"{pick(ESTATES)}{b}-{u}-{room()}",
                         f"{pick(ESTATES)}{b}号楼{room()}"])


def zh_addr(level: int = 0) -> str:
    prov, city, dists = R.choice(PLACES)
    head = [prov + city, city, ""][level] + pick(dists)
    return f"{head}{pick(ROADS)}{R.randrange(1, 600)}号{zh_tail()}"


def unit_code_addr() -> Doc:
    """A building followed by a unit code (tower-block-room) or a room number after a space."""
    prov, city, dists = R.choice(PLACES)
    t = f"{pick(['T', 'S', 'A'])}{R.randrange(1, 6)}"
    code = turn("code", [f"{t}-{pick(list('ABCD'))}-{room()}", f"{t}-{room()}", f"{pick(list('ABCD'))}-{room()}",
                         f"{t}栋{room()}", f"{pick(list('ABC'))}座-{room()}", f"{t}-{R.randrange(3, 30)}F"])
    bld = pick(["SOHO", "Park", "中心", "广场", "天地", "MALL"])
    name = pick(["云谷", "星汇", "蓝港", "银泰", "中粮", "金地"]) + bld
    addr = f"{city}{pick(dists)}{pick(ROADS)}{R.randrange(1, 300)}号{name}{code}"
    if R.random() < 0.4:
        addr = f"{city}{pick(dists)}{pick(ROADS)}{R.randrange(1, 300)}号 {name} {code}"
    line = pick([f"办公地址：{A(addr)}", f"面试地点在 {A(addr)}，到了打前台电话", f"Please ship to: {A(addr)}",
                 f"新办公室 {A(addr)}，下周一搬"])
    return "unit_code", line, None


def english_order() -> Doc:
    """Mainland addresses written in English order, finest unit first; country and postcode left out."""
    dist, city, prov = R.choice(EN_PLACES)
    road = pick([r for r, _ in EN_ROADS])
    unit = turn("en_unit", [f"Room {room()}, Tower {pick(list('ABC'))}, ", f"Unit {room()}, Block {R.randrange(1, 9)}, ",
                            f"{R.randrange(3, 30)}F, {pick(['Xinjiyuan', 'Zhongtian', 'Wanrong'])} Plaza, ",
                            f"Flat {room()}, Building {R.randrange(1, 20)}, ", "", f"Suite {room()}, "])
    num = pick([f"No. {R.randrange(1, 500)} ", f"{R.randrange(1, 500)} ", f"No.{R.randrange(1, 500)}, "])
    tail = f"{dist}, {city}" + (f", {prov}" if prov else "")
    addr = f"{unit}{num}{road}, {tail}"
    pc = str(R.randrange(100000, 850000))
    form = pick([f"Address: {A(addr)}, China {pc}", f"Ship to:\n{A(addr)} {pc}\nP.R. China",
                 f"Our office moved to {A(addr)}, China.", f"注册地址（英文）：{A(addr)}, P.R.C.",
                 f"Billing address: {A(addr)} {pc}, China"])
    return "english_order", form, None


def leading_china() -> Doc:
    """An address that starts with 中国 (the country written first is part of it)."""
    addr = "中国" + zh_addr(0)
    form = pick([f"地址：{A(addr)}", f"收货地址 {A(addr)}（工作日送）", f"公司注册于{A(addr)}。",
                 f"Address (Chinese): {A(addr)}", f"【寄件】{A(addr)}"])
    return "leading_china", form, None


def delivery_note() -> Doc:
    """Delivery notes and shipping labels: name, phone, address, postcode around it."""
    name, ph = zh_name(), mobile()
    addr = zh_addr(R.randrange(2))
    pc = str(R.randrange(100000, 850000))
    form = turn("delivery", [
        f"收件人：{N(name)}\n电话：{M(ph)}\n地址：{A(addr)}\n邮编：{pc}",
        f"{N(name)} {M(ph)} {A(addr)}",
        f"送货单\n客户：{N(name)}  联系方式：{M(ph)}\n送货地址：{A(addr)}（{pc}）\n备注：放门卫",
        f"寄到 {A(addr)}，{N(name)}收，{M(ph)}",
        f"{pc} {A(addr)} {N(name)}（收）",
    ])
    return "delivery", form, None


def form_table() -> Doc:
    """Forms and tables with an address field."""
    a1, a2 = zh_addr(0), zh_addr(1)
    name = zh_name()
    form = turn("form", [
        f"| 项目 | 内容 |\n|---|---|\n| 姓名 | {N(name)} |\n| 现住址 | {A(a1)} |\n| 入职日期 | 2026-03-02 |",
        f"门店\t地址\t营业时间\n{pick(['一号店', '旗舰店'])}\t{A(a1)}\t10:00-22:00\n{pick(['二号店', '社区店'])}\t{A(a2)}\t09:00-21:00",
        f"{{\"store\": \"{pick(['华东仓', '华南仓'])}\", \"address\": \"{A(a1)}\", \"capacity\": {R.randrange(100, 900)}}}",
        f"通讯地址：{A(a1)}\n户籍地址：{A(a2)}",
        f"address,contact\n\"{A(a1)}\",{N(name)}",
    ])
    return "form", form, None


def rural() -> Doc:
    """Rural addresses down to 村 / 组 / 号."""
    prov, city, county, town = R.choice(COUNTIES)
    head = pick([prov + city + county, city + county, county])
    tail = turn("rural", [f"{pick(VILLAGES)}{R.randrange(1, 12)}组{R.randrange(1, 80)}号",
                          f"{pick(VILLAGES)}{pick(['一', '二', '三', '五', '七'])}组", f"{pick(VILLAGES)}{R.randrange(1, 200)}号",
                          f"{pick(VILLAGES)}村委会旁{R.randrange(1, 40)}号"])
    addr = f"{head}{town}{tail}"
    if "旁" in tail:   # a landmark-relative house number: label only up to the village
        addr = f"{head}{town}{tail.split('村委会')[0]}"
        line = f"老家在 {A(addr)}村委会旁边，门口有棵大槐树"
        return "rural", line, None
    line = pick([f"户籍地址：{A(addr)}", f"快递寄到 {A(addr)}，{N(zh_name())}收", f"家庭住址 {A(addr)}。",
                 f"申请人住所：{A(addr)}"])
    return "rural", line, None


def tw_hk() -> Doc:
    """Taiwanese and Hong Kong addresses."""
    if R.random() < 0.55:
        city, dist, roads = R.choice(TW)
        addr = f"{city}{dist}{pick(roads)}{pick(['', '一段', '二段', '三段'])}{R.randrange(1, 300)}號{R.randrange(2, 18)}樓"
        if R.random() < 0.5:
            addr += f"之{R.randrange(1, 6)}"
        pc = str(R.randrange(100, 999))
        line = pick([f"通訊地址：{pc}{A(addr)}", f"請寄到 {A(addr)}，謝謝", f"公司地址 {A(addr)}（近捷運站）"])
    else:
        region, area, sub, roads = R.choice(HK)
        b = pick(["寶豐大廈", "信和中心", "華匯商業大廈", "金利工業大廈"])
        addr = pick([f"{region}{area}{sub}{pick(roads)}{R.randrange(1, 200)}號{b}{R.randrange(2, 30)}樓{pick(list('ABCDEF'))}室",
                     f"{area}{sub}{pick(roads)}{R.randrange(1, 200)}號{b}{R.randrange(2, 30)}字樓{R.randrange(1, 20)}室"])
        line = pick([f"送貨地址：{A(addr)}", f"辦公室搬咗去 {A(addr)}", f"Address: {A(addr)}"])
    return "tw_hk", line, None


def zh_chat_addr() -> Doc:
    """Addresses in chat with 号楼 / 单元 / 室 variants."""
    addr = zh_addr(R.randrange(3))
    line = pick([f"我家地址是{A(addr)}，到了给我打电话", f"聚餐地点改到 {A(addr)}", f"麻烦把合同寄到{A(addr)}。",
                 f"新仓库地址：{A(addr)}，叉车从东门进"])
    return "chat_addr", line, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (config_file, 16), (cli_forms, 16), (rclone_conf, 4), (sql_forms, 10), (chat_zh, 12), (special_values, 12),
    (neighbours, 8), (unit_code_addr, 6), (english_order, 7), (leading_china, 5), (delivery_note, 5), (form_table, 5),
    (rural, 4), (tw_hk, 5), (zh_chat_addr, 4),
]


# --- negatives -------------------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    """Placeholders, hashes, masked values, public keys, policies, places alone: no gold, some decoys."""
    out = [
        ("neg_placeholder", "DB_HOST=db\nDB_USER=app\nDB_PASSWORD=[[placeholder_password:${DB_PASSWORD}]]"),
        ("neg_placeholder", "[client]\nuser = backup\npassword = [[masked_password:****]]"),
        ("neg_placeholder", "mysql -u root -p[[placeholder_password:<password>]] -h <host>"),
        ("neg_placeholder", "# docs example, replace before use\nadmin_password: [[placeholder_password:changeme]]"),
        ("neg_placeholder", "stringData:\n  password: [[placeholder_password:{{ .Values.postgres.password }}]]"),
        ("neg_placeholder", "curl -u [[placeholder_password:USERNAME:PASSWORD]] https://api.example.com/v1/items"),
        ("neg_placeholder", "redis-cli -a [[placeholder_password:$REDIS_PASS]] ping"),
        ("neg_placeholder", "CREATE USER app IDENTIFIED BY '[[placeholder_password:<strong-password>]]';"),
        ("neg_placeholder", "ALTER ROLE reporting WITH PASSWORD [[placeholder_password:'new_password']];"),
        ("neg_placeholder", "PGPASSWORD=[[placeholder_password:${PG_PASS}]] psql -h $PG_HOST -U $PG_USER"),
        ("neg_placeholder", "password = \"[[placeholder_password:${var.db_password}]]\""),
        ("neg_placeholder", "smbclient //fs/share -U 'DOMAIN\\user%[[placeholder_password:<pass>]]'"),
        ("neg_placeholder", "openssl req -x509 -newkey rsa:4096 -passout pass:[[placeholder_password:$KEY_PASS]] -keyout k.pem"),
        ("neg_placeholder", "sshpass -p \"[[placeholder_password:$SSH_PASS]]\" ssh deploy@target"),
        ("neg_placeholder", "lftp -u \"$FTP_USER\",\"[[placeholder_password:$FTP_PASS]]\" ftp://files"),
        ("neg_placeholder", "账号：工号\n密码：[[masked_password:********]]（已隐藏）"),
        ("neg_placeholder", "初始密码请查看入职邮件，不在群里发。"),
        ("neg_placeholder", "临时密码已通过短信发送至您尾号 [[masked_phone:5821]] 的手机。"),
        ("neg_placeholder", "口令：见密码本第 3 页"),
        ("neg_placeholder", "INSERT INTO users(username, password) VALUES ('demo', [[placeholder_password:'<hashed>']]);"),
        ("neg_placeholder", "environment:\n  - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password"),
        ("neg_placeholder", "[remote]\ntype = sftp\nhost = nas.local\nuser = backup\nkey_file = ~/.ssh/id_ed25519"),
        ("neg_placeholder", "Password: [[masked_password:••••••••]]  (click the eye icon to reveal)"),
        ("neg_placeholder", "jenkins credentials: withCredentials([usernamePassword(credentialsId: 'nexus', passwordVariable: 'PW', usernameVariable: 'U')])"),
        ("neg_hash", "INSERT INTO t_user (name, password) VALUES ('ops', '[[hash:$2b$12$" + rnd(ALNUM + "./", 53) + "]]');"),
        ("neg_hash", "CREATE ROLE bi LOGIN PASSWORD '[[hash:SCRAM-SHA-256$4096:" + rnd(ALNUM + "+/", 24) + "$" + rnd(ALNUM + "+/", 44) + "]]';"),
        ("neg_hash", "admin:[[hash:$6$" + rnd(ALNUM, 16) + "$" + rnd(ALNUM + "./", 86) + "]]:19700:0:99999:7:::"),
        ("neg_hash", "password_sha256: [[hash:" + rnd(HEXL, 64) + "]]"),
        ("neg_hash", "CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '[[hash:*" + rnd("0123456789ABCDEF", 40) + "]]';"),
        ("neg_pubkey", "authorized_keys:\n[[public_key:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(ALNUM + "+/", 43) + "]] deploy@ci"),
        ("neg_pubkey", "-----BEGIN PUBLIC KEY-----\n[[public_key:MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rnd(ALNUM + "+/", 52) + "==]]\n-----END PUBLIC KEY-----"),
        ("neg_policy", "口令策略：长度不少于 12 位，90 天强制修改，不得与前 5 次相同。"),
        ("neg_policy", "初始密码规则：统一为“姓名拼音首字母 + 手机后四位”，首次登录强制修改。"),
        ("neg_policy", "Temporary passwords expire after 24 hours and must be changed on first sign-in."),
        ("neg_policy", "password_min_length = 14\npassword_require_symbols = true\npassword_reuse_prevention = 24"),
        ("neg_prose", "请不要在 curl 命令行里直接写 -u 用户名:密码，改用 .netrc。"),
        ("neg_prose", "rclone config 里的 pass 字段是混淆过的，不是明文，但可以还原，所以也别外发。"),
        ("neg_prose", "临时密码发到你企业微信了，查收一下"),
        ("neg_place", "我们在[[place_name:北京市东城区]]和[[place_name:苏州市吴中区]]都有办公室。"),
        ("neg_place", "下周去[[place_name:宁波]]出差，住在[[place_name:鄞州区]]附近。"),
        ("neg_place", "会场在[[place_name:紫荆大道]]和[[place_name:景明路]]交叉口东北角。"),
        ("neg_place", "The team is based in [[place_name:Wuhou District, Chengdu]]."),
        ("neg_place", "[[place_name:中国]]区的用户请使用国内节点。"),
        ("neg_place", "[[place_name:中国浙江]]是这次活动的主会场所在地。"),
        ("neg_place", "住在[[place_name:翡翠城]]小区的同事可以拼车。"),
        ("neg_place", "新店开在[[place_name:环球金融港]]一楼，靠近地铁口。"),
        ("neg_place", "3号楼2单元的灯坏了，物业说明天来修。"),
        ("neg_place", "会议室改到 T2-B 栋 12 层东侧。"),
        ("neg_place", "发货时间：每月 15 号和 30 号。"),
        ("neg_place", "[[place_name:臺北市中山區]]的分店週一公休。"),
        ("neg_place", "Office hours at [[place_name:Tsim Sha Tsui]] branch: 9am-6pm."),
        ("neg_place", "Room 1203 is booked for the interview; Tower B lobby has the badge desk."),
        ("neg_place", "地址：[[masked_address:浙江省宁波市****]]（已脱敏）"),
        ("neg_place", "收货地址：[[placeholder_address:XX省XX市XX区XX路XX号]]"),
        ("neg_place", "[[place_name:上官庄村]]今年的麦子收成不错。"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()
