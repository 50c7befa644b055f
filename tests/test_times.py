"""Time expressions: extraction spans and resolution. All sentences are our own writing."""
import datetime as dt

import pytest

from xinhao.times import extract

P = dt.date(2023, 7, 13)  # a Thursday
D = dt.date


def _find(text, published, expr):
    got = extract(text, published)
    for t in got:
        assert text[t.start:t.end] == t.text  # offsets slice the text
    hits = [t for t in got if t.text == expr]
    assert hits, f"{expr!r} not found in {[t.text for t in got]}"
    return hits[-1]


# (sentence, published, expression as it should be cut, date, precision, kind)
CASES = [
    # --- NLP_STACK.md cases, published 2023-07-13
    ("今天（13日），两国防长举行视频通话。", P, "今天（13日）", "2023-07-13", "day", "relative"),
    ("中国驻美大使7月12日在五角大楼会见美方官员。", P, "7月12日", "2023-07-12", "day", "absolute"),
    ("双方7月12日举行会晤。会晤次日，7月13日，国防部发布消息。", P, "次日", "2023-07-13", "day", "anaphoric"),
    ("双方7月12日举行会晤。会晤次日，7月13日，国防部发布消息。", P, "7月13日", "2023-07-13", "day", "absolute"),
    ("今年6月，美国国务卿访问北京。", P, "今年6月", "2023-06", "month", "relative"),
    ("2022年8月，中方宣布取消两军多项对话。", P, "2022年8月", "2022-08", "month", "absolute"),
    ("近期双方保持沟通。", P, "近期", None, None, "vague"),
    ("美方官员即将访华。", P, "即将", None, None, "vague"),
    ("今年6月双方举行会谈，当时外界普遍关注。", P, "当时", "2023-06", "month", "anaphoric"),
    # --- absolute dates
    ("2023年7月12日，两国元首通电话。", P, "2023年7月12日", "2023-07-12", "day", "absolute"),
    ("二〇二三年七月十二日，联合公报在两国首都同时发表。", P, "二〇二三年七月十二日", "2023-07-12", "day", "absolute"),
    ("2015年3月，双方签署了合作备忘录。", P, "2015年3月", "2015-03", "month", "absolute"),
    ("2015年，两国建立战略伙伴关系。", P, "2015年", "2015", "year", "absolute"),
    ("早在二〇一九年，两国就启动了谈判。", P, "二〇一九年", "2019", "year", "absolute"),
    ("2024年度国防预算大幅增加。", P, "2024年度", "2024", "year", "absolute"),
    ("2021年底，双方恢复了磋商。", P, "2021年底", "2021", "year", "absolute"),
    ("2022年上半年，两国贸易额有所下降。", P, "2022年上半年", "2022", "year", "absolute"),
    ("外长定于7月20日出访欧洲。", P, "7月20日", "2023-07-20", "day", "absolute"),
    ("7月份，双方将举行新一轮谈判。", P, "7月份", "2023-07", "month", "absolute"),
    ("12月上旬，两国海军举行了联合巡航。", P, "12月上旬", "2022-12", "month", "absolute"),
    ("11月14日，两国元首在巴厘岛会晤。", P, "11月14日", "2022-11-14", "day", "absolute"),
    ("9月，联合国大会将在纽约开幕。", P, "9月", "2023-09", "month", "absolute"),
    ("1月5日，代表团将抵达北京。", D(2023, 12, 20), "1月5日", "2024-01-05", "day", "absolute"),
    ("7月12日晚，总统发表电视讲话。", P, "7月12日晚", "2023-07-12", "day", "absolute"),
    ("7月12日下午，两国外长举行会谈。", P, "7月12日下午", "2023-07-12", "day", "absolute"),
    ("7月12日凌晨，多架军机进入该空域。", P, "7月12日凌晨", "2023-07-12", "day", "absolute"),
    ("当地时间11月14日下午，双方举行了会晤。", D(2022, 11, 15), "当地时间11月14日下午", "2022-11-14", "day", "absolute"),
    ("美国东部时间3月3日，国会通过了该法案。", D(2023, 3, 5), "美国东部时间3月3日", "2023-03-03", "day", "absolute"),
    ("美东时间5月14日凌晨0时01分，新关税正式生效。", D(2025, 5, 14), "美东时间5月14日凌晨0时01分",
     "2025-05-14", "day", "absolute"),
    ("北京时间6月5日上午10时，火箭发射升空。", D(2023, 6, 6), "北京时间6月5日上午10时", "2023-06-05", "day", "absolute"),
    ("7月12日（周三），双方在日内瓦会面。", P, "7月12日（周三）", "2023-07-12", "day", "absolute"),
    # --- bare days
    ("外交部发言人12日宣布了这一消息。", P, "12日", "2023-07-12", "day", "absolute"),
    ("国防部十二日发布通告。", P, "十二日", "2023-07-12", "day", "absolute"),
    ("俄方28日宣布撤回大使。", P, "28日", "2023-06-28", "day", "absolute"),
    ("峰会将于25日在雅加达开幕。", P, "25日", "2023-07-25", "day", "absolute"),
    ("双方6月3日达成协议，5日正式签署。", P, "5日", "2023-06-05", "day", "absolute"),
    # --- relative to published
    ("昨天，两国外长通了电话。", P, "昨天", "2023-07-12", "day", "relative"),
    ("昨日下午，代表团抵达首都。", P, "昨日下午", "2023-07-12", "day", "relative"),
    ("前天，该国宣布进入紧急状态。", P, "前天", "2023-07-11", "day", "relative"),
    ("明天，特使将前往中东斡旋。", P, "明天", "2023-07-14", "day", "relative"),
    ("今天上午，总理会见了来访的外宾。", P, "今天上午", "2023-07-13", "day", "relative"),
    ("本周，双方将继续磋商。", P, "本周", "2023-07", "month", "relative"),
    ("上周，该国举行了大规模演习。", D(2023, 7, 3), "上周", "2023-06", "month", "relative"),
    ("下周，欧盟将讨论新一轮制裁。", D(2023, 7, 28), "下周", "2023-08", "month", "relative"),
    ("本月，两国恢复了直航。", P, "本月", "2023-07", "month", "relative"),
    ("上月，该国驱逐了两名外交官。", P, "上月", "2023-06", "month", "relative"),
    ("上个月，总统访问了邻国。", D(2023, 1, 10), "上个月", "2022-12", "month", "relative"),
    ("下月，两国将举行战略对话。", P, "下月", "2023-08", "month", "relative"),
    ("上月初，双方举行了工作会晤。", P, "上月初", "2023-06", "month", "relative"),
    ("上月底，该国宣布加征关税。", P, "上月底", "2023-06", "month", "relative"),
    ("本月20日，联合演习将正式开始。", P, "本月20日", "2023-07-20", "day", "relative"),
    ("去年11月，两国元首在峰会期间会晤。", P, "去年11月", "2022-11", "month", "relative"),
    ("去年，两国贸易额创下新高。", P, "去年", "2022", "year", "relative"),
    ("明年，两国将庆祝建交五十周年。", P, "明年", "2024", "year", "relative"),
    ("前年，双方签署了自贸协定。", P, "前年", "2021", "year", "relative"),
    ("今年初，该国更换了国防部长。", P, "今年初", "2023", "year", "relative"),
    ("去年11月双方会晤，12月又举行了电话会谈。", P, "12月", "2022-12", "month", "absolute"),
    ("周一，外长抵达布鲁塞尔。", P, "周一", "2023-07-10", "day", "relative"),
    ("星期四，议会否决了该项提案。", P, "星期四", "2023-07-13", "day", "relative"),
    ("周日，数千人在首都街头集会。", P, "周日", "2023-07-09", "day", "relative"),
    ("上周三，两国举行了副外长级磋商。", P, "上周三", "2023-07-05", "day", "relative"),
    ("下周二，代表团将启程前往华盛顿。", P, "下周二", "2023-07-18", "day", "relative"),
    # --- anaphoric
    ("7月12日，双方举行会谈。当天下午，两国发表联合声明。", P, "当天下午", "2023-07-12", "day", "anaphoric"),
    ("5月20日，特使抵达当地。同日，外交部发表评论。", P, "同日", "2023-05-20", "day", "anaphoric"),
    ("3月8日，双方签署协议。翌日，该国宣布撤军。", P, "翌日", "2023-03-09", "day", "anaphoric"),
    ("3月31日，代表团抵达。第二天，双方正式会谈。", P, "第二天", "2023-04-01", "day", "anaphoric"),
    ("会谈于6月10日举行，前一天双方还进行了预备磋商。", P, "前一天", "2023-06-09", "day", "anaphoric"),
    ("6月10日，会议召开。次日，会议闭幕。次日，代表团离开。", P, "次日", "2023-06-12", "day", "anaphoric"),
    ("2019年，双方曾就此进行谈判，当时并未取得成果。", P, "当时", "2019", "year", "anaphoric"),
    ("今年3月，该国举行大选，当月新政府宣誓就职。", P, "当月", "2023-03", "month", "anaphoric"),
    ("2018年，两国签署协议，同年开始实施。", P, "同年", "2018", "year", "anaphoric"),
    ("此前，双方已就此交换意见。", P, "此前", None, None, "vague"),
    ("当天，双方还签署了多项合作文件。", P, "当天", "2023-07-13", "day", "anaphoric"),
    # --- Taiwan's press: 今（13）日, 昨（12）日, 前（11）日 — the day in brackets
    ("外交部今（13）日表示，对此予以严正谴责。", P, "今（13）日", "2023-07-13", "day", "relative"),
    ("陆委会昨（12）日宣布调升旅游警示。", P, "昨（12）日", "2023-07-12", "day", "relative"),
    ("国防部前（11）日侦获共机26架次。", P, "前（11）日", "2023-07-11", "day", "relative"),
    ("海巡署昨（30）日说，海警船已驶离。", D(2023, 7, 1), "昨（30）日", "2023-06-30", "day", "relative"),
    # --- vague
    ("近日，该国外交部召见了美国大使。", P, "近日", None, None, "vague"),
    ("外交部日前宣布了新的签证政策。", P, "日前", None, None, "vague"),
    ("不久前，双方在维也纳举行了会谈。", P, "不久前", None, None, "vague"),
    ("目前，两国关系面临严峻挑战。", P, "目前", None, None, "vague"),
    ("最近，该国频繁举行军事演习。", P, "最近", None, None, "vague"),
    ("双方同意未来继续加强合作。", P, "未来", None, None, "vague"),
    ("今后，两国将定期举行对话。", P, "今后", None, None, "vague"),
    # --- spans
    ("15日至17日，总理对该国进行正式访问。", P, "15日至17日", "2023-06", "month", "span"),
    ("5月10日至11日，七国集团财长会议在日本举行。", P, "5月10日至11日", "2023-05", "month", "span"),
    ("4月8日至10日，解放军在台岛周边开展演习。", P, "4月8日至10日", "2023-04", "month", "span"),
    ("10月25日至26日，两国外长在华盛顿会谈。", D(2023, 10, 28), "10月25日至26日", "2023-10", "month", "span"),
    ("6月28日至7月2日，代表团访问了三国。", P, "6月28日至7月2日", "2023-06", "month", "span"),
    ("5月15—17日，论坛在北京举行。", P, "5月15—17日", "2023-05", "month", "span"),
]


