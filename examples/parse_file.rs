//! Development aid: parse one folder file into its domain type and report the first error.
//! `cargo run --example parse_file -- data/plan.ron`
use stuurgroep::domain::{
    meeting::Meeting, organisation::Members, plan::Plan, updates::MemberUpdates,
};

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<(), String> {
    ron::from_str::<T>(text).map(|_| ()).map_err(|e| e.to_string())
}

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let result = if path.ends_with("plan.ron") {
            parse::<Plan>(&text)
        } else if path.ends_with("members.ron") {
            parse::<Members>(&text)
        } else if path.contains("updates/") {
            parse::<MemberUpdates>(&text)
        } else {
            parse::<Meeting>(&text)
        };
        match result {
            Ok(()) => println!("{path}: ok"),
            Err(e) => {
                println!("{path}:{e}");
                failed = true;
            }
        }
    }
    std::process::exit(i32::from(failed));
}
