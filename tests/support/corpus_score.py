"""Score the rule pack on the labeled corpus, with the label convention of the shared scorer.

A label is a comment `expect: <antipattern-id>` (the line below must be
reported with that id) or `safe: <antipattern-id>` (a look-alike that must not
be), on the line directly above the labeled line; blank and comment lines in
between are skipped. A result covers a label when start <= line <= end.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

LANG_BY_EXT = {
    ".py": "python", ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript",
    ".cjs": "javascript", ".ts": "typescript", ".tsx": "typescript", ".mts": "typescript",
    ".cts": "typescript", ".java": "java", ".go": "go", ".rb": "ruby", ".php": "php", ".cs": "csharp",
    ".kt": "kotlin", ".kts": "kotlin",
}
_COMMENT = {
    "python": ("#",), "ruby": ("#",), "php": ("//", "#", "/*", "*"),
}
_C_LIKE = ("//", "/*", "*", "{/*")
_LABEL = re.compile(
    r"^\s*(?:#|//+|/\*+|\*|\{/\*+)\s*(expect|safe)\s*:\s*"
    r"([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?:\*+/\}?)?\s*$"
)


def language_of(rel: str) -> str:
    top = rel.split("/", 1)[0]
    if top in set(LANG_BY_EXT.values()):
        return top
    return LANG_BY_EXT.get(Path(rel).suffix.lower(), "other")


def _is_comment(stripped: str, lang: str) -> bool:
    if lang == "php" and stripped.startswith("#["):
        return False
    return stripped.startswith(_COMMENT.get(lang, _C_LIKE))


@dataclass(frozen=True)
class Label:
    file: str
    line: int
    kind: str
    antipattern: str
    lang: str


def read_labels(corpus: Path) -> list[Label]:
    labels: list[Label] = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix.lower() not in LANG_BY_EXT or not path.is_file():
            continue
        rel = path.relative_to(corpus).as_posix()
        lang = language_of(rel)
        pending: list[tuple[str, str]] = []
        for number, raw in enumerate(path.read_text("utf-8", "replace").splitlines(), start=1):
            m = _LABEL.match(raw)
            if m:
                pending += [(m.group(1), ap) for ap in re.split(r"\s*,\s*", m.group(2).strip())]
                continue
            stripped = raw.strip()
            if not stripped or _is_comment(stripped, lang):
                continue
            labels += [Label(rel, number, kind, ap, lang) for kind, ap in pending]
            pending = []
    return labels


@dataclass
class Row:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)


@dataclass(frozen=True)
class Result:
    file: str
    antipattern: str
    start: int
    end: int


def score(labels: Iterable[Label], results: Iterable[Result]) -> dict[str, Row]:
    """Per antipattern id: TP, FN, FP as the shared scorer counts them."""
    labels = list(labels)
    positives: dict[tuple[str, str], list[Label]] = defaultdict(list)
    for lab in labels:
        if lab.kind == "expect":
            positives[(lab.file, lab.antipattern)].append(lab)
    rows: dict[str, Row] = defaultdict(Row)
    found: set[tuple[str, int, str]] = set()
    for res in sorted(set(results), key=lambda r: (r.file, r.start, r.end, r.antipattern)):
        covered = [lab for lab in positives.get((res.file, res.antipattern), []) if res.start <= lab.line <= res.end]
        found |= {(lab.file, lab.line, lab.antipattern) for lab in covered}
        if not covered:
            rows[res.antipattern].fp += 1
            rows[res.antipattern].false_positives.append(f"{res.file}:{res.start}-{res.end}")
    for lab in labels:
        if lab.kind != "expect":
            continue
        row = rows[lab.antipattern]
        if (lab.file, lab.line, lab.antipattern) in found:
            row.tp += 1
        else:
            row.fn += 1
            row.misses.append(f"{lab.file}:{lab.line}")
    return dict(rows)
