"""What goes into the distribution (the metadata is in pyproject.toml): the packages under graph/ and
server/ as found, and the samverkan package whose data sub-packages are the repository's top-level
ontology/, shapes/ and queries/ folders (so the repository keeps them where the design names them)."""

from setuptools import find_namespace_packages, setup

DATA_PACKAGES = {"samverkan.ontology": "ontology", "samverkan.shapes": "shapes", "samverkan.queries": "queries"}

setup(packages=[*find_namespace_packages(include=["graph", "graph.*", "server", "server.*", "samverkan"],
                                              exclude=["*.__pycache__"]), *DATA_PACKAGES],
      package_dir=DATA_PACKAGES)
