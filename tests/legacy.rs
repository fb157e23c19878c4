//! Legacy encodings: the table in `tests/data/legacy.tsv`, round trips of the seed article
//! through small encoders written here, offset maps of converted text.

use vinews::{Encoding, Span, normalize};

const TABLE: &str = include_str!("data/legacy.tsv");

fn encoding(name: &str) -> Option<Encoding> {
    match name {
        "tcvn3" => Some(Encoding::Tcvn3),
        "vni" => Some(Encoding::Vni),
        "viqr" => Some(Encoding::Viqr),
        "mojibake" => Some(Encoding::Mojibake),
        "none" => None,
        other => panic!("unknown encoding {other:?} in legacy.tsv"),
    }
}

#[test]
fn table_rows() {
    let mut rows = 0;
    for (no, line) in TABLE.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') || line.starts_with("encoding\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "legacy.tsv line {}: three columns", no + 1);
        let (enc, legacy, expected) = (encoding(cols[0]), cols[1], cols[2]);
        let n = normalize(legacy);
        let want = normalize(expected);
        assert_eq!(n.text, want.text, "legacy.tsv line {}", no + 1);
        match enc {
            None => {
                // the clean-up stage may still change it (Ð → Đ), but no repair is made
                assert!(n.repairs.is_empty(), "line {}: {:?}", no + 1, n.repairs);
            }
            Some(e) => {
                assert!(!n.repairs.is_empty(), "line {}: no repair", no + 1);
                for r in &n.repairs {
                    assert_eq!(r.encoding, e, "line {}", no + 1);
                    assert!(r.span.slice(legacy).is_some(), "line {}", no + 1);
                }
            }
        }
        rows += 1;
    }
    assert!(rows >= 60, "{rows} rows");
}

// ---- encoders, Unicode → legacy, for round trips ----

const VOWELS: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// (vowel index, tone, upper case) of a Vietnamese vowel letter.
fn vowel(c: char) -> Option<(usize, usize, bool)> {
    let lower = c.to_lowercase().next()?;
    for (v, row) in VOWELS.iter().enumerate() {
        if let Some(t) = row.chars().position(|x| x == lower) {
            return Some((v, t, lower != c));
        }
    }
    None
}

const TCVN3: &str = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u{ad}ư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ";

/// TCVN3 (as cp1252 text). Upper-case toned letters do not exist in VN3: they are written
/// lower case, and returned lower case in the second string.
fn to_tcvn3(s: &str) -> (String, String) {
    let pairs: Vec<char> = TCVN3.chars().collect();
    let find = |c: char| pairs.chunks(2).find(|p| p[1] == c).map(|p| p[0]);
    let (mut out, mut exp) = (String::new(), String::new());
    for c in s.chars() {
        if let Some(k) = find(c) {
            out.push(k);
            exp.push(c);
        } else if let Some(k) = c.to_lowercase().next().filter(|&l| l != c).and_then(find) {
            out.push(k);
            exp.extend(c.to_lowercase());
        } else {
            out.push(c);
            exp.push(c);
        }
    }
    (out, exp)
}

fn to_vni(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let piece: String = match c {
            'đ' => "ñ".into(),
            'Đ' => "Ñ".into(),
            _ => match vowel(c) {
                None | Some((_, 0, _)) if !"ăâêôơưĂÂÊÔƠƯ".contains(c) => c.to_string(),
                Some((v, t, up)) => {
                    let s = if v == 5 {
                        ["i", "ì", "í", "æ", "ó", "ò"][t].to_string()
                    } else if v == 11 && t == 5 {
                        "î".to_string()
                    } else {
                        let base = ["a", "a", "a", "e", "e", "", "o", "o", "ô", "u", "ö", "y"][v];
                        let mark = match v {
                            2 | 4 | 7 => ["â", "à", "á", "å", "ã", "ä"][t],
                            1 => ["ê", "è", "é", "ú", "ü", "ë"][t],
                            _ => ["", "ø", "ù", "û", "õ", "ï"][t],
                        };
                        format!("{base}{mark}")
                    };
                    if up { s.to_uppercase() } else { s }
                }
                None => c.to_string(),
            },
        };
        out.push_str(&piece);
    }
    out
}

