"""The Chinese event grammar, phenomenon by phenomenon, on sentences written
for these tests in the style of official readouts and news items."""
import datetime

import pytest

from xinhao.model import Article
from xinhao.pipeline import code_text, get_pipeline


def events(text, published="2024-05-20"):
    return [e for e in code_text(text, published=published) if e["modality"] == "asserted"]


def briefing_events(text, published, outlet="外交部网站"):
    """Asserted events of a press-conference transcript from an official outlet."""
    art = Article(id="b", text=text, published=datetime.date.fromisoformat(published), outlet=outlet)
    return [e for e in get_pipeline().code_article(art) if e["modality"] == "asserted"]


def find(evs, etype, actor=None, recipient=None):
    out = []
    for e in evs:
        if e["event_type"] != etype:
            continue
        if actor and e["actor"]["country"] != actor:
            continue
        if recipient and (e["recipient"] or {}).get("country") != recipient:
            continue
        out.append(e)
    return out


def pair(e):
    return {e["actor"]["country"], (e["recipient"] or {}).get("country")}


# --- meetings, talks, calls, visits ---------------------------------------------------
@pytest.mark.parametrize("text,a,b", [
    ("5月18日，国家主席习近平在人民大会堂会见来访的法国总统马克龙。", "CHN", "FRA"),
    ("5月18日，国务院总理李强同德国总理朔尔茨在北京举行会谈。", "CHN", "DEU"),
    ("外交部长王毅19日与俄罗斯外长拉夫罗夫通电话。", "CHN", "RUS"),
    ("国家副主席韩正和越南国家副主席举行视频会晤。", "CHN", "VNM"),
    ("5月19日，美国国务卿布林肯在华盛顿会见日本外相。", "USA", "JPN"),
    # the partner heads a long attributive phrase after 同
    ("5月18日，国家主席习近平在人民大会堂同正在中国进行国事访问的巴西总统卢拉举行会谈。", "CHN", "BRA"),
    ("3月2日，国务院总理李强在北京与前来出席博鳌亚洲论坛年会的新加坡总理黄循财举行会谈。", "CHN", "SGP"),
])
def test_meeting_frames(text, a, b):
    evs = find(events(text), "CONSULT")
    assert evs, text
    assert pair(evs[0]) == {a, b}


def test_visit_has_visitor_as_actor():
    evs = find(events("应印度尼西亚总统的邀请，李强总理19日抵达雅加达，对印度尼西亚进行正式访问。"), "CONSULT")
    assert evs and evs[0]["actor"]["country"] == "CHN" and evs[0]["recipient"]["country"] == "IDN"
    assert evs[0]["mode"] == "visit"
    assert evs[0]["initiator"] == "recipient"


@pytest.mark.parametrize("text,initiator", [
    ("国家主席习近平5月19日应约与美国总统拜登通电话。", "recipient"),
    ("5月19日，国务院总理李强应邀同新加坡总理举行视频会晤。", "recipient"),
    ("5月19日，国家主席习近平同南非总统拉马福萨通电话。", None),
])
def test_ying_yue_marks_the_other_side_as_initiator(text, initiator):
    evs = find(events(text), "CONSULT")
    assert evs and evs[0]["initiator"] == initiator


def test_visits_to_china_with_coordinated_visitors_are_one_event():
    evs = find(events("今年以来，英国外交大臣、法国外长相继访华。"), "CONSULT")
    assert {e["actor"]["country"] for e in evs} == {"GBR", "FRA"}
    assert all(e["recipient"]["country"] == "CHN" for e in evs)


# --- refusals, passives, cancellations ------------------------------------------------
def test_request_refused_in_the_passive():
    evs = events("据悉，美方上月提出让两国防长在地区安全论坛期间会面的请求，被中方拒绝。")
    req = find(evs, "REQUEST", "USA", "CHN")
    rej = find(evs, "REJECT", "CHN", "USA")
    assert req and rej
    assert rej[0]["mode"] == "meet"
    assert rej[0]["mechanism"] == "CHN-USA/defense_ministers"


def test_countermeasure_list_gives_one_event_per_channel():
    text = ("2022年8月5日，外交部宣布对美采取反制措施。"
            "一是取消中美国防部工作会晤；二是取消两军战区领导通话；三是取消海上军事安全磋商机制会议；"
            "四是暂停两国气候变化商谈。")
    evs = events(text, "2022-08-06")
    mechs = {e["mechanism"] for e in evs if e["event_type"] in ("REJECT", "SANCTION")}
    assert {"CHN-USA/theater_commander_talks", "CHN-USA/defense_policy_coordination_talks", "CHN-USA/mmca",
            "CHN-USA/climate_talks"} <= mechs
    # the talks named as objects of 取消 are not meetings that happened
    assert not find(evs, "CONSULT")
    for e in evs:
        if e["mechanism"]:
            assert e["actor"]["country"] == "CHN" and e["recipient"]["country"] == "USA"
            assert e["date"].startswith("2022-08")


def test_a_called_off_meeting_is_not_a_meeting():
    evs = events("原定20日在开罗举行的埃及、约旦和巴勒斯坦三方会谈取消。")
    assert not find(evs, "CONSULT")


# --- statements ----------------------------------------------------------------------
def test_statement_predicates_and_demands():
    text = ("外交部发言人20日表示，美方近期一再炒作所谓产能过剩问题，抹黑中国形象。"
            "中方敦促美方停止对中国企业的无理打压。")
    evs = events(text)
    assert find(evs, "ACCUSE", "CHN", "USA")
    assert find(evs, "REQUEST", "CHN", "USA")


def test_one_china_reaffirmed_by_the_guest():
    text = "5月20日，国家主席习近平会见斐济总理。斐济总理表示，斐方坚定奉行一个中国原则。"
    evs = events(text)
    sup = find(evs, "SUPPORT", "FJI", "CHN")
    assert sup and sup[0]["date"] == "2024-05-20"


def test_demand_with_should_needs_its_subject_next_to_it():
    evs = events("国防部新闻发言人表示，菲方应立即停止侵权挑衅行为。")
    assert find(evs, "REQUEST", "CHN", "PHL")


def test_explicit_warning_is_a_threat():
    evs = events("外交部发言人表示，如果美方一意孤行，中方将采取坚决措施予以回应，我们不会坐视不管。")
    assert find(evs, "THREATEN", "CHN", "USA")


def test_expert_opinion_is_not_an_event():
    text = "军事专家李明认为，美国此举意在挑衅，是在打压中国的发展空间。"
    evs = events(text)
    assert not find(evs, "ACCUSE")


def test_list_of_accused_countries():
    text = "中国代表在会上发言表示，美国、英国、澳大利亚等国长期严重侵犯土著人民权利。中方敦促有关国家认真反省自身问题。"
    evs = events(text)
    assert {e["recipient"]["country"] for e in find(evs, "ACCUSE", "CHN")} == {"USA", "GBR", "AUS"}
    assert {e["recipient"]["country"] for e in find(evs, "REQUEST", "CHN")} == {"USA", "GBR", "AUS"}


# --- modality ------------------------------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("韩国外长将于下周访华。", "future"),
    ("两国防长并未举行会晤。", "negated"),
    ("如果双方举行会谈，将有助于缓和局势。", "hypothetical"),
    ("5月19日，中俄两国外长在日内瓦举行会谈。", "asserted"),
])
def test_modality(text, modality):
    evs = [e for e in code_text(text, published="2024-05-20") if e["event_type"] == "CONSULT"]
    if modality == "asserted":
        assert evs and evs[0]["modality"] == "asserted"
    else:
        assert all(e["modality"] == modality for e in evs)


def test_future_attack_is_a_threat():
    evs = events("以色列总理20日表示，以色列将对拉法发起地面进攻。")
    assert find(evs, "THREATEN", "ISR")
    assert not find(evs, "ASSAULT")


# --- material acts -------------------------------------------------------------------
def test_strike_reported_by_a_ministry_gets_month_precision():
    evs = events("俄罗斯国防部19日称，俄军打击了乌军的弹药库和指挥所。")
    a = find(evs, "ASSAULT", "RUS", "UKR")
    assert a and a[0]["date"] == "2024-05"


def test_aid_sanction_and_transit():
    text = ("美国国防部19日宣布，向乌克兰提供一批价值4亿美元的武器装备。"
            "欧盟19日宣布对俄罗斯实施新一轮制裁。"
            "5月19日，美国1架反潜巡逻机过航台湾海峡。")
    evs = events(text)
    assert find(evs, "AID", "USA", "UKR")[0]["date"] == "2024-05-19"
    assert find(evs, "SANCTION", "EUR", "RUS")
    mob = find(evs, "MOBILIZE", "USA")
    assert mob and mob[0]["mode"] == "weapons" and mob[0]["recipient"] is None


def test_tariffs_imposed_and_lifted():
    text = ("美方19日宣布对中国输美产品加征10%关税。"
            "中方20日宣布，取消对美国商品加征的反制关税。")
    evs = events(text)
    assert find(evs, "SANCTION", "USA", "CHN")
    assert find(evs, "RETREAT", "CHN", "USA")


# --- dates ---------------------------------------------------------------------------
def test_dates_follow_the_narrative():
    text = ("外交部今天（20日）披露，5月19日，中国驻英国大使会见英国外交国务大臣。"
            "会见次日，英国1艘军舰过航台湾海峡。")
    evs = events(text)
    c = find(evs, "CONSULT", "CHN", "GBR")
    assert c and c[0]["date"] == "2024-05-19"
    m = find(evs, "MOBILIZE", "GBR")
    assert m and m[0]["date"] == "2024-05-20"


def test_vague_time_gives_no_date():
    evs = events("美方官员近日访问台湾地区。")
    c = find(evs, "CONSULT", "USA", "TWN")
    assert c and c[0]["date"] is None


# --- evidence ------------------------------------------------------------------------
def test_evidence_points_into_the_text():
    text = "新华社北京5月20日电 5月20日，国家主席习近平在北京会见巴西总统卢拉。"
    evs = events(text)
    assert evs
    for e in evs:
        ev = e["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        assert ev["trigger"] in ev["sentence"]
        assert ev["rule"].startswith(("consult.", "agree.", "support."))
        assert e["actor"]["code"].startswith(e["actor"]["country"])
        assert isinstance(e["goldstein"], float) and 1 <= e["quad_class"] <= 4


def test_trigger_files_are_valid():
    from xinhao.patterns import check_patterns
    from xinhao.pipeline import load_mechanisms

    assert check_patterns((), load_mechanisms()) == []


def test_a_key_given_twice_is_refused(tmp_path):
    from xinhao.patterns import check_patterns

    d = tmp_path / "triggers"
    d.mkdir()
    (d / "mine.yaml").write_text(
        "- id: my.meet\n  type: CONSULT\n  cameo: '040'\n  words: [晤谈]\n  not_after: [中]\n  not_after: [后]\n",
        encoding="utf-8")
    problems = check_patterns((str(tmp_path),))
    assert problems and "duplicate key" in problems[0]


def test_user_trigger_file_extends_the_grammar(tmp_path):
    from xinhao.options import Options
    from xinhao.pipeline import Pipeline

    d = tmp_path / "triggers"
    d.mkdir()
    (d / "mine.yaml").write_text(
        "- id: my.talk\n  type: CONSULT\n  cameo: '040'\n  words: [晤谈]\n  frame: svo\n  symmetric: true\n",
        encoding="utf-8")
    text = "5月19日，国家主席习近平同巴西总统卢拉晤谈。"
    assert not [e for e in Pipeline(Options()).code_text(text, "2024-05-20") if e["event_type"] == "CONSULT"]
    evs = Pipeline(Options(user_dicts=(str(tmp_path),))).code_text(text, "2024-05-20")
    assert [e for e in evs if e["event_type"] == "CONSULT" and "my.talk" in e["evidence"]["rule"]]


# --- one sentence per kind of act, as news items write them -------------------------------
@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("5月19日，外交部副部长召见日本驻华大使，就日方错误言行提出严正交涉。", "ACCUSE", "CHN", "JPN"),
    ("俄罗斯外交部19日宣布，驱逐两名德国外交官。", "SANCTION", "RUS", "DEU"),
    ("伊拉克政府19日宣布召回驻瑞典大使。", "SANCTION", "IRQ", "SWE"),
    ("土耳其19日宣布暂停与以色列的全部贸易往来。", "SANCTION", "TUR", "ISR"),
    ("美国国务院19日宣布，批准向台湾地区出售价值3亿美元的武器装备。", "AID", "USA", "TWN"),
    ("日本政府19日宣布向乌克兰提供5000万美元人道主义援助。", "AID", "JPN", "UKR"),
    ("沙特阿拉伯和伊朗19日宣布恢复外交关系。", "SUPPORT", "SAU", "IRN"),
    ("巴基斯坦总理19日致电伊朗总统，双方就边境安全交换了意见。", "CONSULT", "PAK", "IRN"),
    ("美国和菲律宾19日在南海举行联合军事演习。", "COOPERATE", "USA", "PHL"),
    ("数万名韩国民众19日在首尔举行集会，抗议日本排放核污染水。", "PROTEST", "KOR", "JPN"),
    ("以色列国防军19日对黎巴嫩南部多个真主党目标发动空袭。", "ASSAULT", "ISR", "LBN"),
    ("哈马斯19日释放了3名以色列被扣押人员。", "CONCEDE", "PSE", "ISR"),
    ("北约秘书长19日警告俄罗斯不要进一步升级局势。", "THREATEN", "IGO", "RUS"),
    ("美国总统19日表示，如果俄罗斯入侵乌克兰，美国将实施严厉制裁。", "THREATEN", "USA", "RUS"),
    ("联合国秘书长古特雷斯19日呼吁以色列停止军事行动。", "REQUEST", "UNO", "ISR"),
])
def test_kinds_of_act(text, etype, actor, recipient):
    evs = find(events(text), etype, actor, recipient)
    assert evs, [(e["event_type"], e["actor"]["country"], (e["recipient"] or {}).get("country")) for e in events(text)]


def test_missile_test_is_a_show_of_force_and_a_space_launch_is_nothing():
    assert find(events("朝鲜19日向朝鲜半岛东部海域发射一枚弹道导弹。"), "MOBILIZE", "PRK")
    assert not events("我国19日在文昌航天发射场成功发射一颗通信卫星。")


def test_meeting_word_before_a_country_name_and_during_a_meeting():
    # 致电中国… is a call to China; 会谈中… is the same meeting, not another one
    evs = events("日本首相19日致电中国国务院总理李强，就两国关系交换意见。")
    assert find(evs, "CONSULT", "JPN", "CHN") or find(evs, "CONSULT", "CHN", "JPN")
    evs = events("5月19日，国务院总理李强同新西兰总理会谈。会谈中，双方讨论了经贸合作。会谈气氛友好。")
    assert len(find(evs, "CONSULT")) == 1


def test_time_after_a_coordinated_visitor_covers_both():
    # the time follows the second visitor, but the visit of the first is dated by it too
    evs = events("此前，法国总统马克龙、德国总理朔尔茨上月相继访华。")
    fra = find(evs, "CONSULT", "FRA", "CHN")
    assert fra and fra[0]["date"] == "2024-04"


BRIEFING = """问：据报道，越方船只昨天进入有关海域，中方如何回应？

答：5月19日，越方3艘渔船不顾中方多次警告，企图强行进入有关海域。中国海警依法对越方船只实施驱离。

越方有关说法不符合事实。我们敦促越方立即停止侵权行为。
"""


def test_answer_voice_survives_a_noun_warning():
    evs = briefing_events(BRIEFING, "2024-05-20")
    # 不顾中方多次警告 does not make the Vietnamese side the speaker of the answer
    req = find(evs, "REQUEST", "CHN", "VNM")
    assert req and req[0]["date"] == "2024-05-20"
    assert not find(evs, "REQUEST", "VNM")
    # the dated narration of the incident is not a fresh charge of the spokesperson
    assert not [e for e in find(evs, "ACCUSE", "CHN", "VNM") if e["date"] == "2024-05-19"]


TRANSCRIPT = """问：对此有何评论？

答：3月2日，日方不顾中方多次严正交涉，派遣军舰驶入中国领海。此举严重侵犯中国主权，性质十分恶劣。

我们敦促日方立即纠正错误。中方保留采取进一步措施的权利。

（外交部发言人5日答记者问）
"""


def test_transcript_answers_dated_by_the_closing_note():
    evs = briefing_events(TRANSCRIPT, "2024-03-06")
    req = find(evs, "REQUEST", "CHN", "JPN")
    assert req and req[0]["date"] == "2024-03-05"  # the day of the answer, not of publication
    # 保留采取…的权利: a warning even though the measures are its object
    thr = find(evs, "THREATEN", "CHN", "JPN")
    assert thr and thr[0]["date"] == "2024-03-05"
    # 此举严重侵犯…: the act just told, and its doer, are the target of the charge
    assert find(evs, "ACCUSE", "CHN", "JPN")


@pytest.mark.parametrize("text,etype,a,b", [
    # an exclusion word inside the trigger itself (暂停 in 全面暂停进口) does not block it
    ("海关总署19日发布公告，决定全面暂停进口原产地为新西兰的乳制品。", "SANCTION", "CHN", "NZL"),
    # 对 + quantifier + target + light verb: the target is the recipient, not the subject
    ("英国外交部19日宣布，将对多名伊朗官员实施制裁。", "SANCTION", "GBR", "IRN"),
    # 被认为… is an attribute of the target, not an embedded clause with its own subject
    ("加拿大政府19日宣布，将对被认为参与镇压抗议活动的伊朗官员实施制裁。", "SANCTION", "CAN", "IRN"),
])
def test_sanction_announcements(text, etype, a, b):
    evs = find(events(text), etype, a, b)
    assert evs, text
    assert evs[0]["date"] == "2024-05-19"  # 宣布将…: the announced measure is asserted on its day


def test_reason_clause_is_not_a_new_act():
    text = "鉴于英方近期对多名中国公民实施制裁，中方决定对英国有关机构采取反制措施。"
    evs = [e for e in code_text(text, published="2024-05-20") if e["event_type"] == "SANCTION"]
    assert not find(evs, "SANCTION", "GBR")
    assert find(evs, "SANCTION", "CHN", "GBR")


def test_protest_inside_a_relative_clause_is_no_protest():
    evs = events("德国政府19日宣布，将对参与镇压抗议活动的伊朗官员实施制裁。")
    assert not find(evs, "PROTEST")
    assert find(evs, "SANCTION", "DEU", "IRN")


def test_possessed_act_names_the_target_of_a_charge():
    evs = events("伊朗外交部发言人19日表示，英方的制裁是敌对行为，伊方将作出回应。")
    acc = find(evs, "ACCUSE", "IRN", "GBR")
    assert acc and acc[0]["date"] == "2024-05-19"


def test_joint_rescue_is_cooperation():
    evs = events("19日上午，中国救援队与土耳其救援人员在哈塔伊省一处倒塌的楼房联合开展搜救。")
    c = find(evs, "COOPERATE")
    assert c and pair(c[0]) == {"CHN", "TUR"}


def test_ending_duties_is_a_retreat_toward_the_origin_country():
    evs = events("商务部19日发布公告，鉴于国内产业情况已经发生变化，决定自5月20日起终止对原产于美国的进口相关化工产品征收反倾销税。")
    assert find(evs, "RETREAT", "CHN", "USA")
    assert not find(evs, "SANCTION")


def test_duties_imposed_are_a_sanction():
    evs = events("2019年6月，商务部裁定对原产于日本的进口光纤征收反倾销税，期限5年。")
    s = find(evs, "SANCTION", "CHN", "JPN")
    assert s and s[0]["date"] == "2019-06"


def test_pair_subject_gives_one_agreement_first_named_first():
    evs = events("去年5月，中新双方就通过磋商解决贸易争端达成一致。")
    agr = find(evs, "AGREE")
    assert len(agr) == 1 and agr[0]["actor"]["country"] == "CHN" and agr[0]["recipient"]["country"] == "NZL"


def test_shuo_shi_is_no_speech_verb():
    evs = briefing_events("问：对此有何评论？\n\n答：日方一再拿所谓历史问题说事，是在转移视线。我们要求日方停止错误做法。\n",
                          "2024-05-20")
    # 说事 'make an issue of' does not make Japan the speaker of the answer
    assert find(evs, "REQUEST", "CHN", "JPN")
    assert not find(evs, "REQUEST", "JPN")


def test_side_reporting_an_attack_is_its_target():
    evs = events("乌克兰国防部称，俄军19日向前线一处指挥所发射导弹，造成多人伤亡。")
    a = find(evs, "ASSAULT", "RUS", "UKR")
    assert a and a[0]["date"] == "2024-05-19"
    # the reporter of a sentence before does not lend itself as a target
    evs = events("乌克兰国防部称，局势依然紧张。俄军19日向前线一处指挥所发射导弹。")
    assert not find(evs, "ASSAULT", "RUS", "UKR")


def test_reason_clause_retreat_is_not_a_new_act():
    evs = events("鉴于日方撤销了有关对华出口管制措施，中方相应调整有关反制措施。")
    assert not find(evs, "RETREAT", "JPN")


def test_a_statement_of_what_a_body_is_not_is_no_charge():
    evs = events("外交部发言人19日表示，安理会不是搞对抗施压的地方，各国应通过对话增进互信。")
    assert not find(evs, "ACCUSE")


def test_coalition_led_by_a_state_attacks():
    evs = events("2019年5月，以沙特为首的联军出动战机空袭胡塞武装据点。")
    a = find(evs, "ASSAULT", "SAU", "YEM")
    assert a and a[0]["date"] == "2019-05"


def test_forced_return_is_coercion_and_agentless_passive_takes_the_earlier_subject():
    evs = events("领事司官员12日介绍，近来英方边检人员在希思罗机场对几名中国游客反复盘问，其中两人被强制遣返。")
    c = find(evs, "COERCE", "GBR", "CHN")
    assert c and c[0]["date"] is None  # 近来 dates the doer's clause: no usable date
    assert not find(evs, "CONCEDE")
    # with a named patient and no doer, nobody is coded
    assert not find(events("领事官员表示，三名中国船员被强制遣返。"), "COERCE")


def test_a_gulf_named_after_a_country_is_no_party():
    evs = events("伊朗革命卫队14日在阿曼湾扣押一艘外国油轮。")
    assert not find(evs, "COERCE", "IRN", "OMN")
    evs = events("美国海军一艘驱逐舰20日驶入墨西哥湾。")
    assert not any((e["recipient"] or {}).get("country") == "MEX" for e in evs)


def test_drills_starting_today_are_dated_today():
    evs = events("北部战区今天上午宣布，即日起至26日在台岛东部、南部海空域开展联合演习。此次演习是对“台独”势力的严厉警告。",
                 "2024-05-23")
    m = find(evs, "MOBILIZE", "CHN", "TWN")
    assert m and m[0]["date"] == "2024-05-23"
    t = find(evs, "THREATEN", "CHN", "TWN")
    assert t and not find(evs, "THREATEN", "TWN")  # 对X的警告: X is the one warned


def test_drills_in_the_waters_around_taiwan_island():
    evs = events("6日，东部战区在台岛周边海空域组织实战化演训。", "2022-08-07")
    assert find(evs, "MOBILIZE", "CHN", "TWN")
    evs = events("问：有消息说，演训仍在进行？\n\n答：据我们了解，7日，战区部队继续在台岛周边海空域开展演训。", "2022-08-07")
    assert find(evs, "MOBILIZE", "CHN", "TWN")


def test_reported_charges_of_irresponsibility_and_punishment():
    evs = events("美国国务院发言人3日声称，中方中止两国气候对话是极不负责任的。", "2022-08-04")
    a = find(evs, "ACCUSE", "USA", "CHN")
    assert a and a[0]["date"] == "2022-08-03"
    evs = events("英国外交大臣4日在伦敦称，中方冻结有关交流是在惩罚整个地区。", "2022-08-04")
    assert find(evs, "ACCUSE", "GBR", "CHN")


def test_leaders_agree_their_trade_teams_meet_again():
    evs = events("两国元首9日晚通电话。习近平同美国总统特朗普一致同意，双方经贸团队尽快再举行一轮磋商。", "2025-05-10")
    a = find(evs, "AGREE", "CHN", "USA")
    assert a and a[0]["mechanism"] == "CHN-USA/economic_trade_consultation"
    assert not [e for e in find(evs, "CONSULT") if e["modality"] == "asserted" and e["mechanism"]]


def test_framework_consensus_with_le():
    evs = events("中美双方在斯德哥尔摩举行经贸会谈，并就延长关税暂停期等问题达成了框架共识。", "2025-07-30")
    assert find(evs, "AGREE", "CHN", "USA")


def test_summit_held_somewhere_is_the_subject_across_a_comma():
    evs = events("在加拿大举行的七国集团峰会15日决定，动用冻结资产收益，向乌克兰提供一笔新的贷款。", "2025-06-16")
    a = find(evs, "AID", "IGO", "UKR")
    assert a and a[0]["date"] == "2025-06-15"
    assert not find(evs, "AID", "CAN")


def test_firms_listed_under_a_package_against_a_third_country():
    evs = events("欧盟11日批准第十七轮对俄制裁措施，将若干中国公司列入其中。", "2025-05-12")
    assert find(evs, "SANCTION", "EUR", "RUS") and find(evs, "SANCTION", "EUR", "CHN")
    # a demand to stop listing them is a request, not a sanction
    evs = events("商务部新闻发言人说，中方要求欧方停止将中国公司列入制裁清单。", "2025-05-12")
    assert not find(evs, "SANCTION") and find(evs, "REQUEST", "CHN", "EUR")


def test_opposition_to_a_deployment_names_the_deployer_not_the_host():
    evs = briefing_events("问：美军在日本部署新型导弹一事，中方怎么看？\n\n"
                          "答：美方在日本部署中程导弹，是在加剧阵营对抗，中方坚决反对。\n", "2024-09-20")
    assert find(evs, "ACCUSE", "CHN", "USA") and not find(evs, "ACCUSE", "CHN", "JPN")


def test_same_day_refers_to_the_narrative_day_not_a_day_inside_the_charge():
    evs = events("古巴外交部14日发表声明，指控美国海岸警卫队9日在古巴附近海域拦截一艘货船。同一天，古巴国家主席也发表讲话，"
                 "强烈谴责美国的霸凌做法。", "2025-03-15")
    acc = find(evs, "ACCUSE", "CUB", "USA")
    assert acc and {e["date"] for e in acc} == {"2025-03-14"}


def test_condemning_what_is_aimed_at_a_third_party_does_not_accuse_it():
    evs = events("巴西外长在安理会发言说，巴西谴责针对委内瑞拉的任何军事威胁。", "2025-10-20")
    assert not find(evs, "ACCUSE", "BRA", "VEN")


def test_a_region_urged_to_strengthen_itself_is_no_demand():
    evs = events("西班牙首相接受电视采访时表示，欧洲应增强自身军工能力。", "2025-03-02")
    assert not find(evs, "REQUEST")
    evs = events("西班牙首相表示，美国应立即取消对欧洲钢铁加征的关税。", "2025-03-02")
    assert find(evs, "REQUEST", "ESP", "USA")


def test_otherwise_clause_is_the_speakers_warning():
    evs = events("法国财长10日表示，贸易摩擦只会两败俱伤。他说，华盛顿必须撤回新关税，否则欧盟将对美国采取对等措施。",
                 "2025-04-11")
    t = find(evs, "THREATEN")
    assert [(e["actor"]["country"], e["recipient"]["country"]) for e in t] == [("FRA", "USA")]
    evs = events("外交部发言人12日表示，菲方必须立即停止侵权挑衅，否则由此引发的一切后果由菲方承担。", "2025-04-12")
    assert find(evs, "THREATEN", "CHN", "PHL")


