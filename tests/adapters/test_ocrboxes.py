"""Finding the lines of ink in a form's ruled boxes that no word of Tesseract's covers."""

from __future__ import annotations

from PIL import Image

from docsplit.adapters import ocrboxes

LABEL = (110, 104, 120, 12, "Kennzeichen", 92.0)


def ink_text(sheet: Image.Image, box: tuple[int, int, int, int]) -> None:
    """Ink ``box`` like a line of type: strokes 6 px wide, 4 px apart (a solid bar would be a
    rule)."""
    left, top, right, bottom = box
    for x in range(left, right - 5, 10):
        sheet.paste(0, (x, top, x + 6, bottom))


def form(*, rules: bool = True, skew: float = 0.0) -> Image.Image:
    """A 1000x1400 sheet with two ruled boxes, a small label and a value in each (inked as
    bars of a text's height), and a line of body text below them."""
    sheet = Image.new("L", (1000, 1400), 255)
    if rules:
        for x0 in (100, 500):
            sheet.paste(0, (x0, 100, x0 + 380, 102))  # top rule
            sheet.paste(0, (x0, 160, x0 + 380, 162))  # bottom rule
            sheet.paste(0, (x0, 100, x0 + 2, 162))  # sides
            sheet.paste(0, (x0 + 378, 100, x0 + 380, 162))
    ink_text(sheet, (110, 104, 230, 116))  # label, read
    ink_text(sheet, (110, 128, 260, 152))  # value, unread
    ink_text(sheet, (510, 104, 610, 116))  # label, read
    ink_text(sheet, (510, 128, 700, 152))  # value, read
    ink_text(sheet, (100, 400, 900, 420))  # body text, read
    if skew:
        sheet = sheet.rotate(skew, fillcolor=255)
    return sheet


READ = [
    LABEL,
    (510, 104, 100, 12, "Hersteller", 90.0),
    (510, 128, 190, 24, "Toyota", 95.0),
    (100, 400, 800, 20, "Untersuchung", 93.0),
]


def test_a_boxed_value_no_word_covers_is_a_mark() -> None:
    marks = ocrboxes.unread_marks(form(), READ)
    assert len(marks) == 1
    left, top, right, bottom = marks[0]
    assert left <= 110 and right >= 256 and top <= 128 and bottom >= 152
    assert right < 500 and bottom < 160  # inside its box, rules left out


def test_a_slightly_skewed_scan_still_has_its_rules_taken_away() -> None:
    # Nothing read but the body text: both boxes' values are marks of a line's height, none
    # joined to its box's rules. The labels have no rule close below them.
    marks = ocrboxes.unread_marks(form(skew=0.8), READ[3:])
    assert len(marks) == 2
    assert all(
        bottom - top <= 48 and (right < 490 or left > 490) for left, top, right, bottom in marks
    )


def test_unread_ink_outside_a_box_is_left_as_read() -> None:
    # A title Tesseract was unsure of stands between no rules.
    sheet = form()
    ink_text(sheet, (100, 40, 400, 64))
    assert len(ocrboxes.unread_marks(sheet, READ)) == 1


def test_scraps_of_a_rule_do_not_count_as_a_reading() -> None:
    # Tesseract made "| =" of the value and its box: not read, so the value is still a mark.
    scraps = [*READ, (105, 126, 160, 28, "|", 91.0), (150, 130, 30, 20, "=—", 12.0)]
    assert len(ocrboxes.unread_marks(form(), scraps)) == 1


def test_a_page_without_rules_is_left_alone() -> None:
    # A paragraph's dropped word is not what this is for.
    assert ocrboxes.unread_marks(form(rules=False), READ) == []


def test_a_page_with_too_much_unread_ink_is_a_picture() -> None:
    sheet = form()
    for y in range(600, 1000, 10):  # a photo's dark half: ink everywhere, no long runs
        ink_text(sheet, (100, y, 600, y + 6))
    assert ocrboxes.unread_marks(sheet, READ) == []


def test_without_rules_whitens_a_boxs_rules_and_keeps_the_value() -> None:
    crop = form().crop((96, 120, 300, 166))
    clean = ocrboxes.without_rules(crop)
    assert clean.getpixel((50, 41)) == 255  # the bottom rule (y 160-161 on the page)
    assert clean.getpixel((5, 20)) == 255  # the left side
    assert clean.getpixel((16, 20)) == 0  # the value's first stroke
    # A crop without rules comes back as it was.
    plain = form().crop((104, 122, 266, 158))
    assert ocrboxes.without_rules(plain) is plain
