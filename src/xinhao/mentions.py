"""Actor, place and source mentions.

One pass of an Aho-Corasick automaton over the whole article finds every
knowledge-base surface (countries and their 方/军 forms, organisations, role
words, people, places, media).  Adjacent pieces are then chunked into one
mention the way Chinese news writes role phrases:

    中国 | 驻 | 美国 | 大使 | 谢锋          country, posting, role, person
    美 | 防长 | 奥斯汀                        short country form + role + person
    中国 | 国务委员 | 兼 | 国防部长 | 李尚福    roles joined by 兼
    美国 | 1架 | P-8A反潜巡逻机                (platforms are handled by the events stage)

A role phrase followed by an unknown name (某国驻华大使某某) still yields a
mention: the name is read off the characters after the role word.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

import ahocorasick

from .kb import KB, Entry

# characters that may join two pieces of one role phrase
_JOINERS = {"驻": "posted", "兼": "and", "·": "dot", "•": "dot", "、": None}
# words after which an unknown name cannot start / at which it stops
_NAME_STOP = set("会见同与和对向在于就说称表指强认介透提呼敦要宣称等一率及并也还将已曾为是的了都各代均则今昨当此以即已日月年时，。、；：！？“”《》（）()「」 \n0123456789")
_NAME_STOP_WORDS = ("会见", "会晤", "表示", "指出", "强调", "说", "称", "一行", "先生", "女士", "阁下", "夫妇", "举行", "进行",
                    "出席", "访问", "抵达", "发表", "签署", "率团", "率领", "乘", "应约", "应邀", "通电话", "致", "访", "共同",
                    "举", "互致", "在", "同", "与", "和", "对", "向", "表", "指", "强", "说", "称",
                    "随后", "随即", "回应", "近日", "再次", "又")  # 特多总理随后回应: no name
_SHORT_OK_AFTER = set("对访赴驻援侵抵了")  # not 涉: 涉台, 涉港 name a topic, not a party
_TRANSLIT = set("阿巴贝比波伯布查达德迪蒂杜多厄菲弗盖戈格古哈海赫霍吉加贾卡凯坎科克库拉莱兰朗劳勒雷里利林卢鲁伦罗洛马迈麦曼梅米明莫穆纳内尼努诺帕佩皮普奇乔萨塞桑森沙舍施什斯苏索塔泰坦特图托瓦韦维温沃乌西希谢辛休亚扬耶伊尤泽扎兹佐娃娜妮莎丽尔夫姆恩克奥基南")
_NAME_JOIN = "·•-－‐"
_RUN_ON = set("瑞兹斯福娃娜诺奥尔")  # characters that carry a transliterated name on
_RUN_ON_WORDS = {"斯坦", "诺贝", "奥运", "奥巴", "福利", "尔后"}


def _inside_foreign_name(text: str, start: int, end: int) -> bool:
    """Is a person's name matched at [start, end) only part of a longer transliterated name?
    Its start inside a joined part (…-比塞|萨尔), its end before a dot (罗斯|福·埃尔南德斯), or a
    surname after a dot running on (曼努埃尔·塞拉|亚)."""
    k = start
    while k > 0 and text[k - 1] in _TRANSLIT:
        k -= 1
    if k < start and k > 0 and text[k - 1] in _NAME_JOIN:
        return True
    if text[end:end + 1] in _NAME_JOIN or (_HAN(text[end:end + 1]) and text[end + 1:end + 2] in _NAME_JOIN):
        return True
    if end - start == 2 and text[end:end + 1] in _RUN_ON and _HAN(text[end + 1:end + 2] or "a") \
            and text[end:end + 2] not in _RUN_ON_WORDS:
        return True  # 拉米瑞兹 (Paraguay's foreign minister) is not 拉米 (David Lammy)
    if end - start == 3 and text[end:end + 1] in "罗娃娜诺" and _HAN(text[end + 1:end + 2] or "a"):
        return True  # 卡斯特罗总统 is not 卡斯特 (Chile's Kast)
    return start > 0 and text[start - 1] in _NAME_JOIN and text[end:end + 1] in _TRANSLIT


_NOT_NAME_3RD = set("随发在说等就也还对于向同与和已将称表指强认会率一")
_PAIR_NEXT = ("两国", "双方", "两军", "军队", "联合", "领导人", "元首", "外长", "防长", "将", "关系", "经贸", "海上", "空军",
              "海军", "战略", "合作", "首脑", "总理", "高层", "友好", "建交", "边境", "边界", "外交", "防务", "双边",
              "政府间", "人文", "海洋", "执法", "议会", "陆地", "陆上", "联委会", "联合委员会", "委员会", "工商", "青年",
              "媒体", "智库", "地方", "民间", "人民", "科技", "农业", "能源", "间接", "直接", "签署", "签订",
              "发表", "举行", "达成", "互换", "交换", "联演", "军演", "同盟", "南海", "东海",
              # a pair as the subject of what it is charged with (如果美日一意孤行; 美英联手…)
              "一意孤行", "执意", "联手", "勾连", "企图", "妄图", "一再", "不断", "等国",
              "同意", "商定", "宣布", "决定", "互",  # 印巴同意全面停火, 两国…: what the pair does together
              # 谴责美英空袭: the pair's strike, forces or sanctions as the thing charged
              "空袭", "军事", "军舰", "战机", "军机", "舰艇", "部队", "导弹", "制裁", "核",
              "的所谓", "的联合声明", "的挑衅", "的做法", "的行径")  # 美韩的所谓联合声明是一出政治闹剧: the pair's own
# 中止对美国…公司的调查: a common word, not 中 + an organisation named after China
_NOT_ORG_HEAD = {"中止", "中断", "中心", "中央", "中间", "中期", "中途", "中部", "中文", "中学", "中型", "中等", "中小",
                 "中东", "美好", "美丽", "美元", "日常", "日益", "日前", "法律", "法院", "法规", "英语", "英文", "德才"}
# a name's last character that begins a word with the next one: 军 + 售, 制 + 裁
_SEA_SPLIT = ("军", "岸", "警", "上")
_N_SAID = {"三": 3, "四": 4, "五": 5}
_ENVOY_NOUNS = ("外交官", "使馆", "大使馆", "总领馆", "总领事馆", "领事馆", "外交人员")
_MISSION = re.compile(r"总领事馆|总领馆|领事馆|大使馆|使馆|办事处")
_SPLIT_WORD = {"军": "售", "制": "裁", "新": "闻"}  # (巴新闻部长 = 巴 + 新闻部长, not Papua New Guinea)
_AFTER_XIANG = set("境提出发派转运输援施")  # 向乌境内发射, 向乌提供援助 (not 向日葵, 向美好)
# 后果将由美韩承担: after 由 two one-character forms are a pair
_PAIR_PREP = set("由若果旦")  # (如果美日…, 一旦美菲…: a pair named as a condition's subject)
# (after three or more one-character forms only words that name the group: 美日韩三国, 美日韩联合演习 —
# not a verb, which follows a transliterated name as often: 同沙拉和希巴尼举行会谈)
_TRIO_NEXT = ("三国", "三方", "四国", "四方", "三边", "四边", "联合", "外长", "防长", "领导人", "首脑", "元首", "海上",
              "空军", "海军", "陆军", "军队", "联演", "军演", "同盟", "等国")
_VENUE_NOUNS = ("会谈", "峰会", "会议", "谈判", "磋商", "会晤", "进程", "论坛", "宣言", "协议", "共识", "对话",
                "公约", "条约", "议定书", "仲裁庭", "一仲裁庭", "法院", "国际法院", "常设仲裁法院")
# 维也纳公约: named after a capital, no party; 海牙一仲裁庭, 海牙国际法院: the seat of a court
# 马德里经贸会谈, 伦敦安全峰会: a venue named before the kind of the talks
_VENUE_TOPIC = re.compile(r"(?:经贸|贸易|安全|战略|和平|外长|防长|高级别|部长级|领导人|首脑|停火)(?:会谈|峰会|会议|谈判|磋商|会晤|进程|论坛|宣言|协议|共识|对话)")
_GOV_QUALIFIERS = {"过渡", "临时", "新", "现", "军政", "联邦", "地方", "看守", "民选"}
_PAIR_NOT_SECOND = {"也", "又", "再", "亦"}  # function words that are also country forms (也 = Yemen)
_DAY_WORD_LEFT = set("近昨今明前当同次翌每平节生假")  # 近日, 当日, 次日 …: a day, not Japan
_SHORT_COMMON = set("美华中俄日朝韩欧台英法德印越菲澳以伊巴乌")
_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(委员会|协会|商会|公司|集团|代表团|基金会|学会|研究所|研究院|大学|联合会|企业家代表团)"
                        r"|驻[\u4e00-\u9fff]{1,8}?(总领事馆|总领馆|领事馆|大使馆|使馆)")  # 俄驻波兹南总领馆
_ORG_SECTOR = {"公司": "BUS", "集团": "BUS", "商会": "BUS", "大学": "EDU", "研究所": "EDU", "研究院": "EDU",
               "学会": "EDU", "企业家代表团": "BUS", "总领事馆": "GOV", "总领馆": "GOV", "领事馆": "GOV", "大使馆": "GOV",
               "使馆": "GOV"}
_SHORT_VERB_NEXT = set("派将称对向与同已正再又拟欲宣指批谴要敦呼警击袭")
_SHORT_OK_LEFT = set("对访赴驻涉援侵抵与同和及向在据称由从自跟让使被把将并也还是为的中美俄日韩英法德欧")
_HAN = lambda c: "\u4e00" <= c <= "\u9fff"  # noqa: E731
# common surnames (without characters that are also function words: 和 于 向 时 …), for
# Chinese given names that look like a country's army: 发言人刘德军说 is a person, not 德军
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万钱严覃"
                "洪武戴莫孔汤")
_NAME_END_LEFT = set("人长员使官者任席理统")  # 发言人|局长|委员|大使|…: a title right before the name

# short country forms that double as the first character of role/org words
# beginning with 国 (美国务卿 = 美 + 国务卿, 美国防部 = 美 + 国防部)
_GUO_WORDS_PREFIX = "国"


@dataclass(eq=False, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "actor" | "place" | "media" | "both" (双方/两国)
    country: str | None = None  # ISO3/PLOVER code or "@HOME"; None when not known yet
    sector: str | None = None
    role: str | None = None
    name: str | None = None
    persons: tuple[str, ...] = ()  # candidate person ids (resolved by date later)
    posted_to: str | None = None
    org: str | None = None
    generic: bool = False  # only generic pieces (bare 外交部): the home country
    weak: bool = False  # a bare role word: not an actor on its own
    parts: tuple[str, ...] = ()  # kb entry ids, for the audit trail
    extra: dict = field(default_factory=dict)


# Names whose first character ends a common word: the match is skipped after
# that character (有关岛屿 is not 关岛 'Guam'; 相关岛礁; 机关岛).
_STRADDLED = {"关岛": ("有", "相", "机", "海"), "关东": ("有", "相", "机", "海"), "约方": ("缔",),
              "亚方": tuple("东西南北中欧尼利拉非"),  # 南亚方向, 西亚方面, 欧亚方面: a region's 亚, not Armenia's side
              "国会": tuple("两三四五六七八九十几各多诸")}  # 缔约方: not Jordan; 四国会后: 四国 + 会后, not a congress
# one-character country forms that are half of a common word (同意, 在意, 意见, 意义)
_WORD_LEFT = {"意": "同在注愿满故恶敌诚善民任随用示致"}  # (a character before)
_WORD_RIGHT = {"意": tuple("见义愿图思味识向外料志欲")}
_NOT_BEFORE_CHAR = {"伊斯兰国": "家", "高峰": "论会期"}  # 伊斯兰国家: Islamic countries, not the Islamic State; 高峰论坛: no person


class MentionFinder:
    """Built once per process (per knowledge base)."""

    def __init__(self, kb: KB):
        self.kb = kb
        self.auto = ahocorasick.Automaton()
        surfaces = kb.surfaces()
        self.entries: dict[str, list[Entry]] = {}
        for s, entries in surfaces.items():
            if not s:
                continue
            self.entries[s] = list(entries)
        # composite surfaces: 美国务卿 -> 美 + 国务卿 (only where X国 is the country's name)
        shorts = {}
        for s, entries in surfaces.items():
            for e in entries:
                if e.kind == "country" and e.extra.get("form") == "short" and len(s) == 1:
                    shorts.setdefault(s, []).append(e)
        guo_words = [s for s, es in surfaces.items() if s.startswith(_GUO_WORDS_PREFIX) and len(s) >= 2
                     and any(e.kind in ("role", "org") for e in es)]
        self.composites: dict[str, tuple[str, str]] = {}
        for sh, es in shorts.items():
            full = sh + "国"
            if not any(e.kind == "country" for e in surfaces.get(full, [])):
                continue
            for w in guo_words:
                comp = sh + w
                if comp not in self.entries:
                    self.composites[comp] = (sh, w)
        # 中国国防部长董军: a country name + a ministry role word (else 中国国防部 | 长董军)
        ministry_roles = [r for r, es in surfaces.items() if r.startswith(("国防部", "外交部", "商务部", "财政部", "国务院"))
                          and any(e.kind == "role" for e in es) and len(r) > 3]
        names = [c for c, es in surfaces.items() if len(c) >= 2 and any(
            e.kind == "country" and e.extra.get("form") in ("name", "full") for e in es)]
        for c in names:
            for r in ministry_roles:
                if c + r not in self.entries:
                    self.composites[c + r] = (c, r)
        # which countries a one-character form may stand for: 乌 -> UKR, UGA, URY …
        self.initials: dict[str, set[str]] = {}
        for s, entries in surfaces.items():
            for e in entries:
                if e.kind == "country" and len(s) >= 2 and e.extra.get("form") in ("name", "full") and s[0] != "中":
                    self.initials.setdefault(s[0], set()).add(e.country)
        self.kinds = {s: frozenset(e.kind for e in es) for s, es in self.entries.items()}
        # per surface with a country entry: (code, is a full name, initial)
        self.cform: dict[str, tuple] = {}
        for s, es in self.entries.items():
            ce = [x for x in es if x.kind == "country"]
            if ce:
                form = ce[0].extra.get("form")
                full = len(s) >= 2 and (form not in ("short", "fang", "jun", "govt", "capital")
                                        or (form in ("jun", "govt") and len(s) >= 4 and not ce[0].extra.get("ambiguous")))
                # (巴基斯坦军方, 乌干达政府 name their country as surely as the name alone)
                self.cform[s] = (ce[0].country, full, ce[0].extra.get("base") or s[0])
        self._ctx_cache: dict = {}
        self.org_prefixes = {s: e.country for s, es in self.entries.items() if len(s) >= 2
                             for e in es if e.kind == "org" and e.country}
        self.org_prefix_lens = sorted({len(s) for s in self.org_prefixes}, reverse=True)
        self.generic_orgs = tuple(sorted({s for s, es in self.entries.items() if len(s) >= 3 and any(
            e.kind == "org" and e.country is None and e.extra.get("org_kind") == "ministry" for e in es)}, key=len, reverse=True))
        for s in list(self.entries) + list(self.composites):
            self.auto.add_word(s, s)
        self.auto.make_automaton()

    # -- pieces -------------------------------------------------------------
    def pieces(self, text: str, spans=None):
        """Leftmost-longest KB matches: list of (start, end, surface, entries),
        over the whole text or only the given (start, end) spans."""
        if spans is None:
            spans = [(0, len(text))]
        out = []
        matches = []
        for a, b in spans:
            matches.extend(self.auto.iter_long(text, a, b))
        skip = 0
        for end_idx, s in matches:
            start = end_idx - len(s) + 1
            if s in _STRADDLED and text[start - 1:start] in _STRADDLED[s]:
                continue  # 有关岛礁: 关岛 straddles 有关 + 岛礁
            nb = _NOT_BEFORE_CHAR.get(s)
            if nb and text[end_idx + 1:end_idx + 2] and text[end_idx + 1:end_idx + 2] in nb:
                continue
            if _SPLIT_WORD.get(s[-1:]) == text[end_idx + 1:end_idx + 2]:
                # 对台军售 = 台 + 军售 (not 台军); 对俄制裁 = 俄 + 制裁 (not 俄制 'Russian-made')
                if s[:-1] in self.entries:
                    out.append((start, end_idx, s[:-1], self.entries[s[:-1]]))
                continue
            if s[-1:] == "海" and text[end_idx + 1:end_idx + 2] in _SEA_SPLIT and len(s) >= 3 \
                    and any(e.kind == "country" for e in self.entries.get(s[:-1], ())):
                # 菲律宾海军 = 菲律宾 + 海军, 日本海上保安厅 = 日本 + 海上…: a country's navy, not its sea
                out.append((start, end_idx, s[:-1], self.entries[s[:-1]]))
                for k in range(min(8, len(text) - end_idx), 1, -1):  # …海岸警卫队: the name read on from 海
                    if text[end_idx:end_idx + k] in self.entries:
                        out.append((end_idx, end_idx + k, text[end_idx:end_idx + k], self.entries[text[end_idx:end_idx + k]]))
                        skip = end_idx + k
                        break
                continue
            if start < skip:
                continue
            if s in self.composites:
                a, b = self.composites[s]
                out.append((start, start + len(a), a, self.entries[a]))
                out.append((start + len(a), end_idx + 1, b, self.entries[b]))
            else:
                out.append((start, end_idx + 1, s, self.entries[s]))
        return out

    def _contextual(self, pieces):
        """One-character forms (乌方, 马方, 巴方, 塞方) stand for the country of
        that initial named most recently in the article: 乌方 is Uganda in a
        story about 乌干达, Ukraine in one about 乌克兰."""
        recent: list[str] = []
        cform = self.cform
        later = None  # the full names in order, for a form used before any is named
        for k, (s, e, sur, entries) in enumerate(pieces):
            info = cform.get(sur)
            if info is None:
                continue
            code, is_full, base = info
            if is_full:
                recent.append(code)
                continue
            if base == "中":
                continue
            cands = self.initials.get(base)
            if not cands:
                continue
            rc = next((rc for rc in reversed(recent) if rc in cands), None)
            if rc is None:
                # 印巴上月爆发冲突…对巴境内…。…巴基斯坦军方: named only further on
                if later is None:
                    later = [(p[0], cform[p[2]][0]) for p in pieces if p[2] in cform and cform[p[2]][1]]
                j = bisect.bisect_left(later, (s,))
                rc = next((c for _, c in later[j:] if c in cands), None)
            if rc is not None:
                key = (sur, rc)
                new = self._ctx_cache.get(key)
                if new is None:
                    ce = [x for x in entries if x.kind == "country"]
                    base_e = next((x for x in ce if x.country == rc), ce[0])
                    new = [dataclasses.replace(base_e, country=rc, extra={**base_e.extra, "ambiguous": False})] \
                        + [x for x in entries if x.kind != "country"]
                    self._ctx_cache[key] = new
                pieces[k] = (s, e, sur, new)
        return pieces

    # -- chunks -------------------------------------------------------------
    def find(self, text: str, spans=None) -> list[Mention]:
        pieces = self._contextual(self.pieces(text, spans))
        mentions: list[Mention] = []
        i = 0
        n = len(pieces)
        while i < n:
            start, end, s, entries = pieces[i]
            if len(s) == 2 and s[1] == "军" and start > 0 and text[start - 1] in _SURNAMES \
                    and (text[start - 2:start - 1] in _NAME_END_LEFT or text[end:end + 1] in ("说", "表", "指", "强", "称")
                         or text[end:end + 1].isdigit()):
                i += 1
                continue  # 中国海警局新闻发言人刘德军5日说: a name
            if s == "以军" and text[end:end + 1] in ("事", "力"):
                i += 1
                continue  # 以军事恫嚇, 以军力威慑: "by military means", not Israel's army
            kinds = self.kinds[s]
            if kinds <= {"person"} and (_inside_foreign_name(text, start, end) or (
                    text[start - 1:start] in "-－‐" and start > 1 and text[start - 2] in _TRANSLIT
                    and not (i > 0 and pieces[i - 1][1] == start - 1))):
                i += 1
                continue  # 佩尔萨德-比塞萨尔, 罗斯福·埃尔南德斯, 曼努埃尔·塞拉亚, 加西亚-培尼亚: part of a name the base lacks
                # (特朗普-普京会晤: two names the base knows)
            if kinds <= {"media"}:
                mentions.append(Mention(start, end, s, "media", name=s, parts=tuple(e.id for e in entries)))
                i += 1
                continue
            if "place" in kinds and (text.startswith(_VENUE_NOUNS, end) or _VENUE_TOPIC.match(text, end)
                                     or text[start - 2:start] == "首都") and any(
                    x.kind == "country" and x.extra.get("form") == "capital" for x in entries):
                kinds = frozenset({"place"})  # 6月伦敦会谈, 华盛顿峰会: the venue, not the government
                entries = [x for x in entries if x.kind == "place"]
            if kinds <= {"place"}:
                e = entries[0]
                mentions.append(Mention(start, end, s, "place", country=e.country, name=e.name or s,
                                        parts=(e.id,), extra={"place": e.id}))
                i += 1
                continue
            if len(s) >= 2 and i + 1 < n and pieces[i + 1][0] == end and len(pieces[i + 1][2]) >= 2 \
                    and kinds <= {"country", "place"} and "country" in kinds and self.kinds[pieces[i + 1][2]] <= {"country", "place"} \
                    and "country" in self.kinds[pieces[i + 1][2]] \
                    and text.startswith(_PAIR_NEXT + _TRIO_NEXT, pieces[i + 1][1]):
                a_e = _pair_pick(entries, pieces[i + 1][2])
                b_e = _pair_pick(pieces[i + 1][3], s)
                if a_e.country != b_e.country:
                    mentions.extend(_parties([(start, end, s, a_e), (*pieces[i + 1][:3], b_e)]))
                    i += 2
                    continue  # 中国巴基斯坦海上联合演习: two full names written as one compound, two parties
            if len(s) == 1 and "country" in kinds and i + 1 < n and text[end:end + 1] in "、，" \
                    and not (start > 0 and text[start - 1] in _TRANSLIT):
                run = [(start, end, s, entries)]
                while i + len(run) < n:
                    ps, pe, psur, pents = pieces[i + len(run)]
                    sep = text[run[-1][1]:ps]
                    if len(psur) != 1 or "country" not in self.kinds[psur] or sep not in ("、", "，", "和", "及", "与"):
                        break
                    run.append((ps, pe, psur, pents))
                codes = [[e for e in r[3] if e.kind == "country"][0] for r in run]
                if len(run) >= 2 and len({c.country for c in codes}) == len(run) and (
                        text.startswith(_TRIO_NEXT + ("两国", "五国", "各国", "等"), run[-1][1])):
                    mentions.extend(_parties([(*r[:3], ce) for r, ce in zip(run, codes)]))
                    i += len(run)
                    continue  # 驻英、法、德三国大使; 美、日、澳等国: one-character forms listed, each a party
            if len(s) == 1 and i + 1 < n and pieces[i + 1][0] == end and len(pieces[i + 1][2]) == 1 \
                    and not (start > 0 and text[start - 1] in _TRANSLIT) \
                    and "country" in kinds and "country" in self.kinds[pieces[i + 1][2]] \
                    and (text.startswith(_PAIR_NEXT, end + 1) or (text[start - 1:start] in _PAIR_PREP
                                                                 and text[end + 1:end + 2] not in _TRANSLIT)) \
                    and pieces[i + 1][2] not in _PAIR_NOT_SECOND \
                    and not (s == "日" and text[start - 1:start] in _DAY_WORD_LEFT):  # 近日也发表: not Japan and Yemen
                a_e = _pair_pick(entries, pieces[i + 1][2])
                b_e = _pair_pick(pieces[i + 1][3], s)
                if a_e.country != b_e.country:
                    mentions.extend(_parties([(start, end, s, a_e), (end, end + 1, pieces[i + 1][2], b_e)]))
                    i += 2
                    continue  # 美英两国军队, 中俄联合演习, 中澳双方
            if len(s) == 1 and i + 2 < n and pieces[i + 1][0] == end and pieces[i + 2][0] == end + 1 \
                    and "country" in kinds and not (start > 0 and text[start - 1] in _TRANSLIT):
                run = [(start, end, s, entries)]
                while i + len(run) < n:
                    ps, pe, psur, pents = pieces[i + len(run)]
                    if ps != run[-1][1] or len(psur) != 1 or "country" not in self.kinds[psur] or psur in _PAIR_NOT_SECOND:
                        break
                    run.append((ps, pe, psur, pents))
                said = _N_SAID.get(text[run[-1][1]:run[-1][1] + 1])
                if said and len(run) > said and text[run[-1][1] + 1:run[-1][1] + 2] in "国方边":
                    skip_n = len(run) - said  # 建立土叙俄三方…: three parties, 立 is the end of 建立
                    i += skip_n
                    run = run[skip_n:]
                    start, end, s, entries = run[0]
                codes = [[e for e in r[3] if e.kind == "country"][0] for r in run]
                if len(run) >= 3 and len({c.country for c in codes}) == len(run) and (
                        text.startswith(_TRIO_NEXT, run[-1][1])):
                    mentions.extend(_parties([(*r[:3], ce) for r, ce in zip(run, codes)]))
                    i += len(run)
                    continue  # 美日韩三国海军, 日美韩联合演习: three one-character forms, three parties
            if len(s) == 1 and s in _WORD_LEFT and "country" in kinds and (
                    (start > 0 and text[start - 1] in _WORD_LEFT[s]) or text[end:end + 1] in _WORD_RIGHT[s]):
                i += 1
                continue  # 同意北约…, 在意, 的意见: the character of a common word, not Italy
            if len(s) == 1 and "country" in kinds:
                org = _ORG_AFTER.match(text, end)
                left = text[start - 1] if start > 0 else ""
                if org and s in _SHORT_COMMON and text[start:start + 2] not in _NOT_ORG_HEAD \
                        and not text.endswith("磋商会", 0, org.end()) \
                        and not (left.isdigit() or left in "〇一二三四五六七八九十月年") \
                        and not (left and _HAN(left) and left not in _SHORT_OK_LEFT
                                 and not (org.group(2) and left == "了")):  # 哈德逊研究所: inside a name (关闭了俄驻…总领馆: not)
                    ce = [x for x in entries if x.kind == "country"][0]
                    suffix = org.group(1) or org.group(2)
                    mentions.append(Mention(start, org.end(), text[start:org.end()], "actor", country=ce.country,
                                            sector=_ORG_SECTOR.get(suffix, "NGO"), org=text[start:org.end()],
                                            parts=(ce.id, "org-name:" + suffix)))
                    i += 1
                    while i < n and pieces[i][0] < org.end():
                        i += 1
                    continue  # 美中贸易全国委员会, 日本经济团体联合会: an organisation named after its country
                envoy = (text[end:end + 1] == "驻" and i + 1 < n and (  # 召见阿驻俄大使, 约见美驻华大使
                    (pieces[i + 1][0] == end + 1 and "country" in self.kinds[pieces[i + 1][2]])
                    or (pieces[i + 1][0] == end and "role" in self.kinds[pieces[i + 1][2]]))) \
                    or (s in _SHORT_COMMON and text.startswith(_ENVOY_NOUNS, end))  # 驱逐俄外交官, 驱逐俄使馆人员
                if not envoy and left and ((_HAN(left) and left not in _SHORT_OK_LEFT) or left.isdigit()
                                           or left in "〇一二三四五六七八九十月年"):
                    i += 1
                    continue  # a one-character country form inside another word, or the 日 of a date
                nxt = text[end:end + 1]
                if (not left or not (_HAN(left) or left.isdigit())) and nxt in _SHORT_VERB_NEXT and s in "美俄韩英法德":
                    mentions.append(Mention(start, end, s, "actor", country=entries[0].country,
                                            parts=(entries[0].id,)))
                    i += 1
                    continue  # 美派遣…, 俄称…: a headline-style subject
            # gather a chunk of adjacent actor pieces
            posted_to = None
            chunk = [(start, end, s, entries, None)]
            j = i + 1
            while j < n:
                ps, pe, psur, pents = pieces[j]
                gap = text[chunk[-1][1]:ps]
                pk = self.kinds[psur]
                if pk <= {"media"}:
                    break
                if pk <= {"person"} and _inside_foreign_name(text, ps, pe):
                    break  # 参谋长罗斯福·埃尔南德斯: not 罗斯
                if pk <= {"place"} and not _is_capital(pents):
                    mission = _MISSION.match(text, pe) if gap == "驻" and len(chunk) == 1 else None
                    ce = [x for x in entries if x.kind == "country"] if mission else None
                    if ce:  # 伊朗驻伊斯坦布尔总领事馆: the mission of the country posted to that city
                        posted_to = Mention(start, mission.end(), text[start:mission.end()], "actor",
                                            country=ce[0].country, sector="GOV", org=text[start:mission.end()],
                                            parts=(ce[0].id, "org-name:" + mission.group(0)))
                    break
                if "country" in pk and gap != "驻" and (len(psur) == 1 or any(
                        e.kind == "country" and e.extra.get("form") == "short" for e in pents)):
                    break  # 议长阿希姆…, 乌方加强…: a one-character form does not extend a phrase
                if "country" in pk and gap == "" and len(chunk) == 1 and len(s) == 1 and "country" in kinds:
                    break  # 以沙特为首: a lone character (以) does not make the next country its modifier
                if gap == "":
                    chunk.append((ps, pe, psur, pents, None))
                elif len(gap) == 1 and gap in _JOINERS and _JOINERS[gap] is not None:
                    chunk.append((ps, pe, psur, pents, _JOINERS[gap]))
                elif gap in ("时任", "现任", "前任", "代理", "过渡", "临时", "看守", "候任") and "role" in pk:
                    chunk.append((ps, pe, psur, pents, None))  # 日本时任外相上川阳子, 泰国代理总理普坦: one person
                else:
                    break
                j += 1
            if posted_to is not None:
                mentions.append(posted_to)
                while j < n and pieces[j][0] < posted_to.end:
                    j += 1
                i = j
                continue
            for m in self._chunk_mentions(text, chunk):
                mentions.append(m)
            i = j
        # 乌代德空军基地: a base named by a service with no country is a place, not an actor
        titled = "《" in text
        out = [m for m in mentions if m is not None
               and not (m.generic and m.sector == "MIL" and text.startswith("基地", m.end))
               and not (titled and m.kind != "media" and _in_title(text, m.start))]
        for k in range(1, len(out)):
            m, p = out[k], out[k - 1]
            if m.generic and m.kind == "actor" and p.kind == "place" and p.country and p.end == m.start \
                    and m.text.startswith(("警方", "警察", "当局", "市公安局", "县公安局", "公安局")):
                m.country, m.generic = p.country, False  # 冲绳县警方, 加州当局: the place's country
                m.extra = {**m.extra, "place_at": p.start}  # (the phrase starts with the place)
            elif (m.generic or (m.weak and m.role and m.country is None)) and m.kind == "actor" and p.kind == "actor" \
                    and p.country and not p.generic and text[p.end:m.start] in _GOV_QUALIFIERS:
                m.country, m.generic, m.weak = p.country, False, False  # 马里过渡当局, 叙利亚临时政府, 马里过渡总统戈伊塔: that country's
            elif m.kind == "actor" and p.kind == "actor" and m.country is None and (m.generic or m.weak) \
                    and p.country and (p.role or (p.org and m.org)) and not p.generic \
                    and ((text[p.end:m.start] in ("和", "、", "及") and m.sector == p.sector)
                         or (text[p.end:m.start] == "与" and p.persons and not m.persons and m.generic)):
                # (澳洲外长黄英贤与司法部长…发表联合声明: her colleague)
                m.country, m.generic, m.weak = p.country, False, False  # 叙利亚总统和内政部长, 美国财政部和国务院: the same country's
        return _group_refs(text, out)

    def _chunk_mentions(self, text: str, chunk) -> list[Mention]:
        """Turn adjacent pieces into mentions; a chunk may hold two actors
        when the second starts with a country again (美国总统拜登 中国国家主席…
        never happens without a joiner, but 中美 does)."""
        m = Mention(chunk[0][0], chunk[-1][1], text[chunk[0][0]:chunk[-1][1]], "actor")
        countries: list[tuple[str, Entry]] = []
        # 召见驻俄大使: the country after 驻 is where the envoy is posted, not whose envoy
        posted = text[chunk[0][0] - 1:chunk[0][0]] == "驻" and len(chunk) > 1
        roles: list[Entry] = []
        orgs: list[Entry] = []
        persons: list[Entry] = []
        forms: list[Entry] = []
        parts = []
        for (_s, _e, sur, entries, joiner) in chunk:
            if joiner == "posted":
                posted = True
            kinds = self.kinds[sur]  # (the kinds of a surface's entries, whichever country a context picked)
            parts.append(entries[0].id)
            if "person" in kinds:
                persons.extend(e for e in entries if e.kind == "person")
                continue
            if "country" in kinds:
                ce = [e for e in entries if e.kind == "country"]
                parts[-1] = ce[0].id
                if posted and m.posted_to is None and (countries or _s == chunk[0][0]):
                    m.posted_to = ce[0].country
                else:
                    countries.append((sur, ce[0]))
                    forms.append(ce[0])
                continue
            if "org" in kinds:
                oe = [e for e in entries if e.kind == "org"][0]
                orgs.append(oe)
                if oe.country and not countries and not posted:
                    countries.append((sur, oe))
                continue
            if "role" in kinds:
                roles.append([e for e in entries if e.kind == "role"][0])
                continue
            if "place" in kinds:  # capitals used as metonyms
                pe = entries[0]
                countries.append((sur, pe))
        m.parts = tuple(parts)
        # single-character short forms stand only before a role or organisation
        if len(countries) >= 2 and countries[0][1].country == "CHN" and countries[1][1].country in ("TWN", "HKG", "MAC"):
            countries = countries[1:]  # 中国台湾地区, 中国香港特区
        if countries:
            sur, ce = countries[0]
            short = ce.extra.get("form") == "short" or len(sur) == 1
            if short and not (roles or orgs or persons):
                # 对美, 访俄, 赴日, 驻华 … : a one-character form right after a verb of direction
                before = text[chunk[0][0] - 1:chunk[0][0]]
                after = text[chunk[0][1]:chunk[0][1] + 1]
                ok_after = before in _SHORT_OK_AFTER or (before == "向" and after in _AFTER_XIANG) \
                    or (before == "自" and after in "进输购")  # 对自华进口电动汽车
                if not (len(chunk) == 1 and before and ok_after and sur in _SHORT_COMMON
                        and not after.isdigit()):
                    return []
                if sur == "中" and before in "访了":
                    return []  # 专访中表示, 访问中: 'during', not China (a visit to China is 访华)
            if ce.extra.get("ambiguous") and not persons:  # 巴方军队 with no 巴- country named: unknown
                return []
            m.country = ce.country
            m.sector = ce.sector
            if len(chunk) == 1 and ce.extra.get("form") == "capital":
                m.extra = {"capital": True}  # 伊斯兰堡 standing for its government (and still a city)
        if orgs:
            o = orgs[0]
            m.org = o.name or o.id
            if m.country is None:
                if o.country:
                    m.country = o.country
                else:
                    m.generic = True
            m.sector = o.sector or m.sector
        if roles:
            r = roles[-1]
            country_for_role = m.country if m.country and m.country not in ("@HOME", "@SHORE") else None
            overrides = r.extra.get("role_overrides") or {}
            m.role = overrides.get(country_for_role, r.role) if country_for_role else r.role
            m.sector = r.sector or m.sector
        if persons:
            m.persons = tuple(dict.fromkeys(p.id for p in persons))
            p = persons[0]
            m.name = p.name
            if m.country is None:
                m.country = p.country
        elif roles:
            # an unknown name right after the role phrase: 某国驻华大使某某
            name = None if roles[-1].extra.get("generic") else _read_name(text, m.end)
            if name:
                m.name = name
                m.end += len(name)
                m.text = text[m.start:m.end]
            elif m.country is None and not orgs:
                m.weak = True
        elif not countries and not orgs:
            return []
        if m.country is None and not orgs and roles and m.text.startswith(self.generic_orgs):
            m.generic, m.weak = True, False  # 外交部副部长: a ministry's office, the home country's
        elif m.country is None and not orgs and roles:
            for n in self.org_prefix_lens:
                c = self.org_prefixes.get(m.text[:n])
                if c:
                    m.country, m.weak = c, False  # 北约秘书长, 联合国秘书长: an organisation's office
                    break
        if m.country is None and not m.generic and not m.persons:
            m.weak = True
        return [m]


# 欧洲三国, 三国外长, 萨赫勒三国: a number of countries referring back to a list just named
# (the lookahead lets the engine skip every position no reference can start at: 5x faster over a text)
_GROUP_REF = re.compile(r"(?=[欧萨西这上该三四五])(?<![第\d])(?:欧洲|萨赫勒|西方|这|上述|该)?([三四五])国(?!家|内|际|外(?!长|交)|籍|产|王|债|企)")
_GROUP_N = {"三": 3, "四": 4, "五": 5}
_LIST_GAP = ("、", "和", "及", "与", "以及")


def _parties(items) -> list[Mention]:
    """(start, end, surface, country entry) written as one compound or list: each its own party."""
    return [Mention(ps, pe, psur, "actor", country=ce.country, parts=(ce.id,), extra={"pair": True})
            for ps, pe, psur, ce in items]


def _pair_pick(entries, other: str):
    """The country entry of a one-character form in a pair: 巴 beside 以 is Palestine (巴以双方)."""
    cs = [e for e in entries if e.kind == "country"]
    if other == "以":
        for e in cs:
            if e.country == "PSE":
                return e
    return cs[0]


def _in_title(text: str, pos: int) -> bool:
    """Is pos inside a title in book marks (《罗马规约》, 《台湾关系法》)? A name there names no party."""
    k = text.rfind("《", max(0, pos - 30), pos)
    return k >= 0 and "》" not in text[k:pos] and "》" in text[pos:pos + 30]


def _group_refs(text: str, out: list[Mention]) -> list[Mention]:
    """Give a bare 三国/欧洲三国 the countries of the last list of that many named before it
    (英国、法国和德国…。欧洲三国…: the three); a role word right after it (三国外长) is theirs."""
    refs = list(_GROUP_REF.finditer(text)) if "国" in text else None
    if not refs:
        return out
    lists: list[tuple[int, int, tuple[str, ...]]] = []
    run: list[Mention] = []
    for m in out + [None]:
        if m is not None and m.kind == "actor" and m.country and not m.extra.get("group") and (
                not run or text[run[-1].end:m.start] in _LIST_GAP):
            run.append(m)
            continue
        cs = tuple(dict.fromkeys(x.country for x in run))
        if len(cs) >= 3:
            lists.append((run[0].start, run[-1].end, cs))
        run = [m] if m is not None and m.kind == "actor" and m.country and not m.extra.get("group") else []
    if not lists:
        return out
    added = []
    for g in refs:
        n = _GROUP_N[g.group(1)]
        if any(m.end == g.start() for m in out):
            continue  # 美日韩三国: the list is named right there
        prior = [cs for (s, e, cs) in lists if e <= g.start() and len(cs) == n]
        if not prior or any(m.start < g.end() and g.start() < m.end and not (g.start() <= m.start and m.end < g.end())
                            for m in out):
            continue
        members = prior[-1]
        out = [m for m in out if not (g.start() <= m.start and m.end < g.end())]  # 欧洲 of 欧洲三国
        nxt = next((m for m in out if m.start == g.end() and m.kind == "actor"), None)
        if nxt is not None and nxt.country is None:
            nxt.start, nxt.text = g.start(), text[g.start():nxt.end]
            nxt.country, nxt.weak, nxt.generic = members[0], False, False
            nxt.extra = {**nxt.extra, "group": members}
        elif nxt is None:
            added.append(Mention(g.start(), g.end(), g.group(0), "actor", country=members[0],
                                 parts=tuple("group:" + c for c in members), extra={"group": members}))
    if added:
        out = sorted(out + added, key=lambda m: m.start)
    return out


def _is_capital(entries) -> bool:
    return any(e.extra.get("form") == "capital" for e in entries)


def _read_name(text: str, pos: int) -> str | None:
    """Characters of an unknown personal name starting at pos, or None."""
    j = pos
    n = len(text)
    while j < n and j - pos < 12:
        c = text[j]
        if c in "·•":
            j += 1
            continue
        if not _HAN(c) or c in _NAME_STOP:
            break
        if text.startswith(_NAME_STOP_WORDS, j):
            break
        j += 1
        if j - pos >= 7:
            break
    name = text[pos:j].strip("·•")
    if len(name) > 3 and "·" not in name and not all(c in _TRANSLIT for c in name[:4]):
        # a Chinese name has two or three characters: 施毅随后… -> 施毅
        name = name[:2] if name[2] in _NOT_NAME_3RD else name[:3]
    if len(name) < 2:
        return None
    return name