def test_he_continues_the_named_speaker_but_not_an_expert():
    evs = events("英国外交大臣5日表示，局势令人担忧。他强调，俄方应立即停止袭击乌克兰的能源设施。", "2025-01-06")
    assert find(evs, "REQUEST", "GBR", "RUS")
    evs = events("一位欧洲学者5日说，局势令人担忧。他认为，俄方应立即停止袭击乌克兰的能源设施。", "2025-01-06")
    assert not find(evs, "REQUEST")


def test_envoys_each_speaking_for_a_group_all_support():
    evs = events("在人权理事会当天的会议上，巴基斯坦代表伊斯兰合作组织、古巴代表“七十七国集团和中国”、"
                 "埃及代表阿拉伯国家等发言支持中方立场。", "2024-09-25")
    got = {e["actor"]["country"] for e in find(evs, "SUPPORT") if e["recipient"]["country"] == "CHN"}
    assert got == {"PAK", "CUB", "EGY"}
    # a single envoy is still one speaker
    evs = events("世卫组织执委会2日在日内瓦举行会议，中方代表随即发言，批评美方的做法。", "2024-09-03")
    assert find(evs, "ACCUSE", "CHN", "USA") and not find(evs, "ACCUSE", "IGO")


def test_protest_lodged_and_an_undated_background_act():
    evs = events("此前，韩方就中国海警船只在有关海域的活动向中方提出抗议。", "2025-06-10")
    a = find(evs, "ACCUSE", "KOR", "CHN")
    assert a and a[0]["date"] is None  # 此前 opens the sentence: no usable date


def test_export_controls_as_a_topic_of_concern_and_a_suspended_tariff_as_a_noun():
    evs = events("会谈中，欧方敦促中方停止向伊朗出售无人机部件，并就稀土出口管制、市场准入等问题表达关切。", "2025-07-03")
    assert find(evs, "REQUEST", "EUR", "CHN") and not find(evs, "SANCTION")
    evs = events("据介绍，双方交换了意见，并同意推动美方已暂停实施的部分关税以及中方相应反制措施按期展期90天。", "2025-07-30")
    assert not find(evs, "RETREAT", "USA")


def test_he_who_just_spoke_is_the_one_who_calls():
    evs = events("联合国秘书长12日在安理会有关黎巴嫩局势的紧急会议上说，局势正在失控。他呼吁以色列立即停火。", "2024-06-13")
    assert find(evs, "REQUEST", "UNO", "ISR") and not find(evs, "REQUEST", "LBN")


def test_the_subject_speaks_not_the_country_a_meeting_was_about():
    evs = events("联合国秘书长12日在安理会有关黎巴嫩局势的紧急会议上说，以色列必须立即停止空袭。", "2024-06-13")
    assert find(evs, "REQUEST", "UNO", "ISR") and not [e for e in evs if e["actor"]["country"] == "LBN"]
    assert not find(evs, "ASSAULT")  # 停止空袭 is no attack


def test_deputy_envoys_to_the_un_speak_for_their_country():
    evs = events("法国常驻联合国副代表在安理会表示，俄方奉行双重标准。", "2024-11-19")
    assert find(evs, "ACCUSE", "FRA", "RUS") and not find(evs, "ACCUSE", "UNO")


def test_crime_fighting_and_proposals_to_stop_strikes_are_no_attacks():
    evs = events("缅方愿同中方在打击跨境赌博和电信诈骗等领域深化合作。", "2025-02-07")
    assert not find(evs, "ASSAULT")
    evs = events("普京表示，俄方接受美方提出的双方在30天内相互停止打击能源设施的建议。", "2025-03-19")
    assert not find(evs, "ASSAULT")


def test_a_ministry_of_foreign_and_european_affairs_is_no_european_party():
    evs = code_text("应外交部长王毅邀请，斯洛文尼亚外交和欧洲事务部长将于下周对中国进行正式访问。", published="2025-02-14")
    assert find(evs, "CONSULT", "SVN", "CHN")  # an announced visit (future)
    assert not [e for e in evs if "EUR" in (e["actor"]["country"], (e["recipient"] or {}).get("country"))]


def test_a_body_whose_authorisation_is_lacking_is_no_target():
    evs = briefing_events("问：美方宣布新的制裁，中方有何回应？\n\n答：对于没有国际法依据、未经联合国安理会授权的单边制裁，中方一贯坚决反对。\n",
                          "2025-02-14")
    assert not find(evs, "ACCUSE", "CHN", "UNO")


def test_displeasure_aimed_at_the_one_warned_in_the_same_sentence():
    evs = events("美国国务院31日宣布制裁两名香港官员。外交部驻港公署发言人1日表示强烈不满、坚决反对，并警告美方停止干预香港事务。",
                 "2025-04-02")
    acc = find(evs, "ACCUSE", "CHN")
    assert acc and {e["recipient"]["country"] for e in acc} == {"USA"}


def test_drills_in_the_strait_sectors_and_near_the_main_island():
    evs = events("東部戰區今（2）日宣布，在台灣海峽中部、南部海域展開代號「海峽雷霆」的演習。", "2025-04-02")
    assert find(evs, "MOBILIZE", "CHN", "TWN")


def test_a_charge_made_now_against_an_act_told_with_a_vague_time():
    evs = events("近期，美方以各种借口对多国加征关税，中国政府对此强烈谴责。", "2025-04-05")
    acc = find(evs, "ACCUSE", "CHN", "USA")
    assert acc and acc[0]["date"] == "2025-04-05"


def test_dateline_with_reporters_names_leaves_the_subject_in_place():
    art = Article(id="dl", published=datetime.date(2025, 5, 9), outlet="新华社",
                  text="新华社莫斯科5月8日电（记者 张三 李四）国家主席习近平8日下午在克里姆林宫会见来访的白俄罗斯总统卢卡申科。\n")
    evs = [e for e in get_pipeline().code_article(art) if e["modality"] == "asserted"]
    c = find(evs, "CONSULT", "CHN", "BLR")
    assert c and c[0]["date"] == "2025-05-08"


def test_a_background_date_of_another_year_does_not_date_the_storys_same_day():
    evs = events("国家主席习近平6日会见越南国家主席。\n\n两国前年12月签署联合声明，该声明于前年12月13日发布。\n\n"
                 "此前，国务院总理当天上午同越方举行会谈。", "2025-04-07")
    assert {e["date"] for e in find(evs, "CONSULT")} == {"2025-04-06"}  # the talks merge with the meeting's day


def test_wu_alone_is_ukraine_unless_another_wu_country_is_named():
    evs = events("乌克兰外长19日说，俄军当晚就向乌境内发射了上百枚导弹。", "2025-04-20")
    assert find(evs, "ASSAULT", "RUS", "UKR")
    from xinhao.kb import get_kb
    from xinhao.mentions import MentionFinder
    f = MentionFinder(get_kb())
    pair = [m for m in f.find("克宫说，俄乌双方同意停火30天。") if m.kind == "actor" and m.text == "乌"]
    assert pair and pair[0].country == "UKR"
    ug = [m for m in f.find("乌干达总统会见来访客人。乌方表示赞赏。") if m.text == "乌方"]
    assert ug and ug[0].country == "UGA"


def test_accepting_a_proposal_agrees_with_its_author():
    evs = events("据俄总统新闻秘书介绍，普京赞同美方提出的黑海航行安全倡议。", "2025-03-24")
    assert find(evs, "AGREE", "RUS", "USA")
    evs = events("以方官员表示，不接受埃及提出的方案。", "2025-03-24")
    assert not find(evs, "AGREE")


def test_a_prisoner_exchange_releases_both_ways():
    evs = events("外交部发言人表示，俄乌双方25日在土耳其斡旋下各交换了90名战俘。", "2025-05-26")
    assert find(evs, "CONCEDE", "RUS", "UKR") and find(evs, "CONCEDE", "UKR", "RUS")
    assert {e["date"] for e in find(evs, "CONCEDE")} == {"2025-05-25"}
    evs = events("埃及外长宣布，以色列和哈马斯就交换被扣押人员达成协议。", "2025-01-16")
    assert not find(evs, "CONCEDE")


def test_a_staging_area_is_no_deployment():
    evs = events("俄国防部称，俄军打击了乌军在哈尔科夫州的多处兵力集结地。", "2025-03-20")
    assert not find(evs, "MOBILIZE")
    # …but a carrier group entering a sea named 地中海 is still a deployment
    evs = events("美国海军“福特”号航母9日率领舰群进入地中海东部。", "2023-10-10")
    assert find(evs, "MOBILIZE", "USA")


def test_provisional_duties_and_raised_tariffs_are_sanctions():
    evs = events("欧盟委员会12日宣布，对从中国进口的电动自行车征收临时反补贴税。", "2025-06-13")
    assert find(evs, "SANCTION", "EUR", "CHN")
    evs = events("美方14日宣布，对约200亿美元的中国输美商品大幅提高301关税。", "2024-05-15")
    assert find(evs, "SANCTION", "USA", "CHN")
    evs = events("美方14日宣布，将降低对部分中国商品的关税税率。", "2024-05-15")
    assert not find(evs, "SANCTION")


def test_resuming_imports_eases_a_ban():
    evs = events("海关总署28日发布公告，决定自即日起有条件恢复日本部分地区牛肉进口。", "2025-06-29")
    r = find(evs, "RETREAT", "CHN", "JPN")
    assert r and r[0]["date"] == "2025-06-28"
    evs = events("日本政府28日要求中方尽快恢复日本牛肉进口。", "2025-06-29")
    assert not find(evs, "RETREAT") and find(evs, "REQUEST", "JPN", "CHN")


def test_an_overwhelming_response_threatens_each_side_named():
    evs = events("朝中社10日发表评论说，朝方将对美国和韩国的任何军事挑衅作出压倒性回应。", "2025-03-11")
    assert find(evs, "THREATEN", "PRK", "USA") and find(evs, "THREATEN", "PRK", "KOR")


def test_water_cannon_is_coercion():
    evs = events("菲律宾海岸警卫队称，中国海警船11日在仙宾礁附近对菲方公务船使用水炮。", "2024-08-12")
    assert find(evs, "COERCE", "CHN", "PHL")


def test_charges_of_ramming_meddling_and_backing_a_provocateur():
    evs = events("中国海警局发言人8日表示，菲方船只不听劝阻，蓄意冲撞中方执法船。", "2024-08-09")
    assert find(evs, "ACCUSE", "CHN", "PHL")
    evs = events("外交部发言人9日说，美方无权介入中菲之间的海上问题，更不应为菲方撑腰打气。", "2024-08-09")
    assert find(evs, "ACCUSE", "CHN", "USA")
    evs = events("美国国务院发言人8日发表声明，指中方“一再干扰菲方合法的补给行动”。", "2024-08-09")
    assert find(evs, "ACCUSE", "USA", "CHN")


def test_standing_with_an_ally_is_support():
    evs = events("白宫发言人8日说，“美国与我们的盟友日本站在一起”。", "2025-11-09")
    assert find(evs, "SUPPORT", "USA", "JPN") and not find(evs, "SUPPORT", "JPN")


def test_a_partys_investigation_charged_as_protectionism():
    evs = events("商务部新闻发言人5日答记者问时说，澳方不顾中方关切，执意推进有关措施。澳方的调查是典型的保护主义做法。",
                 "2024-08-06")
    assert find(evs, "ACCUSE", "CHN", "AUS")


def test_a_time_inside_the_topic_dates_the_topic_not_the_protest():
    evs = events("本月11日，韩国外交部召见中国驻韩大使，就中国海警船7日、8日在有关海域巡航一事表达“严重关切”。", "2025-06-20")
    a = find(evs, "ACCUSE", "KOR", "CHN")
    assert a and a[0]["date"] == "2025-06-11"


def test_a_spokesperson_answering_by_name_answers_on_the_briefing_day():
    text = ("国防部新闻发言人张晓刚大校3月27日在例行记者会上回答了有关提问。\n\n"
            "记者：美方近日宣布新一轮对台军售，请问中方有何回应？\n\n"
            "张晓刚：美方此举严重违反一个中国原则，中方坚决反对。我们敦促美方立即停止武装台湾。\n\n"
            "记者：中美两军最近有何交流？\n\n"
            "张晓刚：今年2月10日至11日，中美两军在青岛举行海上军事安全磋商机制工作小组会议，双方同意继续保持沟通。\n\n"
            "至于其他安排，美方应停止对华抵近侦察。\n")
    evs = briefing_events(text, "2025-03-28", outlet="国防部网")
    r = find(evs, "REQUEST", "CHN", "USA")
    assert r and {e["date"] for e in r} == {"2025-03-27"}
    c = find(evs, "CONSULT", "CHN", "USA")
    assert c and c[0]["mechanism"] == "CHN-USA/mmca" and c[0]["date"].startswith("2025-02")
    a = find(evs, "AGREE", "CHN", "USA")
    assert a and a[0]["mechanism"] == "CHN-USA/mmca"


def test_a_pairs_own_channel_meets_and_agrees_on_the_day():
    evs = events("中越陆地边界联合委员会第十次会议18日在河内举行。双方积极评价去年5月签署的有关协定的执行情况，同意继续维护边境稳定。",
                 "2025-06-19")
    c = find(evs, "CONSULT", "CHN", "VNM")
    assert c and c[0]["date"] == "2025-06-18"
    a = find(evs, "AGREE", "CHN", "VNM")
    assert a and a[0]["date"] == "2025-06-18"  # not the month of the agreement named in passing
    assert not find(evs, "SUPPORT")  # 签署的有关协定: named in passing


def test_representations_and_a_ban_on_a_countrys_apps():
    evs = events("2021年1月，印度政府宣布禁用30余款中国手机应用程序。中方多次就此提出交涉。", "2025-06-19")
    s = find(evs, "SANCTION")
    assert s and s[0]["recipient"]["country"] == "CHN" and s[0]["date"] == "2021-01"
    assert find(evs, "ACCUSE")


def test_entity_listing_whose_targets_are_told_after_the_clause():
    evs = events("此前，美国商务部于当地时间9月12日发布公告，将30余家实体增列入出口管制“实体清单”，其中20余家为中国实体。",
                 "2025-09-20")
    s = find(evs, "SANCTION", "USA", "CHN")
    assert s and s[0]["date"] == "2025-09-12"
    evs = events("商务部新闻发言人13日表示，美方泛化国家安全概念，滥用出口管制措施，对中国企业实施打压。", "2025-09-14")
    assert not find(evs, "SANCTION")


def test_the_seven_and_the_african_unions_council():
    evs = events("据报道，这份声明称，七国“强烈反对”中国在南海改变现状的企图。", "2025-03-15")
    assert find(evs, "ACCUSE", "IGO", "CHN") and not find(evs, "ACCUSE", "CHN")
    from xinhao.kb import get_kb
    from xinhao.mentions import MentionFinder
    ms = MentionFinder(get_kb()).find("非洲联盟和平与安全理事会22日宣布暂停加蓬参与非盟一切活动。")
    assert not [m for m in ms if m.country == "UNO"]


def test_ignoring_anothers_opposition_is_no_charge_by_the_ignored():
    evs = events("决定指出，美方无视中方坚决反对，执意批准向台湾地区出售武器。", "2024-11-02")
    assert not find(evs, "ACCUSE", "USA", "CHN")


def test_protest_expressed_to_an_envoy_is_a_charge_not_a_demonstration():
    evs = events("波兰外交部同日召见白俄罗斯驻波兰临时代办表达抗议。", "2025-09-11")
    assert find(evs, "ACCUSE", "POL", "BLR") and not find(evs, "PROTEST")


def test_no_plan_to_strike_and_willingness_to_talk_are_no_acts():
    evs = events("俄国防部10日发表声明说，俄方“没有计划打击波兰境内任何目标”，俄方愿就此同波兰国防部进行磋商。", "2025-09-11")
    assert not find(evs, "THREATEN") and not find(evs, "ASSAULT") and not find(evs, "CONSULT")


def test_offensive_weapons_are_no_attack():
    evs = events("美方向菲方出售进攻性武器，只会加剧地区紧张。", "2025-12-10")
    assert not find(evs, "ASSAULT")


def test_agreeing_to_a_proposal_agrees_with_its_author():
    evs = events("马来西亚24日提出停火倡议。泰国总理25日在社交媒体上表示，泰方同意马方提出的立即停火建议。", "2025-07-26")
    assert find(evs, "AGREE", "THA", "MYS")


def test_countermeasures_on_the_firms_a_long_phrase_ends_with():
    evs = events("外交部1日发布决定，对参与此次对台军售的5家美国军工企业及其高级管理人员采取反制措施。", "2024-11-02")
    assert find(evs, "SANCTION", "CHN", "USA") and not find(evs, "SANCTION", "CHN", "TWN")


def test_representations_lodged_with_the_chair():
    evs = events("中方对此强烈不满、坚决反对，已向轮值主席国意大利提出严正交涉。", "2024-04-20")
    assert find(evs, "ACCUSE", "CHN", "ITA") and not find(evs, "ACCUSE", "ITA")


def test_visits_made_one_after_the_other_take_their_own_days():
    evs = events("外交部3日晚发布消息说，中国政府特使1日、2日先后访问埃塞俄比亚和厄立特里亚。", "2025-03-04")
    d = {e["recipient"]["country"]: e["date"] for e in find(evs, "CONSULT")}
    assert d == {"ETH": "2025-03-01", "ERI": "2025-03-02"}


def test_each_listed_subject_owns_the_time_after_the_list():
    evs = events("英国、法国、德国外交部门9日发表联合声明，谴责伊朗的核活动。", "2025-07-10")
    assert {e["date"] for e in find(evs, "ACCUSE")} == {"2025-07-09"}
    assert {e["actor"]["country"] for e in find(evs, "ACCUSE")} == {"GBR", "FRA", "DEU"}


def test_rebuttals_fire_across_a_line_and_closed_borders():
    evs = events("孟加拉国外交部3日发表声明，驳斥缅方指控“毫无根据”。", "2025-05-04")
    assert find(evs, "ACCUSE", "BGD", "MMR")
    evs = events("印度和巴基斯坦关系持续紧张。据印度军方26日发布的消息，巴方军队25日夜间在实际控制线多个地段无端开火，"
                 "印军予以还击。", "2025-04-27")
    assert find(evs, "ASSAULT", "PAK")
    # with no 巴- country named, 巴方军队 is nobody in particular (not Brazil)
    evs = events("据消息，巴方军队25日夜间无端开火。", "2025-04-27")
    assert not [e for e in evs if e["actor"]["country"] == "BRA"]
    evs = events("立陶宛总理8日晚宣布，立陶宛自9日零时起关闭与白俄罗斯之间的全部边境口岸。", "2025-10-10")
    s = find(evs, "SANCTION", "LTU", "BLR")
    assert s and s[0]["date"] == "2025-10-08"  # announced on the 8th, effective the 9th


def test_a_counterattack_takes_the_time_of_the_fire_it_answers():
    # the report is dated the 28th, the firing the 27th: 还击 answers that firing, not the report
    evs = events("据泰国军方28日发布的消息，柬埔寨军队27日晚在两国边境争议地区向泰军哨所开火，泰军予以还击。", "2025-07-29")
    r = find(evs, "ASSAULT", "THA", "KHM")
    assert r and r[0]["date"] == "2025-07-27"
    assert find(evs, "ASSAULT", "KHM", "THA")[0]["date"] == "2025-07-27"


def test_criticising_this_move_names_the_one_who_made_it():
    evs = events("立陶宛宣布关闭与白俄罗斯之间的边境口岸。白俄罗斯外交部次日批评此举毫无道理。", "2025-10-10")
    assert find(evs, "ACCUSE", "BLR", "LTU")


def test_warnings_of_punishment_war_and_a_strong_riposte():
    evs = events("伊朗最高领袖13日发表声明，称以色列犯下罪行，“必将受到严厉惩罚”。", "2025-06-14")
    assert find(evs, "ACCUSE", "IRN", "ISR") and find(evs, "THREATEN", "IRN", "ISR")
    evs = events("朝鲜人民军总参谋部6日警告说，如果韩方胆敢挑衅，朝军将予以强力回击。", "2024-01-07")
    assert find(evs, "THREATEN", "PRK", "KOR")


def test_abrogating_and_suspending_an_agreement_and_staying_away_from_talks():
    evs = events("2018年9月，朝韩签署军事领域协议。去年11月22日，韩方宣布部分暂停该协议效力，朝方次日宣布全面废除这一协议。",
                 "2024-01-08")
    s = find(evs, "SANCTION", "KOR", "PRK")
    r = find(evs, "REJECT", "PRK", "KOR")
    assert s and s[0]["date"] == "2023-11-22" and r and r[0]["date"] == "2023-11-23"
    evs = events("伊朗外交部发言人同日表示，原定15日举行的伊美间接会谈已失去意义，伊方不会出席。", "2025-06-14")
    assert find(evs, "REJECT", "IRN", "USA")


def test_revoking_visas_and_a_regional_bloc_sanctioning_a_member():
    evs = events("美国国务卿28日发表声明，宣称将“积极撤销”部分中国留学生的签证。", "2025-05-29")
    assert find(evs, "SANCTION", "USA", "CHN")
    evs = events("西非国家经济共同体30日召开特别峰会，决定对马里实施制裁。", "2022-01-31")
    assert find(evs, "SANCTION", "IGO", "MLI")


def test_a_letter_then_a_reported_charge_and_staying_away_from_talks_in_a_named_city():
    evs = events("伊朗外交部13日致信联合国安理会，称以方行径是“战争行为”，指责美国为以色列撑腰。", "2025-06-14")
    assert find(evs, "ACCUSE", "IRN", "ISR") and find(evs, "ACCUSE", "IRN", "USA")
    assert not find(evs, "ACCUSE", "ISR")
    evs = events("伊朗总统14日表示，伊方不会出席原定在马斯喀特举行的伊美间接会谈。", "2025-06-15")
    assert find(evs, "REJECT", "IRN", "USA") and not find(evs, "REJECT", "IRN", "DEU")


def test_the_envoy_summoned_is_no_subject_of_the_protest():
    evs = events("泰国外交部12日发表声明，指责柬方越境炮击，并于当天召见柬埔寨驻泰使馆官员表达抗议。", "2025-07-13")
    assert find(evs, "ACCUSE", "THA", "KHM") and not find(evs, "ACCUSE", "KHM")


def test_next_day_after_a_date_weeks_before_publication():
    evs = events("市场监管总局5日发布公告。\n\n9月22日，美方将多家中国实体列入实体清单。\n\n"
                 "商务部新闻发言人次日表示，美方滥用出口管制，中方对此坚决反对。", "2025-11-06")
    a = find(evs, "ACCUSE", "CHN", "USA")
    assert a and a[0]["date"] == "2025-09-23"


def test_this_is_a_provocation_after_a_speaker_names_the_launcher():
    evs = events("朝鲜10日向东部海域发射数枚弹道导弹。日方称，这是严重的挑衅行为。", "2025-03-11")
    assert find(evs, "ACCUSE", "JPN", "PRK")


def test_suspending_a_probe_and_a_listing_eases_them():
    evs = events("市场监管总局5日发布公告称，决定中止对美国芯片企业某公司涉嫌垄断一案的调查。", "2025-11-06")
    assert find(evs, "RETREAT", "CHN", "USA")
    evs = events("美国商务部5日宣布，暂停执行其9月底将20家中国实体列入“实体清单”的决定。", "2025-11-06")
    assert find(evs, "RETREAT", "USA", "CHN") and not find(evs, "SANCTION")


def test_a_proposal_not_accepted_is_refused():
    evs = events("2023年5月底，美方曾提议让两国防长在新加坡见面，中方未予接受。", "2025-09-10")
    r = find(evs, "REJECT", "CHN", "USA")
    assert r and r[0]["date"] == "2023-05"


def test_cochairing_a_dialogue_is_a_meeting():
    evs = events("法国经济部长11日在北京同国务院副总理何立峰共同主持第十次中法高级别经济财金对话。", "2025-01-12")
    c = find(evs, "CONSULT")
    assert c and {c[0]["actor"]["country"], c[0]["recipient"]["country"]} == {"FRA", "CHN"}


def test_drones_entering_airspace_and_a_helping_alliance_is_no_target():
    evs = events("波兰总理10日说，当天凌晨有十余架俄罗斯无人机从白俄罗斯方向进入波兰领空，波兰军方在北约盟友战机协助下击落其中数架。",
                 "2025-09-11")
    assert find(evs, "MOBILIZE", "RUS", "POL")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") == "IGO"]


def test_visitors_one_after_the_other_take_their_own_months():
    evs = events("近两年来，英国外交大臣拉米、财政大臣里夫斯先后于2024年10月和2025年1月访华。", "2025-02-01")
    assert sorted(e["date"] for e in find(evs, "CONSULT", "GBR", "CHN")) == ["2024-10", "2025-01"]


def test_coast_guards_of_both_sides_in_a_traditional_item():
    evs = events("（中央社記者台北3日電）海巡署今天表示，3艘中國海警船今晨駛入金門限制水域，海巡署派艇全程監控。", "2025-02-03")
    assert find(evs, "MOBILIZE", "CHN", "TWN")
    evs = events("海巡署發言人說，中共一再侵擾金門周邊水域，破壞兩岸關係。", "2025-02-03")
    assert find(evs, "ACCUSE", "TWN", "CHN")
    evs = events("這艘漁船上月20日在金門附近海域遭中國海警登檢，船長今天返台。", "2025-02-03")
    s = find(evs, "COERCE", "CHN", "TWN")
    assert s and s[0]["date"] == "2025-01-20"


def test_dropping_a_trade_suit_is_a_retreat_toward_the_other_party():
    # the suit is the object, so the other party comes from the sentence (the pair that settled)
    evs = events("今年2月，中国和加拿大就油菜籽争端达成一致，加方随后撤回了在世贸组织提起的诉讼。", "2025-06-10")
    r = find(evs, "RETREAT", "CAN", "CHN")
    assert r and r[0]["date"] == "2025-02"
    assert not find(evs, "RETREAT", "CHN")


def test_closing_the_others_mission_and_ordering_it_closed_are_sanctions():
    evs = events("俄罗斯外交部5日宣布，关闭德国驻加里宁格勒总领事馆，作为对德方此前要求俄方关闭两个驻德总领事馆的回应。", "2025-06-06")
    s = find(evs, "SANCTION", "RUS", "DEU")
    assert s and s[0]["date"] == "2025-06-05"
    assert find(evs, "SANCTION", "DEU", "RUS")
    evs = events("2020年7月，美方无端要求中方关闭驻休斯敦总领馆。中方随即对等宣布撤销对美国驻成都总领事馆的设立和运行许可。", "2025-01-10")
    assert find(evs, "SANCTION", "USA", "CHN") and not find(evs, "REQUEST", "USA", "CHN")
    assert find(evs, "SANCTION", "CHN", "USA")[0]["date"] == "2020-07"
    # a mission shut for a day on safety grounds is no measure against anyone
    evs = events("美国驻华大使馆3日因安全原因临时关闭。", "2025-01-10")
    assert not find(evs, "SANCTION")


def test_a_question_asked_by_an_outlets_reporter_opens_a_transcript_exchange():
    text = ("发布时间：2025-04-10 19:30\n\n"
            "彭博社记者：据报道，菲律宾海警9日称中方船只在仙宾礁附近危险驾驶。中方对此有何回应？\n\n"
            "林剑：菲方的说法颠倒黑白。我们敦促菲方立即停止侵权挑衅。\n")
    evs = briefing_events(text, "2025-04-10", outlet="外交部网站")
    r = find(evs, "REQUEST", "CHN", "PHL")
    assert r and r[0]["date"] == "2025-04-10"  # answered on the day, not the day the question recalls


