//! A post said by a role noun that no list of titles holds as one by itself, apposed to a
//! name with the workplace it is held at (issue 12, session 26): "X, [một] quản lý tại nhà
//! hỏa táng cho biết", "X, người điều hành hỏa táng bên sông ở New Delhi từng …", "X,
//! phụ trách IT tại Gentis chia sẻ", "X - quan chức trong đảng Dân chủ Xã hội -".
//!
//! The grammar: `NAME, [một] ROLE WORKPLACE END`, where ROLE is a role noun of
//! `apposed_posts.txt` (a manager, the one who runs, keeps, founded or heads a place, a
//! leader or official of a body), WORKPLACE the words after it up to the apposition's
//! end, of which one is a capitalised word (a named body or place: "đền Thiên Cổ", "IT
//! tại Gentis") or a locative ("tại", "ở", "của", "từ", "trong", "thuộc") with the body
//! after it, named or described ("tại nhà hỏa táng"), and END a comma, a stop, a bracket
//! or dash, or a verb of the lists' stops ("cho biết", "cũng", "từng"). No role, rank,
//! word of address or link ("là") inside. A role said alone ("X, quản lý, …") or before a
//! clause that goes on is no post: the guides write a trade with no workplace as none.

use std::sync::LazyLock;

use super::parent::clause_ends_at;
use super::titles::Hit;
use super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;

/// The role nouns of `apposed_posts.txt`, lowercase.
static ROLES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::APPOSED_POSTS.keys().collect());

/// The first words of those role nouns, lowercase: a cheap test before the phrases.
static FIRST_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    lexicon::APPOSED_POSTS
        .keys()
        .filter_map(|k| k.split(' ').next())
        .collect()
});

/// Most words of a role noun ("người đồng sáng lập").
const MAX_ROLE_WORDS: usize = 4;

/// Most words of the workplace after the role ("tại công ty sản xuất ôxy lớn nhất Ấn Độ
/// Linde Plc").
const MAX_WORKPLACE_WORDS: usize = 12;

/// The locatives that tie the role to the body it is held at or belongs to.
const LINKS: [&str; 6] = ["tại", "ở", "của", "từ", "trong", "thuộc"];

/// Deictic words that name no body after a locative ("tại đây", "ở đó").
const DEICTICS: [&str; 4] = ["đây", "đó", "này", "kia"];

/// The post at word `j`, apposed to a name (after its comma, dash or bracket): a role noun
/// of `apposed_posts.txt` with its workplace up to the apposition's end (see the module's
/// doc), or `None`.
pub(super) fn apposed_post(w: &Words<'_>, j: usize) -> Option<Hit> {
    let r = role_end(w, j)?;
    // (a role the lists hold as a title, "lãnh đạo", "quan chức", is read by their rules
    // with the body named right after it, which they may refuse: "…, Đại sứ X Y, lãnh
    // đạo Bộ Z." lists another's leaders apart; here only with a locative after it, which
    // their walk does not read: "một lãnh đạo tại công ty …", "quan chức trong đảng …")
    if w.tag(j).is_some_and(|(_, x)| x.title) && !(r < w.len() && LINKS.contains(&w.word(r))) {
        return None;
    }
    let mut k = workplace_end(w, r)?;
    // "X - quản lý một cửa hàng khu vực Hà Đông, Hà Nội - cho biết": the province or city
    // the workplace is in, after a comma, closing the apposition, is the post's
    if k < w.len()
        && w.gap(k) == Gap::Comma
        && let Some(p) = w.place_from(k)
        && (p.to >= w.len() || matches!(w.gap(p.to), Gap::Dash | Gap::Close | Gap::Stop))
    {
        k = p.to;
    }
    Some(Hit {
        from: j,
        to: k,
        start: w.words[j].start(),
        end: w.words[k - 1].end(),
        rank_only: false,
        name: None,
        given: false,
    })
}

/// The word after the longest role noun of the list at word `j`, its words after spaces.
fn role_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if j >= w.len() || !FIRST_WORDS.contains(to_lowercase(w.word(j)).as_str()) {
        return None;
    }
    let mut phrase = String::new();
    let mut end = None;
    for i in j..w.len().min(j + MAX_ROLE_WORDS) {
        if i > j {
            if w.gap(i) != Gap::Space {
                break;
            }
            phrase.push(' ');
        }
        phrase.push_str(&to_lowercase(w.word(i)));
        if ROLES.contains(phrase.as_str()) {
            end = Some(i + 1);
        }
    }
    end
}

/// The word after the workplace said after a role ending at word `r`: words after
/// spaces up to the apposition's end, one of them capitalised or a locative with a body
/// after it, none a role, rank, word of address, link or stop (but a locative and the
/// grade "nhất"); `None` when there is no workplace or the clause goes on past it.
fn workplace_end(w: &Words<'_>, r: usize) -> Option<usize> {
    let n = w.len();
    let mut k = r;
    let mut body = false;
    while k < n && k - r < MAX_WORKPLACE_WORDS && w.gap(k) == Gap::Space {
        let word = w.word(k);
        if LINKS.contains(&word) {
            let b = k + 1;
            if b >= n || w.gap(b) != Gap::Space || DEICTICS.contains(&w.word(b)) {
                return None;
            }
            body = true;
            k = b;
            continue;
        }
        if w.tag(k).is_some_and(|(_, x)| {
            x.title || x.rank || x.honorific || x.link || (x.stop && !x.graded)
        }) {
            break;
        }
        body |= w.words[k].case() != Case::Lower;
        k += 1;
    }
    (k > r && body && (k >= n || w.gap(k) != Gap::Space || clause_ends_at(w, k))).then_some(k)
}
