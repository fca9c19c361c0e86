"""bench/results/chart.png from results.json (needs matplotlib: bench/requirements.txt, not the bot's venv).

    python bench/chart.py bench/results/results.json bench/results/chart.png
"""

from __future__ import annotations

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

NAMES = {
    "a": "a review (bot, end to end)",
    "b": "b scan --base (bot, local)",
    "c": "c semgrep on the K files",
    "d": "d semgrep on the whole repo",
    "e": "e semgrep --baseline-commit",
}
STYLE = {"a": ("tab:red", "o", "-"), "b": ("tab:orange", "s", "-"), "c": ("tab:blue", "^", "--"),
         "d": ("tab:gray", "D", ":"), "e": ("tab:green", "v", "-.")}


def main(src: str, dest: str) -> None:
    data = json.load(open(src))
    results = data["results"]
    fig, axes = plt.subplots(2, 2, figsize=(13, 9), squeeze=False)
    for row, variant in enumerate(("few", "many")):
        for col, (axis, fixed_key, fixed, label) in enumerate(
            (("n", "k", 20, "N files in the repository (K = 20)"), ("k", "n", 5000, "K changed files (N = 5000)"))
        ):
            ax = axes[row][col]
            pts = sorted((r[axis], r) for r in results if r["variant"] == variant and r[fixed_key] == fixed)
            for tool in "abcde":
                xs = [x for x, r in pts if tool in r["median"]]
                ys = [r["median"][tool]["wall"] for x, r in pts if tool in r["median"]]
                if xs:
                    color, marker, ls = STYLE[tool]
                    ax.plot(xs, ys, color=color, marker=marker, linestyle=ls, label=NAMES[tool])
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel(label)
            ax.set_ylabel("median wall time (s)")
            share = "~5%" if variant == "few" else "~60%"
            ax.set_title(f"{variant} variant ({share} of files touch tokens/sessions)")
            ax.grid(True, which="both", alpha=0.3)
            if pts:
                ax.set_xticks([x for x, _ in pts])
                ax.set_xticklabels([str(x) for x, _ in pts])
            ax.legend(fontsize=8)
    meta = data.get("meta", {})
    fig.suptitle(f"jwt-session-guard vs semgrep — {meta.get('semgrep', '')}, {meta.get('cpus', '?')} cores, "
                 f"{meta.get('started', '')}", fontsize=11)
    fig.tight_layout()
    fig.savefig(dest, dpi=110)
    print(f"wrote {dest}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
