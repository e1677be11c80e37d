"""Boundaries -> page ranges -> file names -> written PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from conftest import pdf_bytes
from docsplit.errors import Cancelled, InvalidBoundaries
from docsplit.models import DocumentSpan, PossibleStart, Proposal
from docsplit.pipeline.progress import CancelToken, no_progress
from docsplit.pipeline.split import (
    build_zip,
    normalise,
    plan_outputs,
    safe_name,
    spans_from_starts,
    split_pdf,
)


def test_spans_from_starts() -> None:
    spans = spans_from_starts([1, 4, 9], 10, ["A", None, "C"])
    assert [(s.start, s.end, s.title) for s in spans] == [(1, 3, "A"), (4, 8, None), (9, 10, "C")]
    with pytest.raises(InvalidBoundaries, match="sorted"):
        spans_from_starts([1, 5, 3], 10)


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("Invoice 42", "Invoice 42"),
        ("../../etc/passwd", "etc_passwd"),
        ('a"b\r\nc', "a_b_c"),
        ("Société Générale — reçu", "Societe Generale_recu"),
        ("", "document"),
        ("....", "document"),
        ("x" * 300, "x" * 80),
    ],
)
def test_safe_name(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_normalise_keeps_the_possible_starts_that_start_nothing() -> None:
    detected = Proposal(
        (DocumentSpan(1, 3), DocumentSpan(5, 6)),
        possible_starts=(PossibleStart(2, 0.3), PossibleStart(5, 0.4), PossibleStart(9, 0.2)),
    )
    # Page 5 starts a document (a stale entry); page 9 is past the end.
    assert [p.page for p in normalise(detected, 6).possible_starts] == [2]


def test_normalise_keeps_separators_inside_spans() -> None:
    detected = Proposal(
        documents=(DocumentSpan(1, 2), DocumentSpan(4, 6)), excluded_pages=(3,), source="auto"
    )
    fixed = normalise(detected, 6)
    assert [(d.start, d.end) for d in fixed.documents] == [(1, 3), (4, 6)]
    assert fixed.excluded_pages == (3,)
    first_is_separator = normalise(Proposal((DocumentSpan(2, 4),), excluded_pages=(1,)), 4)
    assert [(d.start, d.end) for d in first_is_separator.documents] == [(1, 4)]
    assert normalise(Proposal(()), 5).documents == (DocumentSpan(1, 5),)


def test_plan_outputs_drops_separator_only_documents_and_dedupes_names() -> None:
    proposal = Proposal(
        documents=(
            DocumentSpan(1, 2, title="Same"),
            DocumentSpan(3, 3),
            DocumentSpan(4, 5, title="same"),
        ),
        excluded_pages=(3,),
    )
    planned = plan_outputs(proposal, "Batch 7.pdf")
    assert [(p[1], p[2]) for p in planned] == [([1, 2], "Same.pdf"), ([4, 5], "same_02.pdf")]


def test_split_pdf_writes_every_document(tmp_path: Path) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(pdf_bytes(5))
    proposal = Proposal((DocumentSpan(1, 2), DocumentSpan(3, 5)))
    docs = split_pdf(source, proposal, "in.pdf", tmp_path / "out", no_progress, CancelToken())
    assert [d.filename for d in docs] == ["in_01.pdf", "in_02.pdf"]
    for doc in docs:
        with pikepdf.open(tmp_path / "out" / doc.filename) as pdf:
            assert len(pdf.pages) == doc.page_count
    archive = build_zip(tmp_path / "out", docs)
    import zipfile

    with zipfile.ZipFile(archive) as zf:
        assert zf.namelist() == ["in_01.pdf", "in_02.pdf"]
        with pikepdf.open(io.BytesIO(zf.read("in_02.pdf"))) as pdf:
            assert len(pdf.pages) == 3


def test_cancelled_split_leaves_only_whole_files(tmp_path: Path) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(pdf_bytes(4))
    token = CancelToken()

    def progress(stage: object, current: int, total: int, message: str = "") -> None:
        if current == 1:
            token.cancel()

    proposal = Proposal(tuple(DocumentSpan(i, i) for i in range(1, 5)))
    with pytest.raises(Cancelled):
        split_pdf(source, proposal, "in.pdf", tmp_path / "out", progress, token)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["in_01.pdf"]
    with pikepdf.open(tmp_path / "out" / "in_01.pdf") as pdf:
        assert len(pdf.pages) == 1
