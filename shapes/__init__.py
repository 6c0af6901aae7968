"""Package data (samverkan.shapes): the SHACL shapes (*.ttl)."""
