#!/usr/bin/env python3
"""Assemble the held-out corpus: gold.json and meta.json from tests/corpus/heldout, the article text from
../shared (its licence keeps article texts out of this repository), written the way corpus/dev was made.

  python3 tools/heldout/build.py [--shared ../shared] [--out /tmp/heldout]
  dotnet run --project src/SyriaTalks.Cli -- extract /tmp/heldout --out /tmp/heldout-pred
  python3 ../shared/tools/score.py --gold /tmp/heldout --pred /tmp/heldout-pred
"""
import argparse, csv, html, json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.environ.get("SYRIATALKS_SHARED", os.path.join(os.path.dirname(repo), "shared")))
ap.add_argument("--out", default="/tmp/heldout")
args = ap.parse_args()
gold_root = os.path.join(repo, "tests", "corpus", "heldout")
fakes = None


def reuters_page(name):
    raw = open(os.path.join(args.shared, "data", "reuters-2016-syria", "posts", name), encoding="utf-8").read()
    _, front, body = raw.split("---\n", 2)
    m = re.search(r"^post_title: (.*)$((?:\n[ \t]+.*)*)", front, re.M)
    title = m.group(1).strip()
    if title in (">", "|", ">-", "|-"):  # a folded YAML block: its indented lines joined
        title = " ".join(line.strip() for line in m.group(2).splitlines() if line.strip())
    if title[:1] in "'\"" and title[-1:] == title[:1]:
        title = title[1:-1].replace("''", "'")
    title = html.unescape(title)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + html.escape(title) +
            "</title>\n</head>\n<body>\n" + body.strip() + "\n</body>\n</html>\n")


def fakes_text(row):
    global fakes
    if fakes is None:
        fakes = list(csv.DictReader(open(os.path.join(args.shared, "data", "fa-kes", "fakes.csv"), encoding="utf-8")))
    r = fakes[row]
    return r["article_title"] + "\n\n" + r["article_content"] + "\n"


for item in sorted(os.listdir(gold_root)):
    src = os.path.join(gold_root, item)
    meta = json.load(open(os.path.join(src, "meta.json"), encoding="utf-8"))
    dst = os.path.join(args.out, item)
    os.makedirs(dst, exist_ok=True)
    source = meta["source"]
    if source.startswith("reuters-2016-syria/"):
        open(os.path.join(dst, "article.html"), "w", encoding="utf-8").write(reuters_page(source.split("/", 1)[1]))
    elif source.startswith("fa-kes/fakes.csv row "):
        open(os.path.join(dst, "article.txt"), "w", encoding="utf-8").write(fakes_text(int(source.split()[2])))
    else:
        raise SystemExit(f"{item}: unknown source {source!r}")
    for f in ("meta.json", "gold.json"):
        shutil.copy(os.path.join(src, f), os.path.join(dst, f))
print(f"{len(os.listdir(gold_root))} articles in {args.out}")
