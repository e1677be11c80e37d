"""Processing through the real app: real PDFs, real Tesseract, real separator sheets."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import (
    DUPLEX_TEXTS,
    NEARLY_SPLIT_TEXTS,
    bills_pdf,
    pdf_bytes,
    upload,
    wait_status,
)


def image_pdf(pdf: bytes, dpi: int = 150) -> bytes:
    """Render a born-digital PDF's pages to images and wrap them in an image-only PDF."""
    doc = pypdfium2.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def scanned(texts: list[str], dpi: int = 150) -> bytes:
    """Pages saying ``texts``, as a scan."""
    return image_pdf(pdf_bytes(len(texts), texts=texts), dpi)


async def test_patch_t_separator_is_detected_and_left_out(client: Any, corpus: Path) -> None:
    data = (corpus / "separator_patch_t_middle_3p.pdf").read_bytes()
    sid = (await (await upload(client, data, filename="patch.pdf")).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 3]
    assert body["boundaries"]["exclude"] == [2]
    await client.post(f"/api/sessions/{sid}/split")
    await wait_status(client, sid, ["split"])
    docs = await (await client.get(f"/api/sessions/{sid}/documents")).json()
    assert [(d["start_page"], d["end_page"], d["page_count"]) for d in docs] == [
        (1, 2, 1),
        (3, 3, 1),
    ]
    first = await (await client.get(docs[0]["url"])).read()
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert len(pdf.pages) == 1  # the separator sheet is not in the output


