//! A shared file as a looping sequence of QR codes and back: every frame drawn as a picture by the
//! QR encoder and read from the picture by the QR decoder; frames missed, repeated and out of
//! order do not matter; what is not a whole frame of one transfer of ours is refused clearly.

use chrono::{TimeZone, Utc};
use hjulet::domain::format::import::{read_file, shared_file_text, SharedFile, MAX_FILE_BYTES};
use hjulet::domain::format::locked::Locked;
use hjulet::domain::format::shared_media::SharedMedia;
use hjulet::domain::handover::frames::{
    stored_deflate, CodeProblem, Collector, Progress, Transfer, HEADER_LEN, MAGIC, MAX_BLOCK,
    VERSION,
};
use hjulet::domain::handover::qr::{read_codes, QrImage, QUIET_ZONE};
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WheelDefinition, WordsField};
use hjulet::ids;

/// What a child might write, different in every area so that it compresses like real words.
const WORDS: [&str; 7] = [
    "Jag känner mig trygg hemma men inte alltid på vägen till skolan, för där står några äldre killar vid kiosken och säger elaka saker. Det hade hjälpt om någon vuxen gick med mig ibland på morgonen.",
    "Mamma lagar mat varje dag och pappa hjälper mig med läxorna på tisdagar. Ibland blir det bråk om skärmtiden, och då går jag in på mitt rum. Jag vill att vi äter middag tillsammans oftare än nu.",
    "Jag har ont i magen nästan varje söndag kväll och sover dåligt innan prov. Skolsköterskan har pratat med mig en gång. Jag tror att det skulle kännas bättre om jag fick veta vad som händer i veckan.",
    "Matte är svårt och jag hänger inte med när läraren pratar fort. Svenska och bild är roligast! Jag skulle vilja ha extra hjälp med bråk och procent, kanske på fritids eller med en kompis från sexan.",
    "På rasterna spelar jag fotboll med Ali och Noor. Efter skolan är jag på fritidsgården två dagar i veckan. Ibland känner jag mig ensam på helgerna när alla andra åker bort och jag stannar här hemma.",
    "Jag får bestämma själv vilka kläder jag har och vad jag gör på lördagar. Men ingen frågade mig när vi skulle flytta, och det var tråkigt. Jag vill vara med och säga vad jag tycker innan saker bestäms.",
    "Jag är bra på att rita djur och hjälpa min lillasyster. Jag vill bli veterinär eller kock när jag blir stor. Ibland tycker jag att jag är dum, men min moster säger att jag är modig och snäll mot alla.",
];

/// The budget of the issue: all seven areas answered, 200 characters of words in each.
fn budget_wheel() -> Draft {
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let mut draft = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Middle,
        now,
    );
    let wheel = WheelDefinition::shipped();
    assert_eq!(wheel.areas.len(), 7);
    for (area, words) in wheel.areas.iter().zip(WORDS) {
        let words: String = words.chars().chain(" ".chars()).cycle().take(200).collect();
        assert_eq!(words.chars().count(), 200);
        draft.set_scale(&area.id, Some(ScaleAnswer::Good), now);
        draft.set_words(&area.id, WordsField::Hard, &words, now);
    }
    draft
}

/// A locked file of `text` as the browser makes it: the same size, bytes that do not compress.
fn locked_like(text: &str) -> String {
    let mut state = 0x1234_5678u32;
    let mut noise = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state as u8
            })
            .collect()
    };
    let (salt, iv, ciphertext) = (noise(16), noise(12), noise(text.len() + 16));
    Locked::new(&salt, &iv, &ciphertext, None).to_json()
}

/// A frame as a camera would see it: drawn `scale` pixels a module, black on white.
fn photograph(frame: &[u8], scale: usize, mask: usize) -> Vec<Vec<u8>> {
    let code = QrImage::of(frame, mask).expect("a frame fits a QR code");
    let side = code.side() * scale;
    read_codes(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let dark =
            mx >= QUIET_ZONE && my >= QUIET_ZONE && code.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE);
        if dark {
            20
        } else {
            235
        }
    })
}

