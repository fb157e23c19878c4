//! The titles before a name: a row of them chained by spaces or commas (or a dash between
//! two degrees: "TS - BS X") up to the name they end in, and the name a comma sets after
//! the row ("… kiêm Chủ tịch Viện X của Huawei, William Xu chia sẻ").

use super::titles::{Hit, title_at};
use super::words::{Case, Gap, Words};
use super::{
    adverbial, after, apposed_name, monarch, name_after_title, named_by_la_or_surname, owner,
};

/// The titles before a name from word `p` on, chained by spaces or commas (or a dash
/// between two degrees), and the name they end in when one is found; `plural` when the
/// titles are several people's.
pub(super) fn titles_before<'t>(
    w: &Words<'t>,
    p: usize,
    plural: impl Fn() -> bool,
    caps: &mut owner::Capitals<'t>,
) -> (Vec<Hit>, Option<(usize, usize)>) {
    let n = w.len();
    let mut pre: Vec<Hit> = Vec::new();
    let mut q = p;
    let mut found = None;
    // ("ông chủ Stan Kroenke": the owner said with the word of address, first in the row)
    let title_or_owner = |q: usize| {
        title_at(w, q).or_else(|| (q == p).then(|| super::posts::addressed_owner(w, q))?)
    };
    while let Some(mut h) = title_or_owner(q) {
        // "TS - BS X", "thạc sĩ - bác sĩ Y": two degrees or professions joined by a
        // dash, one phrase before the name (the fifteenth draw's guide)
        // ("PGS. TS X": two abbreviated degrees, the first's period and a space between)
        if let Some(last) = pre.last()
            && (degrees_dashed(w, last, &h)
                || degrees_spaced(w, last, &h)
                || degrees_spelt(w, last, &h))
        {
            (h.from, h.start) = (last.from, last.start);
            pre.pop();
        }
        if let Some((s, r)) = h.name {
            found = name_after_title(w, &mut h, s, r, caps);
            pre.push(h);
            break;
        }
        pre.push(h);
        q = h.to;
        if let Some(k) = after::also_before_name(w, h.end, q) {
            q = k;
            continue;
        }
        if let Some(k) = super::coord::and_before_name(w, &h, q)
            && !plural()
        {
            q = k;
            continue;
        }
        // A role written lowercase in running text is a description, not one of a
        // row of titles ("cố vấn … của Tổng thống Mỹ Donald Trump").
        let chained = match w.gap_from(h.end, q) {
            Gap::Space => w.words[h.from].case() != Case::Lower,
            // (a degree then the state's honorary title, "Giáo sư - NSND X": the row goes
            // on to the name, the award no part of the degree and no post of its own)
            Gap::Dash => title_at(w, q).is_some_and(|x| {
                degrees_dashed(w, &h, &x)
                    || degree_then_award(w, &h, &x)
                    || (!plural() && posts_dashed(w, &h, &x))
            }),
            Gap::Comma => {
                !plural()
                    && !comma_ends_titles(w, pre[0].from, h.from)
                    && !super::quoted::quote_closes_after(w, &h)
            }
            _ => false,
        };
        if q >= n || !chained || title_at(w, q).is_none() {
            break;
        }
    }
    (pre, found)
}

/// Are `a` and `b` two abbreviated degrees written as one with a space after the first's
/// period ("PGS. TS", "GS. TSKH", "ThS. BS"), as "PGS.TS" and "PGS TS" are one? Each is
/// letters alone, two of them capitals or more (an abbreviation, no word of the language),
/// or two letters, the first a capital ("ThS. Bs.": the audit of session 30).
fn degrees_spaced(w: &Words<'_>, a: &Hit, b: &Hit) -> bool {
    let abbreviated = |h: &Hit| {
        let s = w.text.get(h.start..h.end).unwrap_or_default();
        let s = s.strip_suffix('.').unwrap_or(s);
        let capitals = s.bytes().filter(u8::is_ascii_uppercase).count();
        h.to == h.from + 1
            && s.bytes().all(|x| x.is_ascii_alphabetic())
            && (capitals >= 2 || (s.len() == 2 && s.starts_with(|c: char| c.is_ascii_uppercase())))
            && w.tag(h.from).is_some_and(|(_, x)| x.rank && !x.award)
    };
    a.to == b.from
        && w.text.get(a.start..a.end).is_some_and(|s| s.ends_with('.'))
        && w.text.get(a.end..w.words[b.from].start()) == Some(" ")
        && a.rank_only
        && b.rank_only
        && abbreviated(a)
        && abbreviated(b)
}

