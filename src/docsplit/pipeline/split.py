"""Turn boundaries into page ranges, file names and written PDFs (plus the zip of them all)."""

from __future__ import annotations

import itertools
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docsplit.adapters.pdf import write_documents
from docsplit.atomic import atomic_write_path, commit_file
from docsplit.errors import InvalidBoundaries
from docsplit.models import DocumentSpan, OutputDocument, PossibleStart, Proposal, Stage
from docsplit.pipeline.progress import CancelToken, ProgressFn

ZIP_NAME = "documents.zip"
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def check_starts(starts: Sequence[int], page_count: int) -> None:
    """Raise :class:`InvalidBoundaries` saying exactly what is wrong with a list of starts."""
    if not starts:
        raise InvalidBoundaries("starts must list at least one page (the first is 1)")
    if any(isinstance(s, bool) or not isinstance(s, int) for s in starts):
        raise InvalidBoundaries("starts must be whole page numbers")
    if starts[0] != 1:
        raise InvalidBoundaries(f"the first document must start at page 1, not {starts[0]}")
    for previous, current in itertools.pairwise(starts):
        if current == previous:
            raise InvalidBoundaries(f"page {current} is listed twice")
        if current < previous:
            raise InvalidBoundaries(f"starts must be sorted: {current} comes after {previous}")
    if starts[-1] > page_count:
        raise InvalidBoundaries(
            f"page {starts[-1]} is past the last page ({page_count} pages in this session)"
        )


def spans_from_starts(
    starts: Sequence[int], page_count: int, titles: Sequence[str | None] = ()
) -> tuple[DocumentSpan, ...]:
    """Contiguous spans covering every page, one per start (validated first)."""
    check_starts(starts, page_count)
    if titles and len(titles) != len(starts):
        raise InvalidBoundaries(
            f"titles has {len(titles)} entries but there are {len(starts)} documents"
        )
    ends = [*(s - 1 for s in starts[1:]), page_count]
    return tuple(
        DocumentSpan(
            start=s,
            end=e,
            confidence=1.0,
            reasons=("set by user",),
            title=(titles[i] or None) if titles else None,
        )
        for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )


def normalise(proposal: Proposal, page_count: int) -> Proposal:
    """Make spans contiguous (each ends where the next starts) and the first start at page 1.

    Detection may leave separator pages out of every span; we keep them inside the spans and in
    ``excluded_pages`` instead, so that the user's ``starts`` and the detector share one model.
    """
    docs = sorted(proposal.documents, key=lambda d: d.start)
    if not docs:
        return Proposal(documents=(DocumentSpan(start=1, end=page_count),), source="default")
    fixed = []
    for i, doc in enumerate(docs):
        start = 1 if i == 0 else doc.start
        end = docs[i + 1].start - 1 if i + 1 < len(docs) else page_count
        fixed.append(
            DocumentSpan(
                start=start,
                end=end,
                confidence=doc.confidence,
                reasons=doc.reasons,
                title=doc.title,
                date=doc.date,
                barcode=doc.barcode,
            )
        )
    return Proposal(
        documents=tuple(fixed),
        excluded_pages=tuple(sorted(set(proposal.excluded_pages))),
        source=proposal.source,
        possible_starts=open_possible_starts(proposal.possible_starts, fixed, page_count),
        notes=proposal.notes,
    )


def open_possible_starts(
    possible: Sequence[PossibleStart], documents: Sequence[DocumentSpan], page_count: int
) -> tuple[PossibleStart, ...]:
    """The possible starts still worth a reviewer's look: on a page of the stream that starts
    no document (the user may have started one there since)."""
    starts = {d.start for d in documents}
    return tuple(p for p in possible if p.page not in starts and p.page <= page_count)


def safe_name(text: str, limit: int = 80) -> str:
    """A file name stem that is safe on every OS and in a Content-Disposition header."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", ascii_text).strip(" ._-")
    cleaned = re.sub(r"[_ ]{2,}", "_", cleaned)
    return cleaned[:limit].rstrip(" ._-") or "document"


def plan_outputs(proposal: Proposal, upload_name: str) -> list[tuple[DocumentSpan, list[int], str]]:
    """(span, pages to copy, file name) per output; spans made only of excluded pages vanish."""
    excluded = set(proposal.excluded_pages)
    stem = safe_name(Path(upload_name).stem or "document")
    planned: list[tuple[DocumentSpan, list[int], str]] = []
    used: set[str] = set()
    for span in proposal.documents:
        pages = [p for p in range(span.start, span.end + 1) if p not in excluded]
        if not pages:
            continue
        number = len(planned) + 1
        base = safe_name(span.title) if span.title else f"{stem}_{number:02d}"
        name = f"{base}.pdf"
        if name.lower() in used:
            name = f"{base}_{number:02d}.pdf"
        used.add(name.lower())
        planned.append((span, pages, name))
    return planned


def split_pdf(
    source: Path,
    proposal: Proposal,
    upload_name: str,
    out_dir: Path,
    progress: ProgressFn,
    cancel: CancelToken,
) -> list[OutputDocument]:
    """Write one PDF per planned document into ``out_dir`` (each atomically) and return them.

    Files are first written as hidden temporaries and renamed into place one by one, so a
    reader never sees a half-written PDF; an interrupted split leaves only complete files.
    """
    planned = plan_outputs(proposal, upload_name)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.iterdir():
        stale.unlink()
    temps = [out_dir / f".{i:04d}.pdf.tmp" for i in range(len(planned))]
    total = len(planned)
    progress(Stage.SPLITTING, 0, total, "writing documents")

    def written(i: int) -> None:
        commit_file(temps[i], out_dir / planned[i][2])
        progress(Stage.SPLITTING, i + 1, total, f"wrote {planned[i][2]}")
        cancel.check()

    try:
        sizes = write_documents(source, [p[1] for p in planned], temps, written)
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)
    return [
        OutputDocument(
            index=i + 1,
            start=span.start,
            end=span.end,
            title=span.title,
            filename=name,
            size_bytes=size,
            page_count=len(pages),
        )
        for i, ((span, pages, name), size) in enumerate(zip(planned, sizes, strict=True))
    ]


def build_zip(out_dir: Path, documents: Sequence[OutputDocument]) -> Path:
    """Write ``documents.zip`` (stored, not deflated: PDFs are already compressed) atomically."""
    target = out_dir / ZIP_NAME
    if target.exists():
        return target
    with (
        atomic_write_path(target) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive,
    ):
        for doc in documents:
            archive.write(out_dir / doc.filename, arcname=doc.filename)
    return target
