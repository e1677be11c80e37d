"""What OCR costs boundary detection: each scanned stream of a generated part against its clean
original.

A generated scanned stream is a born-digital stream drawn from a seed and then degraded by the
scanner model (`corpus.scan`). Drawn again from the same seed without the scanner, it is the
stream's *twin*: the same documents, pages and labels, with a text layer. Every boundary error
the scan has and its twin has not is one that OCR (or a signal's reading of OCR text) caused.

    .venv/bin/python benchmarks/ocr_gap.py /tmp/pouchY/pouch /tmp/cofferZ/coffer ... \\
        [--twins /tmp/twins] [--errors]

For each part directory (written by one of the `corpus_*.py` modules) it writes the twins of
its scanned streams under `--twins`, evaluates scans and twins with `docsplit evaluate`'s
machinery (features cached beside each PDF), and prints per part: boundary F1 of the scans and
of their twins, the errors only the scan has, the OCR's word recall against the twin's text
layer (words of three or more letters and digits, with repeats) and how many lone page-number
lines of the twins ("- 2 -", "1/1", "Page 1 of 3") the OCR text carries.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import importlib
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus

from docsplit.models import ProcessingOptions
from docsplit.pipeline.evaluate import StreamScore, detect_stream, load_stream
from docsplit.pipeline.extract import PageFeatures

Make = Callable[[random.Random, int, bool], corpus.Stream]

PAGE_NUMBER_RE = re.compile(r"(?i)(page |seite |p\. )?-?\s?\d{1,2}\s?(/|of|von)?\s?\d{0,2}\s?-?")
WORD_RE = re.compile(r"[a-z0-9]{3,}")


def makers() -> dict[str, Make]:
    """Each generated part's stream maker, by part name (``label["split"]``)."""
    found: dict[str, Make] = {name: corpus.maker(name) for name in ("dev", "heldout")}
    for path in sorted(Path(__file__).parent.glob("corpus_*.py")):
        module = importlib.import_module(path.stem)
        make = getattr(getattr(module, "generate", None), "make", None)
        if hasattr(module, "PART") and make is not None:
            found[module.PART] = make
    return found


def write_twins(
    part_dir: Path, out: Path, make_of: dict[str, Make], docs: tuple[int, int] = (3, 9)
) -> list[tuple[Path, Path]]:
    """(scan, twin) PDFs for every scanned stream under ``part_dir``, whose streams were
    generated with ``docs`` documents each (the parts' default)."""
    pairs = []
    for label_path in sorted(part_dir.glob("*_scanned_*.json")):
        label = json.loads(label_path.read_text())
        stream, _ = corpus.draw_stream(make_of[label["split"]], label["seed"], docs)
        if stream.starts != label["starts"]:
            sys.exit(f"{label_path}: the twin drawn from seed {label['seed']} differs from it")
        twin = out / label["split"] / label_path.name.replace("scanned", "born_digital")
        twin.parent.mkdir(parents=True, exist_ok=True)
        if not twin.with_suffix(".pdf").exists():
            twin.with_suffix(".pdf").write_bytes(corpus.draw_pdf(stream.pages))
            twin.write_text(json.dumps({**label, "kind": "born_digital", "rotated": []}))
        pairs.append((label_path.with_suffix(".pdf"), twin.with_suffix(".pdf")))
    return pairs


def decide(pdf: Path, pool: concurrent.futures.Executor) -> tuple[StreamScore, list[PageFeatures]]:
    """The stream's score, as `docsplit evaluate` counts it, and every page's full reading."""
    stream = load_stream(pdf.with_suffix(".json"), pool=pool)
    return detect_stream(stream, ProcessingOptions())[0], stream.full


def f1(c: list[int]) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", type=Path, nargs="+", help="part directories with scanned streams")
    ap.add_argument("--twins", type=Path, default=Path("/tmp/docsplit-twins"))
    ap.add_argument("--errors", action="store_true", help="list the errors only scans have")
    ap.add_argument(
        "--docs", type=int, nargs=2, default=(3, 9), help="documents per stream when generated"
    )
    args = ap.parse_args(argv)
    make_of = makers()
    pool = concurrent.futures.ThreadPoolExecutor(2)
    print(
        f"{'part':10s} {'streams':>7s} {'scan F1':>8s} {'twin F1':>8s} {'scan only':>10s}"
        f" {'word recall':>11s} {'page numbers':>12s}"
    )
    total = {"scan": [0, 0, 0], "twin": [0, 0, 0], "only": [0, 0], "words": [0, 0], "pn": [0, 0]}
    for part_dir in args.dirs:
        pairs = write_twins(part_dir, args.twins, make_of, tuple(args.docs))
        counts = {
            "scan": [0, 0, 0],
            "twin": [0, 0, 0],
            "only": [0, 0],
            "words": [0, 0],
            "pn": [0, 0],
        }
        for scan_pdf, twin_pdf in pairs:
            scan, scan_pages = decide(scan_pdf, pool)
            twin, twin_pages = decide(twin_pdf, pool)
            for key, score in (("scan", scan), ("twin", twin)):
                c = [score.boundary_tp, score.boundary_fp, score.boundary_fn]
                counts[key] = [a + b for a, b in zip(counts[key], c, strict=True)]
            true = set(scan.true_starts)
            scan_pred, twin_pred = set(scan.predicted_starts), set(twin.predicted_starts)
            only_fp = (scan_pred - true) - (twin_pred - true)
            only_fn = (true - scan_pred) - (true - twin_pred)
            counts["only"][0] += len(only_fp)
            counts["only"][1] += len(only_fn)
            if args.errors and (only_fp or only_fn):
                print(f"   {scan_pdf.stem}: false {sorted(only_fp)} missed {sorted(only_fn)}")
            for twin_page, scan_page in zip(twin_pages, scan_pages, strict=True):
                clean = collections.Counter(WORD_RE.findall(twin_page.text.lower()))
                read = collections.Counter(WORD_RE.findall(scan_page.text.lower()))
                counts["words"][0] += sum((clean & read).values())
                counts["words"][1] += sum(clean.values())
                lines = twin_page.text.splitlines()
                squeezed = re.sub(r"\s", "", scan_page.text)
                for line in {ln.strip() for ln in lines[:2] + lines[-3:]}:
                    if PAGE_NUMBER_RE.fullmatch(line):
                        counts["pn"][1] += 1
                        counts["pn"][0] += re.sub(r"\s", "", line) in squeezed
        for key, value in counts.items():
            total[key] = [a + b for a, b in zip(total[key], value, strict=True)]
        row(part_dir.name, len(pairs), counts)
    row("all", sum(1 for d in args.dirs for _ in d.glob("*_scanned_*.json")), total)
    return 0


def row(name: str, streams: int, c: dict[str, list[int]]) -> None:
    recall = c["words"][0] / c["words"][1] if c["words"][1] else 0.0
    print(
        f"{name:10s} {streams:7d} {f1(c['scan']):8.3f} {f1(c['twin']):8.3f}"
        f" {c['only'][0]:>4d}+{c['only'][1]:<5d} {recall:11.4f} {c['pn'][0]:>6d}/{c['pn'][1]:<5d}",
        flush=True,
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
