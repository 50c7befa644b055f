"""Inputs: files, directories, globs and stdin, read one article at a time.

``iter_inputs(paths, options)`` yields an :class:`~xinhao.model.Article` for
every article it can read and an :class:`~xinhao.model.InputError` (one line:
the file and the reason) for every one it cannot. Nothing is dropped silently:
every regular file under a directory is an input, whatever its extension.

Formats, by extension (anything else is read as text):

* ``.md``, ``.txt``: optional YAML front matter between ``---`` lines (keys
  ``id``, ``published`` / ``date``, ``title``, ``url``, ``outlet``; any other key
  goes to ``meta``), then the body, kept exactly as decoded;
* ``.jsonl`` / ``.ndjson``: one JSON object per line (``id``, ``published`` /
  ``date``, ``title``, ``text``, ``url``, ``outlet``), read line by line; a bad
  line is reported and the others go on. ``max_bytes`` applies per line;
* ``.html``, ``.htm``, ``.xhtml``: main text, title, date, URL and site name
  from trafilatura (offline).

``-`` reads stdin: JSONL when the first non-blank character is ``{``, else text
with optional front matter.

Everything streams: one file (or one JSONL line) is in memory at a time.
Encodings: UTF-8 (BOM or not), UTF-16/32 with a BOM, GB18030/GBK and Big5 by
strict decoding scored on common Chinese characters, charset-normalizer for
the rest (see decode_bytes).
"""
from __future__ import annotations

import datetime as _dt
import glob
import json
import os
import re
import stat
import sys
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Any, BinaryIO, Iterable, Iterator

import yaml

from .model import Article, InputError
from .options import Options

__all__ = ["iter_inputs", "decode_bytes", "parse_date", "split_front_matter", "DecodeProblem"]

