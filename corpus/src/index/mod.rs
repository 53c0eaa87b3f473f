//! The search index over passages (blocks): BM25 with boosts for titles and headings; phrase,
//! prefix and one-typo matching (typos rank below exact matches); filters that combine with a
//! query (OR within a facet, AND across facets); facet counts for the result set; snippets with
//! the byte offsets of every match. Built once per corpus, serialisable.

pub mod analyze;

use crate::sorting::{group_by, sort_by};

use serde::{Deserialize, Serialize};

use crate::entities::{EntityKind, EntityMention};
use crate::facts::Fact;
use crate::model::{BlockKind, DocId, Document, Span};
use analyze::{analyze, one_edit_apart, osa_distance};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    Doc,
    Publisher,
    Kind,
    Year,
    Category,
    Place,
    Actor,
    /// The user's own documents or the published corpus ([`crate::model::collection_of`]).
    Collection,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Doc,
        Facet::Publisher,
        Facet::Kind,
        Facet::Year,
        Facet::Category,
        Facet::Place,
        Facet::Actor,
        Facet::Collection,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Doc => "doc",
            Facet::Publisher => "publisher",
            Facet::Kind => "kind",
            Facet::Year => "year",
            Facet::Category => "category",
            Facet::Place => "place",
            Facet::Actor => "actor",
            Facet::Collection => "collection",
        }
    }
    pub fn parse(s: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub doc: u32,
    pub block: String,
    pub kind: BlockKind,
    pub span: Span,
    /// Number of word and number tokens.
    pub len: u32,
    /// Indexes into [`Index::facet_values`].
    pub facets: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Posting {
    pub passage: u32,
    pub positions: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub doc_ids: Vec<DocId>,
    pub passages: Vec<Passage>,
    /// Sorted terms, for prefix ranges; `postings[i]` belongs to `terms[i]`.
    pub terms: Vec<String>,
    pub postings: Vec<Vec<Posting>>,
    pub facet_values: Vec<(Facet, String)>,
    pub avg_len: f32,
}

/// How far a passage's kind lifts its score.
fn boost(kind: BlockKind) -> f32 {
    match kind {
        BlockKind::Title => 3.0,
        BlockKind::Heading => 2.0,
        BlockKind::Caption => 1.2,
        BlockKind::Paragraph | BlockKind::Quote => 1.0,
        BlockKind::Footnote => 0.6,
        _ => 0.5,
    }
}

impl Index {
    /// Indexes the passages of `docs`; facts and entities supply the category, place and actor
    /// facets of each passage.
    pub fn build(docs: &[Document], facts: &[Fact], entities: &[EntityMention]) -> Index {
        // Sorted vectors rather than hash and tree maps: the same lookups, and in the browser
        // build a fraction of the code (see `sorting`).
        // (facet, value) → id, sorted for lookup; ids in order of first use.
        let mut facet_ids: Vec<((Facet, String), u32)> = Vec::new();
        let mut facet_values = Vec::new();
        let mut fid = |f: Facet, v: &str| -> u32 {
            let key = (f, v.to_string());
            match facet_ids.binary_search_by(|(k, _)| k.cmp(&key)) {
                Ok(i) => facet_ids[i].1,
                Err(i) => {
                    facet_values.push(key.clone());
                    let id = facet_values.len() as u32 - 1;
                    facet_ids.insert(i, (key, id));
                    id
                }
            }
        };
        // (doc, block) → the facet values its facts and entities give it, in order.
        let categories = facts.iter().map(|f| {
            (
                (f.doc.0.as_str(), f.block.as_str()),
                (Facet::Category, f.category.as_str().to_string()),
            )
        });
        let names = entities.iter().filter_map(|e| {
            let facet = match e.kind {
                EntityKind::Place => Facet::Place,
                EntityKind::Actor => Facet::Actor,
                EntityKind::Country => return None,
            };
            Some((
                (e.doc.0.as_str(), e.block.as_str()),
                (facet, e.name.clone()),
            ))
        });
        let mut block_facets = group_by(categories.chain(names));
        for (_, values) in &mut block_facets {
            sort_by(values, Ord::cmp);
            values.dedup();
        }
        // (term, posting) in passage order; grouped by term at the end.
        let mut terms: Vec<(String, Posting)> = Vec::new();
        let mut passages = Vec::new();
        let mut total_len = 0u64;
        for (di, d) in docs.iter().enumerate() {
            let mut doc_facets = vec![
                fid(Facet::Doc, &d.id.0),
                fid(Facet::Kind, &d.meta.kind),
                fid(Facet::Collection, crate::model::collection_of(&d.id.0)),
            ];
            doc_facets.push(fid(
                Facet::Publisher,
                d.meta.publisher.as_deref().unwrap_or("unknown"),
            ));
            if let Some(p) = d.meta.published {
                doc_facets.push(fid(Facet::Year, &p.year.to_string()));
            }
            for b in d.blocks.iter().filter(|b| {
                !matches!(
                    b.kind,
                    BlockKind::PullQuote | BlockKind::Dateline | BlockKind::Byline
                )
            }) {
                let pi = passages.len() as u32;
                let analysed = analyze(d.slice(b.span));
                let local = group_by(
                    analysed
                        .iter()
                        .filter_map(|t| Some((t.term.as_deref()?, t.pos))),
                );
                for (term, positions) in local {
                    terms.push((
                        term.to_string(),
                        Posting {
                            passage: pi,
                            positions,
                        },
                    ));
                }
                let mut facets = doc_facets.clone();
                let here = (d.id.0.as_str(), b.id.as_str());
                if let Ok(i) = block_facets.binary_search_by(|(k, _)| k.cmp(&here)) {
                    facets.extend(block_facets[i].1.iter().map(|(f, v)| fid(*f, v)));
                }
                total_len += analysed.len() as u64;
                passages.push(Passage {
                    doc: di as u32,
                    block: b.id.clone(),
                    kind: b.kind,
                    span: b.span,
                    len: analysed.len() as u32,
                    facets,
                });
            }
        }
        let avg_len = if passages.is_empty() {
            1.0
        } else {
            (total_len as f32 / passages.len() as f32).max(1.0)
        };
        let (terms, postings) = group_by(terms).into_iter().unzip();
        Index {
            doc_ids: docs.iter().map(|d| d.id.clone()).collect(),
            passages,
            terms,
            postings,
            facet_values,
            avg_len,
        }
    }

    fn term_id(&self, t: &str) -> Option<usize> {
        self.terms.binary_search_by(|x| x.as_str().cmp(t)).ok()
    }

    /// Terms a query word can match, with how much a match counts: exact 1.0, a completion
    /// of the word being typed 0.8, one typo (words of five letters or more) 0.4.
    fn variants(&self, term: &str, prefix: Option<&str>) -> Vec<(usize, f32)> {
        let mut out: Vec<(usize, f32)> = Vec::new();
        if let Some(i) = self.term_id(term) {
            out.push((i, 1.0));
        }
        if let Some(prefix) = prefix {
            let start = self.terms.partition_point(|x| x.as_str() < prefix);
            for (i, t) in self.terms.iter().enumerate().skip(start) {
                if !t.starts_with(prefix) {
                    break;
                }
                if !out.iter().any(|o| o.0 == i) {
                    out.push((i, 0.8));
                }
            }
        }
        if term.chars().count() >= 5 {
            for (i, t) in self.terms.iter().enumerate() {
                // Bytewise for ASCII (nearly every folded term); by characters otherwise.
                let one = if t.is_ascii() && term.is_ascii() {
                    one_edit_apart(t, term)
                } else {
                    t.len().abs_diff(term.len()) <= 2 && osa_distance(t, term, 1) == 1
                };
                if one && !out.iter().any(|o| o.0 == i) {
                    out.push((i, 0.4));
                }
            }
        }
        out
    }

    fn idf(&self, df: usize) -> f32 {
        let n = self.passages.len() as f32;
        (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln()
    }

    fn bm25(&self, tf: usize, df: usize, len: u32) -> f32 {
        let (k1, b) = (1.2, 0.75);
        let tf = tf as f32;
        self.idf(df) * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len as f32 / self.avg_len))
    }

    fn passes(&self, p: &Passage, filters: &[(Facet, Vec<u32>)]) -> bool {
        filters
            .iter()
            .all(|(_, ids)| ids.iter().any(|id| p.facets.contains(id)))
    }

    /// Runs a query. `docs` are the documents the index was built from (for snippets).
    pub fn search(&self, docs: &[Document], q: &Query) -> Results {
        let filters = group_by(q.filters.iter().map(|(f, v)| {
            let id = self
                .facet_values
                .iter()
                .position(|(ff, vv)| ff == f && vv.eq_ignore_ascii_case(v))
                .map(|i| i as u32);
            // An unknown value matches nothing, as a filter should.
            (*f, id.unwrap_or(u32::MAX))
        }));
        let parsed = parse_query(&q.text);
        // Every term the query matched, for highlighting.
        let mut matched_terms: Vec<usize> = Vec::new();
        // Passage → (score, matched without typo). Each query part narrows the set (AND).
        let mut scores: Option<Scores> = None;
        for part in &parsed {
            let part_scores = match part {
                QueryPart::Word { term, prefix } => {
                    let variants = self.variants(term, prefix.as_deref());
                    matched_terms.extend(variants.iter().map(|v| v.0));
                    self.score_word(&variants)
                }
                QueryPart::Phrase(words, stops) => {
                    let ids: Option<Vec<(usize, u32)>> = words
                        .iter()
                        .map(|(t, off)| self.term_id(t).map(|i| (i, *off)))
                        .collect();
                    let ids = ids.unwrap_or_default();
                    matched_terms.extend(ids.iter().map(|x| x.0));
                    self.score_phrase(docs, &ids, stops)
                }
            };
            scores = Some(match scores {
                None => part_scores,
                Some(mut acc) => {
                    acc.and(&part_scores);
                    acc
                }
            });
        }
        // No query: every passage, in document order, so filters and facets still work.
        let scores = scores.unwrap_or_else(|| {
            let mut all = Scores::new(self.passages.len());
            for i in 0..self.passages.len() as u32 {
                all.add(i, 0.0, true);
            }
            all
        });
        let typo_only =
            !parsed.is_empty() && scores.touched.iter().all(|&p| !scores.exact[p as usize]);
        let mut hits: Vec<(u32, f32, bool)> = scores
            .touched
            .iter()
            .copied()
            .filter(|&pi| self.passes(&self.passages[pi as usize], &filters))
            .map(|pi| {
                (
                    pi,
                    scores.score[pi as usize] * boost(self.passages[pi as usize].kind),
                    scores.exact[pi as usize],
                )
            })
            .collect();
        let mut counts = vec![0usize; self.facet_values.len()];
        for (pi, ..) in &hits {
            for f in &self.passages[*pi as usize].facets {
                counts[*f as usize] += 1;
            }
        }
        let facets = counts
            .into_iter()
            .enumerate()
            .filter(|(_, n)| *n > 0)
            .map(|(id, count)| {
                let (facet, value) = self.facet_values[id].clone();
                FacetCount {
                    facet,
                    value,
                    count,
                }
            })
            .collect();
        let total = hits.len();
        // Exact matches first, then by score; ties in document order. Only the top ones are
        // sorted.
        let order = |a: &(u32, f32, bool), b: &(u32, f32, bool)| {
            b.2.cmp(&a.2).then(b.1.total_cmp(&a.1)).then(a.0.cmp(&b.0))
        };
        sort_by(&mut hits, order);
        hits.truncate(q.limit.max(1));
        sort_by(&mut matched_terms, Ord::cmp);
        matched_terms.dedup();
        let hits = hits
            .into_iter()
            .map(|(pi, score, exact)| {
                let p = &self.passages[pi as usize];
                let doc = &docs[p.doc as usize];
                let (snippet, matches) =
                    snippet(doc, p.span, &self.match_positions(pi, &matched_terms));
                Hit {
                    doc: doc.id.clone(),
                    block: p.block.clone(),
                    kind: p.kind,
                    score,
                    exact,
                    snippet_text: doc.slice(snippet).to_string(),
                    snippet,
                    matches,
                }
            })
            .collect();
        Results {
            hits,
            total,
            typo_only,
            facets,
        }
    }

    /// A word's score in each passage: its best-matching variant.
    fn score_word(&self, variants: &[(usize, f32)]) -> Scores {
        let mut out = Scores::new(self.passages.len());
        for &(tid, weight) in variants {
            let df = self.postings[tid].len();
            for post in &self.postings[tid] {
                let p = &self.passages[post.passage as usize];
                out.add(
                    post.passage,
                    weight * self.bm25(post.positions.len(), df, p.len),
                    weight >= 0.8,
                );
            }
        }
        out
    }

    fn score_phrase(
        &self,
        docs: &[Document],
        ids: &[(usize, u32)],
        stops: &[(u32, String)],
    ) -> Scores {
        let mut out = Scores::new(self.passages.len());
        let Some(&(t0, o0)) = ids.first() else {
            return out;
        };
        for post in &self.postings[t0] {
            let p = &self.passages[post.passage as usize];
            // Stop words are not indexed: read them from the text when the phrase has any.
            let words: Vec<String> = if stops.is_empty() {
                Vec::new()
            } else {
                let text = docs[p.doc as usize].slice(p.span);
                analyze(text)
                    .iter()
                    .map(|t| crate::tokens::fold(&text[t.start..t.end]))
                    .collect()
            };
            let hits = post
                .positions
                .iter()
                .filter(|&&p0| {
                    ids[1..]
                        .iter()
                        .all(|&(t, o)| self.has_position(t, post.passage, p0 + o - o0))
                        && stops
                            .iter()
                            .all(|(o, w)| words.get((p0 + o - o0) as usize) == Some(w))
                })
                .count();
            if hits > 0 {
                let s: f32 = ids
                    .iter()
                    .map(|&(t, _)| self.bm25(hits, self.postings[t].len(), p.len))
                    .sum::<f32>()
                    * 1.5;
                out.add(post.passage, s, true);
            }
        }
        out
    }

    fn posting(&self, term: usize, passage: u32) -> Option<&Posting> {
        let list = &self.postings[term];
        list.binary_search_by_key(&passage, |x| x.passage)
            .ok()
            .map(|k| &list[k])
    }

    fn has_position(&self, term: usize, passage: u32, pos: u32) -> bool {
        self.posting(term, passage)
            .is_some_and(|p| p.positions.binary_search(&pos).is_ok())
    }

    /// Token positions of the passage where any of `terms` occurs.
    fn match_positions(&self, passage: u32, terms: &[usize]) -> Vec<u32> {
        let mut out: Vec<u32> = terms
            .iter()
            .filter_map(|&t| self.posting(t, passage))
            .flat_map(|p| p.positions.iter().copied())
            .collect();
        sort_by(&mut out, Ord::cmp);
        out.dedup();
        out
    }
}

