"""Cut an ELF64 file after its last loaded segment and drop its section header table.

semgrep-core ships with ~59 MB of DWARF debug info and symbol tables that
nothing reads at run time. `strip` cannot remove them: the wheel's binary was
rewritten by patchelf, and strip's relayout breaks its dynamic symbols. The
loader reads only the program headers, so everything after the last segment
can go (what ELFkickers' sstrip does). The Docker build runs this on
semgrep-core and then runs the binary; tests/test_sstrip.py runs it on a
system binary.

    python3 scripts/sstrip.py FILE
"""

from __future__ import annotations

import struct
import sys


def sstrip(path: str) -> int:
    """Strip `path` in place; return its new size."""
    with open(path, "r+b") as f:
        head = f.read(64)
        if head[:6] != b"\x7fELF\x02\x01":
            raise ValueError(f"{path}: not a little-endian ELF64 file")
        phoff, shoff = struct.unpack_from("<QQ", head, 32)
        phentsize, phnum = struct.unpack_from("<HH", head, 54)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
        end = phoff + phentsize * phnum
        for i in range(phnum):
            offset, _, _, filesz = struct.unpack_from("<QQQQ", table, i * phentsize + 8)
            end = max(end, offset + filesz)
        if shoff and end > shoff:
            raise ValueError(f"{path}: loaded data lies after the section headers")
        # No section headers: e_shoff = 0, e_shnum = e_shstrndx = 0.
        f.seek(40)
        f.write(struct.pack("<Q", 0))
        f.seek(60)
        f.write(struct.pack("<HH", 0, 0))
        f.truncate(end)
        return end


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: sstrip.py FILE")
    print(f"{sys.argv[1]}: {sstrip(sys.argv[1]):,} bytes")
