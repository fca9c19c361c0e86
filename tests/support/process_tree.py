"""Memory of a whole process tree (the bot, git, semgrep's two processes), sampled from /proc."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    out += [int(c) for c in fh.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return out


def tree_memory(root: int, *, pss_too: bool = True) -> tuple[int, int]:
    """(summed PSS, summed RSS) of the process tree, bytes. PSS splits shared pages (the
    semgrep-core binary, libraries) between the processes that map them; RSS counts them in each.

    PSS costs: the kernel walks the page tables for smaps_rollup (~6 ms of CPU for a
    600 MB semgrep, against ~15 us for statm). `pss_too=False` skips it (PSS is then 0)."""
    pss = rss = 0
    stack, seen = [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss += int(fh.read().split()[1]) * _PAGE
            if pss_too:
                with open(f"/proc/{pid}/smaps_rollup") as fh:
                    for line in fh:
                        if line.startswith("Pss:"):
                            pss += int(line.split()[1]) * 1024
                            break
        except (OSError, IndexError, ValueError):
            continue
        stack += _children(pid)
    return pss, rss


def run_measured(cmd: Sequence[str], *, cwd: Path, env: Mapping[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `cmd`; return it and the peak summed PSS of its process tree in MB (sampled every 50 ms)."""
    peak = 0
    done = threading.Event()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_memory(proc.pid)[0])
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=600)
    finally:
        done.set()
        sampler.join()
    return subprocess.CompletedProcess(list(cmd), proc.returncode, out, err), peak / 2**20
