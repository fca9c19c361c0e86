"""The benchmark: what jwt-session-guard costs per push, next to semgrep itself.

    .venv/bin/python bench/run.py            # the full grid (about an hour on 2 cores)
    .venv/bin/python bench/run.py --quick    # N=100 and 1000, K=20, 1 repetition (a few minutes)

For every configuration (variant, N files, PR changing K files) it measures
wall time, CPU time (user+sys of the whole child process tree, from wait4) and
peak memory (the largest summed PSS over the process tree, sampled from /proc
every 250 ms, RSS every 50 ms) of:

  a  `jwt-session-guard review` end to end against the fake GitHub on loopback
  b  `jwt-session-guard scan --base <base>` in the repository at the PR head
  c  bare `semgrep scan --config semgrep-rules --json` over the K changed files
  d  the same over the whole repository
  e  `semgrep scan --config semgrep-rules --baseline-commit <base>` over the repository

and writes bench/results/results.{json,md}, bench/results/chart.png and the
table in bench/README.md. Repositories are generated once (bench/generate.py)
and cached under --cache (default /tmp/jsg-bench).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from tests.support.fake_github import FakeGitHub, PullState  # noqa: E402
from tests.support.gitpr import Repo, github_files  # noqa: E402
from tests.support.process_tree import tree_memory  # noqa: E402
from tests.support.scenario import Scenario  # noqa: E402

BIN = Path(sys.executable).parent
CLI = str(BIN / "jwt-session-guard")
SEMGREP = str(BIN / "semgrep")
RULES = ROOT / "semgrep-rules"
SEMGREP_FLAGS = ["--disable-version-check", "--metrics=off", "--json"]
RESULTS = ROOT / "bench" / "results"
TOOLS = "abcde"
TOOL_NAMES = {
    "a": "review (bot, end to end)",
    "b": "scan --base (bot, local)",
    "c": "semgrep on the K files",
    "d": "semgrep on the whole repo",
    "e": "semgrep --baseline-commit",
}


# --------------------------------------------------------------------------- measuring one process tree


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float  # max over time of the summed PSS of the process tree
    maxrss_mb: float  # ru_maxrss: the largest single process of the tree
    rc: int
    detail: dict[str, Any] = field(default_factory=dict)
    timed_out: bool = False  # killed at --peer-timeout: wall is a lower bound
    peak_rss_sum_mb: float = 0.0  # max over time of the summed RSS (counts shared pages once per process)


PSS_EVERY = 5  # samples


def measure(cmd: list[str], *, cwd: Path, env: dict[str, str], out: Path, timeout: float = 0) -> Sample:
    """Run cmd with stdout to `out`; wall, CPU of the tree (wait4), peak tree RSS (sampled).

    With a timeout, the process group of the command (and only it) is killed when it runs longer.
    """
    err = out.with_suffix(".stderr")
    with open(out, "wb") as so, open(err, "wb") as se:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=so, stderr=se, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        peak = peak_rss = 0
        done = threading.Event()

        def sample() -> None:
            # RSS every 50 ms, PSS every PSS_EVERY samples: reading smaps_rollup every
            # 50 ms took ~11 % of a core from the measured run on a 2-core machine.
            nonlocal peak, peak_rss
            tick = 0
            while not done.is_set():
                pss, rss = tree_memory(proc.pid, pss_too=tick % PSS_EVERY == 0)
                peak, peak_rss = max(peak, pss), max(peak_rss, rss)
                tick += 1
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        if timer:
            timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    maxrss = usage.ru_maxrss * 1024
    return Sample(wall=wall, cpu=usage.ru_utime + usage.ru_stime, peak_mb=max(peak, maxrss) / 2**20,
                  maxrss_mb=maxrss / 2**20, rc=proc.returncode, timed_out=killed.is_set(),
                  peak_rss_sum_mb=max(peak_rss, maxrss) / 2**20)


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


class Failed(RuntimeError):
    pass


def _check(tool: str, s: Sample, out: Path) -> None:
    if s.timed_out:
        return
    if s.rc not in (0, 1):
        tail = out.with_suffix(".stderr").read_text(errors="replace")[-1500:]
        raise Failed(f"{tool} exited {s.rc}: {tail}")


def _semgrep_counts(out: Path) -> dict[str, Any]:
    try:
        data = json.loads(out.read_bytes())
    except ValueError:
        return {"output": "none (killed)"}
    return {"findings": len(data.get("results", [])), "errors": len(data.get("errors", [])),
            "scanned": len(data.get("paths", {}).get("scanned", []))}


# --------------------------------------------------------------------------- one configuration


@dataclass
class Config:
    name: str  # "N-sweep" / "K-sweep"
    variant: str
    n: int
    k: int
    tools: str = TOOLS
    reps: int | None = None  # overrides --reps for a, b and c (the K=2000 runs are long)

    @property
    def key(self) -> str:
        return f"{self.variant}-n{self.n}-k{self.k}"


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.cache: Path = args.cache
        self.cache.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix="run-", dir=self.cache))
        self.fake = FakeGitHub().start()
        self.env = base_env()

    def close(self) -> None:
        self.fake.stop()
        shutil.rmtree(self.work, ignore_errors=True)

    def repo_for(self, variant: str, n: int) -> tuple[Path, dict]:
        dest = self.cache / "repos" / f"{variant}-n{n}"
        t0 = time.perf_counter()
        manifest = generate.generate_base(dest, variant=variant, files=n)
        took = time.perf_counter() - t0
        if took > 1:
            log(f"generated {dest} in {took:.0f} s")
        return dest, manifest

    def run_config(self, cfg: Config, reps: int, floor_reps: int, peer_reps: int) -> dict[str, Any]:
        reps = cfg.reps or reps
        floor_reps = cfg.reps or floor_reps
        repo_root, manifest = self.repo_for(cfg.variant, cfg.n)
        pr = generate.generate_pr(repo_root, manifest, cfg.k)
        generate.git(repo_root, "checkout", "-q", "-f", pr["branch"])
        generate.git(repo_root, "clean", "-qfdx")
        base, head = pr["base"], pr["head"]
        changed = [c["path"] for c in pr["changed"]]
        repo = Repo.__new__(Repo)
        repo.root = repo_root
        files = github_files(repo, base, head)
        tracked = len(generate.git(repo_root, "ls-files").splitlines())
        log(f"{cfg.key}: {tracked} files at head, PR {base[:8]}..{head[:8]} changes {len(files)} files")

        samples: dict[str, list[Sample]] = {t: [] for t in TOOLS}
        outdir = self.work / cfg.key
        outdir.mkdir(parents=True, exist_ok=True)
        order = [t for t in TOOLS if t in self.args.tools and t in cfg.tools]
        wanted = {"a": reps, "b": reps, "c": floor_reps, "d": peer_reps, "e": peer_reps}
        for rep in range(max(wanted.values())):
            for tool in order:
                if rep >= wanted[tool]:
                    continue
                s = getattr(self, f"run_{tool}")(repo_root, base, head, changed, files, outdir / f"{tool}{rep}.out")
                samples[tool].append(s)
                log(f"  {tool}{rep}: {s.wall:6.1f} s wall {s.cpu:6.1f} s cpu {s.peak_mb:6.0f} MB  {s.detail}")
        generate.git(repo_root, "checkout", "-q", "-f", "main")
        return {
            "config": cfg.name, "variant": cfg.variant, "n": cfg.n, "k": cfg.k, "files_at_head": tracked,
            "changed": len(files), "added": sum(1 for c in pr["changed"] if c["status"] == "added"),
            "auth_changed": sum(1 for c in pr["changed"] if c["kind"] == "auth"),
            "samples": {t: [s.__dict__ for s in v] for t, v in samples.items() if v},
            "median": {t: summarize(v) for t, v in samples.items() if v},
        }

    # (a) the action's job, against the fake GitHub on loopback
    def run_a(self, root: Path, base: str, head: str, changed: list[str], files: list[dict], out: Path) -> Sample:
        number = 7
        self.fake.pulls.clear()
        self.fake.requests.clear()
        self.fake.add_pull(PullState(number=number, head_sha=head, base_sha=base, files=copy.deepcopy(files)))
        tmp = Path(tempfile.mkdtemp(dir=self.work))
        sc = Scenario(repo=None, fake=self.fake, tmp=tmp, number=number, base=base, head=head)  # type: ignore[arg-type]
        env = {**self.env, **sc.env(workspace=root)}
        s = measure([CLI, "review"], cwd=root, env=env, out=out)
        _check("review", s, out)
        reviews = sc.posted_reviews()
        s.detail = {"rc": s.rc, "inline": sum(len(r.get("comments") or []) for r in reviews),  # type: ignore[union-attr]
                    "findings": sc.outputs().get("findings"), "requests": len(self.fake.requests)}
        shutil.rmtree(tmp, ignore_errors=True)
        return s

    # (b) local mode in the PR repository at the head
    def run_b(self, root: Path, base: str, head: str, changed: list[str], files: list[dict], out: Path) -> Sample:
        s = measure([CLI, "scan", "--base", base, "--format", "json"], cwd=root, env=self.env, out=out)
        _check("scan", s, out)
        try:
            data = json.loads(out.read_bytes())
            n = len(data.get("findings", data) if isinstance(data, dict) else data)
        except ValueError:
            n = -1
        s.detail = {"rc": s.rc, "findings": n}
        return s

    def _semgrep(self, root: Path, extra: list[str], targets: list[str], out: Path, tool: str) -> Sample:
        cmd = [SEMGREP, "scan", "--config", str(RULES), *SEMGREP_FLAGS, *extra, "--", *targets]
        timeout = self.args.peer_timeout if tool in "de" else 0
        s = measure(cmd, cwd=root, env=self.env, out=out, timeout=timeout)
        _check(tool, s, out)
        s.detail = _semgrep_counts(out)
        if s.timed_out:
            s.detail["timed_out_after_s"] = timeout
        return s

    # (c) the floor: bare semgrep on the changed files, the pack as a folder
    def run_c(self, root: Path, base: str, head: str, changed: list[str], files: list[dict], out: Path) -> Sample:
        return self._semgrep(root, [], changed, out, "c")

    # (d) the naive peer: the whole repository
    def run_d(self, root: Path, base: str, head: str, changed: list[str], files: list[dict], out: Path) -> Sample:
        return self._semgrep(root, [], ["."], out, "d")

    # (e) the diff-aware peer
    def run_e(self, root: Path, base: str, head: str, changed: list[str], files: list[dict], out: Path) -> Sample:
        return self._semgrep(root, ["--baseline-commit", base], ["."], out, "e")

    def profile(self, variant: str, n: int, k: int) -> dict[str, Any]:
        """semgrep --time over the PR's changed files: each rule's share of the matching time."""
        repo_root, manifest = self.repo_for(variant, n)
        pr = generate.generate_pr(repo_root, manifest, k)
        generate.git(repo_root, "checkout", "-q", "-f", pr["branch"])
        changed = [c["path"] for c in pr["changed"]]
        out = self.work / f"profile-{variant}-n{n}-k{k}.json"
        cmd = [SEMGREP, "scan", "--config", str(RULES), *SEMGREP_FLAGS, "--time", "--", *changed]
        s = measure(cmd, cwd=repo_root, env=self.env, out=out)
        generate.git(repo_root, "checkout", "-q", "-f", "main")
        _check("profile", s, out)
        t = json.loads(out.read_bytes())["time"]
        rules = [r if isinstance(r, str) else r.get("id", "?") for r in t["rules"]]
        per_rule = [0.0] * len(rules)
        run_time = 0.0
        for target in t["targets"]:
            run_time += target.get("run_time", 0.0)
            for i, mt in enumerate(target.get("match_times", [])):
                per_rule[i] += mt
        total = sum(per_rule) or 1.0
        prefix = ".".join(RULES.parts[1:]) + "."
        ranked = sorted(((rules[i].removeprefix(prefix), per_rule[i]) for i in range(len(rules))),
                        key=lambda x: -x[1])
        log(f"profile {variant} N={n} K={k}: {len(rules)} rules, match time {total:.2f} s, wall {s.wall:.1f} s")
        return {
            "variant": variant, "n": n, "k": k, "targets": len(t["targets"]), "rules": len(rules),
            "wall": s.wall, "match_total": total, "target_run_time": run_time,
            "rules_parse_time": t.get("rules_parse_time"), "profiling_times": t.get("profiling_times"),
            "top": [{"rule": r, "seconds": sec, "share": sec / total} for r, sec in ranked[:25]],
            "over_10pct": [r for r, sec in ranked if sec / total > 0.10],
        }


def summarize(samples: list[Sample]) -> dict[str, float]:
    return {
        "n": len(samples),
        "wall": statistics.median(s.wall for s in samples),
        "cpu": statistics.median(s.cpu for s in samples),
        "peak_mb": statistics.median(s.peak_mb for s in samples),
        "maxrss_mb": statistics.median(s.maxrss_mb for s in samples),
        "peak_rss_sum_mb": statistics.median(s.peak_rss_sum_mb for s in samples),
        "wall_min": min(s.wall for s in samples),
        "wall_max": max(s.wall for s in samples),
        "timed_out": any(s.timed_out for s in samples),
    }


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --------------------------------------------------------------------------- the grid and the report


PROFILE = "profile"


def grid(quick: bool) -> list[Config | str]:
    if quick:
        return [Config("N-sweep", v, n, 20) for v in ("few", "many") for n in (100, 1000)] + [PROFILE]
    # The configurations the targets are about come first, so a run cut short by --budget-minutes
    # still answers them. At K=2000 a, b and c run once each (~1.5 min apiece); e over 2000 files
    # takes many minutes on 2 cores and answers no target; d there is the whole repository, as at K=20.
    out: list[Config | str] = [Config("N-sweep", v, 5000, 20) for v in ("many", "few")]
    out += [Config("N-sweep", v, 100, 20) for v in ("few", "many")]
    out += [Config("K-sweep", "many", 5000, 2000, tools="abc", reps=1), PROFILE]
    out += [Config("K-sweep", "few", 5000, 2000, tools="abc", reps=1)]
    out += [Config("N-sweep", v, 1000, 20) for v in ("few", "many")]
    out += [Config("K-sweep", v, 5000, k, tools="abce") for k in (200, 1) for v in ("many", "few")]
    return out


def _cell(m: dict[str, float] | None) -> str:
    if not m:
        return "–"
    if m.get("timed_out"):
        return f"> {m['wall']:.0f} (killed) / > {m['cpu']:.0f} / {m['peak_mb']:.0f}"
    return f"{m['wall']:.1f} / {m['cpu']:.1f} / {m['peak_mb']:.0f}"


def _ratio(res: dict[str, Any], x: str, y: str) -> str:
    mx, my = res["median"].get(x), res["median"].get(y)
    if not mx or not my:
        return "–"
    return f"{'< ' if my.get('timed_out') else ''}{mx['wall'] / my['wall']:.2f}"


def _sort_key(r: dict[str, Any]) -> tuple:
    return (0 if r["config"] == "N-sweep" else 1, r["variant"], r["n"], r["k"])


def table(results: list[dict[str, Any]]) -> str:
    head = ("| config | variant | N | K | a review | b scan --base | c semgrep K files | d semgrep repo "
            "| e semgrep --baseline-commit | a/c | a/d | a/e |\n|---|---|---:|---:|---|---|---|---|---|---:|---:|---:|\n")
    rows = []
    for r in sorted(results, key=_sort_key):
        cells = [_cell(r["median"].get(t)) for t in TOOLS]
        rows.append(f"| {r['config']} | {r['variant']} | {r['n']} | {r['k']} | " + " | ".join(cells)
                    + f" | {_ratio(r, 'a', 'c')} | {_ratio(r, 'a', 'd')} | {_ratio(r, 'a', 'e')} |")
    return head + "\n".join(rows) + "\n"


def _find(results: list[dict[str, Any]], variant: str, n: int, k: int) -> dict[str, Any] | None:
    return next((r for r in results if r["variant"] == variant and r["n"] == n and r["k"] == k), None)


def targets(results: list[dict[str, Any]], profile: dict[str, Any] | None) -> list[str]:
    lines = []

    def wall(r: dict[str, Any] | None, t: str) -> float | None:
        return r["median"][t]["wall"] if r and t in r["median"] else None

    for v in ("few", "many"):
        r = _find(results, v, 5000, 20)
        a, c = wall(r, "a"), wall(r, "c")
        lines.append(f"- a/c ≤ 1.0 at N=5000, K=20 ({v}): " + (
            f"{a / c:.2f} ({a:.1f} s vs {c:.1f} s) → {'met' if a / c <= 1.0 else 'MISSED'}" if a and c else "not measured"))
    for v in ("few", "many"):
        a100, a5000 = wall(_find(results, v, 100, 20), "a"), wall(_find(results, v, 5000, 20), "a")
        lines.append(f"- a grows ≤ 15% from N=100 to N=5000 at K=20 ({v}): " + (
            f"{a100:.1f} s → {a5000:.1f} s ({(a5000 / a100 - 1) * 100:+.0f}%) → "
            f"{'met' if a5000 <= 1.15 * a100 else 'MISSED'}" if a100 and a5000 else "not measured"))
    r = _find(results, "many", 5000, 20)
    a, d, e = wall(r, "a"), wall(r, "d"), wall(r, "e")
    bound = "≥ " if r and r["median"].get("d", {}).get("timed_out") else ""
    lines.append("- a ≥ 5x faster than d (many, N=5000, K=20): " + (
        f"d/a = {bound}{d / a:.1f}x ({a:.1f} s vs {d:.1f} s) → {'met' if d >= 5 * a else 'MISSED'}" if a and d else "not measured"))
    lines.append("- a faster than e (many, N=5000, K=20): " + (
        f"e/a = {e / a:.2f}x ({a:.1f} s vs {e:.1f} s) → {'met' if a < e else 'MISSED'}" if a and e else "not measured"))
    for v in ("many", "few"):
        r = _find(results, v, 5000, 2000)
        if r and "a" in r["median"]:
            mb = r["median"]["a"]["peak_mb"]
            lines.append(f"- peak memory of a < 500 MB at K=2000 ({v}): {mb:.0f} MB summed PSS (summed RSS "
                         f"{r['median']['a'].get('peak_rss_sum_mb', 0):.0f} MB, largest single process "
                         f"{r['median']['a']['maxrss_mb']:.0f} MB) → {'met' if mb < 500 else 'MISSED'}")
        else:
            lines.append(f"- peak memory of a < 500 MB at K=2000 ({v}): not measured")
    if profile:
        over = profile["over_10pct"]
        lines.append(f"- no rule over 10% of the scan (many, K={profile['k']}): "
                     + (f"MISSED: {', '.join(over)}" if over else "met"))
    return lines


def write_report(meta: dict[str, Any], results: list[dict[str, Any]], profile: dict[str, Any] | None) -> str:
    reps = meta["reps"]
    md = [
        "# jwt-session-guard benchmark results",
        "",
        f"Run {meta['started']} – {meta['finished']} on {meta['host']} ({meta['cpus']} cores, "
        f"load average at start {meta['load_start']}, at end {meta['load_end']}), semgrep {meta['semgrep']}, "
        f"{meta['rule_files']} rule files in semgrep-rules/. Command: `{meta['command']}`.",
        "",
        f"Each cell is **median wall s / median CPU s (user+sys of the process tree) / median peak MB (summed PSS "
        f"of the process tree)**; a, b: median of {reps['ab']} run(s); c: {reps['c']} run(s); all three 1 run at K=2000; d, e "
        f"(whole repository): {reps['de']} run(s), killed after {meta.get('peer_timeout') or 'no'} s (then shown as "
        f"a lower bound). Ratios are of median wall times. Other processes shared the machine, so single "
        f"runs are noisy; raw samples are in results.json.",
        "",
        table(results),
        "## Targets",
        "",
        *targets(results, profile),
        "",
    ]
    if profile:
        md += [
            f"## Per-rule profile (semgrep --time, {profile['variant']} variant, N={profile['n']}, K={profile['k']})",
            "",
            f"{profile['targets']} targets, {profile['rules']} rules run, summed per-rule match time "
            f"{profile['match_total']:.2f} s (per-target run time {profile['target_run_time']:.1f} s, "
            f"rule parsing {profile['rules_parse_time'] or 0:.1f} s, wall {profile['wall']:.1f} s). Share = the rule's "
            f"match time summed over all targets / the summed match time of all rules.",
            "",
            "| # | rule | match s | share |",
            "|---:|---|---:|---:|",
            *[f"| {i + 1} | {t['rule']} | {t['seconds']:.2f} | {t['share'] * 100:.1f}% |"
              for i, t in enumerate(profile["top"][:10])],
            "",
        ]
    if meta.get("not_run"):
        md += ["## Not run", "", *[f"- {x}" for x in meta["not_run"]], ""]
    return "\n".join(md)


def _replace_marked(path: Path, content: str) -> None:
    text = path.read_text()
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        path.write_text(before + start + "\n" + content + end + after)


def update_readmes(report_md: str, meta: dict[str, Any], results: list[dict[str, Any]]) -> None:
    """bench/README.md gets the whole report; the project README the run's date and the table."""
    _replace_marked(ROOT / "bench" / "README.md", report_md.split("\n", 2)[2])
    _replace_marked(ROOT / "README.md", f"Latest run: {meta['started']} – {meta['finished']}, "
                    f"{meta['cpus']} cores, semgrep {meta['semgrep']}.\n\n{table(results)}\n")


