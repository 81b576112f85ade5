"""The report form logic shared by every reader (text, Markdown, DOCX, PDF).

- :mod:`.questions`: recognise the six form questions (section boundaries)
- :mod:`.dates`: Dutch dates in and out (``parse_date_nl``, ``format_date_nl``)
- :mod:`.quotes`: split the quotes section into quotes with attributions
- :mod:`.layout`: page furniture, broken words, wrapped lines
- :mod:`.blocks`: the block list every reader produces
- :mod:`.assemble`: blocks -> title, date, meta, sections, quotes, photo
"""

from . import _native  # noqa: F401  (first: puts a fresh compiled build, if any, in front of __path__)
from .assemble import AssembleOptions, assemble_report
from .blocks import Block, ImageData, blocks_from_text
from .dates import MONTHS_NL, find_date, format_date_nl, parse_date_nl
from .images import prepare_photo
from .layout import join_lines
from .questions import FORM_QUESTIONS, best_question, score_question
from .quotes import QuoteLine, is_name, parse_attribution, quotes_from_text, split_quotes
from .text import decode_text, slugify

__all__ = [
    "FORM_QUESTIONS",
    "MONTHS_NL",
    "AssembleOptions",
    "Block",
    "ImageData",
    "QuoteLine",
    "assemble_report",
    "best_question",
    "blocks_from_text",
    "decode_text",
    "find_date",
    "format_date_nl",
    "is_name",
    "join_lines",
    "parse_attribution",
    "parse_date_nl",
    "prepare_photo",
    "quotes_from_text",
    "score_question",
    "slugify",
    "split_quotes",
]
