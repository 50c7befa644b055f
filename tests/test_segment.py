import pytest

from xinhao.model import Article, Doc
from xinhao.segment import clause_bounds, line_kind, segment


def seg(text):
    d = Doc(article=Article(id="t", text=text), norm=text)
    return segment(d)


def test_sentences_carry_offsets_into_the_text():
    text = "外交部发言人表示，中方坚决反对。美方应立即停止挑衅！\n\n第二段说：“这是引语。”然后结束？"
    d = seg(text)
    spans = [text[s.start:s.end] for s in d.sentences]
    assert spans == ["外交部发言人表示，中方坚决反对。", "美方应立即停止挑衅！", "第二段说：“这是引语。”", "然后结束？"]
    assert d.sentences[0].para == d.sentences[1].para != d.sentences[2].para


@pytest.mark.parametrize("line,kind", [
    ("![](https://example.org/a.jpg)", "skip"),
    ("# 标题", "heading"),
    ("_图为会谈现场_", "caption"),
    ("**撰文 | 某某**", "byline"),
    ("中美经贸磋商在吉隆坡举行", "heading"),
    ("双方举行了会谈，就共同关心的问题交换了意见。", "prose"),
    ("", "blank"),
])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


def test_press_conference_paragraphs_are_marked():
    d = seg("发言人主持例行记者会。\n\n问：有记者问到此事。\n\n答：我们坚决反对。")
    assert sorted(d.info["qa"].values()) == ["", "a", "q"]


def test_clause_bounds():
    text = "甲，乙：丙"
    assert clause_bounds(text, 0, len(text)) == [(0, 1), (2, 3), (4, 5)]
