"""Knowledge base: countries, organisations, media, role words, places, persons
with dated roles, the check rules and the dictionary commands."""
from __future__ import annotations

import json
import textwrap

import pytest
from click.testing import CliRunner

from xinhao.cli import main
from xinhao.kb import KB, Entry, RoleSpell, bounds, get_kb, held

UN_MEMBERS = """
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ
BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE
DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB
GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ
KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG
MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU
NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE
SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN
TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE""".split()


@pytest.fixture(scope="module")
def kb() -> KB:
    return get_kb()


def _countries(kb, surface, **match):
    return {e.id for e in kb.surfaces().get(surface, []) if e.kind == "country"
            and all(getattr(e, k) == v for k, v in match.items())}


def _one(kb, surface, kind):
    found = [e for e in kb.surfaces().get(surface, []) if e.kind == kind]
    assert found, f"{surface!r} has no {kind} entry"
    return found


# ---------------------------------------------------------------- countries
def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193


@pytest.mark.parametrize("code", UN_MEMBERS)
def test_every_un_member_has_a_chinese_name(kb, code):
    name = kb.country_name(code)
    assert kb.is_country_code(code)
    assert name and any("\u4e00" <= ch <= "\u9fff" for ch in name)
    assert code in _countries(kb, name)


@pytest.mark.parametrize("code,name", [("TWN", "台湾"), ("HKG", "香港"), ("MAC", "澳门"),
                                       ("PSE", "巴勒斯坦"), ("XKX", "科索沃"), ("GUM", "关岛"),
                                       ("PRI", "波多黎各"), ("GRL", "格陵兰")])
def test_territories(kb, code, name):
    assert kb.country_name(code) == name
    assert code in _countries(kb, name)


@pytest.mark.parametrize("surface,code", [
    ("中华人民共和国", "CHN"), ("美利坚合众国", "USA"), ("俄罗斯联邦", "RUS"),
    ("美国", "USA"), ("美", "USA"), ("俄", "RUS"), ("日", "JPN"), ("韩", "KOR"),
    ("朝", "PRK"), ("英", "GBR"), ("法", "FRA"), ("德", "DEU"), ("乌克兰", "UKR"),
    ("印", "IND"), ("菲", "PHL"), ("越", "VNM"), ("沙特", "SAU"), ("沙特阿拉伯", "SAU"),
    ("委", "VEN"), ("白俄罗斯", "BLR"), ("朝鲜", "PRK"), ("韩国", "KOR"), ("英国", "GBR"),
    ("阿联酋", "ARE"), ("台湾地区", "TWN"), ("台岛", "TWN"), ("香港特区", "HKG"),
    ("中国香港特别行政区", "HKG"), ("印尼", "IDN"), ("刚果民主共和国", "COD"),
    # forms Taiwan outlets write (宏國 = 宏都拉斯, Honduras), and sides named by an initial
    ("宏国", "HND"), ("宏方", "HND"), ("毛方", "MRT"), ("危方", "GTM"), ("所方", "SLB"), ("塞普勒斯", "CYP"),
    ("波士尼亚", "BIH"), ("多明尼加", "DOM"), ("千里达", "TTO")])
def test_names_and_short_forms(kb, surface, code):
    assert code in _countries(kb, surface)


@pytest.mark.parametrize("surface,code,sector,form", [
    ("美方", "USA", "GOV", "fang"), ("俄方", "RUS", "GOV", "fang"), ("中方", "CHN", "GOV", "fang"),
    ("日方", "JPN", "GOV", "fang"), ("美军", "USA", "MIL", "jun"), ("以军", "ISR", "MIL", "jun"),
    ("乌军", "UKR", "MIL", "jun"), ("俄军", "RUS", "MIL", "jun"), ("美国政府", "USA", "GOV", "govt"),
    ("美政府", "USA", "GOV", "govt"), ("中国政府", "CHN", "GOV", "govt"),
    ("台湾当局", "TWN", "GOV", "govt"), ("台当局", "TWN", "GOV", "govt"),
    ("华盛顿", "USA", "GOV", "capital"), ("莫斯科", "RUS", "GOV", "capital"),
    ("北京", "CHN", "GOV", "capital"), ("东京", "JPN", "GOV", "capital"),
    ("首尔", "KOR", "GOV", "capital"), ("美籍", "USA", None, "adjective"),
    ("俄罗斯方面", "RUS", "GOV", "fang"), ("以色列军队", "ISR", "MIL", "jun")])
def test_generated_forms(kb, surface, code, sector, form):
    es = [e for e in kb.surfaces()[surface] if e.kind == "country" and e.id == code]
    assert es and es[0].sector == sector and es[0].extra["form"] == form
    assert not es[0].extra.get("ambiguous")


