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
    Some(Hit::words(w, j, k))
}

/// The word after the longest role noun of the list at word `j`, its words after spaces.
fn role_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if j >= w.len() || !FIRST_WORDS.contains(to_lowercase(w.word(j)).as_str()) {
        return None;
    }
    w.listed_phrase_end(j, MAX_ROLE_WORDS, |p| ROLES.contains(p))
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
        // "người trông coi miếu Bà Chúa Xứ": a word of address capitalised after a word of
        // the workplace, a capitalised word after it, opens the body's own name (mid-sentence
        // a word of address before a person's name is written lowercase); the name's
        // capitalised words are the workplace's, whatever the lists hold them as
        if let Some(e) = addressed_body_name(w, r, k) {
            body = true;
            k = e;
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

/// The word after a body's own name opening with a word of address at word `k`, inside a
/// workplace said from word `r` ("miếu Bà Chúa Xứ", "đền Ông Hoàng Mười"): the word of
/// address capitalised after a lowercase word of the workplace (not at its first word),
/// and capitalised words after it, each after a space; `None` for any other word.
fn addressed_body_name(w: &Words<'_>, r: usize, k: usize) -> Option<usize> {
    let capitalised = |x: usize| capitalised_after_space(w, x);
    if k <= r
        || w.words[k].case() != Case::Title
        || w.words[k - 1].case() != Case::Lower
        || !w.tag(k).is_some_and(|(t, x)| x.honorific && t.n == 1)
        || !capitalised(k + 1)
    {
        return None;
    }
    let mut e = k + 1;
    while capitalised(e) && e - r < MAX_WORKPLACE_WORDS {
        e += 1;
    }
    Some(e)
}

/// "ông chủ Stan Kroenke", "bà chủ Lena Berg": the owner of a club or company said by the
/// word of address and "chủ" right before the owner's full name (the seventeenth draw's
/// guide writes "Ông chủ X" and "ông chủ X" as the title "ông chủ"), at word `p`, the
/// "chủ" after "ông" or "bà": the title from the word of address, with the name. None
/// where "chủ" opens a longer word of the lists ("ông Chủ tịch X", "bà chủ quán Y", read
/// as theirs), or what follows is no full name of two words or more ("ông chủ Facebook",
/// "ông chủ Hòa Phát": the body owned, no one named).
pub(super) fn addressed_owner(w: &Words<'_>, p: usize) -> Option<Hit> {
    if p == 0
        || p + 1 >= w.len()
        || w.word(p) != "chủ"
        || w.tag(p).is_some()
        || w.gap(p) != Gap::Space
        || w.gap(p + 1) != Gap::Space
        || !matches!(to_lowercase(w.word(p - 1)).as_str(), "ông" | "bà")
        || w.words[p + 1].case() == Case::Lower
    {
        return None;
    }
    let mut hit = Hit::words(w, p - 1, p + 1);
    if let Some(r) = super::names::name_right_at(w, p + 1) {
        hit.name = Some((p + 1, r));
        return Some(hit);
    }
    // "Ông chủ Liverpool, John Henry": the club or company owned, a word or two, then a
    // comma or a dash ("ông chủ Liverpool - John W. Henry", a caption's) before the
    // owner's name, read as after any title ([`super::before`])
    let e = (p + 1..w.len().min(p + 4))
        .take_while(|&x| x == p + 1 || capitalised_after_space(w, x))
        .last()?
        + 1;
    if e - (p + 1) > 2 || e >= w.len() || !matches!(w.gap(e), Gap::Comma | Gap::Dash) {
        return None;
    }
    hit.to = e;
    hit.end = w.words[e - 1].end();
    Some(hit)
}

/// Is word `x` capitalised after a space?
fn capitalised_after_space(w: &Words<'_>, x: usize) -> bool {
    x < w.len() && w.gap(x) == Gap::Space && w.words[x].case() != Case::Lower
}

/// More words than any name read at a word holds ([`super::names::name_right_at`]).
const MAX_PAIRED_NAME_WORDS: usize = 16;

/// "Stephen Ross và Anna Berg, hai nhà thiên văn học từ Đại học Z, …": two names joined by
/// "và", each a full name (the second with a word of address or not), then a comma, the
/// count "hai" ("cả hai") and a post naming no one, said lowercase, that closes with the
/// apposition (a comma, a stop, a bracket or dash, or the text's end): the names at word
/// `p`, the second's word of address (its bytes) and the post (the count left out, as a
/// list's "4 thành viên khác" is), or `None`.
pub(super) fn pair_sharing_post(w: &Words<'_>, p: usize) -> Option<SharedPost> {
    let n = w.len();
    if p >= n || w.words[p].case() == Case::Lower {
        return None;
    }
    // (a name is read only where a "và" follows its words, capitalised or particles,
    // within a name's length: most capitalised words have none, and reading a name is dear)
    let and_after = (p + 1..n.min(p + MAX_PAIRED_NAME_WORDS + 1))
        .find(|&x| w.words[x].case() == Case::Lower && !w.tag(x).is_some_and(|(_, t)| t.particle))
        .is_some_and(|x| w.word(x) == "và");
    if !and_after {
        return None;
    }
    let r1 = super::names::name_right_at(w, p)?;
    let spaced = |x: usize| x < n && w.gap(x) == Gap::Space;
    if !spaced(r1) || w.word(r1) != "và" || !spaced(r1 + 1) {
        return None;
    }
    let addressed = super::address_at(w, r1 + 1);
    let s2 = addressed.map_or(r1 + 1, |(next, _)| next);
    let r2 = super::names::name_right_at(w, s2)?;
    if r2 >= n || w.gap(r2) != Gap::Comma {
        return None;
    }
    let mut k = r2;
    if w.word(k) == "cả" && spaced(k + 1) {
        k += 1;
    }
    if w.word(k) != "hai" || !spaced(k + 1) || w.words[k + 1].case() != Case::Lower {
        return None;
    }
    let h = super::titles::title_at(w, k + 1)
        .filter(|h| h.name.is_none() && !h.rank_only)
        .or_else(|| apposed_post(w, k + 1))?;
    let honorific = addressed.map(|(_, end)| (w.words[r1 + 1].start(), end));
    (h.to >= n || w.gap(h.to) != Gap::Space).then_some(SharedPost {
        first: (p, r1),
        second: (s2, r2),
        honorific,
        post: h,
    })
}

/// Two names and the post they share ([`pair_sharing_post`]).
pub(super) struct SharedPost {
    /// The first name's words.
    pub first: (usize, usize),
    /// The second name's words.
    pub second: (usize, usize),
    /// The second name's word of address, its bytes.
    pub honorific: Option<(usize, usize)>,
    /// The post, the count before it left out.
    pub post: Hit,
}

/// "X, nhà cổ sinh vật học và phó giáo sư sinh học tại Đại học Y": a trade noun of the
/// lists' employees ("nhà sinh thái học", "nhà nghiên cứu"), said with no workplace, then
/// "và" and a post tied to a named organisation, apposed to a name together. The trade is
/// the person's title beside the post held (the twenty-third draw's guide), where alone it
/// would be none. The post may be linked by "là" after "và" ("X, nhà tâm lý học và là chủ
/// tịch của Y": and is), as a post is after a name. The trade may say its field first, a
/// few lowercase words ("X, một nhà sinh học hàng hải và người sáng lập của …", "Y, nhà
/// khoa học bảo tồn và là người sáng lập nhóm …": the eighth and thirty-third draws'
/// guides write the trade with its field). Returns the trade's hit and the word where the
/// post starts.
pub(super) fn trade_beside_post(w: &Words<'_>, j: usize) -> Option<(Hit, usize)> {
    let (t, x) = w.tag(j)?;
    if x.employee && w.words[j].case() == Case::Lower {
        let comma = trade_field_before_post(w, j, j + t.n);
        if comma.is_some() {
            return comma;
        }
    }
    let and = if x.employee {
        trade_field_end(w, j + t.n)
    } else {
        j + t.n
    };
    let mut k = and + 1;
    if !x.employee
        || w.words[j].case() != Case::Lower
        || k >= w.len()
        || w.word(and) != "và"
        || w.gap(and) != Gap::Space
        || w.gap(k) != Gap::Space
    {
        return None;
    }
    if w.word(k) == "là" && k + 1 < w.len() && w.gap(k + 1) == Gap::Space {
        k += 1;
    }
    let head = w.tag(k).map_or(1, |(t, _)| t.n);
    let post = super::titles::title_at(w, k)?;
    (post.name.is_none() && post.to > k + head).then_some((
        Hit {
            from: j,
            to: and,
            start: w.words[j].start(),
            end: w.words[and - 1].end(),
            rank_only: false,
            name: None,
            given: false,
        },
        k,
    ))
}

/// The word after the few lowercase words of a trade's field said from word `head` on
/// (none of the lists but a field's, no place: "lúa gạo", "hàng hải", "bảo tồn"), at most
/// [`MAX_TRADE_FIELD_WORDS`]; `head` itself when none is said.
fn trade_field_end(w: &Words<'_>, head: usize) -> usize {
    let mut k = head;
    while k < w.len()
        && k < head + MAX_TRADE_FIELD_WORDS
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && w.place_at(k).is_none()
        && w.word(k) != "và"
    {
        match w.tag(k) {
            None => k += 1,
            Some((t, x)) if x.field && !x.field_verb => k += t.n,
            Some(_) => break,
        }
    }
    k
}

/// Most lowercase words of a trade's field said before a comma and a post ("lúa gạo").
const MAX_TRADE_FIELD_WORDS: usize = 3;

/// "X, chuyên gia lúa gạo, Hiệu trưởng Đại học Y": an employee's trade noun (lowercase,
/// its role ending at word `head`) and the few lowercase words of its field if said, none
/// of the lists but a field's nor a place, then a comma and a post with its body: the
/// trade with its field is the person's title beside the post held, as with "và" ([`trade_beside_post`]; the
/// twenty-ninth draw's guide). Returns the trade's hit and the word where the post starts.
fn trade_field_before_post(w: &Words<'_>, j: usize, head: usize) -> Option<(Hit, usize)> {
    let k = trade_field_end(w, head);
    if k >= w.len() || w.gap(k) != Gap::Comma {
        return None;
    }
    let post = super::titles::title_at(w, k)?;
    let role = w.tag(k).map_or(1, |(t, _)| t.n);
    (post.name.is_none() && !post.rank_only && post.to > k + role).then_some((
        Hit {
            from: j,
            to: k,
            start: w.words[j].start(),
            end: w.words[k - 1].end(),
            rank_only: false,
            name: None,
            given: false,
        },
        k,
    ))
}
