"""Short forms of country names inside Chinese compounds: 韩 of 韩国 in 美韩, 驻韩, 韩方.

Chinese news and academic prose abbreviate a country to its first character inside compounds
(美韩同盟 "the U.S.-ROK alliance", 驻韩美军 "U.S. forces in South Korea", 朝核问题 "the North
Korean nuclear issue", 韩方 "the South Korean side"), so "South Korea" is rightly rendered without
韩国; and "Washington and Seoul", standing for their governments, by 美韩. Used by
``term-missing`` and ``name-mismatch``. A short form counts only in such a compound: next to the
short form of another country (美韩, 朝美) or to one of the affixes below (驻韩, 访朝, 韩方, 朝核).
The countries are the two-character ``country`` entries of the names table
(``align.translit.data``).
"""

from __future__ import annotations

from functools import lru_cache

#: Characters that make a compound with a country's short form before it (驻韩, 访朝, 对美).
AFFIX_BEFORE = frozenset("驻访赴对涉援抗")
#: ... and after it (韩方, 朝军, 朝核, 美籍, 韩侨, 韩媒).
AFFIX_AFTER = frozenset("方军核籍侨媒企")


@lru_cache(maxsize=1)
def country_short_forms() -> dict[str, str]:
    """Two-character Chinese country name → its one-character short form (韩国 → 韩)."""
    from align.translit.data import default_table

    return {form: form[0] for entry in default_table().of_kind("country")
            for form in entry.forms if len(form) == 2}


def short_form_present(zh: str, form: str) -> bool:
    """True when the short form of the country ``form`` stands in a compound in ``zh``."""
    shorts = country_short_forms()
    short = shorts.get(form)
    if short is None:
        return False
    others = frozenset(shorts.values())
    at = zh.find(short)
    while at >= 0:
        before = zh[at - 1] if at else ""
        after = zh[at + 1] if at + 1 < len(zh) else ""
        if (before in AFFIX_BEFORE or after in AFFIX_AFTER
                or (before and before in others) or (after and after in others)):
            return True
        at = zh.find(short, at + 1)
    return False