@pytest.mark.parametrize("surface,codes", [
    ("巴", {"PAK", "PSE", "BRA"}), ("巴方", {"PAK", "PSE", "BRA"}), ("伊", {"IRN", "IRQ"}),
    ("新", {"SGP", "NZL"}), ("以", {"ISR"}), ("乌方", {"UKR", "UZB", "URY"}), ("刚果", {"COD", "COG"}),
    ("摩方", {"MDA", "MAR"}), ("刚方", {"COD", "COG"})])
def test_ambiguous_forms_are_flagged(kb, surface, codes):
    es = [e for e in kb.surfaces()[surface] if e.kind == "country"]
    assert {e.id for e in es} == codes
    assert all(e.extra.get("ambiguous") for e in es)


@pytest.mark.parametrize("surface", ["西方", "南方", "东方", "新政府", "中军"])
def test_reserved_words_are_not_countries(kb, surface):
    assert not _countries(kb, surface)


@pytest.mark.parametrize("surface,sector", [("我国", None), ("我方", "GOV"), ("我军", "MIL")])
def test_home_forms(kb, surface, sector):
    es = _one(kb, surface, "country")
    assert es[0].country == "@HOME" and es[0].sector == sector


def test_home_country_option():
    assert KB.load(home_country="RUS").home_country == "RUS"
    assert get_kb().home_country == "CHN"


# ---------------------------------------------------------------- organisations
@pytest.mark.parametrize("surface,country,sector", [
    ("联合国", "UNO", None), ("安理会", "UNO", None), ("联合国安理会", "UNO", None),
    ("联大", "UNO", None), ("人权理事会", "UNO", "HRI"), ("世卫组织", "UNO", "HLH"),
    ("国际原子能机构", "UNO", None), ("联合国贸发会议", "UNO", "DEV"),
    ("欧盟", "EUR", None), ("欧委会", "EUR", "GOV"), ("欧洲议会", "EUR", "LEG"), ("欧盟法院", "EUR", "JUD"),
    ("北约", "IGO", None), ("东盟", "IGO", None), ("上合组织", "IGO", None), ("金砖国家", "IGO", None),
    ("APEC", "IGO", None), ("世贸组织", "IGO", None), ("阿盟", "IGO", None), ("海合会", "IGO", None),
    ("国际货币基金组织", "IGO", None), ("集安组织", "IGO", None),
    ("国台办", "CHN", "GOV"), ("中联部", "CHN", "PTY"), ("全国人大", "CHN", "LEG"),
    ("中央军委", "CHN", "MIL"), ("国务院关税税则委员会", "CHN", "GOV"), ("海关总署", "CHN", "GOV"),
    ("中国海警", "CHN", "COP"), ("解放军", "CHN", "MIL"), ("东部战区", "CHN", "MIL"),
    ("南部战区", "CHN", "MIL"), ("中国海军", "CHN", "MIL"),
    ("五角大楼", "USA", "MIL"), ("白宫", "USA", "GOV"), ("国会山", "USA", "LEG"),
    ("美国贸易代表办公室", "USA", "GOV"), ("印太司令部", "USA", "MIL"),
    ("克里姆林宫", "RUS", "GOV"), ("唐宁街", "GBR", "GOV"), ("爱丽舍宫", "FRA", "GOV"),
    ("首相官邸", "JPN", "GOV"), ("青瓦台", "KOR", "GOV"), ("以色列国防军", "ISR", "MIL"),
    ("伊斯兰革命卫队", "IRN", "MIL"),
    ("哈马斯", "PSE", "REB"), ("卡桑旅", "PSE", "REB"), ("真主党", "LBN", "REB"),
    ("胡塞武装", "YEM", "REB"), ("中共", "CHN", "PTY"), ("民进党", "TWN", "PTY"),
    ("共和党", "USA", "PTY"), ("民主党", "USA", "PTY")])
def test_organisations(kb, surface, country, sector):
    e = _one(kb, surface, "org")[0]
    assert (e.country, e.sector) == (country, sector)
    assert not e.extra.get("generic")


@pytest.mark.parametrize("surface", ["外交部", "国防部", "商务部", "财政部", "国务院", "总统府",
                                     "议会", "国会", "外交部发言人"])
def test_generic_ministries_have_no_country(kb, surface):
    e = _one(kb, surface, "org")[0]
    assert e.country is None and e.extra["generic"] is True and e.sector in ("GOV", "LEG", "MIL")


def test_generic_spokesperson_carries_its_role(kb):
    assert _one(kb, "外交部发言人", "org")[0].role == "foreign_ministry_spokesperson"