fn to_viqr(s: &str) -> String {
    let mut out = String::new();
    let mut prev_letter = false;
    for c in s.chars() {
        if "'`?~.^(+\\".contains(c) && prev_letter {
            out.push('\\');
        }
        match c {
            'đ' => out.push_str("dd"),
            'Đ' => out.push_str("DD"),
            _ => match vowel(c) {
                Some((v, t, up)) => {
                    let base = "aaaeeiooouuy".as_bytes()[v] as char;
                    let modifier = ["", "(", "^", "", "^", "", "", "^", "+", "", "+", ""][v];
                    let tone = ["", "`", "'", "?", "~", "."][t];
                    out.push(if up { base.to_ascii_uppercase() } else { base });
                    out.push_str(modifier);
                    out.push_str(tone);
                }
                None => out.push(c),
            },
        }
        prev_letter = c.is_alphabetic();
    }
    out
}

/// UTF-8 bytes read as Windows-1252 (undefined bytes as C1 controls), optionally with the
/// no-break space 0xA0 turned into a plain space.
fn to_mojibake(s: &str, nbsp_to_space: bool) -> String {
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    let high: Vec<char> = HIGH.chars().collect();
    s.bytes()
        .map(|b| match b {
            0x80..=0x9F => high[usize::from(b - 0x80)],
            0xA0 if nbsp_to_space => ' ',
            _ => char::from(b),
        })
        .collect()
}

const SEED: &str = include_str!("../fixtures/duc-ninh-2023.txt");

/// Encodes every line of the seed article, normalizes it, and compares with the
/// normalized original; the repairs must name the encoding and cover only changed text.
fn round_trip(enc: Encoding, encode: impl Fn(&str) -> (String, String)) {
    let mut lines = 0;
    for line in SEED.lines().filter(|l| !l.is_ascii()) {
        let (legacy, expected) = encode(line);
        let n = normalize(&legacy);
        assert_eq!(n.text, normalize(&expected).text, "{enc:?}: {legacy}");
        assert!(!n.repairs.is_empty(), "{enc:?}: no repair on {legacy}");
        for r in &n.repairs {
            assert_eq!(r.encoding, enc, "{legacy}");
            assert!(r.span.slice(&legacy).is_some(), "{legacy}");
        }
        lines += 1;
    }
    assert!(lines >= 10);
}

#[test]
fn seed_round_trip_tcvn3() {
    round_trip(Encoding::Tcvn3, to_tcvn3);
}

#[test]
fn seed_round_trip_vni() {
    round_trip(Encoding::Vni, |s| (to_vni(s), s.to_string()));
}

/// VIQR lines need two strong marks to convert on their own ("Ngo.c Trinh" does not);
/// the whole-article round trip below covers the others.
#[test]
fn seed_round_trip_viqr() {
    let strong = |l: &str| l.matches(['^', '(', '+', '`', '~']).count() + l.matches("dd").count();
    for line in SEED.lines().filter(|l| strong(&to_viqr(l)) >= 2) {
        let legacy = to_viqr(line);
        let n = normalize(&legacy);
        assert_eq!(n.text, normalize(line).text, "{legacy}");
        assert!(n.repairs.iter().all(|r| r.encoding == Encoding::Viqr));
    }
}

/// The whole article in one legacy text: short lines follow the established encoding.
#[test]
fn seed_article_round_trip() {
    let want = normalize(SEED).text;
    let tcvn3 = to_tcvn3(SEED);
    for (enc, legacy, expected) in [
        (
            Encoding::Tcvn3,
            tcvn3.0.clone(),
            normalize(&tcvn3.1).text.into_owned(),
        ),
        (Encoding::Vni, to_vni(SEED), want.to_string()),
        (Encoding::Viqr, to_viqr(SEED), want.to_string()),
        (
            Encoding::Mojibake,
            to_mojibake(SEED, true),
            want.to_string(),
        ),
    ] {
        let n = normalize(&legacy);
        assert_eq!(n.text, expected, "{enc:?}");
        assert!(!n.repairs.is_empty());
        assert!(n.repairs.iter().all(|r| r.encoding == enc), "{enc:?}");
        assert!(
            n.repairs
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start)
        );
    }
}

#[test]
fn seed_round_trip_mojibake() {
    round_trip(Encoding::Mojibake, |s| {
        (to_mojibake(s, false), s.to_string())
    });
    round_trip(Encoding::Mojibake, |s| {
        (to_mojibake(s, true), s.to_string())
    });
}

#[test]
fn seed_unchanged_has_no_repairs() {
    assert!(normalize(SEED).repairs.is_empty());
}

