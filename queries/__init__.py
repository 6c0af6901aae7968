"""Package data (samverkan.queries): every SPARQL query the code runs, and the example queries (*.rq)."""
