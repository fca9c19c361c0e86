"""How many files one semgrep process should scan: time and memory of a big PR by batch size.

    .venv/bin/python bench/batch_size.py                      # 2,000 files, batches of 250 to 2,000
    .venv/bin/python bench/batch_size.py --files 1000 --sizes 500,1000

The bot scans a pull request's files in batches of bot.scan.MAX_FILES_PER_SCAN,
one semgrep process each. Every batch pays semgrep's start-up (loading the
pack), and every file a process holds adds to its memory. This runs the bot's
own scan (bot.scan.scan_paths, with the bundled pack, as a review does) over
the first --files covered files of a generated repository (bench/generate.py,
the "many" variant: most files touch JWTs or sessions), once per batch size,
and reports wall time, CPU and peak memory (summed PSS of the process tree).
Results go to bench/results/batch-size.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from run import base_env, measure  # noqa: E402

from bot.pack import load_pack  # noqa: E402
from bot.sources import materialize, worktree_reader  # noqa: E402

# Runs in a child process, so the measured tree is one scan and nothing else.
SCAN = """
import json, sys
from pathlib import Path
import bot.scan
bot.scan.MAX_FILES_PER_SCAN = int(sys.argv[1])
root, bundle = Path(sys.argv[2]), Path(sys.argv[3])
paths = Path(sys.argv[4]).read_text().split("\\n")
jobs = int(sys.argv[5]) or None
result = bot.scan.scan_paths(root=root, configs=[bundle], paths=paths, jobs=jobs)
print(json.dumps({"findings": len(result.findings), "scanned": len(result.scanned), "errors": len(result.errors)}))
"""


def repository(cache: Path) -> Path:
    dest = cache / "repos" / "many-n5000"
    if not (dest / ".git").is_dir():
        generate.generate_base(dest, variant="many", files=5000)
    generate.git(dest, "checkout", "-q", "-f", "main")
    return dest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--sizes", default="250,500,1000,2000")
    ap.add_argument("--jobs", type=int, default=0, help="semgrep --jobs (default: the bot's own choice)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("BENCH_CACHE", "/tmp/jsg-bench")))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "batch-size.md")
    args = ap.parse_args()
    repo = repository(args.cache)
    pack = load_pack([ROOT / "semgrep-rules"])
    listed = generate.git(repo, "ls-files").splitlines()
    paths = sorted(p for p in listed if pack.coverage.covers(p))[: args.files]
    rows = []
    with tempfile.TemporaryDirectory(prefix="jsg-batch-") as tmp:
        bundle = pack.write_bundle(Path(tmp) / "rules.json")
        # The scratch tree a review scans: only the PR's files, and an empty .semgrepignore.
        tree = Path(tmp) / "tree"
        paths = materialize(paths, worktree_reader(repo), tree)
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(paths))
        load = os.getloadavg()
        for size in (int(s) for s in args.sizes.split(",")):
            out = Path(tmp) / f"out-{size}.json"
            sample = measure([sys.executable, "-c", SCAN, str(size), str(tree), str(bundle), str(listing), str(args.jobs)],
                             cwd=ROOT, env={**base_env(), "PYTHONPATH": str(ROOT)}, out=out)
            if sample.rc != 0:
                sys.stderr.write(out.with_suffix(".stderr").read_text()[-2000:])
                return 2
            detail = json.loads(out.read_text())
            batches = -(-len(paths) // size)
            rows.append((size, batches, sample.wall, sample.cpu, sample.peak_mb, detail))
            print(f"batch {size:5}: {batches} process(es) {sample.wall:6.1f} s wall {sample.cpu:6.1f} s cpu "
                  f"{sample.peak_mb:5.0f} MB  {detail}", flush=True)
    counts = {json.dumps(r[5], sort_keys=True) for r in rows}
    semgrep = subprocess.run([str(Path(sys.executable).parent / "semgrep"), "--version", "--disable-version-check"],
                             capture_output=True, text=True).stdout.strip()
    lines = [
        "# Batch size of the scan: time and memory of one big pull request",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on {os.cpu_count()} cores "
        f"(load average at start {' '.join(f'{x:.1f}' for x in load)}), "
        f"semgrep {semgrep}, {len(pack.rules)} rules. Command: `bench/batch_size.py --files {args.files} "
        f"--sizes {args.sizes}`.",
        "",
        f"{len(paths)} covered files of the generated `many` repository, scanned by `bot.scan.scan_paths` "
        "with the bundled pack; memory is the peak summed PSS of the process tree.",
        "",
        "| files per semgrep process | processes | wall s | CPU s | peak MB |",
        "|---|---|---|---|---|",
        *[f"| {size} | {n} | {wall:.1f} | {cpu:.1f} | {mb:.0f} |" for size, n, wall, cpu, mb, _ in rows],
        "",
        "Every batch size found the same findings." if len(counts) == 1 else
        f"Batch sizes disagree on the findings: {sorted(counts)}",
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0 if len(counts) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
