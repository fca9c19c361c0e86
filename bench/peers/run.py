#!/usr/bin/env python3
"""Peer test-suite benchmark: our rule pack on the annotated test files of
semgrep-rules and njsscan (see README.md and mapping.yml beside this file).

One command:

    .venv/bin/python bench/peers/run.py --mirror ~/mirrors

1. exports every test file named in mapping.yml at its peer's pinned commit
   from the locally fetched bare repositories (<mirror>/<owner>+<name>/...),
   under neutral names (<peer>/<config-stem><suffix>);
2. turns the `ruleid:` annotations of mapped rules into labels (the next
   non-comment line, our antipattern id) and their `ok:` annotations into
   look-alike labels;
3. runs the pack once over the export (`jwt-session-guard scan --all`, or
   bare semgrep with --engine semgrep);
4. writes results.json and results.md: recall on the exact line and within
   3 lines, per peer / antipattern / language, ok lines hit, and the misses.

stdlib + PyYAML only.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NEAR = 3  # "within 3 lines"

# A full-line annotation comment: `# ruleid: a, b`, `// ok: a`, `<!-- ok: a -->`.
ANNOTATION = re.compile(
    r"^\s*(?:#|//|/\*|<!--|--)\s*"
    r"(todoruleid|deepruleid|proruleid|ruleid|todook|deepok|prook|ok)\s*:\s*"
    r"(.*?)\s*(?:\*/|-->)?\s*$"
)
COMMENT = re.compile(r"^\s*(#|//|/\*|\*|<!--|--)")
POSITIVE = {"ruleid", "todoruleid", "deepruleid", "proruleid"}
EXT_LANG = {
    ".py": "python", ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".ts": "typescript", ".tsx": "typescript", ".java": "java", ".go": "go", ".rb": "ruby",
    ".php": "php", ".cs": "csharp",
}


def git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), *args], check=True, capture_output=True, text=True
    ).stdout


def find_git_dir(mirror: Path, repo: str) -> Path:
    """The bare git directory of owner/name somewhere under <mirror>/owner+name."""
    root = mirror / repo.replace("/", "+")
    candidates = [root] + sorted(p.parent for p in root.glob("**/HEAD") if p.parent != root)
    for cand in candidates:
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    sys.exit(f"no git directory for {repo} under {root} (fetch it first)")


# ---------------------------------------------------------------- labels


def parse_annotations(text: str) -> list[tuple[str, str, int]]:
    """(kind, peer rule id, 1-based line of the annotated code) for each annotation."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = ANNOTATION.match(line)
        if not m:
            continue
        target = i + 1
        while target < len(lines) and (not lines[target].strip() or COMMENT.match(lines[target])):
            target += 1
        for rid in m.group(2).split(","):
            rid = rid.strip().split()[0] if rid.strip() else ""
            if rid:
                out.append((m.group(1), rid, target + 1))
    return out


def export_names(peer: str, rules: list[dict]) -> dict[str, str]:
    """Neutral export path per peer test file: <peer>/<config-stem>[-k]<suffix>."""
    stems = collections.Counter(Path(c).stem for c in {r["config"] for r in rules})
    names: dict[str, str] = {}
    for rule in rules:
        config = Path(rule["config"])
        stem = config.stem
        base = stem if stems[stem] == 1 else "-".join(config.parts[:2] + (stem,))
        for k, test in enumerate(rule["tests"], start=1):
            if test in names:
                continue
            name = Path(test).name
            suffix = name[len(stem):] if name.startswith(stem + ".") else Path(name).suffix
            suffix = suffix.replace(".test.", ".").replace(".fixed.", ".")
            names[test] = f"{peer}/{base}{'' if k == 1 else f'-{k}'}{suffix}"
    assert len(set(names.values())) == len(names), "export names collide"
    return names


def language_of(export: str, rule: dict) -> str:
    return EXT_LANG.get(Path(export).suffix, rule["language"])


