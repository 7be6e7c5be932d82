#!/usr/bin/env python3
"""Builds data/role-map/sector-role-map.csv from the role list and the two independent expert passes, and prints how
often the passes agree.

Inputs (data/role-map/): roles.csv (id,service_area,title,job_family,aliases), pass-a.csv and pass-b.csv
(id,standards,reason: each pass written without seeing the other), settled.csv (id,standards,reason,settled_how: every
role whose first choice differed, decided on purpose by a third reader).
Rule, the same one the labelled evaluation sets follow: where the passes agree on the first standard, the final list is
that standard, then the standards both chose, then those only one chose, at most three; the reason is pass A's. Where
they disagree, settled.csv decides. Usage: tools/rolemap/merge.py [--check] (--check fails if the map is out of date).
"""
import csv, os, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "role-map")
CHECKED_AGAINST = "2026-08-22"
MOST = 3

def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))

def merged(a, b):
    if a == ["none"] or b == ["none"]:
        return ["none"]
    both = [s for s in a[1:] if s in b]
    either = [s for s in a[1:] + b[1:] if s not in both]
    out = []
    for s in [a[0]] + both + either:
        if s not in out:
            out.append(s)
    return out[:MOST]

def main():
    roles = read("roles.csv")
    a = {r["id"]: r for r in read("pass-a.csv")}
    b = {r["id"]: r for r in read("pass-b.csv")}
    settled = {r["id"]: r for r in read("settled.csv")}
    rows, agree, overlap = [], 0, 0
    for role in roles:
        i = role["id"]
        sa, sb = a[i]["standards"].split("|"), b[i]["standards"].split("|")
        overlap += bool(set(sa) & set(sb))
        if sa[0] == sb[0]:
            agree += 1
            standards, reason = merged(sa, sb), a[i]["reason"]
        else:
            standards, reason = settled[i]["standards"].split("|"), settled[i]["reason"]
        rows.append([i, role["service_area"], role["title"], role["job_family"], role["aliases"],
                     "|".join(standards), reason, CHECKED_AGAINST])
    rows.sort(key=lambda r: (r[1].lower(), r[2].lower()))
    path = os.path.join(HERE, "sector-role-map.csv")
    lines = [["id", "service_area", "title", "job_family", "aliases", "standards", "reason", "checked_against"]] + rows
    if "--check" in sys.argv:
        with open(path, newline="", encoding="utf-8") as f:
            if list(csv.reader(f)) != lines:
                sys.exit("sector-role-map.csv is out of date: run tools/rolemap/merge.py")
    else:
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(lines)
    n = len(roles)
    print(f"{n} roles; first choice agreed {agree} ({agree / n:.1%}); some standard in common {overlap} ({overlap / n:.1%}); "
          f"settled {n - agree}; none {sum(r[5] == 'none' for r in rows)}")

if __name__ == "__main__":
    main()
