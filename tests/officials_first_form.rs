//! Officials: one title said in two forms that differ only by an abbreviation's final
//! period ("PGS" and "PGS.") is one, written in its first form (issue 12, session 20: the
//! thirteenth draw's guide), whichever mention is read first; sentences written for this
//! test.

mod common;
use common::named;

#[test]
fn a_title_said_twice_keeps_its_first_form() {
    assert_eq!(
        named(
            "PGS.TS Trần Văn Nam, Phó Viện trưởng Viện Nghiên cứu Chè, cho biết như vậy. Theo PGS Nam, giống chè này quý. Sau đó, PGS. Trần Văn Nam kể lại."
        ),
        vec![(
            "Trần Văn Nam".to_string(),
            vec![
                "PGS.TS".to_string(),
                "Phó Viện trưởng Viện Nghiên cứu Chè".to_string(),
                "PGS".to_string()
            ]
        )]
    );
}
