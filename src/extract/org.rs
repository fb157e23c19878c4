//! Organizations: Party and state organs and their abbreviations ("Huyện ủy", "Đảng ủy
//! xã Đức Ninh", "BTV Huyện ủy", "UBND huyện", "Sở Tài chính"), with abbreviations spelled
//! out from `src/lexicon/org_abbreviations.txt`.
//!
//! An organization opens at a head of `org_heads.txt` or an organisation abbreviation
//! (written in capitals), takes the heads and abbreviations that follow ("BTV" +
//! "Huyện ủy"), then either a unit word with its place name ("xã Đức Ninh", "TP Hà Nội",
//! stopping before a personal name) or, for generic heads such as "Bộ" and "Sở", a field
//! of `org_fields.txt` in any case ("Tổng cục Du lịch", "Sở giáo dục và đào tạo"), which
//! ends the name's compound, else the capitalised name ("Báo Dân trí").

use serde::{Deserialize, Serialize};

use std::sync::LazyLock;

use super::keywords::Phrases;
use super::official::vocab::Info;
use super::official::words::{Case, EntrySet, Gap, Tag, Words};
use crate::span::Span;
use crate::text::lexicon;

/// A Party or state organisation named in the text.
///
/// # Examples
///
/// ```
/// let text = "Chủ tịch HĐND huyện dự buổi làm việc với Đảng uỷ xã Đức Ninh.";
/// let a = vinews::Article::parse(text);
/// let o = &a.organizations;
/// assert_eq!(o[0].text, "HĐND huyện");
/// assert_eq!(o[0].expanded.as_deref(), Some("Hội đồng nhân dân huyện"));
/// assert_eq!(o[1].text, "Đảng ủy xã Đức Ninh");
/// assert_eq!(o[1].span.slice(text), Some("Đảng uỷ xã Đức Ninh"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Organization {
    /// The organisation as written, in normalized form.
    pub text: String,
    /// Where it is in the original input (`start` and `end` in the JSON).
    #[serde(flatten)]
    pub span: Span,
    /// The text with its abbreviations spelled out, when it has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expanded: Option<String>,
}

/// Longest organization, in words.
const MAX_WORDS: usize = 12;

/// The verbs that end a name's lowercase syllables: the events' triggers and the
/// statements' reporting words, the lists those readers use ("Bộ Giao thông họp", "Quỹ
/// Thiện Tâm tiếp tục", "Báo X cho biết").
static VERBS: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::EVENT_TRIGGERS
        .entries()
        .chain(lexicon::STATEMENT_CUES.entries())
        .map(|e| (e.key().split(' ').collect(), 0))
        .collect();
    Phrases::new(list)
});

/// Does a verb of [`VERBS`] start at the lowercase word `j`, its words apart by spaces?
/// A field of a body's name is no verb there ("Công nghệ thông tin").
fn verb_at(w: &Words<'_>, j: usize) -> bool {
    let word = |n: usize| {
        let k = j + n;
        (k < w.len() && (n == 0 || w.gap(k) == Gap::Space)).then(|| w.word(k))
    };
    !w.tag(j).is_some_and(|(_, x)| x.field) && VERBS.starts(word)
}

/// Does word `i` open an organisation? Returns its tag length and end byte.
fn org_head(w: &Words<'_>, i: usize) -> Option<(usize, usize, bool)> {
    let (t, info) = w.tag(i)?;
    head_of(w, i, t, info)
}

/// [`org_head`] of word `i`, whose tag is `t` with the entry `info`. Most tagged words
/// (titles, places, names) are no head of any kind: told from the entry alone, where it
/// is asked ([`org::scan`](scan) asks at every tagged word), before [`entry_head`] reads
/// the word.
#[inline(always)]
fn head_of(w: &Words<'_>, i: usize, t: Tag, info: &Info) -> Option<(usize, usize, bool)> {
    if !may_head(info) {
        return None;
    }
    entry_head(w, i, t, info)
}

/// Whether an entry may be an organization's head: a head's or an abbreviation's.
fn may_head(info: &Info) -> bool {
    info.org.is_some() || info.abbrev.is_some()
}

