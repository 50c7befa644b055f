"""iter_inputs(): files, directories, globs, stdin, encodings and bad input.

Every text here is our own writing; binary fixtures are generated in tmp_path.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys

import pytest

from xinhao.model import Article, InputError
from xinhao.options import Options
from xinhao.sources import decode_bytes, iter_inputs, parse_date

OPTS = Options()
BODY = "外交部发言人表示，中方愿同各方保持沟通。\n双方同意下月举行新一轮磋商。\n"
TRAD = "國防部發言人表示，兩岸雙方應加強溝通，避免誤判。"

SIMPLIFIED_SAMPLES = [
    "中国",
    "外交部",
    "双方会谈",
    "美国国务卿访华",
    "国防部发言人表示",
    "两国元首通电话",
    "外交部发言人在例行记者会上表示，中方愿同各方加强沟通。",
    "今天上午，国务院总理在北京会见了来访的外国客人，双方就共同关心的国际和地区问题交换了意见。" * 3,
]
TRADITIONAL_SAMPLES = [
    "中國",
    "國防部",
    "兩岸關係",
    "臺灣海峽",
    "雙方舉行會晤",
    "美國國務卿訪華",
    "外交部發言人在例行記者會上表示，中方願同各方加強溝通。",
    "今天上午，國務院總理在北京會見了來訪的外國客人，雙方就共同關心的國際和地區問題交換了意見。" * 3,
]


def read_all(paths, options=OPTS):
    return list(iter_inputs([str(p) for p in paths], options))


def only(items):
    assert len(items) == 1, items
    return items[0]


def write(path, content, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# ------------------------------------------------------------------ front matter

@pytest.mark.parametrize("front, want", [
    ("id: mfa-001\npublished: 2023-07-13\ntitle: 例行记者会\nurl: https://example.org/a\noutlet: 示例网\n",
     dict(id="mfa-001", published=dt.date(2023, 7, 13), title="例行记者会",
          url="https://example.org/a", outlet="示例网", meta={})),
    ("date: 2023-07-13\n", dict(published=dt.date(2023, 7, 13))),
    ("published: 2023-07-13T08:00:00\n", dict(published=dt.date(2023, 7, 13))),
    ("published: '2023-07-13T08:00:00+08:00'\n", dict(published=dt.date(2023, 7, 13))),
    ("published: 2023/07/13\n", dict(published=dt.date(2023, 7, 13))),
    ("published: 2023年7月13日\n", dict(published=dt.date(2023, 7, 13))),
    ("published: ２０２３年７月１３日\n", dict(published=dt.date(2023, 7, 13))),
    ("published: 上周三\n", dict(published=None, meta={"published_unparsed": "上周三"})),
    ("published: 2023-02-30\n", dict(published=None, meta={"published_unparsed": "2023-02-30"})),
    ("id: 42\nlang: zh\ntags: [外交, 会谈]\n", dict(id="42", meta={"lang": "zh", "tags": ["外交", "会谈"]})),
    ("", dict(published=None, title="", meta={})),  # empty front matter
])
def test_front_matter_variants(tmp_path, front, want):
    p = write(tmp_path / "a.md", f"---\n{front}---\n{BODY}")
    art = only(read_all([p]))
    assert isinstance(art, Article), art
    assert art.text == BODY  # the body exactly as read
    assert art.source == str(p)
    if "id" not in want:
        assert art.id == str(p)
    for key, value in want.items():
        if key == "meta":
            assert {k: v for k, v in art.meta.items() if k != "encoding"} == value
        else:
            assert getattr(art, key) == value, key


def test_no_front_matter_keeps_whole_text(tmp_path):
    text = "# 标题\n\n" + BODY + "---\n结尾\n"
    art = only(read_all([write(tmp_path / "plain.txt", text)]))
    assert art.text == text and art.id == str(tmp_path / "plain.txt") and art.published is None


def test_crlf_front_matter_and_offsets(tmp_path):
    body = "双方举行会谈。\r\n会谈后发表联合声明。\r\n"
    art = only(read_all([write(tmp_path / "w.md", "---\r\nid: w1\r\ndate: 2023-07-13\r\n---\r\n" + body)]))
    assert art.id == "w1" and art.text == body
    assert art.text[art.text.index("联合声明"):][:4] == "联合声明"


@pytest.mark.parametrize("content, fragment", [
    ("---\nid: x\ntitle: 没有结束\n" + BODY, "never closed"),
    ("---\n- 一\n- 二\n---\n" + BODY, "not a mapping"),
    ("---\n只是一句话\n---\n" + BODY, "not a mapping"),
    ("---\nid: [1, 2\n---\n" + BODY, "bad YAML"),
    ("---\ntitle: a: b: c\n---\n" + BODY, "bad YAML"),
])
def test_malformed_front_matter(tmp_path, content, fragment):
    p = write(tmp_path / "bad.md", content)
    err = only(read_all([p]))
    assert isinstance(err, InputError) and err.kind == "malformed"
    assert fragment in err.reason and "\n" not in err.reason
    assert err.source == str(p) and str(p) in str(err)


@pytest.mark.parametrize("content", ["---\nid: x\n---\n", "---\nid: x\n---\n\n  \n", " \n\t\n"])
def test_empty_body_is_an_error(tmp_path, content):
    err = only(read_all([write(tmp_path / "e.md", content)]))
    assert isinstance(err, InputError) and err.kind == "empty"


def test_published_option_overrides(tmp_path):
    p = write(tmp_path / "a.md", f"---\npublished: 2023-07-13\n---\n{BODY}")
    q = write(tmp_path / "b.txt", BODY)
    opts = Options(published=dt.date(2024, 1, 2))
    a, b = read_all([p, q], opts)
    assert a.published == b.published == dt.date(2024, 1, 2)
    assert a.meta["published_original"] == "2023-07-13"


@pytest.mark.parametrize("value, want", [
    ("2023-07-13", dt.date(2023, 7, 13)),
    ("2023-7-3", dt.date(2023, 7, 3)),
    ("2023.07.13", dt.date(2023, 7, 13)),
    ("20230713", dt.date(2023, 7, 13)),
    ("2023年7月13日 08:00", dt.date(2023, 7, 13)),
    (dt.datetime(2023, 7, 13, 23, 0), dt.date(2023, 7, 13)),
    ("7月13日", None),
    ("2023-13-01", None),
    (None, None),
    (3.5, None),
])
def test_parse_date(value, want):
    assert parse_date(value) == want


# ------------------------------------------------------------------ JSONL

def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "j1", "published": "2023-07-13", "title": "甲", "text": "双方举行会谈。",
                    "url": "https://example.org/1", "outlet": "示例网", "section": "国际"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"date": "2023/07/14", "text": "中方宣布反制措施。"}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps({"title": "没有正文"}, ensure_ascii=False),
        json.dumps({"text": "   "}),
        json.dumps({"text": 5}),
        json.dumps({"id": 7, "text": "两国外长通电话。"}, ensure_ascii=False),
    ]
    p = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    out = read_all([p])
    kinds = [(o.source.rsplit(":", 1)[1], type(o).__name__, getattr(o, "kind", None)) for o in out]
    assert kinds == [
        ("1", "Article", None), ("3", "InputError", "malformed"), ("4", "Article", None),
        ("5", "InputError", "malformed"), ("6", "InputError", "malformed"), ("7", "InputError", "empty"),
        ("8", "InputError", "malformed"), ("9", "Article", None),
    ]
    first, third, last = out[0], out[2], out[-1]
    assert (first.id, first.published, first.title, first.url, first.outlet) == (
        "j1", dt.date(2023, 7, 13), "甲", "https://example.org/1", "示例网")
    assert first.meta.get("section") == "国际" and "text" not in first.meta
    assert third.id == f"{p}:4" and third.source == f"{p}:4" and third.published == dt.date(2023, 7, 14)
    assert last.id == "7" and last.text == "两国外长通电话。"
    assert "no \"text\"" in out[4].reason


def test_jsonl_line_too_large_skipped_others_read(tmp_path):
    big = json.dumps({"text": "长" * 500}, ensure_ascii=False)
    small = json.dumps({"text": "短句。"}, ensure_ascii=False)
    p = write(tmp_path / "b.jsonl", "\n".join([small, big, small]) + "\n")
    out = read_all([p], Options(max_bytes=200))
    assert [type(o).__name__ for o in out] == ["Article", "InputError", "Article"]
    assert out[1].kind == "too_large" and out[1].source == f"{p}:2"
    assert out[2].source == f"{p}:3"


def test_jsonl_empty_and_binary(tmp_path):
    assert only(read_all([write(tmp_path / "e.jsonl", "\n\n")])).kind == "empty"
    assert only(read_all([write(tmp_path / "z.jsonl", b"")])).kind == "empty"
    assert only(read_all([write(tmp_path / "b.jsonl", b"\x00\x01\x02{}\n")])).kind == "binary"
    utf16 = write(tmp_path / "u.jsonl", '{"text": "一"}\n', "utf-16")
    assert only(read_all([utf16])).kind == "encoding"


def test_jsonl_gbk_line_is_decoded(tmp_path):
    p = write(tmp_path / "g.jsonl", json.dumps({"text": "两国外长举行会谈。"}, ensure_ascii=False), "gbk")
    assert only(read_all([p])).text == "两国外长举行会谈。"


# ------------------------------------------------------------------ stdin

def _stdin(monkeypatch, data: bytes):
    buf = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buf, encoding="utf-8"))
    return buf


def test_stdin_jsonl(monkeypatch):
    rows = [{"id": f"s{i}", "text": f"第{i}条消息。"} for i in range(3)]
    _stdin(monkeypatch, ("\n  \n" + "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)).encode())
    out = read_all(["-"])
    assert [a.id for a in out] == ["s0", "s1", "s2"]
    assert out[0].source == "<stdin>:3" and out[0].text == "第0条消息。"


def test_stdin_markdown_with_front_matter(monkeypatch):
    _stdin(monkeypatch, f"---\nid: piped\ndate: 2023-07-13\n---\n{BODY}".encode())
    art = only(read_all(["-"]))
    assert (art.id, art.source, art.text, art.published) == ("piped", "<stdin>", BODY, dt.date(2023, 7, 13))


def test_stdin_gbk_text_and_default_id(monkeypatch):
    _stdin(monkeypatch, BODY.encode("gbk"))
    art = only(read_all(["-"]))
    assert art.text == BODY and art.id == "<stdin>"


def test_stdin_empty(monkeypatch):
    _stdin(monkeypatch, b"\n \n")
    assert only(read_all(["-"])).kind == "empty"


def test_stdin_jsonl_streams(monkeypatch):
    lines = "\n".join(json.dumps({"text": f"第{i}条。"}, ensure_ascii=False) for i in range(2000))
    buf = _stdin(monkeypatch, lines.encode())
    it = iter_inputs(["-"], OPTS)
    first = next(it)
    assert first.text == "第0条。"
    assert buf.tell() < len(lines.encode()) // 4  # only a small part was read
    assert sum(1 for _ in it) == 1999


# ------------------------------------------------------------------ paths

def test_glob_and_sorting(tmp_path):
    for name in ["b.md", "a.md", "c.txt", ".hidden.md"]:
        write(tmp_path / "corpus" / name, BODY)
    out = read_all([tmp_path / "corpus" / "*.md"])
    assert [a.source for a in out] == [str(tmp_path / "corpus" / n) for n in ("a.md", "b.md")]


def test_glob_without_match_and_missing_path(tmp_path):
    out = read_all([tmp_path / "nothing" / "*.md", tmp_path / "absent.md"])
    assert [(e.kind, e.source) for e in out] == [
        ("missing", str(tmp_path / "nothing" / "*.md")), ("missing", str(tmp_path / "absent.md"))]


def test_paths_are_consumed_lazily(tmp_path):
    seen = []

    def paths():
        for name in ("one.md", "two.md"):
            seen.append(name)
            yield str(write(tmp_path / name, BODY))

    it = iter_inputs(paths(), OPTS)
    next(it)
    assert seen == ["one.md"]


def test_directory_mixed_good_and_bad(tmp_path):
    d = tmp_path / "in"
    gbk_text = "外交部发言人表示，中方坚决反对有关国家的单边制裁。\n"
    big5_text = "外交部發言人表示，雙方同意恢復兩國之間的定期對話。\n"
    write(d / "1-empty.md", b"")
    write(d / "2-binary.md", bytes(range(256)) * 4)
    write(d / "3-gbk.txt", gbk_text, "gbk")
    write(d / "4-big5.txt", big5_text, "big5")
    write(d / "5-good.md", f"---\nid: good\n---\n{BODY}")
    write(d / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    out = read_all([d])
    arts = [o for o in out if isinstance(o, Article)]
    errs = [o for o in out if isinstance(o, InputError)]
    assert [a.text for a in arts] == [gbk_text, big5_text, BODY]
    assert [a.meta["encoding"] for a in arts] == ["gb18030", "cp950", "utf-8"]
    assert [(e.kind, e.source) for e in errs] == [
        ("empty", str(d / "1-empty.md")), ("binary", str(d / "2-binary.md"))]
    assert all(e.source in str(e) and "\n" not in str(e) for e in errs)


def test_directory_recurses_and_reads_unknown_extensions(tmp_path):
    d = tmp_path / "tree"
    write(d / "z.md", BODY)
    write(d / "sub" / "a.dat", BODY)
    write(d / ".git" / "config", "ignored")
    write(d / "sub" / "b.jsonl", json.dumps({"text": "一条。"}, ensure_ascii=False) + "\n")
    out = read_all([d])
    assert [o.source for o in out] == [str(d / "sub" / "a.dat"), f"{d / 'sub' / 'b.jsonl'}:1", str(d / "z.md")]


def test_directory_special_entries(tmp_path):
    d = tmp_path / "odd"
    write(d / "a.md", BODY)
    (d / "b-dangling.md").symlink_to(tmp_path / "gone.md")
    os.mkfifo(d / "c-pipe")
    (d / "d-loop").symlink_to(d)  # a directory link back to itself is followed once
    out = read_all([d])
    assert [(type(o).__name__, getattr(o, "kind", None)) for o in out] == [
        ("Article", None), ("InputError", "missing"), ("InputError", "unreadable")]


def test_empty_directory_is_reported(tmp_path):
    (tmp_path / "void").mkdir()
    assert only(read_all([tmp_path / "void"])).kind == "empty"


def test_too_large_checked_before_reading(tmp_path):
    p = write(tmp_path / "big.md", BODY * 10)
    err = only(read_all([p], Options(max_bytes=100)))
    assert err.kind == "too_large" and "100" in err.reason
    assert isinstance(only(read_all([p], Options(max_bytes=10_000))), Article)


# ------------------------------------------------------------------ encodings

@pytest.mark.parametrize("encoding, text", [
    *[("gbk", t) for t in SIMPLIFIED_SAMPLES],
    *[("gb18030", t) for t in SIMPLIFIED_SAMPLES[4:]],
    *[("big5", t) for t in TRADITIONAL_SAMPLES],
    *[("utf-8", t) for t in SIMPLIFIED_SAMPLES[:3] + TRADITIONAL_SAMPLES[:3]],
    ("utf-8-sig", BODY), ("utf-16", BODY), ("utf-16-be", "\ufeff" + TRAD), ("utf-32", BODY),
    ("gbk", TRAD),  # Traditional characters in a GBK file
])
def test_encodings_detected(tmp_path, encoding, text):
    p = write(tmp_path / "t.txt", text, encoding)
    art = only(read_all([p]))
    assert isinstance(art, Article), art
    assert art.text == text.lstrip("\ufeff")


@pytest.mark.parametrize("encoding, sentence", [
    pytest.param("gbk", "外交部发言人在例行记者会上表示，中方愿同各方加强沟通，双方代表团近日举行了第三轮磋商。", id="gbk-1"),
    pytest.param("gbk", "国防部新闻发言人答记者问时说，美方应立即停止在南海的挑衅行为。", id="gbk-2"),
    pytest.param("big5", "外交部發言人在例行記者會上表示，中方願同各方加強溝通，雙方代表團近日舉行了第三輪磋商。", id="big5-1"),
    pytest.param("big5", "國防部新聞發言人答記者問時說，美方應立即停止在南海的挑釁行為。", id="big5-2"),
])
@pytest.mark.parametrize("width", [2, 3, 5])
def test_short_texts_gbk_versus_big5(encoding, sentence, width):
    """Every short window of a sentence decodes back to itself: the guard
    against statistical detectors confusing GBK and Big5 on short input."""
    wrong = []
    for i in range(len(sentence) - width + 1):
        piece = sentence[i:i + width]
        text, codec, _ = decode_bytes(piece.encode(encoding))
        if text != piece:
            wrong.append((piece, codec, text))
    assert not wrong


def test_gb18030_four_byte_characters():
    text = "中方表示欢迎，€与𠀀同列。"
    assert decode_bytes(text.encode("gb18030"))[0] == text


def test_utf8_with_one_damaged_byte_is_kept():
    data = (BODY * 20).encode() + b"\xff" + BODY.encode()
    text, codec, errors = decode_bytes(data)
    assert codec == "utf-8" and errors == 1 and text.startswith(BODY)


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 10, "binary"),
    (bytes([0x80, 0xFF, 0xFE, 0x81]) * 50, "encoding"),
    (b"\xff\xfe\x00\xd8", "encoding"),  # UTF-16 BOM, then a lone surrogate
])
def test_undecodable_inputs(tmp_path, data, kind):
    err = only(read_all([write(tmp_path / "x.txt", data)]))
    assert isinstance(err, InputError) and err.kind == kind, err


# ------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>两国外长举行会谈 - 示例新闻网</title>
<meta property="article:published_time" content="2023-07-13T09:30:00+08:00">
<meta property="og:site_name" content="示例新闻网">
<link rel="canonical" href="https://news.example.org/world/0713.html"></head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/world">国际</a></li><li><a href="/mil">军事</a></li>
<li><a href="/video">视频</a></li></ul></nav>
<div class="sidebar"><h3>热门推荐</h3><a href="/x">点击查看更多精彩内容</a><a href="/y">广告：限时优惠</a></div>
<article><h1>两国外长举行会谈</h1>
<p>本网北京7月13日电 两国外长当天在北京举行会谈，就双边关系和共同关心的地区问题深入交换了意见。</p>
<p>双方同意恢复中断已久的磋商机制，并商定年内举行新一轮副外长级对话，加强在气候变化领域的合作。</p>
<p>会谈结束后，双方共同会见了记者，表示愿意继续保持沟通，妥善管控分歧，推动两国关系改善。</p>
</article>
<footer>版权所有 示例新闻网 | 联系我们 | 广告服务 | 网站地图</footer>
</body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_html_main_text_title_and_date(tmp_path, charset):
    p = write(tmp_path / "page.html", PAGE.format(charset=charset), charset)
    art = only(read_all([p]))
    assert isinstance(art, Article), art
    assert "恢复中断已久的磋商机制" in art.text and "妥善管控分歧" in art.text
    for clutter in ("首页", "热门推荐", "限时优惠", "版权所有"):
        assert clutter not in art.text
    assert art.title.startswith("两国外长举行会谈")
    assert art.published == dt.date(2023, 7, 13)
    assert art.url == "https://news.example.org/world/0713.html"
    assert art.outlet == "示例新闻网"
    assert art.id == str(p)


def test_html_without_main_text(tmp_path):
    p = write(tmp_path / "nav.htm", "<html><head><title>空白页</title></head><body><div></div></body></html>")
    err = only(read_all([p]))
    assert isinstance(err, InputError) and err.kind == "empty"
