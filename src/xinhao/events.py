"""Trigger + argument frames -> candidate events.

Triggers are found for the whole article in one automaton pass; only
sentences holding a trigger are analysed.  A pattern's *frame* says where
its arguments are:

``svo``            actor = subject left of the trigger; recipient = the
                   partner of a preposition (同/与/和/跟/向/对/给) before the
                   trigger, else the first actor after it.  ``被 A`` before
                   the trigger swaps the roles (美方的请求被中方拒绝).
``pred``           a predicate said *of* the recipient inside someone's
                   statement (美方应该停止…, 美方…打压…): recipient = the
                   subject left of the trigger, actor = the speaker.
``visitor_after``  到访的 X / 来访的 X: X visits the subject.
``both``           双方/两国 同意…: the dyad of the meeting being reported.
``none``           no recipient needed (MOBILIZE): first foreign actor
                   after the trigger when there is one.

The speaker of a sentence is the actor right before its speech verb
(X表示/指出/强调/称…); it carries over the paragraph.  A sentence whose
speech verb has no actor before it (专家认为, 评论员称) has an *unknown*
speaker: its content yields events only from actors inside it.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from dataclasses import dataclass, field

import ahocorasick

from .mentions import Mention
from .model import Doc
from .patterns import Pattern

SPEECH_RE = re.compile(r"表示|指出|强调|重申|说(?![法明服道事三])|称(?![为号赞之])|认为|回应|介绍|透露|声明|谈到|提到|阐述|阐明|答记者问|"
                       r"告诉|致辞|发言|分析|评价|警告|放话|直言(?!不讳)|坦言|宣布(?=[，：:,])")
GOVERNORS = ("同", "与", "和", "跟", "向", "对", "给", "为", "就", "不顾", "针对", "对于", "关于", "据", "应", "邀请", "联合", "联同", "伙同", "会同", "在", "于", "赴", "前往", "涉及",
             "将", "把", "无意", "利用", "以", "抗议", "出席", "参加", "遭到", "受到",
             "支持", "反对", "帮助", "随同", "陪同", "代表", "率领", "经", "未经", "从")
PREPS_PARTNER = ("同", "与", "和", "跟", "向", "对", "给")
_GOV_SET = set(GOVERNORS)
NEG_RE = re.compile(r"(?:未|没有|没|并不|不|无意|拒不|决不|绝不|从未|尚未|未能)[会能再曾应该得是要想敢肯愿将去]{0,2}$")
PROPOSE_MARKS = ("提议", "建议", "请求", "邀请", "希望", "要求", "提出", "期待", "寻求", "愿意", "准备",
                 "原本计划", "原计划", "本来计划",  # 卡拉斯原本计划…同鲁比奥见面: planned, not held
                 "争取", "正在协调", "正协调",  # 正在协调，争取首相下月…与习近平举行会谈: sought, not held
                 "不要", "不得")  # 不要安排佩洛西窜访台湾: asked not to happen
CANCEL_MARKS = ("取消", "暂停", "中止", "推迟", "叫停", "终止", "拒绝", "停止")
UNKNOWN = object()
_PASSIVE_RE = re.compile(r"被|遭到|受到|遭(?=[^到受遇])")
_AFTER_MEETING = re.compile(r"会后|会见后|会谈后|会晤后|通话后|会见结束后|会谈结束后")
_MEETING_WITH = re.compile(r"(?:在)?(?:会见|会晤|同)()[^，。]{1,30}?(?:时|期间)[，,]")  # 会见库卢巴耶夫时，
_MEETING_REF = ("会谈中", "会见中", "会晤中", "通话中", "会谈时", "会见时", "会晤时", "通话时", "会上", "会后", "会谈后", "会见后",
                "会见前", "会谈前", "会晤前", "会晤后",
                "双方", "两国元首", "两国领导人", "两位领导人")
_CLAUSE_SEP = re.compile(r"[，,：:；;。]")
OFFICIAL_OUTLET = re.compile(r"外交部|国防部|商务部|国务院|人民政府|国台办|新闻办|大使馆|使馆|代表团|常驻联合国")
_QUANT_BEFORE = re.compile(r"(?:多|数|[0-9０-９]+|[一二两三四五六七八九十几]+)(?:名|家|个|位|批)(?:涉[^，。]{0,4}的)?$|(?:一些|部分|若干|有关|相关|个别)$"
                           r"|(?:我们的|我们|其)?(?:盟友|盟国|伙伴|邻国|朋友|友邦)$"  # 与盟友菲律宾: the apposition's head
                           r"|(?:会议|峰会|论坛|本届|此次|大会)?(?:主办国|东道国|东道主|轮值主席国|主席国)$")  # 向会议主办国日本
_ANNOUNCE = ("宣布", "决定", "宣布，", "决定，", "宣称")
_HOSTS = {"华": "CHN", "美": "USA", "日": "JPN", "俄": "RUS", "韩": "KOR", "朝": "PRK", "英": "GBR", "法": "FRA",
          "德": "DEU", "印": "IND", "澳": "AUS", "欧": "EUR", "台": "TWN"}
_VISIT_TO = re.compile("访([" + "".join(_HOSTS) + "])(?:行程|之行|计划|安排)")
_STATEMENT_SUBJ = re.compile(r"(?:会后发表的)?(?:联合声明|声明|公报|联合公报|宣言)")
_ONE_WAY = {"REQUEST", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT", "COERCE", "REJECT", "MOBILIZE", "AID"}
_HE_SUBJ = re.compile(r"[他她](?![们国方人])")
_WONT = re.compile(r"(?<![绝决])不会(?!影响|改变)|不再")
_ADDRESSED = re.compile(r"(?:已|并|还|也)?向")
_ALLY_NOUN = re.compile(r"(?:的)?(?:盟友|盟国|成员国|伙伴)")
_LIP_SERVICE = re.compile(r"嘴上|口头上|口头声称|表面上|口口声声|一方面声称|一面声称")
_ITEM_HEAD = re.compile(r"[*#\s]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")  # numbered items
_ANNOUNCED_SUBJ = re.compile(r"(?:宣布|决定)[，,](?:[^，。；：]{1,5}|(?:自|从|由)[^，。；：]{2,12}起[，,][^，。；：]{1,5})$")  # 宣布，丹方|将…
_THIS_ACT = re.compile(r"(?:答：)?(?:这|此举|此|这一?(?:做法|行为|举动|行径))(?:是|不仅|严重|完全|明显|公然|无疑)")
_MATERIAL = {"ASSAULT", "MOBILIZE", "COERCE", "AID", "SANCTION", "COOPERATE"}
_VERBAL = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "REJECT", "PROTEST"}
_HE = re.compile(r"[\s“”\"]*[他她](?![国们人乡日])")
_PRONOUN = re.compile(r"[\s“”\"]*(?:我们|我|咱们)(?!国|方|军|省|市|区)")
_GROUP_REFS = ("有关国家", "相关国家", "这些国家", "上述国家", "其他国家", "有关方面")  # the speaker of a paragraph is an expert or someone we cannot code
NEG_SUFFIXES = ("未", "没有", "并未", "从未", "尚未", "不会", "不再", "没", "不", "无意", "不能", "不得", "决不", "绝不", "拒不", "不打算", "未能")
FUTURE_MARKS = ("即将", "将于", "将在", "将同", "将与", "将对", "将向", "将继续", "将会", "将", "拟", "计划", "准备", "打算", "有望", "预计", "将要", "尽快", "尽早", "择期",
                "很快就会", "就会开始", "很快会")
UNDECIDED = ("暂缓", "评估", "讨论是否", "考虑", "是否", "可能", "或将", "拟议", "威胁要", "扬言", "何时")
HYPO_MARKS = ("如果", "若", "假如", "倘若", "一旦", "如若", "要是")
EXPERT_MARKS = ("专家", "评论员", "分析人士", "学者", "观察人士", "分析认为", "观点认为", "分析称", "研究员", "教授")
SOURCE_VERBS = ("报道", "援引", "引述", "披露", "消息", "据")


@dataclass(eq=False)
class Candidate:
    pattern: Pattern
    trigger: str
    tstart: int
    tend: int
    sentence: int
    actor: Mention | None
    recipient: Mention | None
    modality: str = "asserted"
    initiator: str | None = None
    mechanism: str | None = None
    attribution: list[str] = field(default_factory=list)
    date_hint: object = None  # TimeExpr or None (set by resolve)
    date_from: "Candidate | None" = None  # a meeting whose date this event shares
    date_strong: bool = False  # 双方同意…/会谈中…: always the meeting's date
    speaker: "Mention | None" = None
    location: Mention | None = None
    how: list[str] = field(default_factory=list)  # the frame steps taken, for evidence.rule


class Grammar:
    """Patterns compiled into one automaton; built once per process."""

    def __init__(self, patterns: list[Pattern], mechanisms: list[dict]):
        self.patterns = patterns
        self.by_word: dict[str, list[Pattern]] = {}
        for p in patterns:
            for w in p.words:
                self.by_word.setdefault(w, []).append(p)
        for w in self.by_word:
            self.by_word[w].sort(key=lambda p: -p.priority)
        self.auto = ahocorasick.Automaton()
        for w in self.by_word:
            self.auto.add_word(w, w)
        self.auto.make_automaton()
        self.mechanisms = mechanisms
        self.mech_auto = ahocorasick.Automaton()
        names = {}
        for m in mechanisms:
            for n in m.get("names", []):
                names.setdefault(n, m["id"])
        for n, mid in names.items():
            self.mech_auto.add_word(n, (n, mid))
        if names:
            self.mech_auto.make_automaton()
        self.has_mech = bool(names)
        self._mech_cache = None
        # 'near' pairs: 两国防长在…期间会面 (the two words within a short window)
        self.near = [(a, b, int(m.get("window", 25)), m["id"]) for m in mechanisms for a, b in m.get("near", [])]

    def triggers(self, text: str):
        return [(e - len(w) + 1, e + 1, w) for e, w in self.auto.iter_long(text)]

    def viable(self, text: str, hits, sentences, optional: bool = False):
        """Hits that at least one of their patterns could accept, judged by every
        string test of the pattern (neighbouring strings; words required or excluded in
        the sentence, the clause or after the trigger): (start, end, word, passing patterns).
        The frames in find_candidates then try only the passing patterns."""
        starts = [s.start for s in sentences]
        out = []
        sep = _CLAUSE_SEP
        for h in hits:
            ts, te, w = h
            k = bisect.bisect_right(starts, ts) - 1
            if k < 0 or ts >= sentences[k].end:
                continue
            ss, se = sentences[k].start, sentences[k].end
            cs = ce = None
            passing = []
            for p in self.by_word[w]:
                if p.optional and not optional:
                    continue
                if not (p.ok_before(text, ts) and p.ok_after(text, te)):
                    continue
                rx = p._re
                if rx["requires"] is not None and not rx["requires"].search(text, ss, se):
                    continue
                if rx["excludes"] is not None and rx["excludes"].search(text, ss, se):
                    continue
                if rx["requires_clause"] is not None or rx["excludes_clause"] is not None or rx["requires_after"] is not None \
                        or rx["requires_before"] is not None:
                    if cs is None:  # the trigger's clause, as SentenceView.clause_of finds it
                        m = None
                        for m in sep.finditer(text, ss, ts):
                            pass
                        cs = m.start() + 1 if m is not None else ss
                        m2 = sep.search(text, ts, se)
                        ce = m2.start() if m2 is not None else se
                        if cs > ts:
                            cs = ts
                    if rx["requires_clause"] is not None and not rx["requires_clause"].search(text, cs, ce):
                        continue
                    if rx["excludes_clause"] is not None and _outside(rx["excludes_clause"], text, cs, ce, ts, te):
                        continue
                    if rx["requires_after"] is not None and not rx["requires_after"].search(text, te, ce):
                        continue
                    if rx["requires_before"] is not None and not rx["requires_before"].search(text, cs, ts):
                        continue
                passing.append(p)
            if passing:
                # (ts, te, word, the patterns whose string tests pass: find_candidates need not repeat them)
                out.append((ts, te, w, tuple(passing)))
        return out

    def mechanism_spans(self, text: str) -> list[tuple[int, int]]:
        if not self.has_mech:
            return []
        return [(e - len(n) + 1, e + 1) for e, (n, _mid) in self.mech_auto.iter_long(text)]

    def _mech_index(self, text: str):
        """Per text (cached for the last one): the name hits and the 'near' pairs present."""
        c = self._mech_cache
        if c is not None and c[0] is text:
            return c[1], c[2]
        hits = [(e - len(n) + 1, e + 1, len(n), mid) for e, (n, mid) in self.mech_auto.iter(text)]
        near = [x for x in self.near if x[0] in text and x[1] in text]
        self._mech_cache = (text, hits, near)
        return hits, near

    def mechanism_in(self, text: str, start: int, end: int) -> str | None:
        if not self.has_mech:
            return None
        hits, near = self._mech_index(text)
        best = None
        for s0, e0, n, mid in hits:
            if s0 >= start and e0 <= end and (best is None or n > best[0]):
                best = (n, mid)
        if best:
            return best[1]
        for a, b, win, mid in near:
            k = text.find(a, start, end)
            if k >= 0 and text.find(b, k + len(a), min(end, k + len(a) + win)) >= 0:
                return mid
        return None


    def mechanisms_between(self, text: str, start: int, end: int) -> list[str]:
        """Every channel named between ``start`` and ``end`` (the longest name where names
        overlap), in order of first mention."""
        if not self.has_mech:
            return []
        hits, _near = self._mech_index(text)
        inside = sorted((h for h in hits if h[0] >= start and h[1] <= end), key=lambda h: (h[0], -h[2]))
        out: list[str] = []
        last_end = -1
        for s0, e0, _n, mid in inside:
            if s0 < last_end:
                continue  # a shorter name inside a longer one
            last_end = e0
            if mid not in out:
                out.append(mid)
        return out


# ---------------------------------------------------------------------------
class SentenceView:
    """What the frames need to know about one sentence."""

    def __init__(self, doc: Doc, idx: int, actors: list[Mention], media: list[Mention], times=None):
        s = doc.sentences[idx]
        self.doc = doc
        self.idx = idx
        self.start, self.end = s.start, s.end
        self.text = doc.norm
        self.actors = actors
        self.media = media
        self.times = times if times is not None else [t for t in doc.times if self.start <= t.start < self.end]
        self.cache: dict = {}
        self._bounds = None
        self._clauses: dict = {}
        self.speaker: Mention | None = None
        self.speaker_unknown = False
        self.speech_end = self.start  # where the reported content starts

    def clause_of(self, pos: int) -> tuple[int, int]:
        r = self._clauses.get(pos)
        if r is not None:
            return r
        b = self._bounds
        if b is None:
            b = self._bounds = [m.start() for m in _CLAUSE_SEP.finditer(self.text, self.start, self.end)]
        k = bisect.bisect_left(b, pos)
        s = b[k - 1] + 1 if k > 0 else self.start
        e = b[k] if k < len(b) else self.end
        if s > pos:  # pos sits on a separator
            s = pos
        r = self._clauses[pos] = (max(s, self.start), e)
        return r

    def governed(self, m: Mention) -> str | None:
        """The preposition or verb right before a mention, if it governs it."""
        key = ("gov", m.start, m.end)
        if key not in self.cache:
            self.cache[key] = self._governed(m)
        return self.cache[key]

    def _governed(self, m: Mention) -> str | None:
        t = self.text
        if t.startswith("为首", m.end) and t.startswith("以", m.start - 1):
            return None  # 以沙特为首的联军: the leader is the subject
        s = m.start
        q = _QUANT_BEFORE.search(t, max(0, s - 8), s)
        if q is not None:
            s = q.start()  # 对多名中国官员: the preposition governs across a quantifier
        for n in (4, 3, 2, 1):
            g = t[s - n:s] if s >= n else None
            if g in _GOV_SET:
                return g
        return None


_HE_SPEAKS = re.compile(r"[他她](?:还|也|同时|进一步|再次|随后)?(?:强调|表示|指出|说|称|重申|透露|警告|补充说)")


def _he_again(view: SentenceView, ctx: dict) -> bool:
    """A sentence opening with 他/她 + a speech verb, right after a named official spoke in
    the same paragraph: the pronoun is that official (an expert stays unknown: ctx says so)."""
    sp = ctx.get("speaker")
    if sp is None or sp is UNKNOWN or isinstance(sp, _Fixed) or not _HE_SPEAKS.match(view.text, view.start):
        return False
    sents = view.doc.sentences
    # (蒋斌说，…。中导系统部署到哪里，风险就上升到哪里。他表示，…: a sentence naming no party
    # between him and his 他 leaves him the speaker)
    for k in range(view.idx - 1, max(-1, view.idx - 6), -1):
        if sents[k].para != sents[view.idx].para:
            return False
        if sents[k].start <= sp.start < sents[k].end:
            return True
        if _HE_SPEAKS.match(view.text, sents[k].start):
            continue  # 他说，美方一边…。他说，美方应当…: the same 'he' went on before
        doc = view.doc
        starts = doc.info.get("mention_starts")
        if starts is None:
            starts = doc.info["mention_starts"] = [m.start for m in doc.mentions]
        lo, hi = bisect.bisect_left(starts, sents[k].start), bisect.bisect_left(starts, sents[k].end)
        if any(m.kind == "actor" for m in doc.mentions[lo:hi]):
            return False
    return False


_TITLE_RUN = re.compile(r"[^，。；、的“”]{2,15}?(?:秘书|主席|总统|部长|外长|大臣|代表|大使|总理|首相|国务卿|委员|主任|顾问|特使|司令|议长|总书记)")
_ON_THE_OTHER = re.compile(r"一边|一面")
_AT_REQUEST_OF = re.compile(r"应[^，。；应]{1,10}$")
_POINTS_BACK = re.compile(r"(?:这次|此次|这场|这起|这一|上述)(?:军事)?政变")
_RESPONSE_TAIL = re.compile(r"^(?:予以|加以)(?:坚决)?(?:应对|回应|反制|回击)")
_DISREGARDING = re.compile(r"(?:不顾|无视|罔顾)[^，。；：]{0,12}$")


def find_speaker(view: SentenceView) -> None:
    t = view.text
    a0 = view.actors[0] if view.actors else None
    if a0 is not None and t.startswith(("：", ":"), a0.end) and not t[view.start:a0.start].strip(" *【】[]"):
        view.speaker, view.speech_end = a0, a0.end + 1  # 吴谦：…  (a transcript)
        return
    for m in SPEECH_RE.finditer(t, view.start, view.end):
        vstart = m.start()
        if any(a.start <= vstart < a.end for a in view.actors):
            continue  # 发言 inside 发言人
        if t[vstart - 1:vstart] == "的" or (t[vstart - 1:vstart] == "次" and m.group(0) in ("警告", "声明", "发言")) \
                or _DISREGARDING.search(t, max(view.start, vstart - 14), vstart):
            continue  # 不顾中方多次警告, 不顾中方一再劝阻和警告: the word is a noun here (再次表示 is not)
        best = None
        for a in view.actors:
            if a.end <= vstart and vstart - a.end <= 32 and "，" not in t[a.end:vstart] and not a.weak:
                if view.governed(a) is not None:
                    continue
                if best is None and _modifier(view, a) and any(b.start > a.end and b.end <= vstart and not b.weak
                                                                and view.governed(b) is None for b in view.actors):
                    continue  # 东盟轮值主席国马来西亚的总理安瓦尔说: the one the modifiers lead to speaks
                if best is not None and _clause_initial(view, best, view.clause_of(best.start)[0]) \
                        and not (best.generic and a.persons and a.start - best.end <= 2):
                    break  # 古特雷斯在有关黎巴嫩局势的会议上说: the clause's subject speaks
                    # (内阁成员甘茨会后说: the member named after his body speaks)
                best = a
        if best is None and t[vstart - 1:vstart] in ("，", ",") and m.group(0) in ("称", "表示", "指出", "强调", "说"):
            # 伊朗外交部同日致信安理会，称以方行径是“战争行为”: the sentence's subject goes on speaking
            first = next((a for a in view.actors if not a.weak and a.end <= vstart), None)
            if first is not None and view.governed(first) is None and _opens_sentence(view, first) \
                    and not any(x in t[view.start:vstart] for x in EXPERT_MARKS):
                best = first
        if best is not None and any(x in t[best.end:vstart] for x in EXPERT_MARKS):
            view.speaker_unknown = True  # 中国社会科学院美国研究所一位研究员表示: the expert, not his institute
            view.speech_end = m.end()
            return
        if best is not None:
            view.speaker = best
            view.speech_end = m.end()
            return
        # a speech verb with no actor before it: an expert, a commentator, a 'he'
        pre = t[view.start:vstart]
        if any(x in pre for x in EXPERT_MARKS) or any(x in t[view.start:m.end()] for x in ("他", "她", "认为")):
            if not any(a.end <= vstart for a in view.actors):
                view.speaker_unknown = True
                view.speech_end = m.end()
                return
        if "，" in t[view.start:vstart]:
            return


def _alt(words) -> "re.Pattern":
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


_NEG_END = re.compile("(?:" + "|".join(map(re.escape, sorted(NEG_SUFFIXES, key=len, reverse=True))) + ")$")
_CANCEL_RE = re.compile("|".join(re.escape(w) + ("(?!期)" if w == "暂停" else "") for w in sorted(CANCEL_MARKS, key=len, reverse=True)))  # 暂停期: a noun
_PROPOSE_RE = _alt(PROPOSE_MARKS)
_THEN_CLAUSE = re.compile(r"(?:那么|那|则|就)(?:将|会|就)")
_HYPO_RE = re.compile("|".join(re.escape(w) + ("(?!干)" if w == "若" else "") for w in sorted(HYPO_MARKS, key=len, reverse=True)))  # 若干 = several
_UNDECIDED_RE = _alt(UNDECIDED)
_FUTURE_RE = _alt(FUTURE_MARKS)
_WILLING_RE = re.compile(r"(?<![自])愿意?(?:就|同|与|和|在|继续|进一步|加强)")
_NEG_TOPIC = re.compile(r"(?:没有|没能|未能|并未|尚未|未|无法|不能)(?:就|在)[^，。；“”]{1,18}$")
_NEG_WIDE = re.compile(r"从未|从来没有|从来不|未曾|并未|从不|绝不会|决不会|没有计划|并无计划|无意|不打算|不准备|都没有宣布|没有宣布过|未宣布|未能|没能|没有能够")
_TOPIC_ACTS = {"AGREE", "AID", "CONSULT", "COOPERATE", "MOBILIZE", "ASSAULT", "SANCTION", "COERCE", "CONCEDE", "RETREAT"}
_REACTION = re.compile(r"表示(?:反对|感谢|欢迎|关切|不满|遗憾|支持|赞赏|祝贺|谴责)|提出(?:抗议|交涉)|深表|深感")
_SAID_TAIL = re.compile(r"(?:说|称|表示|指出)")
_CHARGED = re.compile(r"并?(?:指出|指责|指|称|认为|说)")
_AIMED_AT = re.compile(r"(?:为|以)(?:应对|回应|反制|震慑|防范)")
_PLANNED = re.compile(r"原计划|原定|按计划|原本|本应|应于")
_CALLED_LATER = re.compile(r"[，,](?:后|但|后来|但因|后因|随后|然而|最终)[^，。；]{0,14}(?:推迟|取消|延期|告吹|搁置)")
_CALLED_OFF = re.compile(r"[^，。；]{0,4}(?:被)?(?:取消|推迟|延期|告吹|搁置)")
_DISPOSAL_OK = ("于", "在", "就", "由", "同", "与", "对", "向", "继续", "会", "进一步", "全面", "正式", "首次", "再次", "实施", "采取",
                "举行", "进行", "访问", "出席", "发起", "予以", "作出", "启动", "派遣", "加征", "提供", "宣布", "召开",
                "参加", "赴", "前往", "率团", "坚决", "严厉")
_DISPOSED = ("其", "该", "此", "它", "他们", "她")
_DISPOSED_AS = re.compile(r"[^，。；]{1,8}?(?:归咎于|归咎|归因于|归罪于|视为|视作|定性为|认定为|列为|称为)")
# a clause that comments on the act just told (这是他就任后首次访华): no new act
_THIS_IS = re.compile(r"(?:这|此|此访|此行|这次访问|此次访问|这次会晤|此次会晤)(?:也|还|已|更)?是")
_SINCE_THEN = re.compile(r"(?:就任|上任|出任|接任|当选|执政|建交|访问)[^，。；]{0,12}?(?:后|以来)")


def _since_then_first(view: SentenceView, ts: int) -> bool:
    """这是他去年5月出任总理后首次来华: the act just told, said again with an older date in it."""
    t = view.text
    for m in _THIS_IS.finditer(t, view.start, ts):
        if m.start() != view.start and t[m.start() - 1] not in "，：:":
            continue
        for tm in view.times:
            if not m.start() < tm.start < ts:
                continue
            st = _SINCE_THEN.search(t, tm.end, ts)
            # the act is in the clause of 后/以来 or the one it opens (…负责人后，两国团队首次会面),
            # not in a later one (…后首次会谈，双方同意…: a new act)
            if st and t.count("，", st.end(), ts) <= (1 if t.startswith("，", st.end()) else 0):
                return True
    return False


# 距两国元首在庆州会晤仅过去两个多月: a time counted from an act told before
_GAP_FROM = re.compile(r"(?:距|距离)[^，。；]{0,16}$")
_GAP_TO = re.compile(r"(?:仅|才|已|刚|刚刚)?(?:过去|不到|只有|不足|已有|相隔|隔)|仅|才")
_NTH_TIME = re.compile(r"(?:这|此|此次会晤|这次会晤|此次会谈|这次会谈)(?:也|还|已)?是[^，。；]{0,20}?(?:第[一二三四五六七八九十两0-9]+次|首次|再次)")
# 举行了三个多小时的会晤: a meeting held, with its length or kind in between
_HELD_LONG = re.compile(r"(?:举行|进行)了?[^，。；的]{1,10}的$")
_DEMANDED = re.compile(r"应当|应该|必须|务必|理应|要求(?!的)|敦促|呼吁|促请")
# a document as the subject (公报还呼吁…, 峰会20日发表的领导人公报称…, 声明强烈谴责…)
_DOC_SUBJ = re.compile(r"(?:该|这份|此次|这一|会后|会议|峰会)?[^，。；“”]{0,14}?(?:公报|联合声明|声明|宣言|联合宣言)(?:还|也|则|中|同时|再次)?"
                       r"(?=称|指出|呼吁|敦促|要求|谴责|强烈谴责|强调|表示|声称|警告|批评|指责|对|说|认为|重申)")
_ISSUED = re.compile(r"(?:发表|通过|发布|签署)(?:了)?[^，。；]{0,10}?(?:公报|联合声明|声明|宣言)")
_REL_SUBJ = re.compile(r"正在|正|前来|应邀")  # a clause opening a relative clause on its subject
_NO_LONGER = re.compile(r"不再(?:对|向|就)")
_PROTEST_AFTER = re.compile(r"(?:表达|表示|感到|提出)(?:了)?(?:强烈|严重|极大)?(?:不满|反对|关切|抗议|谴责|失望)")
_RULE_REQUIRES = re.compile(r"(?:条例|规定|法规|法案|指令|公告|通知|实施细则|新规)[，,]$")
_OWN_INSTITUTIONS = ("政府", "国会", "议会", "内阁", "当局")  # named without a country (…政府 included)
_DECIDE_TO_OPEN = re.compile(r"(?:决定|宣布|批准)[^，。；]{0,12}(?:启动|开启|开始)[^，。；]{0,8}$")
# hearsay that opens a sentence (a reporter's question, a wire's rumour): what it says will or may
# happen is not announced by anyone who can do it
_HEARSAY = re.compile(r"有消息(?:人士)?(?:称|说|指|透露)|有(?:外国|日本|美国|韩国|西方)?(?:媒体|外媒|报道)(?:报道)?(?:称|说|指|披露)?|据传|传出消息|有传言|坊间传")
_MAYBE = re.compile(r"可能|或将|或许|也许")
_OWED = re.compile(r"需要|要么|必须|应当|应该|务必")
_CLAIMED = re.compile(r"声称|诬称|污蔑|捏造")


def modality_of(view: SentenceView, tstart: int, pattern: Pattern) -> str:
    t = view.text
    cs, ce = view.clause_of(tstart)
    hearsay = _HEARSAY.search(t, view.start, tstart) is not None
    if hearsay and _MAYBE.search(t, cs, tstart):
        return "hypothetical"  # 有日本媒体报道，中方可能在近期恢复进口…: a rumour, not an act
    if pattern.future:
        return "hypothetical" if hearsay else "future"
    if _NEG_END.search(t[max(cs, tstart - 4):tstart]) or NEG_RE.search(t[max(cs, tstart - 6):tstart]):
        return "negated"
    if _NEG_WIDE.search(t, cs, tstart) or _NEG_TOPIC.search(t[max(cs, tstart - 24):tstart]):
        return "negated"  # 从未向冲突任何一方提供…, 没有就联合文本达成一致: the negation governs the whole predicate
    if pattern.type in ("CONSULT", "AGREE", "COOPERATE") and _WONT.search(t, cs, tstart):
        return "negated"  # 王毅外长不会在金边同林芳正外相会面: not held
    ptype = pattern.type
    cm = _CANCEL_RE.search(t, cs, tstart) if ptype in ("CONSULT", "COOPERATE", "AGREE") else None
    if cm and not (ptype == "AGREE" and "就" in t[cs:cm.start()]):
        return "negated"  # the object of a cancellation or refusal did not happen (就取消关税达成一致 did)
    if ptype in ("CONSULT", "COOPERATE", "AGREE") and _WILLING_RE.search(t, cs, tstart):
        return "hypothetical"  # 俄方愿就此同波兰国防部进行磋商: willing, not done
    if ptype in ("CONSULT", "COOPERATE"):
        if _PROPOSE_RE.search(t, cs, tstart):
            return "hypothetical"  # 美方曾向中方提议两国防长…会面: proposed, not held
        if _CALLED_OFF.match(t, tstart + 1, ce):
            return "negated"  # 原定…举行的会谈取消
        if _CALLED_LATER.search(t, tstart, view.end) and _PLANNED.search(t, view.start, tstart):
            return "negated"  # 按原计划，…会谈应于1日…举行，后因日程协调问题推迟: not held
    if ptype != "THREATEN":
        if _HYPO_RE.search(t, cs, tstart):
            return "hypothetical"
        if _THEN_CLAUSE.match(t, cs) and _HYPO_RE.search(t, view.start, cs):
            return "hypothetical"  # 丹麦如果不答应，那将是“非常不友好的行为”: the verdict on what has not happened
        if t[view.end - 1:view.end] in ("？", "?"):
            return "hypothetical"
    if ptype in ("ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "AID") and _UNDECIDED_RE.search(t, view.start, tstart):
        return "hypothetical"
    if ptype == "RETREAT" and _UNDECIDED_RE.search(t, cs, tstart):
        return "hypothetical"  # 尚未说明何时取消对塞尔维亚货物的禁令: when is undecided
    if ptype in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION") and _CLAIMED.search(t, view.start, tstart) \
            and not _HYPO_RE.search(t, view.start, tstart):  # (声称如果…，美方将…: a threat, coded as one)
        return "hypothetical"  # 泽连斯基声称，…中方正在向俄罗斯提供武器: an act only claimed
    if ptype in ("CONSULT", "AGREE", "COOPERATE", "RETREAT") and _MAYBE.search(t, cs, tstart):
        return "hypothetical"  # 他很可能在未来24小时内同中方通话, 届时可能下调…关税: may happen
    if ptype == "AGREE" and _OWED.search(t, cs, tstart):
        return "hypothetical"  # 中方需要同美方达成协议, 要么你们达成协议: an agreement asked for
    if ptype in ("ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "AID", "RETREAT", "CONCEDE") and (
            _URGED_BEFORE.search(t, cs, tstart) or (_AND_THEN.match(t, cs) and _URGED_BEFORE.search(t, view.start, cs))):
        return "hypothetical"  # 泽连斯基敦促美国加快交付…，同时对俄罗斯…实施更严厉的制裁: what is urged
    if ptype == "ACCUSE" and re.search(r"(?:要|应当|应该|应)$", t[max(cs, tstart - 3):tstart]) \
            and _URGED_BEFORE.search(t, view.start, max(cs, tstart - 3)):
        return "hypothetical"  # 公报呼吁中方…尤其要谴责俄罗斯…: the condemnation asked of another
    if ptype == "ACCUSE":
        um = None
        for um in _URGED_BEFORE.finditer(t, cs, tstart):
            pass
        if um is not None and any(um.end() <= a.start and a.end <= tstart and not a.weak
                                  and view.governed(a) not in ("对", "就", "针对") for a in view.actors):
            return "hypothetical"  # 敦促安理会对胡塞武装予以谴责: the condemnation asked of another
    if ptype == "THREATEN":
        return "asserted"  # 朝方将对…作出压倒性回应: the warning is given now, whatever it promises
    fs = cs
    if t.startswith("并", cs) and cs > view.start:
        fs = view.clause_of(cs - 2)[0]  # 将就…提起诉讼，并采取相应反制措施: one 将 for both
    for m in _FUTURE_RE.finditer(t, fs, tstart):
        if ptype in ("SANCTION", "AID", "RETREAT") and (t[max(view.start, m.start() - 3):m.start()].endswith(_ANNOUNCE)
                                             or _ANNOUNCED_SUBJ.search(t, max(view.start, m.start() - 26), m.start())):
            continue  # 宣布将对…实施签证限制, 宣布，丹方将向乌方交付…: the announcement of the measure is the act
        if m.group(0) == "将":
            # 将 as a disposal marker (将X列入…) is not the future
            after = t[m.end():tstart]
            if after and not after.startswith(_DISPOSAL_OK) and (len(after) > 2 or after.startswith(_DISPOSED)):
                continue  # (将其击落, 将该公司列入: the pronoun is what is disposed of)
            if not after and _DISPOSED_AS.match(t, tstart):
                continue  # 美方将袭击归咎于…: the attack is what is blamed, a noun, not a future act
        if m.group(0) in ("计划", "准备", "打算") and (t[m.start() - 1:m.start()] in ("的", "该", "此", "项", "关")
                                                   or t[m.start() - 2:m.start()] in ("这一", "有关", "上述", "相关")):
            continue  # 中方对以方有关计划严重关切: the plan is what is spoken of, a noun, not the speaker's future
        return "hypothetical" if hearsay else "future"  # 有消息称，两国元首近期将通电话
    return "asserted"


def attribution_of(view: SentenceView, tstart: int) -> list[str]:
    out = []
    for m in view.media:
        if m.start < tstart:
            out.append(m.name or m.text)
    return out


# ---------------------------------------------------------------------------
def _country(m: Mention | None, home: str) -> str | None:
    if m is None:
        return None
    c = m.country
    if c == "@HOME" or (c is None and m.generic):
        if home in _SAR and (c == "@HOME" or not _CENTRAL.isdisjoint(m.parts)):
            return "CHN"  # a Hong Kong paper's 我国, 外交部, 解放军: China's; its 政府, 警方: the SAR's
        return home
    if c == "@SHORE":
        return {"TWN": "CHN", "CHN": "TWN"}.get(home)  # 对岸
    return c


_SAR = ("HKG", "MAC")
_CENTRAL = frozenset({"g_mfa", "g_mod", "g_mofcom", "g_mof", "g_mps", "g_mss", "g_state_council", "g_embassy",
                      "g_consulate", "g_mfa_spokesperson", "g_mod_spokesperson", "g_army", "g_navy", "g_air_force",
                      "g_coast_guard", "g_armed_forces", "g_moe", "g_central_bank"})
_SKIP_PREFIX = re.compile(r"^(?:[\s*_“”\"（）()《》、]|此前|随后|同时|另外|此外|其中|而且|而|但是|但|并且|并|也|还|据悉|另据|与此同时|对此|"
                          r"今天|当天|当日|近日|日前|目前|不过|然而|同日|次日|当晚|期间|其后|之后|后来|随即|最终|当地时间|北京时间|在时任|时任|"
                          r"会见中|会谈中|会谈后|会见后|会晤后|通话中|欢迎仪式后|仪式后|此次|这次|首先|最后|另一方面|一方面|其次|再次|鉴于|由于|因为|"
                          r"有|[0-9一二三四五六七八九十百千万数几上]+[余多]?(?:名|位|个|批|架|艘|枚|辆|颗|架次|艘次)|"
                          r"[^，。；、“”]{2,8}?(?:之后|以后|后)(?=[^后]*$))*$")
# (协议签署后以军…: an opening time clause; the lookahead lets it match once, at the last 后, so the
# pattern cannot backtrack through every split of a long prefix)


_VENUE_REL = re.compile(r"(?:在|于)[^，。；、的]{1,10}?(?:举行|召开|举办|开幕|闭幕)的$")


def _opens_sentence(view: SentenceView, a: Mention) -> bool:
    """Is ``a`` the sentence's subject, after nothing but times and adverbs, a time clause
    included (9月4日，日本向世贸组织提交文件，称…)?"""
    return _clause_initial(view, a, view.clause_of(a.start)[0]) and _clause_initial(view, a, view.start, commas=True)


def _clause_initial(view: SentenceView, a: Mention, cs: int, commas: bool = False) -> bool:
    """Is ``a`` the first thing in its clause (after times and adverbs)? With ``commas``,
    the stretch from cs may span clauses of times and adverbs only."""
    pa = a.extra.get("place_at")  # (厦门市公安局…: the place opens the body's own name)
    key = ("init", a.start, a.end, pa, cs, commas)  # (all the answer depends on, within one sentence)
    cache = view.cache
    r = cache.get(key)
    if r is None:
        r = cache[key] = _clause_initial_(view, a, cs, commas, pa)
    return r


def _clause_initial_(view: SentenceView, a: Mention, cs: int, commas: bool, pa) -> bool:
    pre = view.text[cs:pa if pa is not None and pa >= cs else a.start]
    datelines = view.doc.info.get("datelines", ())
    if datelines and any(ds <= a.start < de for ds, de in datelines):
        return False  # （阿布贾综合电）: the place a report was filed from
    if not pre:
        return True
    for ds, de in datelines:
        if ds <= cs < de <= a.start:
            pre = view.text[de:a.start]  # after 新华社华盛顿10月23日电
    if not pre:
        return True
    if pre.endswith("以") and view.text.startswith("为首", a.end):
        pre = pre[:-1]  # 以沙特为首的多国联军
    if pre.endswith("的"):
        pre = _VENUE_REL.sub("", pre)  # 在意大利举行的七国集团峰会同意…: the venue is no subject
    if pre.endswith("轮值主席国"):
        lead = next((b for b in view.actors if b.start >= cs and b.end + 5 == a.start), None)
        if lead is not None:
            pre = view.text[cs:lead.start]  # 东盟轮值主席国马来西亚总理安瓦尔: the chair's title opens the subject
    for tm in view.times:
        if cs <= tm.start and tm.end <= a.start:
            pre = pre.replace(tm.text, "")
    if commas:
        pre = pre.replace("，", "").replace(",", "")
    return bool(_SKIP_PREFIX.match(pre))


def _subject_left(view: SentenceView, pos: int, exclude: Mention | None = None, home: str = "CHN",
                  limit_start: int | None = None, strict: bool = False, possessive: bool = False) -> Mention | None:
    key = (pos, id(exclude), limit_start, strict, possessive)
    cache = view.cache
    if key in cache:
        return cache[key]
    res = cache[key] = _subject_left_(view, pos, exclude, home, limit_start, strict, possessive)
    return res


def _subject_left_(view, pos, exclude, home, limit_start, strict, possessive):
    """The subject of the verb at pos: the clause-initial actor of the
    nearest clause (going left) that has one; else the nearest actor to the
    left that no preposition or verb governs."""
    lo = view.start if limit_start is None else limit_start
    left = [a for a in view.actors if a.end <= pos and a.start >= lo and not a.weak and a is not exclude]
    if possessive:
        _mod = lambda v, a: _modifier(v, a) and not v.text.startswith(_POSSESSED, a.end)  # noqa: E731
    else:
        _mod = _modifier
    if not left:
        return None
    cs0, _ = view.clause_of(pos)
    own = [a for a in left if a.start >= max(cs0, lo)]
    emb = [m for m in _EMBED_RE.finditer(view.text, max(cs0, lo), pos)
           if view.text[m.start() - 1:m.start()] not in ("被", "所", "的")]  # 被认为参与…的官员: no embedded clause
    if emb:
        ev = emb[-1].group(0)
        after = [a for a in own if a.start >= emb[-1].end() and view.governed(a) in (None, ev) and not _mod(view, a)
                 and not view.text[a.start - 1:a.start] == "的"]  # 参与镇压抗议活动的伊朗官员: a relative clause
        if after:
            return after[0]  # 俄罗斯谴责[北约部队…集结]: the embedded clause's own subject
    for a in reversed(own):
        if view.text[a.end:pos] in ("", "舰", "机", "船", "艇", "军", "方", "舰艇", "军舰", "飞机") and \
                view.governed(a) in ("就", "对", "针对", "对于") and not _mod(view, a) and \
                not view.text.startswith(_LIGHT_VERBS, a.end) and not view.text.startswith(_TARGETED, a.end) \
                and not view.text.startswith(_DONE_TO, a.end):
            return a  # 对美舰过航…, 就佩洛西窜访…: the subject of an embedded clause right before the verb
            # (持续对伊朗极限施压: the one pressed, not the one pressing)
        break
    for a in own:
        if _clause_initial(view, a, max(cs0, lo)) and not _mod(view, a):
            return a
    for a in reversed(own):
        if a.extra.get("pair") and view.text.startswith(_EXERCISE_NOUNS, pos) and _PAIR_HEAD.fullmatch(view.text, a.end, pos):
            return a  # “金龙-2023”中柬两军联合演习在…举行: the pair named in the exercise's name holds it
        seg = view.text[max(cs0, lo):a.start]
        k = max(seg.rfind("将"), seg.rfind("把"))
        if k >= 0 and (seg[k] == "把" or ("的" in seg[k:] and not seg.startswith(_DISPOSAL_OK, k + 1))):
            continue  # 将参与对台军售的洛克希德·马丁公司、雷神公司列入…: what is disposed of, not the subject
        prev_end = max([b.end for b in own if b.end <= a.start] + [max(cs0, lo)])
        gap = view.text[prev_end:a.start]
        if ("的" in gap and any(ch in gap[:gap.rfind("的")] for ch in "与同跟")) or _TO_PARTNER.search(gap):
            continue  # 美国与我们的盟友菲律宾站在一起: inside the partner phrase, not the subject
        prev_a = next((b for b in reversed(own) if b.end <= a.start), None)
        if prev_a is not None and view.governed(prev_a) in ("同", "与", "跟") and len(gap) <= 10 \
                and not _CLAUSE_SEP.search(view.text, prev_a.end, a.start):
            continue  # 同美国总统国际气候政策高级顾问波德斯塔举行会谈: the name heads the partner phrase
        if pos - a.end <= 2 and view.governed(a) is None and not _mod(view, a) and \
                all(ch in _ADVERB_CHARS for ch in view.text[a.end:pos]) and (view.text[a.start - 1:a.start] != "的"
                                                                          or _REL_SUBJ.match(view.text, max(cs0, lo))):
            return a  # 美方应…, 俄军打击…, 以方也将… (正在德国出席…会议的外交部长王毅分别会见…: the head of the clause)
        if pos - a.end <= 4 and view.governed(a) in ("就", "对", "针对", "因", "由于", "鉴于", "对于") and \
                not any(b.start >= a.end and b.end <= pos for b in view.actors) and \
                not view.text.startswith(("实施", "加征", "采取", "予以", "发起"), a.end) and \
                "的" not in view.text[a.end:pos] and not view.text.startswith(_POSSESSED_BARE, a.end) and \
                not view.text[a.end:pos].endswith(_TOPIC_ENDS) and \
                not view.text.startswith(_GOODS, a.end):  # 对台独势力的严重警告: the one warned; 就高市早苗有关言论提出交涉; 对中国商品加征
            return a  # 就佩洛西窜访台湾…, 对美方否决草案表示…: the embedded clause's subject
            # (对格鲁吉亚议会的决定深表遗憾: a possessor, not a subject)
    if strict:
        return None
    e = max(cs0, lo) - 1
    while e > lo:
        cs, _ = view.clause_of(e)
        cs = max(cs, lo)
        for a in left:
            if a.start >= cs and a.end <= e and _clause_initial(view, a, cs) and not _mod(view, a):
                return a
        if _REL_SUBJ.match(view.text, cs):
            for a in left:  # 正在北京出席峰会的联合国秘书长古特雷斯再次发出呼吁，要求…: the relative clause's head
                if cs <= a.start and a.end <= e and view.text[a.start - 1:a.start] == "的" \
                        and view.governed(a) is None and not _mod(view, a):
                    return a
        for a in left:
            if a.end == e and a.start >= cs and view.governed(a) is None and view.text[a.start - 1:a.start] == "的" \
                    and view.text[a.start - 3:a.start] != "中国的":  # 台湾是中国的台湾: no topic
                return a  # …出席对话会的国务委员兼国防部长董军，同…举行会谈: a topic closing its clause
        if cs <= lo:
            break
        e = cs - 1
    return None


_EXERCISE_NOUNS = ("联合演习", "联合军演", "联演", "联合训练", "联训", "联合巡逻", "联合演练", "联合海上", "联合军事演习",
                   "联合空中", "海上联合")
_PAIR_HEAD = re.compile(r"(?:两国|两军|三国|三军|三方|双方)?(?:海军|空军|陆军|军队|海上|空中|陆上)?(?:联合)?")
_CAUSATIVE = ("让", "使", "叫")
_N_COUNTRIES = re.compile(r"[两三四五六七八九十]国")
_THREAT_VERB = re.compile(r"扬言|威胁要|威胁将|威胁称|威胁说|放话|警告将|警告称将|警告说将|不排除")
_ABOUT_HOLDING = re.compile(r"就(?:举行|进行|开展|恢复|重启)?$")
_BORROWED = re.compile(r"(?:借|借助|利用)[^，。；]{0,6}$")
_BORROWED_AFTER = ("对", "之机", "的机会", "场合", "平台", "向", "炒作", "渲染")
_TOPIC_SHUT = re.compile(r"一事|问题|事件")
_TOGETHER = re.compile(r"结伴|一同|一起|共同|联合|携手")
_SUFFERED = ("遭", "遇袭", "被")
_EMBED_RE = re.compile(r"谴责|批评|指责|指控|反对|抗议|声称|认为|警告|呼吁|要求|敦促|欢迎|赞赏|宣称")
_POSSESSED = ("的做法", "的行为", "的行径", "的言行", "的言论", "的政策", "的举动", "的决定", "的措施", "的图谋", "的企图", "的挑衅",
              "的制裁", "的行动", "的举措", "的指责", "的声明", "的部署", "的军演", "的调查", "的说法", "的表态",
              "的报告", "的裁决", "的指控", "的所作所为", "的操弄", "的侵略", "的打压", "的霸凌", "的攻击", "的袭击", "的空袭",
              "的任何", "的每一个", "的每一次", "的一切", "的联合声明", "的所谓", "的说辞", "的表演")  # (英方的每一个敌对举动: whose moves)
_POSSESSED_BARE = ("决定", "做法", "行为", "行径", "言论", "举动", "反应", "声明", "政策", "措施")  # 对秘方决定表示遗憾: whose decision
_TARGETED = ("制裁", "加征", "禁运", "出口管制", "出售", "军售", "提供", "援助", "出口", "军事援助", "军援", "人道主义援助", "经济援助")  # 对俄制裁, 对台出售: the one acted on
_DONE_TO = ("施压", "极限施压", "打压", "遏制", "霸凌", "胁迫", "围堵", "抹黑", "污蔑", "干涉")
_LIGHT_VERBS = ("进行", "实施", "加征", "采取", "发起", "提出", "发动", "予以", "展开", "开展", "作出", "给予", "表示")
_TO_PARTNER = re.compile(r"(?:^|[已也还将并再曾则])(?:向|给)[^，。；的]{0,6}$|(?:召见|约见)[^，。；]{0,12}$")  # 已向轮值主席国加拿大提出交涉
_THIS_ACT_OBJ = ("此举", "这一做法", "这一举动", "该举动", "这一行为", "上述做法", "这一决定", "该决定", "上述决定", "这种做法")
_ADVERB_CHARS = set("也将已还再又曾亦即均都应并仍正就竟才须要必需分别先后“”\"「」")  # 指中方“一再干扰…”
_TOPIC_NOUNS = ("问题", "局势", "事务", "形势", "议题")
_TOPIC_LIST = re.compile(r"(?:[、和及与][^，。；、和及与同向]{1,6}){1,4}(?:等)?(?:问题|局势|事务|形势|议题)")
_LISTING = ("列入", "纳入", "列为", "增列")
_GOODS = ("商品", "产品", "企业", "公司", "实体", "船只", "输美", "出口", "进口", "货物", "官员", "人员", "公民", "芯片")
_TOPIC_ENDS = ("言论", "言行", "问题", "一事", "报道", "行为", "做法", "表态", "讲话", "事件")
MODIFIED = ("问题", "局势", "危机", "事务", "关系", "规则", "宪章", "决议", "框架", "机制", "规定", "标准", "协定", "原则", "宗旨", "的",
            "方面的", "境内", "领土", "领空", "领海", "附近", "国内",
            "是中国的", "是中国领土", "是中国不可分割", "是中国神圣领土",  # 台湾是中国的台湾: a topic, not a doer
            "海域", "沿海", "近海", "海岸", "一带",  # 亚丁湾、索马里海域护航: a place
            "轮值主席国",  # 东盟轮值主席国马来西亚的总理安瓦尔: the chair named by its country
            "、涉")  # 台湾、涉疆、涉藏事务都是中国内政: the first of a list of matters


def _modifier(view: SentenceView, a: Mention) -> bool:
    """An actor name used as a modifier (台湾问题, 世贸组织规则, 中国的主权)."""
    return view.text.startswith(MODIFIED, a.end)


def _partner_before(view: SentenceView, pos: int, subj: Mention | None) -> Mention | None:
    """The actor of a 同/与/和/跟/向/对/给 phrase between the subject and the
    trigger (同美国总统拜登…会晤, 对原产于美国的商品加征关税)."""
    cs, _ = view.clause_of(pos)
    lo = subj.end if subj is not None and subj.end <= pos else cs
    if lo < cs:
        # …通过对俄制裁方案，将部分中国企业列入其中: the trigger's own clause first
        own = _partner_in(view, pos, subj, cs)
        if own is not None:
            return own
    return _partner_in(view, pos, subj, lo)


def _phrase_head(view: SentenceView, a: Mention, pos: int) -> Mention:
    """对参与此次对台军售的7家美国军工企业采取反制措施: inside a long 对-phrase, the partner
    is the head the phrase ends with, not the first name in it."""
    t = view.text
    best = a
    for b in view.actors:
        if b.start < a.end or b.end > pos or b.weak:
            continue
        between = t[a.end:b.start]
        if any(ch in between for ch in "，。；："):
            break
        if "的" in between and pos - b.end <= 24 and view.governed(b) is None and "，" not in t[b.end:pos]:
            best = b
    return best


def _partner_in(view: SentenceView, pos: int, subj: Mention | None, lo: int) -> Mention | None:
    t = view.text
    if t.startswith(_LISTING, pos):
        # 欧方在第十八轮对俄制裁中就已将两家中国地方银行列入制裁名单: the one put on the list
        for a in reversed(view.actors):
            if lo <= a.start and a.end <= pos and not a.weak:
                k = t.rfind("将", lo, a.start)
                k2 = t.rfind("把", lo, a.start)
                k = max(k, k2)
                if k >= 0 and "，" not in t[k:a.start] and not any(k < b.start < a.start for b in view.actors if b is not a):
                    return _phrase_head(view, a, pos)
    for a in view.actors:
        if a.start < lo or a.end > pos or a.weak:
            continue
        g = view.governed(a)
        if g in PREPS_PARTNER and (t.startswith(_TOPIC_NOUNS, a.end) or _TOPIC_LIST.match(t, a.end, pos)):
            continue  # 围绕加沙停火和巴勒斯坦问题同三国官员交换意见, 就两军关系和台湾、南海等问题交换意见: a topic
        if g == "对" and t[a.start - 2:a.start - 1] == "就" and any(
                a.end <= b.start and b.end <= pos and view.governed(b) == "向" for b in view.actors):
            continue  # 就对台军售向美方提出严正交涉: the topic's party, the one addressed follows 向
        if g == "对" and t.startswith(_TARGETED, a.end) and "就" in t[lo:a.start]:
            continue  # 就第十六轮对俄制裁方案达成一致: the target of the measures talked about, no partner
        if g in ("向", "对") and "就" in t[lo:a.start] and _TOPIC_SHUT.search(t, a.end, pos):
            continue  # 就韩方可能向乌克兰提供武器一事发出警告: a party inside the topic, not the one warned
        if g in ("同", "与", "跟") and _TALKS_THEN.match(t, a.end, pos):
            continue  # 同来访的澳大利亚总理会谈后说，他已向伊朗…发出警告: the talks only time what follows
        if g in PREPS_PARTNER:
            mm = _ALLY_NOUN.match(t, a.end)
            if mm:
                b = next((b for b in view.actors if b.start == mm.end() and not b.weak and b.end <= pos), None)
                if b is not None:
                    return b  # 同北约盟友立陶宛站在一起: the ally named after the alliance
            if g in ("和", "与", "及") and any(b.end == a.start - 1 and ((b is not subj and not (
                    subj is not None and b.country is not None and b.country == subj.country))
                    or (b is subj and b.country is not None and b.country == a.country)) for b in view.actors):
                continue  # 加拿大和荷兰: a list, not a partner (卡拉斯表示，欧盟与捷克站在一起: the speaker's side and a partner;
                # 外相上川阳子和防卫相木原稔同…: the subject's colleague)
            return _phrase_head(view, a, pos) if g in ("对", "向") else a
        # a preposition earlier in the phrase: 对原产于美国的…
        seg = t[lo:a.start]
        for pr in ("同", "与", "跟"):
            k = seg.rfind(pr)
            if k >= 0 and "的" in seg[k:] and "，" not in seg[k:] and seg[k - 1:k] not in ("共", "相", "不", "如"):
                if _TALKS_THEN.match(t, a.end, pos):
                    break  # (…同来访的澳大利亚总理会谈后说: a time, as above)
                return a  # 同来华进行国事访问的巴西总统卢拉举行会谈: the head of a long phrase
            if k >= 0 and a.persons and len(seg) - k <= 16 and _TITLE_RUN.fullmatch(seg, k + 1) \
                    and seg[k - 1:k] not in ("共", "相", "不", "如"):
                return a  # 同俄联邦安全会议秘书帕特鲁舍夫举行…磋商: a named person after an office the base lacks
        for pr in ("对", "向", "将", "把"):
            k = seg.rfind(pr)
            if k < 0 or "，" in seg[k:] or len(seg) - k > (30 if (seg.endswith("的") and pr in ("对", "向"))
                                                          or (seg.endswith(("的", "、")) and pr in ("将", "把")) else 12):
                continue  # (对被认为参与…的中国官员实施…: a long phrase headed by the partner)
            if seg[k - 1:k] in ("反", "应", "面", "绝", "相", "针", "一") or seg[k + 1:k + 2] in ("话", "于", "此", "外", "立", "方", "手", "象"):
                continue
            if pr == "将" and seg[k + 1:].startswith(("通过", "在", "继续", "向", "对", "进一步", "与", "同", "会", "从", "由")):
                continue  # 美方将通过北约盟国向乌克兰提供…: the future, not 将 marking what is disposed of
            return a
    return None


def _object_after(view: SentenceView, pos: int, same_clause: bool = False) -> Mention | None:
    key = ("obj", pos, same_clause)
    if key in view.cache:
        return view.cache[key]
    res = view.cache[key] = _object_after_(view, pos, same_clause)
    return res


def _object_after_(view: SentenceView, pos: int, same_clause: bool = False) -> Mention | None:
    _, ce = view.clause_of(pos)
    for a in view.actors:
        if a.start < pos or a.weak:
            continue
        if same_clause and a.start >= ce:
            break
        # an actor followed by its own speech verb starts a new statement
        if SPEECH_RE.match(view.text, a.end, min(a.end + 6, view.end)):
            continue
        if view.governed(a) in ("在", "于") and a.start > pos:
            continue  # a place (在新加坡), not an object (归咎于美国: the 于 is the trigger's own)
        if view.governed(a) in ("针对", "对") and "的" in view.text[a.end:a.end + 6]:
            continue  # 谴责针对伊朗的外部干涉: the one the condemned act is aimed at
        if a.extra.get("capital") and _PLACE_OF_ATTACK.match(view.text, a.end):
            continue  # 谴责伊斯兰堡的恐怖袭击: the city where it happened, not who did it
        if _ATTENDING.search(view.text, pos, a.start):
            # 会见来华出席上海合作组织峰会的亚美尼亚总理: the gathering attended is no object
            nxt = next((b for b in view.actors if b.start >= a.end and not b.weak), None)
            if nxt is not None and nxt.start - a.end <= 12 and view.text[a.end:nxt.start].endswith("的") \
                    and not _CLAUSE_SEP.search(view.text, a.end, nxt.start):
                return nxt
        k = view.text.find("、", a.end, a.end + 8)
        if not a.persons and a.country in ("IGO", "UNO", "EUR") and k > 0 and _ROLE_TAIL.fullmatch(view.text, a.end, k):
            nxt = next((b for b in view.actors if b.start == k + 1 and not b.weak), None)
            if nxt is not None and nxt.role and nxt.country not in (None, "IGO", "UNO", "EUR", "NGO") \
                    and view.text[nxt.end:nxt.end + 1] not in ("、", "和", "及", "与"):
                return nxt  # 会见了非盟轮值主席、安哥拉总统洛伦索: one man with two offices, the country's
        return a
    return None


_ATTENDING = re.compile(r"出席|参加|与会|列席")
_PLACE_OF_ATTACK = re.compile(r"的?(?:恐怖袭击|恐袭|袭击事件|爆炸事件|爆炸袭击|自杀式袭击|枪击事件)")
_ROLE_TAIL = re.compile(r"(?:轮值|委员会)?(?:主席国?|秘书长)")
_TALKS_THEN = re.compile(r"[^，。；：]{0,6}?(?:举行)?(?:会谈|会晤|会见|通话|会面)(?:后|时|之后|期间|结束后)")
_APPOSITIVE = re.compile(r"(?:作为|身为)[^，。；：、]{1,20}的")


def _pair_run(acts: list[Mention], m: Mention) -> list[Mention]:
    """m and the one-character forms written right against it as one compound (中俄, 美日韩)."""
    k = next((j for j, a in enumerate(acts) if a is m), None)
    if k is None:
        return [m]
    lo = hi = k
    while lo > 0 and acts[lo - 1].extra.get("pair") and acts[lo - 1].end == acts[lo].start:
        lo -= 1
    while hi + 1 < len(acts) and acts[hi + 1].extra.get("pair") and acts[hi + 1].start == acts[hi].end:
        hi += 1
    return acts[lo:hi + 1]


def _coordinated(view: SentenceView, m: Mention | None) -> list[Mention]:
    """m and the actors listed with it by 、/和/及 (美国、加拿大、澳大利亚等国)."""
    if m is None or m not in view.actors:
        return [m] if m is not None else []
    t = view.text
    acts = view.actors
    idx = acts.index(m)
    lo = hi = idx
    if "代表" in m.text:
        # 巴基斯坦代表不结盟运动、古巴代表“77国集团”…等发言: each speaks for a group (names
        # inside the groups are skipped)
        reps = [a for a in acts if "代表" in a.text and not a.weak]
        rlo = rhi = reps.index(m)

        def rjoined(a, b):
            gap = t[a.end:b.start]
            return gap.endswith(("、", "和", "及")) and len(gap) <= 24 and not any(ch in gap for ch in "，。；：,")
        while rhi + 1 < len(reps) and rjoined(reps[rhi], reps[rhi + 1]):
            rhi += 1
        while rlo - 1 >= 0 and rjoined(reps[rlo - 1], reps[rlo]):
            rlo -= 1
        if rhi > rlo:
            return reps[rlo:rhi + 1]

    def joined(a, b):
        gap = t[a.end:b.start]
        return gap in ("、", "和", "及", "以及") or (gap == "" and a.extra.get("pair") and b.extra.get("pair")) \
            or (gap == "与" and _N_COUNTRIES.match(t, b.end) is not None)  # 马里、布基纳法索与尼日尔三国: one list
    while hi + 1 < len(acts) and joined(acts[hi], acts[hi + 1]) and not acts[hi + 1].weak:
        hi += 1
    while lo - 1 >= 0 and joined(acts[lo - 1], acts[lo]) and not acts[lo - 1].weak:
        lo -= 1
    return acts[lo:hi + 1]


def apply_frame(view: SentenceView, p: Pattern, ts: int, te: int, ctx: dict, home: str):
    """(actor, recipient, how) for pattern p at trigger [ts, te), or None."""
    t = view.text
    how = [p.frame]
    actor = recipient = None
    if p.frame == "svo" or p.frame == "none":
        # passive: 被 (A) right before the trigger
        k = -1
        for m in _PASSIVE_RE.finditer(t, max(view.start, ts - 12), ts):
            k = m.start()
        if k >= 0 and "，" not in t[k:ts]:
            inner = [a for a in view.actors if a.start > k and a.end <= ts and not a.weak]
            if inner:
                actor = inner[0]
                recipient = _subject_left(view, k, home=home)
                how.append("passive")
                return actor, recipient, how
            if "被" in t[ts - 2:ts] or "遭到" in t[ts - 3:ts]:
                # 美方…对多名中国公民进行盘查，部分人员被强制遣返: no agent and no named
                # patient — the doer is the subject of the sentence's earlier clause
                cs0, _ = view.clause_of(ts)
                if cs0 <= view.start or any(cs0 <= a.start < k for a in view.actors):
                    return None
                prev = _subject_left(view, cs0 - 1, home=home)
                if prev is None or prev.start < view.speech_end or prev is view.speaker:
                    return None
                if "弃权" in t[prev.end:cs0]:
                    return None  # 俄罗斯投反对票，中国弃权，草案被否决: the one who abstained sank nothing
                how.append("passive-carried")
        actor = _subject_left(view, ts, home=home)
        cs0, _ = view.clause_of(ts)
        if _PRONOUN.match(t, cs0) and (actor is None or actor.start < cs0):
            sp = view.speaker or ctx.get("speaker")
            if sp is not None and sp is not UNKNOWN:
                actor = sp
                how.append("pronoun")
        elif view.speaker is not None and view.speech_end <= cs0 and _AND_THEN.fullmatch(t, cs0, ts) \
                and actor is not None and actor is not view.speaker and actor.start >= view.speech_end:
            # 发言人表示，中国海警船进入…海域，并要求中方立即离开: 并 continues the speaker's own predicate
            actor = view.speaker
            how.append("speaker-continued")
        elif cs0 == view.start and _HE.match(t, cs0) and (actor is None or actor.start < cs0):
            # 古特雷斯25日说，…。他呼吁以色列…停火: 'he' is the one who just spoke
            sp = ctx.get("speaker")
            if sp is not None and sp is not UNKNOWN and not isinstance(sp, _Fixed):
                actor = sp
                how.append("he")
        if actor is not None and actor.start < view.speech_end <= ts and view.speaker is actor:
            # the speaker is the actor of what follows only when no other subject intervenes
            how.append("speaker")
        partner = _partner_before(view, ts, actor)
        if partner is not None and actor is not None and p.type in _ONE_WAY and partner.start == actor.end + 1 \
                and t[actor.end] in ("和", "与", "及"):
            partner = _partner_in(view, ts, actor, partner.end)  # 美国和英国对也门…实施空袭: two doers, the partner follows
        if partner is not None and (actor is None or actor.end <= view.clause_of(ts)[0]):
            cs1, _ = view.clause_of(ts)
            before_p = [a for a in view.actors if cs1 <= a.start and a.end <= partner.start and not a.weak
                        and view.governed(a) is None and not _modifier(view, a)]
            if before_p:
                actor = before_p[-1]
                how.append("subject-of-partner")
        if p.mode == "visit" and view.text.startswith("的", te):
            after = _object_after(view, te, same_clause=True)
            if after is not None and after.start - te <= 4:
                host = _subject_left(view, ts, home=home) if p.recipient is None else None
                how.append("visitor-relative")
                return after, host if host is not None and host is not after else partner, how
        direct = _object_after(view, te, same_clause=True)
        if direct is not None and p.object_near and direct.start - te > p.object_near \
                and not _APPOSITIVE.fullmatch(view.text, te, direct.start):
            direct = None  # (敦促作为停火协议担保方的美国…: the role it is addressed in comes first)
        if direct is not None and direct.extra.get("pair") and actor is not None and _country(direct, home) == _country(actor, home):
            # 伊方不会出席…伊美间接会谈: the other member of the pair
            other = [b for b in view.actors if b.start == direct.end and b.extra.get("pair")]
            direct = other[0] if other else direct
        if p.type == "THREATEN" and t.startswith("否则", ts) and direct is not None:
            # …必须公平，否则欧盟将对美国采取反制措施: the one threatened follows 对, not the one who acts
            _, ce0 = view.clause_of(ts)
            aimed = [a for a in view.actors if te <= a.start < ce0 and not a.weak
                     and view.governed(a) in ("对", "向", "针对")]
            direct = aimed[0] if aimed else (None if direct.start - te <= 1 else direct)
        warned_urged = False  # (set when the one warned is the one a demand before 否则 was made of)
        if p.type == "THREATEN" and t.startswith("否则", ts) and direct is None:
            # 中方敦促澳方停止挑衅，否则中方将采取坚决措施: the warning is the urger's, to the one urged
            um = None
            for um in _URGED_BEFORE.finditer(t, view.start, ts):
                pass
            if um is not None:
                urged = _object_after(view, um.end(), same_clause=True)
                if urged is not None and urged.end <= ts:
                    urger = _subject_left(view, um.start(), home=home)
                    direct = urged
                    if urger is not None and urger is not urged and (
                            actor is None or actor is urged or _country(actor, home) == _country(urged, home)):
                        actor = urger
                    how.append("urged-warned")
                    warned_urged = True
        if p.type == "THREATEN" and t.startswith("否则", ts):
            sp = view.speaker or ctx.get("speaker")
            if sp is not None and sp is not UNKNOWN and actor is not None and actor is not sp \
                    and _country(actor, home) != _country(sp, home):
                # 发言人表示，日方必须…，否则一切后果由日方承担: the speaker warns the one addressed
                if direct is None:
                    direct = actor
                actor = sp
                how.append("speaker-warns")
        if partner is not None and not warned_urged and not (direct is not None and direct.start - te <= 2 and (
                p.type in ("ACCUSE", "REQUEST", "REJECT", "SUPPORT") or t[te - 1] in "与同向")):
            # (…同中国建交，同时断绝同台湾地区的“外交关系”: a trigger ending in its preposition names its object)
            recipient = partner
            how.append("prep")
        elif direct is not None:
            recipient = direct
            how.append("object")
        elif t.startswith(_GROUP_REFS, te) and ctx.get("group"):
            recipient = ctx["group"]
            how.append("group")
        elif t.startswith(_THIS_ACT_OBJ, te) and ctx.get("last_act") and ctx["last_act"][0] >= view.idx - 2:
            recipient = ctx["last_act"][1]  # 波兰关闭边境口岸。白俄罗斯批评此举毫无道理: the doer of the act just told
            how.append("this-act")
        if actor is not None and recipient is not None and not isinstance(recipient, list) and p.type in _VERBAL \
                and view.speaker is not None and actor is not view.speaker and actor.start >= view.speech_end \
                and actor.country is not None and actor.country == recipient.country \
                and view.speaker.country not in (None, actor.country):
            # 吴江浩指出，日方言论性质极其恶劣，要求日方…: nobody urges himself — the speaker does
            actor = view.speaker
            how.append("speaker-not-self")
        if actor is None:
            if view.speaker_unknown or ctx.get("speaker") is UNKNOWN:
                return None
            actor = view.speaker or ctx.get("speaker") or ctx.get("last_actor") or ctx.get("topic")
            how.append("carried-subject")
    elif p.frame == "pred":
        cs, _ = view.clause_of(ts)
        by = [a for a in view.actors if cs <= a.start and a.end <= ts and not a.weak and t[a.start - 1:a.start] == "由"]
        caus = [a for a in view.actors if cs <= a.start and a.end <= ts and not a.weak and t[a.start - 1:a.start] in _CAUSATIVE]
        if by and ts - by[-1].end <= 8:
            # 一切后果应由美国及其追随者负责: the one the consequences fall on
            recipient = by[-1]
            how.append("borne-by")
        elif caus and ts - caus[-1].end <= 6:
            # 以色列将“以合适的方式”让伊朗付出代价: the one made to pay; the one making him is the
            # subject before 让, if the clause names one
            recipient = caus[-1]
            how.append("causative")
            subj = _subject_left(view, caus[-1].start - 1, home=home, limit_start=max(cs, view.speech_end), strict=True)
            if subj is not None and _country(subj, home) != _country(recipient, home):
                return subj, recipient, how
        elif p.strict_subject:
            recipient = _subject_left(view, ts, home=home, limit_start=max(cs, view.speech_end), strict=True, possessive=True)
        else:
            recipient = _subject_left(view, ts, home=home, limit_start=max(view.start, view.speech_end), possessive=True)
        if recipient is not None and "causative" not in how and t.startswith(_SUFFERED, recipient.end):
            recipient = None  # 本月1日伊朗驻叙使馆遭袭严重违背国际法: the victim of what is condemned
        if recipient is None:
            # 称以色列犯下罪行，“必将受到严厉惩罚”: the one a reported clause (称X…) is about
            for a in view.actors:
                if a.end <= ts and not a.weak and t[a.start - 1:a.start] == "称":
                    recipient = a
            if recipient is not None:
                how.append("reported-subject")
        if recipient is None and "condition" in p.fallback:
            # 如果伊朗不达成协议，将遭到…轰炸 / 如果民进党当局执意拖延，…后果由其承担: the one the
            # condition names is the one who will suffer
            for mk in _CONDITION.finditer(t, max(view.start, view.speech_end), ts):
                recipient = next((a for a in view.actors if mk.end() <= a.start < ts and not a.weak
                                  and not any(ch in t[mk.end():a.start] for ch in "，,；;")), None)
                if recipient is not None:
                    how.append("condition")
                    break
        opening = view.start
        if view.speaker is not None and view.speech_end > view.start and t[view.speech_end:view.speech_end + 1] in "，,：:":
            opening = view.speech_end + 1  # 韩方称，这是严重的挑衅行为
        if recipient is None and _THIS_ACT.match(t, opening) and \
                not any(opening <= a.start < ts or (a.start < ts and a is not view.speaker) for a in view.actors):
            # 美方击落了…。这是明显的过度反应: 这 stands for the act just told, and its doer
            last = ctx.get("last_act")
            if last is not None and last[0] == view.idx - 1 and \
                    view.doc.sentences[view.idx].para - view.doc.sentences[last[0]].para <= 1:  # (朝鲜发射导弹。\n\n韩方称，这是…)
                recipient = last[1]
                how.append("this-act")
        if recipient is None or view.speaker_unknown:
            return None
        actor = view.speaker if view.speaker is not recipient else None
        if actor is None:
            sp = ctx.get("speaker")
            if sp is None and any(d in t[view.start:ts] for d in ("公告", "声明", "照会", "报告", "决议")):
                sp = ctx.get("last_actor")
            if sp is None or sp is UNKNOWN:
                return None
            actor = sp
        how.append("speaker")
    elif p.frame == "visitor_after":
        actor = _object_after(view, te)
        recipient = _subject_left(view, ts, home=home)
    elif p.frame == "both":
        dyad = ctx.get("dyad")
        actor = _subject_left(view, ts, home=home)
        partner = _partner_before(view, ts, actor)
        if actor is not None and partner is not None and _country(partner, home) != _country(actor, home):
            recipient = partner
            how.append("prep")
        elif actor is not None and actor.extra.get("pair"):
            how.append("pair-subject")  # 中澳双方就…达成一致: the pair is resolved below
        elif dyad and (actor is None or actor.weak or actor.generic or _country(actor, home) in {_country(d, home) for d in dyad}):
            # (七国集团外长3日发表联合声明: a subject of its own is no member of the talks' pair)
            actor, recipient = dyad
            if ctx.get("dyad_group"):
                grp = ctx["dyad_group"]
                return grp[0], grp[1:], how + ["dyad", "group-meeting"]
            if _country(recipient, home) == home:
                actor, recipient = recipient, actor
            how.append("dyad")
        else:
            return None
    return actor, recipient, how


def _outside(rx: "re.Pattern", t: str, cs: int, ce: int, ts: int, te: int) -> bool:
    """Does rx match in [cs, ce) other than inside the trigger itself (暂停 in 全面暂停进口)?"""
    for m in rx.finditer(t, cs, ce):
        if not (ts <= m.start() and m.end() <= te):
            return True
    return False


class _Fixed(Mention):
    pass


def _in_reaction_topic(view: "SentenceView", actor: Mention, ts: int, te: int) -> bool:
    """Is the trigger inside the topic of a reaction (对中国等国派出救援队表示感谢) whose speaker, named
    before 对, would be taken for the doer?"""
    t = view.text
    cs, ce = view.clause_of(ts)
    k = t.rfind("对", cs, ts)
    if k < 0 or not actor.end <= k or actor.start < view.start:
        return False
    return bool(_REACTION.search(t, te, ce))


def _para_start(doc, i: int) -> int:
    """Where the paragraph of sentence ``i`` starts."""
    k = i
    while k > 0 and doc.sentences[k - 1].para == doc.sentences[i].para:
        k -= 1
    return doc.sentences[k].start


def _fixed(code: str, at: int) -> Mention:
    return _Fixed(at, at, "", "actor", country=code, parts=(f"fixed:{code}",))


def _members(ms: list) -> list:
    """A group referred back to (欧洲三国 after 英国、法国和德国) stands for each of its members."""
    if not any(isinstance(m, Mention) and m.extra.get("group") for m in ms):
        return ms
    out = []
    for m in ms:
        out.append(m)
        if isinstance(m, Mention) and m.extra.get("group"):
            out.extend(_Fixed(m.start, m.end, m.text, "actor", country=c, sector=m.sector, role=m.role,
                              parts=(f"group:{c}",)) for c in m.extra["group"] if c != m.country)
    return out


def _initiator(view: SentenceView, actor: Mention | None, recipient: Mention | None, ts: int) -> str | None:
    t = view.text
    seg = t[view.start:ts]
    if "应约" in seg:
        return "recipient"
    k = seg.rfind("应")
    if k >= 0 and "邀请" in seg[k:] or "应邀" in seg:
        return "recipient"
    if "主动" in t[max(view.start, ts - 6):ts]:
        return "actor"
    return None


def _background_clause(view: SentenceView, ts: int) -> bool:
    """A trigger inside a temporal clause (…部署更多地面部队之后，…)."""
    _, ce = view.clause_of(ts)
    if view.text[max(ts, ce - 3):ce].endswith(("之后", "以后", "之前", "以前", "期间")):
        return True
    # 鉴于美方…对中国官员实施签证限制，中方决定…: the reason given for the main act, told again
    k = view.text.find("鉴于", view.start, ts)
    return k >= 0 and any(a.start >= ce for a in view.actors)


def _topic_of_talk(view: SentenceView, ts: int, te: int) -> bool:
    """A trigger inside 就…一事 (就中方禁止向日本出口两用物项一事提出抗议) or 对…表达不满
    (对欧盟最新一轮对俄制裁把两家中国银行列入名单表达强烈不满): the topic of a protest or a
    question, not a new act."""
    cs, ce = view.clause_of(ts)
    k = view.text.rfind("就", cs, ts)
    if k >= 0 and view.text.find("一事", te, ce) >= 0:
        return True
    k = view.text.rfind("对", cs, ts)
    return k >= 0 and _PROTEST_AFTER.search(view.text, te, ce) is not None and not any(
        k < a.start < ts and view.governed(a) is None and _clause_initial(view, a, k + 1) for a in view.actors)


def find_candidates(doc: Doc, grammar: Grammar, home: str = "CHN", optional: bool = False,
                    hits=None) -> list[Candidate]:
    text = doc.norm
    if hits is None:
        hits = grammar.viable(text, grammar.triggers(text), doc.sentences, optional)
    if not hits or not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]

    def sent_of(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < ends[i] else -1

    actors: dict[int, list[Mention]] = {}
    media: dict[int, list[Mention]] = {}
    places: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        i = sent_of(m.start)
        if i < 0:
            continue
        if m.kind == "actor":
            actors.setdefault(i, []).append(m)
        elif m.kind == "media":
            media.setdefault(i, []).append(m)
        elif m.kind == "place":
            places.setdefault(i, []).append(m)
    spans = sorted([(m.start, m.end) for m in doc.mentions] + grammar.mechanism_spans(text))
    span_starts = [sp[0] for sp in spans]
    by_sent: dict[int, list] = {}
    for h in hits:
        k = bisect.bisect_right(span_starts, h[0]) - 1
        if k >= 0 and spans[k][0] <= h[0] and h[1] <= spans[k][1] and (h[1] - h[0]) < (spans[k][1] - spans[k][0]):
            continue  # a trigger inside a name (香格里拉对话会) is no trigger
        i = sent_of(h[0])
        if i >= 0:
            by_sent.setdefault(i, []).append(h)

    ctx: dict = {"speaker": None, "topic": None, "dyad": None}
    outlet = doc.article.outlet or ""
    voice = _fixed(home, 0) if OFFICIAL_OUTLET.search(outlet) else None
    host = _briefing_host(doc, home)
    if host is not None:
        ctx["doc_speaker"] = host  # 外交部发言人郭嘉昆主持例行记者会。…问：…答：… — he answers
    para = -1
    qa_para = ""
    pub = doc.article.published.isoformat() if doc.article.published else None
    out: list[Candidate] = []
    kinds = doc.info.get("kinds", [])
    times_by: dict[int, list] = {}
    for tm in doc.times:
        k = sent_of(tm.start)
        if k >= 0:
            times_by.setdefault(k, []).append(tm)
    items = {k for k, kd in enumerate(kinds) if kd in ("heading", "byline")
             and _ITEM_HEAD.match(text, doc.sentences[k].start)} if kinds else set()
    for i in sorted(set(by_sent) | set(actors) | items):
        view = SentenceView(doc, i, actors.get(i, []), media.get(i, []), times_by.get(i, []))
        if doc.sentences[i].para != para:
            para = doc.sentences[i].para
            ctx["speaker"] = voice
            ctx["para_meeting"] = view.text.startswith(_MEETING_REF, view.start)
            mm = _MEETING_WITH.match(view.text, view.start)
            if mm and ctx.get("dyad") and view.actors and view.actors[0].start == mm.end(1):
                # 会见库卢巴耶夫时，双方同意…: this paragraph is about the meeting with the one named
                other = view.actors[0]
                d0, d1 = ctx["dyad"]
                oc = _country(other, home)
                own = d0 if _country(d0, home) != oc else d1 if _country(d1, home) != oc else None
                if own is not None and oc is not None:
                    ctx["dyad"], ctx["dyad_group"] = (own, other), None
                    ctx["para_meeting"] = True
            qa = doc.info.get("qa", {}).get(para, "")
            qa_para = qa
            if qa == "q":
                ctx["speaker"] = UNKNOWN  # a journalist's question
            elif qa == "a":
                ctx["speaker"] = ctx.get("doc_speaker") or voice
        if view.actors:
            find_speaker(view)
            if view.speaker is not None:
                ctx["speaker"] = view.speaker
                if doc.info.get("qa", {}).get(para) != "q" and (voice is None or _country(view.speaker, home) == home):
                    # (an official transcript's answers speak for home, not for a party they quote)
                    ctx.setdefault("doc_speaker", view.speaker)
            elif view.speaker_unknown and _he_again(view, ctx):
                view.speaker_unknown = False  # 克林拜尔8日表示，…。他强调，…: the same speaker goes on
            elif view.speaker_unknown:
                ctx["speaker"] = UNKNOWN
        elif SPEECH_RE.search(view.text, view.start, view.end) and any(
                x in view.text[view.start:view.end] for x in EXPERT_MARKS + ("他认为", "她认为", "他表示", "他说", "她说")) \
                and not _he_again(view, ctx):
            view.speaker_unknown = True
            ctx["speaker"] = UNKNOWN
        if kinds and i < len(kinds) and kinds[i] in ("heading", "byline"):
            if _ITEM_HEAD.match(view.text, view.start):
                # **4. 巴基斯坦和阿富汗宣布临时停火** in a digest: a new story, none of the last one's parties
                for k in ("seen", "dyad_cand", "dyad_mech", "dyad_group", "group", "last_act", "last_actor", "last_demand",
                          "doc_speaker"):
                    ctx.pop(k, None)
                ctx.update(speaker=voice, topic=None, dyad=None)
            continue  # headlines restate the story; bylines carry no events
        im = _ISSUED.search(view.text, view.start, view.end)
        if im is not None:
            ics = view.clause_of(im.start())[0]
            issuer = next((a for a in reversed(view.actors) if ics <= a.start < im.start() and not a.weak and _country(a, home)), None)
            if issuer is not None:
                ctx["issuer"] = issuer  # 七国集团峰会20日发表领导人公报: whose the 公报 is
            if ctx.get("issuer") is not None:
                ctx["issuer_at"] = i  # (峰会20日发表的公报称…: the same document named again)
        for h in by_sent.get(i, []):
            ts, te, w, passing = h  # (Grammar.viable has run every pattern's string tests)
            for p in passing:
                if p.optional and not optional:
                    continue
                if (view.speaker_unknown and ts >= view.speech_end) or (
                        view.speaker is None and not view.speaker_unknown and ctx.get("speaker") is UNKNOWN
                        and doc.info.get("qa", {}).get(para) != "q" and not _dated_opening(view)
                        and not _own_subject(view)):
                    continue  # inside an expert's or commentator's opinion
                if p.type == "ACCUSE" and p.frame == "pred" and qa_para == "a" and any(
                        tm.start < ts and tm.precision == "day" and tm.date != pub for tm in view.times):
                    continue  # 答：6月17日，X企图…: the answer narrates a dated act, it is no new charge
                if (p.type in _MATERIAL and (text.startswith("的", te) or _background_clause(view, ts)
                                             or _topic_of_talk(view, ts, te))) or (
                        p.type == "RETREAT" and _background_clause(view, ts)):
                    continue
                if text.startswith("的是", te) and p.frame != "pred":
                    continue  # 投反对票的是美国、以色列…: a cleft naming who did it, coded (if at all) from the list
                if p.type in ("SUPPORT", "AGREE", "COOPERATE") and _LIP_SERVICE.search(text, view.start, ts):
                    continue  # 美方嘴上说不支持“台独”，手上却…: what is only said, to be belied
                if p.type in ("REQUEST", "ACCUSE") and _ON_THE_OTHER.search(text, view.clause_of(ts)[0], ts) \
                        and _ON_THE_OTHER.search(text, view.start, view.clause_of(ts)[0]):
                    continue  # 美方一边动武，一边要求通话: the speaker's charge of double dealing, not a new demand
                if w.endswith(("请求", "邀请")) and _AT_REQUEST_OF.search(text, view.clause_of(ts)[0], ts):
                    continue  # 应美方请求，董军同赫格塞思通话: whose request it was (the initiator), not a new request
                if p.type == "THREATEN" and w != "否则" and "否则" in text[view.clause_of(ts)[0]:ts]:
                    continue  # 否则欧盟将对美国采取反制: the warning is the speaker's, coded at 否则
                if p.type == "CONSULT" and _ABOUT_HOLDING.search(text, max(view.clause_of(ts)[0], ts - 4), ts):
                    continue  # 中菲双方一直就举行磋商保持沟通: holding talks as the topic of contacts
                if p.type == "CONSULT" and _BORROWED.search(text, max(view.clause_of(ts)[0], ts - 8), ts) \
                        and text.startswith(_BORROWED_AFTER, te):
                    continue  # 日美两国借“2+2”会谈对中国说三道四: the talks as the means, no report of them
                if p.type == "CONSULT" and view.text[view.clause_of(ts)[1] - 1] == "时" \
                        and view.text[view.clause_of(ts)[1] - 2] != "小":
                    continue  # 会见X时，Y表示: a time adverbial, not a new meeting (通电话近一个小时: its length)
                if p.type == "CONSULT" and "的" in text[max(view.clause_of(ts)[0], ts - 6):ts] and not (
                        w.startswith(("举行", "进行")) and text[ts - 1] != "的") and not _HELD_LONG.search(
                        text, max(view.clause_of(ts)[0], ts - 14), ts):
                    continue  # …开展的一次重要磋商: a noun phrase, not a report of a meeting (…南郊的庄园举行会晤: a place)
                if p.frame == "both" and p.mechanism == "required":
                    cs_, ce_ = view.clause_of(ts)
                    mid = grammar.mechanism_in(text, cs_, ce_)
                    if mid is None:
                        continue
                    d0, d1 = mid.split("/")[0].split("-")
                    if d1 == home:
                        d0, d1 = d1, d0
                    named_c = {_country(a, home) for a in view.actors
                               if not a.weak and view.governed(a) not in ("在", "于")} - {None}
                    if named_c and not named_c <= {d0, d1}:
                        # (中国和印度…先后举行外长和防长会晤: another pair's channel of the same name)
                        continue  # 日本外相和防卫相同菲律宾外长、国防部长举行“2+2”会谈: not that dyad's channel
                    res = (_fixed(d0, ts), _fixed(d1, ts), ["mechanism-dyad"])
                else:
                    res = apply_frame(view, p, ts, te, ctx, home)
                if res is not None and isinstance(res[0], Mention) and view.speaker is not None and view.speaker.persons:
                    cs_ = view.clause_of(ts)[0]
                    if cs_ >= view.speech_end and _HE_SUBJ.match(text, cs_) and res[0].start < cs_ \
                            and res[1] is not view.speaker:
                        # 卢卡申科说，乌克兰正在筹划…，他已同普京商定…: 他 is the one speaking
                        res = (view.speaker, res[1], res[2] + ["he-speaker"])
                if res is not None and ctx.get("issuer") is not None and p.type in _VERBAL | {"THREATEN"} \
                        and i - ctx.get("issuer_at", -9) <= 2:
                    dm = _DOC_SUBJ.match(text, view.clause_of(ts)[0])
                    if dm is None and view.start < view.clause_of(ts)[0]:
                        dm = _DOC_SUBJ.match(text, view.start)
                    if dm is not None and dm.end() <= ts and not any(dm.end() <= a.start < ts and a is res[0] for a in view.actors) \
                            and res[1] is not ctx["issuer"]:
                        # 公报还呼吁中方…: the document speaks for those who issued it
                        res = (ctx["issuer"], res[1], res[2] + ["issuer"])
                if res is None:
                    continue
                actor, recipient, how = res
                if qa_para == "a" and isinstance(actor, Mention) and (
                        "pronoun" in how or _PRONOUN.match(text, view.clause_of(ts)[0])):
                    # 林剑：…我们也正告日方: in an answer, 我们 is the side of the one answering (the label
                    # opening the paragraph), not the last voice quoted in the question
                    p0 = _para_start(doc, i)
                    label = next((a for a in doc.mentions if p0 <= a.start <= p0 + 1 and a.kind == "actor"
                                  and text.startswith(("：", ":"), a.end)), None)
                    if label is not None and _country(label, home) != _country(actor, home):
                        actor = label
                    elif label is None and _country(actor, home) != home:
                        actor = _fixed(home, ts)  # 答：…我们也正告日方 (the outlet's own side answers)
                if recipient is None and p.symmetric and text[ts - 2:ts] in ("同其", "与其", "和其") and actor is not None:
                    # 金井正彰专程来京，刘劲松应约同其磋商: 其 is the one named before, of the other side
                    ac0 = _country(actor, home)
                    recipient = next((a for a in reversed(view.actors) if a.end <= actor.start and not a.weak
                                      and _country(a, home) not in (None, ac0)), None)
                    if recipient is not None:
                        how = how + ["pronoun-partner"]
                if "posted" in p.fallback:
                    # 召回驻美国大使 / 马里与布基纳法索、尼日尔…宣布三国召回驻阿尔及利亚大使: the posting named
                    # after the trigger, whoever the frame found (a partner of the subject, or nobody), is
                    # the one left
                    _, ce0 = view.clause_of(ts)
                    env = next((a for a in view.actors if te <= a.start < ce0 and a.country is None
                                and a.posted_to is not None), None)
                    if env is not None and env.posted_to != _country(actor, home):
                        recipient = _fixed(env.posted_to, env.start)
                        how = how + ["posted"]
                if p.type == "SANCTION" and isinstance(actor, Mention) and actor in view.actors \
                        and view.governed(actor) in ("对", "针对", "向") and ts - actor.end <= 1:
                    continue  # 第十八轮对俄制裁: the one named after 对 is the target, never the doer
                if p.type in _TOPIC_ACTS and p.frame != "pred" and isinstance(actor, Mention) \
                        and _in_reaction_topic(view, actor, ts, te):
                    continue  # 尼泊尔外交部…对中印两国同意…恢复边境贸易表示反对: the act of those in the topic
                if p.actor:
                    actor = _fixed(p.actor, ts)
                companions: list = []
                if p.frame == "none" and not p.recipient:
                    if p.type == "MOBILIZE" and "prep" in how and isinstance(recipient, Mention) \
                            and recipient in view.actors and _TOGETHER.search(text, recipient.end, ts):
                        companions = _coordinated(view, recipient)  # 加拿大巡防舰与澳洲驱逐舰结伴航经台湾海峡: both sail
                    recipient = None
                    if p.type == "MOBILIZE":
                        # 为应对美国的“帝国主义威胁”，委武装部队…开展大规模部署: the force is aimed at the
                        # one whose threat it answers
                        for mk in _AIMED_AT.finditer(view.text, view.start, view.end):
                            recipient = next((a for a in view.actors if mk.end() <= a.start <= mk.end() + 1
                                              and not a.weak), None)
                            if recipient is not None:
                                how.append("aimed-at")
                                break
                if p.recipient:
                    recipient = _fixed(p.recipient, ts)
                    how.append("fixed-recipient")
                if (p.type in _MATERIAL or p.type == "RETREAT") and "carried-subject" in how:
                    continue  # a material act needs its actor named in its own sentence
                if isinstance(actor, Mention) and actor.generic and actor.country is None and view.speaker is not None \
                        and actor.start >= view.speech_end \
                        and view.speaker.country not in (None, home, "@HOME", "@SHORE", "IGO", "UNO", "EUR", "NGO", "MNC"):
                    # 巴基斯坦内政部长表示，警方已逮捕…: a body told of by a foreign speaker is the speaker's country's
                    actor = dataclasses.replace(actor, country=view.speaker.country)
                ac = _country(actor, home)
                if ac is None:
                    continue
                if actor is not None and actor.extra.get("pair") and (p.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") or p.mutual) \
                        and (recipient is None or _country(recipient, home) == ac or ts - actor.end <= 5):
                    grp = sorted(_coordinated(view, actor), key=lambda g: g.start)
                    first = grp[0]  # 中俄联合演习: the first named is the actor
                    others = [g for g in grp if _country(g, home) != _country(first, home)]
                    if others:
                        actor, recipient = first, others[0]
                        ac = _country(actor, home)
                        how.append("pair")
                if p.actor_sectors and (actor.sector not in p.actor_sectors):
                    continue
                if p.pair_subject and "pair" not in how:
                    continue
                cs, ce = view.clause_of(ts)
                # the channel named right after the trigger, up to the clause's next trigger
                # (取消A、取消B、取消C: each 取消 its own), else any channel of the clause
                nxt = min([h[0] for h in by_sent.get(i, []) if te <= h[0] < ce] or [ce])
                listed = grammar.mechanisms_between(text, cs, ts) if p.listed_before else grammar.mechanisms_between(text, te, nxt)
                mech = listed[0] if listed else grammar.mechanism_in(text, cs, ce)
                if mech is None and p.type in ("REJECT", "SANCTION", "RETREAT", "REQUEST", "AGREE"):
                    mech = grammar.mechanism_in(text, view.start, view.end)
                elif mech is None and p.type == "AGREE":
                    mech = grammar.mechanism_in(text, te, view.end)  # 双方同意，今后将恢复两军战区领导人之间的通话
                if p.mechanism == "required" and not mech:
                    continue
                if p.mechanism == "none":
                    mech = None
                if mech is None and "dyad" in how and p.type in ("CONSULT", "AGREE"):
                    mech = ctx.get("dyad_mech")
                rc = _country(recipient[0] if isinstance(recipient, list) else recipient, home)
                if isinstance(recipient, Mention) and recipient.generic and recipient.country is None and ac != home \
                        and (text[recipient.start - 1:recipient.start] == "党" or text[recipient.start - 2:recipient.start] in ("本国", "本届", "该国")
                             or (p.type in ("REQUEST", "ACCUSE", "PROTEST") and recipient.text.endswith(_OWN_INSTITUTIONS))):
                    rc = ac  # 反对党领袖达顿批评工党政府; 示威者要求政府…: the actor's own government
                if mech and (rc is None or (rc == ac and p.frame != "pred")):
                    dy = mech.split("/")[0].split("-")
                    if ac in dy and sum(1 for a in view.actors if a.end <= ts and not a.weak
                                        and _country(a, home) not in (None, *dy)) >= 2:
                        mech = None  # 访问菲律宾和日本，分别同两国防长举行会谈: the two countries just named
                    elif ac in dy:
                        other = dy[1] if dy[0] == ac else dy[0]
                        recipient, rc = _fixed(other, ts), other
                        how.append("mechanism-dyad")
                if mech:
                    dy = set(mech.split("/")[0].split("-"))
                    if ac not in dy or (rc is not None and rc != ac and {ac, rc} != dy):
                        mech = None
                if rc is None and p.needs_recipient and ctx.get("dyad") and p.frame != "none" and p.type in ("AGREE", "SUPPORT", "CONSULT", "COOPERATE"):
                    d0, d1 = ctx["dyad"]
                    c0, c1 = _country(d0, home), _country(d1, home)
                    if ac == c0 and c1 != ac:
                        recipient, rc = d1, c1
                        how.append("dyad-partner")
                    elif ac == c1 and c0 != ac:
                        recipient, rc = d0, c0
                        how.append("dyad-partner")
                modality = modality_of(view, ts, p)
                if modality == "asserted" and p.type in ("SUPPORT", "AGREE") and isinstance(actor, Mention) \
                        and not isinstance(actor, _Fixed) and view.start <= actor.end <= ts and _DEMANDED.search(text, actor.end, ts):
                    modality = "hypothetical"  # 日方应当牢记历史教训，恪守一个中国原则: what the actor is told to do
                if modality == "asserted" and p.type == "REQUEST" and isinstance(actor, Mention) and view.start <= actor.start \
                        and _URGED_BEFORE.search(text, max(view.clause_of(ts)[0], actor.start - 6), actor.start):
                    modality = "hypothetical"  # 要求欧方敦促荷方…: the urging asked of the actor, not done by it
                if p.recipient == "TWN" and p.mode == "visit" and ac == "CHN":
                    continue  # (中方发言人说，某政客执意窜台: the speaker is no visitor)
                if p.type == "REQUEST" and w == "要求" and _RULE_REQUIRES.search(text, max(view.start, view.clause_of(ts)[0] - 8),
                                                                          view.clause_of(ts)[0]) and view.clause_of(ts)[0] == ts:
                    continue  # 欧盟委员会发布条例，要求对…实施海关登记: what a rule requires, no demand on a party
                if p.type == "CONSULT" and p.mode != "visit" and _DECIDE_TO_OPEN.search(text, view.clause_of(ts)[0], ts):
                    # 欧盟峰会决定同乌克兰启动入盟谈判: the decision is the act; the talks are to come
                    p = dataclasses.replace(p, type="AGREE", cameo="036", id=p.id + "+decided", symmetric=False)
                    how.append("decided-to-open")
                if p.type == "SANCTION" and _NO_LONGER.search(text, view.clause_of(ts)[0], ts):
                    # 宣布不再对丹麦、英国等8国征收…关税: a penalty withdrawn, not imposed
                    p = dataclasses.replace(p, type="RETREAT", cameo="085", id=p.id + "+no-longer")
                    if modality == "negated":
                        modality = "asserted"
                    how.append("no-longer")
                if (modality == "future" and (p.type == "ASSAULT" or (
                        p.type in ("SANCTION", "COERCE") and _HYPO_RE.search(text, view.start, ts)))) or (
                        modality in ("future", "hypothetical") and p.type in ("SANCTION", "COERCE", "ASSAULT")
                        and _THREAT_VERB.search(text, view.start, ts)) or (
                        modality == "asserted" and p.type in ("SANCTION", "COERCE", "ASSAULT")
                        and "不排除" in text[view.clause_of(ts)[0]:ts]):
                    # (波方不排除全面关闭同白俄罗斯的边境口岸: a step not ruled out is a warning)
                    # (特朗普曾扬言，将从2月1日起对墨西哥…加征关税: a penalty threatened)
                    # an attack announced, or a penalty promised on a condition: a threat
                    p = dataclasses.replace(p, type="THREATEN", cameo="138" if p.type == "ASSAULT" else "1312",
                                            id=p.id + "+future", fallback=p.fallback + ("sentence",))
                    modality = "asserted"
                    how.append("announced-act-is-threat")
                if p.case_threat and modality == "future" and _CASE_DISPOSED.search(text, view.clause_of(ts)[0], ts):
                    modality = "asserted"  # 中方随即将此案诉诸世贸组织: 将 takes the case, no future
                if p.case_threat and (modality in ("future", "hypothetical") or _CONDITION.search(text, view.start, ts)
                                      or _CASE_WEIGHED.search(text, view.clause_of(ts)[0], ts)):
                    # 如果中方最终决定征税，欧方将把案件诉诸世贸组织: a case promised, a threat
                    p = dataclasses.replace(p, type="THREATEN", cameo="130", id=p.id + "+future", case_threat=False)
                    # (加方正在研究包括诉诸世贸组织在内的各种选项: a step weighed, not yet a warning)
                    modality = "hypothetical" if _CASE_STUDIED.search(text, view.clause_of(ts)[0], ts) else "asserted"
                    how.append("announced-act-is-threat")
                if p.case_threat:
                    # 欧盟就中国对立陶宛的贸易限制向世贸组织提起诉讼: the party whose measure is taken to the forum
                    # comes before any partner the frame found
                    alt = _respondent(view, ts, te, ac, ctx, home)
                    if alt is not None:
                        recipient, rc = alt, _country(alt, home)
                if isinstance(recipient, Mention) and isinstance(actor, Mention) and (
                        "drafter" in p.fallback or (p.type in _VOICED and not p.mutual and recipient.end <= ts)) \
                        and recipient in _coordinated(view, actor):
                    # 美国、英国和法国投了反对票: fellow voters, not the ones answered (the drafters are);
                    # 沙特和卡塔尔也发表声明予以谴责: fellow speakers, not the ones charged
                    rc = None
                if rc == "IGO" and "respondent" in p.fallback and _FORUM.fullmatch(
                        (recipient[0] if isinstance(recipient, list) else recipient).text or ""):
                    rc = None  # 向世界贸易组织提出磋商请求: the forum, not the party the case is brought against
                if (rc is None or rc == ac or (rc == "UNO" and "drafter" in p.fallback)) and p.fallback:
                    # (美国否决安理会要求…的决议草案: the Council owns the text, the drafters are answered)
                    fellows = [] if p.type not in _VOICED or not isinstance(actor, Mention) \
                        else [g for g in _coordinated(view, actor) if g is not actor]
                    alt = _fallback(view, p, ts, te, ac, ctx, places.get(i, []), home, fellows)
                    if alt is not None:
                        recipient, rc = alt, _country(alt[0] if isinstance(alt, list) else alt, home)
                        how.append("fallback")
                if p.group and (rc is None or rc == ac) and actor in view.actors:
                    grp = [g for g in _coordinated(view, actor) if _country(g, home)]
                    if len({_country(g, home) for g in grp}) >= 2:
                        actor, recipient = grp[0], grp[1:]
                        ac, rc = _country(grp[0], home), _country(grp[1], home)
                        how.append("group-meeting")
                if p.group_only and "group-meeting" not in how:
                    continue  # (阿拉伯国家领导人召开紧急峰会: no listed parties meeting each other)
                if p.needs_recipient and (rc is None or rc == ac):
                    continue
                if rc == ac:
                    recipient = None
                if p.type in ("CONSULT", "AGREE") and p.mode != "visit" and _recalled(view, ts, ctx):
                    continue  # a meeting recalled in someone's speech (去年11月，我和总统先生在旧金山会晤)
                if p.type not in ("ACCUSE", "THREATEN", "REQUEST", "REJECT") and _since_then_first(view, ts):
                    continue
                if _GAP_FROM.search(text, view.clause_of(ts)[0], ts) and _GAP_TO.search(text, te, view.clause_of(ts)[1]):
                    continue  # 距两国元首在庆州会晤仅过去两个多月: a time counted from an act told before
                if p.type == "CONSULT" and (("mechanism-dyad" in how and all(a.weak for a in view.actors)) or (
                        ctx.get("dyad") and {_country(x, home) for x in ctx["dyad"]} == {ac, rc})) \
                        and _NTH_TIME.match(text, view.clause_of(ts)[0], ts):
                    continue  # …举行会谈。这是两人第二次会面: the meeting just told, counted  # …访华，这是他去年5月就任后首次来华: the act just told, said again
                if p.type in ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE") and _NTH_TIME.match(text, view.clause_of(ts)[0], ts):
                    continue  # …宣布制裁。这是欧盟首次把中国的银行纳入制裁范围: the act just told, counted
                loc = None
                for pl in places.get(i, []):
                    loc = pl
                    if pl.start > ts:
                        break
                actors_list = _coordinated(view, actor) if actor in view.actors and "prep" not in how else [actor]
                if "prep" in how and p.type in _ONE_WAY and actor in view.actors and isinstance(recipient, Mention):
                    grp = _coordinated(view, actor)
                    if len(grp) > 1 and all(g.end <= recipient.start and g is not recipient for g in grp):
                        actors_list = grp  # 美国和英国对也门…实施空袭: both listed doers
                if "prep" in how and actor in view.actors and actor.extra.get("pair") and p.type not in (
                        "CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
                    # 美英两国战机对…实施打击: both members of the pair act
                    actors_list = _pair_run(view.actors, actor)  # (美英法三国…: all three)
                elif "carried-subject" in how and isinstance(actor, Mention) and _STATEMENT_SUBJ.match(text, view.start) \
                        and any(g is actor for g in ctx.get("group") or []) and p.type not in (
                            "CONSULT", "AGREE", "COOPERATE", "SUPPORT") and not p.mutual:
                    # 美、日、韩三国领导人…发表联合声明。联合声明谴责朝鲜…: the statement speaks for each signer
                    actors_list = [g for g in ctx["group"] if _country(g, home)]
                elif "carried-subject" in how and isinstance(actor, Mention) and actor.extra.get("pair") \
                        and actor not in view.actors and p.type not in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") \
                        and not p.mutual:
                    # 中俄两国元首签署联合声明。声明敦促美方…: the statement speaks for both signers
                    actors_list = _pair_run([b for b in doc.mentions if b.kind == "actor"], actor)
                if companions:
                    actors_list = actors_list + [c for c in companions if c not in actors_list]
                if "group-meeting" in how:
                    actors_list = [actor] + list(recipient)
                if "pair" in how:
                    actors_list = [x for x in actors_list if x is not recipient]  # 中澳双方: one event, not two
                if isinstance(recipient, list):
                    recips = recipient
                    recipient = recips[0]
                else:
                    recips = _coordinated(view, recipient) if recipient in view.actors else [recipient]
                if p.type in ("CONSULT", "AGREE", "COOPERATE") and isinstance(actor, Mention) and actor.extra.get("group") \
                        and not (recipient in view.actors and _country(recipient, home) not in actor.extra["group"]):
                    continue  # 三国将每年举行一次领导人会晤: the group meets among itself, not with a party from context
                actors_list, recips = _members(actors_list), _members(recips)
                date_from = None
                strong_date = False
                dc = ctx.get("dyad_cand")
                if qa_para == "a" and dc is not None and dc.sentence < i and \
                        doc.sentences[dc.sentence].para != doc.sentences[i].para:
                    dc = None  # an answer given at a briefing is dated by the briefing, not a meeting it recounted
                if dc is not None and not _own_time(view, ts, ac if p.type in _VERBAL else None, home) \
                        and (p.type != "CONSULT" or ctx.get("para_meeting")):
                    parties = {_country(dc.actor, home), _country(dc.recipient, home)}
                    if ac in parties and ("dyad" in how or ctx.get("para_meeting") or dc.sentence == i
                                          or _AFTER_MEETING.search(text, view.start, ts)):  # 麦卡锡会后对媒体说
                        date_from = dc
                        strong_date = True
                    elif ac in parties and (view.speaker is not None or ctx.get("speaker") not in (None, UNKNOWN)):
                        date_from = dc
                        strong_date = False
                n_before = len(out)
                for a in actors_list:
                    for r in recips:
                        if "group-meeting" in how:
                            if r.start <= a.start or _country(r, home) == _country(a, home):
                                continue  # each pair of the meeting once
                        elif r is not None and (_country(r, home) == _country(a, home) or (
                                r in actors_list and "、" in text[min(a.end, r.end):max(a.start, r.start)])):
                            continue  # 黎巴嫩、伊拉克等地…: members of one list do not act on each other
                        out.append(Candidate(
                            pattern=p, trigger=w, tstart=ts, tend=te, sentence=i, actor=a, recipient=r,
                            modality=modality, initiator=_initiator(view, a, r, ts), mechanism=mech,
                            attribution=attribution_of(view, ts), location=loc, how=list(how), date_from=date_from,
                            date_strong=strong_date, speaker=view.speaker or (
                                ctx.get("speaker") if ctx.get("speaker") is not UNKNOWN else None)))
                if mech and len(out) > n_before and p.type in ("REJECT", "SANCTION", "RETREAT", "AGREE", "REQUEST"):
                    # 取消两军战区领导通话、国防部工作会晤和海上军事安全磋商机制会议: one event per channel listed
                    # after the trigger (up to the next trigger of the clause)
                    if len(listed) >= 2 and mech in listed:
                        made = out[n_before:]
                        out.extend(dataclasses.replace(c, mechanism=m2) for m2 in listed if m2 != mech for c in made)
                if p.mutual:
                    # 俄乌双方各交换175名被俘军人: each side hands over to the other
                    out.extend(dataclasses.replace(c, actor=c.recipient, recipient=c.actor, how=c.how + ["mutual"])
                               for c in out[n_before:] if c.recipient is not None)
                if p.type == "CONSULT" and modality == "asserted" and recipient is not None and "dyad" not in how \
                        and "visitor-relative" not in how and not ctx.get("para_meeting") \
                        and not (ctx.get("dyad") and {_country(x, home) for x in ctx["dyad"]} == {ac, rc}) \
                        and not _recalled(view, ts, ctx) and out:
                    if "group-meeting" in how and len(actors_list) >= 3:
                        # 三国领导人…举行峰会，签署条约: what the meeting's parties do together is each pair's
                        ctx["dyad"], ctx["dyad_group"] = (actor, recipient), list(actors_list)
                    else:
                        ctx["dyad"], ctx["dyad_group"] = (actor, recipient), None
                    ctx["dyad_mech"] = mech
                    ctx["dyad_cand"] = out[-1]
                elif p.type == "CONSULT" and modality == "asserted" and "dyad" not in how and out and ctx.get("dyad_cand") is not None \
                        and ctx["dyad_cand"].sentence < i and {_country(x, home) for x in ctx["dyad"]} == {ac, rc} \
                        and p.mode != "visit" and _own_time(view, ts) and not _recalled(view, ts, ctx):
                    # 习近平6日会见…；次日，李强同…举行会晤。会晤后两国发表联合声明: the later meeting
                    ctx["dyad_cand"] = out[-1]
                if modality == "asserted" and not isinstance(actor, _Fixed):
                    ctx["last_actor"] = actor
                    if p.type in _MATERIAL:
                        ctx["last_act"] = (i, actor)
                    if p.type == "REQUEST":
                        ctx["last_demand"] = (i, actor)
                break
        named = [a for a in view.actors if not a.weak]
        if named:
            ctx.setdefault("seen", []).extend([a for a in named if not _modifier(view, a)])
        acts = view.actors
        for k in range(len(acts) - 1):
            if view.text[acts[k].end:acts[k + 1].start] in ("、", "和", "及", "以及"):
                grp = _coordinated(view, acts[k])
                if len(grp) >= 2:
                    ctx["group"] = grp
                    break
        if ctx["topic"] is None:
            for a in view.actors:
                if not a.weak and view.governed(a) is None and _country(a, home) and not _modifier(view, a):
                    ctx["topic"] = a
                    break
    return out


_DRAFTED = re.compile(r"(?:共同|联合|牵头)?起草的")
_DRAFTER_COUNT = re.compile(r"(?:等|在内的)[\d一二三四五六七八九十]*个?(?:非常任理事国|常任理事国|理事国|成员国|国家|国)")
_CASE_DISPOSED = re.compile(r"将(?:此案|该案|案件|此事|这一案件)")
_CASE_STUDIED = re.compile(r"研究|考虑|评估")
_CASE_WEIGHED = re.compile(r"不排除|研究|考虑|评估|将(?:把|就|向|在|于|对|提|诉|起)")
_FORUM = re.compile(r"世贸组织|世界贸易组织|世贸|WTO")
_VOICED = ("ACCUSE", "REQUEST", "THREATEN", "REJECT")  # acts of a voice, whose co-speakers are never the ones answered
_CONDITION = re.compile(r"如果|若是|倘若|假如|一旦|(?<![不倘])若")

_URGED_BEFORE = re.compile(r"敦促|呼吁|要求|吁请|促请|应当|应该|(?<![的法土洋利])主张(?!权)")  # (并主张…暂停其会员资格: advocated)
_AND_THEN = re.compile(r"(?:并|并且|同时|还)(?:再次|一再|多次|强烈|严正|也)?")

def _respondent(view: SentenceView, ts: int, te: int, ac: str | None, ctx: dict, home: str) -> Mention | None:
    """中方就欧盟对华电动汽车反补贴措施向世贸组织提出磋商请求 / 把中国诉至世贸组织 / …提起诉讼，指美方…: the
    party whose measure a case is about (after 就/对/针对, or 把/将), else the one charged after 指, else the other
    party of the sentence, else the party of the story — never the forum the case is taken to."""
    t = view.text
    for a in view.actors:
        if view.start <= a.start < ts and not a.weak and _country(a, home) not in (None, ac, "IGO", "UNO") \
                and not _FORUM.fullmatch(a.text or "") and (
                view.governed(a) in ("就", "对", "针对", "把", "将") or t[a.start - 2:a.start] == "就此"):
            return a
    for a in view.actors:
        if te <= a.start and not a.weak and _country(a, home) not in (None, ac, "IGO", "UNO") \
                and t[a.start - 1:a.start] in ("指", "称") and t[a.start - 2:a.start] != "声称":
            return a
    for a in view.actors:  # 欧盟对中国电动汽车加征关税，中方随即将此案诉诸世贸组织
        if a.start < ts and not a.weak and _country(a, home) not in (None, ac, "IGO", "UNO") \
                and not _FORUM.fullmatch(a.text or "") and not _modifier(view, a):
            return a
    # 巴方已就此向世贸组织提出磋商请求: the party of the story
    return _most_seen(ctx, home, lambda c, a: c in (ac, "IGO", "UNO") or bool(_FORUM.fullmatch(a.text or "")))


def _most_seen(ctx: dict, home: str, skip) -> Mention | None:
    """The party the story has named most so far (the later one on a tie), leaving out those ``skip(country,
    mention)`` rejects."""
    counts: dict = {}
    last: dict = {}
    for k, a in enumerate(ctx.get("seen", [])):
        c = _country(a, home)
        if c is None or skip(c, a):
            continue
        counts[c] = counts.get(c, 0) + 1
        last[c] = (k, a)
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], last[c][0]))
    return last[best][1]


def _fallback(view: SentenceView, p: Pattern, ts: int, te: int, ac: str, ctx: dict, places: list[Mention],
              home: str, fellows: list[Mention] = ()) -> Mention | None:
    """A recipient when the frame found none (pattern key ``fallback``); ``fellows`` are those listed with the
    actor as its co-subjects (沙特和卡塔尔也发表声明予以谴责), never the one answered."""
    t = view.text
    for how in p.fallback:
        if how == "place":
            for pl in places:
                if pl.start >= te and pl.country and pl.country != ac:
                    return pl
        elif how == "location":
            cs, _ = view.clause_of(ts)
            for a in view.actors:
                if cs <= a.start < ts and view.governed(a) in ("在", "于") or (cs <= a.start < ts and t[a.start - 1:a.start] == "在"):
                    if _country(a, home) not in (None, ac, "IGO", "UNO", "EUR", "NGO", "MNC"):  # (在北约协助下: no place)
                        return a
            for pl in places:
                if cs <= pl.start < ts and pl.country and pl.country != ac:
                    return pl
        elif how == "sentence":
            for a in view.actors:
                if not a.weak and _country(a, home) not in (None, ac) and not _modifier(view, a):
                    return a
        elif how == "object":
            _, ce = view.clause_of(ts)
            for a in view.actors:
                if te <= a.start < ce and not a.weak and _country(a, home) not in (None, ac, "IGO"):
                    return a  # 终止对原产于澳大利亚的葡萄酒征收…
        elif how == "speaker":
            sp = view.speaker or next((a for a in view.actors if view.governed(a) == "据" and a.end <= ts), None)
            # only a speaker (or the source: 据印度军方消息) named in this very sentence
            cs, _ = view.clause_of(ts)
            own_subject = any(cs <= a.start < ts and a is not sp and _country(a, home) == ac for a in view.actors)
            if sp is not None and own_subject and _country(sp, home) not in (None, ac):
                return sp  # 以军称，哈马斯向…口岸发射火箭弹: the side reporting the attack is its target
        elif how == "drafter":
            # 安理会就法国和阿联酋共同起草的…草案进行表决。由于俄罗斯投下反对票…: a veto answers the drafters
            doc = view.doc
            lo = _para_start(doc, view.idx)
            found: list = []
            for m in _DRAFTED.finditer(t, lo, te):
                before = [a for a in doc.mentions if a.kind == "actor" and a.end <= m.start() and not a.weak]
                if not before or (m.start() - before[-1].end > 6
                                  and not _DRAFTER_COUNT.fullmatch(t, before[-1].end, m.start())):
                    continue  # (阿尔及利亚、丹麦、韩国等10个非常任理事国共同起草的: the states listed before their count)
                group = [before[-1]]
                for a in reversed(before[:-1]):  # 法国和阿拉伯联合酋长国共同起草的: the whole list
                    if t[a.end:group[0].start] in ("和", "、", "与", "及", "以及"):
                        group.insert(0, a)
                    else:
                        break
                group = [a for a in group if _country(a, home) not in (None, ac)]
                if group:
                    found = group
            if found:
                return found if len(found) > 1 else found[0]
        elif how == "respondent":
            r = _respondent(view, ts, te, ac, ctx, home)
            if r is not None:
                return r
        elif how == "condition":
            # 如果美国向乌克兰提供…，俄方将作出回应: the one whose act the threat is conditioned on
            for mk in _CONDITION.finditer(t, view.start, ts):
                for a in view.actors:
                    if mk.end() <= a.start < ts and not a.weak and _country(a, home) not in (None, ac) \
                            and not any(ch in t[mk.end():a.start] for ch in "，,；;"):
                        return a
        elif how == "host":
            # 推迟布林肯国务卿的访华行程: the country the visit was to go to
            _, ce = view.clause_of(ts)
            mh = _VISIT_TO.search(t, te, ce)
            if mh and _HOSTS[mh.group(1)] != ac:
                return _fixed(_HOSTS[mh.group(1)], mh.start())
        elif how == "addressed":
            # 中方强烈不满、坚决反对，已向美方提出严正交涉: the one the protest was lodged with
            for mk in _ADDRESSED.finditer(t, te, view.end):
                for a in view.actors:
                    if a.start == mk.end() and not a.weak and _country(a, home) not in (None, ac):
                        return a
        elif how == "charged":
            # 埃及外交部当天发表声明予以谴责，指以色列“把饥饿当作武器”: the one charged in the next clause
            _, ce = view.clause_of(ts)
            mk = _CHARGED.match(t, ce + 1)
            if mk and len(_RESPONSE_TAIL.sub("", t[te:ce]).strip("和及与并、 ")) <= 3:
                for a in view.actors:
                    if mk.end() <= a.start <= mk.end() + 2 and not a.weak and _country(a, home) not in (None, ac):
                        return a
            elif (te == ce or _SAID_TAIL.fullmatch(t, te, ce)) and t[ce:ce + 1] in ("，", ",", "：", ":"):
                # 泽连斯基当天批评说，俄方“连谈判的日子也在杀人”: the subject of what he said is the one charged
                for a in view.actors:
                    if ce + 1 <= a.start <= ce + 2 and not a.weak and _country(a, home) not in (None, ac):
                        return a
        elif how == "from":
            # 从阿根廷、秘鲁等国撤回全部外交人员: the country the envoys leave
            cs, _ = view.clause_of(ts)
            for a in view.actors:
                if cs <= a.start < ts and t[a.start - 1:a.start] == "从" and not a.weak \
                        and _country(a, home) not in (None, ac):
                    return a
        elif how == "after":
            _, ce = view.clause_of(ts)
            for a in view.actors:
                if a.start >= ce and not a.weak and _country(a, home) not in (None, ac):
                    return a
        elif how in ("context", "topic"):
            _, ce = view.clause_of(ts)
            if how == "context" and not t.startswith("而", te) and len(_RESPONSE_TAIL.sub("", t[te:ce]).strip("和及与并、 ")) > 3 \
                    and not _POINTS_BACK.match(t, te):  # (法方谴责这次军事政变: the act just told, whose doer is the story's party)
                # (无法出席而难以如期举行: what follows 而 is a consequence, not an object)
                # (采取必要措施予以应对: a way of answering, not an object)
                continue  # the trigger has an object of its own: nothing to borrow
            fs, fe = view.clause_of(view.start)
            if fe < ts and SPEECH_RE.search(t, fs, fe):  # 郭嘉昆说，韩方的所谓抗议，中方不接受
                fs, fe = view.clause_of(fe + 1)
            if fe < view.clause_of(ts)[0] and fe - fs <= 14:
                # 日方的所谓抗议，中方不接受 / 对于菲方的无理要求，我们不会接受: a short opening
                # phrase names the thing answered, and its owner is the one answered
                for a in view.actors:
                    lead = t[fs:a.start]
                    if a.start < fe and lead in ("", "对于", "关于", "至于", "对") and t[a.end:a.end + 1] == "的" \
                            and not a.weak and _country(a, home) not in (None, ac):
                        return a
            pron = t[max(view.start, ts - 3):ts].rstrip("予以实施进行").endswith(("其", "它"))
            # 将其击落, 对其实施制裁: the pronoun stands for the thing named before, so a country
            # naming it (一个中国高空气球) is the one it belongs to
            prior = [a for a in view.actors if a.end <= ts and not a.weak and (pron or not _modifier(view, a))
                     and _country(a, home) not in (None, ac) and a not in fellows
                     and view.governed(a) not in ("经", "未经", "据")]  # 未经安理会授权的制裁: no party to it
            for a in reversed(prior):
                if view.governed(a) is None and _clause_initial(view, a, view.clause_of(a.start)[0]):
                    return a  # 美方在菲律宾部署…，是在…，中方坚决反对: the subject, not the place
            if prior:
                return prior[-1]
            dm = ctx.get("last_demand")
            if p.type == "REJECT" and dm is not None and view.idx - dm[0] <= 2 and _country(dm[1], home) not in (None, ac):
                return dm[1]  # 美国要求丹麦出售格陵兰。丹麦首相回应称，…没有任何谈判余地: the one who demanded
            for a in view.actors:
                if a.start >= te and not a.weak and _country(a, home) not in (None, ac) \
                        and (view.governed(a) in ("向", "对", "针对")
                             or t[a.start - 2:a.start] in ("警告", "敦促", "要求", "呼吁", "奉劝")):
                    return a  # 表示强烈不满、坚决反对，并警告美方: the one addressed in this very sentence
            fellow_c = {_country(g, home) for g in fellows}
            la = ctx.get("last_act")
            if p.type == "ACCUSE" and la is not None and view.idx - la[0] == 1 and isinstance(la[1], Mention) \
                    and _country(la[1], home) not in (None, ac, *fellow_c) \
                    and view.doc.sentences[view.idx].para == view.doc.sentences[la[0]].para:
                return la[1]  # 以军26日空袭大马士革郊区。沙特和卡塔尔发表声明予以谴责: the doer of the act just told
            return _most_seen(ctx, home, lambda c, a: c == ac or c in fellow_c)
    return None


def _own_time(view: SentenceView, ts: int, ac: str | None = None, home: str = "CHN") -> bool:
    """Does the sentence name a (non-vague) time before the trigger, other than one inside
    an earlier clause that has a subject of its own (美方上个月宣布…，严重违背…: the
    month dates the sale, not the charge made in the meeting)?"""
    cs, _ = view.clause_of(ts)
    for tm in view.times:
        if not (tm.start < ts and tm.kind != "vague" and tm.date):
            continue
        if tm.start >= cs:
            return True
        tcs, tce = view.clause_of(tm.start)
        if tcs == tm.start and ac is not None:
            # 去年12月，美方宣布…，中方对此坚决反对 / 上个月美方宣布…，中方对此坚决反对 (in a call's
            # readout): the time dates the other party's act it opens, not the reply
            if tce == tm.end:
                _, nce = view.clause_of(tce + 1)
                subj = next((a for a in view.actors if tce < a.start < nce and not a.weak), None)
            else:
                subj = next((a for a in view.actors if a.start == tm.end and not a.weak), None)
            if subj is not None and _country(subj, home) not in (None, ac):
                continue
        if tm.start == view.start:
            return True
        if not any(tcs <= a.start < tm.start and not a.weak for a in view.actors):
            return True  # a time that opens its clause (7月12日，…) dates what follows
        if SPEECH_RE.search(view.text, tm.end, tce) and tce <= view.speech_end + 1:
            return True  # 普京在21日的会谈中表示，…: the day the words were spoken
    return False


def _own_subject(view: SentenceView) -> bool:
    """Does the sentence open with a named party of its own (王毅敦促美方…; 中方要求菲方…)? Then it
    is no longer an analyst's opinion (a quotation “…” still is)."""
    if not view.actors or view.text[view.start:view.start + 1] in ("“", "\"", "「", "‘"):
        return False
    a = view.actors[0]
    return not a.weak and not a.generic and _clause_initial(view, a, view.start)


