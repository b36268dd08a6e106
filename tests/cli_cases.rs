//! CLI cases as data (typos' trycmd style): each `tests/cmd/*.toml` pins the
//! arguments, standard input, standard output, standard error and exit
//! status of one `crosscheck` run. `TRYCMD=overwrite cargo test --test
//! cli_cases` rewrites the expected output; review the diff before committing.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