def build_labels(mapping: dict, mirror: Path, out_dir: Path) -> tuple[list[dict], list[dict], list[dict], dict]:
    """Export the test files; return (positives, look-alikes, excluded, peer info)."""
    positives, lookalikes, excluded, peers = [], [], [], {}
    for peer, spec in mapping["peers"].items():
        git_dir = find_git_dir(mirror, spec["repo"])
        commit = spec["commit"]
        git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}")
        mapped = [r for r in spec["rules"] if "ours" in r]
        names = export_names(peer, mapped)
        peers[peer] = {"repo": spec["repo"], "commit": commit, "git_dir": str(git_dir),
                       "rules": len(spec["rules"]), "mapped": len(mapped)}
        texts: dict[str, str] = {}
        for test, export in names.items():
            texts[test] = git(git_dir, "show", f"{commit}:{test}")
            target = out_dir / export
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(texts[test])
        for rule in mapped:
            default_test = rule["tests"][0]
            skip = {(s.get("test", default_test), s["line"]): s["reason"] for s in rule.get("skip_lines", [])}
            disagree = {(s.get("test", default_test), s["line"]): s["reason"] for s in rule.get("ok_disagrees", [])}
            for test in rule["tests"]:
                found = [a for a in parse_annotations(texts[test]) if a[1] == rule["rule"]]
                if not found:
                    sys.exit(f"{peer}: no annotation of {rule['rule']} in {test}")
                for kind, _rid, line in found:
                    label = {
                        "peer": peer, "rule": rule["rule"], "test": test, "path": names[test], "line": line,
                        "ours": rule["ours"], "language": language_of(names[test], rule), "kind": kind,
                    }
                    if kind in POSITIVE:
                        if (test, line) in skip:
                            excluded.append({**label, "reason": skip[(test, line)]})
                        else:
                            positives.append(label)
                    else:
                        lookalikes.append({**label, "ok_disagrees": disagree.get((test, line))})
            for key in list(skip) + list(disagree):
                if not any(l["test"] == key[0] and l["line"] == key[1] and l["rule"] == rule["rule"]
                           for l in positives + lookalikes + excluded):
                    sys.exit(f"{peer}: {rule['rule']}: {key[0]}:{key[1]} in mapping.yml is not an annotated line")
    return positives, lookalikes, excluded, peers


# ---------------------------------------------------------------- the pack