/// Reads `indices` of a transfer's frames through pictures, until the text is whole.
fn read_through_camera(transfer: &Transfer, indices: impl IntoIterator<Item = u32>) -> String {
    let mut collector = Collector::new();
    for index in indices {
        // Each index with its own mask pattern, as the child's page draws them.
        for seen in photograph(&transfer.frame(index), 3, index as usize) {
            if let Progress::Done(text) = collector.add(&seen).unwrap() {
                return text;
            }
        }
    }
    panic!("the frames did not make the text");
}

#[test]
fn the_budget_wheel_fits_twelve_codes_of_version_fifteen_or_less() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let transfer = Transfer::new(&text).unwrap();
    let locked = Transfer::new(&locked_like(&text)).unwrap();
    let version = QrImage::of(&transfer.frame(0), 0).unwrap().version();
    println!(
        "budget wheel: {} bytes of file, {} frames, QR version {version} level M; locked: {} frames",
        text.len(),
        transfer.blocks(),
        locked.blocks()
    );
    assert!(transfer.blocks() <= 12, "{} frames", transfer.blocks());
    assert!(locked.blocks() <= 12, "locked: {} frames", locked.blocks());
    for index in 0..30 {
        let code = QrImage::of(&transfer.frame(index), index as usize).unwrap();
        assert!(code.version() <= 15, "version {}", code.version());
    }
}

#[test]
fn every_frame_drawn_and_read_back_makes_the_same_file() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let transfer = Transfer::new(&text).unwrap();
    let read = read_through_camera(&transfer, 0..100);
    assert_eq!(read, text);
    // The same import path as a file: the same draft comes in.
    match read_file(&read).unwrap() {
        SharedFile::Draft(draft, _) => assert_eq!(draft, budget_wheel().shared_copy()),
        other => panic!("not a draft: {other:?}"),
    }
}

#[test]
fn missed_repeated_and_reordered_frames_do_not_matter() {
    let text = locked_like(&shared_file_text(&budget_wheel(), &SharedMedia::default()));
    let transfer = Transfer::new(&text).unwrap();
    let count = transfer.blocks() as u32;
    assert!(count >= 3);
    // Every second frame missed, the rest backwards and each seen three times, then the loop
    // goes on with frames the shower makes later.
    let mut seen: Vec<u32> = (0..count * 6).filter(|i| i % 2 == 1).rev().collect();
    seen = seen.into_iter().flat_map(|i| [i, i, i]).collect();
    assert_eq!(read_through_camera(&transfer, seen), text);
    // Not one systematic frame at all.
    assert_eq!(read_through_camera(&transfer, count..count * 10), text);
}

#[test]
fn a_reading_needs_about_as_many_frames_as_there_are_blocks() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let transfer = Transfer::new(&text).unwrap();
    let count = transfer.blocks();
    // From any starting point of the loop, with the first of every three frames missed.
    for start in [0u32, 5, 40, 1000] {
        let mut collector = Collector::new();
        let mut used = 0;
        let mut index = start;
        loop {
            index += 1;
            if index % 3 == 0 {
                continue;
            }
            used += 1;
            if let Progress::Done(read) = collector.add(&transfer.frame(index)).unwrap() {
                assert_eq!(read, text);
                break;
            }
        }
        assert!(used <= count + 10, "{used} frames for {count} blocks");
    }
}

#[test]
fn progress_counts_the_parts() {
    let transfer =
        Transfer::new(&shared_file_text(&budget_wheel(), &SharedMedia::default())).unwrap();
    let need = transfer.blocks();
    let mut collector = Collector::new();
    assert_eq!(
        collector.add(&transfer.frame(0)),
        Ok(Progress::Collecting { have: 1, need })
    );
    // The same frame again adds nothing.
    assert_eq!(
        collector.add(&transfer.frame(0)),
        Ok(Progress::Collecting { have: 1, need })
    );
}

