"""Content of the bundled domain glossary: size, evidence, clash rows, and whole-token segmentation."""

from __future__ import annotations

import pytest

from corpus.glossary import Concept, domain_glossary_path, read_glossary
from corpus.tokenize import get_tokenizer

# status -> the evidence tag that must open a non-empty source cell (see glossaries/README.md)
SOURCE_TAGS = {
    "verified": "VERIFIED(a page shows EN+ZH together):",
    "zh-attested": "ZH-ATTESTED(",
    "partly-verified": "PARTLY VERIFIED:",
    "low-authority": "LOW-AUTHORITY(",
    "unverified": "UNVERIFIED(",
}

# (concept, forbidden form, the other concept whose preferred form it is)
CLASHES = [
    ("general deterrence", "常规威慑", "conventional deterrence"),
    ("nuclear response", "核反应", "nuclear reaction"),
    ("firebreak", "防火墙", "firewall"),
    ("first strike", "首先使用", "first use"),
    ("preventive strike", "先发制人打击", "preemptive strike"),
]

# (concept, Chinese form that must be admitted, region or usage the note must name)
REGIONAL_VARIANTS = [
    ("Korean Peninsula", "韩半岛", "ROK"),
    ("Democratic People's Republic of Korea", "北韩", "ROK"),
    ("inter-Korean relations", "北南关系", "DPRK"),
    ("Hwasong-17", "火星炮-17", "KCNA"),
    ("Terminal High Altitude Area Defense", "薩德", "TW"),
    ("wartime operational control", "戰時作戰管制", "TW"),
    ("tailored deterrence", "客製化威懾", "TW"),
]

# (sentence in the style of the sources, glossary form that must come out as one token)
TOKEN_CASES = [
    ("2016年7月美韩正式宣布将在韩国部署萨德反导系统。", "萨德反导系统"),
    ("终端高空区域防御系统的目的是防止来自朝鲜的威胁。", "终端高空区域防御系统"),  # forbidden calque
    ("韩国军方首次对于韩国式3轴应对体系进行了具体性描述。", "韩国式3轴应对体系"),
    ("即可分为杀手链、韩国式导弹防御体系和大规模报复惩罚。", "韩国式导弹防御体系"),
    ("即可分为杀手链、韩国式导弹防御体系和大规模报复惩罚。", "大规模报复惩罚"),
    ("朝鲜3日上午又发射了疑似为火星-17型洲际弹道导弹。", "火星-17型"),
    ("韩国政府表示将推进完全、可验证和不可逆转的无核化。", "完全、可验证和不可逆转的无核化"),
    ("双方在会晤后签署了《板门店宣言》。", "板门店宣言"),
    ("美国与韩国举行了第55次安全协商会议。", "安全协商会议"),
    ("解放军火箭军正在发展预警反击作战体系。", "预警反击"),
    ("中国提出的双暂停倡议值得探讨。", "双暂停"),
    ("反力量打击主要针对敌方的核武器系统。", "反力量打击"),
    ("宁边核设施位于朝鲜首都平壤以北约130公里处。", "宁边核设施"),
    ("韩国希望尽快收回战时作战指挥权。", "战时作战指挥权"),
    ("奥斯汀首次提出一体化威慑概念。", "一体化威慑"),
    ("两国的定制威慑战略做出了修改。", "定制威慑战略"),
    ("韩半岛紧张局势不断升级。", "韩半岛"),
    ("统筹核威慑和常规威慑。", "常规威慑"),
    ("美国等西方强国把强制外交作为一种外交政策工具。", "强制外交"),
    ("朝方承诺完成对宁边反应堆的去功能化。", "去功能化"),
]


@pytest.fixture(scope="module")
def rows() -> list[Concept]:
    return list(read_glossary(domain_glossary_path()))


def admitted(c: Concept) -> tuple[str, ...]:
    """Preferred form first, then the admitted variants."""
    return c.forms("zh", "preferred", "admitted")


@pytest.fixture(scope="module")
def by_en(rows) -> dict[str, Concept]:
    return {r.en: r for r in rows}


def test_glossary_has_at_least_150_concepts(rows):
    assert len(rows) >= 150
    assert len({r.en.casefold() for r in rows}) == len(rows)


def test_rows_keep_file_order_and_lines(rows):
    assert [r.line for r in rows] == sorted(r.line for r in rows)
    assert rows[0].line == 2 and all(r.line > 1 for r in rows)


def test_every_row_has_a_source_or_says_unverified(rows):
    missing = [r.en for r in rows if not r.source and "unverified" not in r.note.casefold()]
    assert not missing


def test_status_matches_the_evidence_tag_of_the_source(rows):
    wrong = [(r.line, r.en, r.status) for r in rows
             if r.source and not r.source.startswith(SOURCE_TAGS[r.status])]
    assert not wrong


def test_unverified_rows_say_so(rows):
    silent = [r.en for r in rows if r.status == "unverified"
              and "unverified" not in (r.note + r.source).casefold()]
    assert not silent


@pytest.mark.parametrize(("en", "form", "other"), CLASHES)
def test_clash_is_forbidden_and_documented(by_en, en, form, other):
    row, owner = by_en[en], by_en[other]
    assert form in row.zh_forbidden
    assert owner.zh == form
    assert form in row.note and other in row.note


def test_no_form_is_admitted_and_forbidden_in_one_concept():
    clashes = [(c.en, sorted(set(c.forms("zh", "preferred", "admitted")) & set(c.zh_forbidden)))
               for c in read_glossary(domain_glossary_path())]
    assert not [c for c in clashes if c[1]]


def test_forbidden_forms_are_explained(rows):
    unexplained = [r.en for r in rows if r.zh_forbidden and "forbidden" not in r.note]
    assert not unexplained


def test_forbidden_forms_of_other_concepts_name_that_concept(rows):
    undocumented = []
    for row in rows:
        for form in row.zh_forbidden:
            owners = [o.en for o in rows if o is not row and form in admitted(o)]
            if owners and (form not in row.note or not all(en in row.note for en in owners)):
                undocumented.append((row.en, form, owners))
    assert not undocumented


@pytest.mark.parametrize(("en", "form", "region"), REGIONAL_VARIANTS)
def test_regional_variants_are_admitted_with_their_region(by_en, en, form, region):
    row = by_en[en]
    assert form in row.zh_variants
    assert region in row.note


def test_bare_mars_is_not_a_hwasong_form(rows):
    assert not [r.en for r in rows if "火星" in (*admitted(r), *r.zh_forbidden)]


@pytest.fixture(scope="module")
def tok():
    return get_tokenizer("jieba").initialize()


@pytest.mark.parametrize(("sentence", "form"), TOKEN_CASES)
def test_new_glossary_forms_stay_whole(tok, rows, sentence, form):
    assert any(form in (*admitted(r), *r.zh_forbidden) for r in rows)
    assert form in tok.tokenize(sentence)
