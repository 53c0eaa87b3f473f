//! Page chrome: the menus, prompts, share buttons, cookie banners, video captions and contact
//! blocks a web page's text extraction carries along. General rules over wording and shape;
//! each returns the reason shown in the reader's "removed from the original" panel.

use crate::page_words::{self, List};
use crate::tokens::fold;

/// Splits words glued by extraction ("ClosePlease" → "Close Please") and lower-cases them.
fn ui_words(line: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(line.len() + 8);
    let mut prev_lower = false;
    for c in line.chars() {
        if c.is_uppercase() && prev_lower {
            spaced.push(' ');
        }
        prev_lower = c.is_lowercase();
        spaced.push(if c.is_alphanumeric() { c } else { ' ' });
    }
    spaced.split_whitespace().map(fold).collect()
}

/// Whether `line` is chrome, and why.
pub fn chrome_reason(line: &str) -> Option<&'static str> {
    let t = line.trim();
    if t.len() <= 80 {
        let words = ui_words(t);
        if !words.is_empty()
            && words.len() <= 8
            && words.iter().all(|w| page_words::has(List::Ui, w))
        {
            return Some("navigation, account or sharing prompt");
        }
    }
    // Every other kind of chrome is a short line; a paragraph is not worth folding here.
    if t.len() >= 500 {
        return None;
    }
    let f = fold(t);
    if f.contains("cookie")
        && t.len() < 400
        && [
            "accept",
            "consent",
            "opt-out",
            "opt out",
            "privacy",
            "experience",
        ]
        .iter()
        .any(|k| f.contains(k))
    {
        return Some("cookie banner");
    }
    if is_contact_line(t, &f) {
        return Some("publisher contact details");
    }
    None
}

/// `t` and its folded form `f`.
fn is_contact_line(t: &str, f: &str) -> bool {
    let labelled = [
        "tel", "tel.", "phone", "fax", "email", "e-mail", "address", "contact",
    ]
    .iter()
    .any(|k| {
        f.strip_prefix(k)
            .is_some_and(|rest| rest.starts_with(':') || rest.starts_with(" :"))
    });
    let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
    let phone_like = t.starts_with('+') && digits >= 8 && t.len() < 40;
    let bare_email = !t.contains(' ') && t.contains('@') && t.contains('.');
    // "… Email : contact@… / Phone : +212 … / Fax : … Website: …": several labelled fields.
    let fields = [
        "email", "e-mail", "phone", "tel", "fax", "website", "web", "address",
    ]
    .iter()
    .filter(|k| {
        f.match_indices(*k).any(|(p, _)| {
            let before_ok = p == 0 || !f[..p].ends_with(|c: char| c.is_alphanumeric());
            before_ok && f[p + k.len()..].trim_start().starts_with(':')
        })
    })
    .count();
    (labelled && t.len() < 160) || phone_like || bare_email || (fields >= 2 && t.len() < 500)
}

/// A video caption of a news page: "07:50 Mali: The military junta demands … © FRANCE 24".
/// Returns the removed part and, when the extraction glued the next heading after the credit
/// ("… © Conflict over human rights"), that heading to keep.
pub fn split_video_caption(line: &str) -> Option<(String, Option<String>)> {
    let t = line.trim();
    let b = t.as_bytes();
    let ts_len = if b.len() > 5 && b[0].is_ascii_digit() && b[1] == b':' {
        4
    } else if b.len() > 6 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b':' {
        5
    } else {
        return None;
    };
    if !(b[ts_len - 2].is_ascii_digit()
        && b[ts_len - 1].is_ascii_digit()
        && b.get(ts_len) == Some(&b' '))
    {
        return None;
    }
    let copy = t.find('©')?;
    let after = t[copy + '©'.len_utf8()..].trim();
    // A credit is a short name: every word capitalised or a number ("FRANCE 24", "AFP").
    let is_credit = |s: &str| {
        let w: Vec<&str> = s.split_whitespace().collect();
        !w.is_empty()
            && w.len() <= 4
            && w.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
    };
    if after.is_empty() || is_credit(after) {
        return Some((t.to_string(), None));
    }
    // Take the longest leading credit, keep the rest.
    let words: Vec<&str> = after.split_whitespace().collect();
    let credit_words = words
        .iter()
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
        })
        .count();
    let credit = words[..credit_words].join(" ");
    let rest = words[credit_words..].join(" ");
    let removed = format!("{} {}", t[..copy + '©'.len_utf8()].trim_end(), credit)
        .trim()
        .to_string();
    Some((removed, (!rest.is_empty()).then_some(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interface_prompts_from_the_seeds() {
        for l in [
            "Menu Close",
            "Add to my bookmarks",
            "ClosePlease login",
            "No account yet? Register",
            "Share This Article:",
            "In this section",
            "LEAVE A REPLY",
        ] {
            assert!(chrome_reason(l).is_some(), "{l}");
        }
        for l in [
            "Introduction",
            "What next?",
            "Summary",
            "Malian context",
            "Insecurity",
        ] {
            assert_eq!(chrome_reason(l), None, "{l}");
        }
    }

    #[test]
    fn cookie_banner_and_contacts() {
        let l = "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More";
        assert_eq!(chrome_reason(l), Some("cookie banner"));
        assert_eq!(
            chrome_reason("Tel: +212 5 37 54 04 04"),
            Some("publisher contact details")
        );
        assert_eq!(
            chrome_reason("contact@example.org"),
            Some("publisher contact details")
        );
        let block = "Ryad Business Center – South, 4th Floor – Mahaj Erryad - Rabat, Morocco Email : contact@ocppc.ma / Phone : +212 5 37 27 08 08 / Fax : +212 5 37 71 31 54 Website: www.ocppc.ma";
        assert_eq!(chrome_reason(block), Some("publisher contact details"));
    }

    #[test]
    fn video_captions() {
        let (removed, rest) = split_video_caption(
            "05:35 The massacre in Moura: \u{201c}this UN report gives more details about the victims and the operations\u{201d} © FRANCE 24",
        )
        .unwrap();
        assert!(removed.ends_with("© FRANCE 24"));
        assert_eq!(rest, None);
        let (removed, rest) = split_video_caption(
            "07:50 Mali: The military junta demands the withdrawal of Minusma © Conflict over human rights",
        )
        .unwrap();
        assert!(removed.ends_with('©'));
        assert_eq!(rest.as_deref(), Some("Conflict over human rights"));
        assert!(
            split_video_caption("On 5 February 2023, the Malian transitional authorities")
                .is_none()
        );
    }
}
