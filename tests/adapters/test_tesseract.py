"""Choosing and configuring the Tesseract engine; the TSV parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from docsplit.adapters import tesseract

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t10\t12\t30\t8\t96.5\tInvoice\n"
    "5\t1\t1\t1\t1\t2\t45\t12\t20\t8\t91\t4711\n"
)


def test_parse_tsv_with_and_without_header() -> None:
    table = tesseract.parse_tsv(TSV)
    assert table["text"] == ["", "Invoice", "4711"]
    assert table["conf"] == ["-1", "96.5", "91"]
    assert table["left"][1] == "10"
    body = TSV.split("\n", 1)[1]
    assert tesseract.parse_tsv(body) == table
    assert tesseract.parse_tsv("") == {c: [] for c in tesseract.COLUMNS}


def test_tessdata_prefix_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "deu.traineddata").write_bytes(b"x")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert tesseract.find_tessdata() == str(tmp_path) + "/"
    # A directory without language data is passed over.
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "empty"))
    assert tesseract.find_tessdata() != str(tmp_path / "empty") + "/"


def test_select_engines() -> None:
    with tesseract.using(tesseract.CliEngine()):
        try:
            assert tesseract.select("cli").name == "cli"
            assert tesseract.select("tesserocr").name == "tesserocr"
            auto = tesseract.select("auto")
            assert auto.name == ("tesserocr" if tesseract.LibraryEngine().available() else "cli")
            assert tesseract.engine() is auto
            with pytest.raises(ValueError, match="unknown OCR engine"):
                tesseract.select("gpu")
        finally:
            tesseract.select("auto")


def test_library_engine_without_data_is_unavailable(tmp_path: Path) -> None:
    assert not tesseract.LibraryEngine(tessdata=str(tmp_path / "missing")).available()


def test_one_thread_per_tesseract() -> None:
    import os

    assert os.environ["OMP_THREAD_LIMIT"] == "1"
