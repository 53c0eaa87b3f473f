//! The file types a user may bring, reduced to the plain text [`super::ingest`] reads: `.txt`
//! as is, Markdown with its markup removed, HTML reduced to its readable text (scripts,
//! styles, navigation, headers, footers and forms dropped; each block element its own
//! paragraph; entities decoded). Anything else is refused, saying which types work.

use crate::error::CorpusError;

/// The extensions accepted, for messages and file pickers.
pub const ACCEPTED: &str = ".txt, .md or .html";

/// Elements whose content is never article text.
const DROPPED: [&str; 14] = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe",
    "template", "button", "select", "head",
];

/// Elements that end a paragraph.
const BLOCKS: [&str; 24] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "blockquote",
    "figure",
    "figcaption",
    "br",
    "hr",
    "dd",
    "dt",
    "pre",
];

/// What kind of file `name` is, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn of(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// The file's text as [`super::ingest`] should read it: the bytes unchanged for text, plain
/// text for Markdown and HTML (decoded first, as text files are).
pub fn plain_text(file: &str, bytes: &[u8]) -> Result<(Vec<u8>, Vec<String>), CorpusError> {
    let format = Format::of(file).ok_or_else(|| {
        CorpusError::new(
            file,
            None,
            format!("this type of file is not read: use {ACCEPTED}"),
        )
    })?;
    let feed = format == Format::Text && {
        let head = bytes.trim_ascii_start();
        head.starts_with(b"<?xml") || head.starts_with(b"<rss") || head.starts_with(b"<feed")
    };
    if format == Format::Text && !feed {
        return Ok((bytes.to_vec(), Vec::new()));
    }
    let mut decoded = super::decode::decode(file, bytes)?;
    let text = match format {
        Format::Html => html_text(&decoded.text),
        Format::Text => match feed_text(&decoded.text) {
            Some(t) => {
                decoded
                    .warnings
                    .push("read as a news feed (RSS or Atom): its markup was dropped".into());
                t
            }
            None => return Ok((bytes.to_vec(), Vec::new())),
        },
        Format::Markdown => markdown_text(&decoded.text),
    };
    if text.trim().is_empty() {
        return Err(CorpusError::new(
            file,
            None,
            "no readable text once the markup is removed",
        ));
    }
    Ok((text.into_bytes(), decoded.warnings))
}

