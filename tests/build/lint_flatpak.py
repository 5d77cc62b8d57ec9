#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Lints the Flatpak manifest and the AppStream metainfo against each other
and against Flathub's rules, since these machines cannot fetch the runtime
to build it. Prints every problem; exits 1 if there is one."""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
problems = []


def check(cond, text):
    if not cond:
        problems.append(text)


manifests = [f for f in os.listdir(os.path.join(root, "flatpak")) if f.endswith(".json")]
check(len(manifests) == 1, f"flatpak/ should hold one manifest, has {manifests}")
manifest_path = os.path.join(root, "flatpak", manifests[0])
with open(manifest_path) as f:
    m = json.load(f)
for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    check(key in m, f"manifest lacks {key}")
app_id = m.get("id", "")
check(manifests[0] == app_id + ".json", f"manifest file {manifests[0]} is not named after {app_id}")
check(m.get("runtime") == "org.kde.Platform", "runtime must be org.kde.Platform")
check(m.get("sdk") == "org.kde.Sdk", "sdk must be org.kde.Sdk")
version = tuple(int(x) for x in m.get("runtime-version", "0").split("."))
check(version >= (6, 10), f"runtime-version {m.get('runtime-version')} is older than 6.10 (6.8 is end-of-life)")

# org.freedesktop.Flatpak: flatpak-spawn --host starts our agent on the host.
required = {"--share=ipc", "--share=network", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
            "--talk-name=org.freedesktop.Flatpak"}
allowed = required | {"--device=all"}
args = set(m.get("finish-args", []))
check(required <= args, f"finish-args lack {sorted(required - args)}")
check(args <= allowed, f"finish-args beyond what the features need: {sorted(args - allowed)}")

gui_cmake = open(os.path.join(root, "app", "gui", "CMakeLists.txt")).read()
check(re.search(r"install\(TARGETS\s+" + re.escape(m.get("command", "?")) + r"\b", gui_cmake),
      f"command {m.get('command')} is not a binary we install")

modules = {mod.get("name"): mod for mod in m.get("modules", []) if isinstance(mod, dict)}
libnl = modules.get("libnl")
check(libnl is not None, "no libnl module")
if libnl:
    check(libnl.get("buildsystem") == "autotools", "libnl must build with autotools")
    opts = libnl.get("config-opts", [])
    check("--disable-static" in opts, "libnl must be built with --disable-static")
    check("--enable-cli=no" in opts or "--disable-cli" in opts, "libnl's command-line tools must be off")
    sources = libnl.get("sources", [])
    check(len(sources) == 1 and sources[0].get("type") == "archive", "libnl must come from one release archive")
    for s in sources:
        check(s.get("url", "").startswith("https://"), "libnl archive url must be https")
        check(re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")) is not None, "libnl archive needs a sha256")
ours = modules.get("kernel-channels")
check(ours is not None and ours.get("buildsystem") in ("cmake", "cmake-ninja"), "no cmake module for kernel-channels")
check(m.get("modules", [{}])[-1].get("name") == "kernel-channels", "our module must come last, after libnl")

# The desktop file and the icon carry the same id.
desktop = os.path.join(root, "resources", app_id + ".desktop")
check(os.path.exists(desktop), f"no desktop file named {app_id}.desktop")
if os.path.exists(desktop):
    text = open(desktop).read()
    check(re.search(r"^Icon=" + re.escape(app_id) + r"$", text, re.M), "desktop file Icon= is not the app id")
    check(re.search(r"^Exec=" + re.escape(m.get("command", "?")) + r"\b", text, re.M), "desktop Exec= is not the manifest command")
check(os.path.exists(os.path.join(root, "resources", "icons", app_id + ".svg")), "no icon named after the app id")

# Metainfo: Flathub's rules.
metainfo = os.path.join(root, "resources", app_id + ".metainfo.xml")
check(os.path.exists(metainfo), f"no metainfo named {app_id}.metainfo.xml")
if os.path.exists(metainfo):
    c = ET.parse(metainfo).getroot()
    check(c.get("type") == "desktop-application", "component type must be desktop-application")
    check(c.findtext("id") == app_id, f"metainfo id {c.findtext('id')} differs from the manifest's {app_id}")
    dev = c.find("developer")
    check(dev is not None and dev.get("id") and dev.findtext("name"), "developer needs an id and a name")
    check(c.findtext("project_license"), "no project_license")
    check(c.findtext("metadata_license") in ("CC0-1.0", "FSFAP", "MIT", "CC-BY-3.0", "CC-BY-4.0"), "metadata_license must be permissive")
    check(any(u.get("type") == "homepage" for u in c.findall("url")), "no homepage url")
    rating = c.find("content_rating")
    check(rating is not None and rating.get("type") == "oars-1.1", "content_rating must be oars-1.1")
    launchables = c.findall("launchable")
    check(len(launchables) == 1 and launchables[0].get("type") == "desktop-id"
          and launchables[0].text == app_id + ".desktop", "one launchable desktop-id naming our desktop file")
    check(len(c.findall("categories/category")) > 0, "no categories")
    releases = c.findall("releases/release")
    check(len(releases) > 0, "no releases")
    for r in releases:
        check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.get("date", "")) is not None, f"release {r.get('version')} needs a date")
    shots = c.findall("screenshots/screenshot")
    check(len(shots) > 0, "no screenshots")
    check(sum(1 for s in shots if s.get("type") == "default") == 1, "one default screenshot")
    for s in shots:
        url = s.findtext("image", "")
        check(url.startswith("https://") and url.endswith(".png"), f"screenshot {url} must be an https PNG")
        local = os.path.join(root, "resources", "screenshots", os.path.basename(url))
        check(os.path.exists(local), f"screenshot {url} has no committed file {local}")
        check(s.findtext("caption"), f"screenshot {url} needs a caption")

readme = open(os.path.join(root, "README.md")).read()
check("flatpak-builder" in readme and "flatpak/" + app_id + ".json" in readme, "README must give the flatpak-builder command")

for p in problems:
    print("problem:", p)
print(f"{len(problems)} problem(s) in {manifest_path} and its metainfo")
sys.exit(1 if problems else 0)