JSONL_EXTS = {".jsonl", ".ndjson"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
STDIN_SOURCE = "<stdin>"
_FIELDS = ("id", "published", "date", "title", "url", "outlet")
_GLOB_MAGIC = re.compile(r"[*?[]")


class DecodeProblem(Exception):
    """Why some bytes are not an article: ``kind`` is an InputError kind."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


# --------------------------------------------------------------------------- paths

def iter_inputs(paths: Iterable[str | os.PathLike], options: Options | None = None
                ) -> Iterator[Article | InputError]:
    """Articles and input errors from ``paths``, in order, one at a time."""
    options = options or Options()
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            yield from _iter_stdin(options)
        elif os.path.isdir(path):
            yield from _iter_dir(path, options)
        elif os.path.lexists(path):
            yield from _iter_file(path, options)
        elif _GLOB_MAGIC.search(path):
            matches = sorted(glob.iglob(path, recursive=True))
            if not matches:
                yield InputError(path, "no file matches this pattern", "missing")
            for match in matches:
                if os.path.isdir(match):
                    yield from _iter_dir(match, options)
                else:
                    yield from _iter_file(match, options)
        else:
            yield InputError(path, "no such file or directory", "missing")


def _iter_dir(path: str, options: Options, _seen: set | None = None
              ) -> Iterator[Article | InputError]:
    """Every regular file under ``path``, sorted by name at each level, hidden
    entries skipped; symlinked directories are followed once."""
    seen = _seen if _seen is not None else set()
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(path) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(path, f"cannot list directory: {exc.strerror or exc}", "unreadable")
        return
    if not entries and _seen is None:
        yield InputError(path, "directory holds no input files", "empty")
    for entry in entries:
        if entry.is_dir():
            yield from _iter_dir(entry.path, options, seen)
        elif entry.is_file() or not os.path.exists(entry.path):  # files, dangling links
            yield from _iter_file(entry.path, options)
        else:  # reading a FIFO found in a directory would block
            yield InputError(entry.path, "not a regular file (pipe, socket or device)", "unreadable")


def _iter_file(path: str, options: Options) -> Iterator[Article | InputError]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield InputError(path, "no such file (dangling link?)", "missing")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    regular = stat.S_ISREG(st.st_mode)
    if regular and st.st_size == 0:
        yield InputError(path, "empty file", "empty")
        return
    ext = os.path.splitext(path)[1].lower()
    if ext in JSONL_EXTS:
        try:
            with open(path, "rb") as fh:
                yield from _iter_jsonl(_lines(fh, options.max_bytes), path, options)
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    if regular and st.st_size > options.max_bytes:
        yield InputError(path, _too_large(st.st_size, options), "too_large")
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read(options.max_bytes + 1)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    if len(data) > options.max_bytes:  # not a regular file, or it grew
        yield InputError(path, _too_large(len(data), options, at_least=True), "too_large")
        return
    try:
        if ext in HTML_EXTS:
            yield _html_article(data, path, options)
        else:
            yield _text_article(data, path, options)
    except DecodeProblem as p:
        yield InputError(path, p.reason, p.kind)


def _too_large(size: int, options: Options, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{more}{size} bytes, over the max_bytes limit of {options.max_bytes}"


# --------------------------------------------------------------------------- stdin

def _iter_stdin(options: Options) -> Iterator[Article | InputError]:
    stream = sys.stdin
    buf: BinaryIO = getattr(stream, "buffer", stream)
    lines = _lines(buf, options.max_bytes)
    head: list[tuple[int, bytes]] = []
    first = b""
    for lineno, line in lines:  # skip blank lines to find the first character
        head.append((lineno, line))
        first = (line.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else line).strip()
        if first:
            break
    if not first:
        yield InputError(STDIN_SOURCE, "empty input", "empty")
        return
    if first.startswith(b"{"):
        yield from _iter_jsonl(chain(head, lines), STDIN_SOURCE, options)
        return
    data = b"".join(line for _, line in head)
    rest = buf.read(options.max_bytes + 1 - len(data)) if len(data) <= options.max_bytes else b""
    data += rest.encode("utf-8") if isinstance(rest, str) else rest
    if len(data) > options.max_bytes:
        yield InputError(STDIN_SOURCE, _too_large(len(data), options, at_least=True), "too_large")
        return
    try:
        yield _text_article(data, STDIN_SOURCE, options)
    except DecodeProblem as p:
        yield InputError(STDIN_SOURCE, p.reason, p.kind)


def _lines(fh, limit: int) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) for each line. A line longer than ``limit`` bytes is
    cut at ``limit + 1`` bytes (the rest is skipped), so memory stays bounded and
    the caller sees it is too long."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if isinstance(line, str):  # a text-mode stream handed in as stdin
            line = line.encode("utf-8")
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                more = fh.readline(1 << 16)
                if not more or (more.endswith(b"\n") if isinstance(more, bytes) else more.endswith("\n")):
                    break
        yield lineno, line


# --------------------------------------------------------------------------- JSONL

def _iter_jsonl(lines: Iterable[tuple[int, bytes]], path: str, options: Options
                ) -> Iterator[Article | InputError]:
    any_line = False
    for lineno, raw in lines:
        src = f"{path}:{lineno}"
        if lineno == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                yield InputError(path, "UTF-16/32 JSONL is not supported: convert it to UTF-8", "encoding")
                return
            if b"\x00" in raw[:4096]:
                yield InputError(path, "contains NUL bytes: a binary file, not JSONL", "binary")
                return
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_line = True
        if len(raw) > options.max_bytes:
            yield InputError(src, _too_large(len(raw), options), "too_large")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line, _enc, _errs = decode_bytes(raw)
            except DecodeProblem as p:
                yield InputError(src, p.reason, p.kind)
                continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(src, f"not valid JSON ({exc.msg} at column {exc.colno})", "malformed")
            continue
        if not isinstance(rec, dict):
            yield InputError(src, f"a JSON {type(rec).__name__}, not an object", "malformed")
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            why = "no \"text\" field" if text is None else "\"text\" is not a string"
            yield InputError(src, why, "malformed")
            continue
        if not text.strip():
            yield InputError(src, "\"text\" is empty", "empty")
            continue
        yield _make_article({k: v for k, v in rec.items() if k != "text"}, text, src, src, options)
    if not any_line:
        yield InputError(path, "empty file (no JSON lines)", "empty")


# --------------------------------------------------------------------------- text

def _text_article(data: bytes, path: str, options: Options) -> Article:
    text, encoding, errors = decode_bytes(data)
    fields, body = split_front_matter(text)
    if not body.strip():
        what = "nothing after the front matter" if fields is not None else "only blank characters"
        raise DecodeProblem("empty", what)
    art = _make_article(fields or {}, body, path, path, options)
    _note_encoding(art, encoding, errors)
    return art


class _FrontMatterLoader(yaml.SafeLoader):
    """safe_load without implicit timestamps: dates stay strings (2023-02-30
    does not crash the loader; meta stays JSON-serializable) for parse_date."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FM_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


def split_front_matter(text: str) -> tuple[dict | None, str]:
    """(front matter mapping or None, body). The front matter sits between a
    first line ``---`` and the next line ``---`` (or ``...``)."""
    nl = text.find("\n")
    first = text if nl < 0 else text[:nl]
    if first.rstrip() != "---":
        return None, text
    if nl < 0:
        raise DecodeProblem("malformed", "front matter opened with --- is never closed")
    m = _FM_END.search(text, nl + 1)
    if m is None:
        raise DecodeProblem("malformed", "front matter opened with --- is never closed")
    block = text[nl + 1:m.start()]
    end = m.end()
    if text.startswith("\r\n", end):
        end += 2
    elif text.startswith(("\n", "\r"), end):
        end += 1
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader
    except ValueError as exc:  # e.g. a YAML constructor refusing a value
        raise DecodeProblem("malformed", f"bad YAML front matter: {_one_line(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # the block starts on line 2
        problem = getattr(exc, "problem", None) or str(exc)
        raise DecodeProblem("malformed", f"bad YAML front matter{where}: {_one_line(problem)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DecodeProblem("malformed", f"front matter is a YAML {type(data).__name__}, not a mapping")
    return data, text[end:]


def _one_line(s: str) -> str:
    return " ".join(str(s).split())


# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CODEC_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "x-gbk": "gb18030"}


def _html_article(data: bytes, path: str, options: Options) -> Article:
    html = encoding = None
    errors = 0
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = m.group(1).decode("ascii").lower()
        name = _CODEC_ALIASES.get(name, name)
        try:
            html, encoding = data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            html = None
    if html is None:
        html, encoding, errors = decode_bytes(data)
    import trafilatura  # slow to import: only when a page is read

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise DecodeProblem("empty", "no main text found in the HTML page")
    fields: dict[str, Any] = {
        "title": getattr(doc, "title", None),
        "published": getattr(doc, "date", None),
        "url": getattr(doc, "url", None),
        "outlet": getattr(doc, "sitename", None),
    }
    art = _make_article({k: v for k, v in fields.items() if v}, text, path, path, options)
    art.meta["extractor"] = "trafilatura"
    if getattr(doc, "author", None):
        art.meta["author"] = doc.author
    _note_encoding(art, encoding, errors)
    return art


# --------------------------------------------------------------------------- records

def _make_article(fields: dict, text: str, default_id: str, source: str, options: Options) -> Article:
    fields = {str(k).lower(): v for k, v in fields.items()}
    meta = {k: v for k, v in fields.items() if k not in _FIELDS}
    raw_date = fields.get("published")
    if raw_date is None:
        raw_date = fields.get("date")
    elif "date" in fields:
        meta["date"] = fields["date"]
    published = parse_date(raw_date)
    if raw_date is not None and published is None:
        meta["published_unparsed"] = str(raw_date)
    if options.published is not None:
        if published is not None and published != options.published:
            meta["published_original"] = published.isoformat()
        published = options.published
    ident = fields.get("id")
    return Article(
        id=str(ident) if ident not in (None, "") else default_id,
        text=text,
        published=published,
        title=_str_or(fields.get("title")) or "",
        url=_str_or(fields.get("url")),
        outlet=_str_or(fields.get("outlet")),
        source=source,
        meta=meta,
    )


def _str_or(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _note_encoding(art: Article, encoding: str, errors: int) -> None:
    art.meta.setdefault("encoding", encoding)
    if errors:
        art.meta.setdefault("decode_errors", errors)


_DATE_RE = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s*$|[T\s]\S.*$|[T\s]*$)"
)


def parse_date(value: Any) -> _dt.date | None:
    """A date from ``2023-07-13``, ``2023-07-13T08:00:00``, ``2023/07/13``,
    ``2023.07.13``, ``20230713``, ``2023年7月13日`` (full-width digits too), or a
    date/datetime object; None when it is none of these."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, int) and 19000101 <= value <= 29991231:
        value = str(value)
    if not isinstance(value, str):
        return None
    s = value.translate(_FULLWIDTH_DIGITS).strip()
    m = _DATE_RE.match(s) or re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_FULLWIDTH_DIGITS = {0xFF10 + i: str(i) for i in range(10)}


# --------------------------------------------------------------------------- encodings

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CJK_CODECS = ("gb18030", "cp950")
# C0 controls that never occur in text (tab, newlines, form feed, escape do).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def decode_bytes(data: bytes) -> tuple[str, str, int]:
    """(text, codec name, number of bytes replaced) for ``data``, or DecodeProblem.

    A byte-order mark decides. NUL or many control bytes mean binary. Valid
    UTF-8 wins outright unless all its non-ASCII is 2-byte sequences (which a
    short GBK/Big5 text can form). Otherwise every strict decoding (GB18030,
    Big5/cp950) is scored by how common its characters are (_score);
    charset-normalizer's guess joins when none is plainly Chinese; the best
    wins, ties going to UTF-8, then GB18030, then Big5."""
    if not data:
        raise DecodeProblem("empty", "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, 0
            except UnicodeDecodeError as exc:
                raise DecodeProblem("encoding", f"not valid {codec.upper()} after its byte-order mark "
                                                f"(byte {exc.start})") from None
    if b"\x00" in data:
        raise DecodeProblem("binary", "contains NUL bytes: a binary file, not text")
    if len(data.translate(None, _CONTROL)) < len(data) * 0.98:
        raise DecodeProblem("binary", "mostly control bytes: a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # UTF-8 unless its non-ASCII is only 2-byte sequences a GBK/Big5 text can mimic
        if all(ord(c) >= 0x800 or ord(c) < 0x80 for c in text[:20000]):
            return text, "utf-8", 0
        return _choose(data, {"utf-8": (text, 0)})
    return _choose(data, {})


def _choose(data: bytes, cands: dict[str, tuple[str, int]]) -> tuple[str, str, int]:
    for codec in _CJK_CODECS:
        try:
            cands[codec] = (data.decode(codec), 0)
        except UnicodeDecodeError:
            pass
    if "cp950" not in cands:
        try:
            cands["big5hkscs"] = (data.decode("big5hkscs"), 0)
        except UnicodeDecodeError:
            pass
    scores = {c: _score(t) for c, (t, _) in cands.items()}
    detected = None
    if not scores or max(scores.values()) < 0.8:  # not plainly Chinese: ask the detector
        detected = _detect(data)
        if detected is not None and detected[0] not in cands:
            cands[detected[0]] = (detected[1], 0)
            scores[detected[0]] = _score(detected[1])
    if "utf-8" not in cands:  # valid UTF-8 but for a few damaged bytes
        loose = data.decode("utf-8", errors="replace")
        bad = loose.count("\ufffd")
        if bad and bad <= max(1, len(data) // 1000):
            cands["utf-8"] = (loose, bad)
            scores["utf-8"] = _score(loose)
    if not cands:
        raise DecodeProblem("encoding", "cannot be decoded as UTF-8, GB18030, Big5 or a detected encoding")
    # Ties: UTF-8, then GB18030 (mainland sources dominate), Big5, the detector's guess.
    order = ["utf-8", *_CJK_CODECS, "big5hkscs"] + ([detected[0]] if detected else [])
    rank = {c: i for i, c in enumerate(order)}
    best = max(cands, key=lambda c: (round(scores[c], 3), -rank.get(c, len(order))))
    if scores[best] <= 0:
        if detected is None:  # only garbage Chinese-codec decodings: a non-Chinese text?
            detected = _detect(data)
        if detected is None:
            raise DecodeProblem("encoding", f"undecodable: the best guess ({best}) "
                                            "gives mostly unlikely characters")
        best = detected[0]  # the detector sees a text in a script we do not weigh
        cands[best] = (detected[1], 0)
    text, bad = cands[best]
    return text, best, bad


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        return best.encoding, str(best)
    except (UnicodeDecodeError, LookupError):  # pragma: no cover - defensive
        return None


# The 1,000 most frequent Simplified characters (ranked by the summed word
# frequencies of jieba's MIT-licensed dictionary); with their Traditional forms
# they cover ~87% of running Chinese text. They break ties between decodings
# that both give "common" characters (short GBK texts read as Big5, and back).
_FREQUENT = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
    "过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城"
    "十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领"
    "队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边"
    "据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
    "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营"
    "足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航"
    "陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印"
    "亿沙母酒助闻超审待压升送监策略限竟香配藏敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船"
    "惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
    "简苦担句岁荆贵娘守辖威宜衣帮块堂额错剧充欢够孙班呼阵销坚练脚退读测吴希宁换版异某顾曲楚典朱毒菜判救宋"
    "茶洪含顺啊鲜败货矿端兄归冷忙买险康评肉吗厂永哈沉散遗停笔假输牛洞松渐顶训录否述毕督控丰献姑忽爷互亮纳"
    "襄登咱钟伯臣雄季脑介鄂召饭暗扩祖齐短烈赶牌恩诉移诗础露届蒙静喝盘卖植授伊湾博痛减穿逐秘庭陵固禁票灵杂"
    "姓泽吸侧庆妈遇追甲馆补唐炮沿殿刺怪彩俄旧警索岸轮妇载靠附毫怀软骨探雷旁罪枪牙迎序慢盛雨墙恶谷顿危稳熟"
)


@lru_cache(maxsize=1)
def _char_classes() -> tuple[frozenset, frozenset, frozenset]:
    """(frequent, common, less common) Chinese characters: _FREQUENT and their
    Traditional forms; GB2312 level 1 and Big5 level 1 (the ~3,750 and ~5,400
    most used simplified / traditional characters); GB2312 and Big5 level 2.
    Built from Python's own codecs and OpenCC's tables."""
    def region(codec, leads, trails):
        out = set()
        for a in leads:
            for b in trails:
                try:
                    out.add(bytes((a, b)).decode(codec))
                except UnicodeDecodeError:
                    pass
        return out
    gb_trail = range(0xA1, 0xFF)
    b5_trail = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    common = region("gb2312", range(0xB0, 0xD8), gb_trail) | region("big5", range(0xA4, 0xC7), b5_trail)
    rarer = region("gb2312", range(0xD8, 0xF8), gb_trail) | region("big5", range(0xC9, 0xFA), b5_trail)
    from opencc_purepy import OpenCC

    frequent = set(_FREQUENT) | set(OpenCC("s2t").s2t("\n".join(_FREQUENT)).replace("\n", ""))
    return frozenset(frequent), frozenset(common - frequent), frozenset(rarer - common - frequent)


def _weight(c: str, frequent: frozenset, common: frozenset, rarer: frozenset) -> float:
    o = ord(c)
    if c in frequent:
        return 1.0
    if c in common:
        return 0.6
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027 or o in (0xB7, 0xD7):
        return 1.0  # CJK and general punctuation, full-width forms
    if c in rarer:
        return 0.3
    if 0xC0 <= o <= 0x24F:
        return 0.5  # accented Latin letters (a Latin-1 / cp1252 text)
    if 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7A3:
        return 0.2  # kana, hangul
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or o >= 0x20000:
        return 0.0  # rare ideographs
    if 0xE000 <= o <= 0xF8FF or o == 0xFFFD:
        return -1.0  # private use, replacement character
    return -0.5  # symbols, box drawing, Cyrillic, Greek... in a Chinese text: a misdecoding


def _score(text: str) -> float:
    """How plausible a decoding is: mean weight of its non-ASCII characters
    (ASCII decodes the same in every candidate)."""
    classes = _char_classes()
    counts = Counter(c for c in text[:20000] if ord(c) >= 0x80)
    total = sum(counts.values())
    if not total:
        return 1.0
    return sum(n * _weight(c, *classes) for c, n in counts.items()) / total
