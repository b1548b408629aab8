"""HTML named character references (`&quot;`, `&nbsp;`, `&commat;` ...) are read by the view like numeric ones.

Pages and e-mail bodies escape JSON quotes and spaces this way; before, a password in `{&quot;password&quot;:…}`
or a phone spaced with `&nbsp;` reached the vendor. Values are reported as written (references included), so
redaction removes exactly what the user pasted.
"""

from __future__ import annotations

import pytest

from detectors import scan
from detectors.normalize import normalize

CASES = [
    ("{&quot;db_password&quot;:&quot;Tz4!wq8Rn&quot;,&quot;user&quot;:&quot;ops&quot;}",
     [("PASSWORD", "Tz4!wq8Rn")]),
    ("联系电话：139&nbsp;0571&nbsp;2468", [("CN_PHONE", "139&nbsp;0571&nbsp;2468")]),
    ("通知邮箱 liu.yang&commat;example.org", [("EMAIL", "liu.yang&commat;example.org")]),
    ("身份证号&colon;&nbsp;110105198808080015", [("CN_ID_CARD", "110105198808080015")]),
    ("手机 &lpar;+86&rpar; 137&hyphen;2468&hyphen;1357", [("CN_PHONE", "&lpar;+86&rpar; 137&hyphen;2468&hyphen;1357")]),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:30] for c in CASES])
def test_values_behind_named_references_are_found(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f.type, text[f.start:f.end]) for f in scan(text)]
    assert got == want


def test_the_view_decodes_named_references_and_maps_back() -> None:
    text = "a&quot;b&nbsp;c&amp;d"
    view = normalize(text)
    assert view.text == 'a"b c&d'
    assert view.to_original(1, 2) == (1, 7)  # the quote is the whole reference


@pytest.mark.parametrize("text", [
    "订单 2024&ndash;0117 &amp; 发票 &lt;已开&gt; &copy; Example Ltd&period;",
    "a=1&amp;b=2&lt;3&gt;",
    "R&D;Q&A; text with & alone; and &unknown;",
])
def test_named_references_alone_find_nothing(text: str) -> None:
    assert scan(text) == []