def test_there_are_specific_agencies_of_many_states(kb):
    states = {r["country"] for r in kb.orgs.values()
              if r.get("country") and len(r["country"]) == 3 and r["country"] not in ("UNO", "EUR", "IGO", "NGO", "MNC")}
    assert len(states - {"CHN", "USA"}) >= 20


@pytest.mark.parametrize("surface,country", [
    ("新华社", "CHN"), ("央视", "CHN"), ("央视网", "CHN"), ("环球网", "CHN"), ("环球时报", "CHN"),
    ("人民日报", "CHN"), ("中新社", "CHN"), ("外媒", None), ("路透社", "GBR"), ("美联社", "USA"),
    ("法新社", "FRA"), ("彭博社", "USA"), ("《纽约时报》", "USA"), ("CNN", "USA"), ("塔斯社", "RUS")])
def test_media_are_sources_not_actors(kb, surface, country):
    es = kb.surfaces()[surface]
    assert {e.kind for e in es} == {"media"}
    assert es[0].country == country and es[0].sector == "MED"


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("surface,country", [
    ("五角大楼", "USA"), ("中南海", "CHN"), ("人民大会堂", "CHN"), ("钓鱼台国宾馆", "CHN"),
    ("黄岛", "CHN"), ("钓鱼岛", "CHN"), ("黄岩岛", "CHN"), ("仁爱礁", "CHN"),
    ("香格里拉对话会", "SGP"), ("金边", "KHM"), ("日内瓦", "CHE"), ("吉隆坡", "MYS"),
    ("利马", "PER"), ("旧金山", "USA"), ("巴厘岛", "IDN"), ("哈尔科夫", "UKR"),
    ("顿涅茨克", "UKR"), ("扎波罗热", "UKR"), ("加沙", "PSE"), ("加沙地带", "PSE"),
    ("拉法", "PSE"), ("约旦河西岸", "PSE"), ("汗尤尼斯", "PSE"), ("加拉加斯", "VEN"),
    ("地中海", None), ("台湾海峡", None), ("南海", None), ("东海", None),
    ("广东省", "CHN"), ("广东", "CHN"), ("新疆", "CHN"), ("上海", "CHN"), ("深圳", "CHN"),
    ("华盛顿", "USA"), ("伦敦", "GBR"), ("贝尔格莱德", "SRB"), ("卢萨卡", "ZMB"),
    ("台北", "TWN"), ("亚丁湾", None), ("阿卜耶伊", "SDN")])
def test_places(kb, surface, country):
    assert _one(kb, surface, "place")[0].country == country


def test_enough_places(kb):
    assert kb.stats()["places"] >= 300


def test_five_angle_building_is_org_and_place(kb):
    assert {e.kind for e in kb.surfaces()["五角大楼"]} == {"org", "place"}


# ---------------------------------------------------------------- role words
@pytest.mark.parametrize("word,country,role,sector", [
    ("大使", "CHN", "ambassador", "GOV"), ("外长", "CHN", "foreign_minister", "GOV"),
    ("外交部长", "RUS", "foreign_minister", "GOV"), ("外长", "USA", "secretary_of_state", "GOV"),
    ("防长", "CHN", "defense_minister", "GOV"), ("防长", "USA", "defense_secretary", "GOV"),
    ("国防部长", "USA", "defense_secretary", "GOV"), ("国防部长", "JPN", "defense_minister", "GOV"),
    ("国务卿", "USA", "secretary_of_state", "GOV"),
    ("助理国防部长", "USA", "assistant_secretary_of_defense", "GOV"),
    ("国家安全顾问", "USA", "national_security_advisor", "GOV"),
    ("国家安全事务助理", "USA", "national_security_advisor", "GOV"),
    ("外交部发言人", "CHN", "foreign_ministry_spokesperson", "GOV"),
    ("国防部发言人", "CHN", "defense_ministry_spokesperson", "MIL"),
    ("国防部新闻发言人", "CHN", "defense_ministry_spokesperson", "MIL"),
    ("发言人", "CHN", "government_spokesperson", "GOV"),
    ("国家主席", "CHN", "president", "GOV"), ("总统", "USA", "president", "GOV"),
    ("副总统", "USA", "vice_president", "GOV"), ("国家副主席", "CHN", "vice_president", "GOV"),
    ("总理", "CHN", "premier", "GOV"), ("总理", "IND", "prime_minister", "GOV"),
    ("首相", "JPN", "prime_minister", "GOV"), ("副总理", "CHN", "vice_premier", "GOV"),
    ("国务委员", "CHN", "state_councilor", "GOV"), ("议长", "KOR", "speaker", "LEG"),
    ("众议长", "USA", "speaker", "LEG"), ("委员长", "CHN", "speaker", "LEG"),
    ("参议员", "USA", "legislator", "LEG"), ("议员", "GBR", "legislator", "LEG"),
    ("司令员", "CHN", "military_commander", "MIL"), ("指挥官", "USA", "military_commander", "MIL"),
    ("部长", "FRA", "minister", "GOV"), ("秘书长", "UNO", "secretary_general", "GOV"),
    ("特使", "USA", "special_envoy", "GOV"), ("特别代表", "CHN", "special_envoy", "GOV"),
    ("国王", "SAU", "monarch", "GOV"), ("总书记", "CHN", "party_leader", "PTY"),
    ("财长", "USA", "treasury_secretary", "GOV"), ("贸易代表", "USA", "trade_representative", "GOV")])
