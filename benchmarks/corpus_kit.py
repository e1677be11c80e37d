"""Shared parts of the corpus part generators (``corpus_fresh.py`` … ``corpus_sealed.py``).

The part modules keep only what is their own: templates, word lists, senders, run kinds, part
name, seed offset and defaults. What they share lives here (layout helpers and the command
line) or in ``corpus.py`` (stream assembly, ``corpus.assemble_stream``, and writing the PDF and
label files, ``corpus.write_streams``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def part_main(
    argv: list[str],
    doc: str | None,
    part: str,
    generate: Callable[[Path, int, int, int], list[Path]],
    scanned: int,
) -> int:
    """The command line of a part: ``OUT_DIR [--streams N] [--scanned N] [--seed S]``, writing
    the part to ``OUT_DIR/part``; ``scanned`` is the part's default number of scanned streams."""
    assert doc is not None
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--streams", type=int, default=30, help="born-digital streams")
    ap.add_argument("--scanned", type=int, default=scanned, help="scanned streams")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    files = generate(args.out / part, args.streams, args.scanned, args.seed)
    print(f"{part}: {len(files)} streams in {args.out / part}")
    return 0
