//! A post said with the name its holder goes by: "tên" (a name), "có tên" (having the
//! name) and either with "là" after it, between a noun phrase and a name, say "an X named
//! Y" ("giám đốc một công ty tên là Trần Văn Bình", "một giáo sư Fox tên là Isaac
//! Gottlieb"). The noun phrase before them is the holder's post, the capitalised words
//! after them the holder's name, a full or a foreign one. A run of capitalised words read
//! as a name right after the post, before "tên", is the post's body ("giáo sư Fox": the
//! school).
//!
//! A given name alone after them names the holder too, as the annotation guide makes it
//! a name ("chủ sà lan tên Nam", "cán bộ trại tạm giam tên Nghĩa", as "bầu Đức" was):
//! the person so introduced is a new one, which the merge of later mentions
//! ([`super::merge`]) keeps apart from a full name said before with the same given name
//! ("nhân chứng Lữ Minh Nghĩa … một cán bộ trại tạm giam tên Nghĩa": two people). A
//! common noun said bare before "tên" (a staff post with no organisation, "thành viên")
//! gives no post.

use super::names::name_right_at;
use super::titles::{Hit, given_name_at, run_to, title_head};
use super::words::{Gap, Words};

/// The word after "tên", "có tên", "tên là" or "có tên là" said at word `j`, each word one
/// space after the one before it and the word after them too.
fn after_name_word(w: &Words<'_>, j: usize) -> Option<usize> {
    let spaced = |k: usize| k < w.len() && w.gap(k) == Gap::Space;
    let mut k = j;
    if w.word(k) == "có" {
        k += 1;
    }
    if !(spaced(k) || k == j) || w.word(k) != "tên" {
        return None;
    }
    k += 1;
    if spaced(k) && w.word(k) == "là" {
        k += 1;
    }
    spaced(k).then_some(k)
}

/// The name "tên" gives the post that ends at byte `end`, at word `j` ("chủ sà lan tên
/// Nam (ngụ …)"): its words, the clause going on after it
/// ([`super::goes_on_after_name`]).
pub(super) fn named_by_ten(w: &Words<'_>, end: usize, j: usize) -> Option<(usize, usize)> {
    if j >= w.len() || w.gap_from(end, j) != Gap::Space {
        return None;
    }
    let s = after_name_word(w, j)?;
    // (a given name alone too: a new person, [`introduced_at`])
    let r = name_right_at(w, s).or_else(|| given_name_at(w, s).then_some(s + 1))?;
    // (the clause goes on after the name, a bracket too: "tên Nam (ngụ …)")
    super::goes_on_after_name(w, r, |g| g == Gap::Open).then_some((s, r))
}

/// Does "tên", "có tên", "tên là" or "có tên là" stand right before word `s`, introducing
/// the name said there? A given name so introduced names a new person, not a later mention
/// of one named in full before ("nhân chứng Lữ Minh Nghĩa … một cán bộ tên Nghĩa": two
/// people): the merge keeps it apart ([`super::merge`]).
pub(super) fn introduced_at(w: &Words<'_>, s: usize) -> bool {
    (s.saturating_sub(MAX_NAME_WORDS + 1)..s).any(|j| after_name_word(w, j) == Some(s))
}

/// Is the title `h` a common noun said bare, no post of its own before "tên": a staff
/// post with no organisation after it ("một cán bộ tên …", whose post the staff entries
/// make a title only with the body it serves) or "thành viên" alone (a member of any
/// group: "thành viên có tên … an ủi trên nhóm chat")?
pub(super) fn bare_common_noun(w: &Words<'_>, h: &Hit) -> bool {
    title_head(w, h.from).is_some_and(|(role, (to, _), x)| {
        h.to == to && (x.staff || (to == role + 2 && super::band::member_at(w, role)))
    })
}

/// The name "tên" gives after the run `s..r` read as the name of the title `h` ("giáo sư
/// Fox tên là Isaac Gottlieb"): the run is then the post's body, taken into the title. A
/// Vietnamese full name is a name, which "tên" never follows.
pub(super) fn body_before_ten(
    w: &Words<'_>,
    h: &mut Hit,
    s: usize,
    r: usize,
) -> Option<(usize, usize)> {
    if r >= w.len() || w.split_run(s, w.run_end(s), 2) == Some(s) {
        return None;
    }
    let named = named_by_ten(w, w.words[r - 1].end(), r)?;
    run_to(w, h, r);
    Some(named)
}

/// Most words of "có tên là".
const MAX_NAME_WORDS: usize = 3;