/// An RSS or Atom feed saved as text: the channel's title, date and description, then each
/// item's title, date and description as paragraphs of their own, the markup dropped. A
/// feed's stories are many texts in one: each item's date line dates the story under it.
pub fn feed_text(src: &str) -> Option<String> {
    let (open, close) = if src.contains("<item") {
        ("<item", "</item>")
    } else {
        ("<entry", "</entry>")
    };
    let first = src.find(open)?;
    let mut out = String::new();
    let dates = [
        "pubDate",
        "lastBuildDate",
        "published",
        "updated",
        "dc:date",
    ];
    let texts = ["description", "summary", "content", "subtitle"];
    let mut push = |xml: &str| {
        let title = element(xml, "title");
        let date = dates.iter().find_map(|d| element(xml, d));
        let body = texts.iter().find_map(|d| element(xml, d));
        // The date first, as an article's dateline: it dates the title too.
        for part in [date, title, body].into_iter().flatten() {
            let text = inner_text(part);
            if !text.is_empty() {
                out.push_str(&text);
                out.push_str("\n\n");
            }
        }
    };
    push(&src[..first]);
    for item in src[first..].split(close) {
        if let Some(at) = item.find(open) {
            push(&item[at..]);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The content of the first `<name …>…</name>` element in `xml`.
fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = xml[from..].find(&format!("<{name}")) {
        let start = from + at + name.len() + 1;
        let rest = &xml[start..];
        // ("<title" is not "<titles>".)
        if rest.starts_with(['>', ' ', '\t', '\n', '\r']) {
            let body = &rest[rest.find('>')? + 1..];
            let end = body.find(&format!("</{name}>"))?;
            return Some(&body[..end]);
        }
        from = start;
    }
    None
}

/// An element's text: a CDATA section unwrapped, HTML inside it reduced to text, entities
/// decoded, white space squeezed.
fn inner_text(raw: &str) -> String {
    let raw = raw.trim();
    let raw = raw
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
        .unwrap_or(raw);
    let text = if raw.contains('<') {
        html_text(raw)
    } else {
        decode(raw)
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// HTML's readable text: the title as the first line, then each block as a paragraph.
pub fn html_text(src: &str) -> String {
    let Ok(dom) = tl::parse(src, tl::ParserOptions::default()) else {
        return String::new();
    };
    let parser = dom.parser();
    let mut out = String::new();
    let title = dom
        .query_selector("title")
        .and_then(|mut q| q.next())
        .and_then(|h| h.get(parser))
        .map(|n| n.inner_text(parser).to_string());
    if let Some(t) = title.filter(|t| !t.trim().is_empty()) {
        out.push_str(&decode(t.trim()));
        out.push_str("\n\n");
    }
    for h in dom.children() {
        walk(*h, parser, &mut out);
    }
    tidy(&out)
}

fn walk(h: tl::NodeHandle, parser: &tl::Parser, out: &mut String) {
    let Some(node) = h.get(parser) else { return };
    match node {
        tl::Node::Tag(tag) => {
            let name = tag.name().as_utf8_str().to_ascii_lowercase();
            if DROPPED.contains(&name.as_str()) || name == "title" {
                return;
            }
            let block = BLOCKS.contains(&name.as_str());
            if block {
                out.push_str("\n\n");
            }
            for c in tag.children().top().iter() {
                walk(*c, parser, out);
            }
            if block {
                out.push_str("\n\n");
            } else if matches!(name.as_str(), "td" | "th") {
                // Table cells stay apart, as the table reader expects columns to.
                out.push_str("   ");
            }
        }
        tl::Node::Raw(t) => out.push_str(&decode(&t.as_utf8_str())),
        tl::Node::Comment(_) => {}
    }
}

fn decode(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

/// Runs of spaces inside a paragraph become one space; paragraphs are separated by one blank
/// line; table rows keep their column gaps.
fn tidy(s: &str) -> String {
    let mut paras = Vec::new();
    for para in s.split("\n\n") {
        let line = para
            .split('\n')
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let line = squeeze(&line);
        if !line.is_empty() {
            paras.push(line);
        }
    }
    let mut out = paras.join("\n\n");
    out.push('\n');
    out
}

/// Collapses whitespace, except runs of three or more spaces (table columns), kept as three.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut spaces = 0;
    for c in s.chars() {
        if c.is_whitespace() {
            spaces += 1;
            continue;
        }
        if spaces > 0 && !out.is_empty() {
            out.push_str(if spaces >= 3 { "   " } else { " " });
        }
        spaces = 0;
        out.push(c);
    }
    out
}

/// Markdown's text: heading marks, emphasis, code fences and link targets removed; a link
/// keeps its words ("[the report](https://…)" is "the report (https://…)" so the address is
/// still found as a source).
pub fn markdown_text(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for line in src.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            continue;
        }
        let t = t.trim_start_matches('#').trim_start();
        let t = t.strip_prefix("> ").unwrap_or(t);
        let t = match t.strip_prefix("* ").or_else(|| t.strip_prefix("- ")) {
            Some(rest) => format!("• {rest}"),
            None => t.to_string(),
        };
        out.push_str(&links(&t).replace("**", "").replace("__", ""));
        out.push('\n');
    }
    out
}

/// "[words](url)" as "words (url)"; "![alt](img)" as nothing.
fn links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        let image = open > 0 && rest.as_bytes()[open - 1] == b'!';
        out.push_str(&rest[..if image { open - 1 } else { open }]);
        if !image {
            out.push_str(&rest[open + 1..close]);
            out.push_str(" (");
            out.push_str(&rest[close + 2..end]);
            out.push(')');
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_feed_is_read_item_by_item_each_under_its_date() {
        let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Mali desk</title>\n\
            <link>https://example.org/mali</link>\n<item>\n<title>Convoy hit near Tessalit</title>\n\
            <pubDate>Tue, 29 Jun 2021 21:20:00 GMT</pubDate>\n<description><![CDATA[<p>Two \
            peacekeepers &amp; a driver were killed.</p>]]></description>\n</item>\n<item>\n\
            <title>Second item</title>\n<pubDate>Sat, 05 Mar 2022 09:03:00 GMT</pubDate>\n\
            <description>Four peacekeepers were wounded.</description>\n</item>\n</channel></rss>\n";
        let text = feed_text(feed).expect("a feed");
        assert!(
            !text.contains('<') && !text.contains("example.org"),
            "{text}"
        );
        assert!(text.contains(
            "Tue, 29 Jun 2021 21:20:00 GMT\n\nConvoy hit near Tessalit\n\nTwo peacekeepers & a \
             driver were killed."
        ));
        assert!(feed_text("An article that mentions <item> once.").is_none());
        let (bytes, notes) = plain_text("feed.txt", feed.as_bytes()).expect("reads");
        assert_eq!(String::from_utf8(bytes).unwrap(), text);
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn html_keeps_the_article_and_drops_the_page_around_it() {
        let html = "<!doctype html><html><head><title>Ten peacekeepers killed &amp; 25 hurt</title>\
            <style>p{color:red}</style><script>var x = '<p>fake</p>';</script></head>\
            <body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\
            <header>Breaking news banner</header><article><h1>Aguelhok attack</h1>\
            <p>BAMAKO, 21 January 2019 &ndash; Ten peacekeepers\nwere killed on Sunday.</p>\
            <p>Twenty-five others were <em>wounded</em>.</p>\
            <table><tr><th>Country</th><th>Troops</th></tr><tr><td>Chad</td><td>1,400</td></tr></table>\
            </article><footer>© Agency 2019</footer></body></html>";
        let t = html_text(html);
        assert!(
            t.starts_with("Ten peacekeepers killed & 25 hurt\n\n"),
            "{t}"
        );
        assert!(t.contains("BAMAKO, 21 January 2019 – Ten peacekeepers were killed on Sunday."));
        assert!(t.contains("Twenty-five others were wounded."));
        assert!(t.contains("Chad   1,400"), "cells stay apart: {t}");
        for gone in ["fake", "color", "Home", "Breaking", "©"] {
            assert!(!t.contains(gone), "{gone} in {t}");
        }
    }

    #[test]
    fn markdown_loses_its_markup_but_not_its_links() {
        let t = markdown_text(
            "# Mali: 13,000 troops\n\n**MINUSMA** has [some 13,000 troops](https://example.org/a).\n\n![map](m.png)\n- Chad: 1,400\n",
        );
        assert!(t.starts_with("Mali: 13,000 troops\n"));
        assert!(t.contains("MINUSMA has some 13,000 troops (https://example.org/a)."));
        assert!(t.contains("• Chad: 1,400"));
        assert!(!t.contains("m.png"));
    }

    #[test]
    fn other_types_and_empty_markup_are_refused_by_name() {
        let e = plain_text("report.pdf", b"%PDF-1.4").unwrap_err();
        assert!(e.to_string().contains("report.pdf"), "{e}");
        assert!(e.to_string().contains(ACCEPTED), "{e}");
        let e = plain_text("empty.html", b"<html><script>x()</script></html>").unwrap_err();
        assert!(e.to_string().contains("no readable text"), "{e}");
        assert_eq!(plain_text("a.TXT", b"x").unwrap().0, b"x");
    }
}