def test_role_words(kb, word, country, role, sector):
    assert kb.role_for(word, country) == (role, sector)
    e = _one(kb, word, "role")[0]
    assert e.role == kb.role_words[word]["role"]


def test_role_word_overrides_are_exposed(kb):
    e = _one(kb, "防长", "role")[0]
    assert e.role == "defense_minister" and e.extra["role_overrides"]["USA"] == "defense_secretary"


def test_role_words_use_only_controlled_roles(kb):
    controlled = set(kb.role_defs)
    assert {"head_of_state", "defense_secretary", "cmc_chairman", "official"} <= controlled
    assert {r["role"] for r in kb.role_words.values()} <= controlled


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("value,lo,hi,prec", [
    ("2023-07-12", "2023-07-12", "2023-07-13", "day"), ("2023-07", "2023-07-01", "2023-08-01", "month"),
    ("2023-12", "2023-12-01", "2024-01-01", "month"), ("2023", "2023-01-01", "2024-01-01", "year")])
def test_bounds(value, lo, hi, prec):
    a, b, p = bounds(value)
    assert (a.isoformat(), b.isoformat(), p) == (lo, hi, prec)


@pytest.mark.parametrize("start,end,query,expected", [
    ("2021-01-20", "2025-01-20", "2025-01-19", True),
    ("2021-01-20", "2025-01-20", "2025-01-20", False),     # not held on the end day
    ("2021-01-20", "2025-01-20", "2021-01-20", True),
    ("2021-01-20", "2025-01-20", "2021-01-19", False),
    ("2023-03", None, "2023-03-01", True),                # partial start: the whole month
    ("2023-03", "2023-10", "2023-10-20", True),           # partial end: the whole month
    ("2023-03", "2023-10", "2023-11-01", False),
    ("2023-03-12", None, "2023", True),                   # a year query overlaps
    ("2023-03-12", "2023-10-24", "2022", False),
    (None, "2020", "1990-01-01", True)])
def test_held(start, end, query, expected):
    lo, hi, _ = bounds(query)
    assert held(start, end, lo, hi) is expected


PERSONS_YAML = """
- id: ke_wenshi
  name: 柯文石
  aliases: [柯部长]
  country: CHN
  roles:
    - {role: ambassador, title: 驻某国大使, sector: GOV, posted_to: FRA, start: 1815-02-01, end: 1819-06-30}
    - {role: foreign_minister, title: 外交部长, sector: GOV, start: 1819-06-30, end: 1821-03}
- id: ruo_han
  name: 若涵
  country: USA
  roles:
    - {role: secretary_general, title: 秘书长, country: UNO, org: 某组织, start: 1821-04, end: null}
"""


@pytest.fixture
def tmp_kb(tmp_path):
    p = tmp_path / "persons_extra.yaml"
    p.write_text(PERSONS_YAML, encoding="utf-8")
    return KB.load([str(p)])


def test_user_persons_loaded(tmp_kb):
    assert tmp_kb.person("ke_wenshi")["name"] == "柯文石"
    assert _one(tmp_kb, "柯部长", "person")[0].id == "ke_wenshi"
    spells = tmp_kb.roles_at("ke_wenshi", None)
    assert len(spells) == 2 and isinstance(spells[0], RoleSpell)
    assert spells[0].posted_to == "FRA" and spells[0].start == "1815-02-01"


@pytest.mark.parametrize("name,date,expected", [
    ("柯文石", "1816-01-01", [("CHN", "ambassador")]),
    ("柯文石", "1819-06-29", [("CHN", "ambassador")]),
    ("柯文石", "1819-06-30", [("CHN", "foreign_minister")]),
    ("柯文石", "1821-03-31", [("CHN", "foreign_minister")]),
    ("柯文石", "1821-04-01", []),
    ("柯文石", "1819-06", [("CHN", "ambassador"), ("CHN", "foreign_minister")]),
    ("柯部长", "1820-01-01", [("CHN", "foreign_minister")]),
    ("ke_wenshi", "1814-12-31", []),
    ("若涵", "1821-04-01", [("UNO", "secretary_general")]),
    ("若涵", "2030-01-01", [("UNO", "secretary_general")]),
    ("若涵", "1821-03-31", []),
    ("无此人", "2021-01-01", [])])
