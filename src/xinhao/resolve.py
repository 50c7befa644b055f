"""Candidates -> event records (EVENT_SCHEMA.md).

Resolves each candidate's date (the time expression that governs its
trigger, else the date last named before it, else the month of
publication), its actors at that date (country, sector, role, code from the
knowledge base's dated roles), its CAMEO code's Goldstein score and quad
class, a stable id, and de-duplicates within the article: one event per
(type, actor, recipient, date, mechanism); later restatements add evidence.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import re

from . import cameo
from .events import Candidate, _country
from .mentions import Mention
from .model import Doc
from .segment import in_dateline
from .times import term_end

VERBAL = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "REJECT", "PROTEST"}
MATERIAL = {"ASSAULT", "MOBILIZE", "COERCE", "AID", "SANCTION", "COOPERATE", "RETREAT"}
SYMMETRIC = {"CONSULT", "COOPERATE"}
ROLE_PRIORITY = ["head_of_state", "president", "monarch", "premier", "prime_minister", "chancellor",
                 "vice_president", "speaker", "cppcc_chairman", "vice_premier", "state_councilor",
                 "foreign_minister", "secretary_of_state", "defense_minister", "defense_secretary",
                 "national_security_advisor", "treasury_secretary", "commerce_secretary", "trade_representative",
                 "secretary_general", "special_envoy", "ambassador", "assistant_secretary_of_defense",
                 "assistant_secretary_of_state", "foreign_ministry_spokesperson", "defense_ministry_spokesperson",
                 "government_spokesperson", "minister", "military_commander", "cmc_vice_chairman", "cmc_member",
                 "legislator", "party_leader", "politburo_standing_committee_member", "politburo_member"]


_INTRODUCES = re.compile(r"[^，。；]{0,8}?(?:宣布|表示|称|说|指出|强调|发表声明|发布声明)[，,：:]")
_VENUE = re.compile(r"[^，。；]{0,10}?(?:会议|会上|公开会|例会|峰会|论坛|举行|召开|开幕|闭幕)")
# 中方决定 / 我们决定 / 我部宣布: the speaker's own side announcing its own measure
_OWN_DECISION = re.compile(r"(?:中方|我们|我方|我部|我办|本部)(?:已经?|现)?(?:决定|宣布)")
_DURATIVE = ("连日来", "连日", "这几天", "近几天", "多日来", "连续几天", "几天来")
_VAGUE_NP = re.compile(r"[^，。；、]{0,8}的")
_ATTRIB = re.compile(r"(?:的|第|是(?!否)|到期|届满|截止|以来|之前|号|版|届|中美|中俄|中非|中欧|中阿|中拉|中日|中韩|两国|元首|峰会|论坛|远景|规划|行政令|预算|财年|大选|选举|奥运|议程|目标|愿景|计划|年度|发布的|通过的|签署的|召开的|举办的|举行的|入列的|服役的|上任的|就任的|成立的|当选的|开通的|启用的|建立的|设立的|达成的|启动的|发生的|爆发的|通话重要|会晤|会谈成果|共识|战略|指引|讲话|重要|起|局势|形势|情况|动向|事态)")


_AFTER_THE_MEETING = re.compile(r"(?:在|于)?(?<!记者)(?<!发布)(?:会后|会上|会议结束后|会晤后|会谈后|会议上|会谈中|会晤中|会见中|会谈时|会晤时|通话中)")
# (not 记者会上; 中谷元在会谈中…表达了严重关切: the talks the story told)
_MEETING_WORD = re.compile(r"会晤|会谈|会议|会见|通话|峰会|磋商")
_SINCE_IN_CLAUSE = re.compile(r"[^，,；;：:]*以来")  # 3月访华以来 (not …3日说，…生效以来: another clause)
_SINCE_TIME = re.compile(r"[^，。；]{0,8}?(?:以来|后首次|后的首次|(?:就任|上任|履新|就职)[^，。；]{0,8}?后)")  # (中谷元10月就任防卫大臣后，这是首次…)
_AT_EVENT = re.compile(r"[^，。；：]{0,12}?(?:会谈|会晤|会见|记者会|新闻发布会|发布会|讲话|演讲|会议|通话|峰会|论坛|辩论)(?:中|上|时)")
# (在30日的安理会会议上, 在18日下午的“亚太安全架构”分论坛上, 在1日晚间的全国讲话中)
_TOPIC_OPEN = re.compile(r"[就对针][^，。；]*$")
_TOPIC_CLOSE = re.compile(r"一事|事件|问题|行为|行径|举动|言论")


_REPORT_DAY = re.compile(r"(?:报道|电|讯)")  # 参考消息网1月9日报道: the report's day, not the story's
_STATEMENT_OPENS = re.compile(r"[^。；\n]{1,30}?(?:说|表示|指出|强调|称|回应|发言)")  # 张军表决后发言说: a voice opens the paragraph
_TAKES_EFFECT = re.compile(r"(?:起|开始)")
_ANNOUNCED_BEFORE = re.compile(r"宣布|公告|决定|签署")
_GOES_ON = re.compile(r"(?:当天|当日|同日|同一天|当晚|上午|下午|中午|晚间|晚上|傍晚|凌晨|深夜|随后|此后|之后|次日|翌日|第二天)")
_BACK_REF = re.compile(r"(?:这些|这一|这项|这次|这个|上述|该|此前|此|其中)")  # a paragraph pointing back (这些反制措施中…)
_GROUP_BEFORE = re.compile(r"(?:[两三四五六七八九十]国|双方|三方|四方)$")  # 韩美两国|空军: the forces of those named


def _listed_with(text: str, actor, t) -> bool:
    """美国、日本、韩国外交部门7日发表联合声明: the time after the last of a list of
    subjects is every listed subject's own."""
    if actor is None or not (actor.end <= t.start):
        return False
    gap = text[actor.end:t.start]
    return gap[:1] in ("、", "和", "与", "及") and len(gap) <= 30 and not any(ch in gap for ch in "，。；：,")


