//! Officials: a name written two ways in one article is one person (issue 12, false alarms
//! on unseen articles), with sentences written for these tests.

mod common;
use common::named;

/// A given name written lowercase by a slip ("Thủ tướng Phạm Minh chính") is read as a
/// word after a two-word name; where the two words open exactly one official's
/// three-word name and that name's last word follows them lowercase, they are that
/// official, who takes the title said there. Two words that open a longer name with
/// another word after them are someone else.
#[test]
fn a_given_name_written_lowercase() {
    let text = "Thủ tướng Phạm Minh chính và người đồng cấp gặp gỡ. Tại cuộc gặp, Bộ \
                trưởng Phạm Minh Chính khẳng định.";
    let got = named(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Phạm Minh Chính");
    let mut titles = got[0].1.clone();
    titles.sort();
    assert_eq!(titles, ["Bộ trưởng", "Thủ tướng"]);
    let text = "Giám đốc Phạm Minh cho biết. Tại cuộc gặp, Thủ tướng Phạm Minh Chính khẳng định.";
    assert_eq!(named(text).len(), 2, "{:?}", named(text));
}