/// Are `a` and `b` two degrees or professions spelt in full and capitalised, one space
/// between ("Thạc sĩ Bác sĩ X"): one phrase, as its abbreviation "ThS.BS" is (the guide of
/// the twenty-ninth and thirty-ninth draws)? A comma between gives two ("Tiến sĩ, bác sĩ").
fn degrees_spelt(w: &Words<'_>, a: &Hit, b: &Hit) -> bool {
    let spelt = |h: &Hit| {
        degree(w, h)
            && h.to >= h.from + 2
            && (h.from..h.to).all(|k| w.gap(k) == Gap::Space || k == h.from)
    };
    a.to == b.from
        && w.text.get(a.end..w.words[b.from].start()) == Some(" ")
        && w.words[a.from].case() == Case::Title
        && w.words[b.from].case() == Case::Title
        && spelt(a)
        && spelt(b)
}

/// Is the title `h` the state's honorary title alone (`award` in `official_ranks.txt`:
/// "NSND", "Anh hùng Lao động", "Nhà giáo Nhân dân")? An award is no post (the guide of
/// the seventeenth draw: "Thầy thuốc nhân dân, Anh hùng lao động, Nhà giáo nhân dân, Nghệ
/// sĩ nhân dân … being awards, no posts, as 'Hoa hậu' was not"; no dev table writes one
/// as a title): it still stands before a name as a rank does, so that the name is read
/// with the posts said beside it, but it is no title of its own (the precision audit of
/// session 25). A modifier before it changes nothing: "cố NSND X" (the late People's
/// Artist) and "nguyên NGƯT Y" are awards too (the precision audit of session 27).
pub(super) fn award_only(w: &Words<'_>, h: &Hit) -> bool {
    let mut k = h.from;
    while let Some((t, _)) = w.tag(k).filter(|(_, x)| x.modifier && !x.award) {
        k += t.n;
    }
    h.rank_only && k < h.to && w.tag(k).is_some_and(|(t, x)| x.award && t.n == h.to - k)
}

/// Are `a` and `b` two degrees or professions a dash joins into one phrase ("TS - BS",
/// "thạc sĩ - bác sĩ"), neither the state's honorary title (`award`)?
fn degrees_dashed(w: &Words<'_>, a: &Hit, b: &Hit) -> bool {
    a.to == b.from && w.gap_from(a.end, b.from) == Gap::Dash && degree(w, a) && degree(w, b)
}

/// Is the title `h` a degree or profession alone (a rank of `official_ranks.txt` that is
/// not the state's honorary title, `award`)?
fn degree(w: &Words<'_>, h: &Hit) -> bool {
    h.rank_only
        && w.tag(h.from)
            .is_some_and(|(t, x)| x.rank && !x.award && t.n <= h.to - h.from)
}

/// Are `a` and `b` two capitalised titles a spaced dash joins before a name ("Phó Thủ
/// tướng – Bộ trưởng Ngoại giao X", "Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Y"): two posts
/// of one person, as "kiêm" joins them (the eighteenth draw's guide), each a title of its
/// own. A lowercase role is a description of the clause, not a row of titles; a rank or
/// degree after a dash opens the next person of a caption's list ("…, Tổng cục trưởng Y -
/// PGS.TS Z").
fn posts_dashed(w: &Words<'_>, a: &Hit, b: &Hit) -> bool {
    let capitalised = |h: &Hit| w.words[h.from].case() != Case::Lower;
    a.to == b.from
        && w.gap_from(a.end, b.from) == Gap::Dash
        && w.text
            .get(a.end..w.words[b.from].start())
            .is_some_and(|s| s.starts_with(' ') && s.ends_with(' '))
        && !a.rank_only
        && !b.rank_only
        && capitalised(a)
        && capitalised(b)
}

