//! A body said by its common noun and what kind of body it is, then its own name: "người
//! sáng lập nhóm bảo tồn Borneo Futures" (the founder of the conservation group Borneo
//! Futures), "người phát ngôn của nhóm nổi dậy X", "Giám đốc Công ty cổ phần cung ứng dịch
//! vụ Y", "Giám đốc tài chính cho đội chủ sân Z" (issue 12, the corpus shape scan of
//! session 26: names that were bodies). In Vietnamese a noun of a body qualified by
//! lowercase words ("nhóm bảo tồn", a conservation group; "công ty an ninh mạng", a
//! cybersecurity firm) is an indefinite description, and the capitalised words right after
//! it name that body, as an apposition of the noun phrase; a holder's name is set off
//! after the body's full name or before the title by a comma, never straight after the
//! description. A bare noun ("Chủ tịch CLB X", "Chủ tịch Tập đoàn Y") is the body known
//! from the text, and the name after it its holder's, as read. The noun must stand after
//! the role: a role of its own that ends in such a noun ("trưởng nhóm nghiên cứu X", the
//! head of a research team) names the holder after it.

use super::titles::{Hit, run_to, title_head};
use super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;

/// The nouns of a body that a proper name follows (lowercase), of one word or more:
/// a group, a company, a corporation, a firm, an organisation, a club, a team.
const NOUNS: [&str; 10] = [
    "nhóm",
    "công ty",
    "tập đoàn",
    "hãng",
    "tổ chức",
    "câu lạc bộ",
    "clb",
    "đội",
    "đội bóng",
    "doanh nghiệp",
];

/// Syllables that make a compound with a noun of [`NOUNS`] after them, no body's noun then:
/// "quân đội" (the army), "đại đội", "trung đội", "tiểu đội" (military units), "phân đội",
/// "biệt đội", "hạm đội" (a fleet).
const COMPOUND_OPENERS: [&str; 7] = ["quân", "đại", "trung", "tiểu", "phân", "biệt", "hạm"];

/// Most lowercase words that qualify the noun ("cổ phần cung ứng dịch vụ").
const MAX_QUALIFIERS: usize = 6;

/// Does a noun of [`NOUNS`] of `n` words stand at word `k`, after a space, not the second
/// part of a compound?
fn noun_at(w: &Words<'_>, k: usize, n: usize) -> bool {
    if k == 0 || k + n > w.len() || (k..k + n).any(|x| w.gap(x) != Gap::Space) {
        return false;
    }
    let phrase = &w.text[w.words[k].start()..w.words[k + n - 1].end()];
    if phrase.len() > 16 {
        return false;
    }
    let lower = to_lowercase(phrase);
    NOUNS.contains(&lower.as_str())
        && !COMPOUND_OPENERS.contains(&to_lowercase(w.word(k - 1)).as_str())
}

/// The title `h` run on over the capitalised words read as its holder's name, when they
/// name the body its last words describe: a noun of [`NOUNS`] after the role, then one
/// lowercase word or more to the title's end, then the name after a space. The name is then
/// no one's.
pub(super) fn body_named_after(w: &Words<'_>, mut h: Hit) -> Hit {
    let Some((s, r)) = h.name else {
        return h;
    };
    if s != h.to || s >= w.len() || w.gap(s) != Gap::Space || h.rank_only {
        return h;
    }
    let Some((_, (role_end, _), _)) = title_head(w, h.from) else {
        return h;
    };
    let lower_from =
        |k: usize| (k..h.to).all(|x| w.words[x].case() == Case::Lower && w.gap(x) == Gap::Space);
    let from = role_end.max(h.to.saturating_sub(MAX_QUALIFIERS + 3));
    let described = (from..h.to).any(|k| {
        (1..=3).any(|n| k + n < h.to && lower_from(k + n) && noun_at(w, k, n))
            && h.to - k <= MAX_QUALIFIERS + 3
    });
    if described {
        run_to(w, &mut h, r);
    }
    h
}
