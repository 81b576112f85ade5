"""Helpers shared by the output plugins: Dutch dates, Markdown to safe HTML, teasers, photos."""
