"""Local debate outside the official site: web searches through SearXNG, classified results.

- `queries`: what is searched for each city (rules in citycrawl/data/offsite_queries.yaml);
- `search`: the SearXNG client (bounded, polite, every failure an answer with a status);
- `classify`: the verdict on one result (rules in citycrawl/data/offsite_rules.yaml);
- `measure`: the measure of a stored run, written to the database (citycrawl/storage/offsite.py).
"""
