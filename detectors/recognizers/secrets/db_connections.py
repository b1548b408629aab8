"""Database connection strings: URIs with user:password@, JDBC and ADO.NET strings with a password, libpq keyword
strings, Go's MySQL driver form (`user:pw@tcp(host)/db`), and credential-less JDBC URLs, URIs and ADO.NET strings
that name a real server.

Its own module: the whole string is the finding (an internal host and database name matter as much as the
credentials), so it is matched and labelled whole, not cut down to its password.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.secrets.anchors import (
    _TOKEN_CHAR, _line_end, anchored, lines_with, scheme_starts, word_positions,
)
from detectors.recognizers.secrets.value_shapes import is_placeholder


_DSN_SCHEMES = (r"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|"
                r"clickhouse|cockroachdb|db2|snowflake|neo4j|cassandra|elasticsearch|couchdb|influxdb|nats|kafka|"
                r"memcached|sqlalchemy|tidb|oceanbase|dm|kingbase|gaussdb|opengauss|hive|presto|trino|redshift|"
                r"couchbase|hana|vertica|teradata|doris|starrocks|greenplum|polardb|taos)(?:\+[a-z0-9]+)?")


_LOCAL_HOSTS = re.compile(r"(?i)^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host|hostname|example\.\w+)$")
_HOST_OF = re.compile(r"(?://|@)(?:[^\s/@]*@)?(?P<h>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.\-]+)")


_GO_DSN_TAIL = re.compile(r"[^\s()\"'`<>]{1,256}\)/[A-Za-z0-9_\-$]*(?:\?[^\s\"'`<>]*)?")
_GO_DSN_USER = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_GO_DSN_BEFORE = frozenset(" \t\r\n\"'`=<>(,;")


def concrete_host(dsn: str) -> bool:
    """Whether a connection string without credentials names a real server: an IP address or a dotted host
    name, not localhost, a template ({host}, ${DB_HOST}, <host>) or a bare word (db, host)."""
    m = _HOST_OF.search(dsn)
    if m is None:
        return False
    host = m.group("h")
    end = m.end("h")
    if end < len(dsn) and dsn[end] in "{$<%":
        return False
    return "." in host.strip("[]") and not _LOCAL_HOSTS.match(host) or host.startswith("[") and host != "[::1]"


_ADO_SERVER = re.compile(r"(?i)^(?:Server|Data Source|Host)=(?:tcp:)?(?P<h>[^;,\\]+)")


def ado_host(value: str) -> bool:
    """An ADO.NET string without a password names a real server: an IP or dotted host (not localhost, `.`,
    `(localdb)`, a template)."""
    m = _ADO_SERVER.match(value)
    if m is None:
        return False
    host = m.group("h").strip()
    return "." in host and not _LOCAL_HOSTS.match(host) and not any(c in host for c in "{$<%(")


_LIBPQ_KEYS = ("host|hostaddr|port|dbname|user|password|passfile|sslmode|sslrootcert|sslcert|sslkey|connect_timeout|"
               "application_name|options|target_session_attrs|service|client_encoding|gssencmode")
_LIBPQ = re.compile(r"(?:(?:" + _LIBPQ_KEYS + r")=(?:'[^'\n]*'|[^\s'\"`]+)(?:[ \t]+|(?=[\"'`\n]|$))){3,}")
"""Three or more libpq connection keywords with values, blank-separated (values may be single-quoted)."""


_ADO_WORDS = ("server=", "data source=", "host=", "driver=", "dsn=", "provider=")
_ADO_HOST_WORDS = ("server=", "data source=", "host=")
"""The keywords (lower-cased, with their '=') that the ADO.NET patterns start with."""
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""İ ı ſ and the Kelvin sign: the only characters beyond ASCII that a case-insensitive ASCII letter matches."""