/// Does the title `h`, with no name after it, open a row of posts a spaced dash joins that
/// ends in a name ("…, Phó Thủ tướng – Bộ trưởng Ngoại giao Y, …")? The row is the next
/// person's in a list of titled names, not an apposition to the name before it.
pub(super) fn dashed_to_name(w: &Words<'_>, h: &Hit) -> bool {
    h.name.is_none()
        && h.to < w.len()
        && title_at(w, h.to).is_some_and(|x| x.name.is_some() && posts_dashed(w, h, &x))
}

/// Are `a` and `b` a degree or profession and the state's honorary title a dash joins
/// ("Giáo sư - Nghệ sĩ Nhân dân X": the guide of the seventeenth draw gives "Giáo sư")?
fn degree_then_award(w: &Words<'_>, a: &Hit, b: &Hit) -> bool {
    a.to == b.from && w.gap_from(a.end, b.from) == Gap::Dash && degree(w, a) && award_only(w, b)
}

/// "… kiêm Chủ tịch Viện Nghiên cứu Chiến lược của Huawei, William Xu chia sẻ": the name
/// set after the titles `pre` by a comma, the clause going on after it; not after a rank
/// alone, titles of several people (`plural`, asked last: it looks back), a possessor ("người phát ngôn của Tổng
/// thống, ông …") or the object of an opening adverbial ("Báo cáo với Chủ tịch nước, ông
/// …", [`adverbial::with_object`]).
pub(super) fn apposed_after_titles(
    w: &Words<'_>,
    pre: &mut [Hit],
    plural: impl Fn() -> bool,
) -> Option<(usize, usize)> {
    let first = *pre.first()?;
    let last = pre.last_mut()?;
    // ("chủ sà lan tên Nam": the name the post goes by, after a rank too)
    if let Some(named) = super::named::named_by_ten(w, last.end, last.to) {
        return (!plural() && !super::named::bare_common_noun(w, last)).then_some(named);
    }
    if (last.rank_only && !super::apposed::held_rank_before_addressed(w, last))
        || super::quoted::quote_closes_after(w, last)
        || plural()
        || (last.from > 0 && w.word(last.from - 1) == "của")
        || adverbial::with_object(w, first.from)
    {
        return None;
    }
    // "Giám đốc điều hành tập đoàn này, ông X tuyên bố": the body pointed back at by
    // "này" ([`super::tail::demonstrative_end`]) is the title's, the name after it the
    // holder's
    if let Some(k) = super::tail::demonstrative_end(w, last)
        && let end = w.words[k - 1].end()
        && let Some(named) =
            apposed_name(w, end, k).or_else(|| named_by_la_or_surname(w, first.from, end, k))
    {
        super::titles::run_to(w, last, k);
        return Some(named);
    }
    // "Là chủ một quán nhậu ở Y (Z), anh X cho biết": an owner's post before the name
    // runs on over its locatives as one apposed after it does
    // ([`super::tail::apposed_tail`])
    if super::trade::owner_title(w, last) {
        let mut h = *last;
        super::tail::apposed_tail(w, &mut h);
        if h.to > last.to
            && let Some(named) = apposed_name(w, h.end, h.to)
        {
            *last = h;
            return Some(named);
        }
    }
    // ("Chủ tịch Real Madrid, Florentino Perez, người đứng đầu …": a foreign name with
    // its own apposed titles, the row opening a clause)
    let opens = first.from == 0 || matches!(w.gap(first.from), Gap::Stop | Gap::Break | Gap::Comma);
    apposed_name(w, last.end, last.to)
        .or_else(|| named_by_la_or_surname(w, first.from, last.end, last.to))
        .or_else(|| {
            let k = body_described(w, last)?;
            apposed_name(w, w.words[k - 1].end(), k)
        })
        .or_else(|| super::seat::named_after_seat(w, last))
        .or_else(|| opens.then(|| super::apposed::name_then_titled_segment(w, last.to))?)
}

