"""The glossary TSV reader (``corpus.glossary``): the bundled domain glossary and strict rejection of
bad files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.glossary import CONCEPT_STATUSES, Concept, domain_glossary_path, read_glossary

DATA = Path(__file__).resolve().parents[1] / "data" / "tokenize"
HEADER = "en\tzh\ten_variants\tzh_variants\tzh_forbidden\tstatus\tnote\tsource"
DOMAIN_COLUMNS = ("en", "zh", "zh_variants", "zh_forbidden", "status", "note", "source")
GOOD = "nuclear umbrella\t核保护伞\t\t核保護傘\t\tverified\t\tsome source"


@pytest.fixture(scope="module")
def domain_rows() -> list[Concept]:
    return list(read_glossary(domain_glossary_path()))


def admitted(c: Concept) -> tuple[str, ...]:
    """Preferred form first, then the admitted variants."""
    return c.forms("zh", "preferred", "admitted")


def by_en(rows: list[Concept], en: str) -> Concept:
    matches = [r for r in rows if r.en == en]
    assert len(matches) == 1, en
    return matches[0]


# (en, Chinese form that must be admitted: preferred or variant)
ADMITTED = [
    ("extended deterrence", "延伸威慑"),
    ("extended deterrence", "扩展威慑"),
    ("extended deterrence", "延伸威懾"),
    ("nuclear umbrella", "核保护伞"),
    ("tactical nuclear weapon", "战术核武器"),
    ("tactical nuclear weapon", "戰術核子武器"),
    ("International Atomic Energy Agency", "国际原子能机构"),
    ("demilitarized zone", "非军事区"),
    ("radioactive fallout", "放射性沉降"),
    ("general deterrence", "一般性嚇阻"),
    ("Treaty on the Non-Proliferation of Nuclear Weapons", "不扩散核武器条约"),
]

# (en, forbidden form, a word the note must contain)
FORBIDDEN = [
    ("general deterrence", "常规威慑", "conventional"),
    ("firebreak", "防火墙", "firewall"),
    ("nuclear response", "核反应", "nuclear reaction"),
]


@pytest.mark.parametrize(("en", "form"), ADMITTED)
def test_domain_glossary_admits(domain_rows, en, form):
    assert form in admitted(by_en(domain_rows, en))


@pytest.mark.parametrize(("en", "form", "why"), FORBIDDEN)
def test_domain_glossary_forbids_with_a_note(domain_rows, en, form, why):
    row = by_en(domain_rows, en)
    assert form in row.zh_forbidden
    assert form not in admitted(row)
    assert why in row.note


def test_domain_glossary_cells_are_clean(domain_rows):
    assert len(domain_rows) >= 100
    for row in domain_rows:
        assert row.status in CONCEPT_STATUSES
        for form in (*admitted(row), *row.zh_forbidden):
            assert not any(ch in form for ch in "()（） 《》"), (row.line, form)


def test_project_additions_are_marked_unverified(domain_rows):
    added = [r for r in domain_rows if not r.source]
    assert added, "the project's own rows have an empty source"
    assert all(r.status == "unverified" and "not in the reference" in r.note for r in added)


def test_reference_sources_are_kept_verbatim(domain_rows, shared):
    reference = shared / "reference" / "deterrence_terms.tsv"
    with reference.open(encoding="utf-8", newline="") as fh:
        sources = [row["source"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    ours = {r.source for r in domain_rows}
    # one reference row ("active defense (PRC military strategy)") is merged into "active defense"
    missing = [s for s in sources if s not in ours]
    assert len(missing) <= 1 and all("duplicate of 'active defense'" in s for s in missing)


def test_fixture_glossary_reads_lists_and_lines():
    rows = list(read_glossary(DATA / "mini_glossary.tsv"))
    assert [r.line for r in rows] == [2, 3, 4]
    assert rows[0].zh_variants == ("量子威懾格局",)
    assert rows[0].zh_forbidden == ("量子吓唬格局",)
    assert admitted(rows[0]) == ("量子威慑格局", "量子威懾格局")


def test_en_variants_column_is_optional(tmp_path):
    header = "\t".join(DOMAIN_COLUMNS)
    path = tmp_path / "g.tsv"
    path.write_text(f"{header}\nresolve\t决心\t意志\t\tverified\t\t\n", encoding="utf-8")
    (row,) = read_glossary(path)
    assert (row.en, row.zh, row.zh_variants, row.en_variants) == ("resolve", "决心", ("意志",), ())


# (case id, file text, expected line, fragment of the reason)
BAD_FILES = [
    ("empty", "", None, "empty glossary"),
    ("blank header", "\n" + GOOD + "\n", 1, "blank header line"),
    ("missing column", HEADER.replace("\tzh\t", "\t") + "\n", 1, "missing column(s) zh"),
    ("repeated column", HEADER + "\tnote\n", 1, "repeated column(s) 'note'"),
    ("field count", f"{HEADER}\n{GOOD}\nresolve\t决心\n", 3, "expected 8 fields, found 2"),
    ("empty en", f"{HEADER}\n\t决心\t\t\t\tverified\t\t\n", 2, "empty 'en' cell"),
    ("empty list item", f"{HEADER}\n{GOOD.replace('核保護傘', '核保護傘;;核伞')}\n", 2, "empty item"),
    ("admitted and forbidden", f"{HEADER}\ngeneral deterrence\t一般威慑\t\t常规威慑\t常规威慑\tunverified\t\t\n",
     2, "both admitted and forbidden: 常规威慑"),
    ("repeated en", f"{HEADER}\n{GOOD}\n\n{GOOD.replace('some source', 'other')}\n", 4,
     "repeats the row on line 2"),
]


@pytest.mark.parametrize(("text", "line", "reason"), [c[1:] for c in BAD_FILES],
                         ids=[c[0] for c in BAD_FILES])
def test_bad_glossary_files_name_file_and_line(tmp_path, text, line, reason):
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_glossary(path)
    assert err.value.line == line
    assert reason in err.value.reason
    assert str(path) in str(err.value)


def test_non_utf8_and_missing_files_raise_input_error(tmp_path):
    path = tmp_path / "gbk.tsv"
    path.write_bytes(f"{HEADER}\n".encode() + "核保护伞".encode("gb18030"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        read_glossary(path)
    assert err.value.line == 2
    with pytest.raises(InputError, match="no such file"):
        read_glossary(tmp_path / "absent.tsv")


def test_csv_glossary_follows_the_same_rules(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("# sig\nen,zh,status\nresolve,决心,verified\n,防火带,verified\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_glossary(path)
    assert err.value.line == 4 and "empty 'en' cell" in err.value.reason
    path.write_text("# sig\nen,zh,status\nresolve,决心,verified\n", encoding="utf-8")
    assert [(c.en, c.line) for c in read_glossary(path)] == [("resolve", 3)]


def test_tbx_concepts_know_their_line(shared):
    [concept] = read_glossary(shared / "formats" / "minimal-basic.tbx")
    assert concept.line > 1


def test_glossary_command_table_reads_as_a_glossary(tmp_path):
    """``zhenkit glossary`` writes ``en zh score method freq example_zh``: extra columns are
    ignored, rows without a Chinese form are skipped, free-text statuses are kept."""
    path = tmp_path / "glossary.tsv"
    path.write_text("en\tzh\tscore\tmethod\tfreq\texample_zh\tstatus\n"
                    "nuclear umbrella\t核保护伞\t0.93\tglossary\t3\t核保护伞的可信度\tchecked by AB\n"
                    "tripwire\t\t0\t\t0\t\t\n", encoding="utf-8")
    (row,) = read_glossary(path)
    assert (row.en, row.zh, row.status, row.line) == ("nuclear umbrella", "核保护伞", "checked by AB", 2)
