#!/usr/bin/env python3
"""Turns the JSON lines of veteran-desk-bench (standard input) into the Markdown tables of the
README's "Performance" section: the budget, then the growth with the store's size."""
import json
import sys

rows = [json.loads(line) for line in sys.stdin if line.startswith("{")]
print("| figure | value | floor | ratio | target | pass |")
print("|---|---:|---:|---:|---|---|")
for r in rows:
    if r["name"].startswith("growth."):
        continue
    ok = {True: "yes", False: "**no**"}.get(r.get("pass"), "–")
    print(f"| {r['name']} | {r['value']} {r['unit']} | {r['floor']} {r['unit']} | {r['ratio']}× | {r['target']} | {ok} |")
print()
growth = {}
for r in rows:
    if r["name"].startswith("growth."):
        _, size, *what = r["name"].split(".")
        growth.setdefault(".".join(what), {})[int(size)] = f"{r['value']} {r['unit']}"
sizes = sorted({s for v in growth.values() for s in v})
print("| figure | " + " | ".join(f"{s:,} cases" for s in sizes) + " |")
print("|---|" + "---:|" * len(sizes))
for what, by in growth.items():
    print(f"| {what} | " + " | ".join(by.get(s, "–") for s in sizes) + " |")