/// Scores of one query part, dense over passages (no hashing on the hot path), with the list
/// of passages it touched.
struct Scores {
    score: Vec<f32>,
    exact: Vec<bool>,
    hit: Vec<bool>,
    touched: Vec<u32>,
}

impl Scores {
    fn new(n: usize) -> Self {
        Scores {
            score: vec![0.0; n],
            exact: vec![false; n],
            hit: vec![false; n],
            touched: Vec::new(),
        }
    }
    /// Keeps the best score a passage gets from any variant.
    fn add(&mut self, p: u32, score: f32, exact: bool) {
        let i = p as usize;
        if !self.hit[i] {
            self.hit[i] = true;
            self.touched.push(p);
        }
        self.score[i] = self.score[i].max(score);
        self.exact[i] |= exact;
    }
    /// Both parts must match: sums scores, keeps passages the other part touched too.
    fn and(&mut self, other: &Scores) {
        self.touched.retain(|&p| other.hit[p as usize]);
        for &p in &self.touched {
            let i = p as usize;
            self.score[i] += other.score[i];
            self.exact[i] &= other.exact[i];
        }
        for h in self.hit.iter_mut() {
            *h = false;
        }
        for &p in &self.touched {
            self.hit[p as usize] = true;
        }
    }
}

/// A window of about 240 bytes around the matches, cut at word boundaries, and every
/// match inside the passage (in document coordinates).
fn snippet(doc: &Document, span: Span, positions: &[u32]) -> (Span, Vec<Span>) {
    let text = doc.slice(span);
    let base = span.start as usize;
    // Positions count word and number tokens, as the analyser does.
    let matches: Vec<Span> = crate::tokens::tokenize(text)
        .into_iter()
        .filter(|t| t.is_word() || t.is_num())
        .enumerate()
        .filter(|(i, _)| positions.binary_search(&(*i as u32)).is_ok())
        .map(|(_, t)| Span::new(base + t.start, base + t.end))
        .collect();
    const WIDTH: usize = 240;
    if text.len() <= WIDTH {
        return (span, matches);
    }
    // Centre on the densest run of matches (a phrase, or words close together).
    let centre = matches
        .iter()
        .enumerate()
        .max_by_key(|(i, m)| {
            let run: Vec<&Span> = matches[*i..]
                .iter()
                .take_while(|x| x.start < m.start + (WIDTH as u32) / 2)
                .collect();
            // Adjacent matches ("civilians killed") weigh most: that is where a phrase is.
            let adjacent = run
                .windows(2)
                .filter(|w| w[1].start <= w[0].end + 2)
                .count();
            (adjacent * 10 + run.len(), std::cmp::Reverse(*i))
        })
        .map(|(_, m)| m.start as usize - base)
        .unwrap_or(0);
    let mut s = centre.saturating_sub(WIDTH / 3);
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    if s > 0 {
        s = text[s..].find(' ').map(|p| s + p + 1).unwrap_or(s);
    }
    let mut e = (s + WIDTH).min(text.len());
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    if e < text.len() {
        e = text[..e].rfind(' ').filter(|&p| p > s).unwrap_or(e);
    }
    (Span::new(base + s, base + e), matches)
}

