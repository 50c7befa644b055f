"""Time expressions in Chinese news, resolved against ``published`` and earlier dates.

``extract(text, published)`` returns every time expression in ``text`` in order, as
:class:`~xinhao.model.TimeExpr` with ``start``/``end`` offsets into ``text``. It is one
pass of one compiled regular expression plus constant work per match.

Resolution rules (``P`` = published date, may be None):

Absolute
  * ``2023年7月12日`` / ``二〇二三年七月十二日`` -> day; ``2023年7月`` -> month; ``2023年``,
    ``2023年度``, ``2023年初/底/上半年`` -> year. Years are 4 digits, 1900-2099 (``30年``,
    ``两年``, ``1990年代`` are not dates). ``7月上旬/中旬/下旬/初/底`` -> month.
  * ``7月12日`` / ``7月`` (no year): the year of an explicit year named earlier in the
    *same sentence* (``去年11月…，12月…``); else P's year, moved back one year when that
    lands more than 62 days after P, forward one when it lands more than 303 days
    before P (``1月5日`` in a text published on 20 December is next year's). No year
    and no P -> None.
  * ``12日`` / ``十二日`` (no month): month of the *day anchor* (the last day-precision
    date resolved earlier in the text); else P's month, or the month before when the
    day is after P's day -- unless a future marker (将, 将于, 定于, 拟于, 计划于 …) is just
    before it. No anchor and no P -> None.
  * Time-of-day words and clock times are absorbed in the span, precision stays day:
    ``7月12日晚``, ``12日下午3时``, ``当地时间11月14日下午``, ``美东时间5月14日凌晨0时01分``.
    A zone prefix (当地时间, 北京时间, 美国东部时间, 美东时间 …) is absorbed; the date is
    the one written (no zone conversion). ``7月12日（周三）`` absorbs the weekday.
Relative to P (all None when P is None)
  * 今天/今日/今晨/今晚 -> P; 昨天/昨日/昨晚 -> P-1; 前天 -> P-2; 明天/明日 -> P+1; 后天 -> P+2.
    ``今天（13日）``: the parenthesised day is absorbed and, being explicit, wins: it is
    resolved as a bare ``13日`` (so it also works without P when a day anchor exists).
  * 本周/这周 -> month of P; 上周 -> month of P-7; 下周 -> month of P+7 (a week is not a
    day: month precision of the date a week away, documented simplification).
  * 周三/星期三 -> the most recent Wednesday on or before P (day); 上周三/下周三/本周三 ->
    that weekday in the previous/next/current Monday-based week.
  * 本月/这个月 -> P's month; 上月/上个月 (+初/底/中旬 …) -> previous month; 下月 -> next;
    ``上月12日`` -> day.
  * 今年/去年/前年/明年/后年 (+ ``6月`` (+ ``12日``)) -> year, month or day: 今年6月 ->
    2023-06, 去年11月 -> 2022-11.
Anaphoric (relative to dates named earlier; P is the fallback for day words only)
  * 次日/翌日/第二天/隔天 -> day anchor + 1; 两天后/三天后 (2-10 days) -> day anchor + n; 当天/当日/同日/同一天/当晚 -> day anchor;
    前一天 -> day anchor - 1. With no day anchor, P stands in.
  * 即日起(至24日) -> the day anchor: the day the measure starts, named by the text
    that announces it (the end of the span is not the act's date).
  * 当时 -> the last date named, at its precision (None if none).
  * 当月/同月 -> month of the last date named with a month (else P); 次月 -> +1 month;
    当年/同年 -> year of the last date named (None if none); 次年/翌年 -> +1 year.
Vague: 近日 日前 近期 不久前 前不久 目前 最近 近来 连日 此前 之前 早前 先前 早些时候 未来
  今后 日后 即将 当前 -> ``date=None``, ``kind="vague"``.
Spans: ``15日至17日``, ``5月10日至11日``, ``5月15—17日``, ``7月30日至8月2日``, ``7月至9月``
  -> ``kind="span"``, ``date`` = month of the start (ANNOTATION.md: multi-day spans get
  the month), ``start_date``/``end_date`` = the two ends at their own precision.

Anchors: every day-precision result (absolute, relative, anaphoric, span end) becomes
the day anchor for what follows -- except a span's end when the anchor already lies inside the
span (talks on the 8th of a visit from the 7th to the 9th), and except a day named inside reported content
(``X16日…指控美军10日扣押…。同一天`` -> 16日; a term's end, ``至2024年8月31日``; ``以军称，5日哈马斯…。当晚`` -> the day before)
once the text has an anchor of its own; and a background day more than four months from
publication does not carry into a later paragraph's 当天 (the story's own day does); every resolved result becomes "the last date named".
Vague expressions change nothing.

``report``: True when the expression is followed (after at most a filler such as 也,
还, 再次, 分别) by a report or speech verb: 称 表示 说 指出 强调 透露 报道 宣称 声称 证实
披露 介绍 援引 回应 发文 撰文 (``俄国防部12日称``) -- the date is that of the report, and
the reported act gets month precision. 宣布, 发表声明, 发布声明 and the like are not
report verbs: an announcement or a statement is itself the act being dated.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re

from .model import TimeExpr

_D = _dt.date
_ONE = _dt.timedelta(days=1)

# ---------------------------------------------------------------- the pattern
_AR = "[0-9０-９]"
_CN = "〇○零一二三四五六七八九"
_YEAR = rf"(?:(?:19|20|１９|２０){_AR}{{2}}|[一二][{_CN}]{{3}})"
_MON = rf"(?:(?<![0-9０-９])(?:1[0-2]|１[０-２]|0?[1-9]|０?[１-９])(?![0-9０-９])|十[一二]|十|[一二三四五六七八九])"
_DAY = (rf"(?:(?<![0-9０-９])(?:3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])(?![0-9０-９])"
        r"|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])")
_DAY_BARE = (rf"(?:(?<![0-9０-９])(?:3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])(?![0-9０-９])"
             r"|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)")  # no 一日/三日: "one/three days"
_SEP = "(?:至|到|—{1,2}|–|－|-|~|～)"
_TOD = ("(?:凌晨|清晨|早晨|早上|上午|中午|午间|午后|下午|傍晚|晚间|晚上|夜间|深夜|夜里|晚|早|夜)?"
        rf"(?:{_AR}{{1,2}}(?:时|点)(?:{_AR}{{1,2}}分|半|许)?|{_AR}{{1,2}}[:：]{_AR}{{2}}|零时|零点)?")
_ZONE = ("(?:当地时间|北京时间|美国东部时间|美国西部时间|美国中部时间|美东时间|美西时间|东部时间|"
         "太平洋时间|格林尼治时间|世界标准时间|协调世界时|莫斯科时间|东京时间|首尔时间|欧洲中部时间|"
         "布鲁塞尔时间|伦敦时间|巴黎时间|柏林时间|日本时间|韩国时间|平壤时间|台北时间|香港时间|新加坡时间)")
_XUN = "(?P<{}>上旬|中旬|下旬|中下旬|中上旬|初(?!步)|底|末)"
_WD = "[一二三四五六日天]"
_PAREN_WD = rf"(?:[（(](?:周|星期){_WD}[）)])?"
_NOTJP = "(?!本|内瓦|元|圆)"  # 当日本…, 同日本…, 近日内瓦: 日 belongs to a name

_PATTERN = rf"""
(?P<abs>(?P<zone>{_ZONE})?
  (?:
    (?P<y>{_YEAR})年(?!代)度?
      (?:(?P<m>{_MON})月份?(?:(?P<d>{_DAY})(?:[日号]|(?={_SEP}{_DAY}日)))?)?
  | (?<![前近头第])(?P<m2>{_MON})月份?(?:(?P<d2>{_DAY})(?:[日号]|(?={_SEP}{_DAY}日)))?
  | (?<!第)(?P<d3>{_DAY_BARE})日(?!内|以内|之内|间|来){_NOTJP}
  )
  (?:{_XUN.format('xun')}|(?P<half>上半年|下半年))?
  (?P<span>{_SEP}(?:
      (?:(?:(?P<sy>{_YEAR})年)?(?P<sm>{_MON})月)?(?P<sd>{_DAY})[日号]
    | (?:(?P<sy2>{_YEAR})年)?(?P<sm2>{_MON})月(?!{_AR}|[一二三四五六七八九十])
  ))?
  {_PAREN_WD}{_TOD}
)
|(?P<relday>今天|今日(?!俄罗斯|美国|头条|说法){_NOTJP}|今晨|今早|今晚|昨天|昨日{_NOTJP}|昨晚|昨夜|前天|前日(?=[（(]{_DAY}日[）)])|
   明天|明日{_NOTJP}|明晚|后天|[今昨前明](?=[（(]{_DAY}[）)]日)){_TOD}(?:[（(](?P<pd>{_DAY})日[）)]|[（(](?P<pdc>{_DAY})[）)]日)?