async def test_scanned_stream_is_ocred_and_split_by_content(client: Any) -> None:
    texts = [
        "INVOICE No. 1001\nACME Tools Ltd\nDate: 2024-03-01\nPage 1 of 2",
        "Total due 120.00 EUR\nPage 2 of 2",
        "Dear Mr Smith,\nSubject: your contract\nPage 1 of 1",
    ]
    sid = (await (await upload(client, scanned(texts), filename="scan.pdf")).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"], timeout=120)
    assert body["status"] == "ready", body
    assert body["statistics"]["ocr_pages"] == 3
    assert body["boundaries"]["starts"] == [1, 3]


async def test_adaptive_ocr_reads_bands_and_full_scope_reads_everything(client: Any) -> None:
    """The default reads each scanned page's bands; pages say so, and ``ocr_scope: full`` reads
    them whole. Page records come from ``GET .../pages``."""
    body_lines = "\n" * 22 + "\n".join(f"Body line {i} about the monthly rent" for i in range(8))
    texts = [
        "INVOICE No. 1001\nACME Tools Ltd\nDate: 2024-03-01" + body_lines,
        "Dear Mr Smith,\nSubject: your contract" + body_lines,
    ]
    data = scanned(texts)
    sid = (await (await upload(client, data, filename="scan.pdf")).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"], timeout=120)
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 2]
    analysis = body["statistics"]["analysis"]
    assert analysis["ocr_partial_pages"] == 2
    pages = (await (await client.get(f"/api/sessions/{sid}/pages")).json())["pages"]
    assert [p["number"] for p in pages] == [1, 2]
    for page in pages:
        assert page["ocr_used"] and page["ocr_confidence"] > 50 and page["rotation"] == 0
        # A page read in full no longer says partial, and has its middle.
        assert page["ocr_partial"] == ("Body line 3" not in page["text"])
    assert analysis["ocr_completed_pages"] == sum(not p["ocr_partial"] for p in pages)

    resp = await upload(client, data, filename="scan.pdf", options={"ocr_scope": "full"})
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"], timeout=120)
    assert body["boundaries"]["starts"] == [1, 2]
    pages = (await (await client.get(f"/api/sessions/{sid}/pages")).json())["pages"]
    assert not any(p["ocr_partial"] for p in pages)
    assert all("Body line 7 about the monthly rent" in p["text"] for p in pages)


async def test_pages_of_unknown_session_and_bad_scope(client: Any) -> None:
    resp = await client.get("/api/sessions/0123456789abcdef0123456789abcdef/pages")
    assert resp.status == 404
    assert (await resp.json())["error"]["code"] == "not_found"
    resp = await upload(client, pdf_bytes(1), options={"ocr_scope": "most"})
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "invalid_options"


async def test_ocr_never_skips_tesseract(client: Any) -> None:
    texts = ["INVOICE 1\nPage 1 of 1", "INVOICE 2\nPage 1 of 1"]
    resp = await upload(client, scanned(texts), options={"ocr": "never"})
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready"
    assert body["statistics"]["ocr_pages"] == 0


async def test_every_n_strategy(client: Any) -> None:
    resp = await upload(client, pdf_bytes(7), options={"strategy": "every_n", "every_n": 3})
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready"])
    assert body["boundaries"]["starts"] == [1, 4, 7]


async def test_without_tesseract_text_pages_still_work(
    client: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Tesseract missing: a mixed stream completes with a warning; a scan-only one fails
    with ocr_unavailable on that session while the server keeps serving."""
    from docsplit.adapters import tesseract
    from docsplit.web.keys import HUB

    # What "not installed" means to the in-process engine: no language data to load.
    missing = tesseract.LibraryEngine(tessdata=str(tmp_path / "no-tessdata"))
    monkeypatch.setattr(tesseract, "_engine", missing)
    born_digital = pdf_bytes(2, texts=["INVOICE 7\nPage 1 of 1", "LETTER\nDear Sir,"])
    scan = scanned(["A scanned page with enough words to need OCR"])
    with pikepdf.open(io.BytesIO(born_digital)) as pdf, pikepdf.open(io.BytesIO(scan)) as other:
        pdf.pages.extend(other.pages)
        mixed = io.BytesIO()
        pdf.save(mixed)
    sid = (await (await upload(client, mixed.getvalue())).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    events = client.server.app[HUB].events_after(sid, 0) or []
    warnings = [e.data for e in events if e.type == "warning"]
    assert warnings and warnings[0]["data"]["pages"] == [3]

    sid = (await (await upload(client, scan)).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "failed"
    assert body["error"]["code"] == "ocr_unavailable"
    assert (await client.get("/healthz")).status == 200


@pytest.mark.parametrize("scope", ["adaptive", "full"])
async def test_scanned_bills_split_on_the_number_in_their_value_column(
    client: Any, scope: str
) -> None:
    """Through the app: OCR rebuilds the label/value rows (read whole, Tesseract puts the value
    column in blocks of its own), and the changed bill number is the reason the second bill is
    a document of its own; the page records show the rows."""
    data = image_pdf(bills_pdf(["90412964", "82475316"], footer="p. 1"), dpi=200)
    resp = await upload(client, data, filename="bills.pdf", options={"ocr_scope": scope})
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"], timeout=120)
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 2]
    second = body["boundaries"]["documents"][1]
    assert any("82475316" in reason and "90412964" in reason for reason in second["reasons"])
    pages = (await (await client.get(f"/api/sessions/{sid}/pages")).json())["pages"]
    assert "Bill number: 90412964" in pages[0]["text"].splitlines()


def form_letters_pdf() -> bytes:
    """Three fee reminders of one template to three people, the second with its reply slip:
    no page numbers, no labelled reference the references signal reads."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    letters = [
        ("Ewan Strachan", "12 Tallow Street", "Wexcombe WX2 5LD", "046 736 946", "16.06.2025"),
        ("Lucie Fontaine", "3 Ropewalk", "Ashbury AB3 7QT", "723 908 147", "12.11.2025"),
        ("Kwame Asante", "8 Beacon Close", "Corrick CK4 8BW", "118 337 570", "04.08.2023"),
    ]
    for n, (name, street, town, account, day) in enumerate(letters):
        lines = [
            "Broadcasting Fee Service",
            "Brunnenweg 12, 99084 Erfurt",
            "Tel. 0345 77 340 46",
            name,
            street,
            town,
            f"Account number {account}",
            f"Date {day}",
            "",
            "Your fee for the coming quarter is due. Please pay the amount below",
            "by the due date, or set up a direct debit online.",
            "Yours sincerely",
            "Fee Service",
        ]
        for i, line in enumerate(lines):
            pdf.drawString(60, height - 70 - i * 18, line)
        pdf.showPage()
        if n == 1:
            pdf.drawString(60, height - 70, "Reply slip")
            pdf.drawString(60, height - 100, "I would like to pay by direct debit.")
            pdf.drawString(60, height - 130, "Signed .............. Date ..............")
            pdf.showPage()
    pdf.save()
    return buffer.getvalue()


async def test_form_letters_of_one_template_are_split_and_the_reply_slip_stays(
    client: Any,
) -> None:
    """Through the app: the same head with a new addressee, account number and date starts a
    document (the template signal), and the reply slip stays with its letter."""
    resp = await upload(client, form_letters_pdf(), filename="letters.pdf")
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 2, 4]
    second = body["boundaries"]["documents"][1]
    assert any("head of page 1 again" in reason for reason in second["reasons"])
    assert second["end"] == 3