def _respectively(doc: Doc, text: str, same: list, c):
    """特使26日、27日先后访问柬埔寨和泰国: the k-th date goes with the k-th party named."""
    a, b = same[-2], same[-1]
    if text[a.end:b.start] not in ("、", "和", "及", "至") or not _RESPECTIVELY.search(text, max(0, a.start - 4), c.tstart):
        return None  # (先后于2024年10月和2025年1月访华 / 26日、27日先后访问)
    run = [b, a]
    for t in reversed(same[:-2]):
        if text[t.end:run[-1].start] in ("、", "和", "及"):
            run.append(t)
        else:
            break
    run.reverse()
    k = len(text)
    for ch in "，。；,;":
        j = text.find(ch, c.tend)
        if 0 <= j < k:
            k = j
    parties = [m for m in doc.mentions if m.kind == "actor" and c.tend <= m.start < k and not m.weak]
    for i, m in enumerate(parties):
        if m is c.recipient and i < len(run):
            return run[i]
    # 外交大臣拉米、财政大臣里夫斯先后于2024年10月和2025年1月访华: the k-th date goes with the k-th visitor
    cs = run[0].start
    while cs > 0 and text[cs - 1] not in "，。；,;\n":
        cs -= 1
    doers = [m for m in doc.mentions if m.kind == "actor" and cs <= m.start < run[0].start and not m.weak]
    for i, m in enumerate(doers):
        if m is c.actor and i < len(run) and len(doers) == len(run):
            return run[i]
    return None


_RESPECTIVELY = re.compile(r"先后|分别|相继")


def _in_modifier(text: str, t) -> bool:
    """积极评价去年10月就边境问题达成的解决方案: a time in a clause that ends as a noun
    modifier (…达成的X) dates that modifier."""
    k = len(text)
    for ch in "，。；,;":
        j = text.find(ch, t.end)
        if 0 <= j < k:
            k = j
    m = _MODIFIER_VERB.search(text, t.end, k)
    return bool(m) and not (m.start() == t.end and _dates_statement(text, t, m.end()))


def _dates_statement(text: str, t, after: int) -> bool:
    """韩联参在8日发布的通报中说: a time between 在 and …发布的/发表的 (ending at ``after``) names the
    day of the statement the words are in, so it dates them rather than modifying a noun."""
    return (text[t.start - 1:t.start] == "在" and bool(_IN_STATEMENT.match(text, after))) \
        or bool(_STATEMENT_SPEAKS.match(text, after))  # 东盟外长会26日发表的联合公报对…表示严重关切


_MODIFIER_VERB = re.compile(r"(?:达成|签署|发表|提出|通过|举行|宣布|发布|作出)的")


def _since(text: str, t, end: int, later) -> bool:
    """3月访华以来…: a time opening a period (its 以来 in the same clause, before ``end``, with no
    other time between: 26日发表的公报对朝鲜今年以来…: the 以来 is 今年's)."""
    m = _SINCE_IN_CLAUSE.match(text, t.end, end)
    return m is not None and not any(u.start < m.end() for u in later)


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max(lo, max(text.rfind(ch, lo, pos) for ch in "，,；;：:") + 1)


def _topic_time(text: str, cs: int, t, ts: int) -> bool:
    """就中国战机7日、8日异常接近…一事表达严重关切: a time inside the topic of the act
    dates the topic, not the act."""
    return bool(_TOPIC_OPEN.search(text, cs, t.start)) and bool(_TOPIC_CLOSE.search(text, t.end, ts))


def _attributive(text: str, t) -> bool:
    """A time that modifies a noun (今年1月17日中美元首通话重要共识, 2024年中非合作论坛峰会)
    rather than dating the clause's verb."""
    if text[max(0, t.start - 3):t.start].endswith(("原定", "原定于", "原计划", "原本计划")):
        return True  # 原定明年初举行的领导人会议: the time of the plan, not of what is told
    m = _ATTRIB.match(text, t.end)
    if m and m.group(0) == "的" and text[t.start - 1:t.start] == "在" and _AT_EVENT.match(text, t.end + 1):
        return False  # 普京在21日的会谈中表示: the day of the occasion the words were spoken at
    if m and m.group(0) in ("发布的", "发表的") and _dates_statement(text, t, m.end()):
        return False  # 韩联参在8日发布的通报中说
    if m:
        if m.group(0) == "起" and text[t.start - 1:t.start] not in ("自", "从", "于") and not t.text.startswith(("自", "从", "于")):
            return False  # 以军19日起开始撤出: the act's own start, not an effective date of a decision
        if m.group(0) == "起" and text[t.end + 1:t.end + 2] in ("，", ",") and text[t.start - 2:t.start - 1] in ("", "\n", "。", "；"):
            return False  # 自今年8月起，美国陆续派遣…: opening its sentence, it dates the acts that follow
            # (…发布公告，自3月10日起，对…加征关税: after an announcement it is the effective date)
        return True
    # 近期局势, 最近接触沟通的情况: a vague time inside a noun phrase
    return t.kind == "vague" and bool(_VAGUE_NP.match(text, t.end))


def _reported_time(text: str, ss: int, t) -> bool:
    """对于越南国防部长前一天称中国海警10日的行为…，毛宁回应说: a time in the topic answered or in
    another's reported words, not the speaker's own."""
    cs = max(ss, text.rfind("，", ss, t.start) + 1)
    return text.startswith(("对于", "就", "关于", "针对", "至于"), cs) or "称" in text[cs:t.start]


_ANNOUNCED = re.compile(r"(?:宣布|决定)[^，。；？]{0,20}?(?:措施|取消)")
_STATEMENT_SPEAKS = re.compile(r"[^，。；]{0,6}?(?:声明|公报|公告|通报)(?:中)?(?:对|称|说|指出|表示|强调|呼吁|谴责|要求)")
_IN_STATEMENT = re.compile(r"[^，。；]{0,6}?(?:通报|声明|公告|讲话|谈话|文章|报告|公报)中")
_SPEECH_OR_QUESTION = re.compile(r"表示|指出|强调|重申|说|称|认为|回应|介绍|透露|声明|谈到|提到|阐述|阐明|答记者问|告诉|致辞|"
                                 r"发言|分析|评价|警告|记者问|有记者|问：|提问")


_NAME_RUN = re.compile(r"[\u4e00-\u9fff·]{2,5}")  # a transliterated name


