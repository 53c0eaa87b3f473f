#!/usr/bin/env python3
"""After Trunk has built the app (a Trunk post_build hook; or by hand: postbuild.py DIR):

1. Content-Security-Policy: a <meta> in index.html allowing only this site's own files, the
   hashes of the inline scripts Trunk wrote (no 'unsafe-inline'), and 'wasm-unsafe-eval'.
2. sw.js: the service worker, from scripts/sw.js.in, with this build's id and the list of
   every file in the build (so its precache can be neither stale nor incomplete).
3. minusma-explorer-offline.html: the one-file edition — JS, wasm (base64), CSS and icon
   inlined — that works opened from disk (file://), with its own strict CSP.

Idempotent: running it again on the same directory gives the same files.
"""

import base64
from html import escape as html_escape
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ONE_FILE = "minusma-explorer-offline.html"
GENERATED = {"sw.js", ONE_FILE}
HERE = Path(__file__).resolve().parent


def sha256_b64(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def fail(msg: str) -> None:
    print(f"postbuild: {msg}", file=sys.stderr)
    sys.exit(1)


def find(pattern: str, text: str, what: str) -> str:
    m = re.search(pattern, text)
    if not m:
        fail(f"cannot find {what} in index.html (pattern {pattern!r})")
    return m.group(1)


def attr(tag: str, name: str) -> str | None:
    """An attribute's value in a tag, quoted or not (Trunk's minifier drops the quotes)."""
    m = re.search(rf'\s{name}=(?:"([^"]*)"|([^\s>]+))', tag)
    return None if m is None else (m.group(1) if m.group(1) is not None else m.group(2))


def link(html: str, rel: str) -> str:
    """The local file a <link rel=...> points at."""
    for tag in re.findall(r"<link\b[^>]*>", html):
        href = attr(tag, "href")
        if attr(tag, "rel") == rel and href and href.startswith("./"):
            return href[2:]
    fail(f"cannot find <link rel={rel}> in index.html")
    return ""


def csp_meta(policy: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'


def secure_index(d: Path) -> str:
    index = d / "index.html"
    html = index.read_text(encoding="utf-8")
    html = re.sub(r'\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    scripts = re.findall(r'<script type="?module"?>(.*?)</script>', html, re.S)
    hashes = " ".join(f"'sha256-{sha256_b64(s)}'" for s in scripts)
    policy = (
        "default-src 'self'; "
        f"script-src 'self' {hashes} 'wasm-unsafe-eval'; "
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "manifest-src 'self'; worker-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    charset = re.search(r'<meta charset="?utf-8"?\s*/?>', html, re.I)
    if charset is None:
        fail("index.html has no <meta charset=utf-8> to put the CSP after")
    at = charset.end()
    html = f"{html[:at]}\n    {csp_meta(policy)}{html[at:]}"
    index.write_text(html, encoding="utf-8")
    return html


def service_worker(d: Path) -> None:
    files = sorted(
        p.relative_to(d).as_posix()
        for p in d.rglob("*")
        if p.is_file() and p.name not in GENERATED
    )
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode())
        h.update(b"\0")
        h.update((d / f).read_bytes())
    build = h.hexdigest()[:16]
    template = (HERE / "sw.js.in").read_text(encoding="utf-8")
    sw = template.replace("__BUILD__", build).replace("__FILES__", json.dumps(files))
    (d / "sw.js").write_text(sw, encoding="utf-8")
    print(f"postbuild: sw.js precaches {len(files)} files, build {build}")


def one_file(d: Path, html: str) -> None:
    js = find(r"from '\./([^']+\.js)'", html, "the JS glue")
    wasm = find(r"module_or_path: '\./([^']+\.wasm)'", html, "the wasm module")
    css = link(html, "stylesheet")
    icon = link(html, "icon")
    glue = (d / js).read_text(encoding="utf-8")
    # The glue is an ES module; inlined, its exports are dropped and its init called directly.
    glue = re.sub(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export ", "", glue, flags=re.M)
    if "__wbg_init" not in glue:
        fail(f"{js}: no __wbg_init in the wasm-bindgen glue")
    b64 = base64.b64encode((d / wasm).read_bytes()).decode()
    script = (
        glue
        + "\nconst wasmBytes = Uint8Array.from(atob('"
        + b64
        + "'), (c) => c.charCodeAt(0));\nawait __wbg_init({ module_or_path: wasmBytes });\n"
    )
    style = (d / css).read_text(encoding="utf-8")
    # The French messages, which the web build fetches when French is chosen: a page opened
    # from disk may fetch nothing, so they travel in the page as text.
    messages = html_escape((d / "fr.tsv").read_text(encoding="utf-8"))
    icon_url = "data:image/svg+xml;base64," + base64.b64encode((d / icon).read_bytes()).decode()
    policy = (
        "default-src 'none'; "
        f"script-src 'sha256-{sha256_b64(script)}' 'wasm-unsafe-eval'; "
        f"style-src 'sha256-{sha256_b64(style)}'; img-src data:; "
        "object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    metas = "\n    ".join(
        t
        for t in re.findall(r"<meta\b[^>]*>", html)
        if attr(t, "name") in ("viewport", "description", "color-scheme")
    )
    page = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    {csp_meta(policy)}
    {metas}
    <title>MINUSMA Explorer (one-file edition)</title>
    <link rel="icon" href="{icon_url}" />
    <style>{style}</style>
  </head>
  <body>
    <noscript>MINUSMA Explorer needs WebAssembly and JavaScript enabled.</noscript>
    <div hidden id="messages-fr">{messages}</div>
    <script type="module">{script}</script>
  </body>
</html>
"""
    (d / ONE_FILE).write_text(page, encoding="utf-8")
    print(f"postbuild: {ONE_FILE} ({len(page.encode()):,} bytes)")


def main() -> None:
    d = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", ""))
    if not (d / "index.html").is_file():
        fail(f"{d}: no index.html (pass the built directory, or run as a Trunk hook)")
    html = secure_index(d)
    service_worker(d)
    one_file(d, html)


if __name__ == "__main__":
    main()
