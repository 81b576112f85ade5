"""Reader for the text extracted from the PDF report form (``.txt``)."""

from __future__ import annotations

from perskamer.form import AssembleOptions, assemble_report, blocks_from_text, decode_text, slugify
from perskamer.form.plugin import reader_hooks
from perskamer.model import Report, Source

PLUGIN_NAME = "read-text-form"
SUFFIXES = [".txt"]


def read_text_form(source: Source) -> Report:
    """Parse ``source.data`` (the text of a filled-in form) into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="form-text")
    decoded = decode_text(source.data)
    if decoded.text is None:
        report.problem(
            "error",
            f"cannot read this file as text: {decoded.error}",
            hint="save the report as plain text (UTF-8), or use the .docx/.pdf file itself",
            plugin=PLUGIN_NAME,
        )
        return report
    if decoded.warning:
        report.problem(
            "warning",
            f"text encoding: {decoded.warning}",
            hint="save the file as UTF-8 to be sure every accented letter is right",
            plugin=PLUGIN_NAME,
        )
    if not decoded.text.strip():
        report.problem("error", "the file is empty", hint="fill in the report form", plugin=PLUGIN_NAME)
        return report
    report.private["encoding"] = decoded.encoding
    try:
        assemble_report(blocks_from_text(decoded.text), report, AssembleOptions())
    except Exception as exc:  # a bug, not bad input: still never let it escape as a traceback
        report.problem("error", f"could not read the report ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
    return report


perskamer_source_suffixes, perskamer_read_source = reader_hooks(SUFFIXES, read_text_form)