#[derive(Debug, Clone, PartialEq)]
enum QueryPart {
    /// `prefix`: while the word is being typed, what its completions start with.
    Word {
        term: String,
        prefix: Option<String>,
    },
    /// Terms with their offsets, and the stop words in the gaps (offset, word), which are
    /// checked against the passage's text.
    Phrase(Vec<(String, u32)>, Vec<(u32, String)>),
}

/// Words and "quoted phrases"; the last word is a prefix while it is being typed (no space
/// after it).
fn parse_query(q: &str) -> Vec<QueryPart> {
    let mut out = Vec::new();
    let typing = !q.ends_with(char::is_whitespace) && !q.ends_with('"');
    for (i, seg) in q.split('"').enumerate() {
        if i % 2 == 1 {
            let analysed = analyze(seg);
            let terms: Vec<(String, u32)> = analysed
                .iter()
                .filter_map(|t| t.term.clone().map(|x| (x, t.pos)))
                .collect();
            let stops: Vec<(u32, String)> = analysed
                .iter()
                .filter(|t| t.term.is_none())
                .filter(|t| {
                    terms.first().is_some_and(|f| t.pos > f.1)
                        && terms.last().is_some_and(|l| t.pos < l.1)
                })
                .map(|t| (t.pos, crate::tokens::fold(&seg[t.start..t.end])))
                .collect();
            match terms.len() {
                0 => {}
                1 => out.push(QueryPart::Word {
                    term: terms[0].0.clone(),
                    prefix: None,
                }),
                _ => out.push(QueryPart::Phrase(terms, stops)),
            }
        } else {
            for t in analyze(seg).into_iter().filter_map(|t| t.term) {
                out.push(QueryPart::Word {
                    term: t,
                    prefix: None,
                });
            }
        }
    }
    if typing {
        if let Some(QueryPart::Word { term, prefix }) = out.last_mut() {
            // Completions start with what the stem and the typed word share: "casualties"
            // (stem "casualty") completes from "casualt", "peacekeep" from itself.
            let raw = q.split_whitespace().last().unwrap_or("");
            let folded = crate::tokens::fold(raw.trim_matches(|c: char| !c.is_alphanumeric()));
            let common: String = folded
                .chars()
                .zip(term.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect();
            if !common.is_empty() {
                *prefix = Some(common);
            }
        }
    }
    out
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub text: String,
    pub filters: Vec<(Facet, String)>,
    pub limit: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub doc: DocId,
    pub block: String,
    pub kind: BlockKind,
    pub score: f32,
    /// Matched without a typo correction.
    pub exact: bool,
    pub snippet: Span,
    pub snippet_text: String,
    /// Byte spans of every match in the passage, in the document's cleaned text.
    pub matches: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetCount {
    pub facet: Facet,
    pub value: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// Every result needed a typo correction ("did you mean").
    pub typo_only: bool,
    pub facets: Vec<FacetCount>,
}

#[cfg(test)]
mod tests;