/// One legacy paragraph pasted into a clean article is converted, the rest untouched.
#[test]
fn pasted_paragraph() {
    let first = "Ngày 19/9, Thường trực Huyện uỷ làm việc với xã Đức Ninh.";
    let last = "Đồng chí Mai Hồng Hà chủ trì buổi làm việc.";
    for (legacy, enc) in [
        (
            to_tcvn3("Xã đạt chuẩn nông thôn mới nâng cao năm 2023.").0,
            Encoding::Tcvn3,
        ),
        (
            to_vni("Xã đạt chuẩn nông thôn mới nâng cao năm 2023."),
            Encoding::Vni,
        ),
        (
            to_viqr("Xã đạt chuẩn nông thôn mới nâng cao năm 2023."),
            Encoding::Viqr,
        ),
        (
            to_mojibake("Xã đạt chuẩn nông thôn mới nâng cao năm 2023.", true),
            Encoding::Mojibake,
        ),
    ] {
        let src = format!("{first}\n{legacy}\n{last}");
        let n = normalize(&src);
        let clean = format!("{first}\nXã đạt chuẩn nông thôn mới nâng cao năm 2023.\n{last}");
        assert_eq!(n.text, normalize(&clean).text, "{enc:?}");
        assert_eq!(n.repairs.len(), 1, "{enc:?}");
        assert_eq!(n.repairs[0].encoding, enc);
        let span = n.repairs[0].span;
        assert!(span.start > first.len() && span.end <= first.len() + 1 + legacy.len());
    }
}

/// Every word of the converted text maps back onto its legacy token.
#[test]
fn offsets_land_on_legacy_tokens() {
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            "Thµnh phè Hå ChÝ Minh",
            "Thành phố Hồ Chí Minh",
            &["Thµnh", "phè", "Hå", "ChÝ", "Minh"],
        ),
        (
            "Thaønh phoá Hoà Chí Minh",
            "Thành phố Hồ Chí Minh",
            &["Thaønh", "phoá", "Hoà", "Chí", "Minh"],
        ),
        (
            "Tha`nh pho^' Ho^` Chi' Minh",
            "Thành phố Hồ Chí Minh",
            &["Tha`nh", "pho^'", "Ho^`", "Chi'", "Minh"],
        ),
        // the space after "Ã" is the lost byte A0 of "à"
        (
            "ThÃ nh phá»‘ Há»“ ChÃ\u{AD} Minh",
            "Thành phố Hồ Chí Minh",
            &["ThÃ nh", "phá»‘", "Há»“", "ChÃ\u{AD}", "Minh"],
        ),
    ];
    for (src, want, legacy_words) in cases {
        let prefix = "Tiêu đề: ";
        let src = format!("{prefix}{src}");
        let n = normalize(&src);
        assert_eq!(n.text, format!("{prefix}{want}"));
        let mut at = prefix.len();
        for (k, w) in want.split(' ').enumerate() {
            let start = n.text[at..].find(w).unwrap() + at;
            let span = n.map.to_original(Span::new(start, start + w.len()));
            assert_eq!(span.slice(&src), Some(legacy_words[k]), "{w} in {src}");
            at = start + w.len();
        }
        // a span inside a converted word snaps to whole source characters
        let h = n.text.find("Hồ").unwrap();
        let inner = n.map.to_original(Span::new(h + 1, h + "Hồ".len()));
        assert!(src.is_char_boundary(inner.start) && src.is_char_boundary(inner.end));
    }
}

/// The offset map is exact per source character group: "ộ" maps to "o^." in VIQR.
#[test]
fn offsets_per_character_group() {
    let src = "Ha` No^.i";
    let n = normalize(src);
    assert_eq!(n.text, "Hà Nội");
    let o = n.text.find('ộ').unwrap();
    let span = n.map.to_original(Span::new(o, o + 'ộ'.len_utf8()));
    assert_eq!(span.slice(src), Some("o^."));
    let src = "HÃ  Ná»™i";
    let n = normalize(src);
    assert_eq!(n.text, "Hà Nội");
    let o = n.text.find('ộ').unwrap();
    assert_eq!(
        n.map.to_original(Span::new(o, o + 3)).slice(src),
        Some("á»™")
    );
}

#[test]
fn repairs_serialize() {
    let n = normalize("Hµ Néi");
    let json = serde_json::to_string(&n.repairs).unwrap();
    assert_eq!(json, r#"[{"span":{"start":0,"end":8},"encoding":"tcvn3"}]"#);
}
