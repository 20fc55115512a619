"""SPARQLWrapper, with its default settings, against a kamergraph endpoint.

Usage: python3 sparqlwrapper-check.py ENDPOINT

Runs SELECT, ASK, CONSTRUCT and DESCRIBE queries as a user of SPARQLWrapper would (the default
return format first, then the others it offers) and fails on any error and on any warning.
"""
import sys
import warnings

warnings.simplefilter("error")  # a warning is a failure ("unknown response content type", …)
# except SPARQLWrapper 1.8's own calls of rdflib's deprecated graph.load(): nothing the server does
warnings.filterwarnings("ignore", category=DeprecationWarning)

from SPARQLWrapper import JSON, N3, RDFXML, TURTLE, XML, SPARQLWrapper  # noqa: E402

endpoint = sys.argv[1]
checks = [
    ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3", None),
    ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3", JSON),
    ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3", XML),
    ("ASK { ?s ?p ?o }", None),
    ("ASK { ?s ?p ?o }", JSON),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", None),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", N3),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", TURTLE),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", RDFXML),
    ("DESCRIBE <https://w3id.org/kamergraph/id/partij/vvd>", None),
    ("DESCRIBE <https://w3id.org/kamergraph/id/partij/vvd>", N3),
]
failed = 0
for query, fmt in checks:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    if fmt is not None:
        client.setReturnFormat(fmt)
    label = query.split()[0] + " as " + (fmt or "default")
    try:
        result = client.query().convert()
        if result is None or (hasattr(result, "__len__") and len(result) == 0):
            raise RuntimeError("empty result")
        print("ok", label)
    except Exception as e:  # every failure, warnings included, is reported and counted
        failed += 1
        print("FAILED", label, repr(e)[:300])
sys.exit(1 if failed else 0)
