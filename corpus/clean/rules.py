"""All cleaning rules, in the order they run: the one place to read what cleaning does.

Each rule is a ``Rule(name, func, scope, doc)``; ``func(tracked_text, notes) -> tracked_text``.
Scopes: ``all`` inputs; ``markdown`` = md input and txt that looks like markdown; ``plain`` = txt
that does not. Test a rule alone with ``RULE_BY_NAME["join_lines"]("a\\nb").text``.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus import normalize as nz
from corpus.tracked import TrackedText

from . import layout, markup
from .base import Notes, Rule, RuleFunc, Scope
from .drop import drop_boilerplate, drop_footer, drop_link_lists
from .frontmatter import strip_front_matter
from .headings import bold_headings, isolate_headings
from .info import info_labels


def _text_rule(func: Callable[[TrackedText], TrackedText]) -> RuleFunc:
    def rule(tt: TrackedText, notes: Notes) -> TrackedText:
        return func(tt)

    return rule


def _rule(name: str, func: Callable[..., TrackedText], scope: Scope, takes_notes: bool) -> Rule:
    doc = (func.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    return Rule(name, func if takes_notes else _text_rule(func), scope, " ".join(doc.split()))


RULES: tuple[Rule, ...] = (
    _rule("space_chars", nz.normalize_space_chars, "all", False),
    _rule("fullwidth", nz.fullwidth_to_ascii, "all", False),
    _rule("front_matter", strip_front_matter, "markdown", True),
    _rule("html", markup.strip_html, "markdown", False),
    _rule("images", markup.strip_images, "markdown", False),
    _rule("marker_lines", markup.blank_marker_lines, "markdown", False),
    _rule("blank_lines", nz.trim_line_ends, "all", False),
    _rule("drop_footer", drop_footer, "markdown", True),
    _rule("drop_boilerplate", drop_boilerplate, "markdown", True),
    _rule("drop_link_lists", drop_link_lists, "markdown", True),
    _rule("bold_headings", bold_headings, "markdown", True),
    _rule("blockquotes", markup.strip_blockquotes, "markdown", False),
    _rule("list_items", markup.split_list_items, "markdown", False),
    _rule("links", markup.strip_links, "markdown", False),
    _rule("urls", markup.strip_urls, "markdown", False),
    _rule("emphasis", markup.strip_emphasis, "markdown", False),
    _rule("indented_paragraphs", layout.indented_paragraphs, "plain", False),
    _rule("isolate_headings", isolate_headings, "all", True),
    _rule("collapse_whitespace", nz.collapse_whitespace, "all", False),
    _rule("broken_numbers", layout.rejoin_broken_numbers, "all", False),
    _rule("sentence_end_paragraphs", layout.sentence_end_paragraphs, "plain", False),
    _rule("join_lines", layout.join_wrapped_lines, "all", False),
    _rule("interpunct", nz.normalize_interpunct, "all", False),
    _rule("cjk_spacing", nz.normalize_cjk_spacing, "all", False),
    _rule("info_labels", info_labels, "all", True),
)
RULE_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}


def rules_for(markdown: bool, plain: bool) -> tuple[Rule, ...]:
    """The rules that run on one input, in order.

    Args:
        markdown: run the markdown/WeChat rules.
        plain: run the plain-txt rules (indentation and line-end paragraph breaks).
    """
    wanted = {"all"} | ({"markdown"} if markdown else set()) | ({"plain"} if plain else set())
    return tuple(r for r in RULES if r.scope in wanted)
