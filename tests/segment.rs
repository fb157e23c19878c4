//! Paragraph and sentence segmentation: table-driven cases, the reference article,
//! configuration, the built-in abbreviations, properties and hostile input.

use proptest::prelude::*;
use vinews::segment::{SegmentConfig, SegmentError, Segmenter};
use vinews::{Span, paragraphs, sentences};

fn texts(text: &str, spans: impl Iterator<Item = Span>) -> Vec<&str> {
    spans.map(|s| &text[s.start..s.end]).collect()
}

/// One case of `tests/data/sentences.tsv`: (rule, line number, input, expected sentences).
fn cases() -> Vec<(String, usize, String, Vec<String>)> {
    let data = include_str!("data/sentences.tsv");
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (rule, case) = line.split_once('\t').expect("rule<TAB>text");
        let case = case
            .replace("\\r", "\r")
            .replace("\\n", "\n")
            .replace("\\u{2028}", "\u{2028}")
            .replace("\\u{2029}", "\u{2029}")
            .replace("\\u{85}", "\u{85}")
            .replace("\\u{c}", "\u{c}");
        let input = case.replace(" || ", " ").replace("||", "");
        let expected = case
            .split("||")
            .flat_map(|part| part.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{c}']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        out.push((rule.to_owned(), i + 1, input, expected));
    }
    out
}

