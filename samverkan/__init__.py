"""The samverkan distribution's own package: `python -m samverkan`, and the data that ships with the code
as sub-packages read with importlib.resources (samverkan.ontology, samverkan.shapes, samverkan.queries:
the repository's top-level ontology/, shapes/ and queries/ folders, mapped in by setup.py)."""
