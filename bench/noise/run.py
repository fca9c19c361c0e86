#!/usr/bin/env python3
"""Noise benchmark: `jwt-session-guard scan --all` on ordinary apps, scored
against hand-made labels (bench/noise/classification.yml).

    .venv/bin/python bench/noise/run.py --mirror ~/mirrors      # or JSG_BENCH_MIRROR=...
    .venv/bin/python bench/noise/run.py --only outline/outline       # one app (results files untouched)
    .venv/bin/python bench/noise/run.py --rescore                    # re-score results.json, no scan

Each app of apps.yml is exported from its fetched bare repository
(<mirror>/<owner>+<name>/repo, or <mirror>/<owner>+<name> if that is the git dir)
at the pinned commit into a cached folder, made a git work tree (every file
staged, so .gitignore hides nothing), and scanned with default settings.
Exit status: 0 all findings classified, 1 some unclassified, 2 usage/setup
error, 3 a scan failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
CLASSES = ("TP", "FP", "TEST", "DEBATABLE", "UNCLASSIFIED")
LINE_SLACK = 2


class SetupError(Exception):
    pass


def git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo.replace("/", "+")
    for cand in (base / "repo", base):
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    raise SetupError(f"{repo}: no bare git repository under {base} (fetch it first)")


def export(app: dict, mirror: Path, cache: Path) -> Path:
    """The app's tree at its commit, as a git work tree with every file staged (cached)."""
    gd, commit = git_dir(mirror, app["repo"]), app["commit"]
    key = f"{app['repo'].replace('/', '+')}-{commit[:12]}"
    dest, stamp = cache / key, cache / f"{key}.ok"
    if stamp.is_file() and dest.is_dir():
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    # Snapshots lack their largest files (a blob listed in the tree but absent):
    # leave those out of the archive, or it stops at the first one.
    tree = subprocess.run(["git", f"--git-dir={gd}", "ls-tree", "-r", "-z", commit],
                          capture_output=True, text=True, check=True).stdout.split("\0")
    blobs = {e.split("\t", 1)[1]: e.split()[2] for e in tree if e and e.split()[1] == "blob"}
    check = subprocess.run(["git", f"--git-dir={gd}", "cat-file", "--batch-check=%(objectname)"],
                           input="".join(f"{sha}\n" for sha in blobs.values()), capture_output=True, text=True)
    missing = {line.split()[0] for line in check.stdout.splitlines() if line.endswith(" missing")}
    absent = sorted(path for path, sha in blobs.items() if sha in missing)
    if absent:
        print(f"note: {app['repo']}: {len(absent)} files absent from the snapshot: {', '.join(absent[:5])}", file=sys.stderr)
    pathspec = ["--", ".", *(f":(exclude,literal){path}" for path in absent)] if absent else []
    # --worktree-attributes: a bare mirror has no work tree, so the commit's own
    # .gitattributes (export-ignore on a folder of shipped code) no longer applies.
    archive = subprocess.Popen(["git", f"--git-dir={gd}", "archive", "--worktree-attributes", commit, *pathspec],
                               stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", str(dest)], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise SetupError(f"{app['repo']}: git archive {commit} failed")
    # export-ignore attributes would silently drop files: compare with the tree.
    got = sum(len(files) + sum(1 for d in dirs if (Path(root) / d).is_symlink())
              for root, dirs, files in os.walk(dest))
    if got != len(blobs) - len(absent):
        print(f"warning: {app['repo']}: exported {got} files, expected {len(blobs) - len(absent)}", file=sys.stderr)
    if (dest / ".github" / "jwt-session-guard.yml").exists():
        print(f"warning: {app['repo']} has its own .github/jwt-session-guard.yml", file=sys.stderr)
    for cmd in (["init", "-q"], ["add", "-A", "-f", "."]):
        subprocess.run(["git", "-C", str(dest), *cmd], check=True, capture_output=True)
    stamp.write_text(commit + "\n")
    return dest


def scan(app: dict, mirror: Path, cache: Path, bot: str) -> dict:
    tree = export(app, mirror, cache)
    proc = subprocess.run([bot, "scan", "--all", "--format", "json"], cwd=tree, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{app['repo']}: scan exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    findings = json.loads(proc.stdout)
    return {
        "findings": [
            # no "code": fetched code never goes into this repository's files
            {**{k: f[k] for k in ("path", "line", "end_line", "rule_id", "antipattern", "severity")},
             **({"also_at": f["also_at"]} if f.get("also_at") else {})}
            for f in findings
        ],
        # Quoted source in semgrep's messages is blanked: no fetched code in the results.
        "scan_errors": [re.sub(r"`[^`]*`?", "`…`", line)[:300] for line in proc.stderr.splitlines() if line.strip()],
    }


def load_labels(path: Path) -> dict[tuple[str, str, str], list[dict]]:
    data = yaml.safe_load(path.read_text()) if path.is_file() else None
    labels: dict[tuple[str, str, str], list[dict]] = {}
    for entry in (data or {}).get("findings") or []:
        if entry.get("class") not in CLASSES[:-1]:
            raise SetupError(f"classification: bad class in {entry}")
        labels.setdefault((entry["app"], entry["path"], entry["rule_id"]), []).append(entry)
    return labels


def classify(app: str, finding: dict, labels: dict) -> dict | None:
    # A definition-to-use finding is labeled on either end.
    lines = (finding["line"], *finding.get("also_at", ()))
    near = [(min(abs(e["line"] - n) for n in lines), e)
            for e in labels.get((app, finding["path"], finding["rule_id"]), [])]
    near = [(d, e) for d, e in near if d <= LINE_SLACK]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def precision(counts: Counter, *, also_true: int = 0) -> float | None:
    """TP / (TP + FP); `also_true` FP findings counted as true instead."""
    judged = counts["TP"] + counts["FP"]
    return round((counts["TP"] + also_true) / judged, 3) if judged else None


# A label whose `why` starts with this marks an absence check (no algorithm allow-list
# with the app's own HMAC secret, no aud/iss on a token the app issues to itself) that
# our labeling policy calls FP and the project's audit counts as a true "hardening
# only" finding. Both precisions are reported.
HARDENING_MARK = "HARDENING-ONLY:"


def score(raw: dict[str, dict], labels: dict) -> dict:
    apps, total, total_err, unclassified, used = {}, Counter(), Counter(), [], set()
    total_hardening = 0
    gate_noise = []
    for app, result in raw.items():
        counts, err_counts, hardening = Counter(), Counter(), 0
        for f in result["findings"]:
            entry = classify(app, f, labels)
            cls = entry["class"] if entry else "UNCLASSIFIED"
            if entry:
                used.add(id(entry))
            else:
                unclassified.append({"app": app, **{k: f[k] for k in ("path", "line", "rule_id", "severity")}})
            counts[cls] += 1
            if cls == "FP" and str(entry.get("why", "")).startswith(HARDENING_MARK):  # type: ignore[union-attr]
                hardening += 1
            if f["severity"] == "error":
                err_counts[cls] += 1
        errors = sum(err_counts.values())
        fails_without_tp = errors > 0 and err_counts["TP"] == 0
        if fails_without_tp:
            gate_noise.append(app)
        apps[app] = {
            **{c: counts[c] for c in CLASSES},
            "findings": sum(counts.values()),
            "error_findings": errors,
            "precision": precision(counts),
            "precision_hardening_as_tp": precision(counts, also_true=hardening),
            "error_precision": precision(err_counts),
            "fails_gate_without_tp_error": fails_without_tp,
            "scan_errors": len(result.get("scan_errors", [])),
        }
        total.update(counts)
        total_hardening += hardening
        total_err.update(err_counts)
    stale = [
        {k: e[k] for k in ("app", "path", "line", "rule_id")}
        for entries in labels.values() for e in entries
        if id(e) not in used and e["app"] in raw
    ]
    return {
        "apps": apps,
        "overall": {
            **{c: total[c] for c in CLASSES},
            "findings": sum(total.values()),
            "error_findings": sum(total_err.values()),
            "error_counts": {c: total_err[c] for c in CLASSES},
            "precision": precision(total),
            "hardening_only_fp": total_hardening,
            "precision_hardening_as_tp": precision(total, also_true=total_hardening),
            "error_precision": precision(total_err),
            "apps_failing_gate_without_tp_error": len(gate_noise),
            "apps_failing_gate_without_tp_error_list": gate_noise,
        },
        "unclassified": unclassified,
        "stale_labels": stale,
    }


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def markdown(scores: dict, meta: dict) -> str:
    head = "| app | findings | TP | FP | TEST | DEBATABLE | UNCLASSIFIED | precision | ERROR findings | ERROR precision | fails gate w/o TP ERROR |"
    rows = [head, "|" + "---|" * 11]
    items = [*scores["apps"].items(), ("**overall**", scores["overall"])]
    for name, s in items:
        fails = s.get("fails_gate_without_tp_error")
        fails = ("yes" if fails else "no") if fails is not None else str(s["apps_failing_gate_without_tp_error"])
        rows.append(
            f"| {name} | {s['findings']} | {s['TP']} | {s['FP']} | {s['TEST']} | {s['DEBATABLE']} | "
            f"{s['UNCLASSIFIED']} | {fmt(s['precision'])} | {s['error_findings']} | {fmt(s['error_precision'])} | {fails} |"
        )
    lines = [
        f"Run {meta['date']}, pack commit {meta['pack_commit']}"
        f"{' (bot/ or semgrep-rules/ modified)' if meta.get('pack_dirty') else ''}, {meta['semgrep']}.",
        "",
        *rows,
        "",
        "precision = TP / (TP + FP); TEST and DEBATABLE findings are left out of it.",
        f"FP labels marked `{HARDENING_MARK}` (absence checks on tokens the app signs and checks itself): "
        f"{scores['overall']['hardening_only_fp']}; counted as true, as the project's noise audit counts them, "
        f"precision is {fmt(scores['overall']['precision_hardening_as_tp'])}.",
    ]
    if scores["unclassified"]:
        lines += ["", "Unclassified findings:", ""]
        lines += [f"- {u['app']} `{u['path']}:{u['line']}` {u['rule_id']} ({u['severity']})" for u in scores["unclassified"]]
    return "\n".join(lines) + "\n"


def find_bot(arg: str | None) -> str:
    for cand in (arg, Path(sys.executable).parent / "jwt-session-guard", PROJECT / ".venv/bin/jwt-session-guard",
                 shutil.which("jwt-session-guard")):
        if cand and Path(cand).is_file():
            return str(cand)
    raise SetupError("jwt-session-guard not found: give --bot")


def tool_version(cmd: list[str]) -> str:
    # Without SEMGREP_ENABLE_VERSION_CHECK=0 `semgrep --version` waits ~100 s offline.
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mirror", default=os.environ.get("JSG_BENCH_MIRROR"), help="folder of fetched repos ($JSG_BENCH_MIRROR)")
    p.add_argument("--only", action="append", help="owner/name (or name) of one app; repeatable")
    p.add_argument("--jobs", type=int, default=1, help="apps scanned at once (default 1: the scans are CPU-bound)")
    p.add_argument("--bot", help="the jwt-session-guard console script (default: next to this Python)")
    p.add_argument("--cache", default=os.environ.get("JSG_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "jsg-noise")),
                   help="where exports are cached ($JSG_BENCH_CACHE, default $TMPDIR/jsg-noise)")
    p.add_argument("--apps", default=str(HERE / "apps.yml"))
    p.add_argument("--labels", default=str(HERE / "classification.yml"))
    p.add_argument("--out", default=str(HERE.parent / "results" / "noise"),
                   help="folder for results.json and results.md (default: bench/results/noise/)")
    p.add_argument("--rescore", action="store_true", help="re-score the findings in results.json, no scans")
    args = p.parse_args(argv)
    try:
        apps = yaml.safe_load(Path(args.apps).read_text())["apps"]
        if args.only:
            apps = [a for a in apps if a["repo"] in args.only or a["repo"].split("/")[1] in args.only]
            if not apps:
                raise SetupError(f"--only {args.only}: no such app in {args.apps}")
        labels = load_labels(Path(args.labels))
        out = Path(args.out)
        if args.rescore:
            previous = json.loads((out / "results.json").read_text())
            raw, meta = previous["raw"], previous["meta"]
            raw = {repo: r for repo, r in raw.items() if repo in {a["repo"] for a in apps}}
        else:
            if not args.mirror:
                raise SetupError("give --mirror DIR or set JSG_BENCH_MIRROR")
            mirror, cache, bot = Path(args.mirror), Path(args.cache), find_bot(args.bot)
            cache.mkdir(parents=True, exist_ok=True)
            for app in apps:
                git_dir(mirror, app["repo"])
            semgrep = next((p for p in (Path(bot).parent / "semgrep", Path(sys.executable).parent / "semgrep")
                            if p.is_file()), Path("semgrep"))
            meta = {
                "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "bot": Path(bot).name,
                # The pack of this checkout; with --bot pointing elsewhere, that build's own.
                "pack_commit": tool_version(["git", "-C", str(PROJECT), "rev-parse", "HEAD"]),
                "pack_dirty": bool(tool_version(["git", "-C", str(PROJECT), "status", "--porcelain", "--",
                                                 "bot", "semgrep-rules"])),
                "semgrep": "semgrep " + tool_version([str(semgrep), "--version", "--disable-version-check"]),
                "apps": {a["repo"]: a["commit"] for a in apps},
            }
            raw = {}

            def one(app: dict) -> tuple[str, dict]:
                start = dt.datetime.now()
                result = scan(app, mirror, cache, bot)
                secs = (dt.datetime.now() - start).total_seconds()
                print(f"{app['repo']}: {len(result['findings'])} findings, {secs:.0f} s", file=sys.stderr)
                return app["repo"], {**result, "seconds": round(secs, 1)}

            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                for repo, result in pool.map(one, apps):
                    raw[repo] = result
    except (SetupError, OSError, KeyError, yaml.YAMLError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    scores = score(raw, labels)
    text = markdown(scores, meta)
    sys.stdout.write(text)
    if scores["stale_labels"]:
        print(f"note: {len(scores['stale_labels'])} labels match no finding", file=sys.stderr)
    if not args.only:  # a partial run never overwrites the full results
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.json").write_text(json.dumps({"meta": meta, **scores, "raw": raw}, indent=1) + "\n")
        (out / "results.md").write_text("# Noise benchmark results\n\n" + text)
    return 1 if scores["unclassified"] else 0


if __name__ == "__main__":
    sys.exit(main())
