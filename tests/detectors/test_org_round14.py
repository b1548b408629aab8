"""ORG, round 14o: organisation forms the earlier rounds held little of (synthetic names, none from the round's
corpus). Taiwan and Hong Kong text is read through the traditional fold; 第三人 is no label inside 第三人民医院;
verbs and times before a name end it; a set word after the place and a place in brackets do not; a branch part
that holds 会同 is the next body; 营业室 after 支行; public institutions by what they do; societies whose field is
verbs or two fields joined by 与. Look-alikes (places, generic references, time words, two places) stay out."""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.org import find_orgs


def orgs_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # traditional characters: the walk's verbs, labels and determiners in their simplified form
        ("本行已委託恆遠國際法律事務所跟進。", ["恆遠國際法律事務所"]),
        ("香港客戶嘉運物流股份有限公司高雄分公司昨日付款", ["嘉運物流股份有限公司高雄分公司"]),
        ("本公司已委任德信聯合會計師事務所為核數師", ["德信聯合會計師事務所"]),
        # numbered hospitals: 第三人 is a party only when 民 does not follow
        ("患者由湛江市第三人民医院转入", ["湛江市第三人民医院"]),
        # a verb before the name's place, a verb's measure
        ("材料已转南宁市市场监督管理局青秀分局办理", ["南宁市市场监督管理局青秀分局"]),
        ("帮我问一下柏川信息技术有限公司的开票信息", ["柏川信息技术有限公司"]),
        ("董事会委派松岭会计师事务所进行审计", ["松岭会计师事务所"]),
        # a time word heading a field value ends it
        ("通知：明天上午泓远律师事务所来所交流", ["泓远律师事务所"]),
        # a set word after the place, a place alone in brackets
        ("桂林市青年企业家协会换届", ["桂林市青年企业家协会"]),
        ("柳州市自然资源和规划局柳北分局公告", ["柳州市自然资源和规划局柳北分局"]),
        ("澜川（保定）精密机械有限公司于去年投产", ["澜川（保定）精密机械有限公司"]),
        # one body acting with another: the second is no branch of the first
        ("梧州市公安局长洲分局会同梧州市市场监督管理局开展检查",
         ["梧州市公安局长洲分局", "梧州市市场监督管理局"]),
        ("开户行：华夏银行股份有限公司南宁民族支行营业室", ["华夏银行股份有限公司南宁民族支行营业室"]),
        # public institutions by what they do
        ("北海市海洋环境监测中心发布通报", ["北海市海洋环境监测中心"]),
        ("玉林市人才发展中心今日开放报名", ["玉林市人才发展中心"]),
        # societies: a field made of verbs, two fields joined by 与, a certified profession
        ("百色市物流与供应链协会成立", ["百色市物流与供应链协会"]),
        ("广西壮族自治区注册税务师协会发文", ["广西壮族自治区注册税务师协会"]),
        ("贵港市和钦州市餐饮行业协会联合倡议", ["钦州市餐饮行业协会"]),
        ("下午去交通银行办业务", ["交通银行"]),
        # a verb glued between the place and a one-character rest is part of the trade name; before a longer name
        # it is the clause's verb
        ("敝公司台灣來自晴股份有限公司誠邀合作", ["台灣來自晴股份有限公司"]),
        ("她从宁波加入澄川科技有限公司", ["澄川科技有限公司"]),   # 交 before a bank's own name is no verb before a place
    ],
)
def test_round14_forms(text: str, want: list[str]) -> None:
    assert orgs_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "敬啟者：茲就貴公司來函所述事宜答覆如下",   # a generic reference in traditional characters
        "請貴行盡快處理，本所另行通知",
        "敝公司将于下周回复贵司",                     # the humble "our" of letters
        "我们打算去发展中心城区开店",                # 发展中心 as two words
        "公司要重点发展中心业务",
        "到鉴定中心做检测",                          # a kind of centre with no place
        "请联系协会秘书处",
        "在河池市注册公司需要什么材料",              # 注册 before no profession
        "查一下公司的名称",
        "北京市今年医院床位增加",                    # a time word after the place
    ],
)
def test_round14_look_alikes(text: str) -> None:
    assert orgs_in(text) == []


def test_a_traditional_name_is_one_org_in_the_scan() -> None:
    text = "香港客戶嘉運物流股份有限公司高雄分公司昨日付款"
    found = [(f.type, text[f.start:f.end]) for f in scan(text)]
    assert ("ORG", "嘉運物流股份有限公司高雄分公司") in found
