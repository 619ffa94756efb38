"""Plain-words pieces of the term checks' messages (for translators)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from corpus.glossary.model import Concept


def en_name(concept: Concept) -> str:
    """The concept as its quoted English term, e.g. ``"general deterrence"``."""
    return f'"{concept.en or concept.id}"'


def zh_choices(forms: Sequence[str]) -> str:
    """``一般威慑 (or 一般性威慑, 一般性嚇阻)``."""
    if not forms:
        return "(no Chinese form in the glossary)"
    rest = f" (or {', '.join(forms[1:])})" if len(forms) > 1 else ""
    return forms[0] + rest


def listing(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    xs = list(dict.fromkeys(items))
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def rows_word(n: int) -> str:
    """``1 other row``, ``3 other rows``."""
    return f"{n} other row" if n == 1 else f"{n} other rows"
