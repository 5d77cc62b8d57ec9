#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks a Qt .ts file: lrelease compiles it with no unfinished entry, and
every translation carries the same %1 %2 ... (and %n for plurals) as its
source, so no value goes missing on screen. With a second file (the English
plurals checked against the Chinese file): every message counted with %n in
that file has its English forms, none left as "(s)". Prints what is wrong;
exit 1. The .ts files are the translations themselves: `scripts/dev
translations` updates both from the sources, Qt Linguist finishes them."""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lrelease, ts = sys.argv[1], sys.argv[2]
plurals_of = sys.argv[3] if len(sys.argv) > 3 else None
problems = []
with tempfile.TemporaryDirectory() as d:
    r = subprocess.run([lrelease, ts, "-qm", d + "/out.qm"], capture_output=True, text=True)
    out = r.stdout + r.stderr
    print(out.strip())
    m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out)
    if r.returncode != 0 or not m:
        problems.append("lrelease failed")
    elif int(m.group(3)) != 0:
        problems.append(f"{m.group(3)} unfinished translation(s)")
    if "untranslated" in out and not re.search(r"Ignored 0 untranslated", out):
        u = re.search(r"Ignored (\d+) untranslated", out)
        if u and int(u.group(1)) > 0:
            problems.append(f"{u.group(1)} untranslated source text(s)")

placeholder = re.compile(r"%L?(\d|n)")
total = 0
for ctx in ET.parse(ts).getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        source = msg.findtext("source") or ""
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") == "unfinished" or not any(forms):
            problems.append(f"{name}: unfinished: {source[:60]!r}")
            continue
        want = sorted(set(placeholder.findall(source)))
        for form in forms:
            got = sorted(set(placeholder.findall(form)))
            if got != want:
                problems.append(f"{name}: placeholders {want} became {got}: {source[:60]!r}")

if plurals_of:
    def numerus(path):
        found = {}
        for ctx in ET.parse(path).getroot().iter("context"):
            for msg in ctx.iter("message"):
                if msg.get("numerus") == "yes" and msg.find("translation").get("type") not in ("vanished", "obsolete"):
                    found[(ctx.findtext("name"), msg.findtext("source"))] = [
                        f.text or "" for f in msg.find("translation").findall("numerusform")]
        return found
    ours, wanted = numerus(ts), numerus(plurals_of)
    for key in wanted:
        if key not in ours:
            problems.append(f"{key[0]}: no English plural forms: {key[1][:60]!r}")
        elif len(ours[key]) != 2 or any(re.search(r"\w\((e?s|\w+/\w+)\)", f) for f in ours[key]):
            problems.append(f"{key[0]}: English forms not singular and plural: {ours[key]!r}")
    for key in ours:
        if key not in wanted:
            problems.append(f"{key[0]}: English forms for a message no longer in the source: {key[1][:60]!r}")

for p in problems[:50]:
    print("problem:", p)
print(f"{total} entries, {len(problems)} problem(s)")
if problems:
    print("to fix: scripts/dev translations, then finish the unfinished entries in Qt Linguist (linguist)")
sys.exit(1 if problems else 0)