/// The title `h` with "tên", "có tên", "tên là" or "có tên là" cut from its end, where its
/// reading ran over them, to the name after them ("giám đốc công ty tên Trần Văn Hùng": the
/// title "giám đốc công ty") or to its own end ("… tên" before the stop "là"): the words
/// after the cut are then left to [`named_by_ten`].
pub(super) fn cut_name_word(w: &Words<'_>, mut h: Hit) -> Hit {
    if h.name.is_some_and(|(s, _)| s != h.to) {
        return h;
    }
    if let Some(k) = (h.from + 1..h.to).rev().take(MAX_NAME_WORDS).find(|&k| {
        after_name_word(w, k).is_some_and(|a| {
            // (or over a given name alone, read as the body's own name: "trưởng thôn
            // tên Hùng")
            a >= h.to || (a + 1 == h.to && given_name_at(w, a))
        })
    }) {
        h.to = k;
        h.end = w.words[k - 1].end();
    }
    h
}

#[cfg(test)]
mod tests {
    fn officials(text: &str) -> Vec<(String, Vec<String>)> {
        super::super::extract(text)
            .0
            .into_iter()
            .map(|o| (o.name, o.titles.into_iter().map(|t| t.text).collect()))
            .collect()
    }

    fn has(text: &str, name: &str, title: &str) -> bool {
        officials(text)
            .iter()
            .any(|(n, t)| n == name && t.iter().any(|x| x == title))
    }

    #[test]
    fn a_post_named_by_ten_holds_the_name_after_it() {
        let text = "Hôm qua, một trưởng thôn tên Trần Văn Hùng đã bị kỷ luật.";
        assert!(
            has(text, "Trần Văn Hùng", "trưởng thôn"),
            "{:?}",
            officials(text)
        );
        let text = "Tôi gặp phó giám đốc một công ty tên là Trần Văn Bình ở chợ.";
        assert!(
            has(text, "Trần Văn Bình", "phó giám đốc một công ty"),
            "{:?}",
            officials(text)
        );
        let text = "Một luật sư có tên Peter Miller (ngụ ở bang Ohio) đã lên tiếng.";
        assert!(
            has(text, "Peter Miller", "luật sư"),
            "{:?}",
            officials(text)
        );
        // the body said between the post and "tên" is the post's
        let text = "Một giáo sư Harvard tên là John Smith đã bị bắt.";
        assert!(
            has(text, "John Smith", "giáo sư Harvard"),
            "{:?}",
            officials(text)
        );
    }

    #[test]
    fn a_given_name_named_by_ten_is_a_new_person() {
        let text = "Hôm qua, một trưởng thôn tên Hùng đã bị kỷ luật.";
        assert!(has(text, "Hùng", "trưởng thôn"), "{:?}", officials(text));
        let text = "Ông nhờ một cán bộ trại tạm giam có tên là Nghĩa chuyển thư.";
        assert!(
            has(text, "Nghĩa", "cán bộ trại tạm giam"),
            "{:?}",
            officials(text)
        );
        // a full name with the same given name said before is another person: the
        // newly introduced one is not joined to it, nor takes its title
        let text = "Phó Chủ tịch UBND xã Trần Văn Hùng có mặt. Sau đó, một trưởng thôn tên \
                    Hùng đã bị kỷ luật.";
        let found = officials(text);
        assert!(has(text, "Hùng", "trưởng thôn"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Trần Văn Hùng" && t.iter().all(|x| x != "trưởng thôn")),
            "{found:?}"
        );
        // the given name of a title said alone still joins the full name said before
        let text = "Phó Chủ tịch UBND xã Trần Văn Hùng có mặt. Sau đó, Phó Chủ tịch Hùng \
                    phát biểu.";
        let found = officials(text);
        assert!(found.iter().all(|(n, _)| n != "Hùng"), "{found:?}");
    }

    #[test]
    fn no_name_without_a_post_or_with_a_run_going_on() {
        // no post before "tên": a friend named Hùng holds none
        let text = "Anh có một người bạn tên Hùng làm ở quán.";
        assert!(officials(text).is_empty(), "{:?}", officials(text));
        // a common noun said bare before "tên" is no post: a staff noun with no
        // organisation, a member of any group
        let text = "Một cán bộ tên Hùng đã nhận tiền.";
        assert!(officials(text).is_empty(), "{:?}", officials(text));
        let text = "Trong nhóm, một thành viên có tên Hùng an ủi mọi người.";
        assert!(officials(text).is_empty(), "{:?}", officials(text));
        // "tên" inside a word of the title ("tên lửa", a missile) cuts nothing
        let text = "Chỉ huy đơn vị chống tên lửa Nga Sergei Ivanov cho hay.";
        assert!(
            has(text, "Sergei Ivanov", "Chỉ huy đơn vị chống tên lửa Nga"),
            "{:?}",
            officials(text)
        );
        // the thing a post's body is called is no person ("mang tên")
        let text = "Giám đốc Sở đã đến thăm công trình mang tên Hùng Vương.";
        assert!(officials(text).is_empty(), "{:?}", officials(text));
    }
}
