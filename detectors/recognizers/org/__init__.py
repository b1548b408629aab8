"""Organisation names (ORG): companies, bank branches, hospitals, universities, public bodies, and English
company names (… Inc., Co., Ltd., LLC).

Why suffix-anchored: an organisation name almost always ends in its legal or institutional form (有限公司,
银行…支行, 医院, 大学). The regex finds the suffix; the name grows left over the characters before it up to a stop
word or a label (公司名称：, 开户行：), and a generic reference (本公司, 贵司, 该银行, 一家科技公司) is dropped because
nothing specific is left of the name.

One module per family of forms, lowest layer first (each imports only modules above it in this list):

- `suffixes`, `words`, `places`: the suffix tables, the words the walk reads, place look-ups.
- `walk`: the walk back from a suffix to the start of the name (`_left`).
- `chains`: committees and societies named by a chain of places or a field, which start before the walk stops.
- `stems`: what a name's stem must hold to count (specific, no determiner, no placeholder).
- `chinese`: the Chinese suffix pass, which wires the modules above.
- `english_forms`, `english`: English names ("X of Y", bodies, legal forms, capitals, kinds).
- `layout`: names wrapped over a line break or spaced out character by character.
- `fixed_forms`: stores, Japanese and Korean companies, numbered schools, partnership funds, bank short names.
- `listed`: listed bodies with no suffix (教育部, 海关总署); `brands`: web-domain names and brand + region.
- `partners`: English firms named by their partners alone (Adkins-Stephenson; Dorsey, Robinson and Clark), in a
  company's slot.
- `recognizer`: `find_orgs` and `OrgRecognizer`.

Names with a leading underscore are private to this package: shared between its modules, never used outside it
(tests aside). The recognizer and find_orgs (bench/detect/ab.py times it) are the public surface.
"""

from __future__ import annotations

from detectors.recognizers.org.recognizer import OrgRecognizer, find_orgs

__all__ = ["OrgRecognizer", "find_orgs"]