def test_lookup_in_user_file(tmp_kb, name, date, expected):
    rows = tmp_kb.lookup(name, date)
    assert [(r["country"], r["role"]) for r in rows] == expected
    for r in rows:
        assert set(r) == {"name", "country", "sector", "role", "start", "end"}


def test_lookup_without_date_lists_all_roles(tmp_kb):
    assert [r["role"] for r in tmp_kb.lookup("柯文石")] == ["ambassador", "foreign_minister"]


# Real people, from the packaged person files. (name, date, country, role, held?)
DATED = [
    ("李尚福", "2023-06-03", "CHN", "defense_minister", True),
    ("李尚福", "2024-06-01", "CHN", "defense_minister", False),
    ("特朗普", "2019-05-01", "USA", "president", True),
    ("特朗普", "2022-05-01", "USA", "president", False),
    ("特朗普", "2025-06-01", "USA", "president", True),
    ("谢锋", "2023-07-12", "CHN", "ambassador", True),
    ("拜登", "2022-05-01", "USA", "president", True),
    ("拜登", "2019-05-01", "USA", "president", False),
    ("拜登", "2025-06-01", "USA", "president", False),
    ("习近平", "2023-07-12", "CHN", "president", True),
    ("习近平", "2010-01-01", "CHN", "vice_president", True),
    ("习近平", "2010-01-01", "CHN", "president", False),
    ("王毅", "2020-01-01", "CHN", "foreign_minister", True),
    ("王毅", "2023-03-01", "CHN", "foreign_minister", False),
    ("王毅", "2023-09-01", "CHN", "foreign_minister", True),
    ("秦刚", "2023-03-01", "CHN", "foreign_minister", True),
    ("秦刚", "2023-08-01", "CHN", "foreign_minister", False),
    ("秦刚", "2022-01-01", "CHN", "ambassador", True),
    ("布林肯", "2023-06-18", "USA", "secretary_of_state", True),
    ("布林肯", "2025-03-01", "USA", "secretary_of_state", False),
    ("鲁比奥", "2025-03-01", "USA", "secretary_of_state", True),
    ("卢比奥", "2025-03-01", "USA", "secretary_of_state", True),
    ("卢比奥", "2022-01-01", "USA", "legislator", True),
    ("卢比奥", "2022-01-01", "USA", "secretary_of_state", False),
    ("奥斯汀", "2023-06-03", "USA", "defense_secretary", True),
    ("奥斯汀", "2025-06-01", "USA", "defense_secretary", False),
    ("赫格塞思", "2025-06-01", "USA", "defense_secretary", True),
    ("董军", "2024-05-31", "CHN", "defense_minister", True),
    ("董军", "2023-06-01", "CHN", "defense_minister", False),
    ("魏凤和", "2020-01-01", "CHN", "defense_minister", True),
    ("魏凤和", "2023-06-01", "CHN", "defense_minister", False),
    ("李强", "2023-07-12", "CHN", "premier", True),
    ("李克强", "2020-01-01", "CHN", "premier", True),
    ("李克强", "2023-06-01", "CHN", "premier", False),
    ("耶伦", "2023-07-07", "USA", "treasury_secretary", True),
    ("耶伦", "2025-06-01", "USA", "treasury_secretary", False),
    ("普京", "2023-01-01", "RUS", "president", True),
    ("普京", "2010-01-01", "RUS", "prime_minister", True),
    ("普京", "2010-01-01", "RUS", "president", False),
    ("泽连斯基", "2023-01-01", "UKR", "president", True),
    ("岸田文雄", "2023-01-01", "JPN", "prime_minister", True),
    ("岸田文雄", "2025-01-01", "JPN", "prime_minister", False),
    ("石破茂", "2025-01-01", "JPN", "prime_minister", True),
    ("沙利文", "2023-05-10", "USA", "national_security_advisor", True),
    ("沙利文", "2025-05-10", "USA", "national_security_advisor", False),
    ("内塔尼亚胡", "2024-01-01", "ISR", "prime_minister", True),
    ("古特雷斯", "2023-01-01", "UNO", "secretary_general", True),
    ("拉特纳", "2023-07-12", "USA", "assistant_secretary_of_defense", True),
    ("朔尔茨", "2023-01-01", "DEU", "chancellor", True),
    ("朔尔茨", "2025-06-01", "DEU", "chancellor", False),
    ("马克龙", "2023-01-01", "FRA", "president", True),
    ("韩正", "2024-01-01", "CHN", "vice_president", True),
    ("赵乐际", "2024-01-01", "CHN", "speaker", True),
    ("栗战书", "2022-01-01", "CHN", "speaker", True),
    ("栗战书", "2024-01-01", "CHN", "speaker", False),
    ("王沪宁", "2024-01-01", "CHN", "cppcc_chairman", True),
    ("丁薛祥", "2024-01-01", "CHN", "vice_premier", True),
    ("何立峰", "2024-01-01", "CHN", "vice_premier", True),
    ("佩洛西", "2022-08-02", "USA", "speaker", True),
    ("佩洛西", "2023-06-01", "USA", "speaker", False),
    ("哈里斯", "2022-01-01", "USA", "vice_president", True),
    ("万斯", "2025-06-01", "USA", "vice_president", True),
    ("戴琪", "2023-01-01", "USA", "trade_representative", True),
    ("雷蒙多", "2023-08-28", "USA", "commerce_secretary", True),
    ("贝森特", "2025-05-12", "USA", "treasury_secretary", True),
    ("尹锡悦", "2023-01-01", "KOR", "president", True),
    ("卢拉", "2024-01-01", "BRA", "president", True),
    ("莫迪", "2023-01-01", "IND", "prime_minister", True),
]
# Persons the person files do not have yet (reported to the lead): skipped by name.
MISSING: dict[str, str] = {
    "鲁比奥": "rubio_marco lacks the alias 鲁比奥 (Xinhua/MFA spelling; the file has 卢比奥)",
}


