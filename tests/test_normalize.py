"""normalize(): Traditional -> Simplified, widths, quotes; same length always."""
from __future__ import annotations

import random
import time

import pytest

from xinhao.normalize import _tables, is_traditional, normalize


@pytest.mark.parametrize("trad, simp", [
    ("國防部發言人表示，將繼續密切關注有關動向。", "国防部发言人表示，将继续密切关注有关动向。"),
    ("兩國外長在東京舉行會晤。", "两国外长在东京举行会晤。"),
    ("兩岸關係", "两岸关系"),
    ("臺灣", "台湾"),
    ("美國國務卿應約同中國外長通電話", "美国国务卿应约同中国外长通电话"),
    ("雙方就經貿問題交換了意見", "双方就经贸问题交换了意见"),
    ("宣佈對該國實施製裁並暫停軍事對話", "宣布对该国实施制裁并暂停军事对话"),
    # word-dependent characters follow OpenCC's phrases
    ("隨著局勢變化，這位著名學者發表評論。", "随着局势变化，这位著名学者发表评论。"),
    ("乾隆年間的天氣十分乾燥。", "乾隆年间的天气十分干燥。"),
    ("於是雙方同意於下月舉行談判。", "于是双方同意于下月举行谈判。"),
])
def test_traditional_to_simplified(trad, simp):
    out = normalize(trad)
    assert out == simp
    assert len(out) == len(trad)


@pytest.mark.parametrize("text", [
    "著名学者指出，中美关系面临新的挑战。",  # 著 is valid Simplified: kept
    "外交部发言人表示，中方坚决反对任何形式的干涉。",
    "台湾问题是中国的内政，后来双方同意继续沟通。",
    "Plain ASCII text, 2023-07-13.",
    "",
])
def test_simplified_text_unchanged(text):
    assert normalize(text) == text


@pytest.mark.parametrize("src, want", [
    ("ＡＢＣ１２３ｘｙｚ", "ABC123xyz"),
    ("美军Ｐ－８Ａ巡逻机", "美军P－8A巡逻机"),  # only letters and digits change width
    ("北京\u3000７月１３日电", "北京 7月13日电"),
    ("他说：「我们『坚决』反对。」", "他说：“我们‘坚决’反对。”"),
    ("（新华社）。！？；，", "（新华社）。！？；，"),  # full-width punctuation stays
])
def test_width_and_quotes(src, want):
    assert normalize(src) == want


@pytest.mark.parametrize("text, expected", [
    ("國防部發言人表示", True),
    ("臺灣", True),
    ("兩岸關係", True),
    ("国防部发言人表示", False),
    ("中方愿意同美方加强沟通", False),
    ("中国", False),  # shared characters only
    ("Hello", False),
    ("国务院新闻办公室发布白皮书，谈及臺灣的历史与现状，指出两岸同胞血脉相连。", False),  # one stray form
])
def test_is_traditional(text, expected):
    assert is_traditional(text) is expected


def _random_text(rng: random.Random, n: int) -> str:
    tb = _tables()
    pools = [
        "".join(sorted(tb.t2s))[:3000],  # Traditional characters
        "".join(sorted(tb.ambiguous)),
        "國防部發言人表示兩岸關係著名隨著乾隆乾燥臺灣",
        "国防部发言人表示两岸关系台湾",
        "ＡＢＣｘｙｚ０１２３４５６７８９\u3000「」『』，。！？",
        "abcXYZ 0123456789\n\t.,;",
        "\U00020000\U0002A6D6\U0001F600",  # astral characters
    ]
    out = []
    for _ in range(n):
        if rng.random() < 0.05:
            out.append(chr(rng.randrange(0x20, 0x2FFFF)))
        else:
            pool = rng.choice(pools)
            out.append(rng.choice(pool))
    return "".join(c for c in out if not 0xD800 <= ord(c) <= 0xDFFF)


@pytest.mark.parametrize("seed", range(20))
def test_length_invariant_on_random_text(seed):
    rng = random.Random(seed)
    text = _random_text(rng, rng.randrange(0, 400))
    out = normalize(text)
    assert len(out) == len(text)
    assert normalize(out) == out  # idempotent: nothing left to convert
    # characters outside the converted set keep their place and value
    for a, b in zip(text, out):
        if a != b:
            assert a in _tables().t2s or ord(a) in _tables().safe


def test_offsets_shared_with_original():
    text = "據報導，美國國務卿於７月１３日抵達北京，同中方舉行會談。"
    out = normalize(text)
    i = text.index("國務卿")
    assert out[i:i + 3] == "国务卿"
    j = text.index("會談")
    assert out[j:j + 2] == "会谈"


def _best_time(fn, repeat=5):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("unit", [
    "外交部发言人在例行记者会上表示，中方愿同各方加强沟通。２０２３年７月，「双方」举行会谈。\n",
    "國防部發言人表示，兩岸關係著重和平發展，雙方隨著局勢變化保持溝通。\n",
])
def test_speed_is_a_small_multiple_of_str_translate(unit):
    """Speed floor as a ratio: normalize() costs at most 5x one str.translate
    over the same text with a one-entry table (no wall-clock limit)."""
    text = unit * 4000
    normalize(text)  # build the tables outside the timing
    base = _best_time(lambda: text.translate({0xFF10: "0"}))
    ours = _best_time(lambda: normalize(text))
    assert ours <= 5 * base, f"normalize {ours:.4f}s vs translate {base:.4f}s"