def test_responses_announced_for_later_are_threats_to_the_one_named_in_the_condition():
    evs = events("白俄罗斯外交部长12日警告说，如果立陶宛继续关闭边境口岸，白方将作出“对等”回应。", "2025-10-13")
    t = find(evs, "THREATEN", "BLR", "LTU")
    assert t and t[0]["date"] == "2025-10-12"
    evs = events("商务部新闻发言人说，如果欧方执意推进有关调查，中方将依法采取进一步的反制措施。", "2025-03-05")
    assert find(evs, "THREATEN", "CHN")
    assert find(evs, "THREATEN", "CHN")[0]["recipient"]["country"] in ("EUR", "IGO")
    evs = events("美国财政部10日宣布对伊朗多家企业实施制裁。伊朗外交部发言人11日说，美方的做法是非法的，伊朗一定会作出回应。",
                 "2025-03-12")
    t = find(evs, "THREATEN", "IRN", "USA")
    assert t and t[0]["date"] == "2025-03-11"
    evs = events("朝鲜外务省发言人14日说，朝方将采取断然措施，由此引发的一切后果将由美日承担。", "2025-03-15")
    assert find(evs, "THREATEN", "PRK", "USA") and find(evs, "THREATEN", "PRK", "JPN")
    evs = events("以色列常驻联合国代表在会上说，伊朗将承担后果。", "2025-03-05")
    assert find(evs, "THREATEN", "ISR", "IRN")
    # measures for cooperation or convenience are no threat
    for text in ("中方将同东盟国家加强合作，共同采取措施打击跨国犯罪。",
                 "外交部发言人表示，中方将采取措施进一步便利外国人来华。",
                 "俄方表示不会对此作出回应。"):
        assert not find(events(text, "2025-03-05"), "THREATEN"), text


def test_china_is_not_coded_against_its_own_region_in_a_statement_of_principle():
    for text in ("外交部发言人说：“台湾是中国的台湾，台湾事务纯属中国内政，不容任何外部势力干涉。”",
                 "发言人强调，香港是中国的香港，任何外国都无权干涉。"):
        evs = events(text, "2025-02-08")
        assert not [e for e in evs if e["event_type"] in ("ACCUSE", "SUPPORT")], (text, evs)


def test_protecting_nationals_is_no_threat_and_a_drill_spoken_against_is_no_cooperation():
    evs = events("孟加拉国外长表示，孟方将采取一切必要措施保护在孟中国公民和机构的安全。", "2025-03-01")
    assert not find(evs, "THREATEN")
    evs = events("欧盟委员会宣布对中国电动汽车加征关税。商务部新闻发言人表示，中方将采取一切必要措施，坚决维护中国企业的正当合法权益。",
                 "2025-03-01")
    assert find(evs, "THREATEN", "CHN")  # defending one's own firms against a measure still is a warning
    evs = events("日本外务省发言人9日表示，日方对中俄在日本海的联合军演表示严重关切。", "2025-03-10")
    assert not find(evs, "COOPERATE", "JPN") and find(evs, "ACCUSE", "JPN")


def test_a_message_dateline_is_no_speaker():
    evs = events("中新网3月6日消息 日本经济产业省5日宣布，将两家中国企业列入出口管制“最终用户清单”。", "2025-03-06")
    s = find(evs, "SANCTION", "JPN", "CHN")
    assert s and s[0]["date"] == "2025-03-05"


def test_taiwan_usage_country_names_and_the_outlets_own_ministry():
    # 吐瓦鲁 (Tuvalu) and 瓜地马拉 (Guatemala) as a Taiwan outlet writes them; its 外交部 is Taiwan's
    text = "吐瓦魯總理12日宣布，即日起與台灣斷交，轉而承認中華人民共和國。外交部當晚宣布即日起終止與吐瓦魯的外交關係。"
    art = Article(id="tw", text=text, published=datetime.date(2025, 3, 13), outlet="自由時報")
    evs = [e for e in get_pipeline().code_article(art) if e["modality"] == "asserted"]
    assert find(evs, "SANCTION", "TUV", "TWN") and find(evs, "SANCTION", "TWN", "TUV")
    assert find(evs, "SUPPORT", "TUV", "CHN")
    assert not find(evs, "SANCTION", "CHN")
    evs = events("宏都拉斯外交部12日發表聲明，譴責瓜地馬拉軍方越界。", "2025-03-13")
    assert find(evs, "ACCUSE", "HND", "GTM")


def test_an_embassys_staff_after_a_relative_clause_keep_their_country():
    evs = events("捷克外交部5日宣布驱逐两名以外交身份为掩护的俄使馆人员。", "2025-06-06")
    assert find(evs, "SANCTION", "CZE", "RUS") and not find(evs, "SANCTION", "CZE", "CHN")


def test_an_ally_named_in_apposition_is_the_partner():
    evs = events("日本外务省发言人4日称，日方与盟友澳大利亚站在一起。", "2025-11-05")
    s = find(evs, "SUPPORT", "JPN", "AUS")
    assert s and s[0]["date"] == "2025-11-04"


def test_a_commitment_restated_and_a_policy_unchanged_are_support():
    evs = events("英国首相对媒体表示，英国对乌克兰的支持“坚定不移”。", "2025-03-03")
    assert find(evs, "SUPPORT", "GBR", "UKR")
    evs = events("美国国务院发言人说，美国的一个中国政策没有改变。", "2025-03-03")
    assert find(evs, "SUPPORT", "USA", "CHN")
    evs = events("有议员质疑美国对台湾的支持是否坚定不移。", "2025-03-03")
    assert not find(evs, "SUPPORT")


def test_foreign_ministers_named_by_surname_alone():
    evs = events("王毅20日在阿斯塔纳分别会见了努尔特列乌和萨法迪。", "2024-05-21")
    assert find(evs, "CONSULT", "CHN", "KAZ") and find(evs, "CONSULT", "CHN", "JOR")


def test_a_charge_made_in_a_call_keeps_the_calls_day_when_the_charged_act_has_its_own_month():
    text = ("新华社北京3月4日电 外交部发布消息说，外交部长王毅当天应约同日本外务大臣通电话。\n\n"
            "王毅强调，日方上个月批准在西南诸岛部署远程导弹，严重威胁地区和平稳定，中方对此坚决反对。\n")
    evs = events(text, "2025-03-05")
    a = find(evs, "ACCUSE", "CHN", "JPN")
    assert a and {e["date"] for e in a} == {"2025-03-04"}


def test_duties_levied_with_words_between_and_a_year_that_is_a_topic():
    evs = events("加拿大政府去年8月底宣布，对自华进口电动汽车征收为期三年的附加关税。", "2025-06-10")
    s = find(evs, "SANCTION", "CAN", "CHN")
    assert s and s[0]["date"] == "2024-08"
    evs = events("墨西哥宣布终止征收对华钢材反倾销税。", "2025-06-10")
    assert not find(evs, "SANCTION")
    # 今年是…周年 names the year as a topic: it does not date the demand made in the answer
    text = ("记者：日本首相发表涉台错误言论，中方有何回应？\n\n"
            "毛宁：今年是中国人民抗日战争胜利80周年，日方更应深刻反省历史。我们要求日方立即纠正错误。\n")
    evs = briefing_events(text, "2025-11-10")
    r = find(evs, "REQUEST", "CHN", "JPN")
    assert r and {e["date"] for e in r} == {"2025-11-10"}


def test_a_month_opening_a_readouts_sentence_dates_the_others_act_not_the_reply():
    text = ("新华社北京2月4日电 国家主席习近平当晚应约同法国总统通电话。\n\n"
            "习近平强调，去年12月，法方允许台湾地区领导人过境，中方对此坚决反对。\n")
    evs = events(text, "2026-02-05")
    a = find(evs, "ACCUSE", "CHN", "FRA")
    assert a and {e["date"] for e in a} == {"2026-02-04"}


def test_a_veto_answers_the_states_that_drafted_the_text():
    text = ("新华社联合国3月12日电 联合国安理会12日就日本和韩国共同起草的朝鲜问题决议草案进行表决。"
            "由于常任理事国俄罗斯投下反对票，草案未获通过。")
    evs = events(text, "2025-03-13")
    assert find(evs, "REJECT", "RUS", "JPN") and find(evs, "REJECT", "RUS", "KOR")
    assert {e["date"] for e in find(evs, "REJECT", "RUS")} == {"2025-03-12"}


def test_a_clause_opening_with_since_dates_the_acts_that_follow():
    evs = events("自今年8月起，美国以打击贩毒为由，陆续向加勒比海南部派遣多艘军舰。", "2025-10-20")
    m = find(evs, "MOBILIZE", "USA")
    assert m and m[0]["date"] == "2025-08"


def test_a_day_word_and_also_are_no_pair_and_concern_at_a_situation_accuses_nobody():
    evs = events("东盟秘书长近日也发表声明，对缅甸若开邦局势表示严重关切，呼吁缅甸和孟加拉国保持克制。", "2025-12-17")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") in ("JPN", "YEM")]
    assert not find(evs, "ACCUSE")
    assert find(evs, "REQUEST", None, "MMR")


def test_sanctions_called_for_thanked_or_refused_are_not_imposed_by_the_speaker():
    for text in ("泽连斯基20日对欧盟通过新一轮制裁表示感谢，呼吁欧盟尽快对俄罗斯石油实施全面禁运。",
                 "斯洛伐克总理本月初表示，斯方不会同意任何新的对俄制裁措施。"):
        evs = events(text, "2026-03-21")
        assert not [e for e in find(evs, "SANCTION") if e["actor"]["country"] in ("UKR", "SVK")], text


def test_a_veto_spoken_of_is_not_cast_again_and_a_transitional_authority_keeps_its_country():
    evs = events("英国常驻联合国代表谴责俄方否决草案，称这是不负责任的行为。", "2025-03-13")
    assert not find(evs, "REJECT")
    evs = events("俄罗斯代表指责法国企图把制裁当作向马里过渡当局施压的工具。", "2025-03-13")
    assert find(evs, "ACCUSE", "RUS", "FRA") and not find(evs, "ACCUSE", "RUS", "CHN")


def test_listing_independence_diehards_is_announced_on_the_day_and_warned_of():
    text = ("国务院台办发言人陈斌华7日表示，台湾地区“内政部长”刘世芳顽固坚持“台独”立场。"
            "我们决定将刘世芳列入“台独”顽固分子清单，依法实施惩戒。对甘当“台独”打手的人，我们绝不手软。")
    evs = events(text, "2026-01-08")
    s = find(evs, "SANCTION", "CHN", "TWN")
    assert s and s[0]["date"] == "2026-01-07"  # the speaker's own side decides: the day, not the month
    assert find(evs, "THREATEN", "CHN", "TWN")


def test_a_list_of_measures_and_a_sale_to_a_short_named_party():
    evs = events("英国政府当天将两家伊朗企业列入制裁名单。", "2026-03-21")
    assert find(evs, "SANCTION", "GBR", "IRN")
    evs = events("英国政府当天将两家企业移出制裁名单。", "2026-03-21")
    assert not find(evs, "SANCTION")
    evs = events("美国政府上月宣布对台出售一批武器装备。", "2026-01-07")
    assert find(evs, "AID", "USA", "TWN")


def test_and_then_continues_the_speakers_own_predicate():
    evs = events("日本外务省发言人表示，中国海警船进入钓鱼岛海域，并要求中方立即离开。", "2025-03-30")
    assert find(evs, "REQUEST", "JPN", "CHN")
    evs = events("美国国务院发言人曾声称，台湾地区领导人过境美国是例行安排，并敦促北京不要升级军事活动。", "2025-03-30")
    assert find(evs, "REQUEST", "USA", "CHN") and not find(evs, "REQUEST", "TWN")


def test_a_message_is_no_call_and_participants_join_the_call_already_told():
    evs = events("12月15日，国家主席习近平致电卡斯特，祝贺他当选智利共和国总统。", "2025-12-15")
    assert not find(evs, "CONSULT")
    text = ("国家主席习近平4日晚应约同美国总统通电话。习近平欢迎对方4月访华。\n\n王毅、蔡奇参加上述通话。\n")
    evs = events(text, "2026-02-05")
    assert {e["date"] for e in find(evs, "CONSULT", "CHN", "USA") if e["modality"] == "asserted"} == {"2026-02-04"}


def test_a_question_named_with_a_partner_word_is_a_topic():
    evs = events("中国政府特使9日至12日先后访问埃及、约旦和阿曼，围绕地区安全、难民安置和巴勒斯坦问题同三国官员深入交换意见。",
                 "2025-03-13")
    assert find(evs, "CONSULT", "CHN", "OMN")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") == "PSE"]


def test_refusals_of_talks_baseless_claims_and_a_joint_drill_of_a_pair():
    evs = events("委内瑞拉总统12日发表讲话说，委方无意同美方改善关系，也不会与美方坐下来谈判。", "2025-10-13")
    assert find(evs, "REJECT", "VEN", "USA")
    evs = events("伊朗外交部发言人6日回应说，英方的指控毫无根据、荒唐可笑。", "2025-10-07")
    assert find(evs, "ACCUSE", "IRN", "GBR")
    evs = events("俄罗斯外交部18日谴责美日联演是挑衅行为。", "2025-10-19")
    assert find(evs, "ACCUSE", "RUS", "USA") and find(evs, "ACCUSE", "RUS", "JPN")


def test_each_side_releasing_an_envoy_declared_unwelcome_and_help_in_defence():
    evs = events("本月3日，亚美尼亚和阿塞拜疆双方在美国斡旋下各释放了10名被扣押人员。", "2025-10-20")
    assert find(evs, "CONCEDE", "ARM", "AZE") and find(evs, "CONCEDE", "AZE", "ARM")
    evs = events("立陶宛外交部2日宣布将两名白俄罗斯外交官列为“不受欢迎的人”。", "2025-10-03")
    assert find(evs, "SANCTION", "LTU", "BLR")
    evs = events("英军战机当晚击落多架无人机，协助约旦防空。", "2025-10-03")
    assert find(evs, "AID", "GBR", "JOR")


def test_each_member_of_a_list_joined_by_and_owns_the_time_after_it():
    evs = events("马里、布基纳法索和尼日尔6日晚发表联合公报，宣布召回三国驻阿尔及利亚大使。", "2025-04-14")
    assert {e["actor"]["country"]: e["date"] for e in find(evs, "SANCTION")} == {
        "MLI": "2025-04-06", "BFA": "2025-04-06", "NER": "2025-04-06"}


def test_support_stated_for_a_named_party():
    evs = events("当地时间3日，英国首相和法国总统发表联合声明，重申坚定支持乌克兰的主权和领土完整。", "2025-12-04")
    assert find(evs, "SUPPORT", "GBR", "UKR") and find(evs, "SUPPORT", "FRA", "UKR")
    evs = events("该国议员呼吁政府坚定支持乌克兰。", "2025-12-04")
    assert not find(evs, "SUPPORT")


def test_a_sea_named_after_a_country_is_no_doer_of_later_acts():
    text = ("当地时间11月17日上午，完成亚丁湾、索马里海域护航任务的中国海军第48批护航编队抵达坦桑尼亚达累斯萨拉姆港。"
            "这是中国海军舰艇编队近年来第三次访问坦桑尼亚。")
    evs = events(text, "2025-11-21")
    assert not [e for e in evs if e["actor"]["country"] == "SOM"]


def test_the_one_put_on_a_list_not_the_target_of_the_package():
    evs = events("今年7月，欧方在第十八轮对俄制裁中就已将两家中国地方银行列入制裁名单。", "2025-10-24")
    assert find(evs, "SANCTION", "EUR", "CHN")


def test_statements_after_the_later_of_two_meetings_take_its_day():
    text = ("去年11月4日至7日，澳大利亚总理访华。国家主席习近平6日会见了他；次日，国务院总理李强同他举行年度会晤。"
            "会晤后两国发表联合声明，同意恢复多个对话机制。")
    evs = events(text, "2024-05-08")
    s = find(evs, "SUPPORT", "CHN", "AUS") + find(evs, "SUPPORT", "AUS", "CHN")
    assert s and {e["date"] for e in s} == {"2023-11-07"}


def test_an_answer_announcing_a_measure_and_a_warning_that_names_its_price():
    text = ("记者：美方宣布对多名中国官员实施签证限制，中方有何回应？\n\n"
            "林剑：针对美方的错误做法，中方决定，对在涉港问题上表现恶劣的美国官员采取相应的签证限制措施。\n")
    evs = briefing_events(text, "2026-04-14")
    s = find(evs, "SANCTION", "CHN", "USA")
    assert s and s[0]["date"] == "2026-04-14"
    evs = events("国务院台办发言人23日说，我们也正告赖清德，如果执意挑衅，必将遭到坚决惩治。", "2025-07-24")
    assert find(evs, "THREATEN", "CHN", "TWN")


def test_what_someone_is_urged_to_do_is_not_done():
    evs = events("泽连斯基敦促美国加快交付防空系统，同时对俄罗斯能源出口实施更严厉的制裁。", "2025-12-07")
    assert not [e for e in evs if e["event_type"] in ("AID", "SANCTION") and e["modality"] == "asserted"]
    assert find(evs, "REQUEST", "UKR", "USA")


def test_an_effective_date_after_an_announcement_does_not_date_the_measure():
    evs = events("国务院关税税则委员会5日发布公告，自3月12日起，对原产于加拿大的部分商品加征关税。", "2025-03-06")
    s = find(evs, "SANCTION", "CHN", "CAN")
    assert s and s[0]["date"] == "2025-03-05"


def test_missions_withdrawn_pauses_extended_and_imports_banned():
    evs = events("俄罗斯外交部26日宣布，撤回对波兰驻伊尔库茨克总领事馆的设立许可。", "2025-11-27")
    assert find(evs, "SANCTION", "RUS", "POL")
    evs = events("冯德莱恩13日表示，欧盟将把原定14日到期的对美反制措施暂停期延长至8月初。", "2025-07-14")
    r = find(evs, "RETREAT", "EUR", "USA")
    assert r and r[0]["date"].startswith("2025-07") and r[0]["date"] != "2025-07-14"
    evs = events("海关总署11日发布公告，自即日起禁止直接或间接从德国输入偶蹄动物及其相关产品。", "2025-01-12")
    s = find(evs, "SANCTION", "CHN", "DEU")
    assert s and s[0]["date"] == "2025-01-11"


def test_a_tracked_transit_a_watch_kept_and_a_venue_are_no_acts_of_their_own():
    evs = events("蒋斌：中国人民解放军东部战区组织海空兵力，对加舰过航全程跟踪监视、警戒，一切尽在掌握。", "2025-06-26")
    assert not find(evs, "MOBILIZE", "CAN")
    evs = events("國防部今天表示，已成立應變中心，派遣適切兵力嚴密監控並應處。", "2025-04-01")
    assert not find(evs, "MOBILIZE")
    evs = events("这是继5月日内瓦会谈、6月伦敦会谈之后，中美经贸团队今年的第三轮面对面会谈。", "2025-08-12")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") == "GBR"]


def test_representations_about_someones_remarks_are_made_by_the_one_who_makes_them():
    evs = events("中国驻日本大使8日约见日本外务省事务次官，就高市早苗有关言论提出严正交涉。", "2025-11-09")
    assert find(evs, "ACCUSE", "CHN", "JPN") and not find(evs, "ACCUSE", "JPN")


def test_blame_a_so_called_sanction_and_a_dropped_formula_are_no_requests_or_acts():
    evs = briefing_events("记者：你对局势有何评论？\n\n毛宁：造成当前局面的是菲方，菲方应当为此承担全部责任。\n", "2025-03-05")
    assert not find(evs, "REQUEST")
    evs = events("该议员还鼓噪美国政府对香港特区官员实施所谓“制裁”。", "2025-03-05")
    assert not find(evs, "SANCTION")
    evs = events("七国集团外长14日发表联合声明，声明删去了以往“不支持台湾独立”的表述。", "2025-03-15")
    assert not find(evs, "SUPPORT", None, "CHN")
    evs = events("外交部发言人8日在回应日菲签署协定一事时表示，防务合作不应针对第三方。", "2024-07-09")
    assert not find(evs, "SUPPORT", "JPN")


def test_a_veto_of_the_councils_draft_answers_its_drafters_and_a_bare_party_name_is_nobodys():
    text = "联合国安理会20日就阿尔及利亚起草的加沙局势决议草案进行表决。美国否决了安理会这一决议草案。"
    evs = events(text, "2024-02-21")
    assert find(evs, "REJECT", "USA", "DZA") and not find(evs, "REJECT", "USA", "UNO")
    evs = events("反对党领袖则批评工党政府对北京态度过于软弱。", "2024-05-08")
    assert not find(evs, "ACCUSE", None, "GBR")


def test_a_partys_government_criticised_by_a_foreign_politician_is_his_own():
    evs = events("加拿大保守党领袖博励治12日批评自由党政府处理移民问题不力。", "2025-03-13")
    assert not find(evs, "ACCUSE", "CAN", "CHN")


def test_a_three_way_summit_gives_one_meeting_per_pair_and_a_partner_of_the_speakers_side():
    evs = events("7日，埃及总统、法国总统和约旦国王在开罗举行三方峰会。", "2025-04-08")
    pairs = {frozenset((e["actor"]["country"], e["recipient"]["country"])) for e in find(evs, "CONSULT")}
    assert pairs == {frozenset(("EGY", "FRA")), frozenset(("EGY", "JOR")), frozenset(("FRA", "JOR"))}
    evs = events("欧盟外交与安全政策高级代表卡拉斯同日发表声明，表示欧盟与捷克站在一起。", "2025-05-29")
    assert find(evs, "SUPPORT", "EUR", "CZE")


def test_a_verdict_on_the_others_act_accuses_and_terms_found_unacceptable_are_refused():
    evs = events("菲律宾国防部13日发表声明，称中国海警船只的这一行为“不安全、不专业”。", "2025-02-14")
    assert find(evs, "ACCUSE", "PHL", "CHN")
    evs = events("欧盟委员会发言人4日表示，中方的决定不公正、不合理。", "2025-07-05")
    assert find(evs, "ACCUSE", "EUR", "CHN")
    evs = events("伊朗外长2日说，美方方案里有些条款伊方可以接受，另一些则无法接受。", "2025-12-03")
    assert find(evs, "REJECT", "IRN", "USA") and not find(evs, "ACCUSE")


def test_a_countrys_consulate_named_by_its_initial_and_duties_on_a_countrys_goods():
    evs = events("去年10月，立陶宛关闭了俄驻克莱佩达总领馆。", "2025-09-05")
    assert find(evs, "SANCTION", "LTU", "RUS")
    evs = events("今年4月2日，美方又以所谓“对等关税”为名，对印度商品额外加征25%的关税。", "2025-09-05")
    s = find(evs, "SANCTION", "USA", "IND")
    assert s and s[0]["date"] == "2025-04-02"


def test_theater_commanders_named_alone_reopen_their_channel():
    evs = events("2024年9月9日，吴亚男与帕帕罗进行视频通话，这一渠道时隔两年多得以重启。", "2025-09-05")
    c = find(evs, "CONSULT", "CHN", "USA")
    assert c and c[0]["mechanism"] == "CHN-USA/theater_commander_talks" and c[0]["date"] == "2024-09-09"


def test_responses_promised_without_a_condition_still_warn_but_positive_ones_do_not():
    evs = events("欧盟宣布对俄新一轮制裁。俄外交部发言人20日说，俄方将作出“有针对性的”回应。", "2026-03-21")
    assert find(evs, "THREATEN", "RUS", "EUR")
    evs = events("美方提出新的谈判建议。伊朗外交部发言人20日说，伊方将作出“积极”回应。", "2026-03-21")
    assert not find(evs, "THREATEN")
    evs = events("巴基斯坦对印度发动空袭。印度军方10日说，印军已接到指示，对巴方任何再次违反停火的行为予以强有力的应对。", "2025-05-11")
    assert find(evs, "THREATEN", "IND", "PAK")


def test_nobody_urges_himself_the_speaker_does():
    evs = events("中国驻菲律宾大使指出，菲方言论性质恶劣，要求菲方切实恪守有关承诺。", "2025-11-10")
    assert find(evs, "REQUEST", "CHN", "PHL") and not find(evs, "REQUEST", "PHL")


def test_a_summons_with_a_note_handed_over_is_a_protest():
    evs = events("立陶宛外交部5日召见白俄罗斯驻立陶宛临时代办，向其递交了照会。", "2025-11-06")
    a = find(evs, "ACCUSE", "LTU", "BLR")
    assert a and a[0]["date"] == "2025-11-05"


def test_imports_resumed_that_meet_requirements_and_an_aid_package_announced():
    evs = events("海关总署20日发布公告称，自即日起恢复符合要求的新西兰冰鲜牛肉输华。", "2025-12-21")
    r = find(evs, "RETREAT", "CHN", "NZL")
    assert r and r[0]["date"] == "2025-12-20"
    evs = events("德国总理同日宣布一笔5亿欧元的对乌克兰军事援助。", "2025-12-21")
    assert find(evs, "AID", "DEU", "UKR")
    evs = events("德国议员呼吁政府宣布新的对乌克兰援助。", "2025-12-21")
    assert not find(evs, "AID")


def test_destroying_a_vessel_is_an_attack():
    evs = events("美国防长17日称，美军当天在加勒比海击毁一艘与委内瑞拉有关联的船只。", "2025-10-20")
    a = find(evs, "ASSAULT", "USA", "VEN")
    assert a and a[0]["date"] == "2025-10-17"


def test_a_paragraph_opening_with_meeting_someone_is_about_that_meeting():
    text = ("王毅20日在阿斯塔纳分别会见了哈萨克斯坦外长和吉尔吉斯斯坦外长库卢巴耶夫。\n\n"
            "会见库卢巴耶夫时，双方同意加快推进中吉乌铁路项目前期工作。\n")
    evs = events(text, "2024-05-21")
    assert find(evs, "AGREE", "CHN", "KGZ") and not find(evs, "AGREE", "CHN", "KAZ")


def test_what_someone_says_after_the_meeting_takes_the_meetings_day():
    text = ("当地时间4月5日，蔡英文在加利福尼亚州同麦卡锡会面。6日，国务院台办发言人表示强烈谴责。"
            "麦卡锡会后对媒体声称，美国对台湾的支持坚定不移。")
    evs = events(text, "2023-04-08")
    s = find(evs, "SUPPORT", "USA", "TWN")
    assert s and s[0]["date"] == "2023-04-05"


def test_ordering_civilians_out_of_a_place_is_coercion():
    evs = events("以军2日要求黎巴嫩南部20多个村庄的居民立即撤离。", "2024-10-03")
    c = find(evs, "COERCE", "ISR", "LBN")
    assert c and c[0]["date"] == "2024-10-02"
    evs = events("联合国秘书长呼吁各方保护平民，要求居民不要撤离。", "2024-10-03")
    assert not find(evs, "COERCE")


def test_consequences_laid_on_the_one_named_after_you():
    evs = events("伊朗外交部发言人12日警告说，伊方将采取“相应的反制措施”，由此造成的一切后果应由以色列及其支持者负责。", "2025-01-13")
    t = find(evs, "THREATEN", "IRN", "ISR")
    assert t and t[0]["date"] == "2025-01-12"


def test_representations_on_an_arms_sale_to_taiwan_go_to_the_seller():
    evs = events("外交部发言人18日表示，中方已就对台军售向美方提出严正交涉。", "2025-12-19")
    assert find(evs, "ACCUSE", "CHN", "USA") and not find(evs, "ACCUSE", "CHN", "TWN")


