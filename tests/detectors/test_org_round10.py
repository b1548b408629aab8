"""ORG, round 10: the forms the round-10 corpus found missing (synthetic names only).

Leading clause words that are no part of a name (由 / 被 / 经 before a field's name, the 成 of 换成 before a
place); German partnership forms (GmbH & Co. KG); units below a body (税务所, 派出所, 公安分局); partnerships
named 中心（有限合伙）; the legal-form words of prose (两合公司, 有限合伙企业) and words ending in 局 (布局) that
name nobody; a brand with its country or region (某品牌中国, 某品牌（中国）); names written as a domain
(Xyz.com Group). Each with hard negatives that must stay unfound.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.org import OrgRecognizer

REC = OrgRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ORG"])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("会议议定：由中国科学院东湖化学研究所牵头，各单位配合。", ["中国科学院东湖化学研究所"]),
        ("会议议定：由苏州市公证处牵头。", ["苏州市公证处"]),
        ("结论：被杭州某川科技有限公司起诉", ["杭州某川科技有限公司"]),
        ("说合同主体要换成武汉朔风新能源股份有限公司。", ["武汉朔风新能源股份有限公司"]),
        ("发票抬头改成上海岚曦数字科技有限公司", ["上海岚曦数字科技有限公司"]),
    ],
)
def test_clause_words_before_a_name_stay_out(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the agreement between Brennecke Logistik GmbH & Co. KG and Rosskopf Elektronik GmbH & Co. KGaA expires.",
         ["Brennecke Logistik GmbH & Co. KG", "Rosskopf Elektronik GmbH & Co. KGaA"]),
        ("董燕上个月去Falkenrath Verpackung GmbH & Co. KG，负责对接。", ["Falkenrath Verpackung GmbH & Co. KG"]),
        ("Hallstein Automation AG and Wendelmann Messtechnik SE signed.",
         ["Hallstein Automation AG", "Wendelmann Messtechnik SE"]),
        ("德国的GmbH和AG有什么区别？KG是什么？", []),
    ],
)
def test_german_partnership_forms_are_whole(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("参会单位：国家税务总局北京市朝阳区税务局第一税务所、杭州滨江区公安分局",
         ["国家税务总局北京市朝阳区税务局第一税务所", "杭州滨江区公安分局"]),
        ("深圳市公安局南山分局粤海派出所", ["深圳市公安局南山分局粤海派出所"]),
        ("上海市浦东新区人民法院张江法庭已立案", ["上海市浦东新区人民法院张江法庭"]),
        ("请到区公安分局办理，公安分局的民警说下周", []),
        ("他去派出所报案了，税务所也关门了", []),
    ],
)
def test_offices_under_a_body_join_it(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("甲方：北京嘉茂创业投资中心（有限合伙）", ["北京嘉茂创业投资中心（有限合伙）"]),
        ("由杭州曙岚创业投资中心(有限合伙)出资", ["杭州曙岚创业投资中心(有限合伙)"]),
        ("投资中心（有限合伙）是一种常见的基金形式。", []),
        ("我们在研发中心开会", []),
    ],
)
def test_a_fund_named_centre_is_a_partnership(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("双方将在粤港澳大湾区布局仓储网络。", []),
        ("KG是两合公司，日本的株式会社相当于股份有限公司，有限合伙企业里普通合伙人承担无限责任。", []),
        ("广州市天河区餐厅很多", []),
        ("温州市龙湾区公安分局和浙江省教育厅", ["温州市龙湾区公安分局", "浙江省教育厅"]),
    ],
)
def test_words_of_forms_and_words_ending_in_a_suffix_name_nobody(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("刚收到Google中国的邮件，微软中国和苹果中国也回复了，三星(中国)还没有。",
         ["Google中国", "微软中国", "苹果中国", "三星(中国)"]),
        ("昨晚看到泽恩蒂(中国)发来的报价，索兰尼中国今日宣布与Kyvora亚太合作", ["泽恩蒂(中国)", "索兰尼中国", "Kyvora亚太"]),
        ("Please route the invoices via Veltrix China. Lumexa (China) and Caspira Asia Pacific agreed.",
         ["Veltrix China", "Lumexa (China)", "Caspira Asia Pacific"]),
        ("Made in China. Shanghai China. Air China flights. The Greater China team.", []),
        ("今年中国市场的销量，iPhone中国版，Google中国版，来到中国，美丽中国，发展中国家，在香港，新中国成立", []),
        ("我们中国人，总部（中国），会议在北京（中国）举行，数据来源（中国）", []),
        ("三星（中国）投资有限公司", ["三星（中国）投资有限公司"]),
    ],
)
def test_a_brand_with_its_region_is_an_organisation(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("客户：Stayzo.com\n问题：接口超时", ["Stayzo.com"]),
        ("与Goodsmart.com, Inc.达成战略合作；Tripnest.com Group Limited和Farelio.com Group，Cartwell.cn，JD.com",
         ["Goodsmart.com, Inc.", "Tripnest.com Group Limited", "Farelio.com Group", "Cartwell.cn", "JD.com"]),
        ("登录www.buyhaven.com后下载，别用shopverra.cn/app，邮件发到support@Tripnest.com，模板Example.com Inc.", []),
        ("see https://Foo.com/x and Readme.md, config at App.config, ASP.NET, Node.js", []),
    ],
)
def test_a_company_named_by_its_domain(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("王林：昨晚看到泽恩蒂(中国)发来的报价", ["泽恩蒂(中国)"]),
        ("泽恩蒂台湾，赫利昂中国，艾文德中国，阿里巴巴中国", ["泽恩蒂台湾", "赫利昂中国", "艾文德中国", "阿里巴巴中国"]),
        ("东南亚中国，美丽中国，平安中国，丽莎中国行", []),
    ],
)
def test_transliterated_brands_before_a_region(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("材料已报送教育部和财政部，工业和信息化部也会参加。", ["教育部", "财政部", "工业和信息化部"]),
        ("他在最高人民法院工作，后来去了最高人民检察院。", ["最高人民法院", "最高人民检察院"]),
        ("海关总署和国家外汇管理局联合发文，世界卫生组织的专家到访。", ["海关总署", "国家外汇管理局", "世界卫生组织"]),
        ("国务院办公厅印发通知，国家发展和改革委员会负责解释。", ["国务院办公厅", "国家发展和改革委员会"]),
        ("公司人力资源部和财务部，教育部门，教育部长", []),
    ],
)
def test_listed_state_and_international_bodies(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("开户行：工行深圳南山支行", ["工行深圳南山支行"]),
        ("开户行：招行杭州分行营业部，建行说明天去支行办", ["招行杭州分行营业部"]),
        ("收款银行：浙江萧山农村商业银行股份有限公司城厢支行", ["浙江萧山农村商业银行股份有限公司城厢支行"]),
        ("在农商银行办的卡，村镇银行的利率高，公民生支行", []),
    ],
)
def test_bank_branches_under_short_names_and_kinds_of_bank(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("我们委托了金杜律所处理，该律所很专业，找个律所问问", ["金杜律所"]),
        ("孩子考上了人大附中，邻居在华师附小，附中的老师说", ["人大附中", "华师附小"]),
    ],
)
def test_short_forms_of_law_firms_and_attached_schools(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("表哥在北京四中，我在杭州二中读书，衡水一中很有名", ["北京四中", "杭州二中", "衡水一中"]),
        ("北京二中院判决，三中全会，七中旬，一中心，十一中午，他考了第一中了", []),
    ],
)
def test_a_city_school_by_its_number(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


def test_a_company_department_named_like_a_ministry_is_none() -> None:
    assert orgs_in("请联系华锐科技有限公司商务部，商务部经理姓王") == ["华锐科技有限公司"]
    assert orgs_in("材料已报送商务部") == []
    assert orgs_in("中华人民共和国商务部令") == ["中华人民共和国商务部"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("杭州鼎盛科技有限公司（筹）正在办理执照", ["杭州鼎盛科技有限公司（筹）"]),
        ("深圳市前海微众银行股份有限公司和招商银行股份有限公司", ["深圳市前海微众银行股份有限公司", "招商银行股份有限公司"]),
        ("浙江大学医学院附属第一医院之江院区", ["浙江大学医学院附属第一医院之江院区"]),
        ("他在微众银行上班", ["微众银行"]),
    ],
)
def test_registered_place_before_a_listed_bank_campus_and_in_preparation(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text", ["杭州市西湖区民政局", "国家安全局", "宁波市住房和城乡建设局", "杭州市财政局"],
)
def test_bodies_ending_like_ordinary_words_are_still_found(text: str) -> None:
    assert orgs_in(text) == [text]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("삼성전자 주식회사와 (주)한빛소프트가 계약했다", ["삼성전자 주식회사", "(주)한빛소프트"]),
        ("주식회사 미래테크는 ㈜대양화학과 합병했다", ["주식회사 미래테크", "㈜대양화학"]),
        ("주식회사란 무엇인가", []),
        ("香港特別行政區政府和澳門特別行政區政府發表聲明", ["香港特別行政區政府", "澳門特別行政區政府"]),
    ],
)
def test_korean_legal_forms_and_sar_governments(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want
