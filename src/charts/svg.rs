//! Draws a [`Chart`] as inline SVG, with its legend, a detail line for the mark under the
//! pointer or focus, a "show as table" alternative and an SVG download.
//!
//! Coordinates are whole numbers in a fixed viewBox (the SVG scales to its box), so no float
//! formatting reaches the wasm. Colours are attributes rather than CSS so that a downloaded
//! SVG looks the same as on screen; text uses `currentColor` so dark mode works.

use leptos::prelude::document;

use super::{value_ticks, Chart, Layout, Mark, Shape};
use crate::dom::{h, s, El, Node};
use crate::views::download::save;
use crate::views::format::{cell, col};

const W: i32 = 760;
const TIME_H: i32 = 300;
const ROW_H: i32 = 30;
const TOP: i32 = 14;
const LEGEND_ROW: i32 = 20;

/// A shape centred on (x, y) as a path.
fn shape_path(shape: Shape, x: i32, y: i32) -> String {
    match shape {
        Shape::Circle => format!("M{} {y}a6 6 0 1 0 12 0a6 6 0 1 0 -12 0z", x - 6),
        Shape::Square => format!("M{} {}h11v11h-11z", x - 5, y - 5),
        Shape::Triangle => format!("M{x} {}l7 12h-14z", y - 7),
        Shape::Diamond => format!("M{x} {}l7 7l-7 7l-7 -7z", y - 7),
    }
}

/// Where the plot sits in the viewBox and how values map onto it.
struct Frame {
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    x0: f64,
    x1: f64,
    y_top: f64,
}

impl Frame {
    fn x(&self, v: f64) -> i32 {
        let span = (self.x1 - self.x0).max(1e-9);
        self.left + ((v - self.x0) / span * (self.right - self.left) as f64).round() as i32
    }
    /// Values up (time charts).
    fn y(&self, v: f64) -> i32 {
        self.bottom - (v / self.y_top.max(1e-9) * (self.bottom - self.top) as f64).round() as i32
    }
}

/// A line from (x1, y1) to (x2, y2) in `stroke` (`currentColor`: the text colour).
fn line(x1: i32, x2: i32, y1: i32, y2: i32, stroke: &str) -> El {
    s("line")
        .a("x1", x1.to_string())
        .a("x2", x2.to_string())
        .a("y1", y1.to_string())
        .a("y2", y2.to_string())
        .a("stroke", stroke)
}

/// A label at (x, y) in the text colour.
fn label(x: i32, y: i32, anchor: Option<&'static str>, t: impl Into<String>) -> El {
    s("text")
        .a("x", x.to_string())
        .a("y", y.to_string())
        .opt("text-anchor", anchor)
        .a("font-size", "12")
        .a("fill", "currentColor")
        .t(t)
}

/// A mark's or legend entry's shape.
fn shape(sh: Shape, x: i32, y: i32, fill: &str, colour: &str) -> El {
    s("path")
        .a("d", shape_path(sh, x, y))
        .a("fill", fill)
        .a("stroke", colour)
        .a("stroke-width", "2")
}

/// What the detail line says when no mark is under the pointer or focus.
const DETAIL_HINT: &str =
    "Hover or focus a mark for its details; click or press Enter to open its source.";

