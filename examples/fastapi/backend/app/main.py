from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

app = FastAPI(title="fastapi-example")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/api/items/{item_id}")
def item(item_id: int) -> dict[str, int | str]:
    return {"id": item_id, "name": f"item {item_id}"}


# The Vite build is copied to ./static in the image; serve it at /.
STATIC = Path(__file__).resolve().parent.parent / "static"
if STATIC.is_dir():
    app.mount("/", StaticFiles(directory=STATIC, html=True), name="static")