def test_both_members_of_a_pair_carry_out_the_strike():
    evs = events("当地时间22日凌晨，美英两国战机对也门胡塞武装控制的多处目标实施打击。", "2024-02-23")
    assert find(evs, "ASSAULT", "USA", "YEM") and find(evs, "ASSAULT", "GBR", "YEM")


def test_a_compound_of_three_acts_three_times_and_a_drill_is_each_pairs():
    evs = events("美英法三国军队14日凌晨对叙利亚境内多处目标实施打击。", "2024-04-15")
    assert {e["actor"]["code"] for e in find(evs, "ASSAULT")} == {"USA", "GBR", "FRA"}
    evs = events("日美韩三国海上力量本月16日在日本海举行了导弹防御联合训练。", "2023-07-20")
    pairs = {frozenset((e["actor"]["country"], e["recipient"]["country"])) for e in find(evs, "COOPERATE")}
    assert pairs == {frozenset(p) for p in (("JPN", "USA"), ("JPN", "KOR"), ("USA", "KOR"))}
    assert {e["date"] for e in find(evs, "COOPERATE")} == {"2023-07-16"}


def test_a_time_after_the_pairs_own_forces_dates_their_drill():
    # (两国空军: the forces of the two named, not home's air force acting on its own day)
    evs = events("韩美两国空军4日在黄海上空进行联合训练。", "2024-01-06")
    c = find(evs, "COOPERATE", "KOR", "USA")
    assert c and c[0]["date"] == "2024-01-04"


def test_an_arms_sale_named_as_a_noun_and_a_month_that_opens_the_sellers_clause():
    text = ("新华社北京1月15日电 外交部长王毅当天应约与美国国务卿通电话。\n\n"
            "王毅指出，上个月美方宣布了一笔数额庞大的对台军售，中方对此坚决反对。\n")
    evs = events(text, "2026-01-16")
    a = find(evs, "AID", "USA", "TWN")
    assert a and a[0]["date"] == "2025-12"
    c = find(evs, "ACCUSE", "CHN", "USA")
    assert c and {e["date"] for e in c} == {"2026-01-15"}


def test_a_balloon_shot_down_is_property_destroyed_and_将其_disposes_of_it():
    text = "去年2月初，一个中国高空气球飘入美国领空，美军2月4日出动F-22战机，在南卡罗来纳州外海将其击落。"
    evs = events(text, "2024-01-02")
    c = find(evs, "COERCE", "USA", "CHN")
    assert c and c[0]["date"] == "2023-02-04" and c[0]["modality"] == "asserted"
    assert not find(evs, "THREATEN") and not find(evs, "ASSAULT")
    # a drone downed in a war stays an attack
    assert find(events("俄军5日击落乌军两架无人机。", "2023-02-06"), "ASSAULT", "RUS", "UKR")


def test_a_protest_lodged_or_expressed_is_no_demonstration():
    evs = events("日本外务省当天召见中国驻日本大使馆临时代办，提出严重抗议。", "2024-08-27")
    assert find(evs, "ACCUSE", "JPN", "CHN") and not find(evs, "PROTEST")
    assert not find(events("中国外交部发言人当时对美方的做法表示强烈不满和抗议。", "2023-02-05"), "PROTEST")


def test_a_patrol_aircraft_entering_anothers_airspace_is_an_incursion():
    evs = events("俄罗斯海军一架反潜巡逻机23日下午在北海道附近海域上空三次侵犯日本领空。", "2024-09-24")
    m = find(evs, "MOBILIZE", "RUS", "JPN")
    assert m and m[0]["date"] == "2024-09-23"


def test_envoys_ordered_out_or_pulled_from_several_countries():
    evs = events("尼日尔军政府25日宣布，限法国驻尼大使48小时内离境。", "2023-08-26")
    s = find(evs, "SANCTION", "NER", "FRA")
    assert s and s[0]["date"] == "2023-08-25"
    evs = events("委内瑞拉外交部29日宣布，从阿根廷、秘鲁、乌拉圭等7个拉美国家撤回全部外交人员。", "2024-07-30")
    assert {(e["recipient"] or {}).get("country") for e in find(evs, "SANCTION", "VEN")} == {"ARG", "PER", "URY"}
    # 限制 is no order to leave
    assert not find(events("该国政府25日宣布限制法国驻该国大使馆人员的活动范围。", "2023-08-26"), "SANCTION")


def test_designations_suspensions_announced_deliveries_and_reciprocal_replies():
    evs = events("美国国务院24日宣布将委内瑞拉“太阳集团”列为“外国恐怖组织”。", "2025-11-25")
    assert find(evs, "SANCTION", "USA", "VEN")
    evs = events("西共体12日宣布暂停尼日尔的成员国资格。", "2023-08-13")
    assert find(evs, "SANCTION", "IGO", "NER")
    evs = events("丹麦首相22日宣布，丹方将分批向乌克兰交付19架F-16战斗机。", "2023-08-23")
    a = find(evs, "AID", "DNK", "UKR")
    assert a and a[0]["date"] == "2023-08-22"
    evs = events("俄军连日袭击乌克兰能源设施。泽连斯基15日表示，乌方将以对等方式作出回应。", "2025-10-16")
    t = find(evs, "THREATEN", "UKR", "RUS")
    assert t and t[0]["date"] == "2025-10-15"
    # a designation lifted is no sanction
    assert not find(events("美国国务院24日宣布将该组织从“外国恐怖组织”名单中移出，不再列为恐怖组织。", "2025-11-25"), "SANCTION")


def test_a_numbered_digest_item_starts_a_new_story():
    text = ("本台消息：今天的国际快讯有以下内容。\n\n"
            "**1. 印度与巴基斯坦边境再起冲突**\n\n"
            "巴基斯坦军方12日说，印度军队当天向克什米尔实控线巴方一侧开火。\n\n"
            "**2. 伊朗外长谈核问题**\n\n"
            "伊朗外交部长12日表示，伊方将以对等方式作出回应。\n")
    evs = events(text, "2025-05-13")
    assert find(evs, "ASSAULT", "IND", "PAK")
    # the second item's reply has no party of its own: it does not borrow the first item's
    assert not find(evs, "THREATEN", "IRN", "IND") and not find(evs, "THREATEN", "IRN", "PAK")


def test_a_joint_statement_speaks_for_both_signers_on_the_day_of_the_talks():
    text = ("新华社莫斯科5月8日电 5月8日，国家主席习近平在莫斯科同俄罗斯总统普京举行会谈。\n\n"
            "习近平此次于5月7日至10日对俄罗斯进行国事访问。前一天下午，习近平乘专机抵达莫斯科。\n\n"
            "会谈后，中俄两国元首签署联合声明。声明敦促美方停止在亚太地区部署陆基中程导弹。\n")
    evs = events(text, "2025-05-09")
    for side in ("CHN", "RUS"):
        r = find(evs, "REQUEST", side, "USA")
        assert r and r[0]["date"] == "2025-05-08", side


def test_an_outlet_of_its_own_countrys_press_means_that_country_by_我国():
    text = "我国首相安华昨晚与泰国总理通电话，吁请泰方保持最大克制。"
    evs = briefing_events(text, "2025-11-13", outlet="星洲日报")
    assert find(evs, "CONSULT", "MYS", "THA") and not find(evs, "CONSULT", "CHN")
    # the same words from a mainland outlet keep the configured home
    evs = briefing_events("我国外交部长昨晚与泰国外长通电话。", "2025-11-13", outlet="新华社")
    assert find(evs, "CONSULT", "CHN", "THA")


def test_a_restrictive_rule_suspended_is_a_retreat_not_a_trade_sanction():
    evs = events("商务部9日晚间发布公告，宣布暂停实施去年第46号公告中关于两用物项对美国出口的一项规定。", "2025-11-10")
    assert find(evs, "RETREAT", "CHN", "USA") and not find(evs, "SANCTION")
    # imports halted stay a sanction
    assert find(events("日本政府10日宣布暂停从中国进口水产品。", "2025-11-10"), "SANCTION", "JPN", "CHN")


def test_unilateral_sanctions_imposed_and_exports_banned_to_a_country():
    evs = events("2021年3月，欧方借所谓人权问题，对中方有关个人和实体实施单边制裁。", "2025-04-30")
    s = find(evs, "SANCTION", "EUR", "CHN")
    assert s and s[0]["date"] == "2021-03"
    assert not find(events("中方一贯反对美方对中国企业实施单边制裁。", "2025-04-30"), "SANCTION")
    evs = events("商务部6日发布公告，禁止向日本军事用户出口两用物项。", "2026-01-14")
    assert find(evs, "SANCTION", "CHN", "JPN")


def test_a_measure_named_as_the_topic_of_a_protest_is_no_new_measure():
    text = "日本外务省13日召见中国驻日本大使，就中方禁止向日本军事用户出口两用物项一事提出抗议。"
    evs = events(text, "2026-01-14")
    assert find(evs, "ACCUSE", "JPN", "CHN") and not find(evs, "SANCTION")


def test_lip_service_and_a_so_called_protest_are_no_events():
    text = "国防部发言人表示，美方嘴上说不支持“台独”，手上却一批接一批往台岛运送武器。"
    assert not find(events(text, "2024-06-28"), "SUPPORT")
    text = "外交部发言人表示，对日方所谓“抗议”，中方不予接受，并已向日方提出严正交涉。"
    evs = events(text, "2025-12-26")
    assert not find(evs, "PROTEST") and find(evs, "ACCUSE", "CHN", "JPN")


def test_a_spokesperson_replying_to_an_act_told_in_between_speaks_on_his_own_day():
    text = ("【本报讯】国防部昨日（26日）下午举行例行记者会，新闻发言人蒋斌宣布了两军联训安排。\n\n"
            "菲律宾国防部长特奥多罗前日（25日）在马尼拉声称，中国是地区最大威胁。\n\n"
            "蒋斌回应时说，菲方颠倒黑白，“我们敦促菲方立即停止侵权挑衅。”\n")
    evs = events(text, "2026-02-27")
    r = find(evs, "REQUEST", "CHN", "PHL")
    assert r and r[0]["date"] == "2026-02-26"


def test_a_background_paragraph_does_not_date_the_talks_after_it():
    text = ("新华社北京3月4日电 国家主席习近平3日下午在人民大会堂同来访的智利总统举行会谈。\n\n"
            "智利总统上一次对华进行国事访问是在2018年11月。\n\n"
            "智利总统表示，智方坚定奉行一个中国原则。\n")
    evs = events(text, "2026-03-04")
    s = find(evs, "SUPPORT", "CHL", "CHN")
    assert s and s[0]["date"] == "2026-03-03"


def test_two_ministers_of_one_side_meet_their_counterparts_and_no_china_us_channel_is_invented():
    text = "去年7月8日，日本时任外相上川阳子和防卫相木原稔同菲律宾外长马纳罗、国防部长特奥多罗举行“2+2”会谈。"
    evs = events(text, "2025-09-12")
    c = find(evs, "CONSULT")
    assert c and pair(c[0]) == {"JPN", "PHL"} and c[0]["date"] == "2024-07-08"
    assert not find(evs, "CONSULT", "JPN", "JPN") and all(e["mechanism"] is None for e in evs)


def test_a_briefings_day_written_as_an_attribute_dates_what_the_spokesperson_says_next():
    text = ("日本防卫省8月29日提交了新一年度预算申请，金额再创新高。\n\n"
            "外交部发言人林剑在11日的例行记者会上说，日本一再突破“专守防卫”的承诺。"
            "他说：“我们敦促日方深刻反省侵略历史。”\n")
    evs = events(text, "2025-09-12")
    r = find(evs, "REQUEST", "CHN", "JPN")
    assert r and r[0]["date"] == "2025-09-11"


def test_nouns_and_postponements_are_no_release_and_a_verbal_attack_is_no_strike():
    evs = events("巴西外交部25日说，一架载有88名巴西遣返人员的美国包机前一天晚间抵达马瑙斯。", "2025-01-26")
    assert not find(evs, "CONCEDE")
    evs = events("泰国首相当晚宣布暂停履行和平宣言，原定释放的18名柬军战俘也暂缓移交。", "2025-11-11")
    assert not find(evs, "CONCEDE")
    evs = events("佩洛西19日在讲话中对中国领导人进行攻击。", "2024-06-20")
    assert not find(evs, "ASSAULT")
    evs = events("朝鲜外务省副相6日发表谈话，称朝方将以相应的措施回击美方的制裁施压。", "2025-11-07")
    assert not find(evs, "SANCTION")


def test_a_cancelled_list_of_channels_told_in_an_answer_keeps_its_year():
    text = ("记者：有学者称，中美两军对话渠道“时开时关”。请问您怎么看？\n\n"
            "吴谦：这种说法站不住脚。2022年8月，美方纵容时任众议长窜访中国台湾地区。"
            "中方被迫宣布取消两军战区领导通话、国防部工作会晤和海上军事安全磋商机制会议。\n")
    evs = briefing_events(text, "2026-05-28", outlet="国防部网站")
    rej = find(evs, "REJECT", "CHN", "USA")
    assert {e["mechanism"] for e in rej} == {"CHN-USA/theater_commander_talks",
                                               "CHN-USA/defense_policy_coordination_talks", "CHN-USA/mmca"}
    assert {e["date"] for e in rej} == {"2022-08"}


def test_words_spoken_at_a_dated_occasion_take_its_day():
    text = ("新华社莫斯科3月22日电 国家主席习近平20日抵达莫斯科，当天同普京举行非正式会晤。\n\n"
            "普京在21日的会谈中表示，俄方坚定支持一个中国原则。\n")
    evs = events(text, "2023-03-22")
    s = find(evs, "SUPPORT", "RUS", "CHN")
    assert s and s[0]["date"] == "2023-03-21"


def test_aid_through_an_alliance_goes_to_the_one_helped_and_an_ally_named_after_its_alliance():
    evs = events("美国总统14日在白宫宣布，美方将通过北约盟国向乌克兰提供防空系统等武器。", "2025-07-15")
    assert find(evs, "AID", "USA", "UKR") and not find(evs, "AID", "USA", "IGO")
    evs = events("美国国务院发言人20日表示，美国同北约盟友立陶宛站在一起。", "2022-06-21")
    assert find(evs, "SUPPORT", "USA", "LTU") and not find(evs, "SUPPORT", "USA", "IGO")


def test_a_meeting_referred_back_to_and_sanctions_named_as_a_topic_are_no_new_events():
    text = ("新华社北京3月5日电 王毅4日同来访的英国外交大臣举行会谈。\n\n"
            "双方在会谈中同意保持各层级沟通。会谈结束后，两人共同会见记者。\n")
    evs = events(text, "2025-03-05")
    assert len([e for e in find(evs, "CONSULT")]) == 1
    evs = events("俄外交部发言人20日表示，欧盟的新制裁只会让欧洲自己付出代价。", "2025-10-21")
    assert not find(evs, "SANCTION")
    evs = events("中国外交部今天回应说，美国的制裁无损中方维护主权的决心。", "2025-10-21")
    assert not find(evs, "SANCTION")


def test_displeasure_goes_to_the_one_the_protest_is_lodged_with_and_firms_named_by_a_sale():
    text = "台湾地区领导人近日发表谈话。外交部发言人12日表示，中方对此强烈不满、坚决反对，已向美方提出严正交涉。"
    evs = events(text, "2025-11-13")
    assert find(evs, "ACCUSE", "CHN", "USA")
    evs = events("外交部27日宣布对参与售台武器的7家美国军工企业采取反制措施。", "2024-12-28")
    assert find(evs, "SANCTION", "CHN", "USA") and not find(evs, "AID")


def test_each_cancelled_channel_of_a_countermeasure_list_in_one_clause():
    text = "本月5日，中方宣布取消中美两军战区领导通话、取消中美国防部工作会晤、取消中美海上军事安全磋商机制会议等8项反制措施。"
    evs = events(text, "2022-08-12")
    rej = find(evs, "REJECT", "CHN", "USA")
    assert {e["mechanism"] for e in rej} == {"CHN-USA/theater_commander_talks",
                                               "CHN-USA/defense_policy_coordination_talks", "CHN-USA/mmca"}
    assert not find(evs, "RETREAT")


def test_a_meeting_one_side_will_not_hold_is_a_refusal():
    evs = events("外交部发言人4日说，在这种情况下，王毅外长不会在金边同林芳正外相会面。", "2022-08-04")
    assert find(evs, "REJECT", "CHN", "JPN") and not find(evs, "CONSULT")
    # a promise that something will not change is no refusal
    assert not find(events("外交部发言人4日说，中方同日方会谈的立场不会改变。", "2022-08-04"), "REJECT")


def test_a_visit_put_off_is_a_refusal():
    text = "中方就飞艇事件向美方表明立场。美方3日宣布推迟布林肯国务卿的访华行程。"
    evs = events(text, "2023-02-13")
    r = find(evs, "REJECT", "USA", "CHN")
    assert r and r[0]["date"] == "2023-02-03"


def test_missiles_that_hit_a_port_a_test_named_in_a_charge_and_withdrawn_tariff_concessions():
    evs = events("乌军南方司令部称，俄军向港区发射了4枚巡航导弹，其中2枚击中港口基础设施。", "2022-07-24")
    assert not find(evs, "MOBILIZE")
    evs = events("联合声明谴责朝鲜今年以来接连试射弹道导弹。", "2023-08-19")
    assert not find(evs, "MOBILIZE")
    evs = events("国务院关税税则委员会21日宣布，对原产于台湾地区的12项石化产品中止关税减让。", "2023-12-22")
    assert find(evs, "SANCTION", "CHN", "TWN") and not find(evs, "RETREAT")
    evs = events("会谈中，王文涛对美方对华加征301关税等问题表达了关切。", "2023-08-29")
    assert not find(evs, "SANCTION")


def test_preferential_rates_suspended_for_goods_from_one_place_are_a_sanction():
    text = "国务院关税税则委员会21日宣布，对原产于台湾地区的丙烯等12个税目进口产品，中止适用两岸经济合作框架协议协议税率。"
    evs = events(text, "2023-12-22")
    assert find(evs, "SANCTION", "CHN", "TWN") and not find(evs, "REJECT")


def test_he_in_the_reported_words_is_the_speaker():
    text = "白俄罗斯总统卢卡申科10日说，乌克兰正在筹划对白俄罗斯的攻击，他已同普京商定组建联合地区部队。"
    evs = events(text, "2022-10-11")
    a = find(evs, "AGREE")
    assert a and pair(a[0]) == {"BLR", "RUS"}


def test_further_measures_promised_on_a_condition_are_a_threat():
    text = "国台办发言人27日说，如果民进党当局执意坚持“台独”立场，我们还将采取进一步措施。"
    t = find(events(text, "2023-12-28"), "THREATEN", "CHN", "TWN")
    assert t and t[0]["date"] == "2023-12-27"


def test_three_leaders_meet_pairwise_and_their_statement_speaks_for_each():
    text = ("美国总统拜登、日本首相岸田文雄和韩国总统尹锡悦18日在戴维营举行会晤。会后，三国领导人发表了联合声明。"
            "联合声明谴责朝鲜今年以来接连试射弹道导弹。")
    evs = events(text, "2023-08-19")
    assert {frozenset(pair(e)) for e in find(evs, "CONSULT")} == {frozenset(x) for x in (
        {"USA", "JPN"}, {"USA", "KOR"}, {"JPN", "KOR"})}
    assert {e["actor"]["country"] for e in find(evs, "ACCUSE", recipient="PRK")} == {"USA", "JPN", "KOR"}


def test_two_listed_doers_of_a_strike_are_not_each_others_target():
    evs = events("美国和英国12日对也门胡塞武装控制的多处目标实施空袭。", "2024-01-13")
    assert {(e["actor"]["country"], e["recipient"]["country"]) for e in find(evs, "ASSAULT")} == {("USA", "YEM"), ("GBR", "YEM")}
    # a meeting of the two listed is still a meeting between them
    assert find(events("中国和巴西12日在北京举行会谈。", "2024-01-13"), "CONSULT")


def test_a_spokesperson_who_says_again_is_still_the_speaker():
    text = ("11月24日，习近平应约同特朗普通电话。\n\n"
            "外交部发言人毛宁今天在例行记者会上再次表示，中方维护主权的决心坚如磐石。她敦促美方切实履行承诺。\n")
    evs = events(text, "2026-01-05")
    r = find(evs, "REQUEST", "CHN", "USA")
    assert r and r[0]["date"] == "2026-01-05" and r[0]["actor"]["text"] != "习近平"


def test_a_rumour_of_what_will_or_may_happen_is_no_event():
    rumours = ["路透社记者：有消息称，中美两国领导人下月将举行视频会晤。",
               "记者：有外国媒体报道，韩国政府可能近期解除对俄罗斯的部分制裁。",
               "据传，中俄两国海军将于年底在日本海举行联合演习。"]
    for text in rumours:
        evs = code_text(text, published="2025-03-10")
        assert evs and all(e["modality"] == "hypothetical" for e in evs), text
    # the same news announced by a party that can do it is coded (as the future)
    evs = code_text("外交部发言人宣布，中美两国领导人下月将举行视频会晤。", published="2025-03-10")
    assert [e["modality"] for e in evs if e["event_type"] == "CONSULT"] == ["future"]
    # and a rumour of what already happened is still a report of it
    evs = code_text("记者：有报道称，美国国务院12日批准向菲律宾出售一批导弹。", published="2025-03-13")
    assert [e["modality"] for e in evs if e["event_type"] == "AID"] == ["asserted"]


def test_a_first_visit_since_taking_office_is_the_visit_just_told():
    text = "应中方邀请，新西兰总理拉克森17日至20日访华，这是他2023年11月就任总理后首次来华。"
    evs = find(events(text, "2024-06-21"), "CONSULT", "NZL", "CHN")
    assert [e["date"] for e in evs] == ["2024-06"]
    # a visit dated inside such a clause is still the earlier visit it names
    text = "习近平当天抵达利雅得，这是他2016年1月国事访问沙特后再次到访。"
    assert "2016-01" in {e["date"] for e in find(events(text, "2022-12-08"), "CONSULT", "CHN", "SAU")}
    text = ("美国财长耶伦7日在北京同何立峰副总理举行会谈。这是耶伦2021年1月出任财长后，"
            "两国经济团队首次在北京会面，双方同意就经济问题保持沟通。")
    evs = events(text, "2023-07-09")
    assert {e["date"] for e in find(evs, "CONSULT")} == {"2023-07-07"}
    assert find(evs, "AGREE")  # the clause after it is a new act


def test_a_country_in_a_list_of_topics_is_not_the_partner():
    text = "国防部发言人当晚说，双方就两军关系和乌克兰、朝鲜半岛等问题交换了意见。"
    evs = events(text, "2024-06-01")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") in ("UKR", "PRK", "KOR")]
    evs = events("王毅8日在北京同英国外交大臣就乌克兰、中东等问题交换意见。", "2024-06-09")
    assert find(evs, "CONSULT", "CHN", "GBR")


def test_a_protest_lodged_is_not_a_demonstration():
    for text in ("日方当时也通过外交渠道提出了抗议。", "日本外务省当天召见中国驻日大使，提出“极为严重”的抗议。",
                 "对于菲方所谓的抗议，中方不予接受。"):
        assert not find(events(text, "2023-08-25"), "PROTEST"), text
    evs = events("韩国民众24日在日本驻韩国大使馆前举行抗议，反对日本排放核污染水。", "2023-08-25")
    assert find(evs, "PROTEST", "KOR", "JPN")


def test_an_act_with_its_own_day_after_a_meeting_keeps_that_day():
    text = ("埃尔多安21日在安卡拉同来访的匈牙利总理会谈。"
            "匈方前一天宣布，将向土耳其提供一批抗震救灾物资。")
    evs = events(text, "2023-02-22") + [e for e in code_text(text, published="2023-02-22") if e["modality"] == "future"]
    aid = find(evs, "AID", "HUN", "TUR")
    assert aid and {e["date"] for e in aid} == {"2023-02-20"}


def test_a_spokesperson_narrating_the_other_sides_act_demands_on_his_own_day():
    text = ("央视网消息：在今天（8月20日）举行的外交部例行记者会上，发言人毛宁就美国商务部制裁中国企业、西沙局势等问题回答了记者提问。\n\n"
            "美国商务部当地时间19日将12家中国企业列入出口管制实体清单。毛宁表示，中方对此坚决反对。\n\n"
            "对于越南国防部长前一天称中国海警10日的行为“违反国际法”，毛宁回应说，8月10日，越方两艘渔船擅自闯入中国西沙群岛海域，"
            "企图在有关岛礁非法作业。中国海警依法对其进行登临检查。\n\n"
            "毛宁指出，越方蓄意挑衅在先，又歪曲事实。“我们要求越方立即停止侵权行为。”\n")
    evs = events(text, "2024-08-20")
    assert {e["date"] for e in find(evs, "REQUEST", "CHN", "VNM")} == {"2024-08-20"}


def test_envoys_told_to_leave_are_expelled():
    evs = events("爱沙尼亚外交部25日宣布，要求俄罗斯驻爱沙尼亚使馆一名外交官在五天内离境。", "2024-03-26")
    assert find(evs, "SANCTION", "EST", "RUS") and not find(evs, "REQUEST", "EST")


def test_a_necessary_reply_promised_and_consequences_left_to_the_other_are_threats():
    text = "林剑说：“捷方有关政客一意孤行，中方将作出正当、必要的回应。由此产生的一切后果只能由捷方承担。”"
    evs = events(text, "2026-03-18")
    assert find(evs, "THREATEN", "CHN", "CZE")
    text = "林剑说：“由此产生的一切后果只能由捷方承担。”"
    assert find(events(text, "2026-03-18"), "THREATEN", "CHN", "CZE")
    # a reply given is no threat
    assert not find(events("捷克外交部对此作出回应，称将认真研究。", "2026-03-18"), "THREATEN")


def test_a_meeting_counted_again_is_the_same_meeting():
    text = ("韩国总统李在明13日在奈良同日本首相高市早苗举行会谈。\n\n"
            "去年12月，日本政府宣布放宽对韩出口管制。\n\n这是李在明与高市早苗第二次会面。")
    evs = find(events(text, "2026-01-14"), "CONSULT")
    assert [e["date"] for e in evs] == ["2026-01-13"]


def test_export_controls_eased_are_no_sanction():
    evs = events("日本政府12日宣布放宽对韩出口管制，将韩国重新列入贸易“白名单”。", "2025-12-13")
    assert not find(evs, "SANCTION")
    assert find(events("美国商务部12日宣布，将12家中国企业列入出口管制实体清单。", "2025-12-13"), "SANCTION", "USA", "CHN")


def test_a_meeting_held_for_hours_is_a_meeting_not_a_noun():
    text = "前一天，普京同莫迪在喀山举行了三个多小时的会晤，这是普京与莫迪今年首次面对面会晤。"
    evs = find(events(text, "2024-10-24"), "CONSULT")
    assert [e["date"] for e in evs] == ["2024-10-23"]
    # a meeting named as a noun is still none
    assert not find(events("双方回顾了2019年的会晤。", "2024-10-24"), "CONSULT")


def test_what_the_actor_is_told_to_do_is_not_done():
    evs = events("国台办发言人说，日方应当牢记历史教训，恪守一个中国原则，谨言慎行。", "2026-02-12")
    assert not find(evs, "SUPPORT", "JPN") and find(evs, "REQUEST", "CHN", "JPN")
    evs = events("商务部长表示，中方要求欧方敦促荷方尽快纠正错误做法。", "2025-10-16")
    assert find(evs, "REQUEST", "CHN", "EUR") and not find(evs, "REQUEST", "EUR")
    # a memorandum on inspection requirements is no demand
    evs = events("中国海关总署与澳大利亚农业部当天签署关于输华大麦检验检疫要求的谅解备忘录，双方同意加强合作。", "2023-08-05")
    assert find(evs, "AGREE")


