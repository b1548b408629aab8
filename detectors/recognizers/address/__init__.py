"""Street addresses (ADDRESS): a Chinese address written down to the finest unit (号 / 栋 / 单元 / 室 / 层 / 座 /
组), and addresses written in English or pinyin.

Why anchored on the house number: a place name alone (上海市浦东新区, 中山路) is not an address, so every address
must contain a road or village followed by a number with its unit. The regex finds that anchor cheaply; the span
then grows left over known administrative names (compiled from python-stdnum's division list) or, failing that,
over the road name up to a stop word, and right over estate names, buildings, units and rooms.

One module per family of forms, lowest layer first (each imports only modules above it in this list):

- `words`: building and road words, units, stop words and labels, a name wrapped over a line break.
- `anchors`: the house number with its unit every Chinese address needs.
- `divisions`: administrative division names left of the anchor (a "known" address).
- `walk`: the walk left from the anchor (`_left_start`) and the checks on what it took.
- `extend`: the walk right: estates, buildings, units, rooms, the finest unit written.
- `rural`, `coded`: villages with no house number; coded buildings and estate triples with no road.
- `english`: addresses in English or pinyin, and Taiwan's romanised ones.
- `recognizer`: `find_addresses` (spaced-out addresses too) and `AddressRecognizer`.

Names with a leading underscore are private to this package: shared between its modules, never used outside it
(tests aside). The recognizer, find_addresses (bench/detect/ab.py times it) and CN_PLACES_EN (Chinese place
names in Latin letters, which the ORG brand pass reads too) are the public surface.
"""

from __future__ import annotations

from detectors.recognizers.address.english import CN_PLACES_EN
from detectors.recognizers.address.recognizer import AddressRecognizer, find_addresses

__all__ = ["CN_PLACES_EN", "AddressRecognizer", "find_addresses"]