/// The entries that may be an organization's head ([`may_head`]): the scan stops at their
/// tags alone.
static HEADS: LazyLock<EntrySet> = LazyLock::new(|| EntrySet::new(may_head));

/// [`head_of`] of a word whose entry is an organization's head or abbreviation.
#[inline(never)]
fn entry_head(w: &Words<'_>, i: usize, t: Tag, info: &Info) -> Option<(usize, usize, bool)> {
    let case = w.words[i].case();
    let head = match info.org {
        Some(true) if case == Case::Title || case == Case::Upper => Some((t.n, t.end, true)),
        Some(false) => Some((t.n, t.end, false)),
        _ => match &info.abbrev {
            Some((_, true)) if case == Case::Upper => Some((t.n, t.end, false)),
            _ => None,
        },
    };
    // A place's words are no organisation ("Tây Ban Nha" has no "Ban"), nor a head of one
    // word after a surname a person's ("Lê Trường Lưu": "Trường" is a middle name, no
    // school; "Trình Quốc hội" keeps its body of two words)
    head.filter(|_| w.place_at(i).is_none() && !(t.n == 1 && after_surname(w, i)))
}

/// Is word `i` right after a capitalised surname of one word, a space between ("Lê
/// Trường")?
fn after_surname(w: &Words<'_>, i: usize) -> bool {
    i > 0
        && w.gap(i) == Gap::Space
        && w.words[i - 1].case() == Case::Title
        && w.tag(i - 1).is_some_and(|(t, x)| x.surname && t.n == 1)
}

/// The field of `org_fields.txt` that starts at word `j`: its end byte and the word after
/// it. One written with a comma or a hyphen inside ("Dân số - Kế hoạch hóa gia đình") is
/// the fields' reading's; another is a dictionary tag, taken only when no such separator
/// goes on from it into a longer field.
fn field_at_word(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    if let Some(e) = w.punctuated_field_at(j) {
        let k = (j..w.len().min(j + MAX_WORDS)).find(|&k| w.words[k].end() >= e)?;
        return (w.words[k].end() == e).then_some((e, k + 1));
    }
    let (t, info) = w.tag(j)?;
    let k = j + t.n;
    let joined = k < w.len() && w.gap(k) == Gap::Space && !w.joined_by(k, " ");
    (info.field && !joined).then_some((t.end, k))
}

/// "Sở Tài chính", "Bộ Công an": the lowercase syllables, `max` at most, that complete the
/// capitalised word of a name ending at byte `end`, from word `j`; the new end and next
/// word. A place's name takes none ("Sở Tài nguyên và Môi trường Thanh Hóa mới đây").
fn lower_syllables(w: &Words<'_>, mut end: usize, mut j: usize, max: usize) -> (usize, usize) {
    if j == 0 || w.place_at(j - 1).is_some() {
        return (end, j);
    }
    let mut lower = 0;
    while j < w.len()
        && lower < max
        && w.words[j].case() == Case::Lower
        && w.gap_from(end, j) == Gap::Space
        && !verb_at(w, j)
        && !w.tag(j).is_some_and(|(t, x)| {
            x.stop || x.link || x.unit || x.title || x.honorific || x.org == Some(false)
                // a phrase of its own opens: the words of the name are done ("Báo Dân
                // trí tổ chức"), but for a field ("Trường Cao đẳng kinh tế") or an
                // organisation's word ("Tổng công ty")
                || (t.n > 1 && x.org.is_none() && (!x.field || x.field_verb) && !x.qualifier)
        })
    {
        // an adjective of the body's name ends it, whole ("Viện Y học cổ truyền")
        if let Some((t, x)) = w.tag(j)
            && x.qualifier
        {
            return (t.end, j + t.n);
        }
        if let Some((fe, fj)) = w
            .tag(j)
            .filter(|(t, _)| t.n > 1)
            .and_then(|_| field_at_word(w, j))
        {
            // the field is the compound's last word
            return (fe, fj);
        }
        end = w.words[j].end();
        j += 1;
        lower += 1;
    }
    (end, j)
}

