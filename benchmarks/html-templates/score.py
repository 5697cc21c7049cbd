#!/usr/bin/env python3
"""Scores `newsdesk parse` output on the invented template pages against their hand-written expectations.

usage: score.py PREDICTIONS.ndjson [EXPECTED_DIR]

Body: each page's text and its NAME.body.txt are cut into overlapping runs of four lower-cased words; precision and
recall count the shared runs (as multisets) and are averaged over pages, F1 is their harmonic mean. Metadata: title,
publishedAt, authors (name and affiliation), outlet domain, url and the first image's caption and credit are compared
with NAME.meta.json field by field ("Photo:"-style labels and brackets are ignored on credits).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path


def runs(text):
    words = re.findall(r"\w+", (text or "").lower())
    return Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def credit(value):
    if value is None:
        return None
    return re.sub(r"^(?:photo|image|foto)\s*:\s*", "", value.strip().strip("()"), flags=re.I).strip()


def main(argv):
    expected_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "expected"
    articles = {}
    for line in Path(argv[0]).read_text(encoding="utf-8").splitlines():
        try:
            article = json.loads(line)
        except json.JSONDecodeError:
            continue
        articles[Path(article["source"]["name"]).name.split(".")[0]] = article
    precisions, recalls, right, fields = [], [], 0, 0
    # The five pages that are also golden tests keep their page and body there, once.
    golden_dir = Path(__file__).resolve().parents[2] / "tests" / "Newsdesk.Parsing.Tests" / "Golden" / "HtmlPages"
    for meta_file in sorted(expected_dir.glob("*.meta.json")):
        key = meta_file.name.split(".")[0]
        body_file = expected_dir / f"{key}.body.txt"
        if not body_file.exists():
            body_file = golden_dir / f"{key}.body.txt"
        article = articles.get(key, {})
        want, got = runs(body_file.read_text(encoding="utf-8")), runs(article.get("text"))
        shared = sum((want & got).values())
        p, r = shared / max(1, sum(got.values())), shared / max(1, sum(want.values()))
        precisions.append(p)
        recalls.append(r)
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        checks = {
            "title": (meta["title"], article.get("title")),
            "publishedAt": (meta["publishedAt"], article.get("publishedAt")),
            "authors": (meta["authors"], [{"name": a["name"], "affiliation": a.get("affiliation")} for a in article.get("authors") or []]),
            "outlet": (meta["outlet"], (article.get("outlet") or {}).get("domain")),
            "url": (meta["url"], article.get("url")),
        }
        if meta.get("leadImage"):
            lead = (article.get("images") or [{}])[0]
            checks["image caption"] = (meta["leadImage"]["caption"], lead.get("caption"))
            checks["image credit"] = (credit(meta["leadImage"]["credit"]), credit(lead.get("credit")))
        misses = [f"{name}: expected {want!r}, got {got!r}" for name, (want, got) in checks.items() if want != got]
        fields += len(checks)
        right += len(checks) - len(misses)
        print(f"{key:32s} body P={p:.3f} R={r:.3f}")
        for miss in misses:
            print(f"    {miss}")
    P, R = sum(precisions) / max(1, len(precisions)), sum(recalls) / max(1, len(recalls))
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"pages {len(precisions)} body precision={P:.3f} recall={R:.3f} F1={F:.3f}; metadata fields right {right}/{fields}")


if __name__ == "__main__":
    main(sys.argv[1:])