#[test]
fn another_apps_code_is_not_ours() {
    let mut collector = Collector::new();
    for code in [&b"https://example.org/"[..], b"", b"BB", b"WIFI:S:net;;"] {
        assert_eq!(collector.add(code), Err(CodeProblem::NotOurs));
    }
    assert_eq!(CodeProblem::NotOurs.message_id(), ids::CODES_ERROR_NOT_OURS);
    // Through a picture too.
    let seen = photograph(b"https://example.org/", 3, 2);
    assert_eq!(seen.len(), 1);
    assert_eq!(collector.add(&seen[0]), Err(CodeProblem::NotOurs));
}

#[test]
fn a_code_of_another_version_is_refused_as_such() {
    let transfer = Transfer::new("{}").unwrap();
    let mut frame = transfer.frame(0);
    assert_eq!(&frame[..3], &MAGIC);
    assert_eq!(frame[3], VERSION);
    frame[3] = VERSION + 1;
    assert_eq!(Collector::new().add(&frame), Err(CodeProblem::WrongVersion));
}

#[test]
fn a_truncated_frame_is_refused() {
    let transfer =
        Transfer::new(&shared_file_text(&budget_wheel(), &SharedMedia::default())).unwrap();
    let frame = transfer.frame(1);
    for cut in [4, HEADER_LEN - 1, HEADER_LEN, frame.len() - 1] {
        assert_eq!(
            Collector::new().add(&frame[..cut]),
            Err(CodeProblem::Truncated),
            "cut at {cut}"
        );
    }
    let mut longer = frame.clone();
    longer.push(0);
    assert_eq!(Collector::new().add(&longer), Err(CodeProblem::Truncated));
}

#[test]
fn frames_of_another_transfer_are_not_mixed_in() {
    let first = Transfer::new(&shared_file_text(&budget_wheel(), &SharedMedia::default())).unwrap();
    let other = Transfer::new(&locked_like("another wheel")).unwrap();
    let mut collector = Collector::new();
    collector.add(&first.frame(0)).unwrap();
    assert_eq!(
        collector.add(&other.frame(1)),
        Err(CodeProblem::OtherTransfer)
    );
    // The first transfer still reads.
    let mut index = 1;
    let text = loop {
        if let Progress::Done(text) = collector.add(&first.frame(index)).unwrap() {
            break text;
        }
        index += 1;
    };
    assert_eq!(
        text,
        shared_file_text(&budget_wheel(), &SharedMedia::default())
    );
}

#[test]
fn a_payload_whose_checksum_fails_is_refused_and_the_reading_starts_over() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let transfer = Transfer::new(&text).unwrap();
    let count = transfer.blocks() as u32;
    let mut collector = Collector::new();
    for index in 0..count {
        let mut frame = transfer.frame(index);
        if index == 0 {
            // The checksum field of the first frame seen sets the transfer; one bit off.
            frame[19] ^= 1;
        }
        let added = collector.add(&frame);
        if index == 0 {
            assert!(added.is_ok());
        } else {
            assert_eq!(added, Err(CodeProblem::OtherTransfer), "frame {index}");
        }
    }
    // All frames of a header whose checksum is not the text's: refused when whole.
    let mut collector = Collector::new();
    let mut last = None;
    for index in 0..count {
        let mut frame = transfer.frame(index);
        frame[19] ^= 1;
        last = Some(collector.add(&frame));
    }
    assert_eq!(last, Some(Err(CodeProblem::Damaged)));
    assert_eq!(CodeProblem::Damaged.message_id(), ids::CODES_ERROR_DAMAGED);
    // Started over: the right frames read.
    assert_eq!(read_through_camera(&transfer, 0..count), text);
}

#[test]
fn a_changed_block_is_refused() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let transfer = Transfer::new(&text).unwrap();
    let count = transfer.blocks() as u32;
    let mut collector = Collector::new();
    let mut last = None;
    for index in 0..count {
        let mut frame = transfer.frame(index);
        if index == 1 {
            let at = frame.len() - 3;
            frame[at] ^= 0x40;
        }
        last = Some(collector.add(&frame));
    }
    assert_eq!(last, Some(Err(CodeProblem::Damaged)));
}

