"""Finding, registering and calling plugins (placeholder: being written)."""

BUILTIN_PLUGINS: list[str] = [
]
