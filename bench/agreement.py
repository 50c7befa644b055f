"""Agreement between two annotators of the same dev articles (not part of the tests).

    python bench/agreement.py [corpus/dev/agreement/second.jsonl]

The second annotation was written blind by another annotator (it never saw the first
gold for these articles). Each annotation's required, asserted events are scored as
predictions against the other annotation with ``xinhao eval`` (optional gold events may
be matched but are never missed), both ways; the coder is scored on the same articles.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XINHAO = [str(Path(sys.executable).parent / "xinhao")]  # the console script of this environment


def as_predictions(gold_lines: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in gold_lines:
            for e in rec["events"]:
                if e.get("optional") or e.get("modality", "asserted") != "asserted":
                    continue
                fh.write(json.dumps({"doc_id": rec["doc_id"], "event_type": e["event_type"], "actor": e["actor"],
                                     "recipient": e["recipient"], "date": e["date"],
                                     "mechanism": e.get("mechanism"), "modality": "asserted"},
                                    ensure_ascii=False) + "\n")


def strict_line(args: list[str]) -> str:
    out = subprocess.run(XINHAO + ["eval", *args], capture_output=True, text=True, cwd=ROOT).stdout
    return next((line for line in out.splitlines() if line.startswith("strict")), out.strip())


def main() -> None:
    second_path = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "corpus/dev/agreement/second.jsonl")
    second = [json.loads(x) for x in second_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    ids = {r["doc_id"] for r in second}
    first = [json.loads(x) for x in (ROOT / "corpus/dev/gold.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip() and json.loads(x)["doc_id"] in ids]
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "first.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in first), encoding="utf-8")
        as_predictions(second, t / "second_pred.jsonl")
        as_predictions(first, t / "first_pred.jsonl")
        print(f"{len(ids)} articles: {' '.join(sorted(ids))}")
        print("                             P      R     F1    tp    fp    fn")
        print("second vs first gold:  ", strict_line([str(t / "first.jsonl"), str(t / "second_pred.jsonl")]))
        print("first vs second gold:  ", strict_line([str(second_path), str(t / "first_pred.jsonl")]))
        arts = [str(ROOT / "corpus/dev/articles" / f"{i}.md") for i in sorted(ids)]
        print("coder vs first gold:   ", strict_line([str(t / "first.jsonl"), "--run", *arts]))


if __name__ == "__main__":
    main()