#[test]
fn a_payload_larger_than_a_file_may_be_is_refused_before_anything_is_kept() {
    let transfer = Transfer::new("{}").unwrap();
    let mut frame = transfer.frame(0);
    frame[8..12].copy_from_slice(&(MAX_FILE_BYTES as u32 + 1).to_be_bytes());
    assert_eq!(Collector::new().add(&frame), Err(CodeProblem::TooLarge));
    assert_eq!(
        CodeProblem::TooLarge.message_id(),
        ids::IMPORT_ERROR_TOO_LARGE
    );
    // Many tiny blocks: refused, not a huge system to solve.
    let mut frame = transfer.frame(0);
    frame[12..16].copy_from_slice(&5_000_000u32.to_be_bytes());
    frame[20..22].copy_from_slice(&1u16.to_be_bytes());
    frame.truncate(HEADER_LEN + 1);
    assert_eq!(Collector::new().add(&frame), Err(CodeProblem::TooLarge));
    // And a text larger than a file is never shown as codes.
    let huge = "x".repeat(MAX_FILE_BYTES as usize + 1);
    assert!(Transfer::new(&huge).is_none());
}

#[test]
fn a_block_fills_at_most_a_version_fifteen_code() {
    let noise = locked_like(&"x".repeat(4000));
    let transfer = Transfer::new(&noise).unwrap();
    let frame = transfer.frame(3);
    assert!(frame.len() <= HEADER_LEN + MAX_BLOCK);
    assert!(
        frame.len() > HEADER_LEN + MAX_BLOCK * 9 / 10,
        "blocks as large as allowed"
    );
    assert_eq!(QrImage::of(&frame, 3).unwrap().version(), 15);
    assert_eq!(read_through_camera(&transfer, (0..200).rev()), noise);
}

#[test]
fn every_mask_pattern_reads() {
    let transfer =
        Transfer::new(&shared_file_text(&budget_wheel(), &SharedMedia::default())).unwrap();
    for mask in 0..8 {
        let frame = transfer.frame(1);
        assert_eq!(
            photograph(&frame, 3, mask),
            vec![frame.clone()],
            "mask {mask}"
        );
        assert_eq!(
            photograph(&frame, 2, mask),
            vec![frame],
            "mask {mask}, 2 pixels a module"
        );
    }
}

#[test]
fn the_svg_path_draws_every_dark_module() {
    let code = QrImage::of(b"BBH", 0).unwrap();
    let path = code.svg_path();
    let drawn: usize = path
        .split('h')
        .skip(1)
        .step_by(2)
        .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
        .sum();
    let dark = (0..code.width())
        .flat_map(|y| (0..code.width()).map(move |x| (x, y)))
        .filter(|(x, y)| code.is_dark(*x, *y))
        .count();
    assert_eq!(drawn, dark);
}

#[test]
fn frames_of_bytes_compressed_elsewhere_read_the_same() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    // As the browser's CompressionStream("deflate-raw") makes it: any raw deflate will do.
    let compressed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6);
    let transfer = Transfer::from_compressed(&text, compressed).unwrap();
    assert_eq!(read_through_camera(&transfer, 0..50), text);
    // Where the browser has no compressor: stored blocks, larger but read the same.
    let stored = Transfer::from_compressed(&text, stored_deflate(text.as_bytes())).unwrap();
    assert!(stored.blocks() > transfer.blocks());
    assert_eq!(read_through_camera(&stored, 0..100), text);
    let long = "å".repeat(70_000);
    let mut collector = Collector::new();
    let stored = Transfer::from_compressed(&long, stored_deflate(long.as_bytes())).unwrap();
    let read = (0..stored.blocks() as u32 + 10)
        .find_map(|i| match collector.add(&stored.frame(i)).unwrap() {
            Progress::Done(text) => Some(text),
            Progress::Collecting { .. } => None,
        })
        .unwrap();
    assert_eq!(read, long, "more than one stored block");
}

