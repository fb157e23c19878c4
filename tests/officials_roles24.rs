//! Officials: posts and professions that tie a person, added in session 24 (issue 12): the
//! head of a federal state's government ("Thủ hiến"); a staff member's trade with its field
//! before a name and the named organisation after it ("nhà khoa học thần kinh X đến từ Đại
//! học Y"); the owner of a chain of businesses or of a named company ("chủ một chuỗi cửa
//! hàng …", "chủ sở hữu tập đoàn X"); the leader of the opposition ("lãnh đạo phe đối lập
//! ở X Y"), with sentences written for these tests.

mod common;
use common::{named, one};

/// "Thủ hiến" heads a federal state's or territory's government, a post before a name as
/// "Thống đốc" is, with the state or territory said between them or not.
#[test]
fn the_head_of_a_federal_states_government() {
    assert_eq!(
        named("Thủ hiến New Delhi Arvind Kejriwal đề nghị chính phủ hỗ trợ ôxy."),
        one("Arvind Kejriwal", &["Thủ hiến New Delhi"])
    );
    assert_eq!(
        named("Thủ hiến bang Bavaria, ông Markus Söder, cho biết bang sẽ mở cửa trường học."),
        one("Markus Söder", &["Thủ hiến bang Bavaria"])
    );
}

/// Without a name, "Thủ hiến" names the office or its building, no one.
#[test]
fn the_office_without_a_name_is_no_official() {
    assert!(named("Buổi lễ diễn ra tại sảnh Tòa nhà Thủ hiến với quân nhạc.").is_empty());
    assert!(named("Thủ hiến bang này cho biết sẽ mở cửa trường học.").is_empty());
}

/// A staff member's trade and its field before the name, the named organisation the
/// person works at after it: the trade and field are the title, as the trade alone is
/// ("nhà băng học X từ Đại học Y"), the name foreign or Vietnamese.
#[test]
fn a_trade_with_its_field_before_a_name_and_a_workplace_after_it() {
    assert_eq!(
        named("Nhà khoa học thần kinh Stephanie Koch đến từ Đại học London cho biết."),
        one("Stephanie Koch", &["Nhà khoa học thần kinh"])
    );
    assert_eq!(
        named("Nhà phân tích công nghệ Ted Mortonson của công ty Baird nhận định."),
        one("Ted Mortonson", &["Nhà phân tích công nghệ"])
    );
    assert_eq!(
        named("Chuyên gia an ninh Nguyễn Văn An của công ty Bkav cho biết."),
        one("Nguyễn Văn An", &["Chuyên gia an ninh"])
    );
}

/// With no workplace after the name the trade and its field are a common noun, and a
/// part played in a film ("trong bộ phim …") is no workplace.
#[test]
fn a_trade_with_its_field_and_no_workplace_ties_no_one() {
    assert!(named("Nhà khoa học thần kinh Stephanie Koch cho biết điều này.").is_empty());
    assert!(named("Chuyên gia an ninh Nguyễn Văn An cho biết.").is_empty());
    assert!(
        named(
            "Tài tử đóng vai nhà khoa học thiên tài Stephen Hawking trong bộ phim The Theory of Everything."
        )
        .is_empty()
    );
}

/// The owner of a chain or network of businesses of a listed kind ("chủ một chuỗi nhà
/// hàng"), and the owner of a company named after its lowercase kind ("chủ sở hữu tập
/// đoàn X"), apposed to a name, hold a post, as "chủ tiệm" and "ông chủ của CLB X" do.
#[test]
fn the_owner_of_a_chain_or_of_a_named_company() {
    assert_eq!(
        named("Anh Lê Minh, chủ một chuỗi nhà hàng ở Đà Nẵng, cho biết."),
        one("Lê Minh", &["chủ một chuỗi nhà hàng ở Đà Nẵng"])
    );
    assert_eq!(
        named("Ông Trần Văn Bình, chủ sở hữu tập đoàn Hoàng Long, cho biết sẽ mở thêm nhà máy."),
        one("Trần Văn Bình", &["chủ sở hữu tập đoàn Hoàng Long"])
    );
}

/// An owner of a thing, a company's equity ("vốn chủ sở hữu") and owners in general hold
/// no post.
#[test]
fn an_owner_of_things_holds_no_post() {
    assert!(named("Ông Trần Văn Bình, chủ sở hữu căn nhà, cho biết sẽ sửa lại.").is_empty());
    assert!(named("Vốn chủ sở hữu của Công ty Hòa Phát tăng mạnh.").is_empty());
    assert!(named("Các chủ sở hữu cần có những sự thay đổi mô hình kinh doanh.").is_empty());
}

/// The leader of the opposition is a leader's title right before a name, as "lãnh đạo
/// tinh thần" is, with the country said after "ở" or not; with no name it ties no one,
/// and the bare "lãnh đạo ở" before a country and a name is no title.
#[test]
fn the_leader_of_the_opposition() {
    assert_eq!(
        named("Lãnh đạo phe đối lập ở Sri Lanka Sajith Premadasa đề nghị mở cuộc điều tra."),
        one("Sajith Premadasa", &["Lãnh đạo phe đối lập ở Sri Lanka"])
    );
    assert_eq!(
        named("Cựu lãnh đạo đối lập Moon Jae-in đang dẫn đầu các cuộc thăm dò."),
        one("Moon Jae-in", &["Cựu lãnh đạo đối lập"])
    );
    assert!(named("Lãnh đạo phe đối lập ở Sri Lanka cho biết sẽ phản đối dự luật.").is_empty());
    assert!(named("Lãnh đạo ở Mỹ Joe Biden cho biết.").is_empty());
}