#[test]
fn table_of_cases() {
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() > 60, "the case table lost its cases");
    for (rule, line, input, expected) in &all {
        let got = texts(input, sentences(input));
        if got != *expected {
            failures.push(format!(
                "tests/data/sentences.tsv:{line} [{rule}]\n  input:    {input:?}\n  expected: {expected:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}\nhelp: the rules live in src/segment/rules.rs",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_cases() {
    let all = cases();
    for rule in [
        "paragraph",
        "terminal",
        "quote",
        "dialogue",
        "abbreviation",
        "number",
        "url",
        "initial",
        "missing-space",
        "ellipsis",
        "list",
        "heading",
    ] {
        assert!(
            all.iter().any(|c| c.0 == rule),
            "no case for rule {rule} in tests/data/sentences.tsv"
        );
    }
}

const DUC_NINH: &str = include_str!("../fixtures/duc-ninh-2023.txt");

#[test]
fn reference_article_sentences() {
    let expected = [
        "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh",
        "Ngày 19/9, Trường trực Huyện uỷ đã có buổi làm việc với Đảng uỷ xã Đức Ninh về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng an ninh, xây dựng Đảng và hệ thống chính trị, thực hiện các nhiệm vụ xã đạt chuẩn nông thôn mới nâng cao năm 2023.",
        "Đồng chí Mai Hồng Hà, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện uỷ, Trưởng ban chỉ đạo chương trình xây dựng NTM huyện chủ trì buổi làm việc; cùng dự có đồng chí Nguyễn Duy Hoà, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện; các đồng chí trong BTV Huyện uỷ.",
        "Đồng chí Bí thư Huyện ủy Mai Hồng Hà chủ trì buổi làm việc.",
        "Trong 8 tháng đầu năm 2023, dưới sự quan tâm lãnh đạo, chỉ đạo của BTV huyện ủy, UBND huyện và các ban ngành cấp huyện.",
        "Đảng ủy xã Đức Ninh đã tập trung lãnh đạo toàn diện trên tất cả các lĩnh vực.",
        "Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời, đời sống vật chất và tinh thần của Nhân dân được cải thiện.",
        "Văn hóa - xã hội phát triển đồng đều; an ninh chính trị ổn định, trật tự an toàn xã hội được giữ vững; công tác xây dựng Đảng và hệ thống chính trị được quan tâm chú trọng, khẳng định vai trò lãnh đạo của Đảng, điều hành của chính quyền, sự vào cuộc tích cực của MTTQ và các tổ chức chính trị - xã hội…",
        "Đồng chí Bí thư Huyện ủy Mai Hồng Hà phát biểu chỉ đạo tại buổi làm việc.",
        "Về công tác xây dựng NTM nâng cao, đến hết tháng 8 năm 2023 xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện; Cơ sở hạ tầng thương mại nông thôn; Nhà ở dân cư; Thu nhập; Hành chính công; Quốc phòng và an ninh; Văn hoá.",
        "Lãnh đạo Đảng ủy xã Đức Ninh báo cáo tại buổi làm việc.",
        "Thực hiện xây dựng NTM nâng cao đã có những đóng góp quan trọng làm thay đổi diện mạo nông thôn, cơ sở hạ tầng được đầu tư cải tạo, nâng cấp và làm mới tương đối đồng bộ, nhiều mô hình phát triển kinh tế có hiệu quả, giáo dục và đào tạo phát triển ổn định vững chắc, tỷ lệ nghèo đa chiều giảm, môi trường nông thôn được cải thiện theo hướng xanh - sạch - đẹp, hệ thống chính trị trong sạch, vững mạnh, an ninh trật tự an toàn xã hội nông thôn luôn được ổn định.",
        "Phát biểu kết luận buổi làm việc, đồng chí Bí thư Huyện uỷ Mai Hồng Hà đã gi nhận sự đoàn kết lãnh đạo thực hiện nhiệm vụ chính trị của Đảng ủy xã Đức Ninh trong thời gian qua, đồng chí cũng chỉ ra một số hạn chế, tồn tại cần khắc phục như: Công tác phát triển Đảng viên còn chậm; kinh tế - xã hội chưa phát triển tương xứng với điều kiện của địa phương, chuyển biến trong nông nghiệp chưa đa dạng, ít có các mô hình dịch vụ dọc theo trục Quốc lộ 2 đi qua địa bàn xã…",
        "Để thực hiện hoàn thành thắng lợi các nhiệm vụ của năm 2023 và hoàn thành các tiêu chí NTM nâng cao chưa đạt, đồng chí đề nghị từng đồng chí Đảng ủy viên, cán bộ, công chức của xã tiếp tục nêu cao hơn nữa tinh thần đoàn kết, chung sức, đồng lòng, thật sự chủ động, trách nhiệm trong thực hiện nhiệm vụ; huy động sự vào cuộc của cả hệ thống chính trị trong thực hiện các nhiệm vụ chính trị của địa phương.",
        "Đảng uỷ xã phải rà soát kỹ các mục tiêu, chỉ tiêu đã đề ra để kịp thời điều chỉnh, bổ sung và quyết tâm thực hiện cho sát tình hình thực tế của địa phương.",
        "Đối với công tác xây dựng Đảng, cần đặc biệt quan tâm xây dựng đội ngũ cán bộ.",
        "Duy trì nghiêm túc, hiệu quả quy chế làm việc của Đảng ủy.",
        "Đặc biệt là quan tâm nội dung nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền; xây dựng tập thể Đảng ủy đoàn kết, thống nhất cả về tư tưởng và hành động, qua đó tạo động lực cốt lõi để địa phương ổn định và phát triển.",
        "Quan tâm phát triển toàn diện các lĩnh vực văn hóa - xã hội; phát triển sự nghiệp giáo dục; cải thiện mạnh mẽ môi trường sống, nâng cao đời sống vật chất và tinh thần cho Nhân dân.",
        "Đẩy mạnh các phong trào thi đua yêu nước; phát huy tốt vai trò của MTTQ và các đoàn thể chính trị - xã hội trong công tác tuyên truyền, vận động, tham gia xây dựng Đảng, xây dựng chính quyền.",
        "Tập trung chỉ đạo, đôn đốc thực hiện có hiệu quả các kế hoạch, đề án của MTTQ và các đoàn thể chính trị- xã hội.",
        "Đồng chí Bí thư Huyện ủy cũng yêu cầu các cơ quan chuyên môn của huyện tăng cường phối hợp, kịp thời tháo gỡ những khó khăn, vướng mắc, hỗ trợ xã Đức Ninh trong quá trình thực hiện các nhiệm vụ, phấn đấu hoàn thành các tiêu chí NTM nâng cao theo đúng kế hoạch đã đề./.",
        "Ngọc Trinh",
        "Tin cùng chuyên mục",
    ];
    let got = texts(DUC_NINH, sentences(DUC_NINH));
    for (i, (g, e)) in got.iter().zip(expected.iter()).enumerate() {
        assert_eq!(g, e, "sentence {i} of fixtures/duc-ninh-2023.txt");
    }
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    assert_eq!(paragraphs(DUC_NINH).count(), 18);
}

#[test]
fn reference_article_offsets_shift_with_a_prefix() {
    // nlprule's offset-shift test: a multi-byte prefix moves every span by its length.
    let prefix = "Đầu đề: Tin mới\n\n";
    let shifted = format!("{prefix}{DUC_NINH}");
    let base: Vec<Span> = sentences(DUC_NINH).collect();
    let moved: Vec<Span> = sentences(&shifted).skip(1).collect();
    let want: Vec<Span> = base
        .iter()
        .map(|s| Span::new(s.start + prefix.len(), s.end + prefix.len()))
        .collect();
    assert_eq!(moved, want);
}

#[test]
fn user_abbreviations_extend_the_list() {
    let text = "Gặp Đ/c. Hùng ở Hà Nội. Ông về.";
    assert_eq!(sentences(text).count(), 3);
    let seg = Segmenter::new(SegmentConfig::new().abbreviations(["Đ/c."])).unwrap();
    assert_eq!(
        texts(text, seg.sentences(text)),
        ["Gặp Đ/c. Hùng ở Hà Nội.", "Ông về."]
    );
    // Without the built-in list, "TP." ends a sentence before a capital.
    let bare = Segmenter::new(SegmentConfig::new().builtin_abbreviations(false)).unwrap();
    assert_eq!(bare.sentences("Ông về TP. Hà Nội.").count(), 2);
    assert_eq!(
        Segmenter::default().sentences("Ông về TP. Hà Nội.").count(),
        1
    );
}

#[test]
fn invalid_user_abbreviations_are_errors() {
    let err = Segmenter::new(SegmentConfig::new().abbreviations(["TP.", "T S."])).unwrap_err();
    assert_eq!(
        err,
        SegmentError::InvalidAbbreviation {
            line: 2,
            entry: "T S.".into()
        }
    );
    let msg = err.to_string();
    assert!(
        msg.starts_with("invalid abbreviation") && !msg.ends_with('.'),
        "{msg}"
    );
    assert!(Segmenter::new(SegmentConfig::new().abbreviations(["TP"])).is_err());
    assert!(Segmenter::new(SegmentConfig::new().abbreviations([""])).is_err());
}

/// Every built-in abbreviation is usable: a default segmenter protects it. (The rules every
/// word list shares are tested once, in `src/text/lexicon.rs`; the rules of this list
/// beside its reader, in `src/segment/lexicon.rs`.)
#[test]
fn builtin_abbreviations_protect() {
    for line in include_str!("../src/lexicon/abbreviations.txt").lines() {
        if line.starts_with('#') || line.trim().is_empty() || line.contains("may-end") {
            continue;
        }
        let text = format!("Ông ở {line} Hà Nội.");
        assert_eq!(sentences(&text).count(), 1, "{text}");
    }
}

#[test]
fn public_types_are_send_sync_clone_debug() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug>() {}
    fn fused<T: std::iter::FusedIterator>() {}
    check::<Segmenter>();
    check::<SegmentConfig>();
    check::<SegmentError>();
    check::<vinews::segment::Sentences<'static>>();
    check::<vinews::segment::Paragraphs<'static>>();
    fused::<vinews::segment::Sentences<'static>>();
    fused::<vinews::segment::Paragraphs<'static>>();
}

#[test]
fn iterators_are_fused_and_clonable() {
    let text = "Một. Hai.";
    let mut it = sentences(text);
    let copy = it.clone();
    assert_eq!(it.by_ref().count(), 2);
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);
    assert_eq!(copy.count(), 2);
}

#[test]
fn hostile_input_finishes() {
    let n = 1 << 20;
    for unit in [
        ".", "A. ", "a.", "… ", "\" ", "1.", "Ông A. ", " ", "\n", "TP. ", "?!",
    ] {
        let text = unit.repeat(n / unit.len());
        let count = sentences(&text).count();
        assert!(count <= text.len(), "{unit:?}");
        assert!(paragraphs(&text).count() <= text.len());
    }
    let dots = ".".repeat(n);
    assert_eq!(texts(&dots, sentences(&dots)), [dots.as_str()]);
}

#[test]
fn regression_long_glued_word_after_a_period() {
    // The look-ahead for an e-mail address after "a.Ư…" cut a long glued word at a
    // fixed byte count, inside a multi-byte character, and panicked.
    for n in [40, 127, 128, 200] {
        let text = format!("gái.A{}", "ư".repeat(n));
        let spans: Vec<Span> = sentences(&text).collect();
        check_spans(&text, &spans);
        assert_eq!(spans.len(), 2, "{n}");
        // The same for the word after an initial.
        let text = format!("Gặp ông A. B{}", "ư".repeat(n));
        check_spans(&text, &sentences(&text).collect::<Vec<_>>());
    }
}

/// Checks the invariants of `spans` over `text`.
fn check_spans(text: &str, spans: &[Span]) {
    let mut prev = 0;
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.start >= prev, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(
            text[prev..s.start].chars().all(char::is_whitespace),
            "non-space gap before {s:?}"
        );
        let body = &text[s.start..s.end];
        assert_eq!(body, body.trim(), "span not trimmed: {s:?}");
        prev = s.end;
    }
    assert!(
        text[prev..].chars().all(char::is_whitespace),
        "non-space tail"
    );
}

fn vietnamese_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zđăâêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,6}",
        2 => "[A-ZĐĂÂÊÔƠƯÁÀẢÃẠẤẦÉÈÍÌÓÒÚÙỨỪÝ][a-zđăâêôơư]{0,4}",
        1 => "[A-ZĐƯa-zđư]{40,120}",
        2 => Just(" ".to_owned()),
        1 => "[0-9]{1,4}",
        1 => prop::sample::select(vec![
            ".", ". ", "..", "...", "…", "!", "?", "/", "./.", ",", ":", ";", "-", "–",
            "\"", "“", "”", "'", "(", ")", "\n", "\r\n", "\u{2028}", "\u{85}", "\u{c}", "\u{a0}", "\u{200b}", "O\u{302}",
            "TP.", "PGS.TS.", "v.v.", "Th.S", "@", "://", "www.", "\t",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_cover_the_input(text in vietnamese_text()) {
        let sents: Vec<Span> = sentences(&text).collect();
        let paras: Vec<Span> = paragraphs(&text).collect();
        check_spans(&text, &sents);
        check_spans(&text, &paras);
        // Every sentence lies inside one paragraph, and every paragraph holds sentences.
        let mut pi = 0;
        for s in &sents {
            while pi < paras.len() && paras[pi].end < s.end {
                pi += 1;
            }
            prop_assert!(pi < paras.len(), "sentence {:?} outside paragraphs", s);
            prop_assert!(paras[pi].start <= s.start && s.end <= paras[pi].end);
        }
        for p in &paras {
            prop_assert!(sents.iter().any(|s| s.start == p.start));
            prop_assert!(sents.iter().any(|s| s.end == p.end));
        }
        // Nothing but whitespace is lost.
        let joined: String = sents.iter().map(|s| &text[s.start..s.end]).collect();
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(joined.chars().filter(|c| !c.is_whitespace()).collect::<String>(), squeezed);
    }

    #[test]
    fn arbitrary_strings_do_not_panic(text in any::<String>()) {
        let sents: Vec<Span> = sentences(&text).collect();
        check_spans(&text, &sents);
        check_spans(&text, &paragraphs(&text).collect::<Vec<_>>());
    }

    #[test]
    fn a_prefix_paragraph_shifts_spans(text in vietnamese_text()) {
        let prefix = "Đầu đề\n";
        let shifted = format!("{prefix}{text}");
        let base: Vec<Span> = sentences(&text).collect();
        let moved: Vec<Span> = sentences(&shifted).skip(1).collect();
        let want: Vec<Span> = base.iter().map(|s| Span::new(s.start + prefix.len(), s.end + prefix.len())).collect();
        prop_assert_eq!(moved, want);
    }
}