@pytest.mark.parametrize("text,published,expr,date,precision,kind", CASES)
def test_resolution(text, published, expr, date, precision, kind):
    t = _find(text, published, expr)
    assert (t.date, t.precision, t.kind) == (date, precision, kind)


@pytest.mark.parametrize("text,start,end", [
    ("15日至17日，总理对该国进行正式访问。", "2023-06-15", "2023-06-17"),
    ("6月28日至7月2日，代表团访问了三国。", "2023-06-28", "2023-07-02"),
    ("7月至9月，双方将举行三轮磋商。", "2023-07", "2023-09"),
])
def test_span_ends(text, start, end):
    t = extract(text, P)[0]
    assert t.kind == "span" and (t.start_date, t.end_date) == (start, end)


def test_span_end_becomes_anchor():
    got = extract("5月10日至11日，两国举行会谈。次日，双方发表声明。", P)
    assert got[-1].text == "次日" and got[-1].date == "2023-05-12"


def test_anchor_from_text_overrides_published_month():
    got = extract("5月8日，代表团抵达。9日，双方举行会谈。", P)
    assert [t.date for t in got] == ["2023-05-08", "2023-05-09"]


def test_offsets_and_order():
    text = "据报道，7月12日上午双方会晤，次日又通电话，近期还将见面。"
    got = extract(text, P)
    assert [t.text for t in got] == ["7月12日上午", "次日", "近期"]
    assert [t.start for t in got] == sorted(t.start for t in got)
    for t in got:
        assert text[t.start:t.end] == t.text


