"""The scan stage: semgrep over the changed files -> Findings.

One semgrep process per run up to MAX_FILES_PER_SCAN files, then one per batch.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.errors import ScanFailed
from bot.fingerprint import fingerprint
from bot.model import Finding, ScanError, ScanResult, normalise_metadata
from bot.severity import Severity

# Flags every call needs: without the first two semgrep spends ~98 s on a
# version check when the runner has no internet (self-hosted, GHES).
SEMGREP_FLAGS = (
    "--disable-version-check",
    "--metrics=off",
    "--no-rewrite-rule-ids",
    "--no-git-ignore",
    "--json",
    "--quiet",
    # Suppression comments are judged by bot.suppress (a reason is required).
    "--disable-nosem",
    # semgrep gives a rule 5 s per file and skips the file after three rules time out.
    # Built files are left out before the scan (bot/generated.py); what remains is
    # hand-written, where the costliest rules need 2 s on a 27 KB Express app.js
    # alone and timed out on it on a busy runner: a file skipped unreviewed is worse
    # than a slower scan. The whole call keeps its own limit (run_semgrep's timeout).
    "--timeout=15",
)

# osemgrep, semgrep's OCaml front end, instead of its Python one: on 500 files
# of the benchmark's largest PR the same 1,527 findings (rule, range, message,
# severity, metadata, fix) and scanned paths, for 9.4 s of CPU instead of
# 13.7 s; the Python front end spends seconds turning matches into objects.
ENGINE_FLAGS = ("--experimental",)

# Measured on semgrep 1.187 with the settings above (bench/batch_size.py,
# 2,000 files of the generated repository, 2026-12-07): with -j2, one process
# per 500 files peaked at 358 MB and took 20.9 s, per 1,000 files 439 MB and
# 19.2 s; with -j1, 348 MB and 33.8 s per 500, 581 MB and 31.1 s for all 2,000
# in one process. 500 keeps a huge pull request under 400 MB for ~9% more time.
MAX_FILES_PER_SCAN = 500
# semgrep writes a temporary file for every metavariable-pattern evaluation
# (57,889 for the 2,000 files of the benchmark's largest PR). On a disk-backed
# /tmp those create/unlink round trips wait on the disk whenever it is busy:
# the pack over 396 Python files took 55 to 64 s of wall time for 13 to 15 s
# of CPU with TMPDIR on disk, and 18.5 s on tmpfs, with the same findings
# (2 cores, other jobs writing to the disk). semgrep's peak use there was
# ~1.3 MB for 500 files; Docker's default /dev/shm is 64 MB.
RAM_TMP_ROOT = Path("/dev/shm")
RAM_TMP_MIN_FREE = 32 * 1024 * 1024
# A minor heap of 1M words (8 MB; OCaml 5's default is 256k) spares semgrep-core
# about a seventh of its CPU on the pack (500 files, 3 runs each: 6.4-7.0 s
# against 7.6-8.1 s of CPU) for ~3 MB more memory. A runner's own
# OCAMLRUNPARAM wins.
OCAML_GC = "s=1M"
MAX_SNIPPET_LINES = 40
# semgrep skips larger files (its default is 1 MB); they are listed as not reviewed.
MAX_TARGET_BYTES = 5_000_000


def semgrep_executable() -> str:
    # Prefer the semgrep installed beside this interpreter, so a venv's
    # console script works without the venv being activated.
    beside = Path(sys.executable).parent / "semgrep"
    if beside.exists():
        return str(beside)
    found = shutil.which("semgrep")
    if not found:
        raise ScanFailed("semgrep is not installed (pip install semgrep)")
    return found


def _relative(path: str, root: Path) -> str:
    p = Path(path)
    return (p.relative_to(root) if p.is_absolute() else p).as_posix()


# The name a definition line binds: `SECRET = "x"`, `const key = ...`,
# `SECRET: str = ...`, `var k = []byte(..)`, `$key = ...`, `'secret' => ...`,
# `secret: "x"` and `"${jwt.secret:x}"`.
_BINDS = re.compile(r"""["']?(\$?[A-Za-z_][\w$]*)["']?\s*(?::\s*[\w\[\].<>?]+\s*)?(?::=|=>|=(?!=)|:)""")


def use_line(lines: list[str], start: int, end: int) -> int | None:
    """The last line after `start`, up to `end`, that names what line `start` binds.

    semgrep ends a definition-to-use match at the end of the statement that
    holds the use (a whole function, say), not on the use itself.
    """
    bound = _BINDS.search(lines[start - 1]) if start <= len(lines) else None
    if bound is None:
        return None
    name = re.compile(r"(?<![\w$])" + re.escape(bound.group(1)) + r"(?![\w$])")
    for number in range(min(end, len(lines)), start, -1):
        if name.search(lines[number - 1]):
            return number
    return None


def _cut(lines: list[str], start: int, end: int) -> str:
    chunk = lines[start - 1 : min(end, start + MAX_SNIPPET_LINES - 1)]
    return "\n".join(chunk)


def _apply_fix(raw_lines: list[bytes], res: dict[str, Any], fix: str | None) -> str | None:
    start, end = res["start"], res["end"]
    if fix is None or end["line"] - start["line"] >= MAX_SNIPPET_LINES or end["line"] > len(raw_lines):
        return None
    # semgrep's columns are 1-based and count BYTES of the line, not
    # characters: slicing a decoded line would cut "ééé" text in the wrong place.
    head = raw_lines[start["line"] - 1][: start["col"] - 1]
    tail = raw_lines[end["line"] - 1][end["col"] - 1 :]
    text = head.decode("utf-8", "replace") + fix + tail.decode("utf-8", "replace")
    return text.removesuffix("\r")


def _error_where(err: dict[str, Any]) -> str:
    spans = err.get("spans") or []
    return str(err.get("path") or (spans[0].get("file") if spans else "") or "")


def _error_what(err: dict[str, Any]) -> str:
    what = err.get("message") or " ".join(
        str(err[k]) for k in ("short_msg", "long_msg") if err.get(k)
    ) or str(err.get("type", "unknown error"))
    return " ".join(str(what).split())[:400]


def _error_text(err: dict[str, Any]) -> str:
    where = _error_where(err)
    return f"{where}: {_error_what(err)}" if where else _error_what(err)


def parse_results(data: dict[str, Any], root: Path) -> ScanResult:
    """semgrep --json -> ScanResult; the only place that knows semgrep's JSON shape."""
    results = sorted(
        data.get("results", []),
        key=lambda r: (r["path"], r["start"]["line"], r["start"]["col"], r["check_id"]),
    )
    file_lines: dict[str, list[str]] = {}
    raw_lines: dict[str, list[bytes]] = {}
    seen: Counter[tuple[str, str, str]] = Counter()
    findings: list[Finding] = []
    for res in results:
        rel = _relative(res["path"], root)
        if rel not in file_lines:
            # Split on \n only, as semgrep counts lines; str.splitlines would
            # also break at \x0c, \u2028 and friends and shift every number.
            raw_lines[rel] = (root / rel).read_bytes().split(b"\n")
            file_lines[rel] = [line.decode("utf-8", "replace").removesuffix("\r") for line in raw_lines[rel]]
        extra = res.get("extra", {})
        meta = normalise_metadata(extra.get("metadata", {}) or {})
        start, end = int(res["start"]["line"]), int(res["end"]["line"])
        also_at: tuple[int, ...] = ()
        if meta.get("defect-lines") == "ends" and end > start:
            # The match runs from a definition to the statement holding a use;
            # the lines between are context. The finding is the definition,
            # the use is also_at, and an edit between them changes neither.
            use = use_line(file_lines[rel], start, end)
            start, end, also_at = start, start, ((use,) if use else ())
        # extra.lines says "requires login" in open-source semgrep: cut the
        # snippet from the file instead.
        code = _cut(file_lines[rel], start, end)
        rule_id = res["check_id"]
        key = (rule_id, rel, code)
        occurrence = seen[key]
        seen[key] += 1
        findings.append(
            Finding(
                rule_id=rule_id,
                antipattern=str(meta.get("antipattern", "unknown")),
                severity=Severity.from_semgrep(extra.get("severity", "WARNING")),
                path=rel,
                line=start,
                end_line=end,
                message=str(extra.get("message", "")).strip(),
                code=code,
                fingerprint=fingerprint(rule_id=rule_id, path=rel, code=code, occurrence=occurrence),
                metadata=meta,
                fix=extra.get("fix"),
                # A fix of a definition-to-use match would rewrite the lines between.
                fixed_lines=None if also_at else _apply_fix(raw_lines[rel], res, extra.get("fix")),
                occurrence=occurrence,
                also_at=also_at,
            )
        )
    # The message without the path: whoever prints an error names its file once.
    errors = tuple(
        ScanError(
            level=str(err.get("level", "error")),
            message=_error_what(err),
            path=_relative(where, root) if (where := _error_where(err)) else None,
        )
        for err in data.get("errors", [])
    )
    scanned = tuple(sorted(_relative(p, root) for p in data.get("paths", {}).get("scanned", [])))
    return ScanResult(findings=tuple(findings), errors=errors, scanned=scanned)


def default_jobs() -> int:
    """Parallel semgrep jobs: one per core.

    osemgrep runs its jobs as OCaml domains in one process: on 500 files of the
    benchmark PR, -j2 on 2 cores took 4.3 s against 5.9 to 6.9 s for -j1, for
    ~10% more CPU and 10 MB more memory, with the same findings. (The Python
    front end's -j2 had cost three times the CPU, hence the old cores - 1.)
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores)


def batches(paths: Sequence[str]) -> list[list[str]]:
    return [list(paths[i : i + MAX_FILES_PER_SCAN]) for i in range(0, len(paths), MAX_FILES_PER_SCAN)]


def scan_paths(
    *,
    root: Path,
    configs: Sequence[Path],
    paths: Sequence[str],
    jobs: int | None = None,
    timeout: float = 600,
) -> ScanResult:
    """Scan `paths` of `root` (the scratch copy) in as few semgrep processes as memory allows."""
    parts = batches(sorted(paths))
    if len(parts) <= 1:
        return run_semgrep(root=root, configs=configs, jobs=jobs, timeout=timeout)
    results = [
        _scan_batch(root, batch, root.parent / f"{root.name}-batch-{i}", configs, jobs, timeout)
        for i, batch in enumerate(parts)
    ]
    # Batches split by file, and sorted paths keep findings in file order, so
    # fingerprints (counted per file) and the output match a single run's.
    return ScanResult(
        findings=tuple(f for r in results for f in r.findings),
        errors=tuple(e for r in results for e in r.errors),
        scanned=tuple(sorted(p for r in results for p in r.scanned)),
    )


def _scan_batch(
    root: Path, batch: Sequence[str], tree: Path, configs: Sequence[Path], jobs: int | None, timeout: float
) -> ScanResult:
    # A tree of hard links per batch, scanned as "." like a single run: files
    # named on semgrep's command line would bypass its size and target filters.
    try:
        for path in batch:
            (tree / path).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(root / path, tree / path)
            except OSError:
                shutil.copyfile(root / path, tree / path)
        shutil.copyfile(root / ".semgrepignore", tree / ".semgrepignore")
        return run_semgrep(root=tree, configs=configs, jobs=jobs, timeout=timeout)
    finally:
        shutil.rmtree(tree, ignore_errors=True)


@contextmanager
def semgrep_environment(ram_root: Path | None = None) -> Iterator[dict[str, str]]:
    """The environment for one semgrep process: TMPDIR in a private folder on
    tmpfs when /dev/shm is a writable directory with room, and a larger minor heap."""
    env = dict(os.environ)
    env.setdefault("OCAMLRUNPARAM", OCAML_GC)
    root = RAM_TMP_ROOT if ram_root is None else ram_root
    try:
        stat = os.statvfs(root)
        if stat.f_bavail * stat.f_frsize < RAM_TMP_MIN_FREE:
            raise OSError("too little free space")
        private = tempfile.mkdtemp(prefix="jwt-session-guard-", dir=root)
    except OSError:
        yield env
        return
    env["TMPDIR"] = private
    try:
        yield env
    finally:
        shutil.rmtree(private, ignore_errors=True)


def run_semgrep(
    *,
    root: Path,
    configs: Sequence[Path],
    jobs: int | None = None,
    timeout: float = 600,
    semgrep: str | None = None,
) -> ScanResult:
    """One semgrep process over the tree at `root`."""
    cmd = [
        semgrep or semgrep_executable(), "scan", *ENGINE_FLAGS, *SEMGREP_FLAGS,
        f"--max-target-bytes={MAX_TARGET_BYTES}", f"--jobs={jobs or default_jobs()}",
    ]
    for config in configs:
        cmd += ["--config", str(config)]
    cmd.append(".")
    try:
        with semgrep_environment() as env:
            proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ScanFailed(f"semgrep did not finish within {timeout:.0f} s") from exc
    except OSError as exc:
        raise ScanFailed(f"cannot run semgrep: {exc}") from exc
    stderr = proc.stderr.decode("utf-8", "replace")
    try:
        # osemgrep copies a file's raw bytes into a parse error's message (a
        # UTF-16 source with a byte-order mark): not UTF-8, so decode leniently.
        data = json.loads(proc.stdout.decode("utf-8", "replace"))
    except ValueError:
        raise ScanFailed(
            f"semgrep exited {proc.returncode} without JSON output", stderr=stderr[-4000:]
        ) from None
    if proc.returncode not in (0, 1):
        messages = "; ".join(_error_text(e) for e in data.get("errors", [])[:5])
        raise ScanFailed(
            f"semgrep failed with exit code {proc.returncode}: {messages or stderr[-1000:]}",
            stderr=stderr[-4000:],
        )
    return parse_results(data, root)
