#!/usr/bin/env python3
"""Writes data/matching/ons-titles.csv and ons-unit-groups.csv from the ONS SOC 2020 coding index.

ons-titles.csv: every job title of the index as people write it (the column INDEXOCC_-_natural_word_order), lower
case, with its SOC 2020 unit group; one row per distinct (title, group). The matcher uses it as general knowledge of
job-title wording: which words are real job-title words (so "Councillor" is never spell-corrected), and which jobs the
ONS groups together (so "Lengthsman" can borrow the standards of the other jobs in its unit group).
ons-unit-groups.csv: the name of each unit group, for reasons.

    python3 tools/matching/extract_ons_titles.py ../shared/data/titles/ons_soc2020_coding_index_v12.csv
"""
import csv
import re
import sys
from pathlib import Path

ATTRIBUTION = """# From the ONS SOC 2020 coding index v12 (16 April 2025), sheet "SOC2020 coding index".
# Crown copyright. Contains public sector information licensed under the Open Government Licence v3.0.
# Regenerate with tools/matching/extract_ons_titles.py.
"""


def main(source: str) -> None:
    titles = set()
    groups = {}
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            title = " ".join(re.findall(r"[a-z0-9']+", row["INDEXOCC_-_natural_word_order"].lower()))
            soc = row["SOC_2020"].strip()
            if title and re.fullmatch(r"\d{4}", soc):
                titles.add((title, soc))
                groups[soc] = row["SOC2020_unit_group_title"].strip()
    folder = Path(__file__).resolve().parents[2] / "data" / "matching"
    with open(folder / "ons-titles.csv", "w", encoding="utf-8", newline="") as f:
        f.write(ATTRIBUTION)
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["title", "soc"])
        writer.writerows(sorted(titles))
    with open(folder / "ons-unit-groups.csv", "w", encoding="utf-8", newline="") as f:
        f.write(ATTRIBUTION)
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["soc", "name"])
        writer.writerows(sorted(groups.items()))
    print(f"{len(titles)} titles in {len(groups)} unit groups written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/titles/ons_soc2020_coding_index_v12.csv")
