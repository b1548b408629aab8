"""`local@domain` strings in documents without an address: logins to hosts (scp / rsync targets, shell prompts),
Kerberos principals, mail servers' message ids, masked and sample addresses. Each is next to a real address in
the same form of text, which is still found whole."""

from __future__ import annotations

import pytest

import detectors


def _emails(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == "EMAIL"]


@pytest.mark.parametrize("text", [
    "scp release-2.4.tar.gz deploy@files-02.corp-example.cn:/srv/releases/",
    "rsync -az --delete ./public/ web@static-1.example.org:/var/www/site",
    "rsync -e 'ssh -p 2222' backup@nas.home-example.net:~/photos ./photos",
    "root@db-replica-3.example.com:~# systemctl status mysqld",
    "[ops@bastion-02.example.cn ~]$ sudo journalctl -u nginx",
    "[deploy@ci-runner.example.org builds]# ls",
    "kinit -kt /etc/krb5.keytab HTTP/portal.corp.example.com@CORP.EXAMPLE.COM",
    "principal: hdfs/nn-01.hadoop.example.cn@HADOOP.EXAMPLE.CN",
    "Message-ID: <20261130.173522.8F3A61C2@mx2.corp-example.cn>",
    "In-Reply-To: <CAF1x9Qm7-7zz@mail.example.net>\nReferences: <a81c@mx.example.net> <b72d@mx.example.net>",
    "已向 w*****g@corp-example.cn 发送验证邮件",
    "绑定邮箱：l***a@163.com",
    "格式示例：name@domain.com 或 your.name@company.com",
    "Email field placeholder: user@domain.tld",
])
def test_address_lookalikes_are_no_email(text: str) -> None:
    assert _emails(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("有问题发邮件给 deploy.team@corp-example.cn，抄送 ops-list@corp-example.cn", "deploy.team@corp-example.cn"),
    ("mail the logs to wang.lei@files-02.corp-example.cn: thanks", "wang.lei@files-02.corp-example.cn"),
    ("请发到 [liu.yang@corp-example.cn] 邮箱", "liu.yang@corp-example.cn"),
    ("From: Zhou Min <zhou.min@mail.corp-example.cn>", "zhou.min@mail.corp-example.cn"),
    ("联系人邮箱 chen.hao@company.com", "chen.hao@company.com"),
    ("path /home/sun.li@corp-example.cn/inbox", "sun.li@corp-example.cn"),
])
def test_addresses_in_the_same_forms_are_still_found(text: str, value: str) -> None:
    assert value in _emails(text)
