//! Posts outside the state apparatus said with a count (issue 12): the owner of a business
//! whose kind follows a classifier or a number ("chủ một cửa hàng trái cây", "chủ 3 công ty
//! sản xuất phim", "chủ của một trại nuôi cá"), or a chain or network of them ("chủ một
//! chuỗi cửa hàng kinh doanh điện thoại", the nineteenth draw's guide). The indefinite
//! "một" and a count go between the owner's noun and the kind, so the list's owner entries
//! ("Chủ cửa hàng", `official_titles.txt`) are read past them; the annotation guide keeps
//! them inside the title ("bà chủ một thương hiệu mỹ phẩm", "chủ 3 công ty sản xuất phim").

use super::titles::{Hit, title_at, title_head};
use super::vocab::VOCAB;
use super::walk::OrgWalk;
use super::words::{Case, Gap, Words};

/// Most words of a business's kind after the owner's noun ("thẩm mỹ viện"), and one more
/// read so that the longest entry is found.
const MAX_KIND_WORDS: usize = 4;

/// The length in bytes of the owner's noun "chủ": [`counted_kind`] of a word of another
/// length is `None` ([`Words::next_candidate`] asks it of that word alone).
pub(super) const OWNERS_NOUN_LEN: usize = "chủ".len();

/// Words counting the business between "chủ" and its kind: the indefinite classifier and
/// small numbers written as words (a number in digits counts too).
const COUNTS: [&str; 5] = ["một", "hai", "ba", "bốn", "năm"];

/// The owner's post at word `i` whose kind follows a count ([`counted_kind`]), with its
/// organisation read as a title's is: `None` for any other word.
#[inline]
pub(super) fn counted_owner(w: &Words<'_>, i: usize) -> Option<Hit> {
    if !owners_noun(w.word(i)) {
        return None;
    }
    counted_owner_at(w, i)
}

/// [`counted_owner`] of a word that is "chủ".
#[inline(never)]
fn counted_owner_at(w: &Words<'_>, i: usize) -> Option<Hit> {
    let k = counted_kind(w, i)?;
    let mut hit = Hit::words(w, i, k);
    OrgWalk::new(hit, false).run(w, &mut hit);
    Some(hit)
}

/// Is word `i` "chủ" before a count ("một", "3", "của một") and the kind of a business
/// that the list's owner entries name ("cửa hàng", "công ty")? Returns the word after the
/// kind. Cheap for any other word: only a word of the length of "chủ" is compared.
#[inline]
pub(super) fn counted_kind(w: &Words<'_>, i: usize) -> Option<usize> {
    // (the word's length first, read from the word itself: the text is sliced for a word
    // of three bytes' length only, as `Words::next_candidate` asks of every word)
    let x = w.words.get(i)?;
    if x.end() - x.start() != OWNERS_NOUN_LEN || !owners_noun(w.word(i)) {
        return None;
    }
    counted_kind_after(w, i)
}

/// [`counted_kind`] of a word that is "chủ" (out of line: the test of the word above is
/// inlined where every word is asked, this part is asked of "chủ" alone).
#[inline(never)]
fn counted_kind_after(w: &Words<'_>, i: usize) -> Option<usize> {
    let mut j = i + 1;
    if j < w.len() && w.gap(j) == Gap::Space && w.word(j) == "của" {
        j += 1;
    }
    if j >= w.len() || w.gap(j) != Gap::Space || !counts(w.word(j)) {
        return None;
    }
    let mut kind = j + 1;
    if kind >= w.len() || w.gap(kind) != Gap::Space {
        return None;
    }
    // (a chain or a network of the businesses: "chủ một chuỗi cửa hàng", "chủ một hệ
    // thống nhà hàng"; the kind after it)
    if let Some(n) = collective_at(w, kind) {
        kind += n;
        if kind >= w.len() || w.gap(kind) != Gap::Space {
            return None;
        }
        // (a network that trades in goods, the goods said after the verb: "chủ một hệ
        // thống kinh doanh điện thoại", "chủ một chuỗi kinh doanh các mặt hàng …")
        if let Some(e) = trade_object_at(w, kind) {
            return Some(e);
        }
    }
    kind_end(w, kind)
}

/// The word after the kind of a business that the list's owner entries name ("cửa hàng",
/// "công ty", "nhà hàng") opening at word `kind`, its words read after "chủ " as the
/// entries are; `None` where no owner's entry reads there.
pub(super) fn kind_end(w: &Words<'_>, kind: usize) -> Option<usize> {
    if kind >= w.len() {
        return None;
    }
    let last = (kind..w.len().min(kind + MAX_KIND_WORDS))
        .take_while(|&x| x == kind || w.gap(x) == Gap::Space)
        .last()?;
    let from = w.words[kind].start();
    let phrase = format!("chủ {}", &w.text[from..w.words[last].end()]);
    let m = VOCAB.longest_in(&phrase, 0)?;
    if !m.tags.owner {
        return None;
    }
    let end = from + m.end.checked_sub("chủ ".len())?;
    (kind..=last)
        .find(|&x| w.words[x].end() == end)
        .map(|x| x + 1)
}

/// The words of a noun at word `k` that groups businesses of one kind said after it, a
/// chain ("chuỗi") or a network ("hệ thống"): 1 or 2, or `None`.
fn collective_at(w: &Words<'_>, k: usize) -> Option<usize> {
    match w.word(k) {
        "chuỗi" => Some(1),
        "hệ" if k + 1 < w.len() && w.gap(k + 1) == Gap::Space && w.word(k + 1) == "thống" => {
            Some(2)
        }
        _ => None,
    }
}