def test_a_spokesperson_condemning_a_visit_to_taiwan_is_no_visitor():
    evs = events("国台办发言人12日表示，个别日本政客无视中方严正立场，执意窜台，我们坚决反对。", "2026-02-13")
    assert not find(evs, "CONSULT", "CHN")


def test_missiles_fired_in_a_strike_are_the_strike_not_a_launch():
    evs = events("美国和英国军队12日凌晨从舰艇发射“战斧”巡航导弹，对胡塞武装控制区内的多个目标发动打击。", "2024-01-13")
    assert find(evs, "ASSAULT", "USA") and not find(evs, "MOBILIZE")
    assert find(events("朝鲜12日向朝鲜半岛东部海域发射一枚弹道导弹。", "2024-01-13"), "MOBILIZE", "PRK")


def test_a_sentence_opening_with_its_own_date_is_narrative_again():
    text = ("两国关系在9月下旬出现转机。特朗普在纽约同卢拉短暂寒暄后，称两人之间“很有化学反应”。"
            "10月16日，巴西外长维埃拉在华盛顿同美国国务卿鲁比奥会谈。上月26日，卢拉和特朗普在吉隆坡举行会晤。")
    dates = {e["date"] for e in find(events(text, "2025-11-21"), "CONSULT", "BRA", "USA")}
    assert {"2025-10-16", "2025-10-26"} <= dates
    # after an analyst's words too
    text = "有分析人士认为，此举释放了缓和信号。11月3日，韩国外长赵兑烈在首尔同日本外相岩屋毅举行会谈。"
    assert find(events(text, "2025-11-04"), "CONSULT", "KOR", "JPN")


def test_a_sentence_with_its_own_subject_after_an_analyst_is_reported_again():
    text = "有分析人士认为，此举释放了缓和信号。王毅敦促美方在台湾问题上谨言慎行。"
    assert find(events(text, "2025-01-25"), "REQUEST", "CHN", "USA")
    # the analyst's quoted words remain an opinion
    text = "有分析人士认为，此举释放了缓和信号。“美方一边要求保持沟通，一边继续抵近侦察，这本身就是挑衅。”"
    assert not find(events(text, "2025-01-25"), "ACCUSE")


def test_an_official_travel_advisory_against_a_country_is_a_sanction():
    text = "外交部和中国驻日本使馆14日提醒中国公民近期避免前往日本。"
    s = find(events(text, "2025-11-15"), "SANCTION", "CHN", "JPN")
    assert [e["date"] for e in s] == ["2025-11-14"]
    # a warning for a storm is no measure against the country
    text = "受台风影响，中国驻菲律宾使馆14日提醒中国公民近期避免前往菲律宾北部地区。"
    assert not find(events(text, "2025-11-15"), "SANCTION")


def test_answers_in_a_transcript_are_the_spokesperson_named_in_the_lead():
    text = ("澎湃新闻记者 王明\n\n3月18日下午，外交部发言人林剑主持例行记者会。以下为部分问答内容。\n\n"
            "问：捷克众议长本月率团访问台湾，称捷克将深化同台湾的合作。中方有何评论？\n\n"
            "答：捷克政府多次表示，捷方对华政策没有改变。有关政客的行径同这一表态背道而驰。\n\n"
            "问：菲律宾海警称中国海警船15日在黄岩岛附近喷射水炮。中方有何回应？\n\n"
            "答：菲方一再侵权挑衅，中方坚决反对。我们敦促菲方立即停止侵权行为。\n")
    evs = events(text, "2026-03-18")
    assert find(evs, "REQUEST", "CHN", "PHL") and not find(evs, "REQUEST", "CZE")
    # a restated one-China policy held up against the speaker's demand is no support
    evs = events("林剑说，捷克政府既然表示恪守一个中国政策，就应当拿出实际行动。", "2026-03-18")
    assert not find(evs, "SUPPORT", "CZE")


def test_a_subject_of_its_own_is_not_the_pair_of_the_talks_told_before():
    text = ("美国众议长佩洛西2日晚抵达台北，3日同台湾地区领导人会面。"
            "七国集团外长3日发表联合声明，对中方在台湾周边的军事行动表达所谓“关切”。")
    evs = events(text, "2022-08-04")
    assert not find(evs, "SUPPORT", "USA", "TWN")


def test_a_visit_never_announced_is_no_visit():
    evs = code_text("毛宁：事实上，中美双方都没有宣布过任何访问。", published="2023-02-06")
    assert all(e["modality"] == "negated" for e in evs if e["event_type"] == "CONSULT")


def test_a_communique_speaks_for_those_who_issued_it():
    text = ("针对七国集团峰会发表的公报，外交部副部长孙卫东21日召见日本驻华大使，提出严正交涉。\n\n"
            "峰会20日发表的领导人公报称，对东海和南海局势“严重关切”。"
            "公报还呼吁中方敦促俄罗斯停止军事行动，要求俄方立即从乌克兰撤军。")
    evs = events(text, "2023-05-21")
    assert find(evs, "REQUEST", "IGO", "CHN") and find(evs, "REQUEST", "IGO", "RUS")
    assert not find(evs, "REQUEST", "CHN", "RUS")


def test_a_signal_sent_is_no_release_and_what_should_be_done_is_not_done():
    evs = events("蒋斌说，美方执意向中国台湾地区出售武器，向“台独”分裂势力释放了严重错误信号。", "2025-11-14")
    assert not find(evs, "CONCEDE")
    evs = events("美国总统特朗普星期二对记者说，他认为北约国家应当击落侵入其领空的俄罗斯飞机。", "2025-09-24")
    assert not find(evs, "ASSAULT") and not find(evs, "MOBILIZE")
    assert find(events("俄方14日释放了两名被扣押的乌克兰渔民。", "2025-09-15"), "CONCEDE", "RUS")


def test_seeking_independence_by_force_is_a_charge():
    evs = events("国防部发言人说，民进党当局年年搞所谓“汉光”演习，“以武谋独”没有出路。", "2024-07-25")
    assert find(evs, "ACCUSE", "CHN", "TWN")
    evs = events("国台办发言人说，民进党当局妄图在国际上制造“一中一台”。", "2026-03-18")
    assert find(evs, "ACCUSE", "CHN", "TWN")


def test_he_after_a_sentence_naming_no_party_is_still_the_speaker():
    text = ("蒋斌说，美方把中导系统拉到盟友的土地上搞实弹射击，中方坚决反对。中导系统部署到哪里，哪里的安全风险就会上升。"
            "他表示，我们敦促美方停止在亚太地区前沿部署进攻性武器。")
    assert find(events(text, "2025-07-17"), "REQUEST", "CHN", "USA")
    # an analyst named in between is another voice
    text = ("蒋斌说，中方坚决反对美方部署中导系统。一位日本学者认为，部署会推高地区风险。"
            "他表示，日方应当停止在亚太地区部署进攻性武器。")
    assert not find(events(text, "2025-07-17"), "REQUEST", "CHN")


def test_put_on_the_list_just_named_and_an_agreement_annulled():
    evs = events("美国商务部12日更新出口管制清单，把多家中国企业列入其中。", "2025-01-13")
    assert find(evs, "SANCTION", "USA", "CHN")
    evs = events("马里过渡政府12日宣布，废止同法国签署的防务合作协议。", "2025-01-13")
    assert find(evs, "REJECT", "MLI", "FRA")
    evs = events("尼日尔12日宣布断绝同乌克兰的外交关系。", "2025-01-13")
    assert find(evs, "SANCTION", "NER", "UKR")


def test_a_diplomat_declared_persona_non_grata_by_name_is_expelled():
    evs = events("印度外交部13日发表声明，宣布巴基斯坦驻印度高级专员公署一名工作人员为“不受欢迎的人”，限其24小时内离境。",
                 "2025-05-14")
    s = find(evs, "SANCTION", "IND", "PAK")
    assert s and s[0]["date"] == "2025-05-13"


def test_the_head_of_a_relative_clause_meets_each_one_listed():
    text = "当地时间14日，正在德国出席慕尼黑安全会议的外交部长王毅分别会见德国外长贝尔伯克和乌克兰外长瑟比哈。"
    evs = events(text, "2025-02-15")
    assert {e["recipient"]["country"] for e in find(evs, "CONSULT", "CHN")} == {"DEU", "UKR"}


def test_a_bracketed_byline_is_a_dateline():
    text = "【欧洲时报记者 李明 7月4日巴黎报道】王毅4日在巴黎会见法国总统马克龙。"
    evs = find(events(text, "2025-07-05"), "CONSULT")
    assert evs and evs[0]["actor"]["country"] == "CHN" and evs[0]["date"] == "2025-07-04"


def test_a_tea_meeting_is_a_meeting():
    evs = events("普京和习近平8日晚间在克里姆林宫举行了非正式茶叙，讨论了乌克兰危机。", "2025-05-09")
    assert [e["date"] for e in find(evs, "CONSULT")] == ["2025-05-08"]


def test_last_year_in_a_premier_s_words_is_still_his_recollection():
    text = ("李强28日在人民大会堂同老挝总理宋赛举行会谈。李强表示，中方愿同老方深化合作。"
            "去年，习近平主席同通伦总书记成功会晤，共同规划了两国关系的未来。")
    assert [e["date"] for e in find(events(text, "2024-06-29"), "CONSULT")] == ["2024-06-28"]


def test_a_time_inside_a_relative_clause_on_a_ship_does_not_date_the_act():
    text = "中国大陆上月入列的航空母舰“福建舰”，前天（16日）在两艘驱逐舰伴随下，由南向北航经台湾海峡。"
    evs = find(events(text, "2025-12-18"), "MOBILIZE", "CHN")
    assert evs and evs[0]["date"] == "2025-12-16"


def test_a_tariff_no_longer_levied_is_lifted():
    evs = events("美国总统21日宣布，不再对丹麦、英国等8个欧洲国家征收原定2月1日起生效的关税。", "2026-01-22")
    assert {e["recipient"]["country"] for e in find(evs, "RETREAT", "USA")} == {"DNK", "GBR"}
    assert not find(evs, "SANCTION")


def test_a_decision_to_open_talks_is_an_agreement_and_a_topic_is_no_measure():
    evs = events("欧盟领导人14日在布鲁塞尔举行的峰会上决定同乌克兰启动入盟谈判。", "2023-12-15")
    assert find(evs, "AGREE", "EUR", "UKR") and not find(evs, "CONSULT")
    evs = events("王毅表示，中方愿同欧方就出口管制问题保持沟通。", "2025-07-03")
    assert not find(evs, "SANCTION")


def test_an_envoy_summoned_is_a_protest_said_or_not():
    evs = events("乌克兰外长8日召见中国驻乌克兰临时代办。", "2025-04-09")
    a = find(evs, "ACCUSE", "UKR", "CHN")
    assert a and a[0]["date"] == "2025-04-08"
    # a call to summon is not a summons
    assert not find(events("议员们呼吁政府召见俄罗斯驻英国大使。", "2025-04-09"), "ACCUSE")


def test_a_demand_on_one_s_own_government_is_domestic():
    evs = events("印度反对党国大党13日指责莫迪政府隐瞒消息，要求国会就此进行辩论。", "2022-12-14")
    assert not find(evs, "REQUEST") and not find(evs, "ACCUSE")
    evs = events("美国国务卿12日要求中国政府释放被拘押的美国公民。", "2022-12-14")
    assert find(evs, "REQUEST", "USA", "CHN")


def test_what_a_rule_requires_is_no_demand():
    evs = events("欧盟委员会6日发布条例，要求对自中国进口的纯电动汽车实施海关登记。", "2024-03-07")
    assert not find(evs, "REQUEST")
    assert find(events("欧盟委员会6日致函中方，要求中方提供补贴数据。", "2024-03-07"), "REQUEST", "EUR", "CHN")


def test_co_doers_and_the_topic_of_a_protest_are_not_targets():
    evs = events("2021年3月，加拿大联同美国、英国及欧盟以涉疆为由制裁中国官员。", "2024-12-23")
    assert {e["recipient"]["country"] for e in find(evs, "SANCTION", "CAN")} == {"CHN"}
    evs = events("中国外交部21日对欧盟最新一轮对俄制裁把两家中国银行列入名单表达强烈不满。", "2025-07-22")
    assert not find(evs, "SANCTION", "CHN") and find(evs, "ACCUSE", "CHN", "EUR")


def test_a_reported_verdict_after_a_time_clause_is_the_subject_s():
    # the subject after a leading time clause still speaks through ，称…
    evs = events("3月9日，韩国向世贸组织提交一份文件，称日方出口限制“不能接受”。", "2024-03-20")
    a = find(evs, "ACCUSE", "KOR", "JPN")
    assert a and a[0]["date"] == "2024-03-09"


@pytest.mark.parametrize("text, actor, recipient", [
    ("澳大利亚贸易部长8日发表声明，称中方对澳葡萄酒加征的关税“毫无道理”。", "AUS", "CHN"),
    ("总理府发言人当天称，俄方在边境集结兵力的做法“极其危险”。", None, "RUS"),
    ("挪威外交大臣当天表示，挪方对俄方驱逐挪威外交官深感失望。", "NOR", "RUS"),
])
def test_verdicts_on_the_other_side_s_act_are_accusations(text, actor, recipient):
    assert find(events(text, "2024-05-10"), "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text, partners", [
    ("9月1日上午，李强在北京会见来华出席中非合作论坛峰会的肯尼亚总统和加纳总统。", {"KEN", "GHA"}),
    ("王毅当天在万象会见前来参加东盟外长会的泰国外长。", {"THA"}),
    ("赵乐际会见前来访问的越南国会主席。", {"VNM"}),
])
def test_the_gathering_a_guest_came_for_is_not_the_one_met(text, partners):
    evs = find(events(text, "2024-09-02"), "CONSULT", "CHN")
    assert {e["recipient"]["country"] for e in evs} == partners


def test_before_a_meeting_is_still_no_meeting():
    assert not find(events("会见前，两国外长共同出席了签字仪式。", "2024-09-02"), "CONSULT")


def test_a_time_counted_from_an_earlier_meeting_is_no_new_meeting():
    evs = events("9日，王毅同来访的印尼外长会谈。这是她去年10月就任后首次访华，距两国外长在雅加达会晤仅过去两个月。", "2024-05-10")
    assert [e["date"] for e in find(evs, "CONSULT")] == ["2024-05-09"]


@pytest.mark.parametrize("outlet, home", [("韩联社中文网", "KOR"), ("韩联社", "KOR"), ("共同网", "JPN"), ("新华社", "CHN")])
def test_a_wire_s_chinese_service_speaks_for_its_own_government(outlet, home):
    evs = briefing_events("总统室当天召开会议后发表新闻稿，政府敦促朝方立即停止挑衅行为。", "2025-10-23", outlet=outlet)
    assert find(evs, "REQUEST", home, "PRK")


def test_a_trigger_ending_in_its_preposition_names_its_object():
    evs = events("2023年3月，洪都拉斯正式同中国建立外交关系，同时断绝与台湾地区的“外交关系”。", "2024-08-30")
    assert find(evs, "SANCTION", "HND", "TWN") and not find(evs, "SANCTION", "HND", "CHN")


def test_a_warning_disregarded_is_no_speech_and_answers_speak_for_home():
    text = ("问：越方称中方船只进入其海域。中方对此有何回应？\n\n答：昨天下午，越方不顾中方多次劝阻和警告，"
            "派遣多艘渔船闯入中国西沙群岛海域。\n\n应当指出，澳方近来一再介入有关事态，为越方的错误做法撑腰打气。")
    evs = briefing_events(text, "2025-03-12")
    assert find(evs, "ACCUSE", "CHN", "AUS") and not find(evs, "ACCUSE", "VNM", "AUS")


@pytest.mark.parametrize("text", [
    "发言人表示，中方将认真评估澳方提案。如果相关做法损害中国企业利益，中方将采取必要措施予以应对。",
    "发言人说，澳方近日宣布限制中国企业投资。如果澳方执意一意孤行，中方必将坚决予以反制。",
])
def test_a_warning_of_a_response_names_the_party_of_the_context(text):
    assert find(events(text, "2025-10-09"), "THREATEN", "CHN", "AUS")


def test_a_claim_laid_against_a_party_is_an_accusation():
    evs = events("澳大利亚和新西兰3日联名致函太平洋岛国论坛，指称所罗门群岛违反了论坛有关共识。", "2025-09-05")
    assert find(evs, "ACCUSE", "AUS", "SLB") and find(evs, "ACCUSE", "NZL", "SLB")


def test_an_agreement_with_the_other_side_approved_is_an_agreement():
    evs = events("乌克兰议会15日投票批准与美国签署的矿产资源合作协定。", "2025-05-16")
    assert find(evs, "AGREE", "UKR", "USA")
    evs = events("欧盟理事会15日批准对俄第17轮制裁方案。", "2025-05-16")
    assert not find(evs, "AGREE")
    assert not find(events("这份协定还需要两国议会批准。", "2025-05-16"), "AGREE")


def test_the_subject_after_an_opening_time_clause_without_a_comma():
    evs = events("停火生效后俄军8日仍对哈尔科夫发动空袭。", "2025-05-09")
    assert find(evs, "ASSAULT", "RUS", "UKR")


def test_a_trade_remedy_applied_is_a_sanction():
    evs = events("商务部5日宣布，自即日起对原产于美国的进口聚甲醛共聚物实施临时反倾销措施。", "2024-05-06")
    assert find(evs, "SANCTION", "CHN", "USA")
    evs = events("商务部表示，希望美方停止对中国产品采取反倾销措施。", "2024-05-06")
    assert not find(evs, "SANCTION")


def test_a_measure_with_no_other_time_is_dated_by_the_day_it_took_effect():
    evs = events("商务部长6日会见美国贸易代表。美国自今年2月4日起对中国商品加征10%关税。", "2025-03-07")
    s = find(evs, "SANCTION", "USA", "CHN")
    assert s and s[0]["date"] == "2025-02-04"


def test_talks_begun_and_a_partner_after_an_office_the_base_lacks():
    evs = events("俄罗斯和乌克兰代表团16日在伊斯坦布尔开始新一轮直接谈判。", "2025-05-17")
    assert find(evs, "CONSULT")
    evs = events("王毅8日在北京同巴西总统首席顾问阿莫林举行中巴战略对话。", "2025-05-09")
    assert find(evs, "CONSULT", "CHN", "BRA")


def test_another_pair_s_channel_of_the_same_name_is_not_china_us():
    evs = events("中国和越南本周先后举行外长和防长会晤，双方同意加强海上合作。", "2024-11-22")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") == "USA"]


def test_a_warning_of_a_levy_is_a_threat_dated_by_its_own_time_not_the_deadline():
    text = "本月初，美国总统把要求伊朗重返谈判的期限定到9月30日，并警告说，逾期将对伊朗及其贸易伙伴加征关税。"
    evs = events(text, "2025-09-10")
    t = find(evs, "THREATEN", "USA", "IRN")
    assert t and t[0]["date"] == "2025-09" and not find(evs, "SANCTION")


def test_a_retort_made_is_no_threat_and_a_call_a_day_apart_is_no_new_call():
    evs = events("俄罗斯9日宣布禁止罗马尼亚一名议员入境。罗马尼亚外长当天予以回击，称俄方的决定“荒唐可笑”。", "2025-09-10")
    assert not find(evs, "THREATEN") and find(evs, "ACCUSE", "ROU", "RUS")
    evs = events("英国首相斯塔默10日同法国总统马克龙通电话，距他与德国总理默茨通话仅隔一天。", "2025-09-11")
    assert not find(evs, "CONSULT", None, "DEU")


def test_countermeasures_listed_after_a_colon_are_a_sanction():
    text = ("外交部3日发布决定。根据《反外国制裁法》，中方决定对加拿大某人权组织及其两名负责人采取以下措施："
            "一、冻结其在中国境内的财产；二、禁止其本人入境。")
    assert find(events(text, "2024-12-04"), "SANCTION", "CHN", "CAN")


def test_a_name_heading_the_partner_phrase_is_not_the_subject():
    evs = events("中国气候变化事务特使刘振民，同美国总统国际气候政策高级顾问波德斯塔举行会谈。", "2024-11-14")
    assert find(evs, "CONSULT", "CHN", "USA")


def test_ties_upgraded_are_an_agreement():
    evs = events("习近平同赞比亚总统会谈。两国元首宣布，中赞关系升级为全面战略合作伙伴关系。", "2024-09-05")
    assert find(evs, "AGREE", "CHN", "ZMB") or find(evs, "AGREE", "ZMB", "CHN")


def test_at_the_request_of_names_the_initiator_not_a_request():
    evs = events("11月4日晚，应英方请求，李强总理同英国首相斯塔默通电话。", "2025-11-05")
    assert find(evs, "CONSULT") and not find(evs, "REQUEST")
    text = "记者：请介绍两国防长通话的情况。\n\n张晓刚：9月9日晚，应美方请求，董军部长同美国防长赫格塞思进行了视频通话。"
    evs = briefing_events(text, "2025-09-25", outlet="国防部网")
    assert find(evs, "CONSULT", "CHN", "USA") and not find(evs, "REQUEST")


def test_a_channel_meeting_being_prepared_is_not_held():
    evs = events("据了解，两军正在为年内举行海上军事安全磋商机制会议做准备。", "2025-11-02")
    assert not find(evs, "CONSULT")


@pytest.mark.parametrize("text, etype", [
    ("泰国总理12日晚确实同美国总统通了电话，但说通话中“没有任何人同意停火”。", "AGREE"),
    ("柬埔寨首相洪玛奈在社交媒体上说，他已向美国总统特朗普表示柬方接受停火，并请求马来西亚尽快派出观察员，到现场查明究竟是谁先开火。", "ASSAULT"),
    ("特区政府敦促英方不要再插手纯属中国内政的香港事务。", "SUPPORT"),
])
def test_no_one_agreeing_a_question_of_who_fired_and_an_attribute_are_no_events(text, etype):
    assert not find(events(text, "2025-12-14"), etype)


def test_the_start_of_a_period_does_not_date_what_follows():
    text = ("新华社北京9月4日电 国家主席习近平4日会见塞内加尔总统法耶。这是法耶今年4月就任以来首次访华。"
            "法耶表示，塞方坚定奉行一个中国政策。")
    s = find(events(text, "2024-09-05"), "SUPPORT", "SEN", "CHN")
    assert s and s[0]["date"] == "2024-09-04"


@pytest.mark.parametrize("text, etype", [
    ("叙利亚总统称，俄方已同意考虑移交前总统。对于这一说法，克里姆林宫发言人佩斯科夫拒绝置评。", "REJECT"),
    ("联合国安理会6日通过决议，把叙利亚总统和内政部长从制裁名单中移除。", "SANCTION"),
    ("中国外交部发言人今天在记者会上被问及此事时称，呼吁巴方站在历史正确一边，尽早断绝与台湾当局的所谓“外交关系”。", "SANCTION"),
])
def test_no_comment_a_delisting_and_a_break_called_for_are_not_those_acts(text, etype):
    assert not find(code_text(text, published="2025-11-10"), etype)  # not even as a future act


def test_a_surname_shared_by_two_people_is_read_by_the_date():
    evs = events("今年2月中旬，布朗对中国进行访问，并同李强举行会谈。", "2025-06-20")
    assert find(evs, "CONSULT", "COK", "CHN")
    evs = events("美军参联会主席布朗21日同刘振立举行视频通话。", "2023-12-22")
    assert find(evs, "CONSULT", "USA", "CHN")


def test_a_surtax_levied_is_a_sanction():
    evs = events("加拿大财长5日宣布，自10月1日起对中国产电动汽车征收100%的附加税。", "2024-09-06")
    assert find(evs, "SANCTION", "CAN", "CHN")


def test_calling_a_party_the_greatest_threat_is_an_accusation():
    evs = events("希腊外交部当天回应说，土耳其才是东地中海和平面临的最大威胁。", "2025-04-04")
    assert find(evs, "ACCUSE", "GRC", "TUR")


def test_a_local_time_after_a_place_dates_the_act_and_a_failure_to_agree_is_no_agreement():
    evs = events("伊朗外长21日警告美方。美军在伊朗当地时间22日凌晨空袭了三处核设施。", "2025-06-25")
    a = find(evs, "ASSAULT", "USA", "IRN")
    assert a and a[0]["date"] == "2025-06-22"
    evs = events("两国代表团6日在伊斯坦布尔举行新一轮谈判，但双方未能就停火监督机制达成一致。", "2025-11-08")
    assert not find(evs, "AGREE")


@pytest.mark.parametrize("text", [
    "习近平30日会见尼泊尔总理奥利。王毅参加上述会见。",
    "金正恩4日同习近平举行会谈。上一次两国最高领导人会晤是2019年6月在平壤。",
])
def test_a_meeting_already_told_or_used_as_a_noun_is_not_a_new_meeting(text):
    art = Article(id="m", text=text, published=datetime.date(2025, 9, 5))
    doc = get_pipeline().run(art)
    second = text.index("。") + 1
    assert not [c for c in doc.candidates if c.pattern.type == "CONSULT" and c.tstart >= second]


def test_double_dealing_charged_is_no_demand_by_the_one_charged():
    text = "发言人说，澳方一边派军机抵近侦察，一边要求中方保持克制，天下没有这样的道理。"
    evs = events(text, "2025-10-23")
    assert not find(evs, "REQUEST", "AUS")


def test_a_condemnation_asked_of_another_is_not_made():
    evs = events("瑞典首相在联合公报中呼吁中方发挥建设性作用，尤其要谴责俄罗斯对乌克兰的军事行动。", "2025-05-10")
    assert not find(evs, "ACCUSE", None, "RUS")


def test_countermeasures_announced_before_their_list_are_still_a_sanction():
    text = ("外交部发言人21日宣布，针对美方近期对多名香港特区官员实施所谓“制裁”，中方决定采取以下反制措施：\n\n"
            "一、对若干美国国会议员实施制裁；\n二、冻结上述人员在中国境内的财产。")
    assert find(events(text, "2025-04-22"), "SANCTION", "CHN", "USA")


@pytest.mark.parametrize("text, partner", [
    ("中美双方12日在日内瓦举行经贸会谈。这次会议距上一轮会谈仅一个月。", "USA"),
    ("董军同印度防长辛格举行会谈。这是两国防长一年多来首次面对面会谈。", "IND"),
])
def test_a_meeting_counted_or_measured_again_is_not_another(text, partner):
    evs = find(events(text, "2025-06-13"), "CONSULT")
    assert len(evs) == 1 and partner in (evs[0]["actor"]["country"], evs[0]["recipient"]["country"])


def test_arrangements_still_to_be_agreed_are_no_agreement():
    text = "美国国务卿9日访问巴拿马。美方称美国军舰将优先通过运河，巴拿马方面则表示具体安排尚需另行商定。"
    assert not find(code_text(text, published="2025-04-10"), "AGREE")


def test_a_sale_named_by_its_noun_after_approval_is_aid():
    text = "就在本月初，美国国务院刚刚批准了一笔约5亿美元的战机备件对台出售。"
    evs = find(events(text, "2025-08-20"), "AID", "USA", "TWN")
    assert evs and evs[0]["date"] == "2025-08"


@pytest.mark.parametrize("text, recipient", [
    ("外交部发言人毛宁12日表示，中方不接受菲方所谓的抗议和指责。", "PHL"),
    ("谈及加拿大的指责，发言人说，加方有关说法毫无根据，中方绝不接受。", "CAN"),
])
def test_not_accepting_the_other_sides_protest_is_a_rejection(text, recipient):
    assert find(events(text, "2025-06-13"), "REJECT", "CHN", recipient)