_HOME_BRIEFING = re.compile(r"(?:外交部|国防部|国务院台办|国台办|商务部|海关总署)(?:新闻)?发言人[^，。；\n]{0,6}(?:主持|举行|在)[^，。；\n]{0,8}(?:例行)?(?:记者会|新闻发布会|发布会)")


def _briefing_host(doc: Doc, home: str) -> Mention | None:
    """The spokesperson named before a transcript's first question (…发言人郭嘉昆主持例行记者会):
    the one whose answers follow 答：."""
    qa = doc.info.get("qa", {})
    first_q = next((s for s in doc.sentences if qa.get(s.para) == "q"), None)
    if first_q is None:
        return None
    for m in doc.mentions:
        if m.start >= first_q.start:
            break
        if m.kind == "actor" and m.persons and "发言人" in doc.norm[max(0, m.start - 8):m.end]:
            return m
    if _HOME_BRIEFING.search(doc.norm, 0, first_q.start):
        return _fixed(home, 0)  # (the lead carries no trigger, so its names were not looked up)
    return None


def _dated_opening(view: SentenceView) -> bool:
    """Does the sentence open with a date of its own (10月16日，…)? Then it is the narrative
    again, not the words of the last speaker."""
    return any(tm.start == view.start and tm.kind != "vague" and tm.date and tm.precision == "day" for tm in view.times)
    # (a day: 去年，习近平主席同…会晤 in a premier's words is still his recollection)


