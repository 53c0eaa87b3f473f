//! Map (`#/map?at=Gao`): Mali, its regions and its neighbours drawn from bundled Natural Earth
//! outlines (`corpus/data/map.tsv`; no tiles, no request), each place the kept documents name
//! as a circle sized by its mentions and facts, each region shaded by the same count. A place
//! is a link (Tab, Enter): chosen, it lists its passages and facts, each opening the reader.
//! A table lists every place, mapped or not, and exports as CSV. The filters are the Facts
//! view's.

use std::sync::OnceLock;

use corpus::corpus::Corpus;
use corpus::entities::{EntityKind, EntityMention};
use corpus::export::csv_field;
use corpus::facts::Fact;
use corpus::kwic::line_around;
use corpus::sorting::sort_by;
use leptos::prelude::{Get, RwSignal, Set};
use leptos::web_sys::Event;

use super::download::save;
use super::facets::{doc_title, facet_panel};
use super::facts::matching;
use super::format::{cell, claim_summary, col, count, doc_href_with, link};
use crate::dom::{h, s, Node};
use crate::route::Loc;
use crate::state::{encode, Filters};

const PATH: &str = "/map";
/// Passages listed for a chosen place before "show all".
const FIRST_PASSAGES: usize = 12;
/// Places named on the map itself (the busiest); the rest by their tooltip and the table.
const NAMED: usize = 8;

/// The outlines' projection: `x = (lon - lon_min) * scale * units`, `y = (lat_max - lat) * units`.
struct Frame {
    lon_min: f64,
    lat_max: f64,
    units: f64,
    scale: f64,
    width: i32,
    height: i32,
}

struct Shape {
    /// "country", "mali" or "region".
    kind: &'static str,
    name: &'static str,
    label: Option<(i32, i32)>,
    d: &'static str,
}

struct Outlines {
    frame: Frame,
    shapes: Vec<Shape>,
}

/// The bundled outlines, parsed once. A malformed line is skipped (the file is the project's
/// own and checked by a test), so the map degrades to fewer shapes, never to an error.
fn outlines() -> &'static Outlines {
    static OUTLINES: OnceLock<Outlines> = OnceLock::new();
    OUTLINES.get_or_init(|| parse(include_str!("../../corpus/data/map.tsv")))
}

fn parse(src: &'static str) -> Outlines {
    let mut frame = Frame {
        lon_min: 0.0,
        lat_max: 0.0,
        units: 1.0,
        scale: 1.0,
        width: 1,
        height: 1,
    };
    let mut shapes = Vec::new();
    for line in src.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&'static str> = line.split('\t').collect();
        let num = |i: usize| f.get(i).and_then(|v| decimal(v));
        match f.first() {
            Some(&"frame") => {
                if let (Some(a), Some(b), Some(c), Some(d), Some(w), Some(ht)) =
                    (num(1), num(2), num(3), num(4), num(5), num(6))
                {
                    frame = Frame {
                        lon_min: a,
                        lat_max: b,
                        units: c,
                        scale: d,
                        width: w as i32,
                        height: ht as i32,
                    };
                }
            }
            Some(&kind) if f.len() == 5 => shapes.push(Shape {
                kind,
                name: f[1],
                label: num(2).zip(num(3)).map(|(x, y)| (x as i32, y as i32)),
                d: f[4],
            }),
            _ => {}
        }
    }
    Outlines { frame, shapes }
}

/// "-14.6" as a number. By hand: `str::parse::<f64>` brings ~20 KB of exact float parsing into
/// the wasm for the six numbers of this file.
fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let negative = int.starts_with('-');
    let whole = int.trim_start_matches('-').parse::<u32>().ok()? as f64;
    let mut part = 0.0;
    let mut scale = 1.0;
    for b in frac.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        scale /= 10.0;
        part += f64::from(b - b'0') * scale;
    }
    let v = whole + part;
    Some(if negative { -v } else { v })
}