pub fn chart_view(chart: Chart) -> El {
    let Chart {
        id,
        title,
        description,
        layout,
        series,
        marks,
        steps,
    } = chart;

    // Geometry.
    let rows = match &layout {
        Layout::Rows { labels, .. } => labels.clone(),
        Layout::Time => Vec::new(),
    };
    let is_time = matches!(layout, Layout::Time);
    let bars = matches!(layout, Layout::Rows { bars: true, .. });
    let plot_h = if is_time {
        TIME_H
    } else {
        ROW_H * rows.len().max(1) as i32
    };
    let value_max = if is_time {
        marks.iter().map(|m| m.y).fold(0.0, f64::max)
    } else {
        marks.iter().map(|m| m.x).fold(0.0, f64::max)
    };
    let (ticks, top_value) = value_ticks(value_max * 1.05);
    let frame = if is_time {
        let xs = marks.iter().flat_map(|m| [Some(m.x), m.x_start]).flatten();
        let lo = xs.clone().fold(f64::INFINITY, f64::min);
        let hi = xs.fold(f64::NEG_INFINITY, f64::max);
        let (lo, hi) = if lo.is_finite() {
            (lo.floor(), hi.floor() + 1.0)
        } else {
            (2013.0, 2024.0)
        };
        Frame {
            left: 64,
            right: W - 16,
            top: TOP,
            bottom: TOP + plot_h,
            x0: lo,
            x1: hi,
            y_top: top_value as f64,
        }
    } else {
        Frame {
            left: 200,
            right: W - 24,
            top: TOP,
            bottom: TOP + plot_h,
            x0: 0.0,
            x1: top_value as f64,
            y_top: 1.0,
        }
    };
    let legend_top = frame.bottom + 40;
    let height = legend_top + LEGEND_ROW * series.len() as i32 + 8;

    // Axes: value ticks (up for time charts, across for row charts), then years or row labels.
    let mut axes = s("g");
    for t in &ticks {
        let v = *t as f64;
        let text = crate::views::format::number(v);
        let (grid, tick) = if is_time {
            let y = frame.y(v);
            (
                line(frame.left, frame.right, y, y, "currentColor"),
                label(frame.left - 6, y + 4, Some("end"), text),
            )
        } else {
            let x = frame.x(v);
            (
                line(x, x, frame.top, frame.bottom, "currentColor"),
                label(x, frame.bottom + 16, Some("middle"), text),
            )
        };
        axes = axes.c(s("g").c(grid.a("stroke-opacity", "0.15")).c(tick));
    }
    if is_time {
        let (a, b) = (frame.x0 as i32, frame.x1 as i32);
        let every = if b - a > 12 { 2 } else { 1 };
        for y in (a..=b).filter(|y| (y - a) % every == 0) {
            let x = frame.x(y as f64);
            axes = axes.c(s("g")
                .c(line(x, x, frame.bottom, frame.bottom + 5, "currentColor"))
                .c(label(x, frame.bottom + 18, Some("middle"), y.to_string())));
        }
    } else {
        for (i, l) in rows.iter().enumerate() {
            let y = frame.top + ROW_H * i as i32 + ROW_H / 2 + 4;
            axes = axes.c(s("g").c(label(frame.left - 8, y, Some("end"), l)));
        }
    }

    // Reference step lines.
    let lines = steps.iter().map(|(sr, pts)| {
        let mut d = String::new();
        for (i, (x, y)) in pts.iter().enumerate() {
            let (px, py) = (frame.x(*x), frame.y(*y));
            if i == 0 {
                d.push_str(&format!("M{px} {py}"));
            } else {
                d.push_str(&format!("H{px}V{py}"));
            }
        }
        let dash = if *sr % 2 == 0 { "6 4" } else { "2 3" };
        s("g")
            .c(s("path")
                .a("d", d)
                .a("fill", "none")
                .a("stroke", series[*sr].colour)
                .a("stroke-width", "2")
                .a("stroke-dasharray", dash))
            .into()
    });

    // Marks: each a link (focusable, Enter opens it) with a title for hover; hovering or
    // focusing one writes its details under the chart.
    let detail_id = format!("{id}-detail");
    // Bars drawn so far on each row (rows are few).
    let mut bar_counts = vec![0i32; rows.len()];
    let mut placed = Vec::<(i32, i32)>::new();
    let mut mark_group = s("g");
    for m in &marks {
        let m: &Mark = m;
        let sr = &series[m.series];
        let text = m.label();
        let (mut cx, mut cy) = if is_time {
            (frame.x(m.x), frame.y(m.y))
        } else {
            let row = m.y as i32;
            // Several bars on one row stack.
            let k = match bar_counts.get_mut(row as usize) {
                Some(k) => {
                    *k += 1;
                    *k
                }
                None => 1,
            };
            (
                frame.x(m.x),
                frame.top + ROW_H * row + ROW_H / 2 + if bars { (k - 1) * 8 - 4 } else { 0 },
            )
        };
        if !bars {
            // Equal claims would hide one another: nudge each later one aside (down a row's
            // band for dots, along the time axis for dated marks), keeping it readable.
            let near = placed
                .iter()
                .filter(|(x, y)| (x - cx).abs() < 9 && (y - cy).abs() < 9)
                .count() as i32;
            // Alternate sides: +1, -1, +2, -2… steps.
            let step = if near % 2 == 1 {
                (near + 1) / 2
            } else {
                -(near / 2)
            };
            if is_time {
                cx += 10 * step;
            } else {
                cy += 9 * step;
            }
            placed.push((cx, cy));
        }
        let fill = if sr.reference { "none" } else { sr.colour };
        let mut g = s("g");
        if let Some(x0) = m.x_start {
            g = g.c(line(frame.x(x0), cx, cy, cy, sr.colour).a("stroke-width", "2"));
        }
        let mark = if bars {
            s("rect")
                .a("x", frame.left.to_string())
                .a("y", (cy - 3).to_string())
                .a("width", (cx - frame.left).max(2).to_string())
                .a("height", "7")
                .a("fill", sr.colour)
        } else {
            // Hollow (reference) marks must still catch the pointer inside, not only on
            // their outline. A date assumed from the text's own date is drawn faded.
            let sh = shape(sr.shape, cx, cy, fill, sr.colour).a("pointer-events", "all");
            if m.assumed_date {
                sh.a("fill-opacity", "0.35").a("stroke-dasharray", "2 1")
            } else {
                sh
            }
        };
        let (show, show2, at, at2) = (
            text.clone(),
            text.clone(),
            detail_id.clone(),
            detail_id.clone(),
        );
        let link = s("a")
            .opt("href", (!m.href.is_empty()).then(|| m.href.clone()))
            .a("aria-label", &text)
            .c(mark.class("mark"))
            .c(s("title").t(text))
            .on("mouseover", move |_| show_detail(&at, &show))
            .on("focusin", move |_| show_detail(&at2, &show2));
        mark_group = mark_group.c(g.c(link));
    }

    let legend = series.iter().enumerate().map(|(i, sr)| {
        let y = legend_top + LEGEND_ROW * i as i32;
        let x = frame.left.min(80);
        let fill = if sr.reference { "none" } else { sr.colour };
        s("g")
            .c(shape(sr.shape, x, y, fill, sr.colour))
            .c(label(x + 14, y + 4, None, &sr.name))
            .into()
    });

    // The table alternative: the same marks, in words, with their links.
    let table_rows = marks.iter().map(|m| {
        let sr = &series[m.series];
        let source: Node = if m.href.is_empty() {
            h("span").t(&m.source).into()
        } else {
            h("a")
                .a("href", &m.href)
                .opt("rel", (!m.internal).then_some("noopener noreferrer"))
                .t(&m.source)
                .into()
        };
        h("tr")
            .c(cell("Series").t(&sr.name))
            .c(cell("Value").class("num").t(&m.value))
            .c(cell("Unit").t(&m.unit))
            .c(cell("When").t(&m.date))
            .c(cell("About").t(&m.subject))
            .c(cell("Source").c(source))
            .into()
    });

    let svg = s("svg")
        .id(id)
        .a("xmlns", "http://www.w3.org/2000/svg")
        .a("viewBox", format!("0 0 {W} {height}"))
        .a("role", "group")
        .a("aria-describedby", format!("{id}-d"))
        .a("font-family", "system-ui, sans-serif")
        .c(s("title").t(title))
        .c(axes)
        .c(s("g")
            .c(line(
                frame.left,
                frame.left,
                frame.top,
                frame.bottom,
                "currentColor",
            ))
            .c(line(
                frame.left,
                frame.right,
                frame.bottom,
                frame.bottom,
                "currentColor",
            )))
        .c(s("g").cs(lines))
        .c(mark_group)
        .c(s("g").cs(legend));
    let mut section = h("section")
        .class("chart")
        .a("aria-labelledby", format!("{id}-h"))
        .c(h("h2").id(format!("{id}-h")).t(title))
        .c(h("p").class("meta").id(format!("{id}-d")).t(description));
    if marks.iter().all(|m| !m.internal) {
        section = section.c(h("p")
            .class("meta")
            .t("No claim matches the filters; only reference figures (if any) are drawn."));
    }
    section
        .c(h("div").class("plot").c(svg))
        .c(h("p")
            .class("chart-detail")
            .id(detail_id)
            .a("aria-live", "polite")
            .t(DETAIL_HINT))
        .c(h("p").class("row").c(h("button")
            .a("type", "button")
            .t("Download SVG")
            .on("click", move |_| download(id))))
        .c(h("details")
            .class("chart-table")
            .c(h("summary").t("Show as table"))
            .c(h("div").class("table-wrap").c(h("table")
                .class("stack")
                .c(h("caption").class("visually-hidden").t(title))
                .c(h("thead").c(h("tr").cs([
                    col("Series"),
                    col("Value"),
                    col("Unit"),
                    col("When"),
                    col("About"),
                    col("Source"),
                ])))
                .c(h("tbody").cs(table_rows)))))
}

/// Writes a mark's details into the chart's detail line (straight into the page: the line is
/// a live region, and hovering must not redraw the view).
fn show_detail(id: &str, text: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_text_content(Some(text));
    }
}

/// Saves the chart as a standalone SVG file, exactly as drawn.
fn download(id: &str) {
    if let Some(svg) = document().get_element_by_id(id).map(|e| e.outer_html()) {
        let _ = save(
            &format!("{id}.svg"),
            "image/svg+xml",
            &format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
        );
    }
}
