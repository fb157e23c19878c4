//! Places and what stands around them: a credit names who took a photo, not a place; a
//! name joined into a foreign title or organization is no place; a class word that ends
//! a compound ("giang hồ", "vùng núi") names no feature; a common noun or a cue word that
//! opens a sentence ("Vùng", "Người", "Nước") is no part of the name after it.

use vinews::Article;

/// The text and kind of every mention of every place of `text`, in order.
fn mentions(text: &str) -> Vec<(String, String)> {
    let article = Article::parse(text);
    let mut out: Vec<(usize, String, String)> = article
        .places
        .iter()
        .flat_map(|p| {
            let kind = serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            p.mentions
                .iter()
                .map(move |m| (m.start, text[m.start..m.end].to_string(), kind.clone()))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, t, k)| (t, k)).collect()
}

/// The texts of the mentions of `text`.
fn texts(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(t, _)| t).collect()
}

/// A credit after "Ảnh:", "Nguồn:" (up to the bracket, the line's or the sentence's end,
/// a few words) names a newspaper, a body or a photographer, no place of the article; the
/// caption before it keeps its places, and a long run after "Ảnh:" is a caption.
#[test]
fn a_credit_names_no_place() {
    for (text, want) in [
        (
            "Người dân tắm biển ở Vũng Tàu (Ảnh: Công an huyện Ea Súp).",
            vec!["Vũng Tàu"],
        ),
        (
            "Biệt thự của đại gia ở Hà Nội. Ảnh: Sài Gòn tiếp thị.\nGiá nhà tăng.",
            vec!["Hà Nội"],
        ),
        ("Hoa phượng nở rộ. (Ảnh: Tiến Đà Lạt)", vec![]),
        ("Tàu ngầm chìm (ảnh: Hải quân Indonesia)", vec![]),
        ("Bệnh nhân được cách ly.\nNguồn: CDC Hà Nam", vec![]),
        (
            "Ảnh: Du khách từ Việt Nam và Australia (trừ bang Victoria) được nhập cảnh.",
            vec!["Việt Nam", "Australia"],
        ),
    ] {
        assert_eq!(texts(text), want, "{text}");
    }
}

/// After a lowercase word of another language that joins a foreign name to a word that is
/// no Vietnamese syllable, a place's name is part of a title or an organization's name;
/// after a Vietnamese word the same name is a place.
#[test]
fn a_name_joined_into_a_foreign_title_is_no_place() {
    for text in [
        "Phim The Trial of the Chicago 7 đoạt giải.",
        "Anh đóng vai chính trong One Night in Miami.",
        "Cô học tại University of Sydney.",
        "Các CLB AC Milan, Atlético de Madrid đã rút lui.",
    ] {
        assert_eq!(texts(text), Vec::<String>::new(), "{text}");
    }
    for (text, want) in [
        (
            "Cô sống ở Miami và làm việc in ấn ở Chicago.",
            vec!["Miami", "Chicago"],
        ),
        (
            "Bộ phim về Chicago được chiếu tại Miami.",
            vec!["Chicago", "Miami"],
        ),
    ] {
        assert_eq!(texts(text), want, "{text}");
    }
}

/// A class word that ends a compound names no feature ("giang hồ": the underworld,
/// "cướp biển": pirates, "vùng núi": the highlands): the name after it is what it
/// belongs to, a place when one is known ("vùng núi Tây Bắc" is the region); a team
/// called by its city's river ("đội bóng sông Hàn") is no feature either.
#[test]
fn a_class_word_ending_a_compound_names_no_feature() {
    let region = |t: &str| (t.to_string(), "region".to_string());
    assert_eq!(
        mentions("Du khách lên vùng núi Tây Bắc ngắm lúa."),
        vec![region("Tây Bắc")]
    );
    assert_eq!(
        mentions("Trời rét ở các tỉnh vùng núi Bắc Bộ."),
        vec![region("Bắc Bộ")]
    );
    for text in [
        "Hắn là trùm giang hồ Tý Điên.",
        "Điện thoại theo phong cách cướp biển Caribbean.",
        "HLV của đội bóng sông Hàn nói sau trận.",
    ] {
        assert_eq!(texts(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        texts("Thuyền chở khách trên sông Hàn."),
        vec!["sông Hàn"],
        "a feature after a common word"
    );
}

/// A common noun of place or a one-word cue that opens a sentence, capitalised there, is
/// no part of the name after it: "Vùng Tây Bắc", "Người Mỹ", "Nước Pháp", "Phía Nga".
#[test]
fn a_cue_opening_a_sentence_is_no_part_of_the_name() {
    for (text, want) in [
        ("Vùng Tây Bắc có nhiều núi.", "Tây Bắc"),
        ("Người Mỹ thích bóng chày.", "Mỹ"),
        ("Nước Pháp có nhiều lâu đài.", "Pháp"),
        ("Tin đã được gửi đi. Phía Nga chưa trả lời.", "Nga"),
    ] {
        assert_eq!(texts(text), vec![want], "{text}");
    }
    // Not a cue: a capitalised word before the name makes a longer name.
    assert_eq!(
        texts("Công ty Thăng Long Hà Nội phá sản."),
        Vec::<String>::new()
    );
}

/// A highway named after a city ("xa lộ Hà Nội" of Thủ Đức) is a road, as a street is.
#[test]
fn a_highway_named_after_a_city_is_no_place() {
    assert_eq!(
        texts("Xe chạy trên xa lộ Hà Nội, qua TP Thủ Đức."),
        vec!["TP Thủ Đức"]
    );
}

/// A province whose name is two joined by a dash is one place whether the dash is a
/// hyphen or an en dash ("Bà Rịa – Vũng Tàu", as news often writes it), with or without
/// spaces, after its unit word or bare; the part after the dash is no place of its own.
#[test]
fn a_name_joined_by_an_en_dash_is_one_place() {
    for text in [
        "Người dân tỉnh Bà Rịa – Vũng Tàu đón khách.",
        "Người dân tỉnh Bà Rịa–Vũng Tàu đón khách.",
        "Người dân tỉnh Bà Rịa - Vũng Tàu đón khách.",
    ] {
        let article = Article::parse(text);
        assert_eq!(article.places.len(), 1, "{text}: {:?}", texts(text));
        let place = &article.places[0];
        assert!(place.text.starts_with("tỉnh Bà Rịa"), "{text}");
        assert!(place.text.ends_with("Vũng Tàu"), "{text}");
        let resolved = place.resolved.as_ref().map(|r| r.path.as_str());
        assert_eq!(resolved, Some("tỉnh Bà Rịa - Vũng Tàu"), "{text}");
    }
    assert_eq!(
        texts("Khách đến Bà Rịa – Vũng Tàu và Thừa Thiên – Huế."),
        ["Bà Rịa – Vũng Tàu", "Thừa Thiên – Huế"]
    );
}
