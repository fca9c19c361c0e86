"""The rule pack as semgrep will run it: its rules bundled into one config, and what files it covers.

semgrep pays about 0.1 s for every rule file it loads, and parses YAML slower
than JSON: the pack's ~200 one-rule files load as a single JSON config instead
(measured 2.5 s of CPU instead of 24 s for the folder; see bench/).
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

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


@dataclass(frozen=True, kw_only=True)
class Coverage:
    extensions: frozenset[str]
    # generic/regex rules say which files they read through paths.include.
    globs: tuple[str, ...]
    everything: bool = False

    def covers(self, path: str) -> bool:
        if self.everything:
            return True
        name = path.rsplit("/", 1)[-1]
        if name.lower().endswith(tuple(self.extensions)):
            return True
        return any(fnmatch.fnmatchcase(name, g) or fnmatch.fnmatchcase(path, g) for g in self.globs)


@dataclass(frozen=True, kw_only=True)
class Pack:
    rules: tuple[dict[str, Any], ...]

    @property
    def coverage(self) -> Coverage:
        extensions: set[str] = set()
        globs: list[str] = []
        everything = False
        for rule in self.rules:
            for lang in rule.get("languages", []) or []:
                lang = str(lang).lower()
                if lang in ("generic", "regex", "none"):
                    includes = (rule.get("paths") or {}).get("include") or []
                    globs.extend(str(g).lstrip("/") for g in includes)
                    everything = everything or not includes
                else:
                    extensions.update(_EXTENSIONS.get(lang, ()))
        return Coverage(extensions=frozenset(extensions), globs=tuple(globs), everything=everything)

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
                doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                raise ConfigError(f"{path}: not a readable rule file: {exc}") from exc
            if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
                continue  # a YAML file that holds no rules (e.g. a Spring test target)
            rules.extend(r for r in doc["rules"] if isinstance(r, dict))
    return Pack(rules=tuple(rules))