|(?P<week>(?P<wrel>本|这|上|下)个?(?:周(?![边围期年全到密知])|星期|礼拜)(?:(?P<wd>{_WD})|末)?|(?<!每)(?:周|星期|礼拜)(?P<wd2>{_WD}))
   (?!年)
|(?P<relm>本月|这个月|上个月|上月|下个月|下月|当月|同月|次月|翌月)
   (?:(?P<rmd>{_DAY})[日号]{_TOD}|{_XUN.format('rmx')})?
|(?P<rely>今年|去年|明年|前年|后年|当年|同年|次年|翌年|上一年|本年)
   (?:(?P<rym>{_MON})月份?(?:(?P<rymd>{_DAY})[日号](?:{_SEP}(?:(?P<rsm>{_MON})月)?(?P<rsd>{_DAY})[日号])?)?)?
   (?:{_XUN.format('ryx')}|(?P<ryh>上半年|下半年))?{_TOD}
|(?P<ana>次日|翌日|第二天|隔天|当天|当日|同日|同一天|同一日|当晚|此前一天|此前一日|前一天|前一日|即日起?(?:{_SEP}(?:{_MON}月)?{_DAY}[日号])?){_NOTJP}{_TOD}
|(?P<offs>(?<![0-9０-９])(?P<on>[两二三四五六七八九十]|[2-9２-９]|10)(?:天|日)(?:后|之后|以后))(?![的，]?(?:生效|到期|届满))
|(?P<offb>(?<=就在)(?P<onb>[两二三四五六七八九十]|[2-9２-９]|10)天(?:前|之前|以前))
|(?P<evoff>(?P<evn>会谈|会晤|会见|访问|访华|峰会|通话|谈判|会议|大选|投票)(?:开始|举行|开幕)?的?前(?P<eon>一|两|三|四|五|[2-5])天)
|(?P<hol>(?:圣诞节|平安夜|元旦)(?!以来|前后|前夕|假期|期间|谈话|讲话|献词|致辞|贺词|文告|演说|演讲|的))
|(?P<then>当时)
|(?P<vague>(?<![节生假平昨今明次翌当同每])日前(?!夕)|近日{_NOTJP}|近期|不久前|前不久|目前|最近|近来|
   连日{_NOTJP}|此前|之前|早前|先前|早些时候|未来|今后|日后{_NOTJP}|即将|当前)
