#!/usr/bin/env python3
"""Whole-repository scans: `jwt-session-guard scan --all` next to semgrep with the public rules (issue 20).

    .venv/bin/python bench/wholerepo.py --mirror DIR            # mall, mealie, BookStack + the generated repo
    .venv/bin/python bench/wholerepo.py --mirror DIR --only mall --no-generated

The public rules are the JWT, cookie and session rules of semgrep-rules and
njsscan that bench/peers/mapping.yml lists, read at its pinned commits from
the fetched repositories into a scratch folder (never into this project).

Each app is exported at its pinned commit (bench/noise/apps.yml), and the files
the bot would not review (test code, vendored and generated code: its default
`paths` settings) are deleted, so both tools read the same tree. Then, one
after the other on that tree:

  ours    `jwt-session-guard scan --all --format json` (the whole pipeline, default settings)
  public  `semgrep scan --config <public rules> --json` with the bot's own semgrep flags
          and the same --jobs

Wall time, CPU (user+sys of the process tree) and peak memory (summed PSS)
come from bench/run.py's measure(). The target: ours at most 2.0x public,
wall time summed over the three apps. Writes bench/results/wholerepo/results.{json,md}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from run import base_env, measure  # noqa: E402

from bot.policy import path_selected  # noqa: E402
from bot.scan import MAX_TARGET_BYTES, SEMGREP_FLAGS, default_jobs, semgrep_executable  # noqa: E402
from bot.settings import Settings  # noqa: E402

import importlib.util  # noqa: E402

# bench/noise/run.py shares its module name with bench/run.py: loaded by path.
_spec = importlib.util.spec_from_file_location("noise_run", HERE / "noise" / "run.py")
noise_run = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(noise_run)  # type: ignore[union-attr]

DEFAULT_APPS = ("macrozheng/mall", "mealie-recipes/mealie", "BookStackApp/BookStack")
TARGET = 2.0


def public_rules(mirror: Path, mapping: Path, dest: Path) -> int:
    """Export the peers' JWT/cookie/session rule files; returns how many rules they hold."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    count = 0
    for name, peer in yaml.safe_load(mapping.read_text())["peers"].items():
        gd = noise_run.git_dir(mirror, peer["repo"])
        configs = sorted({r["config"] for r in peer["rules"]})
        for config in configs:
            text = subprocess.run(["git", f"--git-dir={gd}", "show", f"{peer['commit']}:{config}"],
                                  capture_output=True, text=True, check=True).stdout
            count += len(yaml.safe_load(text).get("rules", []))
            out = dest / name / config
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    return count


def reviewed_tree(src: Path, dest: Path) -> int:
    """A copy of `src` without what the bot leaves out by default; returns its file count.

    Unlike rule_cost.reviewed_files, files no rule of ours covers stay: the public rules may read them.
    """
    settings = Settings()
    shutil.rmtree(dest, ignore_errors=True)
    files = subprocess.run(["git", "-C", str(src), "ls-files", "-z"], capture_output=True, text=True,
                           check=True).stdout.split("\0")
    kept = 0
    for rel in filter(None, files):
        if not path_selected(rel, include=(), exclude=settings.exclude + settings.test_paths):
            continue
        if not (src / rel).is_file() or (src / rel).is_symlink():
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        os.link(src / rel, dest / rel)
        kept += 1
    (dest / ".semgrepignore").write_text("")  # nothing left to ignore: both tools read every file
    for cmd in (["init", "-q"], ["add", "-A", "-f", "."]):
        subprocess.run(["git", "-C", str(dest), *cmd], check=True, capture_output=True)
    return kept


def run_pair(tree: Path, rules: Path, jobs: int, work: Path) -> dict:
    env = base_env()
    ours = measure([noise_run.find_bot(None), "scan", "--all", "--format", "json"], cwd=tree, env=env,
                   out=work / "ours.json")
    public = measure([semgrep_executable(), "scan", *SEMGREP_FLAGS, f"--max-target-bytes={MAX_TARGET_BYTES}",
                      f"--jobs={jobs}", "--config", str(rules), "."], cwd=tree, env=env, out=work / "public.json")
    for name, sample in (("ours", ours), ("public", public)):
        if sample.rc not in (0, 1):
            err = (work / f"{name}.stderr").read_text(errors="replace")[-1500:]
            raise RuntimeError(f"{name} exited {sample.rc} on {tree.name}: {err}")
    findings_ours = len(json.loads((work / "ours.json").read_text()))
    findings_public = len(json.loads((work / "public.json").read_text())["results"])
    return {
        "ours": {"wall": ours.wall, "cpu": ours.cpu, "peak_mb": ours.peak_mb, "findings": findings_ours},
        "public": {"wall": public.wall, "cpu": public.cpu, "peak_mb": public.peak_mb, "findings": findings_public},
    }


