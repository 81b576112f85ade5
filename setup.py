"""Map the repository folders onto the `perskamer` package.

core/ -> perskamer, plugins/ -> perskamer.plugins, schemas/ -> perskamer.schemas,
config/ -> perskamer.defaults (the default workspace config). Everything else is in
pyproject.toml. Computed here so that a new sub-package is picked up without editing
a list; no top-level `core` or `plugins` module ever reaches site-packages.
"""

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

setup(packages=packages, package_dir=package_dir)
