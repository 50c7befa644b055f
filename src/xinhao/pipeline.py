"""The pipeline: pure stages over one article, and the Python API.

    normalize -> segment -> times -> mentions -> events -> resolve

Dictionaries, automata and patterns are loaded once per process
(:func:`get_pipeline`); articles stream through one at a time.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from importlib import resources
from typing import Iterable, Iterator

import yaml

from . import times as _times
from .events import Grammar, find_candidates
from .kb import get_kb
from .mentions import MentionFinder
from .model import Article, Doc, InputError
from .normalize import normalize
from .options import Options
from .patterns import load_patterns
from .resolve import Resolver
from .segment import segment

STAGES = ("normalize", "segment", "times", "mentions", "events", "resolve")


_SERVICE = re.compile(r"\s*(?:中文网|中文版|中文频道|中文)$")


def load_mechanisms(extra_files: Iterable[str] = ()) -> list[dict]:
    text = (resources.files("xinhao") / "data" / "mechanisms.yaml").read_text(encoding="utf-8")
    mechs = list(yaml.safe_load(text) or [])
    for f in extra_files:
        with open(f, encoding="utf-8") as fh:
            mechs.extend(yaml.safe_load(fh) or [])
    return mechs


_CONTEXT_RE = re.compile(r"表示|指出|强调|重申|说(?![法明服道])|称(?![为号赞之])|认为|回应|宣布|答：|问：")


def _times_cut(doc: Doc, hits) -> int:
    """Where time extraction may stop: the end of the last paragraph holding a
    trigger, or of a closing briefing note after it."""
    text = doc.norm
    last = max(h[1] for h in hits)
    end = text.find("\n", last)
    end = len(text) if end < 0 else end
    k = text.rfind("答记者问", end)
    if k < 0:
        k = max(text.rfind("记者会", end), text.rfind("新闻发布会", end))
    if k >= 0:
        j = text.find("\n", k)
        end = len(text) if j < 0 else j
    return end


def _analysed_spans(doc: Doc, hits) -> list[tuple[int, int]]:
    """The sentences worth reading for actors: those holding a trigger, those
    that may name a speaker, and each paragraph's opening sentence (its topic),
    in paragraphs that hold a trigger; adjacent sentences merged into one span."""
    sents = doc.sentences
    if not sents:
        return []
    starts = [s.start for s in sents]
    hit_sents = set()
    for h in hits:
        k = bisect.bisect_right(starts, h[0]) - 1
        if k >= 0 and h[0] < sents[k].end:
            hit_sents.add(k)
    paras = {sents[k].para for k in hit_sents}
    text = doc.norm
    keep = []
    prev_para = None
    for k, s in enumerate(sents):
        first = s.para != prev_para
        prev_para = s.para
        if s.para not in paras and k != 0:
            continue
        if k in hit_sents or first or _CONTEXT_RE.search(text, s.start, s.end):
            if keep and keep[-1][1] >= s.start - 1:
                keep[-1] = (keep[-1][0], s.end)
            else:
                keep.append((s.start, s.end))
    return keep


class Pipeline:
    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        o = self.options
        self.kb = get_kb(tuple(o.user_dicts), o.home_country)
        self.finder = MentionFinder(self.kb)
        mechanisms = load_mechanisms(o.mechanisms_files)
        self.grammar = Grammar(load_patterns(o.user_dicts), mechanisms)
        self.resolver = Resolver(self.kb, o.home_country, mechanisms)

    # each stage a plain function of the doc
    def home_of(self, article: Article) -> str:
        """The country whose 我国/外交部 an article means: its outlet's when the knowledge
        base marks the outlet as its country's own Chinese-language press (中央社, 联合早报,
        星洲日报 …: ``home: true``), else the configured home."""
        return self._home_of_outlet(article.outlet or "")

    @functools.lru_cache(maxsize=512)
    def _home_of_outlet(self, raw_outlet: str) -> str:
        outlet = normalize(raw_outlet)  # 聯合報 → 联合报
        surfaces = self.kb.surfaces()
        # (韩联社中文网, NHK WORLD-JAPAN 中文: the outlet's Chinese service)
        for name in (outlet, _SERVICE.sub("", outlet), outlet.split(" ")[0]):
            for e in surfaces.get(name, ()):
                if e.kind == "media" and e.country and e.extra.get("home"):
                    return e.country
        return self.options.home_country

    def run(self, article: Article) -> Doc:
        o = self.options
        doc = Doc(article=article)
        if o.published is not None:
            article.published = o.published
        doc.norm = normalize(article.text)
        segment(doc)
        # only paragraphs that can carry an event are analysed further
        hits = self.grammar.viable(doc.norm, self.grammar.triggers(doc.norm), doc.sentences, o.keep_optional)
        # times: everything up to the last paragraph with a trigger (later ones can only
        # date later things), and a closing note such as （…9日答记者问）
        doc.times = _times.extract(doc.norm[:_times_cut(doc, hits)], article.published) if hits else []
        doc.mentions = self.finder.find(doc.norm, _analysed_spans(doc, hits)) if hits else []
        home = self.home_of(article)
        doc.candidates = find_candidates(doc, self.grammar, home, o.keep_optional, hits)
        self.resolver.home = home
        events = self.resolver.events(doc, doc.candidates)
        if o.min_confidence:
            events = [e for e in events if e["confidence"] >= o.min_confidence]
        doc.events = events
        return doc

    def code_article(self, article: Article) -> list[dict]:
        return self.run(article).events

    def code_text(self, text: str, published: str | _dt.date | None = None, doc_id: str = "text") -> list[dict]:
        if isinstance(published, str):
            published = _dt.date.fromisoformat(published)
        return self.code_article(Article(id=doc_id, text=text, published=published))


@functools.lru_cache(maxsize=4)
def get_pipeline(options: Options | None = None) -> Pipeline:
    return Pipeline(options)


def code_text(text: str, published=None, doc_id: str = "text", options: Options | None = None) -> list[dict]:
    """Events of one text (the simplest entry point)."""
    return get_pipeline(options).code_text(text, published, doc_id)


def code_article(article: Article, options: Options | None = None) -> list[dict]:
    return get_pipeline(options).code_article(article)


def code_paths(paths: Iterable[str], options: Options | None = None,
               jobs: int = 1) -> Iterator[tuple[Article | InputError, list[dict]]]:
    """Stream (article or error, events) over files, directories, globs, '-'.
    With ``jobs`` > 1 the articles are coded by that many worker processes;
    the output keeps the input order and memory stays bounded."""
    from .sources import iter_inputs

    options = options or Options()
    if jobs <= 1:
        pipe = get_pipeline(options)
        for item in iter_inputs(paths, options):
            yield _code_one(pipe, item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_work, iter_inputs(paths, options), chunksize=8)


def _code_one(pipe: "Pipeline", item):
    if isinstance(item, InputError):
        return item, []
    try:
        return item, pipe.code_article(item)
    except Exception as exc:  # one bad article never stops the batch
        return InputError(item.source or item.id, f"coding failed: {type(exc).__name__}: {exc}", "internal"), []


_WORKER: dict = {}


def _init_worker(options: Options) -> None:
    _WORKER["pipe"] = get_pipeline(options)


def _work(item):
    return _code_one(_WORKER["pipe"], item)