def markdown(meta: dict, rows: list[dict]) -> str:
    apps = [r for r in rows if r["kind"] == "app"]
    ours = sum(r["ours"]["wall"] for r in apps)
    public = sum(r["public"]["wall"] for r in apps)
    ratio = ours / public if public else float("nan")
    lines = [
        "# Whole-repository scan: the pack next to the public JWT/session rules",
        "",
        f"Run {meta['started']} to {meta['ended']} on {meta['cores']} cores (load average at start "
        f"{meta['load_start']}, at end {meta['load_end']}), semgrep {meta['semgrep']}, --jobs {meta['jobs']}. "
        f"Ours: {meta['our_rules']} rules; public: {meta['public_rules']} rules from "
        "semgrep-rules and njsscan at the commits of bench/peers/mapping.yml.",
        f"Command: `{meta['command']}`.",
        "",
        "| tree | files | ours wall s / CPU s / MB | public wall s / CPU s / MB | ours / public (wall) | findings ours / public |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        o, p = r["ours"], r["public"]
        lines.append(
            f"| {r['name']} | {r['files']} | {o['wall']:.1f} / {o['cpu']:.1f} / {o['peak_mb']:.0f} | "
            f"{p['wall']:.1f} / {p['cpu']:.1f} / {p['peak_mb']:.0f} | {o['wall'] / p['wall']:.2f} | "
            f"{o['findings']} / {p['findings']} |")
    if apps:
        verdict = "met" if ratio <= TARGET else "NOT met"
        lines += ["", f"Summed over the {len(apps)} apps: ours {ours:.1f} s, public {public:.1f} s, "
                  f"ratio {ratio:.2f} (target ≤ {TARGET}) → {verdict}."]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, default=os.environ.get("JSG_BENCH_MIRROR"), required=False)
    ap.add_argument("--apps", type=Path, default=HERE / "noise" / "apps.yml")
    ap.add_argument("--only", action="append", help="owner/name or name of an app (repeatable)")
    ap.add_argument("--no-generated", action="store_true", help="skip the generated 5,000-file repository")
    ap.add_argument("--mapping", type=Path, default=HERE / "peers" / "mapping.yml")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "jsg-wholerepo")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--out", type=Path, default=HERE / "results" / "wholerepo")
    args = ap.parse_args()
    if not args.mirror:
        ap.error("--mirror (or JSG_BENCH_MIRROR) is required: the folder of fetched repositories")
    mirror = Path(args.mirror)
    started = dt.datetime.now(dt.timezone.utc)
    load_start = " ".join(f"{x:.1f}" for x in os.getloadavg())
    rules = args.cache / "public-rules"
    public_count = public_rules(mirror, args.mapping, rules)
    wanted = args.only or list(DEFAULT_APPS)
    apps = [a for a in yaml.safe_load(args.apps.read_text())["apps"]
            if a["repo"] in wanted or a["repo"].split("/")[1] in wanted]
    if len(apps) != len(wanted):
        ap.error(f"unknown app among {wanted}")
    rows = []
    work = args.cache / "out"
    work.mkdir(parents=True, exist_ok=True)
    for app in apps:
        src = noise_run.export(app, mirror, args.cache / "exports")
        tree = args.cache / "trees" / app["repo"].replace("/", "+")
        files = reviewed_tree(src, tree)
        print(f"{app['repo']}: {files} files without test and vendored code", flush=True)
        row = {"kind": "app", "name": f"{app['repo']}@{app['commit'][:7]}", "files": files,
               **run_pair(tree, rules, args.jobs, work)}
        print(f"  ours {row['ours']['wall']:.1f} s, public {row['public']['wall']:.1f} s", flush=True)
        rows.append(row)
    if not args.no_generated:
        repo = args.cache / "generated" / "many-n5000"
        if not (repo / ".git").is_dir():
            generate.generate_base(repo, variant="many", files=5000)
        tree = args.cache / "trees" / "generated-many-n5000"
        files = reviewed_tree(repo, tree)
        row = {"kind": "generated", "name": "generated `many`, N=5000", "files": files,
               **run_pair(tree, rules, args.jobs, work)}
        print(f"generated: ours {row['ours']['wall']:.1f} s, public {row['public']['wall']:.1f} s", flush=True)
        rows.append(row)
    semgrep = subprocess.run([semgrep_executable(), "--version", "--disable-version-check"],
                             capture_output=True, text=True).stdout.strip()
    from bot.pack import load_pack
    meta = {
        "started": started.strftime("%Y-%m-%d %H:%M"), "ended": dt.datetime.now(dt.timezone.utc).strftime("%H:%M UTC"),
        "cores": os.cpu_count(), "load_start": load_start, "load_end": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "semgrep": semgrep, "jobs": args.jobs, "public_rules": public_count,
        "our_rules": len(load_pack([ROOT / "semgrep-rules"]).rules),
        "command": "bench/wholerepo.py" + "".join(f" --only {o}" for o in args.only or [])
                   + (" --no-generated" if args.no_generated else ""),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    report = markdown(meta, rows)
    (args.out / "results.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