def _recalled(view: SentenceView, ts: int, ctx: dict) -> bool:
    """Inside reported speech, with a past time of its own before the trigger."""
    if view.doc.info.get("qa", {}).get(view.doc.sentences[view.idx].para) == "a":
        return False  # a spokesperson's answer recounting a dated meeting reports it
    sp = ctx.get("speaker")
    in_content = (view.speaker is not None and ts > view.speech_end) or (
        view.speaker is None and sp not in (None, UNKNOWN) and not isinstance(sp, _Fixed)
        and not _dated_opening(view))
    # (…特朗普称两人“很有化学反应”。10月16日，巴西外长同美国国务卿会谈: a sentence that opens with
    # its own date is the narrative again, not the last speaker's words)
    if not in_content:
        return False
    pub = view.doc.article.published
    for tm in view.times:
        if tm.start < ts and tm.date and tm.kind not in ("vague",) and tm.text not in ("今天", "当天", "当日", "今日", "同日"):
            if view.text.startswith(("的", "第"), tm.end):
                continue
            if pub is not None and tm.precision == "day" and len(tm.date) == 10:
                try:
                    if (pub - datetime.date.fromisoformat(tm.date)).days <= 7:
                        continue  # 昨天（1月10日）: the news itself, not background
                except ValueError:
                    pass
            if pub is not None and tm.precision == "month" and tm.date == pub.isoformat()[:7]:
                continue  # 4月3日至4日 in a briefing of 25 April: this month's news
            if pub is not None and tm.date > pub.isoformat()[:len(tm.date)]:
                continue  # 下月, 明年: announced, not recalled
            return True
    return False
