"""The API documentation page /docs, offline: Swagger UI served from the files of the installed PyPI
package swagger-ui-py (never a CDN), with the page's language declared, a way back to the site and
a few style fixes so it meets WCAG 2.1 AA contrast."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse

ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css", "favicon-32x32.png": "image/png"}
PREFIX = "/docs/assets"


def swagger_ui_dir() -> Path:
    """The folder of Swagger UI's built files inside the installed swagger-ui-py package."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the package swagger-ui-py is not installed (scripts/setup.sh installs it)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    missing = [name for name in ASSETS if not (folder / name).is_file()]
    if missing:
        raise RuntimeError(f"Swagger UI files missing in {folder}: {', '.join(missing)}")
    return folder


def install_docs(app: FastAPI) -> None:
    """Add /docs (Swagger UI from local files), its assets under /docs/assets/ and the OAuth2 redirect
    page. The app must be created with docs_url=None and redoc_url=None (no CDN pages)."""
    folder = swagger_ui_dir()

    @app.get(PREFIX + "/{name}", include_in_schema=False)
    async def docs_asset(name: str) -> FileResponse:
        if name not in ASSETS:
            raise HTTPException(status_code=404, detail="no such file")
        return FileResponse(folder / name, media_type=ASSETS[name],
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        ui = get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json",
                                 title=f"{app.title} – API (OpenAPI)",
                                 swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
                                 swagger_css_url=f"{PREFIX}/swagger-ui.css",
                                 swagger_favicon_url=f"{PREFIX}/favicon-32x32.png",
                                 oauth2_redirect_url="/docs/oauth2-redirect",
                                 # deep links put a link inside each operation's button (nested controls)
                                 swagger_ui_parameters={"deepLinking": False})
        html = ui.body.decode("utf-8")
        html = html.replace("<html>", '<html lang="en">', 1)
        html = html.replace("</head>", '<link rel="stylesheet" href="/static/docs.css">\n</head>', 1)
        back = ('<header class="docs-site" role="banner"><a href="/" lang="sv">Samverkan Kalmar län</a> · '
                '<h1>API documentation (OpenAPI)</h1></header>\n<main id="main">')
        html = html.replace('<div id="swagger-ui">', back + '<div id="swagger-ui">', 1)
        html = html.replace("</body>", "</main>\n</body>", 1)
        return HTMLResponse(html)

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    async def docs_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()
