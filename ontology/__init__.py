"""Package data (samverkan.ontology): the OWL ontology, the vocabularies and the external labels (*.ttl)."""