# --- what is not a time expression
@pytest.mark.parametrize("text", [
    "该国宣布将在90天内完成撤军。",
    "两国已经谈判了两年。",
    "制裁措施将持续三个月。",
    "两国建交30年来关系稳步发展。",
    "出口增长了24%，达到11亿美元。",
    "会议于10时正式开始。",
    "中共第二十届中央委员会召开全体会议。",
    "该国计划在7日内撤离全部侨民。",
    "上世纪1990年代，两国关系经历波折。",
    "前3个月，双边贸易额同比增长。",
    "中方愿同日本加强沟通。",
    "当日本首相抵达时，记者蜂拥而上。",
    "代表团在日内瓦停留。",
    "这一地区每周一都会举行例行会议。",
])
def test_not_dates(text):
    assert [t.text for t in extract(text, P)] == []


# --- report flag
@pytest.mark.parametrize("text,expr,report", [
    ("俄国防部12日称，俄军打击了多个目标。", "12日", True),
    ("外交部发言人28日表示，中方坚决反对。", "28日", True),
    ("总统13日说，谈判取得了进展。", "13日", True),
    ("美联社11日报道，双方已接近达成协议。", "11日", True),
    ("外长12日晚间表示，会谈富有成果。", "12日晚间", True),
    ("国务院10日也表示，将继续推动合作。", "10日", True),
    ("该国28日宣布与对方断交。", "28日", False),
    ("外交部28日发表声明，宣布对相关企业实施制裁。", "28日", False),
    ("两国元首12日举行会谈。", "12日", False),
])
def test_report_flag(text, expr, report):
    assert _find(text, P, expr).report is report