def run_pack(engine: str, export_dir: Path) -> tuple[list[dict], str]:
    """Findings as {path, line, end_line, antipattern, rule_id}; and the command run."""
    if engine == "bot":
        exe = REPO / ".venv" / "bin" / "jwt-session-guard"
        cmd = [str(exe) if exe.exists() else (shutil.which("jwt-session-guard") or "jwt-session-guard"),
               "scan", "--all", "--format", "json", "--fail-on", "none", "."]
        # scan reads a git work tree: make the export one (untracked files are scanned too)
        subprocess.run(["git", "init", "-q", str(export_dir)], check=True)
        proc = subprocess.run(cmd, cwd=export_dir, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
        findings = [
            {"path": f["path"], "line": f["line"], "end_line": f.get("end_line") or f["line"],
             "antipattern": f["antipattern"], "rule_id": f["rule_id"]}
            for f in json.loads(proc.stdout)
        ]
        if proc.stderr.strip():
            sys.stderr.write(proc.stderr)
    else:
        exe = REPO / ".venv" / "bin" / "semgrep"
        cmd = [str(exe) if exe.exists() else "semgrep", "scan", "--config", str(REPO / "semgrep-rules"), "--json",
               "--disable-version-check", "--metrics=off", "--quiet", "."]
        proc = subprocess.run(cmd, cwd=export_dir, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
        findings = [
            {"path": r["path"].removeprefix("./"), "line": r["start"]["line"], "end_line": r["end"]["line"],
             "antipattern": (r["extra"].get("metadata") or {}).get("antipattern"), "rule_id": r["check_id"]}
            for r in json.loads(proc.stdout)["results"]
        ]
    # Recorded without this machine's paths.
    return findings, " ".join([Path(cmd[0]).name, *cmd[1:]])


# ---------------------------------------------------------------- scoring


def score(positives: list[dict], lookalikes: list[dict], findings: list[dict]) -> None:
    by_file: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for f in findings:
        by_file[(f["path"], f["antipattern"])].append(f["line"])
    for label in positives:
        lines = by_file.get((label["path"], label["ours"]), [])
        label["exact"] = label["line"] in lines
        label["near"] = any(abs(n - label["line"]) <= NEAR for n in lines)
        label["in_file"] = bool(lines)
        label["found_at"] = sorted(lines)
    for label in lookalikes:
        label["hit"] = label["line"] in by_file.get((label["path"], label["ours"]), [])


def tally(labels: list[dict], key: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for label in labels:
        groups[label[key] if key else "all"].append(label)
    return {k: summary(v) for k, v in sorted(groups.items())}


def summary(labels: list[dict]) -> dict:
    n = len(labels)
    exact, near, in_file = (sum(l[k] for l in labels) for k in ("exact", "near", "in_file"))
    pct = lambda x: round(100.0 * x / n, 1) if n else None  # noqa: E731
    return {"labels": n, "exact": exact, "near": near, "in_file": in_file,
            "recall_exact": pct(exact), "recall_near": pct(near), "recall_file": pct(in_file)}


# ---------------------------------------------------------------- report


def markdown(res: dict) -> str:
    out = [
        "# Peer test-suite benchmark: results",
        "",
        f"Run {res['date']} on jwt-session-guard `{res['jsg_commit']}`"
        f"{' (work tree modified)' if res['jsg_dirty'] else ''}, engine `{res['engine']}`.",
        "",
        "Peers: " + ", ".join(f"{p} `{v['repo']}@{v['commit'][:12]}` ({v['mapped']} of {v['rules']} rules mapped)"
                              for p, v in res["peers"].items()) + ".",
        "",
        f"{res['counts']['positives']} labels from `ruleid:` annotations of mapped rules, "
        f"{res['counts']['excluded']} `ruleid:` lines left out as not instances of our id (see mapping.yml), "
        f"{res['counts']['lookalikes']} `ok:` look-alike lines; {res['counts']['findings']} pack findings in "
        f"{res['counts']['files']} exported files.",
        "",
        "Recall: a finding of the mapped antipattern id on the labelled line (exact), within "
        f"{NEAR} lines (near), or anywhere in the file (file).",
        "",
    ]
    for title, key in (("Overall", "overall"), ("Per peer", "per_peer"), ("Per antipattern", "per_antipattern"),
                       ("Per language", "per_language")):
        out += [f"## {title}", "", "| group | labels | exact | near (±3) | file |", "|---|---:|---:|---:|---:|"]
        for group, s in res[key].items():
            out.append(f"| {group} | {s['labels']} | {s['exact']} ({s['recall_exact']}%) | {s['near']} "
                       f"({s['recall_near']}%) | {s['in_file']} ({s['recall_file']}%) |")
        out.append("")
    ok = res["ok_lines"]
    out += ["## ok: lines", "",
            f"{ok['hit']} of {ok['total']} `ok:` lines carry a finding of the mapped id "
            f"({ok['explained']} of them explained by `ok_disagrees`, {ok['unexplained']} not). "
            f"{ok['disagrees_total']} `ok:` lines are marked `ok_disagrees` (our taxonomy calls them findings).", ""]
    if ok["hits"]:
        out += ["| peer | rule | file:line | ours | explained |", "|---|---|---|---|---|"]
        for h in ok["hits"]:
            out.append(f"| {h['peer']} | {h['rule']} | {h['test']}:{h['line']} | {h['ours']} | "
                       f"{'yes: ' + h['ok_disagrees'] if h['ok_disagrees'] else 'no'} |")
        out.append("")
    out += ["## Misses (no finding of the mapped id on the exact line)", "",
            "| peer | rule | file:line | ours | lang | near | our findings of that id in the file |",
            "|---|---|---|---|---|---|---|"]
    for m in res["misses"]:
        out.append(f"| {m['peer']} | {m['rule']} | {m['test']}:{m['line']} | {m['ours']} | {m['language']} | "
                   f"{'yes' if m['near'] else 'no'} | {', '.join(map(str, m['found_at'])) or '-'} |")
    out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", default=os.environ.get("JSG_BENCH_MIRROR"),
                    help="folder holding the fetched bare repos as owner+name/ (or $JSG_BENCH_MIRROR)")
    ap.add_argument("--mapping", default=str(HERE / "mapping.yml"))
    ap.add_argument("--engine", choices=("bot", "semgrep"), default="bot",
                    help="bot: jwt-session-guard scan --all (default); semgrep: semgrep --config semgrep-rules")
    ap.add_argument("--out", default=str(HERE.parent / "results" / "peers"),
                   help="where results.json and results.md go (default: bench/results/peers/)")
    ap.add_argument("--keep", help="export into this folder and keep it (default: a temporary folder)")
    args = ap.parse_args(argv)
    if not args.mirror:
        ap.error("--mirror or $JSG_BENCH_MIRROR is required")

    mapping = yaml.safe_load(Path(args.mapping).read_text())
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="jsg-peers-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        positives, lookalikes, excluded, peers = build_labels(mapping, Path(args.mirror), work)
        findings, command = run_pack(args.engine, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    score(positives, lookalikes, findings)

    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True).stdout.strip())
    hits = [l for l in lookalikes if l["hit"]]
    res = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "jsg_commit": head, "jsg_dirty": dirty, "engine": args.engine, "command": command,
        "peers": {p: {k: v for k, v in info.items() if k != "git_dir"} for p, info in peers.items()},
        "counts": {"positives": len(positives), "excluded": len(excluded), "lookalikes": len(lookalikes),
                   "findings": len(findings), "files": len({l["path"] for l in positives + lookalikes})},
        "overall": tally(positives, ""),
        "per_peer": tally(positives, "peer"),
        "per_antipattern": tally(positives, "ours"),
        "per_language": tally(positives, "language"),
        "ok_lines": {
            "total": len(lookalikes), "hit": len(hits),
            "explained": sum(1 for h in hits if h["ok_disagrees"]),
            "unexplained": sum(1 for h in hits if not h["ok_disagrees"]),
            "disagrees_total": sum(1 for l in lookalikes if l["ok_disagrees"]),
            "hits": hits,
        },
        "misses": [l for l in positives if not l["exact"]],
        "labels": positives, "lookalikes": lookalikes, "excluded": excluded, "findings": findings,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    (out / "results.md").write_text(markdown(res))
    o = res["overall"].get("all", summary([]))
    print(f"{o['labels']} labels: exact {o['exact']} ({o['recall_exact']}%), near {o['near']} ({o['recall_near']}%); "
          f"ok lines hit {len(hits)}/{len(lookalikes)}; wrote {out / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
