#!/usr/bin/env python3
"""Writes data/matching/job-title-words.txt: every word of the ONS SOC 2020 coding index's job titles.

The matcher uses the list only to tell a real job-title word it has no standard for ("Councillor", "Translator") from a
typing slip ("Occupattional"): it corrects spelling only for words in neither this list nor the standards.

    python3 tools/matching/extract_job_title_words.py ../shared/data/titles/ons_soc2020_coding_index_v12.csv
"""
import csv
import re
import sys
from pathlib import Path

HEADER = """# Words of UK job titles, lower case, one per line: every word of three or more letters in the column
# INDEXOCC_-_natural_word_order of the ONS SOC 2020 coding index v12 (16 April 2025).
# Crown copyright. Contains public sector information licensed under the Open Government Licence v3.0.
# Regenerate with tools/matching/extract_job_title_words.py.
"""


def main(source: str) -> None:
    words = set()
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for word in re.findall(r"[A-Za-z]+", row["INDEXOCC_-_natural_word_order"]):
                if len(word) >= 3:
                    words.add(word.lower())
    target = Path(__file__).resolve().parents[2] / "data" / "matching" / "job-title-words.txt"
    target.write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {target}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/titles/ons_soc2020_coding_index_v12.csv")
