"""``perskamer init DIR``: a new workspace with a config, the taxonomy and one example report."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


class InitError(Exception):
    pass


def create_workspace(target: Path) -> list[str]:
    """Create the workspace files; never overwrite anything that exists."""
    target = target.expanduser()
    config = target / "config" / "perskamer.yaml"
    if config.exists() or (target / "perskamer.yaml").exists():
        raise InitError(f"{target} already holds a perskamer workspace ({config} exists)")
    if target.exists() and not target.is_dir():
        raise InitError(f"{target} exists and is not a folder")
    skeleton = resources.files("perskamer.skeleton")
    defaults = resources.files("perskamer.defaults")
    files = {
        "config/perskamer.yaml": skeleton.joinpath("perskamer.yaml").read_bytes(),
        "config/ambitions.yaml": defaults.joinpath("ambitions.yaml").read_bytes(),
        "content/voorbeeld-verslag.md": skeleton.joinpath("voorbeeld-verslag.md").read_bytes(),
    }
    created = []
    for rel, data in files.items():
        path = target / rel
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        created.append(rel)
    return created