# --- no publication date
@pytest.mark.parametrize("text,expr,date", [
    ("今天，两国外长举行会谈。", "今天", None),
    ("昨天，该国宣布撤军。", "昨天", None),
    ("上周，双方举行磋商。", "上周", None),
    ("去年11月，两国元首会晤。", "去年11月", None),
    ("7月12日，两国元首通话。", "7月12日", None),
    ("12日，外交部发表声明。", "12日", None),
    ("当天，双方签署了协议。", "当天", None),
    ("2023年7月12日，两国元首通话。", "2023年7月12日", "2023-07-12"),
    ("2022年8月，中方宣布反制措施。", "2022年8月", "2022-08"),
    ("2023年7月12日，两国元首通话。次日，双方发表声明。", "次日", "2023-07-13"),
    ("2023年7月12日，两国元首通话。14日，双方发表声明。", "14日", "2023-07-14"),
    ("2023年7月12日会谈后，8月3日双方再次会面。", "8月3日", "2023-08-03"),
])
def test_published_none(text, expr, date):
    assert _find(text, None, expr).date == date


def test_invalid_calendar_date_is_unresolved():
    t = _find("2023年2月30日，双方会晤。", P, "2023年2月30日")
    assert t.date is None and t.precision is None


def test_fullwidth_digits():
    t = _find("２０２３年７月１２日，双方会晤。", P, "２０２３年７月１２日")
    assert t.date == "2023-07-12"


