"""Build the knowledge graph of Länsgemensam ledning i samverkan from curated records.

Data flows one way: sources -> records (YAML) -> RDF (named graph per document) -> store.
"""