"""
# A match can only start at one of these characters (the first character of some
# alternative above: a numeral, a time zone's first character, 今昨前明后, 本这上下周,
# 当同次翌, 此即近不目最连之早先未…). The lookahead lets the engine skip every other
# position cheaply. tests/test_times.py checks on the whole corpus that the lookahead
# changes no match; an alternative that starts with a new character must be added here.
_FIRST = ("0-9０-９〇○零一二三四五六七八九十两"
          "当北美东太格世协莫首欧布伦巴柏日韩平台香新"
          "今昨前明后本这上下周星礼同次翌去第隔此即近不目最连之早先未会访峰通谈议大投圣元")
_RX = re.compile(rf"(?=[{_FIRST}])(?:{_PATTERN})", re.X)

_REPORT = re.compile(
    r"(?:也|还|又|再次|再度|则|均|都|分别|同时|曾|亦|更|就此|对此)?"
    r"(?:称|表示|说|指出|强调|透露|报道|宣称|声称|证实|披露|介绍|援引|回应|发文|撰文)")
_REPORTED_BEFORE = re.compile(r"(?:称|表示|说|指出|强调|声称|宣称|透露)[，,：:]|指控|指责")
_PROPOSED_BEFORE = re.compile(r"(?:提议|建议|邀请|倡议|计划|打算|拟议|商定|约定)[^，。；：]{0,12}$")
_FUTURE_BEFORE = re.compile(r"(?:将|将于|定于|拟于|计划于|预计于|预定于|或将于|将在)$")
_QUESTION_LINE = re.compile(r"[*【\[ ]*(?:问[：:]|[\u4e00-\u9fffA-Za-z]{0,10}记者[：:])")
_SENT_END = re.compile(r"[。！？!?\n]")
_SENT_END_ZH = re.compile(r"[。！？\n]")  # (what extract counts as a sentence's end)

# ---------------------------------------------------------------- numbers
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGIT.update({"〇": 0, "○": 0})
_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def _num(s: str) -> int:
    """Arabic (ASCII or full-width) or Chinese numeral (digit string or 十-form) -> int."""
    s = s.translate(_FW)
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    n = 0
    for c in s:
        n = n * 10 + _CN_DIGIT[c]
    return n


def _mk(y: int, m: int, d: int) -> _D | None:
    try:
        return _D(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _iso(y: int, m: int | None = None, d: _D | None = None) -> tuple[str, str]:
    if d is not None:
        return d.isoformat(), "day"
    if m is not None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}", "year"


_REL_DAY = {"今": 0, "昨": -1, "前": -2, "明": 1,
            "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "昨天": -1, "昨日": -1,
            "昨晚": -1, "昨夜": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1, "明晚": 1, "后天": 2}
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上一年": -1, "前年": -2, "明年": 1, "后年": 2}
_WEEKDAY = {c: i for i, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}


class _State:
    """What earlier expressions in the text established."""

    __slots__ = ("published", "day", "last", "year_ctx", "day_at", "span", "event_days", "filed", "opening", "stepped")

    def __init__(self, published: _D | None):
        self.published = published
        self.day: _D | None = None  # day anchor from the text
        self.last: tuple[int, int | None, _D | None] | None = None  # last date named: (y, m, d)
        self.year_ctx: tuple[int, int] | None = None  # (year, end offset) of the last explicit year
        self.day_at = 0  # where the day anchor was named
        self.span: tuple[_D, _D] | None = None  # the last span of days named (4日至7日)
        self.event_days: dict[str, _D] = {}  # 会谈 → the day of the last sentence naming talks with a day
        self.filed: _D | None = None  # the day of a dateline (新华社天津8月31日电): 本月 counts from it
        self.opening: _D | None = None  # the first full date of the story (【半岛电视台】…星期六（8月30日）…)
        self.stepped: _D | None = None  # the day a step back (此前一天) was counted from, while it is the anchor

    def story_day(self) -> _D | None:
        """The day relative words (今天, 本月) count from: the dateline's day when the story was
        filed up to three days before publication, else the publication day."""
        p = self.published
        if p is not None and self.filed is not None and _dt.timedelta(0) < p - self.filed <= 3 * _ONE:
            return self.filed
        return p

    def base_day(self) -> _D | None:
        return self.day or self.published

    def note(self, y: int, m: int | None = None, d: _D | None = None) -> None:
        self.last = (y, m, d)
        if d is not None:
            self.day = d


def _year_for(st: _State, text: str, start: int, m: int, d: int) -> int | None:
    """Year of a month(-day) written without one."""
    if st.year_ctx and not _SENT_END.search(text, st.year_ctx[1], start):
        return st.year_ctx[0]
    p = st.published
    if p is None:
        return None
    y = p.year
    c = _mk(y, m, min(d, 28))
    if (c - p).days > 62:
        return y - 1
    if c > p and st.day is not None and st.day.year == y - 1 and not _FUTURE_BEFORE.search(text, max(0, start - 4), start):
        prev = _mk(y - 1, m, min(d, 28))
        if prev is not None and _dt.timedelta(0) <= prev - st.day <= _dt.timedelta(days=120):
            return y - 1  # 去年8月2日，…。8月5日，外交部宣布… (published 7月20日): the story told of last year goes on
    if (p - c).days > 303:
        return y + 1
    return y


def _bare_day(st: _State, text: str, start: int, dd: int) -> _D | None:
    if st.day is not None and not (st.published is not None and abs(st.day - st.published) > _dt.timedelta(days=31)
                                   and "\n" in text[st.day_at:start]):
        d = _mk(st.day.year, st.day.month, dd)
        p = st.published
        if p is not None and d is not None and st.day > p and d > p and st.day.month != p.month \
                and not _FUTURE_BEFORE.search(text, max(0, start - 4), start):
            # 将于10月30日至11月1日出席…。…高市早苗24日在国会发表演说 (published 10月28日): a day
            # told as done is not in the month of an announced trip
            d = _mk(p.year, p.month, dd) if dd <= p.day else d
        if d is not None and p is not None and d < st.day and p.month != st.day.month \
                and not (st.span is not None and st.span[0] <= d <= st.span[1]):  # (4日至7日访华…6日会见: inside)
            # 7月28日至29日会谈…。关税税则委员会12日发布公告 (published 8月12日): the story moves on
            y, m = _add_months(st.day.year, st.day.month, 1)
            nxt = _mk(y, m, dd)
            if nxt is not None and nxt <= p and not text[max(0, start - 4):start].endswith(("此前", "之前", "早在")):
                return nxt
        if d is not None and p is not None and d > p + 2 * _ONE and st.day <= p \
                and not _FUTURE_BEFORE.search(text, max(0, start - 4), start):
            # 加拉加斯8月1日电 …圭亚那31日也发表声明 (published 8月2日): a day past the story's own
            # day, not yet come, is last month's
            y, m = _add_months(st.day.year, st.day.month, -1)
            prev = _mk(y, m, dd)
            if prev is not None:
                return prev
        return d
    # (a background day of another paragraph, months away, lends no month: 2023年8月24日…\n\n…30日)
    p = st.published
    if p is None:
        return None
    if dd > p.day and not _FUTURE_BEFORE.search(text, max(0, start - 4), start):
        y, m = _add_months(p.year, p.month, -1)
        return _mk(y, m, dd)
    return _mk(p.year, p.month, dd)


_HOLIDAYS = {"圣诞节": (12, 25), "平安夜": (12, 24), "元旦": (1, 1)}


def _resolve(mt: re.Match, text: str, st: _State):
    """-> (iso | None, precision | None, kind, start_date, end_date)."""
    g = mt.group
    p = st.published
    if g("abs") is not None:
        return _absolute(mt, text, st)
    if g("hol") is not None:  # 圣诞节当天: a holiday of fixed date, the year as for 12月25日
        m, dd = _HOLIDAYS[g("hol")]
        y = _year_for(st, text, mt.start(), m, dd)
        d = _mk(y, m, dd) if y is not None else None
        if d is None:
            return None, None, "absolute", None, None
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "absolute", None, None
    if g("relday") is not None:
        pd = g("pd") or g("pdc")  # 今天（1日）; 昨（27）日, as Taiwan's press writes it
        if pd and p is not None:
            # 今天（1日）: the day named, in the month of the day the word points at
            base = p + _dt.timedelta(days=_REL_DAY[g("relday")])
            n = _num(pd)
            try:
                d = base.replace(day=n)
                if d > base + _dt.timedelta(days=1):
                    prev = base.replace(day=1) - _dt.timedelta(days=1)
                    d = prev.replace(day=n)
            except ValueError:
                d = base
        elif pd:
            d = _bare_day(st, text, mt.start(), _num(pd))
        else:
            word = g("relday")
            p = st.story_day()  # （中央社记者华盛顿21日专电）…今天 (published the 22nd): the 21st
            d = p + _dt.timedelta(days=_REL_DAY[word]) if p else None
        if d is None:
            return None, None, "relative", None, None
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "relative", None, None
    if g("week") is not None:
        if p is None:
            return None, None, "relative", None, None
        rel, wd = g("wrel"), g("wd") or g("wd2")
        monday = p - _dt.timedelta(days=p.weekday())
        shift = {"上": -7, "下": 7}.get(rel, 0)
        if wd is None:  # 本周 / 上周 / 下周: month precision
            d = p + _dt.timedelta(days=shift)
            st.note(d.year, d.month)
            return f"{d.year:04d}-{d.month:02d}", "month", "relative", None, None
        if rel is None:  # bare 周三: most recent on or before P
            d = p - _dt.timedelta(days=(p.weekday() - _WEEKDAY[wd]) % 7)
        else:
            d = monday + _dt.timedelta(days=shift + _WEEKDAY[wd])
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "relative", None, None
    if g("relm") is not None:
        return _rel_month(mt, st)
    if g("rely") is not None:
        return _rel_year(mt, text, st)
    if g("ana") is not None:
        base = st.base_day()
        if base is None:
            return None, None, "anaphoric", None, None
        w = g("ana")
        d = base + _ONE if w in ("次日", "翌日", "第二天", "隔天") else \
            base - _ONE if w in ("前一天", "前一日", "此前一天", "此前一日") else base
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "anaphoric", None, None
    if g("offb") is not None:
        # 就在4天前，欧盟成员国…表决: so many days before the day just named
        base = st.base_day()
        if base is None:
            return None, None, "anaphoric", None, None
        n = 2 if g("onb") == "两" else _num(g("onb"))
        d = base - _dt.timedelta(days=n)
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "anaphoric", None, None
    if g("offs") is not None:
        # 两天后，…宣布: so many days after the day just named
        base = st.base_day()
        if base is None:
            return None, None, "anaphoric", None, None
        n = 2 if g("on") == "两" else _num(g("on"))
        d = base + _dt.timedelta(days=n)
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "anaphoric", None, None
    if g("evoff") is not None:
        # 会谈前三天，美国财政部宣布…: so many days before the day of the talks (the last sentence
        # naming talks with a day), else before the story's day
        base = st.event_days.get(g("evn")) or st.base_day()
        if base is None:
            return None, None, "anaphoric", None, None
        n = {"一": 1, "两": 2, "三": 3, "四": 4, "五": 5}.get(g("eon")) or _num(g("eon"))
        d = base - _dt.timedelta(days=n)
        st.note(d.year, d.month, d)
        return d.isoformat(), "day", "anaphoric", None, None
    if g("then") is not None:
        if st.last is None:
            return None, None, "anaphoric", None, None
        iso, prec = _iso(*st.last)
        return iso, prec, "anaphoric", None, None
    return None, None, "vague", None, None


def _absolute(mt: re.Match, text: str, st: _State):
    g = mt.group
    if g("y"):
        y = _num(g("y"))
        mm = g("m")
        st.year_ctx = (y, mt.end())
        if mm is None:
            st.note(y)
            return f"{y:04d}", "year", "absolute", None, None
        m, dd = _num(mm), g("d")
    elif g("m2"):
        m, dd = _num(g("m2")), g("d2")
        y = _year_for(st, text, mt.start(), m, _num(dd) if dd else 1)
    else:
        m, dd, y = None, g("d3"), None
    if dd is None:
        start = (y, m)
    else:
        if m is None:
            d = _bare_day(st, text, mt.start(), _num(dd))
        else:
            d = _mk(y, m, _num(dd)) if y is not None else None
        start = d
    if g("xun") or g("half"):
        if g("half") or m is None:  # 2023年上半年, 2023年初
            st.note(y)
            return f"{y:04d}", "year", "absolute", None, None
        dd = None
        start = (y, m)
    if g("span"):
        return _span(mt, text, st, start)
    if isinstance(start, tuple):
        if start[0] is None:
            return None, None, "absolute", None, None
        st.note(*start)
        iso, prec = _iso(*start)
        return iso, prec, "absolute", None, None
    if start is None:
        return None, None, "absolute", None, None
    st.note(start.year, start.month, start)
    return start.isoformat(), "day", "absolute", None, None


def _span(mt: re.Match, text: str, st: _State, start):
    g = mt.group
    if isinstance(start, tuple):  # month span: 7月至9月
        y, m = start
        if y is None:
            return None, None, "span", None, None
        sm = _num(g("sm2") or g("sm") or str(m))
        ey = _num(g("sy2")) if g("sy2") else (y + 1 if sm < m else y)
        st.note(y, m)
        s_iso = f"{y:04d}-{m:02d}"
        return s_iso, "month", "span", s_iso, f"{ey:04d}-{sm:02d}"
    if start is None:
        return None, None, "span", None, None
    if g("sm"):
        em = _num(g("sm"))
        ey = _num(g("sy")) if g("sy") else start.year + (1 if em < start.month else 0)
    else:
        ey, em = start.year, start.month
    end = _mk(ey, em, _num(g("sd")))
    st.note(start.year, start.month)
    if end is not None:
        st.span = (start, end)
    if end is not None and not (st.day is not None and start <= st.day <= end):
        st.day = end  # (会谈8日举行。…于7日至9日访华。当天下午…: the 8th stays the day)
    return (f"{start.year:04d}-{start.month:02d}", "month", "span", start.isoformat(),
            end.isoformat() if end else None)


def _rel_month(mt: re.Match, st: _State):
    g = mt.group
    w = g("relm")
    if w in ("当月", "同月", "次月", "翌月"):
        kind = "anaphoric"
        if st.last is not None and st.last[1] is not None:
            y, m = st.last[0], st.last[1]
        elif st.published is not None:
            y, m = st.published.year, st.published.month
        else:
            return None, None, kind, None, None
        if w in ("次月", "翌月"):
            y, m = _add_months(y, m, 1)
    else:
        kind = "relative"
        p = st.story_day()  # 新华社天津8月31日电 … 本月8日 (published 9月1日): August
        if st.filed is None and st.opening is not None and p is not None and _dt.timedelta(0) < p - st.opening <= 3 * _ONE:
            p = st.opening  # …星期六（8月30日）证实…。此前…本月22日 (published 9月1日, no dateline): August
        if p is None:
            return None, None, kind, None, None
        k = -1 if w in ("上月", "上个月") else 1 if w in ("下月", "下个月") else 0
        y, m = _add_months(p.year, p.month, k)
    return _month_or_day(st, y, m, g("rmd"), kind)


def _month_or_day(st: "_State", y: int, m: int, day_str: str | None, kind: str):
    """The resolved (iso, precision, kind, None, None) of year y, month m and an optional day."""
    if day_str:
        d = _mk(y, m, _num(day_str))
        if d is None:
            return None, None, kind, None, None
        st.note(y, m, d)
        return d.isoformat(), "day", kind, None, None
    st.note(y, m)
    return f"{y:04d}-{m:02d}", "month", kind, None, None


def _rel_year(mt: re.Match, text: str, st: _State):
    g = mt.group
    w = g("rely")
    if w in _REL_YEAR:
        kind = "relative"
        if st.published is None:
            return None, None, kind, None, None
        y = st.published.year + _REL_YEAR[w]
    else:  # 当年 同年 次年 翌年
        kind = "anaphoric"
        if st.last is None:
            return None, None, kind, None, None
        y = st.last[0] + (1 if w in ("次年", "翌年") else 0)
    st.year_ctx = (y, mt.end())
    if g("rsd") and g("rymd") and not g("ryx"):
        # 今年4月22日至5月10日: a span (the month of its start; its end anchors what follows)
        sm = _num(g("rym"))
        start = _mk(y, sm, _num(g("rymd")))
        em = _num(g("rsm")) if g("rsm") else sm
        end = _mk(y + (1 if em < sm else 0), em, _num(g("rsd")))
        if start is None:
            return None, None, "span", None, None
        st.note(y, sm)
        if end is not None:
            st.span = (start, end)
        if end is not None and not (st.day is not None and start <= st.day <= end):
            st.day = end
        return f"{y:04d}-{sm:02d}", "month", "span", start.isoformat(), end.isoformat() if end else None
    if g("rym") and not g("ryh"):
        return _month_or_day(st, y, _num(g("rym")), g("rymd") if not g("ryx") else None, kind)
    st.note(y)
    return f"{y:04d}", "year", kind, None, None


_SAID_AFTER = re.compile(r"(?:说|表示|指出|强调|认为|称)[，,：:]|以来")
_EVENT_NOUNS = re.compile(r"会谈|会晤|会见|访问|访华|峰会|通话|通电话|谈判|会议|大选|投票")


_EXPIRES = re.compile(r"(?:正式)?(?:到期|届满|期满|失效)")


def term_end(text: str, start: int) -> bool:
    """Is the time expression at ``start`` the end of a term (延长至2024年8月31日, 截至…)?
    (直到5月10日才宣布停火: not until then did it happen — the day of the act)"""
    if text[start - 2:start] in ("直至", "直到") and _NOT_UNTIL.match(text, start):
        return False
    return text[start - 1:start] in ("至", "到") or text[start - 2:start] in ("截至", "直至", "直到", "期至")


_NOT_UNTIL = re.compile(r"[^，。；]{1,14}?才")


def extract(text: str, published: _dt.date | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, resolved (see the module docstring)."""
    st = _State(published)
    out: list[TimeExpr] = []
    report_match = _REPORT.match
    home = None  # the last anchor near the publication date
    month = _dt.timedelta(days=31)
    far = _dt.timedelta(days=120)  # a background day (去年3月1日…), not the story's own weeks
    lead = None  # the day that last opened a paragraph (after a dateline, if any)
    bounds = None  # sentence ends (。！？ and line breaks), found once when first needed

    def sentence_of(s: int, e: int) -> tuple[int, int]:
        nonlocal bounds
        if bounds is None:
            bounds = [m.start() for m in _SENT_END_ZH.finditer(text)]
        k = bisect.bisect_left(bounds, s)
        j = bisect.bisect_left(bounds, e)
        return (bounds[k - 1] + 1 if k else 0), (bounds[j] if j < len(bounds) else len(text))

    for mt in _RX.finditer(text):
        held = st.day
        nxt_day = mt.group("ana") is not None and mt.group("ana").startswith(("次日", "翌日", "第二天", "隔天"))
        if mt.group("ana") is not None and held is not None and published is not None and not nxt_day \
                and abs(held - published) > far and "\n" in text[st.day_at:mt.start()]:
            # 去年3月1日正式生效。\n\n此前，李强当天上午…: a background date of an earlier
            # paragraph does not carry into the story's own day
            st.day = held = home
        if mt.group("ana") is not None and held is not None and lead is not None and held < lead \
                and st.day_at < text.rfind("\n", 0, mt.start()) + 1 and not nxt_day:
            # (…4月6日晚发表联合公报…。\n\n次日，阿尔及利亚宣布…: the next day of the story just told)
            # 23日，普京同佩泽希齐扬会谈。两人本月11日已见过一次面。\n\n当天晚些时候，…: the first time
            # word of a paragraph (当天, 前一天 …; 鲁比奥在记者会上也谈到…。美军前一天…) goes back to the
            # story's day, not to an earlier one named in passing in a paragraph before
            st.day = held = lead
        if mt.group("ana") is not None and st.stepped is not None and held is not None \
                and "\n" in text[st.day_at:mt.start()] and not nxt_day:
            # 朔尔茨25日宣布…。此前一天，波兰…。\n\n拜登当天在白宫宣布: a step back dates its own sentence; the next
            # paragraph's 当天 is the story's day again
            st.day = held = st.stepped
        iso, prec, kind, sd, ed = _resolve(mt, text, st)
        ana = mt.group("ana")
        st.stepped = held if ana is not None and ana.startswith(("前一天", "前一日", "此前一天", "此前一日")) and held is not None \
            else (st.stepped if st.day is held else None)
        if held is not None and st.day is not held and mt.group("ana") is None:
            k = sentence_of(mt.start(), mt.end())[0]
            ls = text.rfind("\n", 0, mt.start()) + 1
            if _REPORTED_BEFORE.search(text, k, mt.start()) and not (_QUESTION_LINE.match(text, ls) and st.day_at < ls):
                st.day = held  # 指控美军10日扣押…。同一天: a day inside what is reported is no anchor
                # (except in a reporter's question with no day of its own yet, whose whole content is
                # reported: 记者：据菲方说，…22日…。…当天)
            elif text.startswith("起", mt.end()) and text[mt.start() - 1:mt.start()] in ("自", "从"):
                st.day = held  # 措施自5日起实施。发言人当天…: an effective date is no anchor
            elif term_end(text, mt.start()) or _EXPIRES.match(text, mt.end()):
                st.day = held  # 任期延长一年，至2024年8月31日 / 第一阶段已于1日到期: a term's end is no anchor
            elif held is not None and _FUTURE_BEFORE.search(text, max(0, mt.start() - 4), mt.start()) \
                    and st.day is not None and st.day > held:
                st.day = held  # 措施将于2026年1月1日起生效。发言人11日表示: a date to come is no anchor
            elif held is not None and st.day is not None and st.day > held \
                    and _PROPOSED_BEFORE.search(text, max(0, mt.start() - 16), mt.start()):
                st.day = held  # 普京11日提议俄乌双方本月15日…恢复谈判。…当天晚些时候: a day proposed is no anchor
        if st.day is not held and prec == "day" and mt.group("evoff") is None:
            # (the day of a sentence naming talks, a visit, a summit…: what 会谈前三天 counts back from)
            k0, k1 = sentence_of(mt.start(), mt.end())
            said = _SAID_AFTER.search(text, mt.end(), k1)
            if said is not None:
                k1 = said.start()  # 佩斯科夫3日说，不应指望谈判…: talks spoken of that day were not held that day
                # (4日就职以来首次通话: the day a period began, not the call's)
            for noun in _EVENT_NOUNS.findall(text, k0, k1):
                st.event_days["通话" if noun == "通电话" else noun] = st.day
        if st.day is not held:
            st.day_at = mt.start()
            if published is not None and st.day is not None and abs(st.day - published) <= month:
                home = st.day
        s, e = mt.span()
        if prec == "day" and mt.group("ana") is None and iso is not None and st.day is not held:
            pre = text[text.rfind("\n", 0, s) + 1:s]
            if not pre.strip() or ("电" in pre and len(pre) <= 40 and not text.startswith("电", e)):
                lead = st.day
        if prec == "day" and st.filed is None and s < 120 and text.startswith(("电", "专电"), e) and iso is not None:
            st.filed = _dt.date.fromisoformat(iso)
        if prec == "day" and st.opening is None and s < 200 and kind == "absolute" and "月" in mt.group() and iso is not None:
            st.opening = _dt.date.fromisoformat(iso)
        report = kind != "vague" and report_match(text, e) is not None
        out.append(TimeExpr(start=s, end=e, text=mt.group(), date=iso, precision=prec,
                            kind=kind, report=report, start_date=sd, end_date=ed))
    return out