def _dated_params():
    for name, date, country, role, expected in DATED:
        marks = [pytest.mark.skip(reason=f"missing from kb/persons: {MISSING[name]}")] if name in MISSING else []
        yield pytest.param(name, date, country, role, expected, marks=marks,
                           id=f"{name}-{date}-{role}-{'yes' if expected else 'no'}")


def test_enough_dated_cases():
    assert len(DATED) >= 50


@pytest.mark.parametrize("name,date,country,role,expected", list(_dated_params()))
def test_dated_roles_of_real_people(kb, name, date, country, role, expected):
    assert kb.persons_named(name), f"{name} is not in the knowledge base"
    rows = kb.lookup(name, date)
    assert ((country, role) in {(r["country"], r["role"]) for r in rows}) is expected, rows


# ---------------------------------------------------------------- check
GOOD_USER = """
persons:
  - id: zhen_one
    name: 甄一
    country: USA
    roles:
      - {role: president, sector: GOV, start: 1901-01-01, end: 1905-01-01}
      - {role: legislator, sector: LEG, start: 1890, end: 1900}
  - id: zhen_two
    name: 甄二
    aliases: [老甄]
    country: USA
    roles:
      - {role: president, sector: GOV, start: 1905-01-01, end: 1909-01}
      - {role: legislator, sector: LEG, start: 1895, end: 1900}
  - id: zhen_three
    name: 甄三
    aliases: [老甄]
    country: USA
    roles:
      - {role: ambassador, posted_to: FRA, start: 1880, end: 1889}
      - {role: ambassador, posted_to: GBR, start: 1880, end: 1889}
  - id: zhen_four
    name: 甄四
    aliases: [甄先生]
    disambiguation: "two people share the courtesy name; the coder needs the full name"
    country: CHN
    roles: [{role: minister, start: 1880}]
  - id: zhen_five
    name: 甄五
    aliases: [甄先生]
    country: CHN
    roles: [{role: minister, start: 1880}]
organisations:
  - {id: test_bureau, name: 测试甲局, aliases: [甲局], country: FRA, kind: agency}
"""

BROKEN_USER = """
persons:
  - id: bad_one
    name: 错甲
    aliases: [错人]
    country: XXX
    roles:
      - {role: president, sector: GOV, start: 1950-01-01, end: 1960-01-01}
      - {role: grand_vizier, start: 1940}
      - {role: minister, sector: ZZZ, start: 1945}
      - {role: legislator, start: 1939-05-01, end: 1938-01-01}
      - {role: minister, start: 1937-13-45}
  - id: bad_two
    name: 错乙
    aliases: [错人]
    country: USA
    roles:
      - {role: president, sector: GOV, start: 1900-01-01, end: 1910-01-01}
  - id: bad_three
    name: 错丙
    aliases: [丙]
    country: USA
    roles:
      - {role: president, sector: GOV, start: 1905-01-01, end: 1908-01-01}
  - id: bad_four
    name: 错丁
    country: USA
    roles: []
  - id: bad_four
    name: 错丁
    country: USA
    roles: []
organisations:
  - {id: bad_org_a, name: 错误局, country: QQQ, kind: agency}
  - {id: bad_org_b, name: 错误局, country: FRA, kind: agency}
countries:
  FRA: {aliases: [双子国]}
  DEU: {aliases: [双子国]}
  QQX: {aliases: [无国]}
"""


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(p)