/// Does "và" at word `j` join a second field to the name ending at byte `end`? The law
/// names many bodies by two fields ("Sở Giáo dục và Đào tạo", "Bộ Nông nghiệp và Phát
/// triển nông thôn", "Phòng Tài nguyên và Môi trường"): the name goes on when a
/// capitalised word follows that opens no organisation, place or personal name ("Sở Y tế
/// và Sở Tài chính", "Sở Y tế và Hà Nội" are two). The second field is a word of two
/// syllables ("Đào tạo", "Đầu tư", "Môi trường", "Truyền thông"), the first capitalised:
/// one lowercase syllable completes it, and a verb after it ("… và Đào tạo ban hành") is
/// no part of the name.
fn joins_field(w: &Words<'_>, end: usize, j: usize) -> bool {
    let k = j + 1;
    if k >= w.len()
        || w.word(j) != "và"
        || w.gap_from(end, j) != Gap::Space
        || w.gap(k) != Gap::Space
        || w.words[k].case() != Case::Title
        || !w.name_like(k)
        || org_head(w, k).is_some()
        || w.place_at(k).is_some()
        || w.tag(k).is_some_and(|(_, x)| {
            x.abbrev.is_some() || x.unit || x.title || x.rank || x.honorific || x.stop
        })
    {
        return false;
    }
    let (name, org_end) = w.split_org_run(k, w.run_end(k), 2);
    name.unwrap_or(org_end) > k
}

/// The end byte and next word of an organization whose unit word ("xã", "TP", "tỉnh")
/// is at word `u`, `n` words long, ending at byte `end`: with its place name ("xã Đức
/// Ninh"), stopping before a personal name; a place mention the unit opens is taken whole
/// ("TP HCM", "TP.HCM", "tỉnh Bà Rịa - Vũng Tàu", "quận 1").
fn unit_place(w: &Words<'_>, u: usize, n: usize, end: usize) -> (usize, usize) {
    let j = u + n;
    if let Some(p) = w.place_at(u).filter(|p| p.from == u && p.to > j) {
        return (w.words[p.to - 1].end(), p.to);
    }
    if j < w.len() && w.gap_from(end, j) == Gap::Space && w.name_like(j) {
        let r = w.run_end(j);
        let (name, org_end) = w.split_org_run(j, r, 3);
        let stop = name.unwrap_or(org_end);
        if stop > j {
            return (w.words[stop - 1].end(), stop);
        }
    }
    (end, j)
}

