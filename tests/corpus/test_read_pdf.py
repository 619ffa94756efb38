"""PDF reader (fixtures generated with reportlab) and the pure page-layout helpers."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.read import read_raw
from corpus.read.pdf_layout import dehyphenate, is_page_number, layout_text, strip_furniture

EN_BODY = [
    [
        "The theory of extended deter-",
        "rence was developed for the Sino-",
        "American and Korean cases.",
        "1950",
        "It shaped alliance politics.",
    ],
    ["Allies doubted the umbrella.", "Non-", "proliferation remained a goal."],
    ["Nuclear weapons kept their", "symbolic value after the Cold War."],
]
EN_EXPECTED = (
    "The theory of extended deterrence was developed for the Sino-American and Korean cases.\n"
    "1950\nIt shaped alliance politics.\n\n"
    "Allies doubted the umbrella.\nNon-proliferation remained a goal.\n\n"
    "Nuclear weapons kept their\nsymbolic value after the Cold War."
)
ZH_BODY = [
    [
        "核保护伞的政治和象征价值远高于其军事及安全价值。",
        "美国核保护伞对韩国安全的重要性仍然存在。",
    ],
    ["它只是更广泛的安全结构的一部分。"],
]


def _pdf(pages, *, header="", footer="{n}", font="Helvetica", encrypt=None, meta=True) -> bytes:
    """Build a PDF: ``pages`` is a list of body-line lists; header/footer may use {n} and {total}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842), invariant=1, encrypt=encrypt)
    if meta:
        pdf.setTitle("Extended Deterrence")
        pdf.setAuthor("T. Roehrig")
    for n, lines in enumerate(pages, start=1):
        pdf.setFont(font, 9)
        if header:
            pdf.drawString(72, 800, header.format(n=n, total=len(pages)))
        if footer:
            pdf.drawCentredString(297, 40, footer.format(n=n, total=len(pages)))
        pdf.setFont(font, 11)
        for i, line in enumerate(lines):
            pdf.drawString(72, 760 - 14 * i, line)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _write(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


FURNITURE_CASES = [
    ("Journal of Deterrence Studies", "- {n} -"),
    ("Vol. 3, No. {n}", "Page {n} of {total}"),
    ("", "{n}"),
    ("Chapter 2 · Theory", ""),
    ("{n}", "Roehrig: The Nuclear Umbrella"),
]


@pytest.mark.parametrize(("header", "footer"), FURNITURE_CASES)
def test_english_pdf_loses_furniture_and_rejoins_hyphens(tmp_path, header, footer):
    path = _write(tmp_path, _pdf(EN_BODY, header=header, footer=footer))
    raw = read_raw(path)
    assert raw.text == EN_EXPECTED
    assert raw.format == "pdf"
    assert raw.encoding == ""
    assert raw.meta == {
        "pages": "3",
        "title": "Extended Deterrence",
        "author": "T. Roehrig",
        "created": "2000-01-01T00:00:00+00:00",
    }


def test_chinese_pdf_with_cid_font(tmp_path):
    pdf = _pdf(
        ZH_BODY, header="核武器与扩展威慑", footer="第{n}页 共{total}页", font="STSong-Light"
    )
    raw = read_raw(_write(tmp_path, pdf))
    assert raw.text == "\n".join(ZH_BODY[0]) + "\n\n" + ZH_BODY[1][0]


def test_single_page_keeps_its_first_line(tmp_path):
    raw = read_raw(_write(tmp_path, _pdf([EN_BODY[2]], header="A Title Line", footer="")))
    assert raw.text == "A Title Line\n" + "\n".join(EN_BODY[2])
    assert raw.meta["pages"] == "1"


def test_pdf_with_owner_password_only_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption("", ownerPassword="owner", canPrint=1)
    raw = read_raw(_write(tmp_path, _pdf(EN_BODY, encrypt=enc)))
    assert raw.text == EN_EXPECTED


def _no_text_layer() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    pdf.rect(100, 100, 200, 300, fill=1)  # a "scanned image" stand-in: no text operators
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


PDF_ERROR_CASES = [
    (lambda: _no_text_layer(), "PDF has no text layer (scanned?)"),
    (lambda: _pdf(EN_BODY, encrypt="secret"), "PDF is encrypted (password required)"),
    (
        lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog",
        "broken or unsupported PDF",
    ),
    (lambda: _pdf(EN_BODY)[:300], "broken or unsupported PDF"),
    (lambda: b"Just some text, not a PDF.\n", "not a PDF file"),
    (lambda: b"", "not a PDF file"),
    (lambda: _pdf([["7"], ["8"]], footer=""), "no text besides headers and page numbers"),
]


@pytest.mark.parametrize(("make", "reason"), PDF_ERROR_CASES)
def test_bad_pdfs_raise_input_error(tmp_path, make, reason):
    path = _write(tmp_path, make(), "bad.pdf")
    with pytest.raises(InputError) as info:
        read_raw(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)


PAGE_NUMBER_CASES = [
    ("3", True),
    ("  12 ", True),
    ("- 3 -", True),
    ("— 14 —", True),
    ("[7]", True),
    ("Page 3", True),
    ("page 3 of 10", True),
    ("p. 41", True),
    ("3 / 10", True),
    ("第3页", True),
    ("第 3 页 共 10 页", True),
    ("xiv", True),
    ("XIV", False),
    ("1950 was a year", False),
    ("Chapter 3", False),
    ("3.1 Theory", False),
    ("12345", False),
    ("", False),
]


@pytest.mark.parametrize(("line", "expected"), PAGE_NUMBER_CASES)
def test_is_page_number(line, expected):
    assert is_page_number(line) is expected


DEHYPHENATE_CASES = [
    ("deter-\nrence", "deterrence"),
    ("Sino-\nAmerican", "Sino-American"),
    ("pre-\n2010 levels", "pre-2010 levels"),
    ("self-\nhelp", "self-help"),
    ("long-term-\nplanning", "long-term-planning"),
    ("deter-\n\nrence", "deterrence"),
    ("deter- \n  rence", "deterrence"),
    ("deter\u00ad\nrence", "deterrence"),
    ("Élé-\nment", "Élément"),
    ("a list -\nitem", "a list -\nitem"),
    ("end-\n- bullet", "end-\n- bullet"),
    ("核-\n保护", "核-\n保护"),
    ("no hyphen\nhere", "no hyphen\nhere"),
]


@pytest.mark.parametrize(("text", "expected"), DEHYPHENATE_CASES)
def test_dehyphenate(text, expected):
    assert dehyphenate(text) == expected


FURNITURE_TABLE = [
    # pages → pages after furniture removal
    ([["H", "a", "1"], ["H", "b", "2"], ["H", "c", "3"]], [["a"], ["b"], ["c"]]),
    ([["H", "a"], ["X", "b"], ["Y", "c"]], [["H", "a"], ["X", "b"], ["Y", "c"]]),
    ([["H", "a"], ["H", "b"], ["X", "c"], ["Y", "d"]], [["a"], ["b"], ["X", "c"], ["Y", "d"]]),
    ([["a", "1950", "b"]], [["a", "1950", "b"]]),
    ([["a", "", "Page 1 of 2", ""], ["b", "Page 2 of 2"]], [["a", "", ""], ["b"]]),
    (
        [["T 1", "ab", "cd", "ef"], ["T 2", "gh", "ij", "kl"]],
        [["ab", "cd", "ef"], ["gh", "ij", "kl"]],
    ),
    ([["iv", "ab", "cd"], ["ef", "gh", "v"]], [["ab", "cd"], ["ef", "gh"]]),
    ([["H", "a", "b"], ["H", "c"], ["d", "e"]], [["a", "b"], ["c"], ["d", "e"]]),
    (
        [["H", "a"], ["b", "c"], ["d", "e"], ["f", "g"], ["H", "j"]],
        [["H", "a"], ["b", "c"], ["d", "e"], ["f", "g"], ["H", "j"]],
    ),
]


@pytest.mark.parametrize(("pages", "expected"), FURNITURE_TABLE)
def test_strip_furniture(pages, expected):
    assert strip_furniture(pages) == expected


def test_layout_text_joins_pages_with_blank_line():
    assert layout_text(["a\r\nb  \n", "", "c-\n", "tion\n"]) == "a\nb\n\nction"


def test_broken_pdf_error_is_one_line_without_library_noise(tmp_path):
    path = _write(tmp_path, b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "broken.pdf")
    code = (
        "import sys\n"
        "from corpus.errors import InputError\n"
        "from corpus.read import read_raw\n"
        "try:\n"
        "    read_raw(sys.argv[1])\n"
        "except InputError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert out.stderr == ""
    assert out.stdout.strip().startswith(f"{path}: broken or unsupported PDF")
