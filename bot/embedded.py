"""Scripts inside .vue, .svelte and .html files, scanned as the JavaScript or TypeScript they are.

semgrep has no language for a Vue or Svelte component, and reads an HTML page
as markup only, so the login page that keeps its token in localStorage would
pass unreviewed. Before the scan each such file gets a shadow beside it: the
same bytes with everything outside its <script> bodies blanked to spaces, so
every line and column of the script keeps its place. Findings on the shadow
are then moved back to the file the pull request changed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.fingerprint import fingerprint
from bot.model import Finding, ScanResult

HOSTS = (".vue", ".svelte", ".html", ".htm")
# A suffix no real file carries, so a shadow never overwrites one of the change's files.
_SHADOW_MARK = ".jsg-script"

_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTR = re.compile(rb"""\b(type|lang|src)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
# Script types that are code a browser (or a bundler) runs; anything else
# (templates, JSON-LD, import maps) is data and is left blank.
_CODE_TYPES = {
    b"", b"text/javascript", b"application/javascript", b"module", b"text/babel", b"text/jsx",
    b"text/typescript", b"application/typescript",
}
_TS_LANGS = {b"ts", b"typescript", b"tsx"}
_BROWSER_LIBRARIES = {"browser-storage"}
_BROWSER_ANTIPATTERNS = {"jwt-weak-secret", "jwt-no-revocation"}


def is_host(path: str) -> bool:
    return path.lower().endswith(HOSTS)


def _blank(data: bytes) -> bytes:
    # Keep the line breaks (semgrep counts lines on \n) and nothing else.
    return re.sub(rb"[^\r\n]", b" ", data)


def shadow_of(data: bytes) -> tuple[bytes, str] | None:
    """The shadow's bytes and its extension, or None when the file has no inline script."""
    out = bytearray()
    done = 0
    typescript = False
    found = False
    for match in _SCRIPT.finditer(data):
        attrs = {k.lower(): v.lower() for k, v in _ATTR.findall(match.group(1))}
        if b"src" in attrs or attrs.get(b"type", b"") not in _CODE_TYPES or not match.group(2).strip():
            continue
        found = True
        typescript = typescript or attrs.get(b"lang") in _TS_LANGS or b"typescript" in attrs.get(b"type", b"")
        out += _blank(data[done : match.start(2)]) + match.group(2)
        done = match.end(2)
    if not found:
        return None
    out += _blank(data[done:])
    return bytes(out), (".ts" if typescript else ".js")


def write_shadows(tree: Path, paths: Sequence[str]) -> dict[str, str]:
    """Write a shadow beside every host file of `paths` that has inline script: {shadow: host}."""
    shadows: dict[str, str] = {}
    for path in paths:
        if not is_host(path):
            continue
        made = shadow_of((tree / path).read_bytes())
        if made is None:
            continue
        data, ext = made
        shadow = f"{path}{_SHADOW_MARK}{ext}"
        n = 1
        while (tree / shadow).exists():  # a pull request may add a file of that name too
            shadow, n = f"{path}{_SHADOW_MARK}-{n}{ext}", n + 1
        (tree / shadow).write_bytes(data)
        shadows[shadow] = path
    return shadows


def browser_relevant(finding: Finding) -> bool:
    """What a component's or page's script can get wrong: it runs in the browser.

    The server rules read its calls as a server's (a jwt-decode of the page's own
    query string is not a server trusting a forged token), so only the browser's
    own mistakes are kept: where it stores a token, a logout that only forgets
    it, and a signing key shipped to every visitor.
    """
    return finding.metadata.get("library") in _BROWSER_LIBRARIES or finding.antipattern in _BROWSER_ANTIPATTERNS


def restore(result: ScanResult, shadows: Mapping[str, str], hosts: Sequence[str]) -> ScanResult:
    """Findings, errors and scanned paths of the shadows, under their hosts' names.

    A host without inline script had nothing to scan: it counts as scanned, not as skipped.
    """
    findings = tuple(
        dataclasses.replace(
            f, path=host,
            fingerprint=fingerprint(rule_id=f.rule_id, path=host, code=f.code, occurrence=f.occurrence),
        ) if (host := shadows.get(f.path)) else f
        for f in result.findings
        if f.path not in shadows or browser_relevant(f)
    )
    errors = tuple(
        dataclasses.replace(e, path=shadows[e.path]) if e.path in shadows else e for e in result.errors
    )
    scanned = {shadows.get(p, p) for p in result.scanned}
    scanned.update(h for h in hosts if is_host(h) and h not in shadows.values())
    return ScanResult(findings=findings, errors=errors, scanned=tuple(sorted(scanned)))
