//! URLs: finding them, and rejoining the ones a PDF extraction broke with spaces
//! ("https://minusma.unmissions.org/sites/ default/files/…", "…_3212. html").

/// File extensions that may follow a URL broken after its final dot.
const EXTENSIONS: [&str; 8] = ["html", "htm", "pdf", "php", "asp", "aspx", "shtml", "jsp"];

fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

/// Whether `s` is an absolute http(s) address: the only kind that may become a link.
pub fn is_http_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !s.contains(char::is_whitespace))
}

/// Byte spans of the http(s) URLs in `s`, without trailing sentence punctuation.
pub fn find_urls(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = find_scheme(&s[from..]) {
        let start = from + rel;
        let mut end = start;
        for (i, c) in s[start..].char_indices() {
            if !is_url_char(c) {
                break;
            }
            end = start + i + c.len_utf8();
        }
        // Sentence punctuation and an unbalanced closing bracket are not part of the address.
        while end > start {
            let last = s[..end].chars().next_back().unwrap_or(' ');
            let unbalanced = last == ')'
                && s[start..end].matches('(').count() < s[start..end].matches(')').count();
            if ".,;:!?'\"".contains(last) || unbalanced {
                end -= last.len_utf8();
            } else {
                break;
            }
        }
        if end > start + "https://".len() - 1 {
            out.push((start, end));
        }
        from = end.max(start + 4);
    }
    out
}

fn find_scheme(s: &str) -> Option<usize> {
    let a = s.find("http://");
    let b = s.find("https://");
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `tok` (the word after a space) continues a URL that ended with `/` or `://`.
fn continues_path(tok: &str) -> bool {
    !tok.is_empty()
        && tok.chars().all(is_url_char)
        && tok.chars().any(|c| c.is_ascii_alphanumeric())
        && (tok.contains('/')
            || tok.contains('_')
            || tok.contains('.')
            || tok.contains('=')
            || tok.contains('-'))
}

/// Rejoins broken URLs in `s`. Returns the repaired text and a (before, after) pair per repair.
pub fn repair_urls(s: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(s.len());
    let mut repairs = Vec::new();
    let mut rest = s;
    while let Some(pos) = find_scheme(rest) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let mut url_end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let mut joined = tail[..url_end].to_string();
        let mut changed = false;
        loop {
            let after = &tail[url_end..];
            if !after.starts_with(' ') || after.starts_with("  ") {
                break;
            }
            let next = &after[1..];
            let tok_len = next.find(char::is_whitespace).unwrap_or(next.len());
            let tok = &next[..tok_len];
            let tok_core = tok.trim_end_matches(['.', ',', ';', ')']);
            let ext_break = joined.ends_with('.')
                && EXTENSIONS.contains(&tok_core.to_ascii_lowercase().as_str());
            let path_break = (joined.ends_with('/') && continues_path(tok_core))
                || (joined.ends_with("://") && tok_core.contains('.'));
            if !(ext_break || path_break) {
                break;
            }
            joined.push_str(tok);
            url_end += 1 + tok_len;
            changed = true;
        }
        if changed {
            repairs.push((tail[..url_end].to_string(), joined.clone()));
        }
        out.push_str(&joined);
        rest = &tail[url_end..];
        if url_end == 0 {
            // Cannot happen (a scheme is never empty), but never loop forever.
            break;
        }
    }
    out.push_str(rest);
    (out, repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        repair_urls(s).0
    }

    #[test]
    fn rejoins_the_policy_brief_urls() {
        assert_eq!(
            fixed("2017,\" https://minusma.unmissions.org/sites/ default/files/170629_unsc_res_2364_enq.pdf"),
            "2017,\" https://minusma.unmissions.org/sites/default/files/170629_unsc_res_2364_enq.pdf"
        );
        assert_eq!(
            fixed("2018, https:// minusma.unmissions.org/en/quick-impact-projects-qips"),
            "2018, https://minusma.unmissions.org/en/quick-impact-projects-qips"
        );
        assert_eq!(
            fixed("https://peacemaker.un.org/ node/2681"),
            "https://peacemaker.un.org/node/2681"
        );
        assert_eq!(
            fixed("https://www.lemonde.fr/afrique/article/2018/06/04/x_5309512_3212. html"),
            "https://www.lemonde.fr/afrique/article/2018/06/04/x_5309512_3212.html"
        );
        assert_eq!(
            fixed("https://www.washingtonpost.com/sf/world/2017/02/17/ the-worlds-deadliest-u-n-peacekeeping-mission/?noredirect=on"),
            "https://www.washingtonpost.com/sf/world/2017/02/17/the-worlds-deadliest-u-n-peacekeeping-mission/?noredirect=on"
        );
    }

    #[test]
    fn leaves_prose_after_a_url_alone() {
        assert_eq!(
            fixed("see https://example.org/ and more"),
            "see https://example.org/ and more"
        );
        assert_eq!(
            fixed("at https://example.org. Then"),
            "at https://example.org. Then"
        );
    }

    #[test]
    fn finds_urls_without_trailing_punctuation() {
        let s = "MINUSMA, \"Police,\" https://minusma.unmissions.org/en/police. Next (https://t.ly/j9qud)";
        let urls: Vec<&str> = find_urls(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            urls,
            [
                "https://minusma.unmissions.org/en/police",
                "https://t.ly/j9qud"
            ]
        );
    }
}
