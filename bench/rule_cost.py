#!/usr/bin/env python3
"""Per-rule cost of the pack: where a whole-repository scan spends its time (issue 20).

    .venv/bin/python bench/rule_cost.py --mirror DIR              # the noise apps (bench/noise/apps.yml)
    .venv/bin/python bench/rule_cost.py --tree DIR [--tree DIR2]  # any folders
    .venv/bin/python bench/rule_cost.py --mirror DIR --only mall --top 20

Each app is exported at its pinned commit, and the files `scan --all` would
review are chosen exactly as the bot chooses them (the pack's languages and
paths, minus the default excludes and test code). Then ONE semgrep process per
app runs the bundled pack with `--time` over those files, with the flags the
bot uses, and the report adds up, per rule:

- match time (seconds, summed over files and apps);
- how many files semgrep actually ran the rule on (match time above zero): a
  rule whose required literals are not in a file is skipped by semgrep's
  prefilter and costs nothing there;
- the share of the rule's candidate files (its language) it ran on: near 100 %
  means the prefilter has nothing to skip on (a rule built from metavariables
  only, a broad regex, `pattern-not` chains), the lever this issue pulls.

Writes results.json and results.md to bench/results/rule-cost/ (or --out).
Needs the project venv (the bot is imported to pick files and bundle the pack).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

from bot.pack import Pack, load_pack  # noqa: E402
from bot.paths import rules_dir  # noqa: E402
from bot.policy import path_selected  # noqa: E402
from bot.scan import MAX_TARGET_BYTES, SEMGREP_FLAGS, semgrep_executable  # noqa: E402
from bot.settings import Settings  # noqa: E402

sys.path.insert(0, str(HERE / "noise"))
from run import export  # type: ignore[import-not-found]  # noqa: E402


def reviewed_files(tree: Path, settings: Settings) -> list[str]:
    """The files `scan --all` reviews in `tree`, as the bot picks them."""
    listing = subprocess.run(["git", "-C", str(tree), "ls-files", "-z"], capture_output=True, check=True)
    coverage = load_pack(settings.rule_configs).coverage
    picked = []
    for path in sorted(p for p in listing.stdout.decode("utf-8", "surrogateescape").split("\0") if p):
        if not coverage.covers(path) or not path_selected(path, include=settings.include, exclude=settings.exclude):
            continue
        if not path_selected(path, include=(), exclude=settings.test_paths):
            continue
        if (tree / path).is_file() and not (tree / path).is_symlink():
            picked.append(path)
    return picked


def time_pack(tree: Path, files: list[str], bundle: Path, jobs: int) -> tuple[dict, float]:
    cmd = [semgrep_executable(), "scan", *SEMGREP_FLAGS, "--time", f"--max-target-bytes={MAX_TARGET_BYTES}",
           f"--jobs={jobs}", "--config", str(bundle), *files]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=tree, capture_output=True, check=False)
    wall = time.monotonic() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"semgrep failed on {tree}: {proc.stderr.decode()[-2000:]}")
    return json.loads(proc.stdout), wall


def rule_language(rule: dict) -> str:
    langs = rule.get("languages") or ["?"]
    return str(langs[0])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mirror", default=os.environ.get("JSG_BENCH_MIRROR"), help="folder of fetched repos")
    p.add_argument("--apps", default=str(HERE / "noise" / "apps.yml"))
    p.add_argument("--only", action="append", help="owner/name or name of one app (repeatable)")
    p.add_argument("--tree", action="append", help="scan this folder instead of the apps (repeatable)")
    p.add_argument("--cache", default=os.environ.get("JSG_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "jsg-noise")))
    p.add_argument("--jobs", type=int, default=1, help="semgrep --jobs (1: per-rule times add up without overlap)")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--out", default=str(HERE / "results" / "rule-cost"))
    args = p.parse_args()

    settings = Settings(rule_configs=(rules_dir(),))
    pack = load_pack(settings.rule_configs)
    rules = {r["id"]: r for r in pack.rules}
    rule_covers = defaultdict(lambda: Pack(rules=()).coverage,
                              {rule_id: Pack(rules=(r,)).coverage for rule_id, r in rules.items()})
    trees: list[tuple[str, Path]] = []
    if args.tree:
        trees = [(Path(t).name, Path(t)) for t in args.tree]
    else:
        if not args.mirror:
            p.error("pass --mirror DIR (or $JSG_BENCH_MIRROR), or --tree DIR")
        apps = yaml.safe_load(Path(args.apps).read_text())["apps"]
        if args.only:
            apps = [a for a in apps if a["repo"] in args.only or a["repo"].split("/")[1] in args.only]
        cache = Path(args.cache)
        cache.mkdir(parents=True, exist_ok=True)
        trees = [(a["repo"], export(a, Path(args.mirror), cache)) for a in apps]

    per_rule: dict[str, dict[str, float]] = defaultdict(lambda: {"seconds": 0.0, "ran_on": 0, "candidates": 0,
                                                                  "findings": 0})
    per_app = []
    with tempfile.TemporaryDirectory() as tmp:
        bundle = pack.write_bundle(Path(tmp) / "rules.json")
        for name, tree in trees:
            files = reviewed_files(tree, settings)
            data, wall = time_pack(tree, files, bundle, args.jobs)
            timing = data["time"]
            ids = [r.rsplit(".", 1)[-1] if r not in rules else r for r in timing["rules"]]
            for target in timing["targets"]:
                for index, seconds in enumerate(target["match_times"]):
                    row = per_rule[ids[index]]
                    # Candidates: the files of the rule's language (or its paths), as the bot's coverage sees them.
                    if rule_covers[ids[index]].covers(target["path"]):
                        row["candidates"] += 1
                    if seconds > 0:
                        row["ran_on"] += 1
                        row["seconds"] += seconds
            for result in data["results"]:
                per_rule[result["check_id"].rsplit(".", 1)[-1]]["findings"] += 1
            per_app.append({"app": name, "files": len(files), "wall_s": round(wall, 1),
                            "match_s": round(sum(sum(t["match_times"]) for t in timing["targets"]), 1),
                            "parse_s": round(sum(sum(t["parse_times"]) for t in timing["targets"]), 1)})
            sys.stderr.write(f"{name}: {len(files)} files, {wall:.1f} s\n")

    table = sorted(({"rule": rule_id, "language": rule_language(rules.get(rule_id, {})),
                     "seconds": round(v["seconds"], 2), "ran_on": int(v["ran_on"]),
                     "candidates": int(v["candidates"]),
                     "ran_share": round(v["ran_on"] / v["candidates"], 3) if v["candidates"] else 0.0,
                     "findings": int(v["findings"])} for rule_id, v in per_rule.items()),
                   key=lambda r: -r["seconds"])
    # The command as anyone would type it: no folder of this machine in a committed report.
    shown, skip = [], False
    for arg in sys.argv[1:]:
        if skip:
            shown.append("DIR")
            skip = False
        else:
            shown.append(arg)
            skip = arg in ("--mirror", "--tree", "--out", "--cache", "--apps")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    doc = {"run": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "jobs": args.jobs,
           "rules_in_pack": len(rules), "apps": per_app, "rules": table}
    (out / "results.json").write_text(json.dumps(doc, indent=1) + "\n")
    total = sum(r["seconds"] for r in table)
    no_prefilter = [r for r in table if r["candidates"] and r["ran_share"] >= 0.9]
    lines = [
        "# Per-rule cost of the pack", "",
        f"Run {doc['run']} · {len(rules)} rules · semgrep --jobs {args.jobs} · "
        f"command: `bench/rule_cost.py {' '.join(shown)}`", "",
        "| app | files reviewed | wall s | match s | parse s |", "|---|---|---|---|---|",
        *(f"| {a['app']} | {a['files']} | {a['wall_s']} | {a['match_s']} | {a['parse_s']} |" for a in per_app),
        "", f"Match time over all rules: {total:.1f} s. Top {args.top} rules:", "",
        "| rule | language | match s | share of all | files run on / candidates | findings |",
        "|---|---|---|---|---|---|",
        *(f"| `{r['rule']}` | {r['language']} | {r['seconds']} | {r['seconds'] / (total or 1):.0%} | "
          f"{r['ran_on']}/{r['candidates']} ({r['ran_share']:.0%}) | {r['findings']} |"
          for r in table[:args.top]),
        "", f"Rules semgrep ran on 90 % or more of their candidate files (no usable prefilter): {len(no_prefilter)}",
        "", *(f"- `{r['rule']}` ({r['language']}, {r['seconds']} s, {r['ran_on']}/{r['candidates']})"
              for r in no_prefilter),
    ]
    (out / "results.md").write_text("\n".join(lines) + "\n")
    sys.stdout.write("\n".join(lines[:12 + args.top]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