/// The word after the verb of trade "kinh doanh" (to deal in) at word `k` and the plural
/// that opens its object ("các", "những": "kinh doanh các linh kiện máy tính"), when a
/// word of the goods follows, a space between: the goods are read after it as a
/// business's kind is. `None` for any other word.
fn trade_object_at(w: &Words<'_>, k: usize) -> Option<usize> {
    let spaced = |x: usize| x < w.len() && w.gap(x) == Gap::Space;
    if !(w.word(k) == "kinh" && spaced(k + 1) && w.word(k + 1) == "doanh") {
        return None;
    }
    let mut e = k + 2;
    if spaced(e) && matches!(w.word(e), "các" | "những") {
        e += 1;
    }
    spaced(e).then_some(e)
}

/// Does `word` count a business: "một", a small number in words or a number in digits?
fn counts(word: &str) -> bool {
    COUNTS.contains(&word)
        || (!word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()))
}

/// Is `word` the owner's noun "chủ" (a word of its length only is compared)?
#[inline]
fn owners_noun(word: &str) -> bool {
    word.len() == "chủ".len() && matches!(word, "chủ" | "Chủ")
}

/// Does a trade said lowercase open at word `j`, right after an addressed name and a
/// space, as a title apposed with no comma ("anh Lâm chủ quán cho biết", "Thầy Nguyễn
/// Văn A giáo viên trường THCS B nói": the twenty-first draw's guide gives "anh Lâm chủ
/// quán" the owner's title)? Only an owner's post ("chủ quán", "chủ một cửa hàng") or an
/// employee's with the unit it serves (`official_titles.txt`: "giáo viên" is a title
/// only with its school), naming no one after it, then the clause going on: a lowercase
/// word, a comma, a colon, a stop or the text's end. A post of the apparatus said
/// lowercase after a name may be another's object ("anh A gặp chủ tịch xã"), and a
/// capitalised one is read as such already.
pub(super) fn spaced_trade(w: &Words<'_>, j: usize) -> bool {
    if j >= w.len() || w.gap(j) != Gap::Space || w.words[j].case() != Case::Lower {
        return false;
    }
    let trade = counted_kind(w, j).is_some()
        || title_head(w, j).is_some_and(|(role, _, x)| role == j && (x.owner || x.employee));
    trade
        && title_at(w, j).is_some_and(|h| {
            h.name.is_none()
                && !h.rank_only
                && (h.to >= w.len()
                    || match w.gap_from(h.end, h.to) {
                        Gap::Space => w.words[h.to].case() == Case::Lower,
                        Gap::Comma | Gap::Colon | Gap::Stop | Gap::Break => true,
                        _ => false,
                    })
        })
}

/// Is `h` an owner's post ("chủ quán", "chủ một cửa hàng": the `owner` entries of
/// `official_titles.txt`, or "chủ" before a count and their kind)?
pub(super) fn owner_title(w: &Words<'_>, h: &Hit) -> bool {
    counted_kind(w, h.from).is_some() || title_head(w, h.from).is_some_and(|(_, _, x)| x.owner)
}

/// Adjectives of a business's renown made of "có" and a noun ("có tiếng", famous; "có uy
/// tín", reputable; "có tên tuổi"), said between its kind and its place.
const RENOWN: [&[&str]; 3] = [&["tiếng"], &["uy", "tín"], &["tên", "tuổi"]];

/// The word after the renown said right after the owner's post `h` ("chủ một quán nhậu có
/// tiếng ở Y"), when "ở" or "tại" follows it: the place after it is the business's, as
/// right after its kind (the thirteenth draw's guide keeps the whole phrase).
pub(super) fn renown_end(w: &Words<'_>, h: &Hit) -> Option<usize> {
    let k = h.to;
    if k + 2 >= w.len() || w.soft_gap(h.end, k) != Gap::Space || w.word(k) != "có" {
        return None;
    }
    let spaced = |x: usize| x < w.len() && w.gap(x) == Gap::Space;
    let e = RENOWN.iter().find_map(|words| {
        let e = k + 1 + words.len();
        (words
            .iter()
            .enumerate()
            .all(|(d, x)| spaced(k + 1 + d) && w.word(k + 1 + d) == *x)
            && spaced(e)
            && matches!(w.word(e), "ở" | "tại"))
        .then_some(e)
    })?;
    owner_title(w, h).then_some(e)
}

/// "Quyền Luật sư Hoa Kỳ, bà X": a profession held in acting ("quyền", "tạm quyền" among
/// the modifiers before its role) for a country is a post of that country's (the United
/// States Attorney), no degree, so that a name may be set after it as after any post: the
/// rank `hit`, with no name or organisation read after it, run over the country said right
/// after it and made a post.
pub(super) fn acting_for_country(w: &Words<'_>, mut hit: Hit) -> Hit {
    if !hit.rank_only || hit.name.is_some() || hit.to >= w.len() {
        return hit;
    }
    let Some((role, head, _)) = super::titles::title_head(w, hit.from) else {
        return hit;
    };
    if hit.to != head.0
        || !(hit.from..role).any(|k| w.word(k).eq_ignore_ascii_case("quyền"))
        || w.soft_gap(hit.end, hit.to) != Gap::Space
    {
        return hit;
    }
    if let Some(k) = super::parent::country_end(w, hit.to) {
        hit.end = w.words[k - 1].end();
        hit.to = k;
        hit.rank_only = false;
    }
    hit
}