def test_many_expressions_long_text_is_linear():
    unit = "7月12日双方会谈，次日发表声明，近期还将会面。"
    got = extract(unit * 2000, P)
    assert len(got) == 3 * 2000
    assert got[-2].date == "2023-07-13"


def test_from_this_day_until_a_later_day_is_the_start():
    t = _find("海事局今天发布航行警告，即日起至18日在相关海域进行实弹射击。", D(2024, 3, 15), "即日起至18日")
    assert (t.date, t.precision) == ("2024-03-15", "day")
    t = _find("该措施即日起施行。", D(2024, 3, 15), "即日起")
    assert t.date == "2024-03-15"


def test_an_effective_date_is_no_anchor_for_the_same_day():
    text = "委员会4日宣布加征关税，措施自5日起实施。发言人当天表示反对。"
    t = _find(text, D(2024, 7, 6), "当天")
    assert t.date == "2024-07-04"


def test_a_background_day_lends_no_month_to_a_later_paragraphs_bare_day():
    text = "中方于2023年8月24日起暂停进口。\n\n官房长官30日上午表示欢迎。"
    t = _find(text, D(2025, 6, 30), "30日上午")
    assert t.date == "2025-06-30"


def test_a_bare_day_after_last_months_talks_moves_the_story_on():
    text = "双方7月28日至29日在斯德哥尔摩会谈。委员会12日发布公告。"
    t = _find(text, D(2025, 8, 12), "12日")
    assert t.date == "2025-08-12"
    # …unless the text says it goes back
    text = "双方7月28日至29日在斯德哥尔摩会谈。此前12日，双方通了电话。"
    t = _find(text, D(2025, 8, 12), "12日")
    assert t.date == "2025-07-12"


def test_so_many_days_after_the_day_just_named():
    got = {t.text: t.date for t in extract("2025年4月2日，美方宣布加征关税。两天后，中方宣布反制。三天后又有新动作。", dt.date(2025, 6, 3))}
    assert got["两天后"] == "2025-04-04" and got["三天后"] == "2025-04-07"
    # a term that runs out is no date of an act
    assert not [t for t in extract("上述措施将于5天后生效。", dt.date(2025, 6, 3)) if t.text.startswith("5天")]


def test_a_visits_span_does_not_move_the_day_of_the_talks_held_inside_it():
    got = [(t.text, t.date) for t in extract("外长8日举行会谈。他于7日至9日访华。当天下午，副主席会见了他。", dt.date(2025, 12, 8))]
    assert ("当天下午", "2025-12-08") in got
    got = [(t.text, t.date) for t in extract("代表团于7日至9日访华。当天下午离京。", dt.date(2025, 12, 10))]
    assert ("当天下午", "2025-12-09") in got  # no day inside the span named before: its end


def test_the_day_before_that_a_relative_year_span_and_a_terms_end():
    got = {t.text: t.date for t in extract("哈马斯18日移交了遗体。就在此前一天，以方指责哈马斯拖延。", dt.date(2025, 10, 19))}
    assert got["此前一天"] == "2025-10-17"
    t = [x for x in extract("今年4月22日至5月10日，两国举行联合军演。", dt.date(2024, 6, 1))][0]
    assert (t.kind, t.date, t.start_date, t.end_date) == ("span", "2024-04", "2024-04-22", "2024-05-10")
    got = [(x.text, x.date) for x in extract("安理会30日表决。草案提出将任期延长至2024年8月31日。当天，俄方投下反对票。",
                                             dt.date(2023, 8, 31))]
    assert ("当天", "2023-08-30") in got