def test_the_others_representations_and_protest_are_no_demonstration_and_a_counter_protest_accuses():
    evs = events("毛宁12日说，中方不接受日方所谓的交涉和抗议，并已向日方提出反交涉。", "2025-06-13")
    assert not find(evs, "PROTEST")
    assert find(evs, "ACCUSE", "CHN", "JPN")


def test_an_envoy_recalled_from_a_posting_answers_the_host():
    evs = events("哥伦比亚政府当天宣布召回驻美国大使回国述职。", "2025-10-21")
    assert find(evs, "SANCTION", "COL", "USA")


@pytest.mark.parametrize("text", [
    "越方一再滋事。郭嘉昆说，韩方的所谓抗议，中方不接受。",
    "越方一再滋事。对于韩方的无理要求，我们绝不接受。",
])
def test_the_owner_of_an_opening_topic_is_the_one_answered(text):
    assert find(events(text, "2025-04-09"), "REJECT", None, "KOR")


def test_displeasure_stirred_in_others_is_not_the_subjects():
    evs = events("去年10月，联合国安理会对袭击事件未予谴责，引发叙利亚各界强烈不满。", "2025-03-02")
    assert not find(evs, "ACCUSE", None, "SYR")


def test_a_listing_told_as_an_attribute_is_no_new_listing():
    evs = events("王文涛：列入出口管制名单的这些美国实体，都长期参与了对台军售。", "2025-03-02")
    assert not find(evs, "SANCTION")


def test_the_eu_office_for_hong_kong_and_macao_is_the_eu():
    evs = events("特区政府发言人说，已约见欧盟驻香港和澳门办事处负责人表达强烈不满。", "2025-03-02")
    assert not find(evs, "ACCUSE", None, "MAC")
    assert find(evs, "ACCUSE", "HKG", "EUR")


def test_a_group_referred_back_stands_for_each_member():
    text = ("英国、法国和德国上月致函安理会，要求恢复对伊制裁。"
            "伊朗外交部发言人15日指责欧洲三国滥用争端解决机制。")
    evs = events(text, "2025-09-16")
    assert {e["recipient"]["country"] for e in find(evs, "ACCUSE", "IRN")} == {"GBR", "FRA", "DEU"}


def test_a_group_meeting_among_itself_borrows_no_party_from_context():
    text = ("中方对此表示关切。美国、日本和韩国领导人18日在戴维营会晤。"
            "根据会后文件，三国将每年举行一次领导人会晤。")
    evs = events(text, "2023-08-19")
    assert not [e for e in find(evs, "CONSULT") if "CHN" in (e["actor"]["country"], e["recipient"]["country"])]


def test_a_third_country_is_no_group():
    evs = events("英国、法国和德国发表声明。美方警告说，将制裁向俄方提供支持的第三国实体。", "2025-09-16")
    assert not [e for e in find(evs, "THREATEN", "USA") if e["recipient"]["country"] in ("GBR", "FRA", "DEU")]


def test_words_said_after_a_meeting_told_before_take_its_day():
    text = ("新华社开罗10日电 埃及、约旦和沙特9日发表声明。就在前一天，三国外长在开罗举行会晤。"
            "三国外长在会后发表的声明中呼吁以色列立即停火。")
    evs = find(events(text, "2025-03-10"), "REQUEST", "EGY", "ISR")
    assert evs and evs[0]["date"] == "2025-03-08"


@pytest.mark.parametrize("text, actor, recipient", [
    ("以色列总理12日放话，如果哈马斯不交还全部人质，“将遭到前所未有的打击”。", "ISR", "PSE"),
    ("国台办发言人说，如果民进党当局执意阻挠，由此产生的一切后果由其承担。", "CHN", "TWN"),
    ("欧盟贸易委员表示，如果中方最终决定征收反补贴税，欧方将把案件诉诸世贸组织。", "EUR", "CHN"),
])
def test_what_the_one_named_in_a_condition_will_suffer_is_a_threat(text, actor, recipient):
    assert find(events(text, "2025-04-13"), "THREATEN", actor, recipient)


def test_an_entry_ban_imposed_is_a_sanction():
    evs = events("拉脱维亚外交部3日宣布，对5名白俄罗斯官员实施入境禁令。", "2025-04-04")
    assert find(evs, "SANCTION", "LVA", "BLR")


def test_standing_with_as_an_attribute_or_a_vote_is_no_support():
    evs = events("特朗普6日称，将对同金砖国家站在一起的国家额外加征10%关税。", "2025-07-07")
    assert not find(evs, "SUPPORT")
    evs = events("草案获得通过，美国与俄罗斯、朝鲜等站在一起投了反对票。", "2025-02-25")
    assert not find(evs, "SUPPORT")


def test_a_statement_issued_on_a_day_dates_its_words():
    evs = events("菲律宾海警在12日发布的声明中说，中方船只的行为十分危险，菲方对此予以强烈谴责。", "2025-06-14")
    e = find(evs, "ACCUSE", "PHL", "CHN")
    assert e and e[0]["date"] == "2025-06-12"


def test_a_deployment_made_to_answer_a_partys_threat_is_aimed_at_it():
    evs = events("委内瑞拉国防部长11日宣布，为应对美国的军事威胁，委武装部队当天起在全国部署20万兵力。", "2025-11-12")
    assert find(evs, "MOBILIZE", "VEN", "USA")


def test_trinidad_and_tobago_by_its_short_name():
    evs = events("委内瑞拉外交部当天照会特多驻委大使馆，提出强烈抗议。", "2025-12-30")
    assert find(evs, "ACCUSE", "VEN", "TTO")


@pytest.mark.parametrize("text, actor, recipient", [
    ("以色列总理办公室2日发表声明，并警告说，如果真主党继续越界袭击，“将承担更多后果”。", "ISR", "LBN"),
    ("商务部发言人说，如果欧方执意这样做，中方必定会坚决采取相应措施加以应对。", "CHN", "EUR"),
])
def test_a_warning_of_what_follows_if_the_named_party_acts_is_a_threat(text, actor, recipient):
    assert find(events(text, "2025-03-03"), "THREATEN", actor, recipient)


def test_a_spokesperson_named_by_office_speaks_on_the_day_first_given():
    text = ("新华社北京5月9日电 商务部新闻发言人9日就欧盟对华电动汽车征收反补贴税一事答记者问时说，欧方做法是典型的保护主义。\n\n"
            "欧盟委员会当地时间8日宣布，对中国电动汽车征收临时反补贴税。\n\n"
            "发言人指出，去年10月4日欧方投票通过征税方案以来，双方磋商一直没有结果。\n\n"
            "“我们敦促欧方立即纠正错误做法。”发言人说，中方将采取必要措施，坚决维护中国企业正当权益。")
    evs = events(text, "2025-05-10")
    assert [e["date"] for e in find(evs, "REQUEST", "CHN", "EUR")] == ["2025-05-09"]
    assert [e["date"] for e in find(evs, "THREATEN", "CHN", "EUR")] == ["2025-05-09"]


def test_an_expiry_is_no_anchor_and_the_one_charged_next_is_condemned():
    text = ("新华社开罗3月2日电 以色列2日宣布禁止援助物资进入加沙。哈马斯当天发表声明予以回应。\n\n"
            "停火协议第一阶段已于1日到期。\n\n"
            "约旦外交部当天发表声明予以谴责，指以色列违反国际人道法。")
    e = find(events(text, "2025-03-03"), "ACCUSE", "JOR")
    assert [(x["recipient"]["country"], x["date"]) for x in e] == [("ISR", "2025-03-02")]


def test_supplies_cut_off_are_a_sanction():
    evs = events("以色列国防部5日宣布，即日起禁止一切人道主义物资进入加沙地带。7日，以方又下令停止向加沙供电。", "2025-03-08")
    assert {e["date"] for e in find(evs, "SANCTION", "ISR", "PSE")} == {"2025-03-05", "2025-03-07"}
    evs = events("联合国呼吁以色列停止阻挠人道主义物资进入加沙。", "2025-03-08")
    assert not find(evs, "SANCTION")


def test_the_iaea_chief_acts_for_the_un_family():
    evs = events("国际原子能机构总干事格罗西10日在维也纳呼吁伊朗恢复同该机构的全面合作。", "2025-06-11")
    assert find(evs, "REQUEST", "UNO", "IRN")


@pytest.mark.parametrize("text, etype, actor", [
    ("缅甸政府30日发表声明，对中国、泰国等国第一时间派出救援队表示感谢。", "AID", "MMR"),
    ("尼泊尔外交部20日发表声明，对中印两国同意经里普列克山口恢复边境贸易表示反对。", "AGREE", "NPL"),
])
def test_the_act_in_the_topic_of_a_reaction_is_not_the_speakers(text, etype, actor):
    assert not find(events(text, "2025-08-21"), etype, actor)


def test_diplomatic_staff_expelled_are_a_sanction():
    evs = events("捷克外交部2日宣布，驱逐18名俄罗斯驻捷使馆外交人员。", "2025-12-03")
    assert find(evs, "SANCTION", "CZE", "RUS")


def test_visas_issued_again_and_a_dialogue_attended_together():
    evs = events("日本从本月1日起恢复向中国团体游客签发旅游签证。", "2025-08-20")
    assert find(evs, "RETREAT", "JPN", "CHN")
    evs = events("10日，王毅在伊斯兰堡同巴基斯坦外长达尔共同出席中巴外长战略对话。", "2025-08-20")
    assert find(evs, "CONSULT", "CHN", "PAK")


def test_a_war_crime_charged_and_a_riposte_invited():
    text = ("胡塞武装发言人阿卜杜勒萨拉姆20日发表声明，称美方轰炸荷台达港是“赤裸裸的战争罪行”。"
            "萨雷亚警告说，美国的侵略只会招致更强烈的回击。")
    evs = events(text, "2025-04-21")
    assert find(evs, "ACCUSE", "YEM", "USA") and find(evs, "THREATEN", "YEM", "USA")


def test_an_envoy_recalled_from_a_posting_answers_the_host_not_a_partner():
    evs = events("马里与同为萨赫勒国家的布基纳法索、尼日尔6日晚发表联合公报，宣布三国召回驻阿尔及利亚大使。", "2025-04-07")
    assert find(evs, "SANCTION", "MLI", "DZA") and not find(evs, "SANCTION", "MLI", "BFA")


def test_of_two_office_holders_of_one_name_the_one_whose_country_is_named_beside():
    text = "美国参联会发言人当地时间21日发表声明说，布朗在通话中同刘振立讨论了避免误判等议题。"
    evs = events(text, "2023-12-22")
    assert evs and not [e for e in evs if "COK" in (e["actor"]["country"], (e["recipient"] or {}).get("country"))]


def test_channels_named_before_their_cancellation_are_refused_on_the_day_the_question_gives():
    text = ("国防部举行例行记者会。\n\n问：本月5日，中方宣布对美方采取一系列反制措施，其中有几项涉及两军交往。请问具体情况如何？\n\n"
            "答：美方一意孤行，中方被迫作出回应。原定的两军战区领导通话不再进行，海上军事安全磋商机制会议也一并取消。")
    evs = find(events(text, "2022-08-26"), "REJECT", "CHN", "USA")
    assert {(e["mechanism"], e["date"]) for e in evs} == {
        ("CHN-USA/theater_commander_talks", "2022-08-05"), ("CHN-USA/mmca", "2022-08-05")}


def test_talks_held_at_the_others_request_with_a_pronoun_partner():
    text = "20日，韩国外交部东北亚局局长专程来京，外交部亚洲司司长应约同其磋商。"
    e = find(events(text, "2025-12-21"), "CONSULT", "CHN", "KOR")
    assert e and e[0]["initiator"] == "recipient"


def test_a_pairs_channel_an_interim_arrangement_and_self_defence_promised():
    evs = events("今年3月5日，中菲南海问题双边磋商机制会议在上海举行。同月20日，双方还就渔业纠纷达成临时性安排。", "2025-06-01")
    assert find(evs, "CONSULT", None, "PHL") and find(evs, "AGREE", None, "PHL")
    evs = events("发言人说，菲律宾如果胆敢挑衅，中方将坚决行使国际法赋予的自卫权。", "2025-06-01")
    assert find(evs, "THREATEN", "CHN", "PHL")


def test_a_meeting_one_side_cannot_attend_is_refused_and_the_planned_time_dates_nothing():
    text = ("日本首相的涉台言论引发中方强烈不满。据日本媒体上月下旬报道，原定明年初由日本主办的中日韩领导人会议，"
            "因中方表示无法出席而难以如期举行。")
    e = find(events(text, "2025-12-03"), "REJECT", "CHN", "JPN")
    assert e and e[0]["date"] == "2025-11"


def test_the_target_after_dui_never_sanctions_and_a_planned_meeting_is_not_held():
    evs = events("商务部发言人说，这是对欧盟第十九轮对俄制裁点名中国企业的回应。", "2025-10-25")
    assert not find(evs, "SANCTION", "RUS")
    evs = events("卡拉斯原本计划星期三在华盛顿同鲁比奥见面，但美方随后以日程安排为由取消了会面。", "2025-02-26")
    assert not [e for e in find(evs, "CONSULT") if e["modality"] == "asserted"]


def test_we_in_an_answer_is_the_answering_side_not_the_last_voice_asked_about():
    text = ("问：据报道，日本首相7日在国会称，台海有事可能构成日本的存亡危机事态。中方对此有何回应？\n\n"
            "答：日本领导人的涉台言论严重干涉中国内政。\n\n"
            "我们也正告日方：如果日方执意越线，中方必将予以坚决回击。")
    evs = events(text, "2025-11-10")
    assert not [e for e in evs if e["actor"]["country"] == "JPN" and e["event_type"] in ("REQUEST", "THREATEN")]
    assert find(evs, "THREATEN", "CHN", "JPN")


@pytest.mark.parametrize("outlet, home", [("西贡解放日报中文版", "VNM"), ("菲律賓世界日報", "PHL"), ("塔斯社中文网", "RUS"),
                                          ("柬华日报", "KHM")])
def test_another_countrys_chinese_press_means_its_own_country_by_wo_guo(outlet, home):
    evs = briefing_events("据报道，美国国务卿10日至11日对我国进行正式访问，同外交部长举行会谈。", "2025-07-12", outlet=outlet)
    assert find(evs, "CONSULT", "USA", home) or find(evs, "CONSULT", home, "USA")


def test_a_convention_named_after_a_capital_and_a_visit_asked_not_to_happen():
    evs = events("印度外交部20日发表声明，拒绝加方的说法，称印方的要求完全符合维也纳公约的规定。", "2023-10-21")
    assert not [e for e in evs if "AUT" in (e["actor"]["country"], (e["recipient"] or {}).get("country"))]
    evs = events("发言人说，我们敦促美方说到做到，不要安排众议长窜访台湾。", "2022-08-01")
    assert not [e for e in find(evs, "CONSULT") if e["modality"] == "asserted"]


def test_a_day_qualifying_the_occasion_of_the_words_dates_them():
    text = ("新华社联合国10月31日电 联合国安理会29日就苏丹局势举行紧急会议。\n\n"
            "在30日的安理会公开会议上，苏丹常驻联合国代表指责阿联酋是这场战争的幕后推手。")
    e = find(events(text, "2025-10-31"), "ACCUSE", "SDN", "ARE")
    assert e and e[0]["date"] == "2025-10-30"


def test_the_other_sides_act_restated_in_an_answer_takes_the_day_the_question_gives():
    text = ("外交部发言人郭嘉昆12日主持例行记者会。\n\n问：美国国务院10日宣布，对若干名中国官员实施签证限制。中方对此有何回应？\n\n"
            "答：美方对中国官员实施签证限制，是对中国内政的粗暴干涉，中方坚决反对。")
    e = find(events(text, "2026-03-12"), "SANCTION", "USA", "CHN")
    assert [x["date"] for x in e] == ["2026-03-10"]


def test_a_transit_named_as_a_noun_is_no_new_transit():
    evs = events("发言人说，美加两国把一次普通的过航包装成所谓“维护航行自由”的宣传，刻意渲染。", "2025-09-25")
    assert not find(evs, "MOBILIZE")


def test_fire_brought_down_on_its_way_to_another_country_is_help_to_it():
    evs = events("英国国防部说，皇家空军战机当晚击落了多架飞向以色列的无人机。", "2024-04-14")
    assert find(evs, "AID", "GBR", "ISR")
    assert not find(evs, "ASSAULT", "GBR", "ISR")


def test_the_one_made_to_pay_and_a_member_named_after_his_body():
    text = "以色列战时内阁14日开会。内阁成员甘茨会后说，以色列将在合适的时候让伊朗付出代价。"
    e = find(events(text, "2024-04-15"), "THREATEN")
    assert [(x["actor"]["country"], x["recipient"]["country"]) for x in e] == [("ISR", "IRN")]


def test_the_victim_of_what_is_condemned_is_not_condemned():
    evs = events("傅聪说，本月1日伊朗驻叙利亚使馆遭袭严重违反国际法。", "2024-04-15")
    assert not find(evs, "ACCUSE", "CHN", "IRN")


def test_a_condemnation_asked_of_another_and_a_measure_advocated_are_not_done():
    evs = events("达农在会上发言，敦促安理会对胡塞武装予以谴责。", "2024-12-31")
    assert not [e for e in find(evs, "ACCUSE", "UNO") if e["modality"] == "asserted"]
    evs = events("墨西哥外交部11日宣布向国际法院起诉厄瓜多尔，并主张暂停厄方的联合国会员资格。", "2024-04-12")
    assert not [e for e in find(evs, "SANCTION") if e["modality"] == "asserted"]


def test_the_short_form_of_ecuador_and_a_dateline_in_brackets():
    evs = events("墨方要求厄方为其出境签发安全通行证，厄方当即予以拒绝。", "2024-04-12")
    assert find(evs, "REJECT", "ECU", "MEX")
    evs = events("（阿布贾综合电）西非国家经济共同体周日在尼日利亚首都阿布贾举行峰会，决定对尼日尔实施新的制裁。", "2023-12-11")
    assert find(evs, "SANCTION", "IGO", "NER") and not find(evs, "SANCTION", "NGA")


def test_lip_service_a_crisis_named_by_country_and_the_target_of_measures_talked_about():
    evs = events("发言人说，美方一方面口头声称不支持“台独”，另一方面却不断向台湾出售武器。", "2024-05-30")
    assert not find(evs, "SUPPORT", "USA")
    evs = events("发言人说，把中国同乌克兰危机捆绑在一起，这种做法中方坚决反对。", "2025-07-25")
    assert not find(evs, "ACCUSE", "CHN", "UKR")
    evs = events("欧盟成员国常驻代表19日就第十六轮对俄制裁方案达成一致。", "2025-02-20")
    assert not find(evs, "AGREE", "EUR", "RUS")


def test_a_cleft_naming_the_voters_codes_nobody_against_them():
    evs = events("联合国大会29日表决通过古巴提交的决议。投反对票的是美国和以色列。", "2025-10-30")
    assert not find(evs, "REJECT", "UNO")


def test_since_belongs_to_its_own_time_and_a_topic_time_dates_nothing():
    e = find(events("法国外交部发言人3日说，法方注意到停火以来以方多次违约，呼吁以色列遵守停火协议。", "2024-12-12"),
             "REQUEST", "FRA")
    assert e and {x["date"] for x in e} == {"2024-12-03"}
    text = ("韩国外长赵兑烈27日同俄罗斯外长拉夫罗夫会谈。\n\n"
            "据韩方介绍，赵兑烈在会谈中对俄朝今年6月签署条约后不断加深军事合作一事表示严重关切。")
    e = find(events(text, "2024-07-28"), "ACCUSE", "KOR", "RUS")
    assert e and e[0]["date"] == "2024-07-27"


def test_words_at_the_meeting_the_story_opened_with_and_a_statement_dated_by_its_issue():
    text = ("联合国安理会20日在纽约就黎巴嫩通信设备爆炸事件举行会议。周日，真主党又向以色列北部发射火箭弹。\n\n"
            "据联合国网站报道，黎巴嫩外长在会上指责以色列发动“恐怖战争”。")
    e = find(events(text, "2024-09-23"), "ACCUSE", "LBN", "ISR")
    assert e and e[0]["date"] == "2024-09-20"
    text = ("东盟外长会议26日闭幕。韩国外长27日会见拉夫罗夫。\n\n"
            "东盟外长会26日发表的联合公报对朝鲜今年以来多次发射弹道导弹表示严重关切。")
    e = find(events(text, "2024-07-28"), "ACCUSE", "IGO", "PRK")
    assert e and e[0]["date"] == "2024-07-26"


def test_a_list_joined_by_yu_before_san_guo_meets_pair_by_pair_and_signs_together():
    evs = events("乍得、苏丹与南苏丹三国领导人5日在恩贾梅纳举行边境安全首届峰会，签署合作条约。", "2025-03-06")
    pairs = {frozenset((e["actor"]["country"], e["recipient"]["country"])) for e in find(evs, "CONSULT")}
    assert pairs == {frozenset(("TCD", "SDN")), frozenset(("TCD", "SSD")), frozenset(("SDN", "SSD"))}
    signed = {frozenset((e["actor"]["country"], e["recipient"]["country"])) for e in find(evs, "SUPPORT")}
    assert signed == pairs


def test_ships_sailing_together_each_sail():
    evs = events("英国海军巡逻舰与新西兰海军护卫舰昨天结伴驶经台湾海峡。", "2025-06-19")
    assert {e["actor"]["country"] for e in find(evs, "MOBILIZE")} == {"GBR", "NZL"}


def test_fengquan_is_a_demand_and_a_repatriation_procedure_or_a_chair_handed_over_is_no_concession():
    evs = events("加拿大军舰本月过航台湾海峡。国防部新闻发言人说，我们奉劝加方不要在台湾问题上挑衅。", "2025-02-27")
    assert find(evs, "REQUEST", "CHN", "CAN")
    evs = events("哥伦比亚外长表示，他将于下周赴华盛顿，同美方商谈遣返程序等问题。", "2025-01-29")
    assert not find(evs, "CONCEDE")
    evs = events("按照惯例，吉尔吉斯斯坦在峰会结束时把轮值主席国职责移交给哈萨克斯坦。", "2023-07-05")
    assert not find(evs, "CONCEDE")


def test_talks_used_as_a_means_are_no_report_of_talks():
    evs = events("发言人说，美澳两国借“2+2”会谈对中国说三道四，中方坚决反对。", "2024-08-07")
    assert not find(evs, "CONSULT")
    assert find(evs, "ACCUSE", "CHN", "USA")


def test_the_short_form_of_moldova_or_morocco_follows_the_one_named():
    evs = events("摩尔多瓦28日举行议会选举，俄罗斯外交部对选举提出批评。摩方官员指责俄罗斯花钱收买选票。", "2025-09-30")
    assert find(evs, "ACCUSE", "MDA", "RUS")
    evs = events("摩洛哥外交大臣访华。摩方表示坚定支持一个中国原则。", "2025-09-30")
    assert find(evs, "SUPPORT", "MAR", "CHN")


def test_sides_named_by_an_initial_follow_the_country_named_and_the_principle_in_other_words():
    evs = events("习近平5日会见来华出席峰会的刚果（布）总统萨苏。萨苏说，刚方一贯认为世界上只有一个中国。", "2024-09-06")
    assert find(evs, "SUPPORT", "COG", "CHN")
    evs = events("李强会见毛里塔尼亚总理。毛方表示恪守一个中国原则，愿同中方深化合作。", "2024-09-06")
    assert find(evs, "SUPPORT", "MRT", "CHN")
    evs = events("所罗门群岛总理10日抵京访问。所方承认台湾是中国领土不可分割的一部分。", "2023-07-11")
    assert find(evs, "SUPPORT", "SLB", "CHN")
    # (home's own restatement is no support of anyone)
    assert not events("王毅说，世界上只有一个中国，台湾是中国的一部分。", "2024-09-06")


def test_a_short_form_used_before_its_country_is_named_and_a_pair_agreeing():
    # (巴 is Pakistan, Palestine or Brazil: the story names which only further on, or by its army)
    evs = events("印巴上月爆发冲突。印度5月7日凌晨对巴境内多处目标实施导弹打击。\n\n"
                 "巴基斯坦总理夏巴兹18日再次谴责印方的军事行动。", "2025-06-19")
    assert find(evs, "ASSAULT", "IND", "PAK")
    evs = events("巴基斯坦军方随即予以还击。印度军队7日凌晨对巴境内多处目标实施导弹打击。", "2025-05-08")
    assert find(evs, "ASSAULT", "IND", "PAK")
    evs = events("巴基斯坦总理发表电视讲话。5月10日，印巴同意全面停火。", "2025-05-11")
    a = find(evs, "AGREE")
    assert a and {a[0]["actor"]["country"], a[0]["recipient"]["country"]} == {"IND", "PAK"}


def test_exports_restricted_to_a_country_are_a_sanction():
    evs = events("土耳其贸易部9日宣布限制向以色列出口钢铁、航空燃油等54类产品。", "2024-04-10")
    assert find(evs, "SANCTION", "TUR", "ISR")


def test_an_urged_party_named_with_the_role_it_is_addressed_in():
    evs = events("黎巴嫩总统26日发表声明，敦促作为停火协议担保方的美国和法国督促以方如期撤军。", "2025-01-27")
    assert find(evs, "REQUEST", "LBN", "USA") and find(evs, "REQUEST", "LBN", "FRA")


def test_talks_that_only_time_a_warning_are_not_its_addressee():
    text = ("拜登25日在白宫同来访的澳大利亚总理阿尔巴尼斯会谈后说，他已向伊朗最高领袖哈梅内伊发出警告："
            "伊方如果继续袭击美军，美方将作出回应。")
    evs = events(text, "2023-10-26")
    assert find(evs, "THREATEN", "USA", "IRN")
    assert not find(evs, "THREATEN", "USA", "AUS") and not find(evs, "THREATEN", "IRN")


def test_any_move_of_the_other_side_will_be_answered_is_a_threat_to_it():
    evs = events("俄外交部发言人9日表示，英方的每一个敌对举动都会得到回应，包括对等措施。", "2024-05-10")
    assert find(evs, "THREATEN", "RUS", "GBR")
    # (a hope that nobody's moves need answering threatens nobody)
    assert not find(events("他希望任何挑衅行为都会得到回应之前先有沟通。", "2024-05-10"), "THREATEN")


def test_a_day_proposed_for_talks_anchors_no_later_relative_day():
    text = ("新华社莫斯科5月11日电 俄罗斯总统11日凌晨发表声明，提议俄乌双方本月15日在伊斯坦布尔恢复直接谈判。\n\n"
            "克里姆林宫当天晚些时候说，普京与土耳其总统埃尔多安通了电话。\n\n"
            "就在普京发表声明的前一天，英国首相斯塔默抵达基辅，与泽连斯基会晤。\n")
    evs = events(text, "2025-05-12")
    assert [e["date"] for e in find(evs, "CONSULT", "RUS", "TUR")] == ["2025-05-11"]
    assert {e["date"] for e in find(evs, "CONSULT", "GBR", "UKR")} == {"2025-05-10"}
    # and the proposal itself asks the other side to talks
    r = find(evs, "REQUEST", "RUS", "UKR")
    assert r and r[0]["date"] == "2025-05-11"


