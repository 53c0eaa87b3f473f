//! Draws a [`Chart`] as inline SVG, with its legend, a detail line for the mark under the
//! pointer or focus, a "show as table" alternative and an SVG download.
//!
//! Coordinates are whole numbers in a fixed viewBox (the SVG scales to its box), so no float
//! formatting reaches the wasm. Colours are attributes rather than CSS so that a downloaded
//! SVG looks the same as on screen; text uses `currentColor` so dark mode works.

use leptos::ev;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::html::element::ElementChild;
use leptos::tachys::html::event::on;
use leptos::tachys::svg;
use leptos::tachys::view::add_attr::AddAnyAttr;

use super::{value_ticks, Chart, Layout, Mark, Shape};
use crate::views::download::save;

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

pub fn chart_view(chart: Chart) -> impl IntoView {
    let (detail, set_detail) = signal(String::new());
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
    let view_box = format!("0 0 {W} {height}");

    // Axes: value ticks (up for time charts, across for row charts), then years or row labels.
    let value_axis = ticks
        .iter()
        .map(|t| {
            let v = *t as f64;
            let label = crate::views::format::number(v);
            if is_time {
                let y = frame.y(v);
                view! { <g><line x1=frame.left x2=frame.right y1=y y2=y stroke="currentColor" stroke-opacity="0.15" /><text x=frame.left - 6 y=y + 4 text-anchor="end" font-size="12" fill="currentColor">{label}</text></g> }
            } else {
                let x = frame.x(v);
                view! { <g><line x1=x x2=x y1=frame.top y2=frame.bottom stroke="currentColor" stroke-opacity="0.15" /><text x=x y=frame.bottom + 16 text-anchor="middle" font-size="12" fill="currentColor">{label}</text></g> }
            }
        })
        .collect_view();
    let category_axis = if is_time {
        let (a, b) = (frame.x0 as i32, frame.x1 as i32);
        let every = if b - a > 12 { 2 } else { 1 };
        (a..=b)
            .filter(|y| (y - a) % every == 0)
            .map(|y| {
                let x = frame.x(y as f64);
                view! { <g><line x1=x x2=x y1=frame.bottom y2=frame.bottom + 5 stroke="currentColor" /><text x=x y=frame.bottom + 18 text-anchor="middle" font-size="12" fill="currentColor">{y.to_string()}</text></g> }
            })
            .collect_view()
            .into_any()
    } else {
        rows.iter()
            .enumerate()
            .map(|(i, l)| {
                let y = frame.top + ROW_H * i as i32 + ROW_H / 2 + 4;
                view! { <g><text x=frame.left - 8 y=y text-anchor="end" font-size="12" fill="currentColor">{l.clone()}</text></g> }
            })
            .collect_view()
            .into_any()
    };

    // Reference step lines.
    let lines = steps
        .iter()
        .map(|(s, pts)| {
            let mut d = String::new();
            for (i, (x, y)) in pts.iter().enumerate() {
                let (px, py) = (frame.x(*x), frame.y(*y));
                if i == 0 {
                    d.push_str(&format!("M{px} {py}"));
                } else {
                    d.push_str(&format!("H{px}V{py}"));
                }
            }
            let dash = if *s % 2 == 0 { "6 4" } else { "2 3" };
            view! { <g><path d=d fill="none" stroke=series[*s].colour stroke-width="2" stroke-dasharray=dash /></g> }
        })
        .collect_view();

    // Marks: each a link (focusable, Enter opens it) with a title for hover.
    let bar_counts = std::cell::RefCell::new(std::collections::BTreeMap::<i32, i32>::new());
    let placed = std::cell::RefCell::new(Vec::<(i32, i32)>::new());
    let mark_views = marks
        .iter()
        .map(|m: &Mark| {
            let s = &series[m.series];
            let label = m.label();
            let (mut cx, mut cy) = if is_time {
                (frame.x(m.x), frame.y(m.y))
            } else {
                let row = m.y as i32;
                // Several bars on one row stack.
                let mut counts = bar_counts.borrow_mut();
                let k = counts.entry(row).or_insert(0);
                *k += 1;
                (frame.x(m.x), frame.top + ROW_H * row + ROW_H / 2 + if bars { (*k - 1) * 8 - 4 } else { 0 })
            };
            if !bars {
                // Equal claims would hide one another: nudge each later one aside (down a row's
                // band for dots, along the time axis for dated marks), keeping it readable.
                let mut placed = placed.borrow_mut();
                let near = placed.iter().filter(|(x, y)| (x - cx).abs() < 9 && (y - cy).abs() < 9).count() as i32;
                // Alternate sides: +1, -1, +2, -2… steps.
                let step = if near % 2 == 1 { (near + 1) / 2 } else { -(near / 2) };
                if is_time {
                    cx += 10 * step;
                } else {
                    cy += 9 * step;
                }
                placed.push((cx, cy));
            }
            let fill = if s.reference { "none" } else { s.colour };
            let whisker = m.x_start.map(|x0| {
                let x0 = frame.x(x0);
                view! { <line x1=x0 x2=cx y1=cy y2=cy stroke=s.colour stroke-width="2" /> }
            });
            let shape = if bars {
                let w = (cx - frame.left).max(2);
                view! { <rect x=frame.left y=cy - 3 width=w height="7" fill=s.colour class="mark" /> }.into_any()
            } else {
                // Hollow (reference) marks must still catch the pointer inside, not only on their outline.
                view! { <path d=shape_path(s.shape, cx, cy) fill=fill stroke=s.colour stroke-width="2" pointer-events="all" class="mark" /> }.into_any()
            };
            let show = label.clone();
            let show2 = label.clone();
            let aria = label.clone();
            let href = if m.href.is_empty() { None } else { Some(m.href.clone()) };
            // Built without `view!`: the macro makes `a` and `title` HTML elements even inside
            // an `<svg>`, where the browser then draws nothing.
            let link = svg::a()
                .child((shape, svg::title().child(label)))
                .add_any_attr(custom_attribute("href", href))
                .add_any_attr(custom_attribute("aria-label", aria))
                .add_any_attr(on(ev::mouseenter, move |_| set_detail.set(show.clone())))
                .add_any_attr(on(ev::focusin, move |_| set_detail.set(show2.clone())));
            view! { <g>{whisker}{link}</g> }
        })
        .collect_view();

    let legend = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = legend_top + LEGEND_ROW * i as i32;
            let fill = if s.reference { "none" } else { s.colour };
            view! {
                <g>
                    <path d=shape_path(s.shape, frame.left.min(80), y) fill=fill stroke=s.colour stroke-width="2" />
                    <text x=frame.left.min(80) + 14 y=y + 4 font-size="12" fill="currentColor">{s.name.clone()}</text>
                </g>
            }
        })
        .collect_view();

    let empty = marks.iter().all(|m| !m.internal).then(|| {
        view! { <p class="meta">"No claim matches the filters; only reference figures (if any) are drawn."</p> }
    });

    // The table alternative: the same marks, in words, with their links.
    let table_rows = marks
        .iter()
        .map(|m| {
            let s = &series[m.series];
            let link = if m.href.is_empty() {
                view! { <span>{m.source.clone()}</span> }.into_any()
            } else {
                view! { <a href=m.href.clone() rel=(!m.internal).then_some("noopener noreferrer")>{m.source.clone()}</a> }.into_any()
            };
            view! {
                <tr>
                    <td data-label="Series">{s.name.clone()}</td>
                    <td data-label="Value" class="num">{m.value.clone()}</td>
                    <td data-label="Unit">{m.unit.clone()}</td>
                    <td data-label="When">{m.date.clone()}</td>
                    <td data-label="About">{m.subject.clone()}</td>
                    <td data-label="Source">{link}</td>
                </tr>
            }
        })
        .collect_view();

    let download = move |_| {
        let svg = document().get_element_by_id(id).map(|e| e.outer_html());
        if let Some(svg) = svg {
            let _ = save(
                &format!("{id}.svg"),
                "image/svg+xml",
                &format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
            );
        }
    };
    let heading = format!("{id}-h");
    let desc_id = format!("{id}-d");
    let (heading2, desc_id2) = (heading.clone(), desc_id.clone());
    view! {
        <section class="chart" aria-labelledby=heading2>
            <h2 id=heading>{title}</h2>
            <p class="meta" id=desc_id2>{description}</p>
            {empty}
            <div class="plot">
            <svg id=id xmlns="http://www.w3.org/2000/svg" viewBox=view_box role="group" aria-describedby=desc_id font-family="system-ui, sans-serif">
                {svg::title().child(title)}
                <g>{value_axis}{category_axis}</g>
                <g><line x1=frame.left x2=frame.left y1=frame.top y2=frame.bottom stroke="currentColor" /><line x1=frame.left x2=frame.right y1=frame.bottom y2=frame.bottom stroke="currentColor" /></g>
                <g>{lines}</g>
                <g>{mark_views}</g>
                <g>{legend}</g>
            </svg>
            </div>
            <p class="chart-detail" aria-live="polite">{move || { let d = detail.get(); if d.is_empty() { "Hover or focus a mark for its details; click or press Enter to open its source.".to_string() } else { d } }}</p>
            <p class="row"><button type="button" on:click=download>"Download SVG"</button></p>
            <details class="chart-table">
                <summary>"Show as table"</summary>
                <div class="table-wrap">
                    <table class="stack">
                        <caption class="visually-hidden">{title}</caption>
                        <thead><tr><th scope="col">"Series"</th><th scope="col">"Value"</th><th scope="col">"Unit"</th><th scope="col">"When"</th><th scope="col">"About"</th><th scope="col">"Source"</th></tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
