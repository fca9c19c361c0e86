"""Which version of a library the app installs, read from its lock file or manifest.

Some findings are hardening notes only on recent versions of a library: a
jsonwebtoken 9 `verify` with no `algorithms` accepts neither `none` nor an HMAC
token checked with an RSA public key, and PyJWT 2 refuses to decode without
`algorithms`. Such a rule names the versions that cover it in
`metadata.covered-from` (`npm:jsonwebtoken@9`); a finding is dropped when the
lock file (or, without one, the manifest's range) nearest to its file shows that
every installed copy is at least that version. Unknown stays reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from bot.model import Finding
from bot.sources import Reader

Version = tuple[int, ...]

_SPEC = re.compile(r"^(npm|pypi):((?:@[\w.-]+/)?[\w.-]+)@(\d+(?:\.\d+)*)$")


@dataclass(frozen=True)
class Requirement:
    ecosystem: str
    package: str
    minimum: Version


def covered_from(metadata: dict) -> tuple[Requirement, ...]:
    out = []
    for spec in metadata.get("covered-from") or ():
        if m := _SPEC.match(str(spec)):
            out.append(Requirement(m[1], _norm(m[1], m[2]), _version(m[3]) or (0,)))
    return tuple(out)


def drop_covered(findings: Iterable[Finding], read: Reader) -> list[Finding]:
    """The findings, less those whose rule the installed library version already covers."""
    findings = list(findings)
    gated = [(f, reqs) for f in findings if (reqs := covered_from(f.metadata))]
    if not gated:
        return findings
    installed = Installed(read, {f.path for f, _ in gated})
    covered = {id(f) for f, reqs in gated if any(installed.at_least(f.path, r) for r in reqs)}
    return [f for f in findings if id(f) not in covered]


class Installed:
    """The lock files and manifests of the folders above some paths, read in one batch."""

    def __init__(self, read: Reader, paths: Iterable[str]) -> None:
        wanted = {str(d / name) if str(d) != "." else name
                  for p in paths for d in PurePosixPath(p).parents for files in _FILES.values() for name, _ in files}
        self._files = {path: data.decode("utf-8", "replace") for path, data in read(sorted(wanted)).items()}

    def at_least(self, path: str, req: Requirement) -> bool:
        lowest = self.lowest(path, req.ecosystem, req.package)
        return lowest is not None and lowest >= req.minimum

    def lowest(self, path: str, ecosystem: str, package: str) -> Version | None:
        """The lowest version the nearest file that names the package installs; None if unknown."""
        for folder in PurePosixPath(path).parents:
            for name, versions in _FILES[ecosystem]:
                text = self._files.get(str(folder / name) if str(folder) != "." else name)
                if text is None:
                    continue
                found = versions(text, package)
                if found is not None:
                    return min(found) if found else None
        return None


def _npm_lock(text: str, package: str) -> list[Version] | None:
    if (doc := _json(text)) is None:
        return None
    found: list[str] = [v.get("version", "") for k, v in (doc.get("packages") or {}).items()
                        if isinstance(v, dict) and (k == f"node_modules/{package}" or k.endswith(f"/node_modules/{package}"))]

    def walk(deps: dict) -> None:  # lockfileVersion 1 nests dependencies
        for name, dep in deps.items():
            if isinstance(dep, dict):
                if name == package:
                    found.append(dep.get("version", ""))
                walk(dep.get("dependencies") or {})

    if not found:
        walk(doc.get("dependencies") or {})
    return _exact(found) if found else None


def _yarn_lock(text: str, package: str) -> list[Version] | None:
    found, inside = [], False
    head = re.compile(rf'^"?{re.escape(package)}@')
    for line in text.splitlines():
        if line and not line[0].isspace():
            inside = any(head.match(part.strip()) for part in line.rstrip(":").split(","))
        elif inside and (m := re.match(r'^\s+version:?\s+"?([^"\s]+)', line)):
            found.append(m[1])
    return _exact(found) if found else None


def _pnpm_lock(text: str, package: str) -> list[Version] | None:
    found = re.findall(rf"^\s*['\"]?/?{re.escape(package)}[@/](\d[\w.+-]*)", text, re.M)
    return _exact(found) if found else None


def _package_json(text: str, package: str) -> list[Version] | None:
    if (doc := _json(text)) is None:
        return None
    return _floors([deps[package] for key in ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")
                    if isinstance(deps := doc.get(key), dict) and isinstance(deps.get(package), str)])


def _toml_lock(text: str, package: str) -> list[Version] | None:
    found = [m[2] for m in re.finditer(r'(?m)^name\s*=\s*"([^"]+)"\s*\nversion\s*=\s*"([^"]+)"', text)
             if _norm("pypi", m[1]) == package]
    return _exact(found) if found else None


def _pipfile_lock(text: str, package: str) -> list[Version] | None:
    if (doc := _json(text)) is None:
        return None
    return _floors([dep.get("version", "") for section in ("default", "develop")
                    for name, dep in (doc.get(section) or {}).items()
                    if isinstance(dep, dict) and _norm("pypi", name) == package])


def _requirements(text: str, package: str) -> list[Version] | None:
    # requirements.txt lines and pyproject.toml dependency strings: `PyJWT[crypto]>=2.4,<3`
    return _floors([m[2] or "" for m in re.finditer(
        r"(?im)^[\s\"']*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*((?:[=~!<>]=?|===)[^;#\"'\n]*)?", text)
        if _norm("pypi", m[1]) == package])


def _pipfile(text: str, package: str) -> list[Version] | None:
    return _floors([m[2] for m in re.finditer(r'(?m)^\s*"?([A-Za-z0-9_.-]+)"?\s*=\s*"([^"]*)"', text)
                    if _norm("pypi", m[1]) == package])


def _json(text: str) -> dict | None:
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _floors(ranges: list[str]) -> list[Version] | None:
    """None when no range names the package; an empty list when none can be read."""
    return [v for r in ranges if r and (v := _range_floor(r)) is not None] if ranges else None


def _exact(versions: list[str]) -> list[Version]:
    return [v for s in versions if (v := _version(s)) is not None]


def _range_floor(spec: str) -> Version | None:
    """The lowest version a range admits (`^9.0.0`, `>=2.4,<3`, `9.x`, `==2.8.0`); None if open below."""
    floors = []
    for alternative in spec.split("||"):
        lower = [v for c in re.split(r"[,\s]+(?=[<>=~^!\d])", alternative.strip())
                 if c and not c.startswith(("<", "!")) and (v := _version(c.lstrip("^~>=v "))) is not None]
        if not lower:
            return None
        floors.append(max(lower))
    return min(floors) if floors else None


def _version(text: str) -> Version | None:
    m = re.match(r"^v?(\d+)((?:\.\d+)*)", text.strip())
    return tuple(int(p) for p in (m[1] + m[2]).split(".")) if m else None


def _norm(ecosystem: str, name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower() if ecosystem == "pypi" else name


# Per ecosystem, the files that can name an installed version, most exact first, each
# with its reader: None when the file does not name the package, [] when it does with
# no version one can read.
_FILES = {
    "npm": (("package-lock.json", _npm_lock), ("npm-shrinkwrap.json", _npm_lock), ("yarn.lock", _yarn_lock),
            ("pnpm-lock.yaml", _pnpm_lock), ("package.json", _package_json)),
    "pypi": (("poetry.lock", _toml_lock), ("uv.lock", _toml_lock), ("Pipfile.lock", _pipfile_lock),
             ("requirements.txt", _requirements), ("pyproject.toml", _requirements), ("Pipfile", _pipfile)),
}