def _far(t, pub, days: int) -> bool:
    """Is the time expression's start more than ``days`` days from the publication date?"""
    try:
        d = _dt.date.fromisoformat(t.date if len(t.date) == 10 else (t.date + "-01" if len(t.date) == 7 else t.date + "-01-01"))
    except (TypeError, ValueError):
        return False
    return abs((d - pub).days) > days

def _spokesperson(m, kb=None) -> bool:
    if m is None:
        return False
    if "发言人" in (m.text or "") or (m.role or "").endswith("spokesperson"):
        return True
    if kb is not None:
        for pid in m.persons:
            if any(sp.role.endswith("spokesperson") for sp in kb.roles_at(pid, None)):
                return True
    return False


def _later_paragraph(doc: Doc, t, before: int) -> tuple[bool, int]:
    """Is offset ``before`` in a later paragraph than time ``t``, and where does its paragraph open?"""
    sstarts = _sent_starts(doc)
    pa = doc.sentences[bisect.bisect_right(sstarts, t.start) - 1].para
    kb = max(0, bisect.bisect_right(sstarts, before) - 1)
    pb = doc.sentences[kb].para
    while kb > 0 and doc.sentences[kb - 1].para == pb:
        kb -= 1
    return pb != pa, doc.sentences[kb].start  # (the paragraph's first sentence)


_OCCASION = re.compile(r"抗议|交涉|召见|约见")


def _sent_starts(doc: Doc) -> list[int]:
    """Sentence start offsets, computed once per document."""
    starts = doc.info.get("sent_starts")
    if starts is None:
        starts = doc.info["sent_starts"] = [s.start for s in doc.sentences]
    return starts


def _paragraph_speech(doc: Doc) -> dict[int, int]:
    """Offset of the first speech verb of each paragraph (not inside a name), computed once
    per document."""
    cached = doc.info.get("para_speech")
    if cached is not None:
        return cached
    out = doc.info["para_speech"] = _find_paragraph_speech(doc)
    return out


def _find_paragraph_speech(doc: Doc) -> dict[int, int]:
    from .events import SPEECH_RE
    text = doc.norm
    spans = sorted((m.start, m.end) for m in doc.mentions)
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    out: dict[int, int] = {}
    for s in doc.sentences:
        if s.para in out:
            continue
        for m in _SPEECH_OR_QUESTION.finditer(text, s.start, s.end):
            k = bisect.bisect_right(starts, m.start()) - 1
            # (inside a name when some mention starting at or before it reaches past it;
            # mentions do not nest, so the nearest one decides)
            if not (k >= 0 and m.start() < ends[k]):
                out[s.para] = m.start()
                break
    return out


def _day(date: str | None) -> _dt.date | None:
    if not date:
        return None
    parts = date.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return _dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


_BRIEFING_LEAD = re.compile(r"例行记者会|记者会|新闻发布会|答记者问|吹风会")
_BRIEFING_NOTE = re.compile(r"[（(][^（）()\n]{0,40}?(?:答记者问|例行记者会|记者会上|新闻发布会)[）)]")