async def test_pages_that_nearly_started_a_document_are_offered_for_review(client: Any) -> None:
    """Through the app: page 2 stays in document 1 but is listed as a possible start with its
    probability and reasons; once the user starts a document there, it is no longer offered,
    and it comes back when the user takes that start away."""
    pdf = pdf_bytes(2, texts=NEARLY_SPLIT_TEXTS)
    sid = (await (await upload(client, pdf, filename="notes.pdf")).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    bounds = body["boundaries"]
    assert bounds["starts"] == [1]
    (possible,) = bounds["possible_starts"]
    assert possible["page"] == 2 and 0.2 <= possible["probability"] < 0.5
    assert "similarity to page 1" in possible["reasons"][0]
    url = f"/api/sessions/{sid}/boundaries"
    resp = await client.put(url, json={"starts": [1, 2]})
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["possible_starts"] == []
    resp = await client.put(url, json={"starts": [1]})
    assert [p["page"] for p in (await resp.json())["possible_starts"]] == [2]
    assert [p["page"] for p in (await (await client.get(url)).json())["possible_starts"]] == [2]


async def test_a_duplex_scan_s_blank_backs_do_not_split_its_documents(client: Any) -> None:
    """Single-sided paper fed through a duplex scanner: with ``duplex`` the blank backs are
    left out, the documents keep their pages, and a blank sheet still separates."""
    resp = await upload(client, pdf_bytes(12, texts=DUPLEX_TEXTS), options={"duplex": True})
    sid = (await resp.json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 5, 11]
    assert body["boundaries"]["exclude"] == [2, 4, 6, 8, 9, 10, 12]
    await client.post(f"/api/sessions/{sid}/split")
    await wait_status(client, sid, ["split"])
    docs = await (await client.get(f"/api/sessions/{sid}/documents")).json()
    assert [d["page_count"] for d in docs] == [2, 2, 1]


async def test_a_stream_that_looks_like_a_duplex_scan_gets_advice(client: Any) -> None:
    """Without ``duplex`` the blank backs separate, and the proposal says why the user may want
    the option; the advice stays when the user corrects the split."""
    sid = (await (await upload(client, pdf_bytes(12, texts=DUPLEX_TEXTS))).json())["session_id"]
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 3, 5, 7, 11]
    (note,) = body["boundaries"]["notes"]
    assert "blank back" in note and "duplex" in note
    resp = await client.put(f"/api/sessions/{sid}/boundaries", json={"starts": [1, 5, 11]})
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["notes"] == [note]


async def test_a_session_is_analysed_again_with_changed_options(client: Any) -> None:
    """After the duplex advice, the stored PDF is analysed again with ``duplex``: the backs no
    longer separate, the user's old boundaries go. Bad requests leave the session as it was."""
    sid = (await (await upload(client, pdf_bytes(12, texts=DUPLEX_TEXTS))).json())["session_id"]
    body = await wait_status(client, sid, ["ready"])
    assert body["boundaries"]["starts"] == [1, 3, 5, 7, 11]
    await client.put(f"/api/sessions/{sid}/boundaries", json={"starts": [1, 3]})
    for bad, code in (
        ({"every_n": 0}, "invalid_options"),
        ({"strategy": "sideways"}, "invalid_options"),
        ([1, 2], "invalid_options"),
    ):
        resp = await client.post(f"/api/sessions/{sid}/analyse", json=bad)
        assert resp.status == 422, await resp.text()
        assert (await resp.json())["error"]["code"] == code
    resp = await client.post("/api/sessions/0123456789abcdef0123456789abcdef/analyse", json={})
    assert resp.status == 404
    assert (await wait_status(client, sid, ["ready"]))["boundaries"]["starts"] == [1, 3]

    resp = await client.post(f"/api/sessions/{sid}/analyse", json={"duplex": True})
    assert resp.status == 202, await resp.text()
    body = await wait_status(client, sid, ["ready", "failed"])
    assert body["status"] == "ready", body
    assert body["boundaries"]["starts"] == [1, 5, 11]
    assert body["boundaries"]["source"] == "auto" and body["boundaries"]["notes"] == []

    # A split session keeps its documents and is not analysed again.
    await client.post(f"/api/sessions/{sid}/split")
    await wait_status(client, sid, ["split"])
    resp = await client.post(f"/api/sessions/{sid}/analyse", json={"duplex": False})
    assert resp.status == 409
    assert (await resp.json())["error"]["code"] == "conflict"
