use super::*;

/// The run kept from the last ask is the one read again, asked in any order.
#[test]
fn foreign_run_kept_is_read_again() {
    let w = Words::new("Ông Ursula von der Leyen, bà Kim Jong-un và Nguyễn Văn A nói");
    for j in (0..w.len()).chain((0..w.len()).rev()).chain([3, 3, 0, 3]) {
        let (kept, read) = (w.foreign_run(j), w.read_foreign_run(j));
        assert_eq!(
            (kept.end, kept.parts, kept.foreign),
            (read.end, read.parts, read.foreign)
        );
    }
}

#[test]
fn names_split_from_places() {
    let w = Words::new("Hà Nội Nguyễn Đức Chung");
    assert_eq!(w.run_end(0), 5);
    assert_eq!(w.split_run(0, 5, 2), Some(2));
    let w = Words::new("Lâm Đồng Trần Đức Quận");
    assert_eq!(w.split_run(0, 5, 2), Some(2));
    let w = Words::new("Mai Hồng Hà");
    assert_eq!(w.split_run(0, 3, 2), Some(0));
}

#[test]
fn names_never_start_inside_places() {
    // huyện Mỹ Đức | Nguyễn Văn Bình
    let text = "huyện Mỹ Đức Nguyễn Văn Bình";
    let places = crate::extract::place::mentions(text, None);
    let w = Words::with_places(text, crate::extract::doc(text).tokens, &places);
    let p = w.place_at(2).map(|p| (p.from, p.to, p.abroad));
    assert_eq!(p, Some((0, 3, false)));
    assert_eq!(w.place_at(3), None);
    assert_eq!(w.run_end(1), 6);
    assert_eq!(w.split_run(1, 3, 2), None);
    assert_eq!(w.split_org_run(1, 6, 3), (Some(3), 3));
    // Without the places, "Mỹ Đức" ends the run's organisation part at its end.
    let w = Words::new(text);
    assert_eq!(w.split_org_run(1, 6, 3), (Some(3), 6));
}

#[test]
fn place_opens_a_run_of_its_own() {
    use crate::extract::place::{Mentions, PlaceKind};
    use crate::span::Span;
    // The place reader finds no bare place right after a capitalised word today; a
    // name still never runs into a place mention.
    let text = "Nguyễn Văn Bình Hà Nội";
    let at = text.find("Hà Nội").unwrap_or(0);
    let place = Mentions::of_names(&[(Span::new(at, text.len()), PlaceKind::Admin)]);
    assert_eq!(Words::new(text).run_end(0), 5);
    let w = Words::with_places(text, crate::extract::doc(text).tokens, &place);
    assert_eq!(w.run_end(0), 3);
    assert_eq!(w.run_end(3), 5);
    assert_eq!(w.split_run(3, 5, 2), None);
}