def test_a_background_date_in_its_own_paragraph_dates_nothing_after_it():
    text = ("央视新闻消息 当地时间9月11日，联合国安理会一致通过美国起草的决议，将对苏丹的制裁延长一年。\n\n"
            "安理会2005年3月通过第1591号决议，针对当时的达尔富尔冲突设立了这一制裁制度。\n\n"
            "决议要求冲突双方立即停止敌对行动。苏丹代表在会上指责阿联酋向武装组织转运武器。\n")
    evs = events(text, "2025-09-12")
    assert {e["date"] for e in find(evs, "ACCUSE", "SDN", "ARE")} == {"2025-09-11"}


def test_a_trio_after_a_verb_and_a_charge_that_the_act_lacks_legal_basis():
    evs = events("外交部发言人29日说，我们敦促英法德三国停止对伊朗施压。", "2025-09-30")
    assert {e["recipient"]["country"] for e in find(evs, "REQUEST", "CHN")} == {"GBR", "FRA", "DEU"}
    evs = events("英国、法国和德国28日启动快速恢复机制。伊朗外长当天表示，三国此举没有任何法律依据。", "2025-08-29")
    assert {e["recipient"]["country"] for e in find(evs, "ACCUSE", "IRN")} == {"GBR", "FRA", "DEU"}


def test_intelligence_sharing_suspended_is_a_sanction():
    evs = events("哥伦比亚总统11日下令，各情报机构暂停向美国安全部门传送情报。", "2025-11-12")
    assert find(evs, "SANCTION", "COL", "USA")


def test_words_said_in_the_talks_take_the_talks_day_not_a_took_office_month():
    text = ("日经中文网 万象报道 日本防卫大臣中谷元11月21日在万象与中国国防部长董军举行会谈。"
            "中谷元10月就任防卫大臣后，这是首次与中方防长会谈。\n\n"
            "据日本防卫省介绍，中谷元在会谈中对中国军队在日本周边的活动表达了严重关切。中谷元要求中方防止类似事件再次发生。\n\n"
            "双方确认，将切实运用去年5月开通的防务部门热线，并同意继续推进防务交流。\n")
    evs = events(text, "2024-11-22")
    assert {e["date"] for e in find(evs, "ACCUSE", "JPN", "CHN")} == {"2024-11-21"}
    assert {e["date"] for e in find(evs, "REQUEST", "JPN", "CHN")} == {"2024-11-21"}
    # (去年5月开通的热线: the line's opening month dates no agreement of this day)
    assert "2023-05" not in {e["date"] for e in find(evs, "AGREE")}


def test_ties_declared_after_talks_and_texts_exchanged_before_the_leaders():
    text = ("国家主席习近平10日同所罗门群岛总理索加瓦雷举行会谈。两国宣布建立相互尊重、共同发展的全面战略伙伴关系。"
            "会谈后，两国领导人见证交换了警务、贸易等领域的合作文本。")
    evs = events(text, "2023-07-11")
    assert find(evs, "AGREE", "CHN", "SLB") and find(evs, "SUPPORT", "CHN", "SLB")
    # (a community of mankind urged in a speech declares no ties; negotiators trading drafts sign nothing)
    assert not find(events("习近平强调，中方愿同各方一道推动构建人类命运共同体。", "2023-07-11"), "AGREE")
    evs = events("俄方代表团团长会后说，双方交换了各自起草的备忘录。", "2025-06-03")
    assert not find(evs, "SUPPORT")


def test_a_city_police_bureau_opening_its_clause_and_a_bounty_on_officers():
    evs = events("厦门市公安局思明分局11日发布悬赏通告，悬赏通缉台湾军方心理作战大队18名官兵。", "2025-10-12")
    s = find(evs, "SANCTION", "CHN", "TWN")
    assert s and s[0]["date"] == "2025-10-11"
    assert find(events("冲绳县警方12日逮捕了一名美军士兵。", "2025-10-13"), "COERCE", "JPN", "USA")


def test_a_state_recognised_is_support_and_a_recognition_refused_or_weighed_is_not():
    evs = events("法国总统22日在联合国总部宣布，法国正式承认巴勒斯坦国。", "2025-09-23")
    assert find(evs, "SUPPORT", "FRA", "PSE")
    assert not find(events("比利时外交大臣表示，将在满足条件后承认巴勒斯坦国。", "2025-09-23"), "SUPPORT")
    assert not find(events("美国国务院说，美方拒绝承认巴勒斯坦国。", "2025-09-23"), "SUPPORT")
    assert not find(events("新加坡外交部说，新方将持续评估承认巴勒斯坦国的时机。", "2025-09-23"), "SUPPORT")


def test_prisoners_let_out_are_a_release():
    evs = events("以色列20日凌晨从奥费尔监狱放出90名巴勒斯坦在押人员。", "2025-01-21")
    assert find(evs, "CONCEDE", "ISR", "PSE")
    assert not find(events("美方放出风声称将加征关税。", "2025-01-21"), "CONCEDE")


def test_a_tariff_raised_is_a_sanction_and_a_tariff_lowered_a_retreat():
    evs = events("国务院关税税则委员会11日宣布，自12日起对原产于美国的进口商品加征的关税税率由84%提高到125%。", "2025-04-12")
    s = find(evs, "SANCTION", "CHN", "USA")
    assert s and s[0]["date"] == "2025-04-11"
    evs = events("商务部14日说，中方对原产于美国的进口商品加征的关税税率由125%下调至34%。", "2025-05-15")
    assert find(evs, "RETREAT", "CHN", "USA") and not find(evs, "SANCTION")
    # (a statistic falling is no measure)
    assert not events("今年前三季度，中国对美出口额同比下降，关税负担降至历史低位。", "2025-10-15")


def test_a_wto_case_brought_charges_the_country_and_ties_cut_to_charge_level_are_a_sanction():
    evs = events("欧盟于2022年1月就此把中国诉至世贸组织。", "2025-11-11")
    a = find(evs, "ACCUSE", "EUR", "CHN")
    assert a and a[0]["date"] == "2022-01"
    assert not find(events("日方表示，必要时将向世贸组织提起诉讼。", "2025-11-11"), "ACCUSE")
    evs = events("立陶宛允许台湾当局以“台湾”名义设立代表处。中方21日宣布将中立两国外交关系降为代办级。", "2021-11-22")
    s = find(evs, "SANCTION", "CHN")
    assert s and s[0]["date"] == "2021-11-21"


def test_a_court_seated_in_a_capital_is_not_that_government():
    evs = events("印度外交部28日发表声明，拒不接受海牙一仲裁庭作出的裁决。", "2025-06-29")
    assert not [e for e in evs if "NLD" in (e["actor"]["country"], (e["recipient"] or {}).get("country"))]


def test_all_consequences_to_be_borne_by_a_party_is_a_warning_to_it():
    evs = events("外交部发言人说，菲方如果一意孤行，由此产生的一切后果都要由菲方承担。", "2024-09-02")
    assert find(evs, "THREATEN", "CHN", "PHL")


def test_a_channel_named_and_talks_as_a_topic_are_no_talks():
    evs = events("中越海上问题磋商机制下一次会议将在河内举行。", "2024-06-21")
    assert not [e for e in find(evs, "CONSULT") if e["modality"] == "asserted"]
    evs = events("发言人说，中越双方一直就举行磋商保持沟通。", "2024-06-21")
    assert not find(evs, "CONSULT")


def test_he_goes_on_speaking_on_the_day_he_was_said_to_speak():
    text = ("路透社记者：越南国防部长18日对媒体说，16日中方船只拦截了越方渔船。他要求中方赔偿损失。中方如何回应？\n\n"
            "发言人：越方说法不符合事实。")
    e = find(events(text, "2024-06-20"), "REQUEST", "VNM", "CHN")
    assert e and e[0]["date"] == "2024-06-18"


def test_blame_laid_on_a_party_is_an_accusation_of_it():
    evs = events("俄罗斯总统普京把局势升级的责任归于美国。", "2024-11-21")
    assert find(evs, "ACCUSE", "RUS", "USA")
    evs = events("中方表示，把自身问题归咎于他人是不负责任的。", "2024-11-21")
    assert not find(evs, "ACCUSE", "CHN")


def test_strong_concern_at_a_partys_act_is_an_accusation():
    evs = events("日本外相在会谈中就中方拘留日本公民一事向中方表示强烈关切。", "2023-04-03")
    assert find(evs, "ACCUSE", "JPN", "CHN")


def test_the_subject_of_what_a_critic_goes_on_to_say_is_the_one_criticised():
    text = "特朗普16日同泽连斯基通电话。泽连斯基当天批评说，俄方连谈判的日子也在杀人。"
    assert find(events(text, "2025-08-17"), "ACCUSE", "UKR", "RUS")
    text = "美国国务院宣布批准对台军售。国台办发言人27日批评，赖清德此行真正目的是借过境之名倚美谋独。"
    e = find(events(text, "2024-11-29"), "ACCUSE", "CHN")
    assert [x["recipient"]["country"] for x in e] == ["TWN"]


def test_intentions_told_an_exemption_withdrawn_islamic_countries_and_a_summit_of_no_list():
    evs = events("吕特对记者说，德国、芬兰和丹麦都已表示要加入这一安排。", "2025-07-15")
    assert not find(evs, "REQUEST")
    evs = events("特朗普10日签署公告，取消此前给予欧盟的钢铝关税豁免和配额安排。", "2025-02-11")
    assert not find(evs, "RETREAT")
    evs = events("阿拉伯国家和伊斯兰国家领导人在多哈召开紧急峰会。", "2025-09-16")
    assert not evs


def test_he_speaking_again_after_his_own_he_sentence_is_still_the_spokesperson():
    text = ("国防部新闻发言人张晓刚21日答记者问。他说，美方一边声称重视两军沟通，一边宣布对台军售。"
            "“不能一边拆台，一边又要对方握手言欢。”他说，美方应当立即停止武装台湾。")
    assert find(events(text, "2024-11-21"), "REQUEST", "CHN", "USA")


def test_a_penalty_threatened_is_a_threat_not_a_sanction():
    evs = events("特朗普20日就职当天曾扬言，将从2月1日起对墨西哥输美商品加征25%关税。", "2025-01-25")
    assert find(evs, "THREATEN", "USA", "MEX")
    assert not [e for e in find(evs, "SANCTION") if e["modality"] == "asserted"]


def test_a_vague_word_inside_what_is_done_leaves_the_day_the_sentence_opens_with():
    text = "外交部发言人17日说，上周五，外交部已经提醒中国公民近期避免赴日。"
    e = find(events(text, "2025-11-17"), "SANCTION", "CHN", "JPN")
    assert e and e[0]["date"] == "2025-11-14"


def test_the_one_pressed_is_not_the_one_pressing_and_a_strike_to_come_soon_is_a_threat():
    evs = events("发言人说，问题的根源在于美方单方面退出协议，并持续对伊朗极限施压。", "2025-06-13")
    assert not find(evs, "ACCUSE", "CHN", "IRN")
    evs = events("美国总统说，美军很快就会开始从陆地上打击委内瑞拉毒贩。", "2025-11-28")
    assert find(evs, "THREATEN", "USA", "VEN") and not find(evs, "ASSAULT")
    evs = events("这是本周以来普京与外国领导人密集通话中的一次。", "2025-08-13")
    assert not find(evs, "CONSULT")


def test_refusals_declared_and_a_body_left():
    evs = events("俄罗斯副外长同日说，俄方绝不会同意北约国家军队部署在乌克兰境内。", "2025-12-17")
    assert find(evs, "REJECT", "RUS", "IGO")
    evs = events("乌拉圭总统表示，乌方不会承认委内瑞拉缺乏透明度的选举结果。", "2024-07-30")
    assert find(evs, "REJECT", "URY", "VEN")
    evs = events("阿根廷政府2月宣布退出世卫组织。", "2025-03-01")
    assert find(evs, "REJECT", "ARG", "UNO")
    evs = events("美国要求丹麦出售格陵兰岛。丹麦首相22日回应称，丹麦的主权“没有任何谈判余地”。", "2026-01-23")
    assert find(evs, "REJECT", "DNK", "USA")


def test_members_of_a_group_referred_back_each_act_on_the_groups_day():
    text = "马里、布基纳法索和尼日尔三国外长6月在巴马科会晤。三国去年1月28日宣布退出西共体。"
    e = [x for x in find(events(text, "2025-07-01"), "REJECT") if x["recipient"]["country"] == "IGO"]
    assert {x["actor"]["country"] for x in e} == {"MLI", "BFA", "NER"}
    assert {x["date"] for x in e} == {"2024-01-28"}


def test_a_standing_refusal_and_missiles_destroyed_before_launch_are_no_new_acts():
    evs = events("科索沃于2008年单方面宣布独立，塞尔维亚至今不予承认。", "2023-09-25")
    assert not find(evs, "REJECT")
    evs = events("美军16日对也门境内目标发动打击，摧毁了4枚“准备发射”的反舰弹道导弹。", "2024-01-17")
    assert not find(evs, "MOBILIZE")


def test_a_telephone_talk_of_half_an_hour_is_a_call():
    evs = events("日本外相28日傍晚与中国外交部长王毅进行了约30分钟的电话会谈。", "2025-10-29")
    assert find(evs, "CONSULT", "JPN", "CHN") or find(evs, "CONSULT", "CHN", "JPN")


def test_a_step_not_ruled_out_is_a_warning():
    evs = events("波兰副外长2日说，如果局势继续恶化，波方不排除全面关闭同白俄罗斯的边境口岸。", "2023-08-03")
    assert find(evs, "THREATEN", "POL", "BLR") and not find(evs, "SANCTION")


def test_a_pairs_strike_or_talks_charged_are_each_members():
    evs = events("叙利亚外交部发言人当天谴责美英空袭，称其践踏国际法。", "2024-02-04")
    assert find(evs, "ACCUSE", "SYR", "USA") and find(evs, "ACCUSE", "SYR", "GBR")
    evs = events("朝鲜外务省8日发表谈话，谴责日美核威慑会议是在策划侵略。", "2024-06-09")
    assert find(evs, "ACCUSE", "PRK", "JPN") and find(evs, "ACCUSE", "PRK", "USA")


@pytest.mark.parametrize("text,actor,sector", [
    ("菲律宾海军9日指责中方舰艇危险逼近。", "PHL", "MIL"),
    ("日本海上保安厅10日指责中方船只驶入领海。", "JPN", "COP"),
    ("菲律宾海岸警卫队发言人11日晚发文，指责中方船只非法拦截。", "PHL", None),
])
def test_a_countrys_navy_or_coast_guard_is_not_its_sea(text, actor, sector):
    e = find(events(text, "2024-08-12"), "ACCUSE", actor, "CHN")
    assert e and (sector is None or e[0]["actor"]["sector"] == sector)


def test_pristina_stands_for_kosovos_government():
    evs = events("塞尔维亚总统武契奇3日谴责普里什蒂纳当局封锁边境道路。", "2023-05-04")
    assert find(evs, "ACCUSE", "SRB", "XKX")


def test_four_countries_after_the_meeting_are_no_congress():
    evs = events("美日印澳四国外长2日在东京会晤。四国会后发表联合声明，批评朝鲜发射导弹。", "2024-03-03")
    assert not [e for e in evs if "国会" in e["actor"]["text"]]


def test_a_sanction_named_as_the_sanctioners_thing_or_eased_is_no_new_sanction():
    evs = events("俄罗斯外交部发言人5日表示，美方的制裁是徒劳的。", "2024-03-06")
    assert not find(evs, "SANCTION")
    evs = events("国务院官员随后表示，此举并不意味着美方放松了对委内瑞拉的制裁。", "2024-03-06")
    assert not find(evs, "SANCTION")
    evs = events("大陆委员会批评，北京一再以制裁、断供等手段施压外国企业。", "2024-03-06")
    assert not find(evs, "SANCTION")
    evs = events("欧盟6日宣布对俄方的新一轮制裁措施。", "2024-03-07")
    assert find(evs, "SANCTION", "EUR", "RUS")


def test_one_character_forms_listed_with_commas_are_each_a_party():
    evs = events("伊朗外交部27日召回驻英、法、德三国大使，以抗议三国推动恢复制裁。", "2025-09-28")
    assert {e["recipient"]["country"] for e in find(evs, "SANCTION", "IRN")} == {"GBR", "FRA", "DEU"}
    assert not find(evs, "PROTEST")
    evs = events("朝鲜外务省谴责美、日、韩等国举行联合军演。", "2024-06-30")
    assert {e["recipient"]["country"] for e in find(evs, "ACCUSE", "PRK")} == {"USA", "JPN", "KOR"}


def test_a_host_country_after_xiang_is_addressed():
    evs = events("中方对此坚决反对，并已就此向会议主办国意大利提出严正交涉。", "2024-06-15")
    assert find(evs, "ACCUSE", "CHN", "ITA") and not find(evs, "ACCUSE", "ITA")


def test_no_agreement_on_a_topic_is_negated():
    evs = events("由于分歧太大，泰国和柬埔寨外长最终没有就停火安排达成一致。", "2024-06-15")
    assert not find(evs, "AGREE")
    evs = events("泰国和柬埔寨外长15日就停火安排达成一致。", "2024-06-16")
    assert find(evs, "AGREE")


def test_a_treatys_terms_and_a_capacity_are_no_strikes():
    evs = events("美方重申，共同防御条约适用于日本自卫队在东海任何地方遭受的武装攻击。", "2024-06-15")
    assert not find(evs, "ASSAULT")
    evs = events("英军14日空袭了胡塞武装的雷达站，以削弱胡塞武装袭击商船的能力。", "2024-06-15")
    assert find(evs, "ASSAULT", "GBR") and not find(evs, "ASSAULT", "YEM")


def test_a_mission_posted_to_a_city_is_its_countrys():
    evs = events("伊朗副外长25日同英法德三国代表举行会谈。会谈在伊朗驻伊斯坦布尔总领事馆举行。", "2024-06-09")
    assert find(evs, "CONSULT", "IRN", "DEU")
    assert not [e for e in evs if e["event_type"] == "CONSULT" and "CHN" in pair(e)]


def test_firms_listed_for_arms_sales_are_their_countrys():
    text = "商务部当天宣布，将参与对台军售的通用动力公司、诺斯罗普·格鲁曼公司列入不可靠实体清单。"
    evs = events(text, "2024-05-21")
    assert find(evs, "SANCTION", "CHN", "USA") and not find(evs, "SANCTION", "USA")


def test_a_premier_is_not_the_last_foreign_leader_named():
    evs = events("特朗普24日威胁对加拿大商品加征关税。安大略省省长福特则批评，容许更多中国电动车入口会冲击本地汽车业。", "2026-01-25")
    assert not find(evs, "ACCUSE", "USA")


def test_people_in_custody_told_of_are_no_arrest():
    evs = events("据全球事务部介绍，乔利上月出席慕尼黑安全会议期间曾与王毅会面，当时已就在华受羁押加拿大人的个案表达关切。", "2025-03-20")
    assert not find(evs, "COERCE")


def test_a_body_told_of_by_a_foreign_speaker_is_the_speakers_countrys():
    evs = code_text("美国国务院发言人米勒20日表示，国防部将向菲律宾提供5亿美元军事援助。", published="2024-07-21")
    assert find(evs, "AID", "USA", "PHL") and not find(evs, "AID", "CHN")


def test_two_countries_just_named_are_not_the_tracked_pair():
    text = "美国国防部宣布，防长赫格塞思将于下周访问菲律宾和日本，分别同两国防长举行会谈。"
    evs = code_text(text, published="2025-03-20")
    assert not [e for e in evs if e["event_type"] == "CONSULT" and "CHN" in pair(e)]


def test_what_may_happen_or_is_sought_is_no_act():
    evs = code_text("特朗普3日对记者说，他很可能在未来几天内同中方领导人通话。", published="2025-02-04")
    assert not find([e for e in evs if e["modality"] != "hypothetical"], "CONSULT")
    evs = code_text("日本政府正在协调，争取首相下月出席峰会期间与中国国家主席举行会谈。", published="2023-10-20")
    assert not find([e for e in evs if e["modality"] != "hypothetical"], "CONSULT")
    evs = events("有官员表示，若会谈实现，首相将直接向对方提出释放被拘员工的问题。", "2023-10-20")
    assert not find(evs, "CONCEDE")


def test_one_future_marker_governs_the_coordinated_act():
    evs = code_text("商务部3日发表声明说，将就美方做法向世贸组织提起诉讼，并采取相应反制措施。", published="2025-02-04")
    assert all(e["modality"] == "future" for e in find(evs, "SANCTION"))


def test_an_expert_of_an_institute_is_not_his_country():
    evs = events("中国社会科学院美国研究所一位研究员对记者表示，美方必须停止向台湾出售武器。", "2025-12-20")
    assert not find(evs, "REQUEST", "CHN", "USA")


def test_diplomats_of_a_one_character_country_expelled():
    evs = events("德国4月驱逐了40名俄外交官。", "2023-05-31")
    assert find(evs, "SANCTION", "DEU", "RUS")


def test_the_written_office_beats_a_namesake():
    evs = events("土耳其国防部长阿卡尔28日在莫斯科同叙利亚国防部长阿巴斯举行会谈。", "2022-12-29")
    assert find(evs, "CONSULT", "TUR", "SYR") and not find(evs, "CONSULT", "TUR", "PSE")


def test_a_stated_number_of_parties_trims_a_run_of_characters():
    evs = events("埃尔多安15日说，他已向普京提议建立土叙俄三方对话机制。", "2022-12-16")
    assert not [e for e in evs if (e["recipient"] or {}).get("country") in ("LTU", "TKM")]


def test_an_attacker_is_no_attack():
    from xinhao.patterns import load_patterns
    strike = next(p for p in load_patterns() if p.id == "assault.strike")
    text = "内政部长称，袭击者属于库尔德工人党。"
    assert not strike.ok_after(text, text.index("袭击") + 2)
    text = "土空军当晚袭击了库尔德工人党目标。"
    assert strike.ok_after(text, text.index("袭击") + 2)


def test_a_hong_kong_papers_government_is_the_sars_and_its_ministries_chinas():
    text = "政府發言人3日敦促英國立即停止干預香港事務。外交部發言人毛寧4日表示，中方對英方言論強烈不滿。"
    art = Article(id="hk", text=text, published=datetime.date(2023, 7, 5), outlet="明報")
    evs = [e for e in get_pipeline().code_article(art) if e["modality"] == "asserted"]
    assert find(evs, "REQUEST", "HKG", "GBR") and not find(evs, "REQUEST", "CHN")
    assert find(evs, "ACCUSE", "CHN", "GBR")


def test_a_ministers_colleague_after_yu_is_of_her_country():
    evs = events("澳洲外长黄英贤与司法部长德莱弗斯3日发表联合声明，反对在澳洲执行他国法律。", "2023-07-04")
    assert not [e for e in evs if "CHN" in pair(e)]


def test_talks_planned_then_put_off_were_not_held():
    evs = events("按原计划，美国和乌克兰代表团会谈应于1日在伊斯坦布尔举行，后因日程协调问题推迟。", "2026-02-03")
    assert not find(evs, "CONSULT")
    evs = events("美印双方曾于7月14日在华盛顿举行谈判，按原计划，美方团队应在8月抵达新德里，但这一行程后来被推迟。", "2025-09-01")
    assert find(evs, "CONSULT", "USA", "IND") or find(evs, "CONSULT", "IND", "USA")


def test_one_man_with_two_offices_is_met_as_his_countrys():
    evs = events("峰会开幕前一天，李强还会见了非盟轮值主席、安哥拉总统洛伦索。", "2025-11-23")
    assert find(evs, "CONSULT", "CHN", "AGO") and not find(evs, "CONSULT", "CHN", "IGO")


def test_a_measure_explained_is_not_imposed():
    evs = events("商务部14日说，王文涛当天同欧盟委员谢夫乔维奇通话。消息称，王文涛向欧方介绍了中方出口管制措施的有关考虑，"
                 "强调相关措施不针对特定国家。", "2025-10-15")
    assert not find(evs, "SANCTION")


def test_a_visit_put_off_for_illness_is_no_refusal():
    evs = events("巴西总统原定3月下旬访华，后因患肺炎推迟了行程。", "2023-04-10")
    assert not find(evs, "REJECT")


def test_a_standing_position_is_no_demand():
    evs = briefing_events("赵立坚：中方一贯主张，二十国集团应当聚焦发展议题，拿出切实举措。", "2022-07-11")
    assert not find(evs, "REQUEST")


def test_a_meeting_named_by_what_it_issued_is_not_held_that_day():
    text = ("美日韩领导人18日在戴维营举行会晤。外交部发言人汪文斌21日表示，美日韩领导人会晤发表的文件抹黑中国，"
            "粗暴干涉中国内政。")
    evs = events(text, "2023-08-22")
    assert not [e for e in evs if e["event_type"] == "CONSULT" and e["date"] == "2023-08-21"]


def test_a_maldivian_minister_is_not_his_israeli_namesake():
    evs = events("扎米尔本月8日至10日对印度进行正式访问，这是马方外长首次访印。", "2024-05-14")
    assert find(evs, "CONSULT", "MDV", "IND") and not [e for e in evs if "ISR" in pair(e)]


def test_a_strike_disowned_or_not_allowed_is_no_strike():
    evs = events("沙特等国在会谈中向伊方表示，不会允许以色列借用其领空打击伊朗。", "2024-10-14")
    assert not find(evs, "ASSAULT")
    evs = events("以军20日空袭荷台达港。沙特国防部发言人说，沙特与打击荷台达没有任何关联。", "2024-07-21")
    assert not find(evs, "ASSAULT", "SAU")


def test_a_proposal_about_sanctions_and_a_blockade_lifted_are_no_acts():
    evs = events("他说，俄方曾提议给对朝制裁设定期限、每年重新审议。", "2024-03-29")
    assert not find(evs, "SANCTION")
    evs = events("张军18日敦促以方立即停止集体惩罚，解除对加沙的封锁。", "2023-10-19")
    assert not find(evs, "COERCE")


def test_a_habit_charged_is_no_days_act():
    evs = events("中方代表表示，美方舰机长期在中国周边海域抵近侦察，这才是问题的症结所在。", "2026-06-05")
    assert not find(evs, "MOBILIZE")


def test_criticism_drawn_is_nobodys_accusation():
    evs = events("2015年7月，泰国曾把109名维吾尔族人送回中国，当时引起国际人权组织的强烈批评。", "2025-02-28")
    assert not find(evs, "ACCUSE", "THA")


def test_a_call_or_talks_of_some_length_are_held():
    evs = events("巴西总统卢拉7日与印度总理莫迪通电话近一个小时。", "2025-08-08")
    assert find(evs, "CONSULT", "BRA", "IND") or find(evs, "CONSULT", "IND", "BRA")
    evs = events("美国特使威特科夫6日在莫斯科同普京会谈了约三个小时。", "2025-08-07")
    assert find(evs, "CONSULT", "USA", "RUS") or find(evs, "CONSULT", "RUS", "USA")


def test_how_long_a_call_lasted_is_no_new_call():
    text = ("习近平主席2日晚应约与美国总统拜登通电话一个多小时。这是两国元首去年11月在旧金山会晤后的首次直接交流，"
            "通话持续了一个多小时。拜登说，美方不寻求打“新冷战”。")
    evs = events(text, "2024-04-03")
    assert find(evs, "CONSULT", "CHN", "USA")  # (the length is no time adverbial: 会见X时)
    assert not [e for e in evs if e["date"] == "2023-11" and e["event_type"] != "CONSULT"]
    evs = events("巴西总统卢拉7日与莫迪通电话，通话持续了近一个小时。", "2025-08-08")
    assert len(find(evs, "CONSULT")) == 1


def test_a_tariff_raised_on_a_country_by_order():
    evs = events("美国总统特朗普7月31日晚间签署行政令，宣布上调对加拿大商品的关税。", "2025-08-01")
    assert find(evs, "SANCTION", "USA", "CAN")


