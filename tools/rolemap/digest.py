#!/usr/bin/env python3
"""Writes a readable digest of the approved standards in a feed snapshot, for people writing the sector role map.

One block per approved standard: reference, title, level, route, typical job titles, overview, the occupational summary
(tags stripped, shortened) and the first duties. Personal contact fields are never read.
Usage: tools/rolemap/digest.py data/standards/standards-2026-08-22.json.gz > digest.md
"""
import gzip, html, json, re, sys

def text(value, most):
    value = re.sub(r"<[^>]+>", " ", html.unescape(html.unescape(value or "")))
    value = re.sub(r"\s+", " ", value).strip()
    return value if len(value) <= most else value[:most].rsplit(" ", 1)[0] + "..."

def main(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        records = json.load(f)
    approved = sorted((r for r in records if r["status"] == "Approved for delivery"), key=lambda r: r["referenceNumber"])
    for r in approved:
        duties = [text(d.get("dutyDetail", ""), 140) for d in (r.get("duties") or [])][:6]
        print(f"## {r['referenceNumber']} {r['title'].strip()} (level {r['level']}, {r['route']}, v{r['version']})")
        if r.get("typicalJobTitles"):
            print("Typical job titles: " + "; ".join(t.strip() for t in r["typicalJobTitles"]))
        print("Overview: " + text(r.get("overviewOfRole"), 400))
        summary = text(r.get("occupationalSummary") or r.get("standardInformation"), 700)
        if summary:
            print("Summary: " + summary)
        if duties:
            print("Duties: " + " | ".join(duties))
        print()

if __name__ == "__main__":
    main(sys.argv[1])
