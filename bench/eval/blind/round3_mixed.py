"""Round 3 blind documents: sign-off blocks, rural and industrial-park addresses, name lists (by hand)."""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = [
    ("signature", "此致\n敬礼\n\n{{ORG:合肥京东方光电科技有限公司}}\n采购部 {{PERSON:章立新}}\n{{ADDRESS:安徽省合肥市新站区龙子湖路668号}}\n2026年11月27日", None),
    ("signature", "--\n{{PERSON:Zhou Xinyi}} | Product Manager\n{{ORG:Alibaba Cloud Computing Co., Ltd.}}\n{{ADDRESS:969 West Wenyi Road, Yuhang District, Hangzhou, Zhejiang}}", "en"),
    ("delivery_note", "配送单\n收货人：{{PERSON:莫小燕}}\n地址：{{ADDRESS:广西壮族自治区南宁市武鸣区双桥镇伏唐村那汉屯}}\n备注：到了打电话，{{PERSON|honorific:莫姐}}在村口小卖部等", None),
    ("delivery_note", "入库单\n供货方：{{ORG:昆山龙腾光电股份有限公司}}\n发货地址：{{ADDRESS:江苏省昆山市开发区龙腾路1号}}\n收货仓：{{ADDRESS:上海市松江区九亭镇涞寅路1881号5号库}}\n仓管员：{{PERSON:殷小雨}}", None),
    ("hr_roster", "获奖名单：一等奖 {{PERSON:习雨}}、{{PERSON:尉迟|compound_surname:尉迟恭明}}；二等奖 {{PERSON:钟离|compound_surname:钟离春}}、{{PERSON:卫东}}、{{PERSON:东方|compound_surname:东方晓}}；三等奖 {{PERSON:强军}}、{{PERSON:文静}}、{{PERSON:田野}}", None),
    ("crm_note", "回访：{{PERSON|honorific:韩阿姨}}说她儿子{{PERSON:韩冬}}下个月从{{ORG:中国人民解放军陆军军医大学}}毕业，想给家里{{ADDRESS:陕西省延安市宝塔区枣园街道侯家沟村2组15号}}装宽带。", None),
    ("signature", "Best regards,\n\n{{PERSON:Ma Yun-Ting}}\nSenior Counsel, {{ORG:Baker McKenzie FenXun (FTZ) Joint Operation Office}}\n{{ADDRESS:Unit 1601, Jin Mao Tower, 88 Century Avenue, Pudong, Shanghai}}", "en"),
    ("wechat_group", "【维修群】\n师傅{{PERSON|honorific:老袁}}：{{ADDRESS:云南省大理白族自治州大理市下关镇建设东路9号金海岸小区3幢2单元601}}的热水器修好了\n客服{{PERSON|honorific:小夏}}：好的{{PERSON|honorific:袁师傅}}，辛苦", None),
]
