"""Rows from OCR word boxes: labels meet their values, columns of running text stay apart."""

from __future__ import annotations

import math

from docsplit.adapters import ocrlines
from docsplit.adapters.ocr import OcrWord


def words(line: int, x: float, y: float, text: str, *, slope: float = 0.0) -> list[OcrWord]:
    """The words of ``text`` as one Tesseract line starting at (x, y), 0.012 high, each word
    0.01 wide per character; ``slope`` tilts the line as a skewed scan does."""
    out = []
    for word in text.split():
        out.append(OcrWord(word, x, y + slope * x, 0.01 * len(word), 0.012, 90.0, line))
        x += 0.01 * len(word) + 0.01
    return out


def test_label_and_value_in_two_blocks_make_one_row() -> None:
    page = [
        *words(0, 0.10, 0.20, "Account number:"),
        *words(1, 0.10, 0.22, "Bill number:"),
        *words(2, 0.70, 0.201, "864 1615 434"),
        *words(3, 0.70, 0.219, "90412964"),
    ]
    assert ocrlines.text(page) == "Account number: 864 1615 434\nBill number: 90412964"


def test_rows_line_up_on_a_skewed_scan() -> None:
    # 1.2 degrees of skew moves the right edge of a row by more than a line height.
    slope = math.tan(math.radians(1.2)) * 0.7
    page = [
        *words(0, 0.10, 0.20, "Invoice number: and some further words here", slope=slope),
        *words(1, 0.10, 0.22, "Customer reference: and more words again", slope=slope),
        *words(2, 0.80, 0.20, "4711", slope=slope),
        *words(3, 0.80, 0.22, "C-99", slope=slope),
    ]
    lines = ocrlines.text(page).splitlines()
    assert lines[0].endswith("4711") and lines[1].endswith("C-99")


def test_two_columns_of_running_text_stay_apart() -> None:
    page = [
        *words(0, 0.10, 0.30, "the committee met on Tuesday to discuss"),
        *words(1, 0.10, 0.32, "the garden and the annual plant sale"),
        *words(2, 0.55, 0.30, "volunteers are wanted for the library"),
        *words(3, 0.55, 0.32, "rota from next month onwards please"),
    ]
    lines = ocrlines.text(page).splitlines()
    assert "the committee met on Tuesday to discuss" in lines
    assert "volunteers are wanted for the library" in lines


def test_a_page_number_beside_a_footer_joins_its_row_and_stands_alone_otherwise() -> None:
    footer = [*words(0, 0.10, 0.95, "Registered in England No. 123"), *words(1, 0.85, 0.951, "p.2")]
    assert ocrlines.text(footer) == "Registered in England No. 123 p.2"
    alone = [*words(0, 0.10, 0.80, "last line of the body text"), *words(1, 0.85, 0.95, "p.2")]
    assert ocrlines.text(alone).splitlines()[-1] == "p.2"


def test_a_paragraph_gap_is_an_empty_line_and_rows_go_top_to_bottom() -> None:
    page = [
        *words(2, 0.10, 0.50, "Yours sincerely"),
        *words(0, 0.10, 0.20, "Dear Ms Smith,"),
        *words(1, 0.10, 0.22, "thank you for your letter."),
    ]
    assert ocrlines.text(page) == "Dear Ms Smith,\nthank you for your letter.\n\nYours sincerely"


def test_overlapping_lines_never_share_a_row() -> None:
    # Two lines level with each other that overlap sideways are different rows (e.g. a
    # superscript or a stamp over text), never one line with the words interleaved.
    page = [*words(0, 0.10, 0.30, "Total due"), *words(1, 0.12, 0.302, "PAID")]
    assert len(ocrlines.rows(page)) == 2


def test_no_words_no_text() -> None:
    assert ocrlines.text([]) == "" and ocrlines.rows([]) == []
