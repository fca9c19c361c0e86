"""The rule pack as semgrep will run it: its rules bundled into one config, and what files it covers.

semgrep pays about 0.1 s for every rule file it loads, and parses YAML slower
than JSON: the pack's ~200 one-rule files load as a single JSON config instead
(measured 2.5 s of CPU instead of 24 s for the folder; see bench/).
"""

from __future__ import annotations

import fnmatch
import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.embedded import HOSTS
from bot.errors import ConfigError

try:  # libyaml when present: parsing the pack is then ~10x faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

_EXTENSIONS = {
    "python": (".py", ".pyi"),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "js": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx", ".mts", ".cts"),
    "ts": (".ts", ".tsx", ".mts", ".cts"),
    "java": (".java",),
    "go": (".go",),
    "golang": (".go",),
    "ruby": (".rb",),
    "php": (".php",),
    "csharp": (".cs",),
    "c#": (".cs",),
    "yaml": (".yml", ".yaml"),
    "json": (".json",),
    "kotlin": (".kt", ".kts"),
    "scala": (".scala",),
    "html": (".html", ".htm"),
}


def _glob(path: str, patterns: Sequence[str]) -> bool:
    # As semgrep's paths: a pattern matches the file name or the whole path.
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, g) or fnmatch.fnmatchcase(path, g) for g in patterns)


@dataclass(frozen=True, kw_only=True)
class Scope:
    """The files a rule limited by `paths: include:` reads."""

    extensions: tuple[str, ...]  # empty: any file (generic and regex rules)
    include: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    def reads(self, path: str) -> bool:
        if self.extensions and not path.lower().endswith(self.extensions):
            return False
        return _glob(path, self.include) and not _glob(path, self.exclude)


@dataclass(frozen=True, kw_only=True)
class Coverage:
    extensions: frozenset[str]
    # Rules limited by paths.include read only what their globs select: a
    # JSON rule for appsettings*.json does not make every .json file covered
    # (semgrep would skip it, and it would be listed as not reviewed).
    scopes: tuple[Scope, ...] = ()
    everything: bool = False

    def covers(self, path: str) -> bool:
        if self.everything:
            return True
        name = path.rsplit("/", 1)[-1]
        if name.lower().endswith(tuple(self.extensions)):
            return True
        return any(scope.reads(path) for scope in self.scopes)


@dataclass(frozen=True, kw_only=True)
class Pack:
    rules: tuple[dict[str, Any], ...]

    @property
    def coverage(self) -> Coverage:
        extensions: set[str] = set()
        scopes: list[Scope] = []
        everything = False
        for rule in self.rules:
            paths = rule.get("paths") or {}
            include = tuple(str(g).lstrip("/") for g in paths.get("include") or [])
            exclude = tuple(str(g).lstrip("/") for g in paths.get("exclude") or [])
            langs = [str(lang).lower() for lang in rule.get("languages", []) or []]
            generic = any(lang in ("generic", "regex", "none") for lang in langs)
            own = tuple(ext for lang in langs for ext in _EXTENSIONS.get(lang, ()))
            if include:
                scopes.append(Scope(extensions=() if generic else own, include=include, exclude=exclude))
            elif generic:
                everything = True
            else:
                extensions.update(own)
        if extensions & {".js", ".ts"}:
            # Their inline scripts are scanned as JavaScript (bot.embedded).
            extensions.update(HOSTS)
        return Coverage(extensions=frozenset(extensions), scopes=tuple(scopes), everything=everything)

    def write_bundle(self, path: Path) -> Path:
        path.write_text(json.dumps({"rules": list(self.rules)}), encoding="utf-8")
        return path


def rule_files(config: Path) -> Iterable[Path]:
    """Rule files of a folder as semgrep reads them: YAML, no hidden folders, no test targets."""
    if config.is_file():
        yield config
        return
    for path in sorted(config.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(config).parts):
            continue
        if path.suffix in (".yaml", ".yml") and not path.name.endswith(
            (".test.yaml", ".test.yml", ".fixed.yaml", ".fixed.yml")
        ):
            yield path


def load_pack(configs: Sequence[Path]) -> Pack:
    rules: list[dict[str, Any]] = []
    for config in configs:
        for path in rule_files(config):
            try:
                stat = path.stat()
            except OSError as exc:
                raise ConfigError(f"{path}: not a readable rule file: {exc}") from exc
            rules.extend(_rules_of(path, stat.st_mtime_ns, stat.st_size))
    return Pack(rules=tuple(rules))


# A review reads the pack twice (to scan, and for the pack's own messages when it
# renders): ~0.4 s for 316 files. Keyed on mtime and size, so an edited file is read again.
@functools.lru_cache(maxsize=4096)
def _rules_of(path: Path, mtime_ns: int, size: int) -> tuple[dict[str, Any], ...]:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: not a readable rule file: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        return ()  # a YAML file that holds no rules (e.g. a Spring test target)
    return tuple(r for r in doc["rules"] if isinstance(r, dict))