def _keyword_led(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a case-insensitive pattern whose matches start with one of `words`: tried only where
    `str.find` sees one in the lower-cased text (the case-insensitive alternation, scanned, cost 2 ms a pass over
    64 KB of forms). Scanned as before when the lower-cased text is not at hand (`View.lower`) or holds a
    character that matches an ASCII letter only case-insensitively."""
    if low is text or _FOLDS_TO_ASCII.search(text) is not None:
        return rx.finditer(text)
    return iter(anchored(rx, text, word_positions(low, words)))


class DbConnectionRecognizer(ViewRecognizer):
    """Database connection strings: URIs with user:password@ (the user may be empty, the password may hold '@'),
    JDBC and ADO.NET strings with a password, and JDBC URLs or database URIs without credentials when they name
    a real server (an IP or a dotted host, not localhost or a template): a connection string is labelled
    whole either way, and an internal address and database name are worth as much as the user name."""

    def __init__(self) -> None:
        super().__init__("DB_CONNECTION_STRING", patterns(
            ("uri", r"(?<![A-Za-z0-9+])" + _DSN_SCHEMES + r"://[^\s:/@\"'<>]{0,64}:[!#-&(-;=?-~\u00c0-\u024f\u4e00-\u9fff]{1,128}@"
             r"[!#-&(-;=?-_a-~]{1,512}", 1.0),
            ("jdbc", r"jdbc:[a-z0-9]+:[^\s\"'<>`]*?(?:password|pwd)=[^\s\"'<>`&;]+[^\s\"'<>`]*", 1.0),
            ("jdbc_oracle", r"jdbc:oracle:(?:thin|oci):[A-Za-z0-9_$#]{1,30}/[^\s@/\"'<>`]{1,128}@"
             r"[!#-&(-;=?-_a-~]+", 1.0),
            ("adonet", r"(?i:(?:Server|Data Source|Host|Driver|DSN|Provider)=[^;\n\"]{1,128};(?:[^;\n\"]{1,128};){0,8}?"
             r"(?:Password|Pwd)=[^;\n\"]{1,128}(?:;[^;\n\"]{1,128}){0,8};?)", 1.0),
            ("adonet_host", r"(?i:(?:Server|Data Source|Host)=[^;\n\"]{1,128};(?:[^;\n\"]{1,128};){0,8}?"
             r"(?:Database|Initial Catalog)=[^;\n\"]{1,128}(?:;[^;\n\"]{1,128}){0,8};?)", 1.0),
            ("jdbc_host", r"jdbc:[a-z0-9]+:(?:[a-z0-9]+:)?(?:@|//)[!#-&(-;=?-_a-~]+", 1.0),
            ("uri_host", r"(?<![A-Za-z0-9+])" + _DSN_SCHEMES + r"://(?:[^\s:/@\"'<>]{1,64}@)?[A-Za-z0-9_.\-\[\]:]+"
             r"(?:/[!#-&(-;=?-_a-~]*)?", 1.0),
        ), trigger=r"://|jdbc:|(?i:password|pwd)=")
        self._host = [c for c in self._compiled if c[2].endswith("_host")]
        self._compiled = [c for c in self._compiled if not c[2].endswith("_host")]

    def match_view(self, view: View) -> list[Hit]:
        """The credential forms (URIs tried only where a scheme:// starts, JDBC and ADO.NET scanned), then the
        credential-less ones with a concrete host, their sentence punctuation cut off the end."""
        text = view.text
        hits: list[Hit] = []
        low = view.lower()
        ado = "database=" in low or "initial catalog=" in low  # an ADO.NET string without a password
        if "@tcp(" in text or "@unix(" in text:
            hits.extend(self._go_dsn(view))
        if not self._triggered(text, low):
            if ado:
                hits.extend(h for rx, score, pname in self._host if pname == "adonet_host"
                            for h in self._host_hits(view, rx, score, pname, []))
            return hits
        starts = scheme_starts(text)
        for rx, score, pname in self._compiled:
            found: Iterable[re.Match[str]]
            if pname == "uri":
                found = anchored(rx, text, starts)
            elif pname == "adonet":
                found = _keyword_led(rx, text, low, _ADO_WORDS)
            else:
                found = rx.finditer(text)
            for m in found:
                hit = self._accept(view, m.start(), m.end(), score)
                if hit is not None:
                    hits.append(hit)
        for rx, score, pname in self._host:
            if pname != "adonet_host" or ado:
                hits.extend(self._host_hits(view, rx, score, pname, starts))
        if "password=" in text and ("dbname=" in text or "user=" in text):
            hits.extend(self._libpq(view))
        return hits

    def _libpq(self, view: View) -> list[Hit]:
        """libpq keyword/value strings (`host=10.0.0.5 port=5432 dbname=app user=app password=...`, psycopg's
        `dsn=`, pgx, `PQconnectdb`): three or more known keywords, a host and a password among them."""
        text = view.text
        hits: list[Hit] = []
        for line in lines_with(text, ("password=",)):  # a keyword alternation scanned over the text is slow
            for m in _LIBPQ.finditer(text, line, _line_end(text, line)):
                hit = self._libpq_hit(view, m)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _libpq_hit(self, view: View, m: re.Match[str]) -> Hit | None:
        """The finding for one run of libpq keywords: a host and a real password among them."""
        text = view.text
        if m.start() > 0 and text[m.start() - 1] in _TOKEN_CHAR:
            return None
        pairs = dict(p.split("=", 1) for p in m.group().split())
        if any(v.endswith(",") for v in pairs.values()):
            return None  # connect(host=host, user=user, password=password): keyword arguments, not a libpq string
        password = pairs.get("password", "").strip("'")
        if not ({"host", "hostaddr"} & pairs.keys()) or not password or is_placeholder(password):
            return None
        os_, oe = view.to_original(m.start(), m.start() + len(m.group().rstrip()))
        return Hit("DB_CONNECTION_STRING", os_, oe, 1.0, f"{self.name}:libpq")

    def _go_dsn(self, view: View) -> list[Hit]:
        """Go's MySQL driver form, ``user:password@tcp(host:port)/db?params``: no scheme, so it is found from its
        ``@tcp(`` / ``@unix(`` and read back to the start of the token (the password may hold ':' or '@')."""
        text = view.text
        hits: list[Hit] = []
        for proto in ("@tcp(", "@unix("):
            at = text.find(proto)
            while at > 0:
                tail = _GO_DSN_TAIL.match(text, at + len(proto))
                s = at
                while s > 0 and at - s < 200 and text[s - 1] not in _GO_DSN_BEFORE:
                    s -= 1
                user, colon, password = text[s:at].partition(":")
                if tail is not None and colon and _GO_DSN_USER.fullmatch(user) and password \
                        and not is_placeholder(password):
                    os_, oe = view.to_original(s, tail.end())
                    hits.append(Hit("DB_CONNECTION_STRING", os_, oe, 1.0, f"{self.name}:go_mysql"))
                at = text.find(proto, at + len(proto))
        return hits

    def _triggered(self, text: str, low: str) -> bool:
        """Whether the trigger (``://``, ``jdbc:`` or a case-insensitive ``password=`` / ``pwd=``) occurs: substring
        tests, several times faster than the pattern's case-insensitive scan. The pattern decides when the
        lower-cased text is not at hand (`View.lower`) or holds ſ, which a case-insensitive s matches."""
        if "://" in text or "jdbc:" in text:
            return True
        if low is not text and "ſ" not in text:
            return "password=" in low or "pwd=" in low
        return self._trigger is None or self._trigger.search(text) is not None

    def _host_hits(self, view: View, rx: re.Pattern[str], score: float, pname: str,
                   starts: list[int]) -> list[Hit]:
        """Credential-less connection strings that name a real server (`concrete_host`, `ado_host`)."""
        text = view.text
        hits: list[Hit] = []
        found: Iterable[re.Match[str]]
        if pname == "uri_host":
            found = anchored(rx, text, starts)
        elif pname == "adonet_host":
            found = _keyword_led(rx, text, view.lower(), _ADO_HOST_WORDS)
        else:
            found = rx.finditer(text)
        for m in found:
            s, e = m.span()
            while e > s and text[e - 1] in ".,;:)]}":
                e -= 1
            value = text[s:e]
            host_ok = ado_host(value) if pname == "adonet_host" else concrete_host(value)
            if not host_ok or self.invalidate_result(value):
                continue
            os_, oe = view.to_original(s, e)
            hits.append(Hit("DB_CONNECTION_STRING", os_, oe, score, f"{self.name}:{pname}"))
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        m = re.search(r"://[^\s:/@]*:([^\s@]*)@", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        m = re.search(r"(?i)(?:password|pwd)=([^;&\s]*)", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        return None
