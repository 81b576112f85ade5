"""Map the repository folders onto the `perskamer` package.

core/ -> perskamer, plugins/ -> perskamer.plugins, schemas/ -> perskamer.schemas,
config/ -> perskamer.defaults (the default workspace config). Everything else is in
pyproject.toml. Computed here so that a new sub-package is picked up without editing
a list; no top-level `core` or `plugins` module ever reaches site-packages.
"""

import os
import sys
from pathlib import Path

from setuptools import find_packages, setup

ROOTS = {"perskamer": "core", "perskamer.plugins": "plugins", "perskamer.schemas": "schemas", "perskamer.defaults": "config"}

packages: list[str] = []
package_dir: dict[str, str] = {}
for name, folder in ROOTS.items():
    packages.append(name)
    package_dir[name] = folder
    for sub in find_packages(where=folder):
        packages.append(f"{name}.{sub}")
        package_dir[f"{name}.{sub}"] = f"{folder}/{sub.replace('.', '/')}"

DATA_SUFFIXES = {".json", ".yaml", ".yml", ".html", ".css", ".txt", ".md", ".xml", ".j2", ".tsv", ".toml", ".tmpl", ".js"}


def data_files(package_folder: str) -> list[str]:
    """Data files of a package, including those in plain (non-package) sub-folders."""
    found = []
    root = Path(package_folder)
    for path in root.rglob("*"):
        if not path.is_file() or path.suffix not in DATA_SUFFIXES or "__pycache__" in path.parts:
            continue
        # Files in a sub-package belong to that sub-package.
        owner = path.parent
        while owner != root and not (owner / "__init__.py").exists():
            owner = owner.parent
        if owner == root:
            found.append(path.relative_to(root).as_posix())
    return found


package_data = {name: data_files(folder) for name, folder in package_dir.items()}

# PERSKAMER_NATIVE=1 (make wheel-native): the anonymiser's modules compiled with mypyc as well
# (tools/build_native.py; needs mypy and a C compiler). Unset, the wheel is pure Python.
ext_modules = []
if os.environ.get("PERSKAMER_NATIVE") == "1":
    sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))
    from build_native import extensions

    ext_modules = extensions()

setup(packages=packages, package_dir=package_dir, package_data=package_data, ext_modules=ext_modules)