#[test]
fn a_compressor_that_got_it_wrong_is_caught_by_the_checksum() {
    let text = shared_file_text(&budget_wheel(), &SharedMedia::default());
    let wrong = miniz_oxide::deflate::compress_to_vec(text.replacen("Jag", "Vi ", 1).as_bytes(), 9);
    let transfer = Transfer::from_compressed(&text, wrong).unwrap();
    let mut collector = Collector::new();
    let last = (0..transfer.blocks() as u32 + 10)
        .map(|i| collector.add(&transfer.frame(i)))
        .find(|added| !matches!(added, Ok(Progress::Collecting { .. })));
    assert_eq!(last, Some(Err(CodeProblem::Damaged)));
}

/// The meeting's summary for the child at its fullest in practice: seven areas with needs, three
/// actions each, and a journey of twelve meetings with four people: read back from pictures as
/// the same summary, in a handful of codes.
#[test]
fn a_full_summary_for_the_child_goes_by_codes_and_reads_back_the_same() {
    use chrono::NaiveDate;
    use hjulet::domain::format::summary_file::{summary_from_json, summary_to_json};
    use hjulet::domain::journey::{JourneyMeeting, JourneyPerson};
    use hjulet::domain::plan::{Contact, PlanAction, PlanArea};
    use hjulet::domain::promise::MeetingSummary;
    use hjulet::domain::Perspective;
    let wheel = WheelDefinition::shipped();
    let mut summary = MeetingSummary {
        child_name: "Sara".into(),
        age_band: Some(AgeBand::Middle),
        made_on: NaiveDate::from_ymd_opt(2026, 11, 28),
        next_evaluation: NaiveDate::from_ymd_opt(2027, 2, 1),
        coordinator: Contact {
            name: "Eva Ek".into(),
            organisation: "Norrskolan".into(),
            reach: "0470-123 45".into(),
        },
        ..MeetingSummary::default()
    };
    for (area, words) in wheel.areas.iter().zip(WORDS) {
        let action = |n: usize| PlanAction {
            what: words.chars().skip(n * 40).take(80).collect(),
            who: ["Mentor", "Mamma", "Elevhälsan"][n].into(),
            when: ["Varje morgon", "Tisdagar", "Före jul"][n].into(),
        };
        summary.areas.insert(
            area.id.clone(),
            PlanArea {
                needs: words.chars().take(200).collect(),
                actions: (0..3).map(action).collect(),
                contact: Contact::default(),
            },
        );
    }
    let faces = [
        ScaleAnswer::VeryBad,
        ScaleAnswer::Bad,
        ScaleAnswer::Between,
        ScaleAnswer::Good,
    ];
    for month in 1..=12 {
        let person = |perspective, name: &str, shift: usize| JourneyPerson {
            perspective,
            name: name.into(),
            faces: wheel
                .areas
                .iter()
                .enumerate()
                .map(|(i, area)| (area.id.clone(), faces[(i + month as usize + shift) % 4]))
                .collect(),
        };
        summary.journey.meetings.push(JourneyMeeting {
            date: NaiveDate::from_ymd_opt(2026, month, 1).unwrap(),
            people: vec![
                person(Perspective::Child, "", 0),
                person(Perspective::Guardian, "mamma", 1),
                person(Perspective::Guardian, "pappa", 2),
                person(Perspective::Professional, "Eva, mentor", 3),
            ],
        });
    }
    let text = summary_to_json(&summary);
    let transfer = Transfer::new(&text).unwrap();
    println!(
        "full summary: {} bytes, {} frames",
        text.len(),
        transfer.blocks()
    );
    assert!(transfer.blocks() <= 12, "{} frames", transfer.blocks());
    let read = read_through_camera(&transfer, (0..200).rev().filter(|i| i % 3 != 0));
    assert_eq!(summary_from_json(&read), Ok(summary));
}
