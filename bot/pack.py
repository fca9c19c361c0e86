"""What the rule pack can scan: the file types its rules' languages cover."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

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
        if any(name.lower().endswith(ext) for ext in self.extensions):
            return True
        return any(fnmatch.fnmatchcase(name, g) or fnmatch.fnmatchcase(path, g) for g in self.globs)


def _rule_files(configs: Sequence[Path]) -> Iterable[Path]:
    for config in configs:
        if config.is_file():
            yield config
            continue
        for path in sorted(config.rglob("*")):
            rel_parts = path.relative_to(config).parts
            if any(part.startswith(".") for part in rel_parts):
                continue
            if path.suffix in (".yaml", ".yml") and not path.name.endswith((".test.yaml", ".test.yml")):
                yield path


def coverage(configs: Sequence[Path]) -> Coverage:
    extensions: set[str] = set()
    globs: list[str] = []
    everything = False
    for path in _rule_files(configs):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue  # semgrep itself reports a broken rule file
        if not isinstance(doc, dict):
            continue
        for rule in doc.get("rules", []) or []:
            if not isinstance(rule, dict):
                continue
            for lang in rule.get("languages", []) or []:
                lang = str(lang).lower()
                if lang in ("generic", "regex", "none"):
                    includes = (rule.get("paths") or {}).get("include") or []
                    if includes:
                        globs.extend(str(g).lstrip("/") for g in includes)
                    else:
                        everything = True
                else:
                    extensions.update(_EXTENSIONS.get(lang, ()))
    return Coverage(extensions=frozenset(extensions), globs=tuple(globs), everything=everything)
