"""A generator of synthetic Swedish meeting protocols with answer keys (issue 13): see README.md."""
