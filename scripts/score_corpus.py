"""Score the rule pack on tests/corpus/ with the label convention of the shared scorer.

    python scripts/score_corpus.py [--verbose]

Prints TP/FN/FP, recall and precision per antipattern id and per language
group (the same groups tests/test_rules.py gates at 0.95).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.corpus_score import language_of, read_labels, score  # noqa: E402
from tests.test_rules import CORPUS, LANGUAGE_GROUPS, corpus_results  # noqa: E402


def main(argv: list[str]) -> int:
    results = corpus_results()
    labels = read_labels(CORPUS)
    worst = 1.0
    for group, langs in LANGUAGE_GROUPS.items():
        rows = score([lab for lab in labels if lab.lang in langs], [r for r in results if language_of(r.file) in langs])
        print(f"\n{group}")
        print(f"  {'antipattern':28} {'TP':>4} {'FN':>4} {'FP':>4} {'recall':>7} {'precision':>9}")
        for ap, row in sorted(rows.items()):
            worst = min(worst, row.recall, row.precision)
            print(f"  {ap:28} {row.tp:4} {row.fn:4} {row.fp:4} {row.recall:7.2f} {row.precision:9.2f}")
            if "--verbose" in argv:
                for miss in row.misses:
                    print(f"      miss {miss}")
                for fp in row.false_positives:
                    print(f"      false positive {fp}")
    print(f"\nlowest recall or precision of any antipattern in any group: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