/// Most words of a description of a title's body set after it by commas ("hạm đội phụ
/// trách khu vực này").
const MAX_BODY_DESCRIPTION_WORDS: usize = 12;

/// "Theo người phát ngôn Hạm đội 5, hạm đội phụ trách khu vực này, bà X cho biết": a
/// segment after the title `h` and a comma that opens with its body's head noun said
/// again in lowercase ("hạm đội", "công ty") describes the body, an apposition of the
/// organisation's, not of the person's; the word after the comma that closes it, where
/// the holder's name may be set. The head is a capitalised word of the title after its
/// role, with the word after it when the segment's next word matches it too (a head of
/// two words).
fn body_described(w: &Words<'_>, h: &Hit) -> Option<usize> {
    let n = w.len();
    let j = h.to;
    if j + 1 >= n || w.gap_from(h.end, j) != Gap::Comma || w.words[j].case() != Case::Lower {
        return None;
    }
    let same = |a: usize, b: usize| w.word(a).to_lowercase() == w.word(b).to_lowercase();
    let head = (h.from + 1..h.to).find(|&k| w.words[k].case() == Case::Title && same(k, j))?;
    if head + 1 < h.to
        && w.gap(head + 1) == Gap::Space
        && w.words[head + 1].case() == Case::Lower
        && !same(head + 1, j + 1)
    {
        return None;
    }
    let mut k = j + 1;
    while k < n && k <= j + MAX_BODY_DESCRIPTION_WORDS && w.gap(k) == Gap::Space {
        k += 1;
    }
    (k > j + 1 && k < n && w.gap(k) == Gap::Comma).then_some(k)
}

/// Does a comma after the title at word `from` end the row of titles that opens at word
/// `first`: after a monarch ([`monarch`]), after the object of a sentence's opening
/// adverbial ("Báo cáo với Chủ tịch nước, bác sĩ X …", [`adverbial::with_object`]), or
/// after a possessor's post ("thực hiện chỉ đạo của Thủ tướng Chính phủ, GS.TS X đã …": the
/// row is inside the noun phrase "của" closes, the name after the comma the clause's
/// subject, as [`apposed_after_titles`] reads no name after a possessor)?
fn comma_ends_titles(w: &Words<'_>, first: usize, from: usize) -> bool {
    monarch(w, from)
        || adverbial::with_object(w, first)
        || (first > 0
            && w.gap(first) == Gap::Space
            && w.word(first - 1) == "của"
            // (a possessor's post: degrees in a row stay one person's, "của PGS, TS. X")
            && title_at(w, first).is_some_and(|h| !h.rank_only))
}

/// Reads the degrees glued by their periods to the rank `hit` into it ("Ths.Bs",
/// "TS.BS"), and the state's honorary title glued after them ("GS.TS.TTND X": an award,
/// no part of the degrees, as [`award_only`] says). When an award is read so, its first
/// word and the degrees' end byte are returned: the title ends before the award once the
/// name is read after it.
pub(super) fn glue_degrees(w: &Words<'_>, hit: &mut Hit) -> Option<(usize, usize)> {
    while let Some(next) = w.words.get(hit.to)
        && next.start() == hit.end
        && let Some((_, (to, end), x)) = super::titles::title_head(w, hit.to)
        && x.rank
        && !x.title
    {
        // (the period that glues the award is no part of the degrees': "GS.TS")
        let degrees = (
            hit.to,
            hit.end - usize::from(w.text[..hit.end].ends_with('.')),
        );
        hit.to = to;
        hit.end = end;
        if x.award {
            return Some(degrees);
        }
    }
    None
}
