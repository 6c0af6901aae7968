"""Benchmarks, all in one room: `samverkan bench` (run.py) times the load, the example queries, our
server beside `oxigraph serve`, validation (validation.py), the network pictures (network.py) and the
web pages with a browser journey (pages.py), and writes BENCHMARKS.md."""