def test_a_day_reported_in_a_question_anchors_the_questions_own_same_day():
    text = ("国防部新闻发言人31日回答了记者提问。\n\n"
            "记者：据越南方面说，中国海警船22日在有关海域对越方渔船使用水炮。越南外交部当天发表声明提出抗议。\n")
    got = [(t.text, t.date) for t in extract(text, dt.date(2025, 7, 31))]
    assert ("当天", "2025-07-22") in got
    # with a day of its own, the question's reported day is no anchor (13日发表声明说，…11日…。同日 → 13日)
    text = "记者：澳国防部13日发表声明说，中方战机11日投放照明弹。澳防长同日也指责中方。\n"
    got = [(t.text, t.date) for t in extract(text, dt.date(2025, 2, 14))]
    assert ("同日", "2025-02-13") in got


def test_a_bare_day_inside_the_span_just_named_stays_in_its_month():
    text = "去年11月4日至7日，总理访华。国家主席6日会见了他；次日，两国总理举行年度会晤。"
    got = {t.text: t.date for t in extract(text, dt.date(2024, 5, 8))}
    assert got["6日"] == "2023-11-06" and got["次日"] == "2023-11-07"


def test_a_date_to_come_is_no_anchor_for_the_next_bare_day():
    text = "参议院当地时间10日表决通过修正案，措施将于2026年1月1日起生效。对此，商务部新闻发言人11日表示反对。"
    got = {t.text: t.date for t in extract(text, dt.date(2025, 12, 11))}
    assert got["11日"] == "2025-12-11"


def test_the_first_character_lookahead_changes_no_match():
    """_RX only tries positions whose character can start an alternative; on every corpus
    article, and on a line made of every character the pattern uses, it finds exactly what
    the bare pattern finds (an alternative starting with a new character fails here)."""
    import pathlib
    import re

    from xinhao import times as T
    from xinhao.normalize import normalize

    bare = re.compile(rf"(?:{T._PATTERN})", re.X)
    root = pathlib.Path(__file__).resolve().parents[1] / "corpus"
    texts = [normalize(p.read_text(encoding="utf-8")) for p in sorted(root.glob("*/articles/*.md"))]
    chars = sorted({c for c in T._PATTERN if ord(c) > 127})
    texts.append("".join(f"{c}3月5日{c}上周三{c}" for c in chars))
    assert len(texts) > 100
    for t in texts:
        assert [m.span() for m in T._RX.finditer(t)] == [m.span() for m in bare.finditer(t)]


def test_a_bare_day_past_the_datelines_day_is_last_months():
    text = "新华社利马8月1日电 秘鲁外长30日宣布承认反对派候选人胜选，智利31日也发表声明。"
    days = [t.date for t in extract(text, dt.date(2024, 8, 2))]
    assert days == ["2024-08-01", "2024-07-30", "2024-07-31"]
    # a day still to come stays in the month
    text = "新华社北京8月1日电 会议将于20日举行。"
    assert [t.date for t in extract(text, dt.date(2024, 8, 2))][-1] == "2024-08-20"


def test_a_month_day_after_last_years_day_stays_in_last_year():
    text = "去年8月2日，佩洛西窜访台湾。8月5日，外交部宣布反制措施。"
    days = [t.date for t in extract(text, dt.date(2023, 7, 20))]
    assert days == ["2022-08-02", "2022-08-05"]
    # a coming day named after this year's story stays this year
    text = "7月18日，双方举行会谈。8月5日，双方将再次会晤。"
    assert [t.date for t in extract(text, dt.date(2023, 7, 20))] == ["2023-07-18", "2023-08-05"]


def test_the_day_before_yesterday_with_its_day_in_brackets():
    exprs = extract("特奥多罗前日（25日）在马尼拉说。前日本首相访华。", dt.date(2026, 2, 27))
    assert [(t.text, t.date) for t in exprs] == [("前日（25日）", "2026-02-25")]


