"""ORG, round 17o: organisation forms in enterprise documents (synthetic names, none from the round's corpus).
Markdown bold around a label or a name is no masked blank; a community health station and a city's charity
federation are bodies; English firms named by their partners alone (hyphen, "A, B and C", "A & B") count in a
company's slot, and "and Sons" is a legal form; names in capitals may hold IMP. & EXP.; a role unit, a relation
word (全资子公司, 旗下, 战略投资者) or 据 before a name and a list number in brackets are no part of it; a campus by its
side, a store by its road, a representative office and an insurer's 营销服务部 extend it; a Latin brand joined by
· or & and a brand ending in 和 before its trade stay whole. Look-alikes stay out: masked names, people with a
given name or a title, citations, compass words, a company's given name + family name in a person's field."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import find_orgs


def orgs_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Markdown bold: a label before the name, or the name itself
        ("**承租方：**宜宾松岭物流有限公司\n**出租方：**泸州禾川置业有限公司", ["宜宾松岭物流有限公司", "泸州禾川置业有限公司"]),
        ("1. **乐山市第二人民医院**：本月到货", ["乐山市第二人民医院"]),
        ("| **客户** | **眉山青樾电子商务有限公司** |", ["眉山青樾电子商务有限公司"]),
        # a community health station, a charity federation
        ("体检点改在宜宾市翠屏区南岸街道社区卫生服务站", ["宜宾市翠屏区南岸街道社区卫生服务站"]),
        ("善款已转至泸州市慈善总会，请查收", ["泸州市慈善总会"]),
        # a role unit read as one word, relation words, 据, a list number
        ("参建：监理单位乐山青樾工程咨询有限公司负责", ["乐山青樾工程咨询有限公司"]),
        ("本集团全资子公司眉山松岭新能源有限公司已投产", ["眉山松岭新能源有限公司"]),
        ("拟引入战略投资者泸州禾川创业投资有限公司", ["泸州禾川创业投资有限公司"]),
        ("据宜宾青樾酒业股份有限公司公告", ["宜宾青樾酒业股份有限公司"]),
        ("（3）乐山禾川包装有限公司，住所地乐山", ["乐山禾川包装有限公司"]),
        # units after the name: campus, store, representative office, sales office
        ("报到地点：宜宾职业技术学院南校区", ["宜宾职业技术学院南校区"]),
        ("退货请寄四川禾川大药房连锁有限公司人民南路店", ["四川禾川大药房连锁有限公司人民南路店"]),
        ("联系人在丸松株式会社成都代表处工作", ["丸松株式会社成都代表处"]),
        ("报案后由青樾财产保险股份有限公司乐山市市中区营销服务部查勘", ["青樾财产保险股份有限公司乐山市市中区营销服务部"]),
        # a Latin brand joined by · or &, a brand ending in 和 before its trade
        ("供应商Norvik·禾川（泸州）电子有限公司已回函", ["Norvik·禾川（泸州）电子有限公司"]),
        ("甲方：宜宾市Aldo&松岭家具有限公司", ["宜宾市Aldo&松岭家具有限公司"]),
        ("经销商与祥和食品有限公司签约", ["祥和食品有限公司"]),
        # capitals with IMP. & EXP.; a family firm
        ("SHIPPER: LESHAN QINGYUE IMP. & EXP. CO., LTD\nPORT: CHENGDU", ["LESHAN QINGYUE IMP. & EXP. CO., LTD"]),
        ("Sold to: Hartley and Sons", ["Hartley and Sons"]),
        # partners' firms in a company's slot
        ("Vendor: Whitaker-Holloway\nTerms: NET 30", ["Whitaker-Holloway"]),
        ('cust_id,cust_name\n1042,"Hensley, Barker and Lowe"', ["Hensley, Barker and Lowe"]),
        ("We have signed the lease with Garner & Pratt today.", ["Garner & Pratt"]),
        ("She worked at Fletcher-Moody for six years.", ["Fletcher-Moody"]),
    ],
)
def test_round17_forms(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "入职**科技有限公司，月薪**元",  # masked names stay blanks
        "客户李**，就职于**华远科技有限公司",
        "请到社区卫生服务站登记，或向慈善总会咨询。",  # the kind alone
        "Contact: Laura Whitaker-Holloway",  # a given name before a double-barrelled surname
        "Dear Mrs. Fletcher-Moody, thank you.",
        "as reported by Hensley, Barker and Lowe (2021), the effect holds",  # authors with a year
        "the North-West corridor and East-West trade",
        "We met Anne-Marie at the fair.",  # a two-part given name
        "Thanks to Hensley and Barker for the review.",  # two people joined by "and"
    ],
)
def test_round17_look_alikes(text: str) -> None:
    assert orgs_in(text) == []


def test_company_word_ends_no_person_in_a_label_field() -> None:
    """Buyer: Hartley Group is a company: a given name that is also a family name heads the firm."""
    text = "Buyer: Morgan Group\nSeller: Nancy Hartley"
    found = {(f.type, text[f.start : f.end]) for f in scan(text)}
    assert ("ORG", "Morgan Group") in found and ("PERSON", "Nancy Hartley") in found
