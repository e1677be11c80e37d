"""Labelled streams made of the real third-party documents in ``../shared/corpus``.

The generated corpus (``corpus.py``) is ours, so it may share our blind spots. This script
concatenates real files whose document boundaries are known (single documents, and the batch
files whose boundaries ``SOURCES.md`` gives) into streams, and writes ``NAME.pdf`` + ``NAME.json``
labels that ``docsplit evaluate`` reads. Files whose split is a matter of opinion (a memo with its
attachments, a form with its audit trail) are left out. The output must stay outside the
repository: the documents are not ours to redistribute.

The files are split into two disjoint halves, ``dev`` (may be looked at while tuning) and
``heldout`` (never looked at), so that the real-document numbers stay honest too.

Usage: ``python benchmarks/realcorpus.py OUT_DIR [--streams 8] [--seed 0]`` (writes
``OUT_DIR/real-dev`` and ``OUT_DIR/real-heldout``)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: file -> (first pages of its documents, separator pages, scanned?)
UNITS: dict[str, tuple[list[int], list[int], bool]] = {
    "letter_en.pdf": ([1], [], False),
    "letter_de.pdf": ([1], [], False),
    "invoice_google_page_x_of_2.pdf": ([1], [], False),
    "invoice_ovh_fr_2p.pdf": ([1], [], False),
    "invoice_dell_fr_4p.pdf": ([1], [], False),
    "form_dd293_page_x_of_4.pdf": ([1], [], False),
    "report_geobase_data_model_19p.pdf": ([1], [], False),
    "batch_invoices_fr_10docs_13p.pdf": ([1, 3, 4, 6, 7, 8, 9, 10, 11, 12], [], False),
    "batch_tax_forms_5docs_5p.pdf": ([1, 2, 3, 4, 5], [], False),
    "batch_lending_8docs_10p.pdf": ([1, 3, 4, 5, 6, 7, 9, 10], [], True),
    "batch_procurement_5docs_scan_5p.pdf": ([1, 2, 3, 4, 5], [], True),
    "scan_letter_en.pdf": ([1], [], True),
    "scan_letter_de_authority_redacted_ocr.pdf": ([1], [], True),
    "scan_invoice_autoparts_pal_5p.pdf": ([1], [], True),
    "scan_invoice_autodistribution_5p.pdf": ([1], [], True),
    "scan_invoice_deschanels_3p.pdf": ([1], [], True),
    "scan_invoice_energy_stained_2p.pdf": ([1], [], True),
    "scan_invoice_paid_stamp.pdf": ([1], [], True),
    "scan_admin_fr_payment_notice_3p.pdf": ([1], [], True),
    "scan_form_request_unesp_2p.pdf": ([1], [], True),
    "scan_form_w9_photo.pdf": ([1], [], True),
    "separator_patch_t_middle_3p.pdf": ([1, 3], [2], False),
    "separator_several_patch_t_7p.pdf": ([1, 4, 7], [3, 6], False),
}


#: The files of the ``heldout`` half; every other file is ``dev``.
HELDOUT = {
    "letter_de.pdf",
    "invoice_ovh_fr_2p.pdf",
    "form_dd293_page_x_of_4.pdf",
    "batch_tax_forms_5docs_5p.pdf",
    "batch_procurement_5docs_scan_5p.pdf",
    "scan_letter_de_authority_redacted_ocr.pdf",
    "scan_invoice_autodistribution_5p.pdf",
    "scan_invoice_deschanels_3p.pdf",
    "scan_invoice_paid_stamp.pdf",
    "scan_form_request_unesp_2p.pdf",
    "separator_several_patch_t_7p.pdf",
}


def build(out: Path, streams: int, seed: int, part: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + (0 if part == "dev" else 1000))
    names = sorted(n for n in UNITS if (n in HELDOUT) == (part == "heldout"))
    written = []
    for k in range(streams):
        chosen = rng.sample(names, rng.randint(3, 5))
        doc = pdfium.PdfDocument.new()
        starts: list[int] = []
        seps: list[int] = []
        scanned = False
        for name in chosen:
            src = pdfium.PdfDocument(str(CORPUS / name))
            offset = len(doc)
            doc.import_pages(src)
            unit_starts, unit_seps, unit_scanned = UNITS[name]
            starts += [s + offset for s in unit_starts]
            seps += [s + offset for s in unit_seps]
            scanned |= unit_scanned
            src.close()
        path = out / f"real_{part}_{k:03d}.pdf"
        doc.save(str(path))
        label = {
            "pages": len(doc),
            "starts": starts,
            "separators": seps,
            "kind": "with_scans" if scanned else "born_digital",
            "split": f"real-{part}",
            "files": chosen,
        }
        doc.close()
        path.with_suffix(".json").write_text(json.dumps(label, indent=1))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--streams", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"real corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    for part in ("dev", "heldout"):
        files = build(args.out / f"real-{part}", args.streams, args.seed, part)
        print(f"{len(files)} streams in {args.out / f'real-{part}'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
