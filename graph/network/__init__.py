"""The collaboration network: projections of the RDF graph into networkx, analyses, pictures, exports.

- data: runs the queries/network_*.rq queries and gathers what the projections need;
- projections: four kinds of network (KINDS), filterable by date range, body and organisation;
- analysis: degree, weighted degree, betweenness, reach across principals, Louvain communities,
  participation per kommun and per meeting;
- aggregate: people rolled up into their organisations, for networks too large to draw;
- render: offline HTML pictures with pyvis's bundled vis-network;
- views: one view as the CLI and the pages show it (projection, aggregation, analysis, picture);
- export: GEXF and GraphML for Gephi.
"""