impl Frame {
    /// Frame units for (latitude, longitude), or None outside the frame.
    fn project(&self, (lat, lon): (f64, f64)) -> Option<(i32, i32)> {
        let x = ((lon - self.lon_min) * self.scale * self.units).round() as i32;
        let y = ((self.lat_max - lat) * self.units).round() as i32;
        ((0..=self.width).contains(&x) && (0..=self.height).contains(&y)).then_some((x, y))
    }
}

/// A place the kept documents name, with what they say there.
struct Place<'a> {
    name: String,
    subtype: String,
    region: Option<String>,
    coords: Option<(f64, f64)>,
    mentions: Vec<&'a EntityMention>,
    facts: Vec<&'a Fact>,
}

impl Place<'_> {
    fn weight(&self) -> usize {
        self.mentions.len() + self.facts.len()
    }
    fn docs(&self) -> usize {
        let mut ids: Vec<&str> = self.mentions.iter().map(|m| m.doc.0.as_str()).collect();
        ids.extend(self.facts.iter().map(|f| f.doc.0.as_str()));
        sort_by(&mut ids, |a, b| a.cmp(b));
        ids.dedup();
        ids.len()
    }
    /// Drawn as a circle: a town, city or village with known coordinates in the frame (a
    /// country or region is shown by its shading and the table, not as a point).
    fn point(&self) -> Option<(i32, i32)> {
        if matches!(
            self.subtype.as_str(),
            "country" | "region" | "area" | "road"
        ) {
            return None;
        }
        outlines().frame.project(self.coords?)
    }
}

