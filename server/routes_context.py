"""The published JSON-LD context (/context.jsonld): short names for the ontology's terms and the other
vocabularies' terms the data uses, which every /id/ resource's JSON-LD refers to (graph/jsonld.py)."""

from __future__ import annotations

import json

from fastapi import APIRouter
from fastapi.responses import Response

from graph.jsonld import CONTEXT_PATH, context

router = APIRouter(tags=["Linked data"])


@router.get(CONTEXT_PATH, summary="The JSON-LD context of the resources' JSON-LD (short names for the terms)")
def jsonld_context() -> Response:
    body = json.dumps(context(), ensure_ascii=False, indent=1).encode("utf-8")
    return Response(body, media_type="application/ld+json", headers={"Cache-Control": "public, max-age=3600"})
