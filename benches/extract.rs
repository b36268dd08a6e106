//! Extraction speed: claims out of article text, in bytes per second.
//!
//! The corpus is built here from the repository's own articles (seeds,
//! test corpus, blind set, fixtures), each story copied until the corpus
//! holds at least 5 MB; every copy is extracted as its own story, as
//! `crosscheck check` does with a folder. Run `cargo bench --bench extract`
//! and read the throughput column (divan prints bytes/s).

use std::path::Path;

use crosscheck::article::{self, Article};
use crosscheck::extract::extract_all;
use crosscheck::rules::load;

/// The allocator the `crosscheck` binary uses (see `src/main.rs`), so that
/// the bench measures what the command does.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TARGET_BYTES: usize = 5 * 1024 * 1024;

fn main() {
    divan::main();
}

/// One story per folder of articles in the repository.
fn stories() -> Vec<Vec<Article>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("seeds")];
    for group in ["tests/corpus", "tests/blind", "tests/fixtures"] {
        if let Ok(rd) = std::fs::read_dir(root.join(group)) {
            let mut sub: Vec<_> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            sub.sort();
            folders.extend(sub);
        }
    }
    let mut out = Vec::new();
    for f in folders {
        let (files, _) = article::collect_paths(&[f.to_string_lossy().into_owned()]);
        let story: Vec<Article> = files.iter().filter_map(|p| article::read(p).ok()).collect();
        if !story.is_empty() {
            out.push(story);
        }
    }
    out
}

/// Copies of every story until the total reaches `TARGET_BYTES`.
fn corpus() -> (Vec<Vec<Article>>, usize) {
    let base = stories();
    // Without stories the loop below would never reach the target.
    assert!(
        base.iter().flatten().any(|a| !a.text.is_empty()),
        "no articles found under {} (seeds/, tests/corpus/, tests/blind/, tests/fixtures/)",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut all = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for s in &base {
            bytes += s.iter().map(|a| a.text.len()).sum::<usize>();
            all.push(s.clone());
        }
    }
    (all, bytes)
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn extract_5mb(bencher: divan::Bencher) {
    let lexicon = load::default_pack().expect("default pack").lexicon;
    let (stories, bytes) = corpus();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            stories
                .iter()
                .map(|s| extract_all(s, &lexicon).claims.len())
                .sum::<usize>()
        });
}

/// One article made of the stories' texts joined until it holds 1 MB:
/// whatever grows faster than an article's length shows here, not in the
/// corpus of short stories.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn one_long_article(bencher: divan::Bencher) {
    let lexicon = load::default_pack().expect("default pack").lexicon;
    let (stories, _) = corpus();
    let mut text = String::new();
    for a in stories.iter().flatten() {
        if text.len() >= 1 << 20 {
            break;
        }
        text.push_str(&a.text);
        text.push_str("\n\n");
    }
    let long = article::from_bytes("long.md", text.into_bytes()).expect("joined UTF-8 text");
    let bytes = long.text.len();
    let story = vec![long];
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| extract_all(&story, &lexicon).claims.len());
}

/// The stages on their own, to show where the time goes.
mod stages {
    use super::*;
    use crosscheck::extract::number::find_numbers;
    use crosscheck::extract::time::find_times;
    use crosscheck::segment::segment;

    /// One stage over every article's scan text, in bytes per second.
    fn stage(bencher: divan::Bencher, run: impl Fn(&str) -> usize + Sync) {
        let (stories, bytes) = corpus();
        let texts: Vec<String> = stories.iter().flatten().map(|a| a.scan.clone()).collect();
        bencher
            .counter(divan::counter::BytesCount::new(bytes))
            .bench(|| texts.iter().map(|t| run(t)).sum::<usize>());
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn numbers(bencher: divan::Bencher) {
        stage(bencher, |t| find_numbers(t).len());
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn times(bencher: divan::Bencher) {
        stage(bencher, |t| find_times(t, None).len());
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn segments(bencher: divan::Bencher) {
        let lexicon = load::default_pack().expect("default pack").lexicon;
        stage(bencher, |t| segment(t, &lexicon).sentences.len());
    }
}