/// The organizations of the words `w`, spans in the normalized text.
pub(crate) fn scan(w: &Words<'_>) -> Vec<Organization> {
    let n = w.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // only a tagged word opens an organisation, one whose entry may be a head (the
        // words of another tag are passed over, as `head_of` failing at it does)
        i = w.next_tagged_in(i, &HEADS);
        let Some((t, info)) = w.tag(i) else {
            i += 1;
            continue;
        };
        let Some((len, head_end, needs_name)) = head_of(w, i, t, info) else {
            i += t.n.max(1);
            continue;
        };
        let start = w.words[i].start();
        let mut end = head_end;
        let mut j = i + len;
        let mut named = false;
        // lowercase syllables a capitalised word of the name may take ("Tư pháp", "Người lao
        // động"); one after "và" (see `joins_field`)
        let mut max_lower = 2;
        // the word where the field of a head that takes a name may start
        let mut field_at = needs_name.then_some(j);
        while j < n && j - i < MAX_WORDS && w.soft_gap(end, j) == Gap::Space {
            if let Some((nl, ne, named_head)) = org_head(w, j) {
                end = ne;
                j += nl;
                named = true;
                field_at = named_head.then_some(j);
                continue;
            }
            // (a lowercase field only right after the opening head: "Sở giáo dục và đào
            // tạo", not "Bộ Công an tổ chức")
            if field_at == Some(j)
                && (j == i + len || w.words[j].case() != Case::Lower)
                && let Some((fe, fj)) = field_at_word(w, j)
            {
                // "Tổng cục Du lịch", "Sở giáo dục và đào tạo": the field is the name's
                // whole compound; a lowercase word after it is not ("Bộ Tư pháp góp ý"),
                // a place or a capitalised qualifier may be ("Cục Hàng không Dân dụng
                // Singapore"), and a second field after "và"
                end = fe;
                j = fj;
                named = true;
                field_at = None;
                if joins_field(w, end, j) {
                    end = w.words[j].end();
                    j += 1;
                    max_lower = 1;
                } else if let Some((t, x)) = w.tag(j)
                    && x.qualifier
                    && w.gap_from(end, j) == Gap::Space
                {
                    // an adjective of the body's name after its field ends it, whole
                    // ("Hội đồng bầu cử quốc gia")
                    end = t.end;
                    j += t.n;
                }
                continue;
            }
            let tag = w.tag(j);
            if let Some((t, info)) = tag {
                if info.unit {
                    (end, j) = unit_place(w, j, t.n, t.end);
                    named = true;
                    break;
                }
                // an adjective of the body's name capitalised is a word of it, whole
                // ("TAND Tối cao", "Ban Chỉ đạo Quốc gia", not "Ban Chỉ đạo Quốc"); the
                // name may go on after it ("Viện Ung thư Quốc gia Mỹ")
                if info.qualifier && w.words[j].case() != Case::Lower {
                    end = t.end;
                    j += t.n;
                    named = true;
                    continue;
                }
                if info.abbrev.is_some() && w.words[j].case() == Case::Upper {
                    end = t.end;
                    j += t.n;
                    named = true;
                    continue;
                }
                if (info.stop && w.words[j].case() == Case::Lower)
                    || info.title
                    || info.rank
                    || info.honorific
                {
                    break;
                }
            }
            if w.name_like(j) {
                let r = w.run_end(j);
                let from = if w.institution_before(j) { j + 1 } else { j };
                let (name, org_end) = w.split_org_run(from, r, 2);
                let stop = name.unwrap_or(org_end);
                if stop > j {
                    end = w.words[stop - 1].end();
                    named = true;
                }
                j = stop;
                if stop < r || !needs_name {
                    // A person follows ("Huyện ủy Mai Hồng Hà"), or the place name of a
                    // head such as "Tỉnh ủy" ("Tỉnh ủy Thanh Hóa") ends the organization.
                    break;
                }
                (end, j) = lower_syllables(w, end, j, max_lower);
                if joins_field(w, end, j) {
                    // "và" goes in; the loop takes the field after it
                    end = w.words[j].end();
                    j += 1;
                    max_lower = 1;
                }
                continue;
            }
            break;
        }
        if needs_name && !named {
            i += len;
            continue;
        }
        let text = w.text[start..end].to_string();
        let expanded = w.expand(i, j, start, end);
        out.push(Organization {
            text,
            span: Span::new(start, end),
            expanded,
        });
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `next_tagged_in` with the heads' entries stops where the scan's former walk did:
    /// at each tagged word from `i`, a head's is the stop, another tag's words are passed
    /// over whole.
    #[test]
    fn next_head_is_the_direct_walk() {
        let w = Words::new(
            "Sáng nay, Bộ trưởng Bộ Tài chính và Sở Giáo dục và Đào tạo tỉnh Nghệ An cùng \
             UBND huyện Hoa Lâm họp với Công ty Cổ phần Sữa Mới; Chủ tịch Hội Nông dân, \
             ông Trần Văn Bình, Phó Giám đốc Công an thành phố nói.",
        );
        let direct = |mut i: usize| loop {
            match w.tag(i) {
                None if i >= w.len() => return w.len(),
                None => i += 1,
                Some((_, info)) if may_head(info) => return i,
                Some((t, _)) => i += t.n.max(1),
            }
        };
        let (mut stops, mut passed) = (0, 0);
        for i in 0..=w.len() + 1 {
            let k = w.next_tagged_in(i, &HEADS);
            assert_eq!(k, direct(i), "word {i}");
            stops += usize::from(k == i);
            passed += usize::from(w.tag(i).is_some() && k != i);
        }
        assert!(stops >= 4 && passed >= 3, "{stops} {passed}");
    }
}
