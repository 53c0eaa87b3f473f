//! The command-line contract researchers and the explorer's tests rely on.

use std::path::PathBuf;
use std::process::Command;

fn corpus(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn seeds() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../seeds")
        .display()
        .to_string()
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("corpus-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn facts_json_has_the_contract_fields() {
    let (code, out, err) = corpus(&["facts", &seeds(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "the seeds load cleanly: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let facts = v.as_array().unwrap();
    assert!(facts.len() > 40);
    for f in facts {
        for k in [
            "doc",
            "value",
            "category",
            "qualifier",
            "unit",
            "subject",
            "date",
            "date_basis",
            "places",
            "quote",
            "start",
            "end",
        ] {
            assert!(f.get(k).is_some(), "missing {k} in {f}");
        }
        let date = f["date"].as_str().unwrap();
        assert!([4, 7, 10].contains(&date.len()), "ISO date {date}");
    }
    let barkhane = facts
        .iter()
        .find(|f| f["quote"].as_str().unwrap().contains("its 5,000 men"))
        .unwrap();
    assert_eq!(barkhane["subject"], "Operation Barkhane");
    assert_eq!(barkhane["category"], "troops");
    // With sources.toml, the publication date of the news report comes from it.
    let k = facts.iter().find(|f| f["value"] == 174.0).unwrap();
    assert_eq!(k["date"], "2023-06-30");
    assert_eq!(k["date_basis"], "stated");
}

#[test]
fn facts_csv_and_docs() {
    let (code, out, _) = corpus(&[
        "facts",
        &format!("{}/001_970d7b45e64713e1.txt", seeds()),
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,doc,value,value_text,qualifier,unit,category,subject"));
    assert!(out.contains("\"MINUSMA, Guinean contingent\""));
    let (code, out, _) = corpus(&["docs", &seeds()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d0 = &v[0];
    assert_eq!(d0["meta"]["publisher_site"], "https://www.policycenter.ma");
    assert!(d0["meta"]["url"].is_null(), "no invented address");
    assert!(d0["removed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["reason"] == "publisher contact details"));
    assert_eq!(d0["footnotes"].as_array().unwrap().len(), 36);
}

#[test]
fn bad_input_names_file_and_reason() {
    let dir = scratch("bad");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02garbage").unwrap();
    std::fs::write(
        dir.join("chrome.txt"),
        "Menu Close\n\nShare This Article:\n",
    )
    .unwrap();
    let (code, _, err) = corpus(&["facts", &dir.display().to_string()]);
    assert_eq!(code, 1, "nothing useful could be made");
    assert!(err.contains("empty.txt: the file is empty"), "{err}");
    assert!(err.contains("binary.txt:1: not a text file"), "{err}");
    assert!(err.contains("chrome.txt: no article text"), "{err}");

    // One good file among bad ones: its facts are printed, the others reported, exit 0.
    std::fs::write(
        dir.join("good.txt"),
        "A title\n\nAt least 12 peacekeepers were killed in Kidal in 2019.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("sources.toml"),
        "[good]\npublished = \"last year\"\n",
    )
    .unwrap();
    let (code, out, err) = corpus(&["facts", &dir.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("peacekeepers_killed"));
    assert!(
        err.contains("sources.toml:2: [good] published = \"last year\" is not a date"),
        "{err}"
    );

    std::fs::write(dir.join("sources.toml"), "[good\n").unwrap();
    let (_, _, err) = corpus(&["facts", &dir.display().to_string()]);
    assert!(err.contains("sources.toml:1: not valid TOML"), "{err}");

    let (code, _, err) = corpus(&["facts", "--format", "xml", &seeds()]);
    assert_eq!(code, 2);
    assert!(err.contains("--format takes json or csv"));
    let (code, _, err) = corpus(&["facts", "/no/such/path.txt"]);
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/path.txt: cannot read"), "{err}");
}

#[test]
fn search_entities_events_export() {
    let (code, out, err) = corpus(&[
        "search",
        "\"civilians killed\"",
        "--filter",
        "kind=policy_brief",
        &seeds(),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for h in hits {
        assert_eq!(h["doc"], "000_42da79048cd32607");
        assert!(h["snippet_text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("civilians killed"));
        assert!(!h["matches"].as_array().unwrap().is_empty());
    }
    assert!(v["facets"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["facet"] == "category"));

    let (code, _, err) = corpus(&["search", "x", "--filter", "colour=red", &seeds()]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown key \"colour\""), "{err}");

    let (code, out, _) = corpus(&["entities", &seeds()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Aguelhoc" && e["name"] == "Aguelhok" && e["kind"] == "place"));

    let (code, out, _) = corpus(&["events", &seeds()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["date"] == "2022-03-27" && e["date_end"] == "2022-03-31"));

    let (code, out, _) = corpus(&["export", &seeds()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for k in ["docs", "facts", "entities", "events"] {
        assert!(!v[k].as_array().unwrap().is_empty(), "{k}");
    }
}