class Resolver:
    def __init__(self, kb, home: str = "CHN", mechanisms: list[dict] | None = None):
        self.kb = kb
        self.home = home
        self._roles: dict = {}
        # channels known by who talks: CHN defence minister <-> US defense secretary
        self.role_mechs = []
        for m in mechanisms or []:
            dy = tuple(m["id"].split("/")[0].split("-"))
            for pair in m.get("roles", []):
                self.role_mechs.append((dy, tuple(pair), m["id"]))

    # -- dates ---------------------------------------------------------------
    @staticmethod
    def _briefing_day(doc: Doc) -> str | None:
        """The day a transcript's answers were given, when a closing or opening
        note states it: （国防部新闻发言人…9日答记者问）, published the day after."""
        if "briefing_day" not in doc.info:
            day = None
            for m in _BRIEFING_NOTE.finditer(doc.norm):
                inside = [t for t in doc.times if m.start() <= t.start < m.end() and t.precision == "day" and t.date]
                if inside:
                    day = inside[-1].date
                    break
            if day is None:
                # 国防部新闻发言人吴谦4月25日在例行记者会上回答了有关提问。 (the lead, before the first question)
                qa = doc.info.get("qa", {})
                for s in doc.sentences:
                    if qa.get(s.para) in ("q", "a"):
                        break
                    if _BRIEFING_LEAD.search(doc.norm, s.start, s.end):
                        inside = [t for t in doc.times if s.start <= t.start < s.end and t.precision == "day" and t.date]
                        if inside:
                            day = inside[0].date
                            break
            doc.info["briefing_day"] = day
        return doc.info["briefing_day"]

    def date_for(self, doc: Doc, c: Candidate) -> tuple[str | None, str | None, str]:
        """The date of a candidate: a time expression of its own sentence
        (the nearest adverbial one before the trigger, else one after it),
        else the date set by the last sentence that *opens* with a time
        (7月19日上午，… / 今年6月，…), else the month of publication."""
        times = doc.times
        s = doc.sentences[c.sentence]
        starts = doc.info.get("time_starts")
        if starts is None:
            starts = doc.info["time_starts"] = [t.start for t in times]
        if c.date_from is not None and c.date_from is not c and (c.date_strong or not self._own_day(doc, s, c)):
            anchor = self._anchor(doc, s.start)
            meet_s = doc.sentences[c.date_from.sentence]
            met = None
            if not (c.date_strong or anchor is None or anchor.start < meet_s.end) and anchor.kind == "span" and anchor.date:
                met = self.date_for(doc, c.date_from)  # a visit's span (7日至9日) frames the talks of the 8th
                if not str(met[0] or "").startswith(anchor.date[:7]):
                    met = None
            elif c.date_strong or anchor is None or anchor.start < meet_s.end:  # no newer narrative time since
                met = self.date_for(doc, c.date_from)
            if met is not None and met[0] is not None:
                return met[0], met[1], "meeting:" + met[2]
        text = doc.norm
        chosen, how = None, ""
        # a meeting involves both parties: a time after either of them is the meeting's
        actor_c = None if c.pattern.type == "CONSULT" or c.pattern.frame == "both" else _country(c.actor, self.home)
        span = times[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, c.tstart)]
        before = [t for k, t in enumerate(span)
                  if not _attributive(text, t)
                  and not in_dateline(doc, t.start) and not _since(text, t, c.tstart, span[k + 1:])
                  and not (term_end(text, t.start) and t.kind != "span")]  # 把期限缩短到8月8日: a deadline
        if before:
            cs = max(s.start, max(text.rfind(ch, s.start, c.tstart) for ch in "，,；;：:") + 1)
            same = [t for t in before if t.start >= cs and (not self._own_act_of_other(doc, t, actor_c)
                                                            or _listed_with(text, c.actor, t))
                    and not _topic_time(text, cs, t, c.tstart)]
            if len(same) >= 2:
                k = _respectively(doc, text, same, c)
                if k is not None:
                    return k.date, k.precision, "clause:respectively"
            a = c.actor
            own = []
            if not same and a is not None and s.start <= a.start < cs and a.start >= s.start:
                # 近期，美方…进行盘查，部分人员被强制遣返: the doer's own clause dates the act
                acs = a.start
                while acs > s.start and text[acs - 1] not in "，,；;：:":
                    acs -= 1
                # (the doer's own clause: 美军2月4日出动战机，…将其击落 — the time after the subject too)
                ace = min([k for k in (text.find(ch, a.end, cs) for ch in "，,；;：:") if k >= 0] or [cs])
                own = [t for t in before if acs <= t.start < ace and not t.report and not _topic_time(text, acs, t, c.tstart)]
            if same:
                chosen, how = same[-1], "clause"
                firm = [t for t in same if t.kind != "vague" and t.date]
                if chosen.kind == "vague" and firm and c.pattern.frame != "pred":
                    chosen = firm[-1]  # 外交部本月14日提醒中国公民近期避免赴日: the day it was done, not the vague time in what it says
                if chosen.kind == "vague" and c.pattern.frame != "pred":
                    # 上周五，外交部…提醒中国公民近期避免赴日 / 英方今后每年将向乌方提供…: a vague word inside
                    # what is done or promised leaves the day the sentence opens with
                    lead = [t for t in before if t.kind != "vague" and not t.report and t.start < cs
                            and (text[t.end:t.end + 1] in ("，", ",") or t.start == s.start)]
                    if lead:
                        chosen, how = lead[-1], "sentence-lead"
            elif own:
                chosen, how = own[-1], "actor-clause"
            else:
                # a time standing as its own clause (7月12日，…) or opening one; vague
                # words (近期) only ever date their own clause
                standalone = [t for t in before if t.kind != "vague" and (text[t.end:t.end + 1] in ("，", ",")
                              or text[t.start - 1:t.start] in ("，", ",", "：", "") or t.start == s.start)]
                free = [t for t in standalone if not t.report] or standalone
                opener = [t for t in before if t.kind == "vague" and t.start == s.start and text[t.end:t.end + 1] in ("，", ",")
                          and c.pattern.frame != "pred"]  # a charge is made now, whatever the charged act's time
                a = c.actor
                if opener and a is not None and not any(t.start > opener[0].start and t.kind != "vague" for t in before) \
                        and opener[0].end < a.start and not any(ch in text[opener[0].end + 1:a.start] for ch in "，,；;"):
                    chosen, how = opener[0], "sentence-lead"  # 此前，日方就…提出抗议: no usable date
                elif free:
                    chosen, how = free[-1], "sentence-lead"
                elif c.pattern.dated_by_prior and (prior := [t for t in before if t.kind != "vague" and t.date and not t.report
                                                             and not _in_modifier(text, t)]):
                    chosen, how = prior[-1], "response"  # 巴方军队25日夜间开火，印军予以还击
                else:
                    rest = [t for t in before if t.kind != "vague"
                            and (not self._own_act_of_other(doc, t, actor_c) or _listed_with(text, c.actor, t))
                            and not _in_modifier(text, t)
                            and not _topic_time(text, _clause_start(text, s.start, t.start), t, c.tstart)]
                    if len(rest) >= 2 and _TAKES_EFFECT.match(text, rest[-1].end) and _ANNOUNCED_BEFORE.search(
                            text, rest[-2].end, rest[-1].start):
                        rest = rest[:-1]  # 卡尼周五（22日）宣布，由9月1日起…取消: the announcement's day, not the day it takes effect
                    if rest:
                        chosen, how = rest[-1], "sentence"
        if chosen is not None and chosen.kind == "vague" and chosen.text in _DURATIVE:
            chosen = None
        if chosen is None and c.pattern.type in ("SANCTION", "RETREAT", "ASSAULT", "MOBILIZE", "COERCE") and not before:
            # 欧盟自去年10月30日起对…征收最终反补贴税 (a sentence with no other time): the measure is
            # dated by the day it took effect, not by the story's day; 美英自2024年1月12日起多次…实施空袭:
            # strikes, drills or seizures begun on a day are dated by that day
            eff = [t for t in times[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, c.tstart)]
                   if t.date and t.kind != "vague" and text.startswith("起", t.end)
                   and (text[t.start - 1:t.start] in ("自", "从") or t.text.startswith(("自", "从")))]
            if eff:
                return eff[-1].date, eff[-1].precision, "effective"
        if chosen is None and doc.info.get("qa", {}).get(s.para) == "a" and actor_c not in (self.home, None) \
                and c.pattern.type not in VERBAL:
            # 问：美国国务院10日宣布对若干名中国官员实施签证限制…？ 答：美方…对中国官员实施签证限制…:
            # the other side's act an answer restates is dated by the day the question gives it
            asked = self._asked_day(doc, s, actor_c)
            if asked is not None:
                return asked.date, asked.precision, "question-day"
        if (chosen is None or chosen.report) and text.find("当场", max(s.start, c.tstart - 8), c.tstart) >= 0:
            # 对于日方的所谓抗议，中方已当场予以驳回: done on the spot, on the day the protest or summons was
            # made (问：日本外务省13日召见中国驻日大使…), not on the day it is told (发言人17日表示)
            met = self._occasion_day(doc, s)
            if met is not None:
                return met.date, met.precision, "on-the-spot"
        if chosen is None and doc.info.get("qa", {}).get(s.para) == "a" and doc.article.published \
                and (c.pattern.type in VERBAL or (actor_c in (self.home, None) and _OWN_DECISION.search(text, s.start, c.tstart))):
            # (an answer announcing the speaker's side's own measure: 中方决定，对…采取签证限制措施)
            prev = self._narrated_before(doc, s) if c.pattern.type not in (
                "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "PROTEST") else None  # (a charge, demand or warning is made now)
            if prev is not None:
                return prev.date, prev.precision, "answer-narration"
            if c.mechanism and c.pattern.type in ("REJECT", "SANCTION") and actor_c in (self.home, None):
                asked = self._asked_day(doc, s)
                if asked is not None:
                    return asked.date, asked.precision, "question-day"
            held = self._briefing_day(doc) if actor_c in (self.home, None) else None
            if held is not None:
                return held, "day", "briefing(answer)"
            return doc.article.published.isoformat(), "day", "published(answer)"
        if chosen is None and _AFTER_THE_MEETING.search(text, s.start, c.tstart):
            # 就在前一天，三国外长在多哈举行会晤。三国外长在会后发表的声明中呼吁…: the meeting's day
            # (联合国安理会20日…举行会议。…\n\n据联合国网站报道，黎巴嫩外长在会上指责…: the meeting the
            # story opened with, a paragraph before) — the nearest sentence naming a meeting decides
            k = bisect.bisect_right(_sent_starts(doc), s.start) - 1
            paras = {s.para}
            for j in range(k - 1, max(-1, k - 7), -1):
                p = doc.sentences[j]
                paras.add(p.para)
                if len(paras) > 2:
                    break  # (the paragraph before at most)
                if not _MEETING_WORD.search(text, p.start, p.end):
                    continue
                met = [t for t in times[bisect.bisect_left(starts, p.start):bisect.bisect_left(starts, p.end)]
                       if t.date and t.kind != "vague" and not in_dateline(doc, t.start) and not _attributive(text, t)
                       and not _SINCE_TIME.match(text, t.end)]
                if met:
                    return met[-1].date, met[-1].precision, "meeting-before"
                break
        if chosen is None and "he" in c.how and c.pattern.type in VERBAL and isinstance(c.actor, Mention) \
                and c.actor.start < s.start:
            # 布劳纳19日对媒体说，…。他要求中方归还枪支: 'he' goes on speaking on the day he was said to speak
            own = self._said_on(doc, c.actor, s)
            if own is not None:
                return own.date, own.precision, "he-day"
        if chosen is None:
            anchor = self._anchor(doc, s.start)
            if anchor is not None and c.pattern.type in VERBAL:
                who = c.actor if c.actor is not None and c.actor.persons else c.speaker
                if who is None:
                    # “…。”发言人表示，中方将… / “我们敦促…。”发言人说: a bare office speaking in the sentence
                    who = next((m for m in doc.mentions if s.start <= m.start <= s.end + 2 and m.kind == "actor"
                                and "spokesperson" in (m.role or "") and _SPEECH_OR_QUESTION.match(text, m.end)), None)
                own = self._speaker_day(doc, who, anchor, s.start)
                if own is not None:
                    anchor = own  # 蒋斌昨日（26日）宣布…。特奥多罗前日（25日）声称…。蒋斌回应时说: his day
            if anchor is not None and c.pattern.type in VERBAL and (
                    _spokesperson(c.actor, self.kb) or (_spokesperson(c.speaker, self.kb)
                                                        and _country(c.speaker, self.home) == actor_c)) \
                    and (self._own_act_of_other(doc, anchor, actor_c, anchor=True) or self._narrates_other(doc, anchor, actor_c)) \
                    and not self._meeting_at(doc, anchor):
                pub = doc.article.published
                if pub is not None:
                    # a spokesperson answering another party's act answers on the day of the report
                    return pub.isoformat(), "day", "published(reply)"
            if anchor is not None:
                chosen, how = anchor, "carried"
        if chosen is None:
            j = bisect.bisect_left(starts, c.tend)
            while j < len(times) and times[j].start < s.end:
                tj = times[j]
                if tj.kind != "vague" and tj.date and not _attributive(text, tj) and not term_end(text, tj.start):
                    chosen, how = tj, "sentence-after"
                    break
                j += 1
        if chosen is None:
            pub = doc.article.published
            if pub is None:
                return None, None, "none"
            # an undated act in a news item: the day it was published
            return pub.isoformat(), "day", "published"
        if chosen.date is None:
            return None, None, how + ":vague"
        date, prec = chosen.date, chosen.precision
        if chosen.report and c.pattern.type in MATERIAL and prec == "day" and not (
                "pronoun" in c.how and _OWN_DECISION.search(text, s.start, c.tstart)):
            # (陈斌华7日表示，我们决定将…列入清单: the speaker's side announcing its own measure acts that day)
            date, prec = date[:7], "month"
            how += ":reported"
        if chosen.kind == "span" and prec == "day":
            date, prec = date[:7], "month"
        return date, prec, how

    def _narrates_other(self, doc: Doc, t, actor_c) -> bool:
        """A time standing as its own clause (6月17日，菲方…) that opens another party's act."""
        if doc.norm[t.end:t.end + 1] not in ("，", ","):
            return False
        starts = doc.info.get("mention_starts")
        if starts is None:
            starts = doc.info["mention_starts"] = [m.start for m in doc.mentions]
        for m in doc.mentions[bisect.bisect_right(starts, t.end):bisect.bisect_right(starts, t.end + 3)]:
            if m.kind == "actor":
                c = _country(m, self.home)
                return c is not None and c != (actor_c or self.home)
        return False

    def _own_day(self, doc: Doc, s, c) -> bool:
        """特朗普前一天在…论坛上宣布…: a day of the act's own sentence, before its trigger, is the
        act's (an act reported around a meeting need not be of the meeting's day)."""
        text = doc.norm
        starts = doc.info.get("time_starts")
        if starts is None:
            starts = doc.info["time_starts"] = [t.start for t in doc.times]
        for t in doc.times[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, c.tstart)]:
            if t.precision == "day" and t.kind in ("anaphoric", "absolute") and t.text not in (
                    "当天", "当日", "同日", "同一天", "今天", "今日") and not _attributive(text, t) and not in_dateline(doc, t.start):
                return True
        return False

    def _meeting_at(self, doc: Doc, t) -> bool:
        """Does the sentence of time t report a meeting or call (whose statements share its date)?"""
        idx = doc.info.get("meeting_sents")
        if idx is None:
            idx = doc.info["meeting_sents"] = {c.sentence for c in doc.candidates if c.pattern.type == "CONSULT"}
        k = bisect.bisect_right(_sent_starts(doc), t.start) - 1
        return k in idx

    def _own_act_of_other(self, doc: Doc, t, actor_c, anchor: bool = False) -> bool:
        """美方12日宣布将…列入…, 日本驱逐舰25日通过…: a time right after another
        party dates that party's own act, not a reply to it.  (A time before a
        verb that introduces reported content -- 15日宣布，… / 28日称 -- does not.)"""
        ends = doc.info.get("mention_ends")
        if ends is None:
            ends = {}
            for m in doc.mentions:
                if m.kind == "actor":
                    ends[m.end] = m
            doc.info["mention_ends"] = ends
        m = ends.get(t.start)
        if m is None:
            # 菲律宾国防部长特奥多罗前日（25日）: an office, then a name the knowledge base lacks
            for k in range(2, 6):
                b = ends.get(t.start - k)
                if b is not None and b.role and _NAME_RUN.fullmatch(doc.norm, t.start - k, t.start):
                    m = b
                    break
        if actor_c is None or m is None or _country(m, self.home) in (None, actor_c) \
                or actor_c in (m.extra.get("group") or ()):
            return False  # (三国去年1月28日宣布退出…: each member's own act)
        if m.generic and _GROUP_BEFORE.search(doc.norm, max(0, m.start - 3), m.start):
            return False  # 韩美两国空军4日进行…: the named countries' forces, not home's
        if t.text.startswith("当地时间") or doc.norm[m.start - 1:m.start] in ("在", "于"):
            return False  # 美军在伊朗当地时间22日凌晨轰炸了…: the place's clock, not the place's own act
        if _VENUE.match(doc.norm, t.end):
            return False
        if not anchor and (t.report or _INTRODUCES.match(doc.norm, t.end)):
            return False
        return True

    def _occasion_day(self, doc: Doc, s):
        """The day of the last protest, démarche or summons told before sentence ``s``
        (日方13日向中方提出抗议 / 外务省13日召见…大使): the occasion an act done 当场 answered."""
        text = doc.norm
        sents = doc.sentences
        k = bisect.bisect_right(_sent_starts(doc), s.start) - 1
        for j in range(k, -1, -1):
            sj = sents[j]
            m = _OCCASION.search(text, sj.start, s.start if j == k else sj.end)
            if m is None:
                continue
            days = [t for t in doc.times if sj.start <= t.start < m.start() and t.date and t.precision == "day"
                    and not in_dateline(doc, t.start)]
            if days:
                return days[-1]
        return None

    def _asked_day(self, doc: Doc, s, doer: str | None = None):
        """记者：本月5日，中方宣布…反制措施…？ 谭克非：…原定的两军战区领导通话不再进行…: the day the
        question gives for the measures an answer recounts (a channel cancelled among them)."""
        qa = doc.info.get("qa", {})
        q = s.para - 1
        while q >= 0 and qa.get(q) not in ("q", "a"):
            q -= 1
        if q < 0 or qa.get(q) != "q":
            return None
        text = doc.norm
        for sent in doc.sentences:
            if sent.para != q:
                continue
            for t in doc.times:
                if not (sent.start <= t.start < sent.end and t.date and t.precision == "day"):
                    continue
                if doer is None and _ANNOUNCED.search(text, t.end, min(sent.end, t.end + 40)):
                    return t
                if doer is not None and any(m.kind == "actor" and _country(m, self.home) == doer
                                            and abs(m.start - t.start) <= 12 for m in doc.mentions
                                            if sent.start <= m.start < sent.end):
                    return t  # (美国国务院10日宣布: the doer named beside the day)
        return None

    def _narrated_before(self, doc: Doc, s):
        """In an answer, the time of the sentence just before ``s`` in the same paragraph when
        that sentence narrates the past (蒋斌：…2022年8月，美方不顾…。中方被迫宣布取消…): more
        than a month before publication, so not the briefing's own news."""
        pub = doc.article.published
        k = bisect.bisect_right(_sent_starts(doc), s.start) - 1
        if pub is None or k <= 0 or doc.sentences[k - 1].para != s.para:
            return None
        p = doc.sentences[k - 1]
        ts = [t for t in doc.times if p.start <= t.start < p.end and t.date and t.kind != "vague"
              and t.precision in ("day", "month") and not _attributive(doc.norm, t)]
        if ts and _far(ts[-1], pub, 31) and ts[-1].date < pub.isoformat():
            return ts[-1]
        return None

    def _said_on(self, doc: Doc, who, s):
        """The day given before the speech verb of the sentence that names ``who`` speaking, when
        it is an earlier sentence of the paragraph of ``s``."""
        sents = doc.sentences
        k = bisect.bisect_right(_sent_starts(doc), who.start) - 1
        if k < 0 or sents[k].para != s.para or sents[k].start >= s.start:
            return None
        sp = _SPEECH_OR_QUESTION.search(doc.norm, who.end, sents[k].end)
        if sp is None:
            return None
        days = [t for t in doc.times if who.end <= t.start < sp.start() and t.precision == "day" and t.date]
        return days[-1] if days else None

    def _speaker_day(self, doc: Doc, who, anchor, before: int):
        """The day of the last sentence before ``before`` naming the person ``who`` with a
        day of its own, when the narrative anchor lies in a later sentence that does not name
        them (another party's act told in between, or a time the anchors skip: 在11日的例行记者会上):
        the speaker speaks on their own day."""
        if who is None:
            return None
        if getattr(who, "persons", None):
            ids = set(who.persons)
            named = [m for m in doc.mentions if m.kind == "actor" and m.end <= before and ids.intersection(m.persons)]
        elif "spokesperson" in (getattr(who, "role", None) or ""):
            # 商务部新闻发言人8日…表示。美国商务部7日公布…。发言人说: the spokesperson, named by office
            named = [m for m in doc.mentions if m.kind == "actor" and m.end <= before and m.role == who.role
                     and (who.country is None or m.country in (None, who.country))]
        else:
            return None
        sents = doc.sentences
        sstarts = _sent_starts(doc)
        ka = bisect.bisect_right(sstarts, anchor.start) - 1
        if not named or ka < 0 or any(sents[ka].start <= m.start < sents[ka].end for m in named):
            return None
        for m in reversed(named):
            k = bisect.bisect_right(sstarts, m.start) - 1
            if k < 0 or k == ka:
                continue  # (a later sentence naming them: 林剑在11日的例行记者会上说…。他说：…)
            # (在11日的例行记者会上说: a time qualifying the briefing is the speaker's day too)
            sp = _SPEECH_OR_QUESTION.search(doc.norm, m.end, sents[k].end)
            stop = sp.start() if sp else sents[k].end  # (发言人指出，去年10月7日…以来: a time of what is said)
            days = [t for t in doc.times if sents[k].start <= t.start < stop and t.precision == "day" and t.date
                    and not _reported_time(doc.norm, sents[k].start, t)]
            if days:
                return days[-1]
        return None

    def _anchor(self, doc: Doc, before: int):
        """The last narrative time expression before offset ``before``: a day
        or month named before the first speech verb of its paragraph (times
        inside what someone said date other things)."""
        anchors = doc.info.get("anchors")
        if anchors is None:
            anchors = []
            text = doc.norm
            speech_at = _paragraph_speech(doc)
            sstarts = _sent_starts(doc)
            for t in doc.times:
                if t.date is None or t.precision == "year" or _attributive(text, t) or in_dateline(doc, t.start):
                    continue
                if term_end(text, t.start):
                    continue  # 任期延长一年，至2024年8月31日: a term's end narrates nothing
                if _SINCE_TIME.match(text, t.end):
                    continue  # 这是法耶今年4月就任以来首次访华: the start of a period, not the story's time
                if t.kind == "anaphoric" and t.text.startswith(("前一天", "前一日", "此前一天", "此前一日")):
                    continue  # 前一天下午，习近平抵达莫斯科: a step back that dates its own sentence only
                if doc.article.published is not None and t.precision == "day" and t.date > doc.article.published.isoformat():
                    continue  # 新加坡外长将于后天访华: a day still to come dates its own plan, not what is said after it
                if t.kind == "span" and t.start_date and t.end_date and anchors and anchors[-1].precision == "day" \
                        and t.start_date <= anchors[-1].date <= t.end_date:
                    continue  # 8日举行会谈。…于7日至10日进行国事访问: the visit's span keeps the talks' day
                i = bisect.bisect_right(sstarts, t.start) - 1
                if i < 0:
                    continue
                para = doc.sentences[i].para
                if t.start >= speech_at.get(para, len(text) + 1) or doc.info.get("qa", {}).get(para) == "q":
                    continue
                anchors.append(t)
            doc.info["anchors"] = anchors
        astarts = doc.info.get("anchor_starts")
        if astarts is None:
            astarts = doc.info["anchor_starts"] = [t.start for t in anchors]
        k = bisect.bisect_left(astarts, before)
        if k <= 0:
            return None
        a = anchors[k - 1]
        pub = doc.article.published
        if pub is not None and k >= 2 and _far(a, pub, 90):
            other, p0 = _later_paragraph(doc, a, before)
            if other and not _BACK_REF.match(doc.norm, p0):
                # 上一次国事访问是在2016年10月。\n\n奥尔西表示…; 安理会2005年3月通过第1591号决议…设立了
                # 上述制裁制度。\n\n决议要求…: a background date told in an earlier paragraph does not date
                # the story's own paragraphs after it — unless the paragraph opens by pointing back to
                # what was told (这些反制措施中，有三条…: it goes on with the background)
                for b in reversed(anchors[:k - 1]):
                    if not _far(b, pub, 31):
                        return b
        lead = next((b for b in anchors[:k] if not _REPORT_DAY.match(doc.norm, b.end)), None)
        if k >= 2 and lead is not None and lead is not a and a.precision == "day" and lead.precision == "day" \
                and a.date < lead.date:
            other, p0 = _later_paragraph(doc, a, before)
            if other and not _BACK_REF.match(doc.norm, p0) and not _GOES_ON.match(doc.norm, p0) \
                    and _STATEMENT_OPENS.match(doc.norm, p0):
                # 安理会8日就…草案举行表决。\n\n古特雷斯6日致函安理会…。\n\n张军表决后发言说: a day told after the
                # story's own, and earlier than it, is background; the paragraphs after it go on with the story
                # (普京3日一早飞抵…。\n\n下午，普京接连会见…: a paragraph opening with the day's part goes on with it)
                for b in reversed(anchors[:k - 1]):
                    if b.precision == "day" and b.date >= lead.date and (pub is None or b.date <= pub.isoformat()):
                        return b
        return a

    # -- actors --------------------------------------------------------------
    def entity(self, m: Mention | None, date: str | None, near: frozenset = frozenset()) -> dict | None:
        """The actor record of a mention on a date; of several people of one name holding office,
        the one whose office is named for (role) or whose country is named beside it (``near``:
        美国参联会发言人说，布朗在通话中… is CQ Brown, not the Cook Islands' Mark Brown)."""
        if m is None:
            return None
        country = _country(m, self.home)
        sector, role, name = m.sector, m.role, m.name
        if m.persons:
            day = _day(date)
            best = None
            for pid in m.persons:
                key = (pid, day)
                spells = self._roles.get(key)
                if spells is None:
                    spells = self._roles[key] = self.kb.roles_at(pid, day)
                for sp in spells:
                    rank = ROLE_PRIORITY.index(sp.role) if sp.role in ROLE_PRIORITY else 99
                    if m.role and sp.role == m.role:
                        rank = -1
                    rank = (sp.country not in near if len(m.persons) > 1 else False, rank)
                    if best is None or rank < best[0]:
                        best = (rank, sp, pid)
            if best is not None and m.country and m.country not in ("@HOME", "@SHORE") and best[1].country \
                    and best[1].country != m.country and m.role and best[1].role != m.role:
                best = None  # 叙利亚国防部长阿巴斯: the office and country written, not a namesake's
            if best is not None:
                sp = best[1]
                country = sp.country or country
                sector, role = sp.sector or sector, sp.role
                rec = self.kb.persons.get(best[2])  # (only the name is needed: no copy of the record)
                name = rec.get("name", name) if rec else name
        code = (country or "") + (sector or "") if country else None
        return {"text": m.text, "name": name, "country": country, "sector": sector, "role": role, "code": code}

    # -- events --------------------------------------------------------------
    def events(self, doc: Doc, cands: list[Candidate]) -> list[dict]:
        out: list[dict] = []
        seen: dict[tuple, dict] = {}
        text = doc.norm
        for c in cands:
            p = c.pattern
            date, prec, date_how = self.date_for(doc, c)
            near = frozenset()
            if (c.actor is not None and len(c.actor.persons) > 1) or (c.recipient is not None and len(getattr(c.recipient, "persons", ())) > 1):
                s0 = doc.sentences[c.sentence]
                near = frozenset(x.country for x in doc.mentions if s0.start <= x.start < s0.end and x.country and not x.persons)
            actor = self.entity(c.actor, date, near)
            recip = self.entity(c.recipient, date, near)
            if actor is None or actor["country"] is None:
                continue
            ac, rc = actor["country"], recip["country"] if recip else None
            if c.mechanism is None and recip and p.type in ("CONSULT", "REJECT", "REQUEST", "AGREE"):
                mech = self.mechanism_by_roles(actor, recip)
                if mech:
                    c.mechanism = mech
            pair = tuple(sorted([ac, str(rc)])) if p.type in SYMMETRIC else (ac, rc)
            neg = c.modality in ("negated", "hypothetical")
            key = (p.type, pair, date, c.mechanism, neg)
            s = doc.sentences[c.sentence]
            evidence = {
                "sentence": doc.article.text[s.start:s.end], "start": s.start, "end": s.end,
                "trigger": c.trigger, "trigger_start": c.tstart, "trigger_end": c.tend,
                "rule": self.rule_text(c, date_how),
            }
            if key in seen:
                seen[key].setdefault("also", []).append({"start": s.start, "end": s.end, "trigger": c.trigger})
                continue
            if p.type in SYMMETRIC and not neg:
                skey = (p.type, frozenset(pair), c.sentence, date if date_how.endswith("respectively") else None)
                if skey in seen:  # 会见正在中国进行正式访问的英国首相: one meeting, one event
                    seen[skey].setdefault("also", []).append({"start": s.start, "end": s.end, "trigger": c.trigger})
                    continue
            conf = p.confidence
            if "carried-subject" in c.how or "dyad" in c.how or "dyad-partner" in c.how:
                conf -= 0.1
            if date_how.startswith("published"):
                conf -= 0.05
            loc = None
            if c.location is not None:
                loc = {"text": c.location.text, "name": c.location.name, "country": c.location.country}
            ev = {
                "id": None,
                "doc_id": doc.article.id,
                "date": date,
                "date_precision": prec,
                "event_type": p.type,
                "mode": p.mode,
                "context": list(p.context),
                "cameo": p.cameo,
                "goldstein": cameo.goldstein(p.cameo),
                "quad_class": cameo.quad_class(p.type),
                "actor": actor,
                "recipient": recip,
                "location": loc,
                "modality": c.modality,
                "initiator": c.initiator,
                "mechanism": c.mechanism,
                "attribution": c.attribution,
                "evidence": evidence,
                "confidence": round(max(0.05, min(1.0, conf)), 2),
            }
            h = hashlib.sha1("|".join(map(str, (doc.article.id, p.type, ac, rc, date, c.mechanism, s.start,
                                               c.tstart, p.id))).encode("utf-8")).hexdigest()[:16]
            ev["id"] = h
            if doc.info.get("qa", {}).get(s.para) == "q":
                ev["_question"] = True
            seen[key] = ev
            if p.type in SYMMETRIC and not neg:
                seen[(p.type, frozenset(pair), c.sentence)] = ev
            out.append(ev)
        # an undated restatement of a dated act of the article is that act (问：双方日前举行了会谈)
        dated = {(e["event_type"], frozenset((e["actor"]["country"], (e["recipient"] or {}).get("country"))))
                 for e in out if e["date"] and e["modality"] == "asserted"}
        out = [e for e in out if e["date"] or not e.pop("_question", False) or (e["event_type"], frozenset(
            (e["actor"]["country"], (e["recipient"] or {}).get("country")))) not in dated]
        for e in out:
            e.pop("_question", None)
        # the same act at month and at day precision: keep the day
        days = {(e["event_type"], e["actor"]["country"], (e["recipient"] or {}).get("country"), e["date"][:7], e["mechanism"])
                for e in out if e["date"] and len(e["date"]) == 10}
        out = [e for e in out if not (e["date"] and len(e["date"]) == 7 and (
            e["event_type"], e["actor"]["country"], (e["recipient"] or {}).get("country"), e["date"], e["mechanism"]) in days)]
        # a MOBILIZE (or other act) with no recipient restates one that has one
        full = {(e["event_type"], e["actor"]["country"], e["date"]) for e in out if e["recipient"]}
        return [e for e in out if e["recipient"] or (e["event_type"], e["actor"]["country"], e["date"]) not in full]

    def mechanism_by_roles(self, a: dict, r: dict) -> str | None:
        for dy, (ra, rb), mid in self.role_mechs:
            if {a["country"], r["country"]} != set(dy):
                continue
            roles = {a["country"]: a.get("role"), r["country"]: r.get("role")}
            if roles.get(dy[0]) == ra and roles.get(dy[1]) == rb:
                return mid
        return None

    @staticmethod
    def rule_text(c: Candidate, date_how: str) -> str:
        p = c.pattern
        a = "+".join(c.actor.parts) if c.actor is not None else "-"
        r = "+".join(c.recipient.parts) if c.recipient is not None else "-"
        return (f"{p.id} [{p.source}] frame={'/'.join(c.how)}; actor={a}; recipient={r}; "
                f"date={date_how}" + (f"; mechanism={c.mechanism}" if c.mechanism else ""))
