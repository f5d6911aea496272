#!/usr/bin/env python3
"""Writes the development corpus as news-crawler JSON Lines, each article dated 1 January of the
year its file name ends with (the plain-text files carry no date), so that the workbench's actor
timelines have dates to draw. Used for the README's screenshot:

    python3 docs/dated-dev-corpus.py ../shared/corpus/dev > /tmp/dev-dated.jsonl
"""
import json
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dev")
for path in sorted(folder.glob("*.txt")):
    record = {"id": path.stem, "maintext": path.read_text(encoding="utf-8")}
    year = re.search(r"-(\d{4})$", path.stem)
    if year:
        record["date_publish"] = year.group(1) + "-01-01"
    print(json.dumps(record, ensure_ascii=False))
