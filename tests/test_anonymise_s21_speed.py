"""Session 21's exact speed changes outside the review (s21-speed): the same results as the
code before them."""

from __future__ import annotations

from importlib import resources

from perskamer.plugins.anonymise import lexicon


def test_read_list_reads_every_list_as_a_loop_over_its_lines_did() -> None:
    # lexicon.read_list (session 21: map and one comprehension): the same entries as the loop
    # before it, on every list of the package and on lines a hand-edited list may hold
    def before(text: str) -> tuple[str, ...]:
        out = []
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
        return tuple(out)

    root = resources.files(lexicon._DATA_PACKAGE)
    names = [p.name for p in root.iterdir() if p.name.endswith(".txt") and not p.name.startswith("LICENSE")]
    assert len(names) > 20
    for name in names:
        assert lexicon.read_list(name) == before(root.joinpath(name).read_text(encoding="utf-8")), name
    odd = "# kop\n\n  Aa  \n\t#niet\n#\n x # y\r\nLaatste\u2028\u00a0z\u00a0\n \n"
    assert lexicon._entries(odd) == before(odd) == ("Aa", "x # y", "Laatste", "z")