def test_so_many_days_before_the_talks_counts_back_from_the_talks_day():
    text = "第四轮间接会谈11日在马斯喀特举行。伊方上周五表示愿意谈。会谈前三天，美国财政部宣布新的制裁。"
    exprs = extract(text, dt.date(2025, 5, 12))
    assert [(t.text, t.date) for t in exprs][-1] == ("会谈前三天", "2025-05-08")


def test_this_month_counts_from_the_month_the_story_was_filed_in():
    text = "新华社莫斯科4月30日电 普京30日会见来访的蒙古国总统。本月12日，两国外长已在乌兰巴托会谈。"
    assert _find(text, dt.date(2024, 5, 1), "本月12日").date == "2024-04-12"
    # without a dateline, or filed on the day of publication, 本月 is the publication's month
    assert _find("本月12日，两国外长在乌兰巴托会谈。", dt.date(2024, 5, 20), "本月12日").date == "2024-05-12"
    text = "新华社莫斯科5月20日电 本月12日，两国外长在乌兰巴托会谈。"
    assert _find(text, dt.date(2024, 5, 20), "本月12日").date == "2024-05-12"


def test_a_paragraph_opening_with_that_day_returns_to_the_story_s_day():
    text = "15日，两国外长在日内瓦会谈。双方本月3日已通过一次电话。\n\n当天晚些时候，美方宣布放宽限制。"
    assert _find(text, dt.date(2024, 5, 16), "当天晚").date == "2024-05-15"
    # inside the paragraph, 当天 is still the day just named
    text = "15日，两国外长在日内瓦会谈。双方本月3日通过一次电话，当天还交换了文件。"
    assert _find(text, dt.date(2024, 5, 16), "当天").date == "2024-05-03"


def test_a_day_told_as_done_is_not_in_the_month_of_an_announced_trip():
    text = "发言人宣布，总理将于5月30日至6月2日访问新加坡。\n\n记者：菲律宾总统27日发表讲话。"
    assert _find(text, dt.date(2024, 5, 29), "27日").date == "2024-05-27"


def test_today_in_a_filed_dispatch_is_the_day_it_was_filed():
    text = "（中央社记者华盛顿21日专电）美国国务院发言人今天表示，美方对此感到关切。"
    assert _find(text, dt.date(2023, 12, 22), "今天").date == "2023-12-21"
    text = "新华社北京3月4日电 外交部发言人今天说，中方对此坚决反对。"
    assert _find(text, dt.date(2024, 3, 5), "今天").date == "2024-03-04"
    # with no dateline, 今天 is the day of publication
    assert _find("外交部发言人今天说，中方对此坚决反对。", dt.date(2024, 3, 5), "今天").date == "2024-03-05"


def test_this_month_counts_from_the_storys_opening_date_when_there_is_no_dateline():
    text = "【本报讯】叙利亚政府星期六（8月30日）证实了这一消息。此前，以军本月22日空袭了大马士革郊区。"
    ts = extract(text, dt.date(2025, 9, 1))
    assert [t.date for t in ts if t.text.startswith("本月")] == ["2025-08-22"]


@pytest.mark.parametrize("text, published, word, day", [
    # 次日 opening a paragraph continues the background story just told
    ("新华社9月20日电 马里本月16日向国际法院提起诉讼。\n\n"
     "今年4月1日，马里一架无人机被击落。三国4月6日晚发表联合公报，召回驻阿尔及利亚大使。\n\n"
     "次日，阿尔及利亚宣布召回驻马里大使。", dt.date(2025, 9, 20), "次日", "2025-04-07"),
    # the first time word of a paragraph (前一天) counts from the story's day, not a background day before
    ("新华社华盛顿9月3日电 美国国务卿3日在墨西哥城举行记者会。\n\n"
     "在关税问题上，7月31日，美方宣布对墨商品的关税维持不变。\n\n"
     "国务卿在记者会上也谈到加勒比海局势。美军前一天在加勒比海击毁一艘船只。", dt.date(2025, 9, 4), "前一天", "2025-09-02"),
])
def test_a_paragraphs_first_time_word_and_the_next_day_of_a_background_story(text, published, word, day):
    assert [t.date for t in extract(text, published) if t.text == word] == [day]


