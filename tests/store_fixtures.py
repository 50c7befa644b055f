"""Event records for the store tests, built by hand in the shape of EVENT_SCHEMA.md.

``seed_events()`` are the channel-relevant events the coder should emit for the
seed article (facts only: who, what, when, which channel); the evidence sentences
are our own short wording, not the article's.
"""
from __future__ import annotations

import hashlib

QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
        "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
        "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
CAMEO = {"CONSULT": ("040", 1.0), "AGREE": ("030", 4.0), "REQUEST": ("020", 3.0),
         "REJECT": ("120", -4.0), "SANCTION": ("160", -4.0), "ACCUSE": ("112", -2.0),
         "MOBILIZE": ("150", -7.2), "COOPERATE": ("060", 6.0), "ASSAULT": ("190", -10.0),
         "THREATEN": ("130", -4.4), "PROTEST": ("140", -6.5), "SUPPORT": ("050", 3.5)}


def entity(country, sector="GOV", text=None, name=None, role=None):
    if country is None:
        return None
    return {"text": text or country, "name": name, "country": country, "sector": sector,
            "role": role, "code": f"{country}{sector}"}


def make_event(doc_id, n, event_type, actor, recipient, date, *, mode=None, mechanism=None,
               trigger="", sentence=None, start=0, modality="asserted", attribution=(),
               context=("diplomatic",), cameo=None, goldstein=None, outlet=None,
               published=None):
    code, gold = CAMEO.get(event_type, ("010", 0.0))
    sentence = sentence or f"{actor}对{recipient}的一个{event_type}事件（测试句{n}）。"
    prec = None if date is None else {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]
    ev = {
        "id": hashlib.sha1(f"{doc_id}|{n}|{event_type}".encode()).hexdigest()[:16],
        "doc_id": doc_id, "date": date, "date_precision": prec, "event_type": event_type,
        "mode": mode, "context": list(context), "cameo": cameo or code,
        "goldstein": gold if goldstein is None else goldstein, "quad_class": QUAD[event_type],
        "actor": entity(actor), "recipient": entity(recipient), "location": None,
        "modality": modality, "initiator": None, "mechanism": mechanism,
        "attribution": list(attribution),
        "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence),
                     "trigger": trigger, "rule": f"test:{event_type.lower()}"},
        "confidence": 0.9,
    }
    if outlet:
        ev["outlet"] = outlet
    if published:
        ev["published"] = published
    return ev


def seed_events(doc_id="seed-0713"):
    """What the coder should emit for the seed article's channel facts (our wording)."""
    E = make_event
    return [
        E(doc_id, 0, "CONSULT", "CHN", "USA", "2023-07-12", mode="meet", start=10,
          trigger="会见", sentence="中国驻美大使当天应约会见了美国助理防长。"),
        E(doc_id, 1, "SANCTION", "CHN", "USA", "2022-08", mode="withdraw", start=400,
          trigger="反制措施", sentence="中方那时宣布了多项反制措施。"),
        E(doc_id, 2, "REJECT", "CHN", "USA", "2022-08", mode="meet", start=420,
          mechanism="CHN-USA/theater_commander_talks", trigger="取消",
          sentence="其中包括取消两军战区领导通话等安排。"),
        E(doc_id, 3, "REJECT", "CHN", "USA", "2022-08", mode="meet", start=420,
          mechanism="CHN-USA/defense_policy_coordination_talks", trigger="取消",
          sentence="其中包括取消两军战区领导通话等安排。"),
        E(doc_id, 4, "REJECT", "CHN", "USA", "2022-08", mode="meet", start=420,
          mechanism="CHN-USA/mmca", trigger="取消", sentence="其中包括取消两军战区领导通话等安排。"),
        E(doc_id, 5, "REQUEST", "USA", "CHN", "2023-06", mode="meet", start=600,
          mechanism="CHN-USA/defense_ministers", trigger="请求",
          sentence="美方曾在新加坡提出防长会面的请求，中方没有答应。"),
        E(doc_id, 6, "REJECT", "CHN", "USA", "2023-06", mode="meet", start=600,
          mechanism="CHN-USA/defense_ministers", trigger="拒绝",
          sentence="美方曾在新加坡提出防长会面的请求，中方没有答应。"),
        E(doc_id, 7, "MOBILIZE", "USA", None, "2023-07-13", mode="weapons", start=900,
          trigger="过航", sentence="一架美军巡逻机当日飞越海峡。"),
    ]