/// The places of the documents the filters keep (all documents when nothing is chosen),
/// busiest first; ties by name.
fn places<'a>(c: &'a Corpus, f: &Filters, facts: &[&'a Fact]) -> Vec<Place<'a>> {
    let all = f.selected.is_empty() && f.q.is_empty();
    let mut docs: Vec<&str> = facts.iter().map(|x| x.doc.0.as_str()).collect();
    sort_by(&mut docs, |a, b| a.cmp(b));
    docs.dedup();
    let mut out: Vec<Place> = Vec::new();
    for m in c.entities.iter().filter(|m| m.kind == EntityKind::Place) {
        if !all && docs.binary_search(&m.doc.0.as_str()).is_err() {
            continue;
        }
        match out.iter_mut().find(|p| p.name == m.name) {
            Some(p) => p.mentions.push(m),
            None => out.push(Place {
                name: m.name.clone(),
                subtype: m.subtype.clone(),
                region: m.region.clone(),
                coords: m.coords,
                mentions: vec![m],
                facts: Vec::new(),
            }),
        }
    }
    for p in &mut out {
        p.facts = facts
            .iter()
            .filter(|x| x.places.contains(&p.name))
            .copied()
            .collect();
    }
    sort_by(&mut out, |a, b| {
        b.weight().cmp(&a.weight()).then(a.name.cmp(&b.name))
    });
    out
}

/// A circle's radius in frame units: its area grows with the count.
fn radius(weight: usize) -> i32 {
    (5.0 + 3.2 * (weight as f64).sqrt()).min(26.0).round() as i32
}

fn map_href(f: &Filters, at: Option<&str>) -> String {
    let mut q = f.to_query_string();
    if let Some(at) = at {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str("at=");
        q.push_str(&encode(at));
    }
    if q.is_empty() {
        PATH.to_string()
    } else {
        format!("{PATH}?{q}")
    }
}

fn describe(p: &Place) -> String {
    format!(
        "{}: {}, {} {} {}",
        p.name,
        count(p.mentions.len(), "mention"),
        count(p.facts.len(), "fact"),
        crate::i18n::t("in"),
        count(p.docs(), "document")
    )
}

fn svg(ps: &[Place], f: &Filters, chosen: Option<&str>) -> Node {
    let o = outlines();
    // A region's shade: the mentions and facts of its places, relative to the busiest region.
    let region_weight = |r: &str| -> usize {
        ps.iter()
            .filter(|p| p.region.as_deref() == Some(r))
            .map(Place::weight)
            .sum()
    };
    let top = o
        .shapes
        .iter()
        .filter(|x| x.kind == "region")
        .map(|x| region_weight(x.name))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut g = s("svg")
        .a(
            "viewBox",
            format!("0 0 {} {}", o.frame.width, o.frame.height),
        )
        .a("role", "group")
        .a(
            "aria-label",
            "Map of Mali and its neighbours: each circle is a place the documents name; it opens the place's passages",
        )
        .class("map-svg");
    for x in o.shapes.iter().filter(|x| x.kind != "region") {
        g = g.c(s("path")
            .a("d", x.d)
            .class(if x.kind == "mali" { "mali" } else { "land" }));
    }
    for x in o.shapes.iter().filter(|x| x.kind == "region") {
        let w = region_weight(x.name);
        // Five steps of shade, so the legend can say what each means.
        let step = if w == 0 { 0 } else { 1 + (w * 4 - 1) / top };
        g = g.c(s("path")
            .a("d", x.d)
            .a("class", format!("region shade{step}"))
            .c(s("title").t(format!(
                "{} region: {}",
                x.name,
                count(w, "mention or fact")
            ))));
    }
    // Largest first, so small circles stay on top and clickable.
    let mut drawn: Vec<(&Place, (i32, i32))> = ps
        .iter()
        .filter_map(|p| p.point().map(|xy| (p, xy)))
        .collect();
    sort_by(&mut drawn, |a, b| b.0.weight().cmp(&a.0.weight()));
    let named = |i: usize, p: &Place| i < NAMED || chosen == Some(p.name.as_str());
    for x in &o.shapes {
        let Some((lx, ly)) = x.label else { continue };
        // A region's name gives way to a named place drawn near it ("Gao" the town in Gao).
        let crowded = x.kind == "region"
            && drawn.iter().enumerate().any(|(i, (p, (px, py)))| {
                named(i, p) && (px - lx).abs() < 60 && (py - ly).abs() < 22
            });
        if !crowded {
            g = g.c(s("text")
                .a("x", lx.to_string())
                .a("y", ly.to_string())
                .a("class", if x.kind == "region" { "rname" } else { "cname" })
                .a("text-anchor", "middle")
                .a("aria-hidden", "true")
                .t(x.name));
        }
    }
    for (i, (p, (x, y))) in drawn.iter().enumerate() {
        let r = radius(p.weight());
        let what = describe(p);
        let on = chosen == Some(p.name.as_str());
        let mut a = s("a")
            .a("href", crate::route::href(&map_href(f, Some(&p.name))))
            .a("aria-label", &what)
            .class("place")
            .c(s("title").t(&what))
            .c(s("circle")
                .a("cx", x.to_string())
                .a("cy", y.to_string())
                .a("r", r.to_string())
                .a("class", if on { "dot on" } else { "dot" }));
        if named(i, p) {
            a = a.c(s("text")
                .a("x", (x + r + 3).to_string())
                .a("y", (y + 5).to_string())
                .a("class", "pname")
                .t(&p.name));
        }
        g = g.c(a);
    }
    h("figure")
        .class("map")
        .c(g)
        .c(h("figcaption").class("meta").t(
            "Circles: places the documents name, sized by their mentions and facts. Regions are shaded by the mentions and facts of their places (darker: more). Outlines: Natural Earth, public domain; its regions predate Ménaka and Taoudénit, which lie within Gao and Timbuktu here.",
        ))
        .into()
}

/// The chosen place's panel: what it is, its facts and its passages.
fn detail(c: &'static Corpus, p: &Place, f: &Filters, all: bool) -> Node {
    let mut panel = h("section")
        .class("place-detail")
        .a("aria-labelledby", "place-h")
        .c(h("h2").id("place-h").t(&p.name))
        .c(h("p").class("meta").t(format!(
            "{}{} — {}",
            crate::i18n::t(&p.subtype),
            p.region
                .as_deref()
                .filter(|r| *r != p.name)
                .map(|r| format!(", {}", crate::i18n::t(&format!("{r} region"))))
                .unwrap_or_default(),
            describe(p)
        )))
        .c(h("p").c(link(&map_href(f, None), "Close")));
    if !p.facts.is_empty() {
        let items = p.facts.iter().map(|x| -> Node {
            h("li")
                .t(claim_summary(x))
                .t(" ")
                .c(link_at(
                    &doc_href_with(&x.doc.0, &x.block, &format!("fact={}", encode(&x.id))),
                    "in context",
                ))
                .into()
        });
        panel = panel
            .c(h("h3").t(count(p.facts.len(), "fact")))
            .c(h("ul").class("place-facts").cs(items));
    }
    let shown = if all {
        p.mentions.len()
    } else {
        FIRST_PASSAGES.min(p.mentions.len())
    };
    let items = p.mentions[..shown].iter().map(|m| -> Node {
        let doc = c.docs.iter().find(|d| d.id == m.doc);
        let line = doc.and_then(|d| line_around(d, m.start, m.end));
        let href = doc_href_with(&m.doc.0, &m.block, &format!("q={}", encode(&m.text)));
        let mut li = h("li").c(h("span")
            .class("meta")
            .t(format!("{}: ", doc_title(c, &m.doc.0))));
        li = match line {
            Some(l) => li
                .t(l.left)
                .c(h("a").a("href", href).c(h("mark").t(l.hit)))
                .t(l.right),
            None => li.c(h("a").a("href", href).t(&m.text)),
        };
        li.into()
    });
    panel = panel
        .c(h("h3").t(count(p.mentions.len(), "passage")))
        .c(h("ul").class("passages").cs(items));
    if shown < p.mentions.len() {
        let mut q = map_href(f, Some(&p.name));
        q.push_str("&all=1");
        panel = panel.c(h("p").c(link(&q, format!("Show all {} passages", p.mentions.len()))));
    }
    panel.into()
}

fn link_at(href: &str, label: &str) -> Node {
    h("a").a("href", href).t(label).into()
}

/// The places as CSV, with where they are and what the documents say there.
fn csv(ps: &[Place]) -> String {
    let mut out = String::from("place,kind,region,latitude,longitude,mentions,facts,documents\n");
    for p in ps {
        let (lat, lon) = p
            .coords
            .map(|(a, b)| (number_exact(a), number_exact(b)))
            .unwrap_or_default();
        let cells = [
            p.name.clone(),
            p.subtype.clone(),
            p.region.clone().unwrap_or_default(),
            lat,
            lon,
            p.mentions.len().to_string(),
            p.facts.len().to_string(),
            p.docs().to_string(),
        ];
        let row: Vec<String> = cells.iter().map(|x| csv_field(x)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Degrees to four places, without float formatting (see ARCHITECTURE: it costs kilobytes).
fn number_exact(v: f64) -> String {
    corpus::export::decimal((v * 10_000.0).round() / 10_000.0)
}

pub fn map(c: &'static Corpus, l: &Loc, error: RwSignal<Option<String>>) -> Vec<Node> {
    let f = Filters::from_pairs(
        l.pairs()
            .iter()
            .filter(|(k, _)| k != "at" && k != "all")
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let at = l.param("at");
    let (facts, counts) = matching(c, &f);
    let ps = places(c, &f, &facts);
    let chosen = at.as_deref().and_then(|a| ps.iter().find(|p| p.name == a));
    let export = {
        let f = f.clone();
        move |_: &Event| {
            let (facts, _) = matching(c, &f);
            error.set(
                save(
                    "minusma-places.csv",
                    "text/csv",
                    &csv(&places(c, &f, &facts)),
                )
                .err(),
            );
        }
    };
    let mapped = ps.iter().filter(|p| p.point().is_some()).count();
    let mut body = h("section")
        .a("aria-labelledby", "map-h")
        .class("map-body")
        .c(h("h2").id("map-h").a("aria-live", "polite").t(format!(
            "{} named ({} on the map)",
            count(ps.len(), "place"),
            mapped
        )))
        .c(h("p").class("row").c(h("button")
            .a("type", "button")
            .t("Export places CSV")
            .on("click", export)));
    if let Some(e) = error.get() {
        body = body.c(h("p").class("errors").a("role", "alert").t(e));
    }
    if let (Some(a), None) = (&at, chosen) {
        body = body.c(h("p").class("errors").a("role", "status").t(format!(
            "No kept document names “{a}”; choose a place on the map or in the table."
        )));
    }
    let mut layout = h("div").class("map-layout").c(svg(&ps, &f, at.as_deref()));
    if let Some(p) = chosen {
        layout = layout.c(detail(c, p, &f, l.param("all").as_deref() == Some("1")));
    }
    let rows = ps.iter().map(|p| -> Node {
        h("tr")
            .c(cell("Place").c(link(&map_href(&f, Some(&p.name)), p.name.clone())))
            .c(cell("Kind").t(&p.subtype))
            .c(cell("Region").t(p.region.clone().unwrap_or_default()))
            .c(cell("Mentions")
                .class("num")
                .t(p.mentions.len().to_string()))
            .c(cell("Facts").class("num").t(p.facts.len().to_string()))
            .c(cell("Documents").class("num").t(p.docs().to_string()))
            .c(cell("On the map").t(if p.point().is_some() {
                "yes"
            } else if p.coords.is_none() {
                "no: position not known"
            } else {
                "no: shown by its area"
            }))
            .into()
    });
    body = body.c(layout).c(h("details")
        .class("map-table")
        .c(h("summary").t("Show as table"))
        .c(h("div").class("table-wrap").c(h("table")
            .class("stack")
            .c(h("caption")
                .class("visually-hidden")
                .t("Places the documents name, busiest first"))
            .c(h("thead").c(h("tr")
                .c(col("Place"))
                .c(col("Kind"))
                .c(col("Region"))
                .c(col("Mentions"))
                .c(col("Facts"))
                .c(col("Documents"))
                .c(col("On the map"))))
            .c(h("tbody").cs(rows)))));
    vec![
        h("h1").t("Map").into(),
        h("p")
            .class("meta")
            .t("Where the documents are set: every place they name, sized by how often, with its passages and facts. The filters are the Facts view's.")
            .into(),
        h("div")
            .class("search-layout")
            .c(facet_panel(c, &counts, &f, PATH))
            .c(body)
            .into(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_by_hand() {
        assert_eq!(decimal("-14.6"), Some(-14.6));
        assert_eq!(decimal("40"), Some(40.0));
        assert!((decimal("0.95372").unwrap() - 0.95372).abs() < 1e-12);
        assert_eq!(decimal("x"), None);
        assert_eq!(decimal("1.2e3"), None);
    }

    #[test]
    fn the_bundled_outlines_parse_whole() {
        let o = parse(include_str!("../../corpus/data/map.tsv"));
        assert!(o.frame.width > 500 && o.frame.height > 400);
        assert_eq!(o.shapes.iter().filter(|x| x.kind == "mali").count(), 1);
        let regions: Vec<&str> = o
            .shapes
            .iter()
            .filter(|x| x.kind == "region")
            .map(|x| x.name)
            .collect();
        for r in ["Gao", "Kidal", "Mopti", "Timbuktu", "Ségou"] {
            assert!(regions.contains(&r), "{r} missing from {regions:?}");
        }
        assert!(o
            .shapes
            .iter()
            .all(|x| x.d.starts_with('M') && x.d.ends_with('z')));
    }

    #[test]
    fn places_project_inside_their_region_s_side_of_the_frame() {
        let o = parse(include_str!("../../corpus/data/map.tsv"));
        // Bamako (12.64 N, 8.00 W) lies south-west of Gao (16.27 N, 0.04 W).
        let bamako = o.frame.project((12.6392, -8.0029)).unwrap();
        let gao = o.frame.project((16.2666, -0.04)).unwrap();
        assert!(bamako.0 < gao.0 && bamako.1 > gao.1);
        assert_eq!(o.frame.project((48.85, 2.35)), None, "Paris is off the map");
    }
}