def test_a_week_word_inside_another_word_is_no_time():
    # 日本周边 (Japan's vicinity), 基本周期: 本 + 周 belong to two words
    assert extract("中国军队在日本周边的活动日益活跃，这是基本周期。", dt.date(2024, 11, 22)) == []
    assert [t.text for t in extract("日方本周三表示关切。", dt.date(2024, 11, 22))] == ["本周三"]


def test_a_holiday_of_fixed_date_is_that_day():
    P = dt.date(2022, 12, 27)
    ex = extract("圣诞节当天，东部战区在台岛周边组织联合战备警巡。", P)
    assert [(e.text, e.date) for e in ex if e.text == "圣诞节"] == [("圣诞节", "2022-12-25")]
    ex = extract("国台办抨击赖清德的元旦谈话。", dt.date(2026, 1, 15))
    assert not [e for e in ex if e.text.startswith("元旦")]
    ex = extract("元旦当天，朝鲜发射了一枚弹道导弹。", dt.date(2024, 1, 3))
    assert [e.date for e in ex if e.text == "元旦"] == ["2024-01-01"]


def test_a_step_back_dates_its_own_sentence_and_the_next_paragraph_returns_to_the_story_day():
    from xinhao.pipeline import code_text
    text = ("德国总理朔尔茨25日在联邦议院宣布，德方将向乌克兰提供14辆主战坦克。此前一天，波兰国防部长说，波方已正式申请向乌转交坦克。"
            "\n\n美国总统拜登当天在白宫宣布，美方将向乌方提供31辆主战坦克。")
    evs = code_text(text, published="2023-01-27")
    assert {e["date"] for e in evs if e["event_type"] == "AID" and e["actor"]["country"] == "USA"} == {"2023-01-25"}


@pytest.mark.parametrize("text,word,day", [
    # talks spoken of by a voice on a later day were not held that day
    ("两国代表团2日在日内瓦举行新一轮谈判。\n\n对方发言人3日对记者说，不要指望谈判很快有结果。\n\n就在谈判前一天，一艘货轮在附近海域遭到袭击。",
     "谈判前一天", "2025-06-01"),
    # the day a period began (就任以来) is not the day of the call named with it
    ("这是他本月4日就任以来首次同外国领导人通话。\n\n双方12日再次通电话。15日，两国外长举行会谈。\n\n通话的前一天，他还会见了来访的议会代表团。",
     "通话的前一天", "2025-06-11"),
    # the opening of a summit, with 开幕 and 的 between
    ("峰会22日在约翰内斯堡开幕。\n\n23日，多国领导人发表讲话。\n\n峰会开幕的前一天，东道国总统会见了来访客人。", "峰会开幕的前一天", "2025-06-21"),
])
def test_a_day_counted_back_from_a_named_event_counts_from_that_events_own_day(text, word, day):
    got = [t for t in extract(text, dt.date(2025, 6, 25)) if t.text == word]
    assert got and got[0].date == day


def test_not_until_a_day_is_the_day_of_the_act_not_the_end_of_a_term():
    from xinhao.times import term_end
    text = "两国直到5月10日才宣布停火，停火协议有效期延长至2025年8月31日。"
    assert not term_end(text, text.index("5月10日"))
    assert term_end(text, text.index("2025年8月31日"))


def test_just_so_many_days_before_counts_back_from_the_day_just_named():
    text = "商务部8日宣布对进口白兰地采取临时反倾销措施。就在4天前，欧盟成员国就电动汽车反补贴税进行表决。"
    got = [t for t in extract(text, dt.date(2024, 10, 9)) if t.text == "4天前"]
    assert got and got[0].date == "2024-10-04"