def _mine(problems, path):
    return [p for p in problems if p.startswith(path) or p.startswith("countries:")]


def test_check_accepts_rules_that_tell_entities_apart(tmp_path):
    path = _write(tmp_path, "good.yaml", GOOD_USER)
    kb = KB.load([path])
    assert kb.person("zhen_two")["aliases"] == ["老甄"]
    assert _mine(kb.check(), path) == []


@pytest.mark.parametrize("fragment", [
    "duplicate persons id 'bad_four'",
    "bad_one: unknown country code 'XXX'",
    "unknown role 'grand_vizier'",
    "unknown sector 'ZZZ'",
    "bad_one legislator: end 1938-01-01 before start 1939-05-01",
    "bad date",
    "bad_two and bad_three both hold president/USA",
    "bad_org_a: unknown country code 'QQQ'",
    "surface '错误局' names orgs",
    "surface '双子国' names ['DEU', 'FRA']",
    "unknown country code 'QQX'",
    "alias '丙' of person bad_three is a single character",
])
def test_check_reports_each_kind_of_problem(tmp_path, fragment):
    path = _write(tmp_path, "broken.yaml", BROKEN_USER)
    problems = KB.load([path]).check()
    assert any(fragment in p for p in problems), "\n".join(problems)


def test_check_reports_person_alias_collision(tmp_path):
    text = BROKEN_USER.replace("start: 1900-01-01, end: 1910-01-01", "start: 1951-01-01, end: 1952-01-01")
    path = _write(tmp_path, "broken2.yaml", text)
    problems = KB.load([path]).check()
    assert any("alias '错人' names persons bad_one and bad_two" in p for p in problems), problems


def test_check_reports_a_key_given_twice(tmp_path):
    # (the loader keeps the second mapping silently: the first one's forms would be lost)
    text = "countries:\n  HND:\n    short: [洪]\n  HND:\n    gov: [宏国]\n"
    path = _write(tmp_path, "twice.yaml", text)
    problems = KB.load([path]).check()
    assert any(p.startswith(path) and "'HND' given twice" in p for p in problems), problems


def test_packaged_data_is_valid(kb):
    assert kb.check() == []


def test_user_file_replaces_packaged_record(tmp_path):
    path = _write(tmp_path, "orgs_override.yaml",
                  "organisations:\n  - {id: nato, name: 北约, aliases: [北大西洋公约组织], country: IGO, kind: igo, note: user}\n")
    kb = KB.load([path])
    assert kb.orgs["nato"]["note"] == "user"
    assert not any("duplicate" in p for p in kb.check())


def test_files_without_kb_parts_are_ignored(tmp_path):
    trig = _write(tmp_path, "my_triggers.yaml", "- {trigger: 会见, type: CONSULT}\n")
    kb = KB.load([trig])
    assert trig not in kb.files and kb.stats()["persons"] == get_kb().stats()["persons"]


def test_entry_is_hashable(kb):
    e = kb.surfaces()["美方"][0]
    assert isinstance(e, Entry) and hash(e) == hash(e)


# ---------------------------------------------------------------- CLI
@pytest.fixture
def config(tmp_path):
    user = tmp_path / "persons_extra.yaml"
    user.write_text(PERSONS_YAML, encoding="utf-8")
    cfg = tmp_path / "xinhao.toml"
    cfg.write_text(f'user_dicts = ["{user}"]\nhome_country = "CHN"\n', encoding="utf-8")
    return str(cfg)