def test_a_relative_clauses_head_speaks_and_a_summit_forum_is_no_person():
    text = "同在18日，正在北京出席第三届国际合作高峰论坛的联合国秘书长古特雷斯再次发出呼吁，要求哈马斯立即释放人质。"
    evs = events(text, "2023-10-19")
    assert find(evs, "REQUEST", "UNO", "PSE") and not find(evs, "REQUEST", "CHN")


def test_namesakes_told_apart_by_date_and_a_press_freedom_group():
    evs = events("本月12日，叙利亚外长希巴尼、约旦外交大臣萨法迪和巴拉克在约旦首都安曼举行三方会议。", "2025-08-20")
    assert find(evs, "CONSULT", "SYR", "USA") or find(evs, "CONSULT", "USA", "SYR")
    assert not [e for e in evs if "ISR" in pair(e)]
    evs = events("总部设在纽约的保护记者委员会11日发表声明，谴责以军空袭造成记者伤亡。", "2025-09-12")
    assert find(evs, "ACCUSE", "NGO", "ISR")


def test_an_exercise_named_after_its_pair_is_held_by_the_pair():
    evs = events("“海洋卫士-3”中国巴基斯坦海上联合演习11日上午在上海某军港举行开幕式。", "2023-11-12")
    assert find(evs, "COOPERATE", "CHN", "PAK") or find(evs, "COOPERATE", "PAK", "CHN")
    evs = events("同月，“金龙-2023”中柬两军联合演习在柬埔寨磅士卑省举行。", "2023-12-28")
    assert find(evs, "COOPERATE", "CHN", "KHM") or find(evs, "COOPERATE", "KHM", "CHN")


def test_ba_in_a_pair_is_pakistan_beside_china_and_palestine_beside_israel():
    evs = events("中巴两国海军28日在阿拉伯海举行联合演习。", "2023-12-29")
    assert find(evs, "COOPERATE", "CHN", "PAK") or find(evs, "COOPERATE", "PAK", "CHN")
    evs = events("巴以双方28日同意停火。", "2023-12-29")
    assert [e for e in find(evs, "AGREE") if pair(e) == {"PSE", "ISR"}]


def test_a_quoted_demand_with_its_addressee_after_the_quote():
    evs = events("美國國務院23日發表聲明，「強烈敦促」北京保持克制。", "2024-05-24")
    assert find(evs, "REQUEST", "USA", "CHN")
    evs = events("中方对美方的无理“要求”不予理会。", "2024-05-24")
    assert not find(evs, "REQUEST")


def test_acts_only_claimed_undecided_or_named_are_no_acts():
    evs = events("乌克兰总统前一天在基辅举行记者会时声称，中方正在向俄罗斯提供武器和炮弹。", "2025-04-18")
    assert not find(evs, "AID")
    evs = events("截至发稿时，科索沃方面尚未说明何时取消对塞尔维亚货物的禁令。", "2023-05-30")
    assert not find(evs, "RETREAT")
    evs = events("图为7月17日，塞内加尔和法国军官在达喀尔出席营地移交仪式。", "2025-07-18")
    assert not find(evs, "CONCEDE")
    evs = events("美国国务卿20日在阿莱曼同埃及总统会谈，讨论加沙停火及被扣押人员交换方案。", "2024-08-21")
    assert not find(evs, "COERCE")


def test_not_ruling_out_is_no_refusal():
    evs = events("美国总统特朗普7日在记者会上拒绝排除以军事手段获取格陵兰的可能。", "2025-01-08")
    assert not find(evs, "REJECT")


def test_troops_pulled_back_or_a_deployment_talked_of_are_no_deployment():
    evs = events("柬埔寨国防部30日说，柬方已将部署在边境一线的部分部队和重型武器后撤至二线阵地。", "2025-12-31")
    assert not find(evs, "MOBILIZE")
    evs = events("普京4日说，一旦达成长期和平，就没有理由在乌克兰部署外国部队。", "2025-09-05")
    assert not find(evs, "MOBILIZE")


def test_an_agreement_asked_for_or_to_be_reached_is_not_reached():
    evs = code_text("白宫新闻秘书15日称，现在球在中国一边，中方需要同美方达成协议。", published="2025-04-16")
    assert not [e for e in find(evs, "AGREE") if e["modality"] == "asserted"]
    evs = code_text("特朗普对媒体说，美国会出一份力，具体做法将由美欧共同商定。", published="2025-03-01")
    assert not [e for e in find(evs, "AGREE") if e["modality"] == "asserted"]


def test_nouns_figures_and_any_attack_are_no_strikes():
    for text in ("美海军攻击型潜艇17日驶入釜山。",
                 "特朗普当天宣布，美方已批准把2008年孟买恐怖袭击案涉案人员引渡到印度受审。",
                 "泽连斯基8日发文，称这是对和平努力的沉重打击。",
                 "两国警告，朝鲜对韩美的任何核攻击都将招致迅速回应。"):
        assert not find(events(text, "2023-12-18"), "ASSAULT"), text


def test_a_transliterated_name_is_not_two_countries():
    evs = events("卢拉前一天在玫瑰宫同阿根廷总统费尔南德斯举行会谈，两国政府签署了多份文件。", "2023-01-24")
    assert not [e for e in evs if {"DEU", "LKA"} & pair(e)]
    evs = events("习近平10日与几内亚比绍总统举行会谈，双方宣布把中几比关系提升为战略伙伴关系。", "2024-07-11")
    assert not [e for e in evs if "BEL" in pair(e)]


def test_a_delegate_who_speaks_plainly_is_the_speaker():
    # 直言/坦言 introduce speech as 说 does: the one who says it charges, not the delegate before him
    evs = events("印尼代表在表决前解释说，草案不会带来任何进展。巴基斯坦代表则直言，美国借人权之名搞政治操弄，"
                 "“这种做法只会毒化理事会的合作氛围”。", "2022-10-07")
    assert ("PAK", "USA") in {(e["actor"]["country"], (e["recipient"] or {}).get("country")) for e in find(evs, "ACCUSE")}
    assert not [e for e in find(evs, "ACCUSE") if e["actor"]["country"] == "IDN"]


def test_drills_charged_as_a_habit_are_no_drill_of_the_day():
    evs = events("朝鲜代表在会上说，美国在半岛周边部署航母，同韩国频繁举行大规模联合军演，才是局势紧张的根源。", "2023-11-28")
    assert not find(evs, "COOPERATE")
    evs = events("美国和韩国27日起在半岛南部海域举行大规模联合军演。", "2023-11-28")
    assert find(evs, "COOPERATE")


def _pairs(evs, etype):
    return {(e["actor"]["country"], (e["recipient"] or {}).get("country")) for e in find(evs, etype)
            if e["modality"] == "asserted"}


def test_a_case_taken_to_the_wto_answers_the_party_whose_measure_it_is():
    # the organisation is only the forum: the case is brought against the party named after 就, after 把, after 指,
    # or, with 就此, the other party of the story
    evs = events("巴西政府11日就美方关税措施正式向世界贸易组织提出磋商请求。", "2025-08-12")
    assert _pairs(evs, "ACCUSE") == {("BRA", "USA")}
    assert not [e for e in evs if (e["recipient"] or {}).get("country") == "IGO"]
    evs = events("欧盟27日宣布，已就中国对立陶宛的贸易限制向世界贸易组织提起诉讼。", "2022-01-28")
    assert _pairs(evs, "ACCUSE") == {("EUR", "CHN")}
    evs = events("欧盟于2022年1月就此把中国诉至世贸组织。", "2023-03-01")
    assert _pairs(evs, "ACCUSE") == {("EUR", "CHN")}
    evs = events("欧方去年11月25日向世界贸易组织提出磋商请求，指中方的临时措施违反世贸规则。", "2025-07-05")
    assert ("EUR", "CHN") in _pairs(evs, "ACCUSE")
    evs = events("美方宣布对巴西商品加征50%关税。巴西外交部当天宣布，巴方已就此向世界贸易组织提出磋商请求。", "2025-08-06")
    assert ("BRA", "USA") in _pairs(evs, "ACCUSE")
    evs = events("中澳双方就大麦争端达成一致，澳方随即暂停了在世贸组织提起的相关诉讼。", "2023-04-12")
    assert _pairs(evs, "RETREAT") == {("AUS", "CHN")}


def test_a_wto_case_promised_or_weighed_is_no_case_brought():
    evs = events("吉尔上周五表示，如果中方最终决定征税，欧方将把案件诉诸世贸组织。", "2026-02-12")
    assert not _pairs(evs, "ACCUSE")
    assert ("EUR", "CHN") in _pairs(evs, "THREATEN")
    evs = events("中方对加拿大油菜籽加征关税。加方正在研究包括诉诸世贸组织在内的各种选项。", "2025-03-20")
    assert not _pairs(evs, "ACCUSE") and not _pairs(evs, "THREATEN")


def test_regret_at_another_partys_act_is_a_reproach():
    evs = events("韩国外交部29日发表声明，对俄方行使否决权深表遗憾。", "2024-03-30")
    assert ("KOR", "RUS") in _pairs(evs, "ACCUSE")
    evs = events("欧盟外交政策负责人博雷利发表声明，称欧方对格鲁吉亚议会的决定深表遗憾。", "2024-05-29")
    assert _pairs(evs, "ACCUSE") == {("EUR", "GEO")}
    # condolence and apology reproach nobody
    evs = events("以色列对空袭造成一名卡塔尔军人死亡深表遗憾，并向卡塔尔道歉。", "2025-09-30")
    assert not _pairs(evs, "ACCUSE")
    evs = events("外交部发言人说，中方对这起事件感到遗憾和痛心，将依法处理。", "2024-09-19")
    assert not _pairs(evs, "ACCUSE")


def test_a_no_that_sinks_a_draft_answers_its_drafters_on_the_days_vote():
    evs = events("安理会25日下午就美国和阿尔巴尼亚牵头起草的决议草案进行表决，常任理事国俄罗斯投了反对票，草案未获通过。",
                 "2022-02-26")
    assert {(e["actor"]["country"], e["recipient"]["country"], e["date"]) for e in find(evs, "REJECT")} == {
        ("RUS", "USA", "2022-02-25"), ("RUS", "ALB", "2022-02-25")}
    evs = events("安理会18日就阿尔及利亚、丹麦、韩国等10个非常任理事国共同起草的加沙决议草案进行表决，美国投反对票，"
                 "草案未获通过。", "2025-09-19")
    assert _pairs(evs, "REJECT") == {("USA", "DZA"), ("USA", "DNK"), ("USA", "KOR")}
    evs = events("安理会11日就俄罗斯起草的草案进行表决。这份草案只获得俄罗斯和中国两票赞成，美国、英国和法国投了反对票，"
                 "其余10个理事国弃权，同样未能通过。", "2023-07-12")
    assert _pairs(evs, "REJECT") == {("USA", "RUS"), ("GBR", "RUS"), ("FRA", "RUS")}


def test_an_abstainer_sinks_no_draft():
    evs = events("安理会就巴西和瑞士共同起草的草案进行表决。草案获得13票赞成，常任理事国俄罗斯投反对票，中国弃权，草案被否决。",
                 "2023-07-12")
    assert not [e for e in find(evs, "REJECT") if e["actor"]["country"] == "CHN"]
    assert ("RUS", "BRA") in _pairs(evs, "REJECT")


def test_a_background_day_told_after_the_storys_day_does_not_date_the_voices_after_it():
    text = ("新华社联合国12月9日电 联合国安理会8日就阿联酋起草的一份加沙局势决议草案举行表决，美国投反对票，草案未获通过。\n\n"
            "这次会议是在秘书长古特雷斯援引《联合国宪章》第99条之后召开的。古特雷斯6日致函安理会主席，提请关注加沙局势。\n\n"
            "阿联酋常驻代表努赛贝说，阿方对美方的否决深感失望。")
    evs = events(text, "2023-12-09")
    assert {e["date"] for e in find(evs, "ACCUSE", "ARE", "USA")} == {"2023-12-08"}
    # a paragraph opening with the day's part goes on with the day just told
    text = ("新华社阿斯塔纳7月4日电 上海合作组织峰会4日在阿斯塔纳举行。\n\n普京3日一早飞抵阿斯塔纳，同托卡耶夫作了简短交谈。\n\n"
            "下午，普京会见了蒙古国总统呼日勒苏赫，双方表示要加强合作。")
    evs = events(text, "2024-07-05")
    assert {e["date"] for e in find(evs, "CONSULT", "RUS", "MNG")} == {"2024-07-03"}


def test_a_day_still_to_come_does_not_date_what_is_said_after_it():
    text = ("外交部发言人郭嘉昆18日宣布，新加坡外长将于后天访华。\n\n"
            "郭嘉昆还表示，中方对以方有关计划严重关切，坚决反对。我们呼吁以方立即停止这一危险举动。")
    evs = events(text, "2025-08-18")
    assert {e["date"] for e in find(evs, "REQUEST", "CHN", "ISR")} == {"2025-08-18"}
    assert {e["date"] for e in find(evs, "ACCUSE", "CHN", "ISR")} == {"2025-08-18"}


def test_a_capital_named_for_its_government_is_that_state():
    evs = events("埃塞俄比亚外交部28日发表声明，指责摩加迪沙同破坏地区稳定的外部势力勾连。", "2024-08-29")
    assert ("ETH", "SOM") in _pairs(evs, "ACCUSE")
    evs = events("格鲁吉亚总理说，第比利斯不会接受来自布鲁塞尔的指手画脚。欧盟随后谴责第比利斯。", "2024-05-30")
    assert ("EUR", "GEO") in _pairs(evs, "ACCUSE")


def test_a_measure_announced_to_take_effect_later_is_dated_by_its_announcement():
    evs = events("联邦总理卡尼周五（22日）在渥太华宣布，由9月1日起，加拿大将取消对符合美墨加协定原产地规则的美国商品"
                 "所征收的报复性关税。", "2025-08-23")
    assert {(e["date"], e["modality"]) for e in find(evs, "RETREAT", "CAN", "USA")} == {("2025-08-22", "asserted")}
    assert not find(evs, "THREATEN")


def test_credentials_presented_are_a_meeting_of_the_two_states():
    evs = events("习近平13日上午在人民大会堂接受挪威新任驻华大使递交国书。", "2026-04-14")
    assert {(frozenset(pair(e)), e["date"]) for e in find(evs, "CONSULT")} == {(frozenset({"CHN", "NOR"}), "2026-04-13")}
    evs = events("中国驻印尼大使王鲁彤18日在雅加达独立宫向印尼总统普拉博沃递交国书。", "2025-02-19")
    assert {frozenset(pair(e)) for e in find(evs, "CONSULT")} == {frozenset({"CHN", "IDN"})}


def test_a_verdict_of_show_lies_or_meddling_charges_its_subject():
    for text, want in (("朝鲜外务省发言人说，美韩的所谓联合声明是一出政治闹剧。", ("PRK", "USA")),
                       ("林剑12日说，日方无权对中菲之间的事情说三道四。", ("CHN", "JPN")),
                       ("俄罗斯外交部发言人称，乌克兰当局是在拿平民做筹码。", ("RUS", "UKR")),
                       ("委内瑞拉外长说，美方的说法完全是谎言。", ("VEN", "USA"))):
        assert want in _pairs(events(text, "2025-10-10"), "ACCUSE"), text


def test_a_bare_noun_after_a_party_is_what_it_owns_not_its_act():
    evs = events("当晚，墨西哥外交部发表声明，对秘方决定表示遗憾。", "2025-11-04")
    assert _pairs(evs, "ACCUSE") == {("MEX", "PER")}
    evs = events("加拿大农业部长当地时间8日晚间发表声明，对中方决定深感失望。", "2025-03-09")
    assert _pairs(evs, "ACCUSE") == {("CAN", "CHN")}


def test_fellow_condemners_are_not_charged_and_the_doer_of_the_act_just_told_is():
    evs = events("以色列军队26日空袭大马士革郊区。沙特和卡塔尔先后发表声明予以谴责。", "2025-08-28")
    assert _pairs(evs, "ACCUSE") == {("SAU", "ISR"), ("QAT", "ISR")}


def test_a_vague_time_in_what_is_done_leaves_the_day_it_was_done():
    evs = events("在中央层面，外交部及中国驻日本使馆本月14日提醒中国公民近期避免赴日。", "2025-11-22")
    assert {e["date"] for e in find(evs, "SANCTION", "CHN", "JPN")} == {"2025-11-14"}


def test_those_barred_from_entering_are_sanctioned():
    evs = events("俄罗斯外交部19日晚间发表声明，宣布禁止500名美国公民入境俄罗斯。", "2023-05-20")
    assert {(e["actor"]["country"], e["recipient"]["country"], e["date"]) for e in find(evs, "SANCTION")} == {
        ("RUS", "USA", "2023-05-19")}
    evs = events("俄方表示，如果美方取消对俄官员的限制，将不再禁止美国议员入境。", "2023-05-20")
    assert not [e for e in find(evs, "SANCTION") if e["modality"] == "asserted"]


def test_the_chair_named_by_its_country_speaks_for_that_country():
    evs = events("泰国和柬埔寨边境冲突持续。东盟轮值主席国马来西亚的总理安瓦尔20日对媒体说，他已先后同泰柬两国领导人通电话，"
                 "敦促双方保持克制。", "2025-06-21")
    assert {e["actor"]["country"] for e in find(evs, "CONSULT")} == {"MYS"}


def test_a_survivors_group_is_no_state():
    evs = events("31日，日本原子弹氢弹受害者团体协议会（日本被团协）向美国驻日本大使馆递交抗议信，要求特朗普政府撤回上述指示。",
                 "2025-11-01")
    assert {e["actor"]["country"] for e in find(evs, "REQUEST")} == {"NGO"}


def test_money_or_aid_cut_off_is_a_sanction_on_the_one_it_went_to():
    evs = events("美方同时停止向联合国近东巴勒斯坦难民救济和工程处提供资金。", "2025-02-05")
    assert _pairs(evs, "SANCTION") == {("USA", "UNO")}
    evs = events("新西兰政府暂停了对库克群岛的一笔发展援助资金。", "2025-06-20")
    assert _pairs(evs, "SANCTION") == {("NZL", "COK")} and not find(evs, "AID")


def test_visas_suspended_and_entry_limits_are_sanctions():
    evs = events("乍得总统代比次日宣布，依照对等原则暂停向美国公民签发签证。", "2025-06-06")
    assert _pairs(evs, "SANCTION") == {("TCD", "USA")}
    evs = events("马里外交部30日晚间发表公报，宣布即日起对美国公民实施同等的入境限制。", "2025-12-31")
    assert _pairs(evs, "SANCTION") == {("MLI", "USA")}
    evs = events("特朗普16日签署公告，把全面入境禁令的适用范围扩大到布基纳法索、马里和尼日尔。", "2025-12-17")
    assert _pairs(evs, "SANCTION") == {("USA", "BFA"), ("USA", "MLI"), ("USA", "NER")}
    evs = events("两国宣布恢复向对方公民签发签证。", "2025-12-17")
    assert not find(evs, "SANCTION")


def test_a_coup_condemned_charges_the_country_it_happened_in_and_eccas_is_no_party():
    evs = events("加蓬军方30日宣布接管政权。法国政府发言人30日表示，法方谴责这次军事政变。", "2023-09-01")
    assert ("FRA", "GAB") in _pairs(evs, "ACCUSE")
    evs = events("中共体4日在赤道几内亚举行特别峰会，决定暂停加蓬的成员资格。", "2023-09-05")
    assert _pairs(evs, "SANCTION") == {("IGO", "GAB")}


def test_a_show_of_force_is_no_protest():
    evs = events("金与正15日发表谈话，抨击美日韩三国当天开始的联合演习是针对朝鲜的“鲁莽武力示威”。", "2025-09-16")
    assert not find(evs, "PROTEST")
    evs = events("当天，加拉加斯数千名民众走上街头示威，抗议美方的封锁威胁。", "2025-12-18")
    assert ("VEN", "USA") in _pairs(evs, "PROTEST")


def test_a_joint_statement_aimed_at_another_party_is_no_support_between_its_issuers():
    evs = events("美日韩三国领导人会后发表联合声明，谴责朝鲜近来密集发射弹道导弹。", "2022-11-14")
    assert not find(evs, "SUPPORT")
    evs = events("会谈后，中国和阿塞拜疆发表联合声明，宣布把双边关系提升为全面战略伙伴关系。", "2025-08-31")
    assert find(evs, "SUPPORT")
    evs = events("凤凰卫视记者：二十国集团外长会在巴厘岛闭幕，会议没有发表联合声明。", "2022-07-11")
    assert not find(evs, "SUPPORT")


@pytest.mark.parametrize("text,published,day", [
    ("外交部发言人林剑9日主持例行记者会。\n\n问：据报道，日本外务省7日召见中国驻日本大使，就东海油气田开发提出所谓抗议。中方有何回应？\n\n"
     "林剑：中方在东海的开发活动完全正当合法。对于日方的所谓抗议，中国驻日本大使已当场予以驳回。", "2025-03-10", "2025-03-07"),
    ("新华社北京4月18日电 菲律宾外交部16日约见中国驻菲律宾大使馆官员，就仁爱礁附近海上对峙提出交涉。\n\n"
     "中国驻菲使馆发言人17日表示，菲方所谓交涉毫无道理，使馆已当场予以驳回。", "2025-04-18", "2025-04-16"),
])
def test_an_act_done_on_the_spot_takes_the_day_of_the_protest_it_answered(text, published, day):
    from xinhao.pipeline import code_text
    rej = [e for e in code_text(text, published) if e["event_type"] == "REJECT"]
    assert rej and {e["date"] for e in rej} == {day}


@pytest.mark.parametrize("text,published,day", [
    ("巴基斯坦首都发生爆炸。\n\n今年5月7日，印度以4月发生的恐怖袭击为由，对巴基斯坦境内多处目标发动导弹打击。", "2025-11-12", "2025-05-07"),
    ("两国关系持续紧张。\n\n10月3日，亚美尼亚以9月爆发的边境冲突为由，宣布驱逐阿塞拜疆外交官。", "2025-11-12", "2025-10-03"),
])
def test_the_time_of_what_happened_before_is_no_date_of_the_act_it_is_the_reason_for(text, published, day):
    from xinhao.pipeline import code_text
    assert {e["date"] for e in code_text(text, published)} == {day}


def test_a_measure_asked_of_another_party_is_no_threat():
    from xinhao.pipeline import code_text
    evs = code_text("伊斯兰合作组织6日召开外长特别会议，呼吁瑞典和丹麦两国政府采取必要措施，防止类似事件再次发生。", "2023-08-07")
    assert {(e["event_type"], e["actor"]["country"]) for e in evs} == {("REQUEST", "IGO")}


def test_a_city_where_an_attack_happened_is_not_charged_with_it():
    from xinhao.pipeline import code_text
    evs = code_text("中国驻阿富汗使馆当天发表声明，强烈谴责喀布尔的恐怖袭击，向遇难者表示深切哀悼。", "2024-03-22")
    assert not [e for e in evs if e["event_type"] == "ACCUSE"]
    evs = code_text("俄方强烈谴责基辅政权对莫斯科的无人机袭击。", "2024-03-22")
    assert [(e["actor"]["country"], e["recipient"]["country"]) for e in evs if e["event_type"] == "ACCUSE"] == [("RUS", "UKR")]


def test_the_first_of_a_list_of_matters_is_no_party():
    from xinhao.pipeline import code_text
    evs = code_text("乌兹别克斯坦总统表示，乌方坚定奉行一个中国原则，台湾、涉疆、涉港事务都是中国内政。", "2024-07-03")
    assert {e["actor"]["country"] for e in evs if e["event_type"] == "SUPPORT"} == {"UZB"}


@pytest.mark.parametrize("text,published,expected", [
    ("阿塞拜疆和亚美尼亚12日宣布达成临时停火协议。", "2024-06-13", {("AGREE", "AZE", "2024-06-12")}),
    ("泰国和柬埔寨直到7月28日才宣布停火。", "2025-08-02", {("AGREE", "THA", "2025-07-28")}),
    ("中方欢迎泰柬双方宣布停火。", "2025-07-29", set()),
])
def test_a_truce_the_two_sides_declare_is_their_agreement(text, published, expected):
    from xinhao.pipeline import code_text
    got = {(e["event_type"], e["actor"]["country"], e["date"]) for e in code_text(text, published) if e["event_type"] == "AGREE"}
    assert got >= expected and (expected or not got)


@pytest.mark.parametrize("text,etype,pair", [
    # a verdict of danger or hostility charges the other party
    ("加拿大国防部长5日称，中国战机的拦截“十分危险”。", "ACCUSE", ("CAN", "CHN")),
    ("俄罗斯外交部发言人23日说，欧盟的制裁是“不友好的举动”。", "ACCUSE", ("RUS", "EUR")),
    # a warning after a demand is the urger's, to the one urged
    ("外交部发言人表示，中方敦促日方立即停止干涉，否则中方将采取坚决措施。", "THREATEN", ("CHN", "JPN")),
    ("中方要求美方停止向台湾地区出售武器，否则将坚决反制。", "THREATEN", ("CHN", "USA")),
    ("国防部新闻发言人表示，中方敦促菲方约束一线人员，否则由此引发的一切后果，将由菲方承担。", "THREATEN", ("CHN", "PHL")),
])
def test_verdicts_and_warnings_after_demands_charge_the_one_addressed(text, etype, pair):
    assert _pairs(code_text(text, "2024-06-06"), etype) == {pair}


def test_a_verdict_on_what_has_not_happened_is_hypothetical():
    from xinhao.pipeline import code_text
    evs = code_text("特朗普25日说，丹麦如果不答应，那将是“非常不友好的行为”。", "2025-01-27")
    assert [e["modality"] for e in evs if e["event_type"] == "ACCUSE"] in ([], ["hypothetical"])


def test_joint_air_and_anti_submarine_drills_are_cooperation():
    from xinhao.pipeline import code_text
    evs = code_text("美日韩三国3日在朝鲜半岛附近举行联合空中演习。日本和菲律宾5日举行联合反潜演习。", "2024-11-06")
    got = {(e["actor"]["country"], e["recipient"]["country"]) for e in evs if e["event_type"] == "COOPERATE"}
    assert {frozenset(p) for p in got} >= {frozenset(("USA", "JPN")), frozenset(("JPN", "PHL"))}


def test_an_act_blamed_on_someone_is_a_noun_not_a_future_act():
    from xinhao.pipeline import code_text
    evs = code_text("美军基地遭无人机袭击，美方则将袭击归咎于伊朗支持的武装团体。", "2024-01-30")
    assert not [e for e in evs if e["event_type"] in ("THREATEN", "ASSAULT") and e["actor"]["country"] == "USA"
                and e["modality"] not in ("hypothetical", "negated")]


def test_a_release_asked_for_after_and_is_no_release():
    from xinhao.pipeline import code_text
    evs = code_text("王毅26日在釜山会见日本外相上川阳子。据日方通报，上川在会见中要求中方撤销进口禁令，并尽早释放在华被拘押的日本公民。",
                    "2023-11-27")
    assert not [e for e in evs if e["event_type"] == "CONCEDE" and e["modality"] not in ("hypothetical", "negated")]


def test_strikes_begun_on_a_day_are_dated_by_that_day():
    from xinhao.pipeline import code_text
    evs = code_text("胡塞武装22日释放了被扣押的船员。\n\n美国和英国自2024年1月12日起多次对也门境内胡塞武装目标实施空袭。", "2025-01-23")
    assert {e["date"] for e in evs if e["event_type"] == "ASSAULT"} == {"2024-01-12"}
