"""Paragraphs and sentences, with offsets into the article text.

A sentence ends at 。！？； (full or half width) or at a line break; a closing
quote or bracket right after the terminator stays with the sentence. Lines
that carry no prose (markdown images, horizontal rules, bare links) are
skipped; headings and photo captions are kept as sentences of their own,
flagged in ``Doc.info['kinds']`` so later stages can weigh them.
"""
from __future__ import annotations

import re

from .model import Doc, Sentence

_TERMINATORS = "。！？；!?;"
_CLOSERS = "”’」』）)》】\"'"
# a sentence: shortest run up to a terminator (plus closing quotes), or to end of line
_SENT_RE = re.compile(r"[^\n。！？；!?;]*(?:[。！？；!?;]+[”’」』）)》】\"']*|$)")
_SKIP_LINE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*|[-*_=]{3,}\s*|https?://\S+\s*|\[[^\]]*\]\([^)]*\)\s*)+$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def line_kind(line: str) -> str:
    s = line.strip()
    if not s:
        return "blank"
    if _SKIP_LINE.match(s):
        return "skip"
    if s.startswith("#"):
        return "heading"
    if s.startswith("_") and s.endswith("_") or s.startswith("图为") or s.startswith("（图"):
        return "caption"
    if s.startswith("**") and s.endswith("**") and len(s) < 40:
        return "byline"
    if len(s) <= 40 and not any(c in s for c in "。！？；!?;：") and not s.endswith(("，", ",")):
        return "heading"  # a sub-headline inside the body (no sentence punctuation)
    if len(s) <= 20 and not any(c in s for c in "。！？；!?;") and "：" in s and not s.startswith(("问", "答")):
        return "heading"  # 时间线：从“窜台”到“反制”
    return "prose"


def segment(doc: Doc) -> Doc:
    """Fill ``doc.sentences`` from ``doc.norm``."""
    text = doc.norm
    sents: list[Sentence] = []
    kinds: list[str] = []
    pos = 0
    para = 0
    for line in text.split("\n"):
        kind = line_kind(line)
        if kind in ("blank", "skip"):
            pos += len(line) + 1
            if kind == "blank":
                para += 1
            continue
        # images inside a prose line are blanked out of sentence spans
        for m in _SENT_RE.finditer(line):
            s, e = m.start(), m.end()
            if s == e:
                continue
            # trim white space and markdown emphasis at the edges
            while s < e and line[s] in " \t*_#>":
                s += 1
            while e > s and line[e - 1] in " \t*_":
                e -= 1
            if e - s < 2:
                continue
            if _IMAGE.fullmatch(line[s:e]):
                continue
            sents.append(Sentence(pos + s, pos + e, para, len(sents)))
            kinds.append(kind)
        pos += len(line) + 1
        para += 1
    doc.sentences = sents
    doc.info["kinds"] = kinds
    # press-conference transcripts: 问：… / 答：… paragraphs
    qa: dict[int, str] = {}
    last = ""  # the last paragraph's mark that was not empty (paragraphs come in order)
    for s in sents:
        if s.para in qa:
            continue
        head = text[s.start:s.start + 3].lstrip("*【[ ")
        if head.startswith(("问：", "问:", "记者：", "记者问")) or _OUTLET_QUESTION.match(text, s.start):
            qa[s.para] = "q"
        elif head.startswith(("答：", "答:")):
            qa[s.para] = "a"
        elif _NAMED_ANSWER.match(text, s.start) and last == "q":
            qa[s.para] = "a"  # 记者：…？ / 蒋斌：… (the spokesperson answers by name)
        else:
            # a paragraph after an answer continues it, until the next question
            qa[s.para] = "a" if last == "a" else ""
        last = qa[s.para] or last
    doc.info["qa"] = qa
    # datelines: 新华社华盛顿10月23日电 / 央视网消息（新闻联播）：/ 中国军网北京9月10日电
    lines = []
    seen = set()
    for s in sents:
        if s.para in seen:
            continue
        seen.add(s.para)
        m = DATELINE.match(text, s.start, s.end)
        if m:
            lines.append((s.start, m.end()))
    doc.info["datelines"] = lines
    return doc


# 总台央视记者：… / 路透社记者：… / 凤凰卫视记者：… (the asker named by outlet)
_OUTLET_QUESTION = re.compile(r"[*【\[ ]*[\u4e00-\u9fffA-Za-z]{1,10}记者[：:]")
_NAMED_ANSWER = re.compile(r"[\u4e00-\u9fff·]{2,5}[：:]")
DATELINE = re.compile(r"[【\[]?[^，。\s]{0,14}?(?:社|网|台|报|电视台|新闻|消息)[^，。\s]{0,14}?(?:电|讯)[】\]]?\s*"
                      r"(?:[（(]记者[^）)]{1,30}[）)]\s*)?|"
                      r"[（(][\u4e00-\u9fff]{1,8}?(?:综合电|综合报道|电|讯)[）)]\s*|"  # （阿布贾综合电）, as 联合早报 files
                      r"[^，。\s]{0,8}消息（[^）]{1,12}）：|【[^】]{1,12}】|【[^】]{1,40}?(?:报道|電|电|讯|訊|消息)】\s*|"
                      r"[^，。\s]{1,12}?(?:客户端|网|社|台|新闻)\d{1,2}月\d{1,2}日消息[\s：:]*")  # 央视新闻客户端1月16日消息


def in_dateline(doc: Doc, pos: int) -> bool:
    lines = doc.info.get("datelines")
    return bool(lines) and any(a <= pos < b for a, b in lines)


_CLAUSE_RE = re.compile(r"[，,：:]")


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma/colon clauses of the span text[start:end], as absolute offsets."""
    out = []
    s = start
    for m in _CLAUSE_RE.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out