def test_cli_lookup_json(config):
    r = CliRunner().invoke(main, ["--config", config, "actors", "lookup", "柯文石",
                                  "--date", "1820-05-01", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == [{"name": "柯文石", "country": "CHN", "sector": "GOV",
                                     "role": "foreign_minister", "start": "1819-06-30",
                                     "end": "1821-03"}]


def test_cli_lookup_json_empty(config):
    r = CliRunner().invoke(main, ["--config", config, "actors", "lookup", "柯文石",
                                  "--date", "1830-01-01", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output) == []


def test_cli_lookup_table(config):
    r = CliRunner().invoke(main, ["--config", config, "actors", "lookup", "柯文石"])
    assert r.exit_code == 0 and "ambassador" in r.output and "foreign_minister" in r.output


def test_cli_lookup_bad_date(config):
    r = CliRunner().invoke(main, ["--config", config, "actors", "lookup", "柯文石", "--date", "soon"])
    assert r.exit_code == 2


def test_cli_check_ok_and_broken(tmp_path, config):
    r = CliRunner().invoke(main, ["--config", config, "dict", "check"])
    assert r.exit_code == 0, r.output
    bad = _write(tmp_path, "broken.yaml", BROKEN_USER)
    r = CliRunner().invoke(main, ["--config", config, "dict", "check", bad])
    assert r.exit_code == 1
    assert any("unknown role 'grand_vizier'" in line for line in r.output.splitlines())


def test_cli_check_honours_config_user_dicts(tmp_path):
    bad = _write(tmp_path, "broken.yaml", BROKEN_USER)
    cfg = tmp_path / "bad.toml"
    cfg.write_text(f'user_dicts = ["{bad}"]\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["--config", str(cfg), "dict", "check"])
    assert r.exit_code == 1 and "grand_vizier" in r.output


def test_cli_stats_json(config):
    r = CliRunner().invoke(main, ["--config", config, "dict", "stats", "--format", "json"])
    assert r.exit_code == 0
    stats = json.loads(r.output)
    base = get_kb().stats()
    assert stats["persons"] == base["persons"] + 2
    assert stats["countries"] >= 249 and stats["organisations"] >= 150
    assert stats["places"] >= 300 and stats["roles"] >= 100
    assert isinstance(stats["triggers"], int)


def test_somalias_president_is_not_taken_for_tanzanias():
    from xinhao.pipeline import code_text

    evs = code_text("1月21日，哈桑·谢赫访问埃及，同埃及总统塞西举行会谈。", "2024-01-25")
    assert any(e["event_type"] == "CONSULT" and {e["actor"]["country"], e["recipient"]["country"]} == {"SOM", "EGY"}
               for e in evs)


def test_the_us_army_secretary_talks_for_the_united_states_not_his_host():
    from xinhao.pipeline import code_text

    evs = code_text("德里斯科尔24日至25日在阿联酋首都阿布扎比同俄方代表举行会谈。", "2025-11-26")
    assert any(e["event_type"] == "CONSULT" and {e["actor"]["country"], e["recipient"]["country"]} == {"USA", "RUS"}
               for e in evs)


def test_taiwans_mainland_affairs_council_by_its_full_name():
    import datetime

    from xinhao.model import Article
    from xinhao.pipeline import get_pipeline

    art = Article(id="x", text="大陸委員會今天發布新聞稿，呼籲中共立即停止各種灰色地帶侵擾。",
                  published=datetime.date(2024, 1, 2), outlet="中央社")
    evs = get_pipeline().code_article(art)
    assert any(e["event_type"] == "REQUEST" and e["actor"]["country"] == "TWN" and e["recipient"]["country"] == "CHN"
               for e in evs)


@pytest.mark.parametrize("text,country,person", [
    ("拉萨罗同日在记者会上指责中方。", "PHL", "lazaro_theresa"),
    ("莫哈末哈山当天下午与王毅举行双边会谈。", "MYS", "mohamad_hasan"),
    ("田中光指控北京刻意打压台湾。", "TWN", "tien_chung_kwang"),
    ("船越健裕则在翌日召见中国驻日大使。", "JPN", "funakoshi_takehiro"),
    ("薛剑在社交平台上发帖回击。", "CHN", "xue_jian"),
])
def test_people_of_recent_news_are_known(text, country, person):
    from xinhao.pipeline import get_pipeline
    from xinhao.model import Article
    import datetime
    doc = get_pipeline().run(Article(id="k", text=text + "中方对此坚决反对。", published=datetime.date(2025, 11, 20)))
    m = [m for m in doc.mentions if person in m.persons]
    assert m and m[0].country == country


def test_across_the_strait_is_the_other_side_of_the_home():
    import datetime
    from xinhao.pipeline import get_pipeline
    from xinhao.model import Article
    p = get_pipeline()
    taipei = p.code_article(Article(id="t", text="陸委會今天發布新聞稿，嚴厲譴責對岸一再以軍事恫嚇破壞台海和平。",
                                    published=datetime.date(2025, 4, 2), outlet="中央社"))
    assert [(e["actor"]["country"], e["recipient"]["country"]) for e in taipei if e["event_type"] == "ACCUSE"] == [("TWN", "CHN")]
    beijing = p.code_article(Article(id="b", text="国台办发言人说，对岸当局一再挑衅，我们坚决反对。",
                                     published=datetime.date(2025, 4, 2), outlet="新华社"))
    assert ("CHN", "TWN") in [(e["actor"]["country"], e["recipient"]["country"]) for e in beijing if e["event_type"] == "ACCUSE"]
