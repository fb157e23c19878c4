//! Place extraction, continued (tests/places.rs holds the table, the reference article and
//! resolution): the world beyond Vietnam's units, natural features, names in addresses and
//! in brackets, names inside other names, former provinces, issue 14's examples.

use vinews::extract::place::PlaceKind;
use vinews::{Article, Date, ExtractConfig, Extractor};

/// One place as the world's tests expect it: text, unit, kind, country.
type WorldPlace = (&'static str, &'static str, PlaceKind, Option<&'static str>);

fn world_places(text: &str) -> Vec<(String, &'static str, PlaceKind, Option<&'static str>)> {
    Article::parse(text)
        .places
        .into_iter()
        .map(|p| (p.text, p.unit, p.kind, p.country))
        .collect()
}

fn check_world(cases: &[(&str, &[WorldPlace])]) {
    for (text, want) in cases {
        let got = world_places(text);
        let want: Vec<_> = want
            .iter()
            .map(|&(t, u, k, c)| (t.to_string(), u, k, c))
            .collect();
        assert_eq!(
            got, want,
            "{text}\nhelp: src/extract/place/world.rs, src/lexicon/world_*.txt"
        );
    }
}

/// Issue 14: countries by CLDR's names and the news forms, each with its ISO code; a
/// one-word news form that is also a word or a name ("Anh", "Ý") only after a cue.
#[test]
fn countries_by_cldr_and_news_names() {
    use PlaceKind::Country;
    check_world(&[
        (
            "Phái đoàn thăm Hoa Kỳ, Mỹ và Vương quốc Anh.",
            &[
                // "Mỹ" is another name of the same country: a mention of its record
                ("Hoa Kỳ", "quốc gia", Country, Some("US")),
                ("Vương quốc Anh", "quốc gia", Country, Some("GB")),
            ],
        ),
        (
            "Hàng hóa xuất sang Anh, Ý và Kazakhstan.",
            &[
                ("Anh", "quốc gia", Country, Some("GB")),
                ("Kazakhstan", "quốc gia", Country, Some("KZ")),
            ],
        ),
        ("Anh ấy đọc ý kiến của bạn Jordan.", &[]),
        ("Lớp học tiếng Nga và tiếng Pháp.", &[]),
        (
            "Du học sinh ở nước Ý và Hồng Kông",
            &[
                ("Ý", "quốc gia", Country, Some("IT")),
                ("Hồng Kông", "quốc gia", Country, Some("HK")),
            ],
        ),
    ]);
}

/// Issue 14: provinces and cities of other countries in their Vietnamese form, bare or
/// after a unit word, with their country; historic states; world regions.
#[test]
fn foreign_places_historic_states_and_world_regions() {
    use PlaceKind::{Country, Foreign, Historic, Region};
    check_world(&[
        (
            "Đoàn đã tới Thành Đô (Tứ Xuyên, Trung Quốc) và Viêng Chăn.",
            &[
                ("Thành Đô", "thành phố", Foreign, Some("CN")),
                ("Tứ Xuyên", "tỉnh", Foreign, Some("CN")),
                ("Trung Quốc", "quốc gia", Country, Some("CN")),
                ("Viêng Chăn", "thành phố", Foreign, Some("LA")),
            ],
        ),
        (
            "Đại diện đã tới Pa-ri rồi thành phố New York.",
            &[
                ("Pa-ri", "thành phố", Foreign, Some("FR")),
                ("thành phố New York", "thành phố", Foreign, Some("US")),
            ],
        ),
        (
            "Mưa lớn ở tỉnh Quảng Đông và Phnôm Pênh.",
            &[
                ("tỉnh Quảng Đông", "tỉnh", Foreign, Some("CN")),
                ("Phnôm Pênh", "thành phố", Foreign, Some("KH")),
            ],
        ),
        (
            "ông từng học ở Liên Xô và Tiệp Khắc",
            &[
                ("Liên Xô", "quốc gia", Historic, None),
                ("Tiệp Khắc", "quốc gia", Historic, None),
            ],
        ),
        (
            "hàng xuất sang châu Âu, Trung Đông và Đông Nam Á",
            &[
                ("châu Âu", "vùng", Region, None),
                ("Trung Đông", "vùng", Region, None),
                ("Đông Nam Á", "vùng", Region, None),
            ],
        ),
        // A city that opens a longer name, or a club's, is no place.
        ("Tờ Los Angeles Times đưa tin, đội AS Roma thắng.", &[]),
    ]);
}

/// Issue 14: natural features named with their class word; the name of a feature is not
/// the unit it shares a name with ("vịnh Hạ Long" is no city); a common noun is no class
/// word ("hồ sơ", "đồng hồ", "các đảo").
#[test]
fn natural_features_with_their_class_word() {
    use PlaceKind::{Admin, Natural};
    check_world(&[
        (
            "Du khách đến vịnh Hạ Long và đảo Phú Quốc, qua đèo Hải Vân.",
            &[
                ("vịnh Hạ Long", "vịnh", Natural, None),
                ("đảo Phú Quốc", "đảo", Natural, None),
                ("đèo Hải Vân", "đèo", Natural, None),
            ],
        ),
        (
            "Hồ Ba Bể đẹp. Vịnh Nha Trang và quần đảo Trường Sa, hồ Ba Bể, sông Hồng.",
            &[
                ("Vịnh Nha Trang", "vịnh", Natural, None),
                ("quần đảo Trường Sa", "quần đảo", Natural, None),
                ("hồ Ba Bể", "hồ", Natural, None),
                ("sông Hồng", "sông", Natural, None),
            ],
        ),
        (
            "Hồ sơ, núi rác, biển số, đảo chiều, khai thác Bitcoin, đồng hồ Casio, các đảo Lý Sơn.",
            &[],
        ),
        // The sea of a city names the city; a name stops before a province.
        (
            "tắm biển Nha Trang, thủy điện trên sông Đà Hòa Bình, tàu ra biển Đông",
            &[
                ("Nha Trang", "thành phố", Admin, None),
                ("sông Đà", "sông", Natural, None),
                ("Hòa Bình", "tỉnh", Admin, None),
                ("biển Đông", "biển", Natural, None),
            ],
        ),
        // A capitalised class word inside a sentence, or one that opens a unit's name.
        ("Ông Nguyễn Văn Sông đến. Núi Thành có mưa.", &[]),
    ]);
}

/// A word that opens a sentence and is never part of a name ("Tại", "Theo", "Sau") leaves
/// the place after it bare: it is not the start of a longer proper name, as a capitalised
/// word before a place is elsewhere ("Trường Hà Nội").
#[test]
fn place_after_a_sentence_opening_word() {
    use PlaceKind::{Admin, Country};
    check_world(&[
        (
            "Tại Hà Nội, giá vàng tăng.",
            &[("Hà Nội", "thành phố", Admin, None)],
        ),
        (
            "Mưa lớn. Theo Nga, đó là sai.",
            &[("Nga", "quốc gia", Country, Some("RU"))],
        ),
        (
            "\"Tại Nghệ An, đã có mưa\".",
            &[("Nghệ An", "tỉnh", Admin, None)],
        ),
        ("Trường Hà Nội - Amsterdam tuyển sinh.", &[]),
        // A preposition of place capitalised at a sentence's start: "Ở" as "Tại", "Từ".
        (
            "Ở Thái Lan mọi người rất vui.",
            &[("Thái Lan", "quốc gia", Country, Some("TH"))],
        ),
        (
            "Trời nắng. Ở Hà Nội, giá vàng tăng.",
            &[("Hà Nội", "thành phố", Admin, None)],
        ),
        (
            "Từ Nhật Bản mọi người về nước.",
            &[("Nhật Bản", "quốc gia", Country, Some("JP"))],
        ),
        // Not at a sentence's start, the capitalised word is a name's.
        ("Ông Nguyễn Văn Ở Hà Nội nói.", &[]),
    ]);
}

/// A country's name of Vietnamese syllables with its later syllables in lower case, as
/// news often spells it ("Nhật bản", "Trung quốc"), is the country; a foreign name or one
/// that opens with a class word keeps its spelling ("New zealand", "Đảo man" are none).
#[test]
fn country_names_with_a_lowercase_syllable() {
    use PlaceKind::Country;
    check_world(&[
        (
            "Đại học uy tín hàng đầu của Nhật bản và của Hàn quốc.",
            &[
                ("Nhật bản", "quốc gia", Country, Some("JP")),
                ("Hàn quốc", "quốc gia", Country, Some("KR")),
            ],
        ),
        (
            "Hàng hóa xuất sang Trung quốc tăng.",
            &[("Trung quốc", "quốc gia", Country, Some("CN"))],
        ),
        ("Du khách đến New zealand và Đảo man.", &[]),
    ]);
}

/// "áo" (a garment) with the word of its kind is a compound noun: capitalised at a
/// sentence's start or in a list's item it is no country Áo, which stays a country
/// elsewhere.
#[test]
fn ao_the_garment_is_no_country() {
    use PlaceKind::Country;
    check_world(&[
        ("1. Áo vest luôn khiến bạn lịch lãm.", &[]),
        ("Áo dài là trang phục truyền thống.", &[]),
        ("Chọn mẫu 5. Áo sơ mi họa tiết.", &[]),
        (
            "Đoàn sang Áo và Đức.",
            &[
                ("Áo", "quốc gia", Country, Some("AT")),
                ("Đức", "quốc gia", Country, Some("DE")),
            ],
        ),
    ]);
}

/// A country or region named in a currency ("đô la Mỹ") or a wind ("gió Lào", "gió mùa Đông
/// Bắc") is part of that noun, not a place; the same names said as places still are.
#[test]
fn currencies_and_winds_hold_no_place() {
    use PlaceKind::{Country, Region};
    check_world(&[
        ("Giá vàng tăng 20 đô la Mỹ một ounce.", &[]),
        ("Mỗi cân giá 2 đôla Mỹ.", &[]),
        ("Gió Lào thổi suốt tuần.", &[]),
        ("Không khí lạnh tăng cường, gió mùa Đông Bắc mạnh dần.", &[]),
        (
            "Hàng xuất sang Mỹ và Lào tăng.",
            &[
                ("Mỹ", "quốc gia", Country, Some("US")),
                ("Lào", "quốc gia", Country, Some("LA")),
            ],
        ),
        (
            "Mưa lớn ở vùng Đông Bắc.",
            &[("Đông Bắc", "vùng", Region, None)],
        ),
    ]);
}

/// A district said in an address without its unit word, before its province: "sống tại
/// Hai Bà Trưng, Hà Nội" (the province is the evidence); a commune or ward named like a
/// street is not taken ("tại Nguyễn Trãi, Hà Nội"), nor a name without a word of place.
#[test]
fn district_in_an_address_before_its_province() {
    use PlaceKind::Admin;
    let ha_noi = ("Hà Nội", "thành phố", Admin, None);
    check_world(&[
        (
            "Anh Tùng, 35 tuổi, sống tại Hai Bà Trưng, Hà Nội cho biết.",
            &[("Hai Bà Trưng", "quận", Admin, None), ha_noi],
        ),
        (
            "Chị ở Hoàng Mai, Hà Nội.",
            &[("Hoàng Mai", "quận", Admin, None), ha_noi],
        ),
        ("Họp tại Nguyễn Trãi, Hà Nội.", &[ha_noi]),
        ("Ông Trần Phú, Hà Nội nói.", &[ha_noi]),
        // an opening bracket is such a word: "(Bắc Từ Liêm, Hà Nội)", only a district of
        // the province, not a street or a person's name ("(Nguyễn Trãi, Hà Nội)")
        (
            "Chị Phương (Bắc Từ Liêm, Hà Nội) dùng hoa đậu biếc.",
            &[("Bắc Từ Liêm", "quận", Admin, None), ha_noi],
        ),
        ("Ông A (Nguyễn Trãi, Hà Nội) nói.", &[ha_noi]),
        (
            "Theo hãng tin (Sputnik, Nga) đưa tin.",
            &[("Nga", "quốc gia", PlaceKind::Country, Some("RU"))],
        ),
    ]);
}

/// A province in brackets ties the whole run of capitalised words before it: a district of
/// that province ("Sa Pa (Lào Cai)", "Lý Sơn (Quảng Ngãi)", after a sentence's opening word
/// too), or a commune unless the name opens with a family name; not a person, not the
/// second of a pair of names ("Cát Linh - Hà Đông"), not a facility ("Sân bay quốc tế Nội
/// Bài"), not a company's home country ("hãng Toyota (Nhật Bản)").
#[test]
fn district_or_commune_before_its_province_in_brackets() {
    use PlaceKind::{Admin, Country};
    let p = |name: &'static str, unit: &'static str| (name, unit, Admin, None);
    check_world(&[
        (
            "Các điểm như Sa Pa (Lào Cai), Lý Sơn (Quảng Ngãi) kín phòng.",
            &[
                p("Sa Pa", "thị xã"),
                p("Lào Cai", "tỉnh"),
                p("Lý Sơn", "huyện"),
                p("Quảng Ngãi", "tỉnh"),
            ],
        ),
        (
            "Tại Lý Sơn (Quảng Ngãi), khách đông.",
            &[p("Lý Sơn", "huyện"), p("Quảng Ngãi", "tỉnh")],
        ),
        (
            "Khách đến Bát Tràng (Hà Nội).",
            &[p("Bát Tràng", "xã"), p("Hà Nội", "thành phố")],
        ),
        (
            "Anh Nguyễn Văn Nam (Hà Nội) và ông Lê Lợi (Thanh Hóa) đến.",
            &[p("Hà Nội", "thành phố"), p("Thanh Hóa", "tỉnh")],
        ),
        (
            "Tuyến đường sắt Cát Linh - Hà Đông (Hà Nội) chạy.",
            &[p("Hà Nội", "thành phố")],
        ),
        (
            "Máy bay đỗ ở Sân bay quốc tế Nội Bài (Hà Nội).",
            &[p("Hà Nội", "thành phố")],
        ),
        (
            "Hãng Toyota (Nhật Bản) tăng giá.",
            &[("Nhật Bản", "quốc gia", Country, Some("JP"))],
        ),
    ]);
}

/// A place of another country said in an address before its country ("ở Lệ Giang, Trung
/// Quốc"), or a capital ("thủ đô Baghdad của Iraq"): foreign, with that country; not a run holding an acronym ("ĐH Saint
/// Petersburg" is a university), not a part of a longer address, not before "Việt Nam".
#[test]
fn foreign_place_in_an_address_before_its_country() {
    use PlaceKind::{Country, Foreign};
    check_world(&[
        (
            "Chị bán đồ ở Lệ Giang, Trung Quốc.",
            &[
                ("Lệ Giang", "thành phố", Foreign, Some("CN")),
                ("Trung Quốc", "quốc gia", Country, Some("CN")),
            ],
        ),
        (
            "Anh học tại ĐH Saint Petersburg, Nga.",
            &[("Nga", "quốc gia", Country, Some("RU"))],
        ),
        (
            "Ông sống ở Zapopan, Jalisco, Mexico.",
            &[("Mexico", "quốc gia", Country, Some("MX"))],
        ),
        (
            "Chị sống ở Springfield, Việt Nam.",
            &[("Việt Nam", "quốc gia", Country, Some("VN"))],
        ),
        // a capital before its country, after a comma or "của"; not a company's
        (
            "Lửa cháy ở thủ đô Baghdad của Iraq và thủ đô Kabul, Afghanistan.",
            &[
                ("Baghdad", "thành phố", Foreign, Some("IQ")),
                ("Iraq", "quốc gia", Country, Some("IQ")),
                ("Kabul", "thành phố", Foreign, Some("AF")),
                ("Afghanistan", "quốc gia", Country, Some("AF")),
            ],
        ),
        (
            "Hãng Boeing của Mỹ giao hàng.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
    ]);
}

/// A place inside a team's name is no place (the guide's rule for clubs and national
/// teams): after a word naming a team ("đội tuyển Việt Nam", "U23 Thái Lan", a club's
/// sponsor "HA Gia Lai"), before "FC", or after the word before an opponent in a clause
/// about a match ("trận gặp Bình Định", "trận đấu giữa Panama và Maringa"). Not so in a
/// drill or a war ("tập trận chung với Mỹ"), nor for a list joined by "và" with no
/// opponent ("trận động đất ở Nhật Bản và Hàn Quốc").
#[test]
fn places_in_team_names_and_matches_are_teams() {
    use PlaceKind::{Admin, Country};
    let names = |text: &str| -> Vec<String> {
        Article::parse(text)
            .places
            .into_iter()
            .map(|p| p.text)
            .collect()
    };
    for text in [
        "Đội tuyển Việt Nam tập buổi đầu.",
        "HLV Park theo dõi U23 Thái Lan và ĐT Lào.",
        "HA Gia Lai vượt lên dẫn đầu, SHB Đà Nẵng đứng thứ ba.",
        "Thủ môn bên phía Sài Gòn FC bắt trượt.",
        "Anh ghi bàn trong trận gặp Bình Định.",
        "Va chạm xảy ra trong trận đấu giữa Panama và Maringa.",
        "Họ thắng 3 trận trước Thanh Hóa.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
    check_world(&[
        (
            "Hải quân tập trận chung với Mỹ.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        (
            "Sau trận động đất ở Nhật Bản và Hàn Quốc, giá tăng.",
            &[
                ("Nhật Bản", "quốc gia", Country, Some("JP")),
                ("Hàn Quốc", "quốc gia", Country, Some("KR")),
            ],
        ),
        (
            "Trận đấu diễn ra tại Hà Nội.",
            &[("Hà Nội", "thành phố", Admin, None)],
        ),
    ]);
}

/// A place inside a university's, a treaty's, a pageant's or a bloc's name is no place,
/// nor a name after a title or rank that stands before a person ("GS Đức", "thượng úy
/// Đức"); a preposition of place after the organization's word frees the name ("Đại học
/// Bern ở Thụy Sĩ"), and so does a clause that has left the name ("ĐH Stanford - ngôi
/// trường danh giá hàng đầu nước Mỹ"). "Sở GD&ĐT Hà Nội" is a body of Hà Nội.
#[test]
fn places_inside_names_of_schools_treaties_and_people() {
    use PlaceKind::{Admin, Country, Region};
    check_world(&[
        ("Ông là giảng viên ĐH Quốc gia Hà Nội.", &[]),
        ("Chị học Đại học Y Dược TP. Hồ Chí Minh.", &[]),
        (
            "Mỹ quay lại Thỏa thuận Paris về khí hậu.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        ("Cô vào chung kết Hoa hậu Việt Nam.", &[]),
        ("Anh rời Liên minh châu Âu.", &[]),
        ("Theo GS Đức, thượng úy Nga đã đến.", &[]),
        (
            "Nhóm của Đại học Bern ở Thụy Sĩ cho biết.",
            &[("Thụy Sĩ", "quốc gia", Country, Some("CH"))],
        ),
        (
            "Chị học ĐH Stanford - ngôi trường danh giá hàng đầu nước Mỹ.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        (
            "Sở GD&ĐT Hà Nội và Sở GD- ĐT Nam Định họp.",
            &[
                ("Hà Nội", "thành phố", Admin, None),
                ("Nam Định", "tỉnh", Admin, None),
            ],
        ),
        ("Giá tăng ở châu Âu.", &[("châu Âu", "vùng", Region, None)]),
    ]);
}

/// Names of contests and cups are no places: "Hoa hậu Hoàn vũ Việt Nam", "cúp C1 châu
/// Âu", a title's own name ("Hoa hậu Thế giới Lào", "Hoa hậu Du lịch Châu Á"), nor is
/// the seat in a university's ("Viện Công nghệ Massachusetts"); the same place said as a
/// place still is one, and so is a place after a title said with "của", "quê", a
/// nationality or a person's name ("hoa hậu của Mỹ", "Hoa hậu Lan Anh thăm Hà Nội").
#[test]
fn places_inside_names_of_contests_cups_and_named_things() {
    use PlaceKind::{Admin, Country, Region};
    check_world(&[
        ("Cô dự thi Hoa hậu Hoàn vũ Việt Nam 2017.", &[]),
        ("Cô đăng quang Hoa hậu Thế giới Lào 2021.", &[]),
        ("Hoa hậu Du lịch Châu Á Phạm Lan Anh chia sẻ.", &[]),
        (
            "Cô là hoa hậu thứ 8 của Mỹ, người đẹp quê Hải Phòng.",
            &[
                ("Mỹ", "quốc gia", Country, Some("US")),
                ("Hải Phòng", "thành phố", Admin, None),
            ],
        ),
        (
            "Hoa hậu Lan Anh thăm Hà Nội cùng Hoa hậu người Ấn Độ.",
            &[
                ("Hà Nội", "thành phố", Admin, None),
                ("Ấn Độ", "quốc gia", Country, Some("IN")),
            ],
        ),
        ("Ông từng giành cúp C1 châu Âu.", &[]),
        ("Ông học tại Viện Công nghệ Massachusetts.", &[]),
        (
            "Cô dự thi Hoa hậu Hoàn vũ Việt Nam ở Việt Nam.",
            &[("Việt Nam", "quốc gia", Country, Some("VN"))],
        ),
        (
            "Ông từng giành cúp C1 và sống ở châu Âu.",
            &[("châu Âu", "vùng", Region, None)],
        ),
    ]);
}

/// A country is one record under all its names: "Việt Nam" and "VN", "Mỹ" and "Hoa Kỳ".
#[test]
fn a_country_under_its_names_is_one_record() {
    let text = "Việt Nam xuất khẩu gạo. Cục Hàng không VN cấp phép; Mỹ và Hoa Kỳ, Lào.";
    let a = Article::parse(text);
    let mentions: Vec<Vec<&str>> = a
        .places
        .iter()
        .map(|p| p.mentions.iter().filter_map(|m| m.slice(text)).collect())
        .collect();
    assert_eq!(
        mentions,
        [vec!["Việt Nam", "VN"], vec!["Mỹ", "Hoa Kỳ"], vec!["Lào"]]
    );
    let codes: Vec<Option<&str>> = a.places.iter().map(|p| p.country).collect();
    assert_eq!(codes, [Some("VN"), Some("US"), Some("LA")]);
}

/// TP.HCM without a date: its candidates are the city before the reform of 2025 and the
/// one after it, one path; it resolves to the city of today, which the old one passed
/// into. With a date, the city of its day. Units of one name in two provinces stay
/// unresolved.
#[test]
fn one_path_resolves_without_a_date() {
    use vinews::extract::gazetteer::Validity;
    let a = Article::parse("Kinh tế TP.HCM tăng trưởng. Người dân Sài Gòn vui.");
    assert_eq!(a.places.len(), 1, "{:?}", a.places);
    let r = a.places[0].resolved.as_ref().expect("resolved");
    assert_eq!(r.path, "thành phố Hồ Chí Minh");
    assert_ne!(r.valid, Validity::Before);
    let old = Extractor::new(ExtractConfig::new().reference_date(Date::new(2021, 4, 25)))
        .parse("Kinh tế TP.HCM tăng trưởng.");
    let r = old.places[0].resolved.as_ref().expect("resolved");
    assert_eq!(
        (r.path.as_str(), r.valid),
        ("thành phố Hồ Chí Minh", Validity::Before)
    );
    assert!(r.successor.is_some());
    let a = Article::parse("Người dân xã Tân Lập vui.");
    assert!(a.places[0].resolved.is_none(), "{:?}", a.places[0]);
    assert!(a.places[0].candidates.len() > 1);
}

/// A natural feature's name joined by a dash is not cut at a surname: a person's name is
/// words joined by spaces ("sông Hiền Lương - Bến Hải").
#[test]
fn feature_names_joined_by_a_dash() {
    use PlaceKind::Natural;
    check_world(&[(
        "Họ đi tuần dọc sông Hiền Lương - Bến Hải đêm qua.",
        &[("sông Hiền Lương - Bến Hải", "sông", Natural, None)],
    )]);
}

/// A village word that is also a common noun ("bản": a version, a copy) or a word of a
/// trade's world ("làng MC") takes no letter, acronym or foreign word as a name, nor one
/// word that a lowercase word completes ("bản Tuyên bố chung"); "bản Co Hói" is a village.
#[test]
fn village_words_that_are_common_nouns() {
    use PlaceKind::Village;
    check_world(&[
        ("Điện tích của bản A và bản B trái dấu.", &[]),
        ("Xe có bản MT và bản Sport, bản 32 GB rẻ hơn.", &[]),
        ("Cô nổi bật trong làng MC.", &[]),
        ("Họ ký bản Tuyên bố chung.", &[]),
        (
            "Anh trú tại bản Co Hói, thôn Kim Chung 2.",
            &[
                ("bản Co Hói", "bản", Village, None),
                ("thôn Kim Chung 2", "thôn", Village, None),
            ],
        ),
    ]);
}

/// "VN" is Việt Nam where it is a word of its own, never inside an acronym, a code or a
/// domain ("VN-Index", "VNPT", "mã VN/A", "VOV.VN"); "xứ Hàn", "xứ Đài" name Korea and
/// Taiwan; "Thời" opens a sentence and is no part of the name after it ("Thời Đông Đức").
#[test]
fn vn_and_short_country_names() {
    use PlaceKind::{Country, Historic};
    check_world(&[
        (
            "Đại diện VN đã tới.",
            &[("VN", "quốc gia", Country, Some("VN"))],
        ),
        (
            "Chỉ số VN-Index và VNPT tăng; máy mã VN/A; theo VOV.VN.",
            &[],
        ),
        (
            "Tài tử Lâm Chí Kỳ xứ Đài và diễn viên xứ Hàn.",
            &[
                ("xứ Đài", "quốc gia", Country, Some("TW")),
                ("Hàn", "quốc gia", Country, Some("KR")),
            ],
        ),
        ("Ông làm tại Đài truyền hình.", &[]),
        (
            "Thời Đông Đức, ông làm thợ.",
            &[("Đông Đức", "quốc gia", Historic, None)],
        ),
    ]);
}

/// Former provinces the gazetteer does not hold (`place_former.txt`): "Hà Tây" and "Hà Sơn
/// Bình" bare or with their unit word, one record each, with the provinces that took them
/// in and those provinces' own successors; "Minh Hải", also a person's name, only with its
/// unit word. Sài Gòn is another name of a unit that still exists: a mention of TP.HCM.
#[test]
fn former_provinces_and_old_names() {
    let text = "Ông sinh ở Hà Tây, quê tỉnh Hà Sơn Bình cũ. Năm 2008, tỉnh Hà Tây \
                sáp nhập vào Hà Nội. Bà ở tỉnh Minh Hải; anh Minh Hải đến Sài Gòn.";
    let a = Article::parse(text);
    let got: Vec<(&str, &str, PlaceKind, usize, Vec<&str>)> = a
        .places
        .iter()
        .map(|p| {
            let succ = p.successors.iter().map(|c| c.path.as_str()).collect();
            (p.name.as_str(), p.unit, p.kind, p.mentions.len(), succ)
        })
        .collect();
    use PlaceKind::Admin;
    assert_eq!(
        got,
        [
            ("Hà Tây", "tỉnh", Admin, 2, vec!["thành phố Hà Nội"]),
            (
                "Hà Sơn Bình",
                "tỉnh",
                Admin,
                1,
                vec!["thành phố Hà Nội", "tỉnh Hòa Bình"]
            ),
            ("Hà Nội", "thành phố", Admin, 1, vec![]),
            (
                "Minh Hải",
                "tỉnh",
                Admin,
                1,
                vec!["tỉnh Bạc Liêu", "tỉnh Cà Mau"]
            ),
            ("Sài Gòn", "thành phố", Admin, 1, vec![]),
        ]
    );
    // Hòa Bình was itself merged in 2025: its successor is given.
    let hsb = &a.places[1].successors[1];
    assert_eq!(
        hsb.successor.as_ref().map(|s| s.path.as_str()),
        Some("tỉnh Phú Thọ")
    );
    assert!(a.places[0].candidates.is_empty() && a.places[0].resolved.is_none());
    let sg = a.places[4].resolved.as_ref().expect("Sài Gòn resolved");
    assert_eq!(sg.path, "thành phố Hồ Chí Minh");
    // Elsewhere a former name is no place: a person, a commune of that name.
    let a = Article::parse("Anh Minh Hải và chị Nam Hà đến xã Hà Tây.");
    let names: Vec<(&str, &str)> = a.places.iter().map(|p| (p.name.as_str(), p.unit)).collect();
    assert_eq!(names, [("Hà Tây", "xã")]);
    assert!(a.places[0].successors.is_empty());
}

/// A place as issue 14's examples check it: name, kind, mentions, parent record.
type Seen = (&'static str, PlaceKind, usize, Option<usize>);

/// Issue 14's "tried as a new user would", each example as written there.
#[test]
fn issue_14_examples_as_a_new_user_tried_them() {
    use PlaceKind::{Admin, Country, Foreign, Historic, Natural, Village};
    let got = |text: &str| -> Vec<(String, PlaceKind, usize, Option<usize>)> {
        Article::parse(text)
            .places
            .into_iter()
            .map(|p| (p.name, p.kind, p.mentions.len(), p.parent))
            .collect()
    };
    let own = |v: &[Seen]| -> Vec<_> {
        v.iter()
            .map(|&(n, k, m, p)| (n.to_string(), k, m, p))
            .collect()
    };
    let cases: &[(&str, &[Seen])] = &[
        (
            "Huyện Gia Lâm có nhiều làng nghề. Năm nay, Gia Lâm đón 2 triệu khách.",
            &[("Gia Lâm", Admin, 2, None)],
        ),
        (
            "Đoàn đã tới Thành Đô (Tứ Xuyên, Trung Quốc) và Viêng Chăn.",
            &[
                ("Thành Đô", Foreign, 1, None),
                ("Tứ Xuyên", Foreign, 1, None),
                ("Trung Quốc", Country, 1, None),
                ("Viêng Chăn", Foreign, 1, None),
            ],
        ),
        (
            "Đại diện VN đã tới Pa-ri.",
            &[("VN", Country, 1, None), ("Pa-ri", Foreign, 1, None)],
        ),
        (
            "Thời Đông Đức, ông sống ở đây.",
            &[("Đông Đức", Historic, 1, None)],
        ),
        (
            "Khách thăm vịnh Hạ Long và đảo Phú Quốc.",
            &[
                ("Hạ Long", Natural, 1, None),
                ("Phú Quốc", Natural, 1, None),
            ],
        ),
        (
            "Người dân tổ 7, phường Quang Trung và khu 3, tiểu khu 5 thị trấn Mộc Châu nhận quà.",
            &[
                ("7", Village, 1, Some(1)),
                ("Quang Trung", Admin, 1, None),
                // "khu 3, tiểu khu 5": read as lying in the group named right after it
                ("3", Village, 1, Some(3)),
                ("5", Village, 1, Some(4)),
                ("Mộc Châu", Admin, 1, None),
            ],
        ),
        (
            "Bà con thôn Đông, xã Lìa và bản Mới, xã Hướng Lập vui.",
            &[
                ("Đông", Village, 1, Some(1)),
                ("Lìa", Admin, 1, None),
                ("Mới", Village, 1, Some(3)),
                ("Hướng Lập", Admin, 1, None),
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(got(text), own(want), "{text}");
    }
}