def plot_python(explicit: str | None) -> str | None:
    for cand in (explicit, os.environ.get("BENCH_PLOT_PYTHON")):
        if cand:
            return cand
    if subprocess.run([sys.executable, "-c", "import matplotlib"], capture_output=True).returncode == 0:
        return sys.executable
    venv = Path("/tmp/jsg-bench-venv")
    py = venv / "bin" / "python"
    if not py.exists():
        log(f"creating {venv} for matplotlib (bench/requirements.txt; never a dependency of the bot)")
        subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "-r", str(ROOT / "bench" / "requirements.txt")],
                       check=True)
    return str(py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="N=100 and 1000, K=20, 1 repetition")
    ap.add_argument("--reps", type=int, help="repetitions of a, b, c (default 3; 1 with --quick)")
    ap.add_argument("--floor-reps", type=int, help="repetitions of c (default: as --reps)")
    ap.add_argument("--peer-reps", type=int, help="repetitions of d, e (default 1)")
    ap.add_argument("--peer-timeout", type=float, default=0, help="kill d or e after this many seconds and "
                    "report the time as a lower bound (default: none; the full grid uses 480)")
    ap.add_argument("--only", action="append", default=[], help="run only this configuration (its key, e.g. "
                    "many-n5000-k20, or `profile`); repeatable")
    ap.add_argument("--tools", default=TOOLS, help="subset of abcde to measure")
    ap.add_argument("--no-profile", action="store_true", help="skip the semgrep --time profile")
    ap.add_argument("--budget-minutes", type=float, default=0, help="stop starting new configs after this")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("BENCH_CACHE", "/tmp/jsg-bench")))
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--plot-python", help="a python with matplotlib (default: find or create /tmp/jsg-bench-venv)")
    ap.add_argument("--report-only", action="store_true", help="rewrite results.md and chart.png from results.json")
    ap.add_argument("--merge", type=Path, action="append", default=[],
                    help="with --report-only: add the configurations (and profile) of another results.json; "
                         "a configuration measured in both is taken from the merged file")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    raw = args.out / "results.json"

    if args.report_only:
        data = json.loads(raw.read_text())
        for extra in args.merge:
            more = json.loads(extra.read_text())
            keys = {(r["variant"], r["n"], r["k"]) for r in more["results"]}
            data["results"] = [r for r in data["results"] if (r["variant"], r["n"], r["k"]) not in keys]
            data["results"] += more["results"]
            data["profile"] = more.get("profile") or data.get("profile")
            meta, m2 = data["meta"], more["meta"]
            meta["finished"] = max(meta.get("finished", ""), m2.get("finished", ""))
            meta["load_end"] = m2.get("load_end", meta.get("load_end"))
            meta["command"] += f"` + `{m2['command']}"
            done = {f"{r['variant']}-n{r['n']}-k{r['k']}" for r in data["results"]}
            meta["not_run"] = [x for x in meta.get("not_run", []) + m2.get("not_run", [])
                               if x.split(":")[0] not in done and not (x.startswith("profile") and data["profile"])]
        if args.merge:
            raw.write_text(json.dumps(data, indent=1))
    else:
        reps = args.reps or (1 if args.quick else 3)
        peer_reps = args.peer_reps or 1
        floor_reps = args.floor_reps or reps
        if not args.quick and not args.peer_timeout:
            args.peer_timeout = 480
        configs = [c for c in grid(args.quick)
                   if not args.only or (c if isinstance(c, str) else c.key) in args.only]
        semgrep_version = subprocess.run([SEMGREP, "--version", "--disable-version-check"], capture_output=True,
                                         text=True).stdout.strip()
        meta: dict[str, Any] = {
            "started": time.strftime("%Y-%m-%d %H:%M:%S"), "host": platform.node(), "cpus": os.cpu_count(),
            "load_start": " ".join(f"{x:.1f}" for x in os.getloadavg()), "semgrep": semgrep_version,
            "rule_files": sum(1 for _ in generate_rule_files()), "command": " ".join(["bench/run.py", *sys.argv[1:]]),
            "reps": {"ab": reps, "c": floor_reps, "de": peer_reps}, "peer_timeout": args.peer_timeout,
            "not_run": [],
        }
        bench = Bench(args)
        results: list[dict[str, Any]] = []
        profile = None
        t0 = time.monotonic()
        try:
            for cfg in configs:
                if args.budget_minutes and time.monotonic() - t0 > args.budget_minutes * 60:
                    meta["not_run"].append(f"{cfg if isinstance(cfg, str) else cfg.key}: over the --budget-minutes limit")
                    continue
                if cfg == PROFILE:
                    if not args.no_profile:
                        profile = bench.profile("many", 1000, 20) if args.quick else bench.profile("many", 5000, 200)
                    continue
                try:
                    results.append(bench.run_config(cfg, reps, floor_reps, peer_reps))
                except Failed as exc:
                    log(f"{cfg.key} FAILED: {exc}")
                    meta["not_run"].append(f"{cfg.key}: failed: {str(exc)[:300]}")
                meta["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
                meta["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
                raw.write_text(json.dumps({"meta": meta, "results": results, "profile": profile}, indent=1))
        finally:
            bench.close()
        meta["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        meta["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
        data = {"meta": meta, "results": results, "profile": profile}
        raw.write_text(json.dumps(data, indent=1))

    report = write_report(data["meta"], data["results"], data["profile"])
    (args.out / "results.md").write_text(report)
    if args.out == RESULTS:
        update_readmes(report, data["meta"], data["results"])
    py = plot_python(args.plot_python)
    if py:
        subprocess.run([py, str(ROOT / "bench" / "chart.py"), str(raw), str(args.out / "chart.png")], check=False)
    print(report)
    return 0


def generate_rule_files():
    from bot.pack import rule_files

    return rule_files(RULES)


if __name__ == "__main__":
    sys.exit(main())
