"""A unified diff's line markers are not part of the values on its lines.

Engineers paste diffs into prompts; an added line `+13912340027` was read as an international number and
missed, while the removed line's number was found. Only texts holding a hunk header are read this way.
"""

from __future__ import annotations

from detectors import scan

DIFF = (
    "diff --git a/crm/contacts.csv b/crm/contacts.csv\n"
    "--- a/crm/contacts.csv\n"
    "+++ b/crm/contacts.csv\n"
    "@@ -3,2 +3,3 @@ phone,name,id\n"
    " 15827364019,周敏,17\n"
    "-13790452816,郑凯,18\n"
    "+13790452817,郑凯,18\n"
    "++8615012348765,钱晓红,19\n"
    "@@ -40 +41 @@\n"
    "+db_password: Wq3!zn8Lk\n"
)


def test_values_on_added_and_removed_lines_are_found() -> None:
    got = [(f.type, DIFF[f.start:f.end]) for f in scan(DIFF) if f.type in ("CN_PHONE", "PASSWORD")]
    assert got == [("CN_PHONE", "15827364019"), ("CN_PHONE", "13790452816"), ("CN_PHONE", "13790452817"),
                   ("CN_PHONE", "+8615012348765"), ("PASSWORD", "Wq3!zn8Lk")]


def test_a_plus_before_a_number_outside_a_diff_is_still_international() -> None:
    assert [f.type for f in scan("US office: +13790452817, ext 12")] != ["CN_PHONE"]
