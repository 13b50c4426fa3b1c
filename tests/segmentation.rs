//! English sentence boundaries, one table per kind of boundary, each case in its own words.
//! Every case of a `both` table is checked as written and lowercased (text as transcripts
//! and chat exports come): the evidence that decides it does not rest on capitals. Cases a
//! lowercased text cannot decide (a name after "p.m.", "Yahoo!") are in `cased` tables.
//! A kind fails with the list of all its wrong cases, not just the first.

use abridge::lang::Language;
use abridge::segment::split_sentences;
use abridge::{analyze, Format, Options};

type Case<'a> = (&'a str, &'a [&'a str]);

fn split(text: &str) -> Vec<String> {
    split_sentences(text, Language::English)
        .into_iter()
        .map(|(s, e)| text[s..e].to_string())
        .collect()
}

/// The sentences of a whole plain-text document (ingest first: line breaks, titles).
fn document(text: &str) -> (Option<String>, Vec<String>) {
    let options = Options::default().language("en").format(Format::Text);
    let a = analyze(text, &options).expect("analysis");
    let sentences = a
        .sentences
        .iter()
        .map(|s| a.slice(s.start, s.end))
        .collect();
    (a.title, sentences)
}

fn wrong(kind: &str, how: &str, input: &str, expected: &[String], got: &[String]) -> String {
    format!("{kind} ({how}): {input:?}\n  expected {expected:?}\n  got      {got:?}")
}

/// Checks the cases of one kind, as written and (unless `cased_only`) lowercased.
fn check_with(
    kind: &str,
    cases: &[Case],
    cased_only: bool,
    run: impl Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let mut failures = Vec::new();
    for &(input, expected) in cases {
        let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        let got = run(input);
        if got != expected {
            failures.push(wrong(kind, "cased", input, &expected, &got));
        }
        if cased_only {
            continue;
        }
        let lower = input.to_lowercase();
        let expected: Vec<String> = expected.iter().map(|s| s.to_lowercase()).collect();
        let got = run(&lower);
        if got != expected {
            failures.push(wrong(kind, "caseless", &lower, &expected, &got));
        }
    }
    failures
}

fn assert_none(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Cases checked cased and lowercased, and cases only cased text can decide.
fn kind(name: &str, both: &[Case], cased: &[Case]) {
    let mut failures = check_with(name, both, false, split);
    failures.extend(check_with(name, cased, true, split));
    assert_none(failures);
}

#[test]
fn no_space_after_the_terminator() {
    kind(
        "glued",
        &[
            // Not boundaries: decimals, versions, addresses, file names.
            (
                "The file notes.txt holds version 2.4 of the plan.",
                &["The file notes.txt holds version 2.4 of the plan."],
            ),
            (
                "Read the story on news.example.co.uk tonight.",
                &["Read the story on news.example.co.uk tonight."],
            ),
            // Names written with an inner full stop: a short part after it is no sentence.
            (
                "Investors in Zap.Tel lost their savings.",
                &["Investors in Zap.Tel lost their savings."],
            ),
            (
                "The shop moved to Bay.Net and then closed.",
                &["The shop moved to Bay.Net and then closed."],
            ),
            (
                "Her app runs on Deno.js and sells on Etsy.com daily.",
                &["Her app runs on Deno.js and sells on Etsy.com daily."],
            ),
            (
                "They sold Pix.Co. The buyer kept the staff.",
                &["They sold Pix.Co.", "The buyer kept the staff."],
            ),
            // A word that opens sentences tells a glued boundary in caseless text too.
            (
                "The plant shut in 2019.The staff moved away.",
                &["The plant shut in 2019.", "The staff moved away."],
            ),
            (
                "We argued all night.They left at dawn.",
                &["We argued all night.", "They left at dawn."],
            ),
            // Two letters may be a web domain.
            (
                "The shop sells on ciao.it and ebay.",
                &["The shop sells on ciao.it and ebay."],
            ),
            // A title opens the glued sentence: "Mr." is no part of a name.
            (
                "We waited all day.Dr. Osei never came.",
                &["We waited all day.", "Dr. Osei never came."],
            ),
            (
                "The vote was on Thursday.Mrs. Abara counted the ballots.",
                &[
                    "The vote was on Thursday.",
                    "Mrs. Abara counted the ballots.",
                ],
            ),
            (
                "Nobody answered the phone.Prof. Lindqvist was away.",
                &["Nobody answered the phone.", "Prof. Lindqvist was away."],
            ),
        ],
        // Lowercased, "monday.voters" reads like a web address or a file name.
        &[
            (
                "The mayor quit on Monday.Voters were not surprised.",
                &["The mayor quit on Monday.", "Voters were not surprised."],
            ),
            (
                "The harvest failed.Farmers asked for help.",
                &["The harvest failed.", "Farmers asked for help."],
            ),
            (
                "She closed the door.Outside, the rain went on.",
                &["She closed the door.", "Outside, the rain went on."],
            ),
            (
                "The deal is done!Both firms are pleased.",
                &["The deal is done!", "Both firms are pleased."],
            ),
            (
                "Who pays for it?Nobody has said.",
                &["Who pays for it?", "Nobody has said."],
            ),
            (
                "Profits grew by 7%.Analysts were pleased.",
                &["Profits grew by 7%.", "Analysts were pleased."],
            ),
            (
                "He said \"no.\"Then he hung up.",
                &["He said \"no.\"", "Then he hung up."],
            ),
            (
                "The letter went to Mr.Hughes in March.",
                &["The letter went to Mr.Hughes in March."],
            ),
            ("Tap Save.Done.", &["Tap Save.", "Done."]),
            // A number, a full stop and a capitalised word.
            (
                "Tickets sold out at 4,200.Fans queued outside.",
                &["Tickets sold out at 4,200.", "Fans queued outside."],
            ),
            (
                "The lamp cost $19.99.It broke at once.",
                &["The lamp cost $19.99.", "It broke at once."],
            ),
            (
                "The school opened in 1998.Its first head was a nun.",
                &["The school opened in 1998.", "Its first head was a nun."],
            ),
            // A list marker glued to its item is not a sentence.
            ("1.Preheat the oven.", &["1.Preheat the oven."]),
        ],
    );
}

#[test]
fn wire_datelines() {
    kind(
        "dateline",
        &[
            (
                "PORTLAND, Ore. (AP) — Firefighters held the blaze on Sunday. Nobody was hurt.",
                &[
                    "PORTLAND, Ore. (AP) — Firefighters held the blaze on Sunday.",
                    "Nobody was hurt.",
                ],
            ),
            (
                "ST. PAUL, Minn. (AP) — Lawmakers went home without a budget deal.",
                &["ST. PAUL, Minn. (AP) — Lawmakers went home without a budget deal."],
            ),
            (
                "LONDON (Reuters) - Britain's economy grew faster than forecast. Sterling rose.",
                &[
                    "LONDON (Reuters) - Britain's economy grew faster than forecast.",
                    "Sterling rose.",
                ],
            ),
            (
                "NEW YORK, N.Y. (CNN) -- Stocks rallied in late trading.",
                &["NEW YORK, N.Y. (CNN) -- Stocks rallied in late trading."],
            ),
            (
                "SAN DIEGO, Calif. (AP) — A grey whale washed ashore on Monday. Experts came.",
                &[
                    "SAN DIEGO, Calif. (AP) — A grey whale washed ashore on Monday.",
                    "Experts came.",
                ],
            ),
            // Without the agency: the dash alone follows the state.
            (
                "LITTLE ROCK, Ark. — The governor signed the bill on Friday.",
                &["LITTLE ROCK, Ark. — The governor signed the bill on Friday."],
            ),
            (
                "TULSA, Okla. – A storm knocked out power to thousands.",
                &["TULSA, Okla. – A storm knocked out power to thousands."],
            ),
        ],
        &[],
    );
}

#[test]
fn clock_times() {
    kind(
        "clock",
        &[
            // A pronoun with a contracted verb opens a sentence as the pronoun does.
            (
                "The match starts at 8 p.m. I'm taking the early train.",
                &["The match starts at 8 p.m.", "I'm taking the early train."],
            ),
            (
                "The office shuts at 5 p.m. They'll reopen on Monday.",
                &["The office shuts at 5 p.m.", "They'll reopen on Monday."],
            ),
            (
                "Doors open at 7 a.m. It's first come, first served.",
                &["Doors open at 7 a.m.", "It's first come, first served."],
            ),
            (
                "The shop opens at 10 a.m. Saturday and shuts at noon.",
                &["The shop opens at 10 a.m. Saturday and shuts at noon."],
            ),
            (
                "The show airs at 9 p.m. ET on Sundays.",
                &["The show airs at 9 p.m. ET on Sundays."],
            ),
            (
                "Trading stopped at 2 p.m. Wednesday after the crash.",
                &["Trading stopped at 2 p.m. Wednesday after the crash."],
            ),
            (
                "They spoke at 11 a.m. Thursday. The deal was signed that night.",
                &[
                    "They spoke at 11 a.m. Thursday.",
                    "The deal was signed that night.",
                ],
            ),
            (
                "We landed at 4 p.m. It was raining hard.",
                &["We landed at 4 p.m.", "It was raining hard."],
            ),
            // A day word that opens a clause of its own: a new sentence.
            (
                "The hearing ended at 3 p.m. Tomorrow the judge will rule.",
                &[
                    "The hearing ended at 3 p.m.",
                    "Tomorrow the judge will rule.",
                ],
            ),
            (
                "The first round ended at 6 p.m. Today we start at noon.",
                &["The first round ended at 6 p.m.", "Today we start at noon."],
            ),
            (
                "The vote closed at 8 p.m. Tomorrow's count starts early.",
                &[
                    "The vote closed at 8 p.m.",
                    "Tomorrow's count starts early.",
                ],
            ),
            (
                "The gates close at 5 p.m. Monday's match is sold out.",
                &["The gates close at 5 p.m.", "Monday's match is sold out."],
            ),
            // A zone after the time ("Sydney time", "Eastern time").
            (
                "The plane lands at 6 a.m. Sydney time on Friday.",
                &["The plane lands at 6 a.m. Sydney time on Friday."],
            ),
            (
                "Polls shut at 7 p.m. Eastern time tonight.",
                &["Polls shut at 7 p.m. Eastern time tonight."],
            ),
            (
                "She left at 9 p.m. Mr. Ward locked up after her.",
                &["She left at 9 p.m.", "Mr. Ward locked up after her."],
            ),
            (
                "The sale opens at 9 a.m. Jan. 2 in the main hall.",
                &["The sale opens at 9 a.m. Jan. 2 in the main hall."],
            ),
            (
                "The race starts at 8 a.m. sharp. Runners must register.",
                &["The race starts at 8 a.m. sharp.", "Runners must register."],
            ),
        ],
        &[
            // A name or a capitalised noun after the time: only capitals tell.
            (
                "The bus left at 5 a.m. Tom was not on it.",
                &["The bus left at 5 a.m.", "Tom was not on it."],
            ),
            (
                "Doors open at 7:30 p.m. Guests should come early.",
                &["Doors open at 7:30 p.m.", "Guests should come early."],
            ),
            (
                "The ferry docked at 6 A.M. Passengers were tired.",
                &["The ferry docked at 6 A.M.", "Passengers were tired."],
            ),
        ],
    );
}

#[test]
fn lists_on_one_line() {
    kind(
        "inline list",
        &[
            (
                "Ingredients: 1) flour 2) sugar 3) butter",
                &["Ingredients:", "1) flour", "2) sugar", "3) butter"],
            ),
            (
                "To do: a) read the memo b) sign it c) send it back.",
                &[
                    "To do:",
                    "a) read the memo",
                    "b) sign it",
                    "c) send it back.",
                ],
            ),
            (
                "1. Wake up. 2. Stretch. 3. Eat breakfast.",
                &["1. Wake up.", "2. Stretch.", "3. Eat breakfast."],
            ),
            (
                "(1) gather the data (2) clean it (3) train the model",
                &["(1) gather the data", "(2) clean it", "(3) train the model"],
            ),
            (
                "The plan: 1. cut costs 2. hire staff 3. grow sales.",
                &[
                    "The plan:",
                    "1. cut costs",
                    "2. hire staff",
                    "3. grow sales.",
                ],
            ),
            // Numbers in a sentence are not a list.
            (
                "He scored 1. Then he scored 2. Then nothing.",
                &["He scored 1.", "Then he scored 2.", "Then nothing."],
            ),
            ("Pages 1) and 2) are torn.", &["Pages 1) and 2) are torn."]),
            // Roman numerals count too; a marker opening the text is never a sentence.
            (
                "The outline: I. Background II. Method III. Results",
                &[
                    "The outline:",
                    "I. Background",
                    "II. Method",
                    "III. Results",
                ],
            ),
            (
                "i. Soak the beans ii. Drain them iii. Boil them",
                &["i. Soak the beans", "ii. Drain them", "iii. Boil them"],
            ),
            ("4. Serve the soup hot.", &["4. Serve the soup hot."]),
            ("c. Keep the receipt.", &["c. Keep the receipt."]),
            ("12.) Sign the form.", &["12.) Sign the form."]),
            (
                "IV. Results and discussion",
                &["IV. Results and discussion"],
            ),
            // Initials, not a list.
            (
                "I. M. Pei designed the tower.",
                &["I. M. Pei designed the tower."],
            ),
        ],
        // Lowercased, "war i. then" may be an initial, and "a. smith and b. jones" a list
        // ("a. soup b. bread").
        &[
            (
                "A. Smith and B. Jones wrote the report.",
                &["A. Smith and B. Jones wrote the report."],
            ),
            (
                "Choose: A. tea B. coffee C. juice",
                &["Choose:", "A. tea", "B. coffee", "C. juice"],
            ),
            // Capital letters opening the line count as a list as well, unless a comma or
            // a function word joins them as initials.
            (
                "A. Pack the tent B. Load the car C. Drive north",
                &["A. Pack the tent", "B. Load the car", "C. Drive north"],
            ),
            (
                "A. The hall is booked. B. The band is paid.",
                &["A. The hall is booked.", "B. The band is paid."],
            ),
            (
                "Signed: A. Ruiz, B. Okoye and C. Lind.",
                &["Signed: A. Ruiz, B. Okoye and C. Lind."],
            ),
            (
                "A. Moss & B. Tran wrote it.",
                &["A. Moss & B. Tran wrote it."],
            ),
            (
                "World War I. Then came peace.",
                &["World War I.", "Then came peace."],
            ),
        ],
    );
}

#[test]
fn ellipses() {
    kind(
        "ellipsis",
        &[
            (
                "He said he would call... but he never did.",
                &["He said he would call... but he never did."],
            ),
            (
                "The list goes on . . . and on.",
                &["The list goes on . . . and on."],
            ),
            (
                "We tried… and failed twice.",
                &["We tried… and failed twice."],
            ),
            (
                "She whispered, 'I know...' and walked away.",
                &["She whispered, 'I know...' and walked away."],
            ),
            (
                "Wait for it . . . . The answer was no.",
                &["Wait for it . . . .", "The answer was no."],
            ),
            (
                "He never called.... We gave up on him.",
                &["He never called....", "We gave up on him."],
            ),
            ("It is over…", &["It is over…"]),
            ("Well... maybe.", &["Well... maybe."]),
            (
                "The report said the plan [...] would fail.",
                &["The report said the plan [...] would fail."],
            ),
            (
                "It was late. . . . The roads were empty.",
                &["It was late.", ". . . The roads were empty."],
            ),
        ],
        &[
            (
                "I thought about it… Then I said yes.",
                &["I thought about it…", "Then I said yes."],
            ),
            (
                "The crowd chanted 'one more...' Everyone sang along.",
                &["The crowd chanted 'one more...'", "Everyone sang along."],
            ),
        ],
    );
}

#[test]
fn quotation_then_source() {
    kind(
        "citation",
        &[
            (
                "She argues that \"the map is not the land.\" (Park 33). Many agree.",
                &[
                    "She argues that \"the map is not the land.\" (Park 33).",
                    "Many agree.",
                ],
            ),
            (
                "“We will rebuild.” (Mayor Diaz, 2021). The town did.",
                &["“We will rebuild.” (Mayor Diaz, 2021).", "The town did."],
            ),
            (
                "He closes with “what comes next?” (Young 9). Nobody knows.",
                &[
                    "He closes with “what comes next?” (Young 9).",
                    "Nobody knows.",
                ],
            ),
            (
                "The line reads \"all is well.\" (p. 12). Then the story turns.",
                &[
                    "The line reads \"all is well.\" (p. 12).",
                    "Then the story turns.",
                ],
            ),
            (
                "Tests showed \"no effect at all.\" (Hale et al. 2020). Later work disagreed.",
                &[
                    "Tests showed \"no effect at all.\" (Hale et al. 2020).",
                    "Later work disagreed.",
                ],
            ),
            (
                "The poem ends, “and we were free . . .” (Okoro 88). It is short.",
                &[
                    "The poem ends, “and we were free . . .” (Okoro 88).",
                    "It is short.",
                ],
            ),
        ],
        &[],
    );
}

#[test]
fn abbreviations() {
    kind(
        "abbreviation",
        &[
            (
                "Ask Dr. Patel about the results.",
                &["Ask Dr. Patel about the results."],
            ),
            (
                "The firm merged with Hart & Co. last spring.",
                &["The firm merged with Hart & Co. last spring."],
            ),
            (
                "The firm merged with Hart & Co. The deal was large.",
                &["The firm merged with Hart & Co.", "The deal was large."],
            ),
            (
                "Let's invite Sam and co. They always bring food.",
                &["Let's invite Sam and co.", "They always bring food."],
            ),
            (
                "We saw Mt. Rainier from the car.",
                &["We saw Mt. Rainier from the car."],
            ),
            (
                "She lives on Oak St. The house is blue.",
                &["She lives on Oak St.", "The house is blue."],
            ),
            (
                "That was Martin Luther King Jr.'s speech.",
                &["That was Martin Luther King Jr.'s speech."],
            ),
            (
                "He holds a B.Sc. from Leeds and an M.A. from York.",
                &["He holds a B.Sc. from Leeds and an M.A. from York."],
            ),
            (
                "It was Leeds vs. Hull on Saturday.",
                &["It was Leeds vs. Hull on Saturday."],
            ),
            (
                "Gen. Miles and Col. Hart arrived. Lt. Cole stayed behind.",
                &[
                    "Gen. Miles and Col. Hart arrived.",
                    "Lt. Cole stayed behind.",
                ],
            ),
            (
                "Prof. Kim's lab won the prize.",
                &["Prof. Kim's lab won the prize."],
            ),
            (
                "The law passed on Sept. 12 and took effect Oct. 1. Nobody objected.",
                &[
                    "The law passed on Sept. 12 and took effect Oct. 1.",
                    "Nobody objected.",
                ],
            ),
            (
                "Robert Zimmerman, a.k.a. Bob Dylan, played first.",
                &["Robert Zimmerman, a.k.a. Bob Dylan, played first."],
            ),
            (
                "The hall seats approx. 300 people.",
                &["The hall seats approx. 300 people."],
            ),
            (
                "See Fig. 3 for the details.",
                &["See Fig. 3 for the details."],
            ),
            (
                "Compare these figures (cf. Table 2) with ours.",
                &["Compare these figures (cf. Table 2) with ours."],
            ),
            (
                "Jones et al. found no link. Others did.",
                &["Jones et al. found no link.", "Others did."],
            ),
            (
                "She earned her Ph.D. She then moved to Oslo.",
                &["She earned her Ph.D.", "She then moved to Oslo."],
            ),
            (
                "We sell apples, pears, etc. The prices vary by season.",
                &["We sell apples, pears, etc.", "The prices vary by season."],
            ),
            (
                "Bring pens, paper, tape, etc. to the first class.",
                &["Bring pens, paper, tape, etc. to the first class."],
            ),
            (
                "They met on Main St. After lunch they left.",
                &["They met on Main St.", "After lunch they left."],
            ),
            (
                "Mrs. Okafor and Ms. Lund met Rev. Hale at noon.",
                &["Mrs. Okafor and Ms. Lund met Rev. Hale at noon."],
            ),
            (
                "The team includes Sgt. Ruiz and Insp. Moss.",
                &["The team includes Sgt. Ruiz and Insp. Moss."],
            ),
        ],
        // Lowercased, "etc. prices" may be a list going on; "inc. fell" and "corp. nobody"
        // read alike.
        &[
            (
                "We sell apples, pears, plums, etc. Prices vary by season.",
                &[
                    "We sell apples, pears, plums, etc.",
                    "Prices vary by season.",
                ],
            ),
            (
                "Shares of Widget Inc. fell by a third.",
                &["Shares of Widget Inc. fell by a third."],
            ),
            (
                "He sold it to Acme Corp. Nobody else bid.",
                &["He sold it to Acme Corp.", "Nobody else bid."],
            ),
            // A bracket after an abbreviation: a lowercase word in it goes on, a capital
            // opens a sentence.
            (
                "The bonds were placed by Marsh & Co. (according to the filing) on Friday.",
                &["The bonds were placed by Marsh & Co. (according to the filing) on Friday."],
            ),
            (
                "The order went to Hale Bros. Inc. (see the notice of 2 May)",
                &["The order went to Hale Bros. Inc. (see the notice of 2 May)"],
            ),
            (
                "We sell apples, pears, etc. (in season only) at the stall.",
                &["We sell apples, pears, etc. (in season only) at the stall."],
            ),
            (
                "The contract went to Hale & Co. (The rival bid was lower.)",
                &[
                    "The contract went to Hale & Co.",
                    "(The rival bid was lower.)",
                ],
            ),
            (
                "Shares of Brill Inc. [The figures are unaudited.] rose.",
                &["Shares of Brill Inc.", "[The figures are unaudited.] rose."],
            ),
        ],
    );
}

#[test]
fn dotted_acronyms() {
    kind(
        "acronym",
        &[
            (
                "She studied in the U.S.A. for two years.",
                &["She studied in the U.S.A. for two years."],
            ),
            (
                "We flew to the U.K. Our bags were lost.",
                &["We flew to the U.K.", "Our bags were lost."],
            ),
            (
                "I live in the E.U. How about you?",
                &["I live in the E.U.", "How about you?"],
            ),
            (
                "I live in the E.U. What about you?",
                &["I live in the E.U.", "What about you?"],
            ),
            (
                "He joined the U.S. Navy in 1990. He left in 2001.",
                &["He joined the U.S. Navy in 1990.", "He left in 2001."],
            ),
            (
                "She has lived in the U.S. for ten years.",
                &["She has lived in the U.S. for ten years."],
            ),
            (
                "The U.N. Security Council met today.",
                &["The U.N. Security Council met today."],
            ),
        ],
        &[],
    );
}

#[test]
fn initials_and_single_letters() {
    kind(
        "initial",
        &[
            (
                "The novel is by E. M. Forster.",
                &["The novel is by E. M. Forster."],
            ),
            (
                "Harry S. Truman was president then.",
                &["Harry S. Truman was president then."],
            ),
            (
                "Look at exhibit A. It shows the knife.",
                &["Look at exhibit A.", "It shows the knife."],
            ),
            (
                "It was just you and I. Nobody else came.",
                &["It was just you and I.", "Nobody else came."],
            ),
            (
                "Nobody knew it but me and I. Did you tell Alan B. Ray?",
                &["Nobody knew it but me and I.", "Did you tell Alan B. Ray?"],
            ),
        ],
        &[],
    );
}

#[test]
fn numbers_and_money() {
    kind(
        "number",
        &[
            (
                "Gas costs $3.49 a gallon here.",
                &["Gas costs $3.49 a gallon here."],
            ),
            (
                "The bill came to £12.50. He paid in cash.",
                &["The bill came to £12.50.", "He paid in cash."],
            ),
            (
                "Pi is about 3.14159 and e is about 2.718.",
                &["Pi is about 3.14159 and e is about 2.718."],
            ),
            (
                "Version 2.0 shipped. Version 3.0 is due in May.",
                &["Version 2.0 shipped.", "Version 3.0 is due in May."],
            ),
            (
                "The heat reached 41.5. Records fell across the south.",
                &["The heat reached 41.5.", "Records fell across the south."],
            ),
            (
                "The town has 1.2 million people. It keeps growing.",
                &["The town has 1.2 million people.", "It keeps growing."],
            ),
            (
                "The rate rose to 5.25%. Banks moved quickly.",
                &["The rate rose to 5.25%.", "Banks moved quickly."],
            ),
            (
                "It cost €40. We paid it gladly.",
                &["It cost €40.", "We paid it gladly."],
            ),
            (
                "The team scored twice. 3 fans were hurt in the crush.",
                &["The team scored twice.", "3 fans were hurt in the crush."],
            ),
            (
                "The wreck lies at N°. 45.120.339. Divers found it in 1990.",
                &[
                    "The wreck lies at N°. 45.120.339.",
                    "Divers found it in 1990.",
                ],
            ),
            (
                "He ran 10 km. It took an hour.",
                &["He ran 10 km.", "It took an hour."],
            ),
            // Abbreviations written before their number: parts of a work, a currency.
            (
                "The rule is in ch. 4 of the code.",
                &["The rule is in ch. 4 of the code."],
            ),
            (
                "A ticket costs Rs. 250 at the gate.",
                &["A ticket costs Rs. 250 at the gate."],
            ),
            (
                "Under art. 12 and para. 3 the lease ends.",
                &["Under art. 12 and para. 3 the lease ends."],
            ),
            (
                "She read ch. 9. It made her cry.",
                &["She read ch. 9.", "It made her cry."],
            ),
            // A unit letter after its number is no initial.
            (
                "The water was 4 C. Nobody swam.",
                &["The water was 4 C.", "Nobody swam."],
            ),
            (
                "It reached 104 F. Schools shut early.",
                &["It reached 104 F.", "Schools shut early."],
            ),
        ],
        &[],
    );
}

#[test]
fn web_addresses_and_email() {
    kind(
        "address",
        &[
            (
                "Write to help@shop.example.org. We reply within a day.",
                &["Write to help@shop.example.org.", "We reply within a day."],
            ),
            (
                "Details are at www.city.gov/parks. Bring water.",
                &["Details are at www.city.gov/parks.", "Bring water."],
            ),
            (
                "Get it from https://files.example.com/v2.1/setup.exe now.",
                &["Get it from https://files.example.com/v2.1/setup.exe now."],
            ),
            (
                "My address is a.b.smith@mail.co.uk and I read it daily.",
                &["My address is a.b.smith@mail.co.uk and I read it daily."],
            ),
            (
                "Visit example.com. Then sign up.",
                &["Visit example.com.", "Then sign up."],
            ),
        ],
        &[],
    );
}

#[test]
fn quotes_and_brackets_after_the_terminator() {
    kind(
        "closer",
        &[
            (
                "\"Stop!\" she yelled. \"Now!\"",
                &["\"Stop!\" she yelled.", "\"Now!\""],
            ),
            ("'Are you sure?' he asked.", &["'Are you sure?' he asked."]),
            (
                "\"It is finished.\" Then the lights went out.",
                &["\"It is finished.\"", "Then the lights went out."],
            ),
            (
                "He called it \"absurd.\" The board disagreed.",
                &["He called it \"absurd.\"", "The board disagreed."],
            ),
            ("“Go.” “No.” “Why?”", &["“Go.”", "“No.”", "“Why?”"]),
            (
                "\"Ready?\" \"Almost!\" \"Go.\"",
                &["\"Ready?\"", "\"Almost!\"", "\"Go.\""],
            ),
            (
                "(See the appendix.) The data follow.",
                &["(See the appendix.)", "The data follow."],
            ),
            (
                "The plan worked (mostly). It was cheap too.",
                &["The plan worked (mostly).", "It was cheap too."],
            ),
            (
                "She runs a bakery (She opened it after leaving banking.) on the high street.",
                &["She runs a bakery (She opened it after leaving banking.) on the high street."],
            ),
            (
                "The mayor spoke (briefly, as usual.) and then left.",
                &["The mayor spoke (briefly, as usual.) and then left."],
            ),
            (
                "She paints (She learned it from her father.). She also sings.",
                &[
                    "She paints (She learned it from her father.).",
                    "She also sings.",
                ],
            ),
            (
                "\"We are ready.\" Then the doors opened.",
                &["\"We are ready.\"", "Then the doors opened."],
            ),
        ],
        &[],
    );
    // A quotation's own full stop, then who said it: lowercase in cased text; in caseless
    // text the reporting verb tells.
    kind(
        "reported speech",
        &[
            (
                "The coach nodded. 'We played well.' he said.",
                &["The coach nodded.", "'We played well.' he said."],
            ),
            (
                "\"The road is closed.\" said the officer.",
                &["\"The road is closed.\" said the officer."],
            ),
            (
                "\"It is late.\" the driver said, and left.",
                &["\"It is late.\" the driver said, and left."],
            ),
            (
                "\"Why not?\" she asked him quietly.",
                &["\"Why not?\" she asked him quietly."],
            ),
            (
                "He yelled \"Fire!\" and ran.",
                &["He yelled \"Fire!\" and ran."],
            ),
            // A new sentence after the quotation.
            (
                "She asked, \"Is it true?\" He nodded.",
                &["She asked, \"Is it true?\"", "He nodded."],
            ),
            (
                "\"Nothing works.\" He added: \"We will fix it.\"",
                &["\"Nothing works.\"", "He added: \"We will fix it.\""],
            ),
            (
                "\"It is over.\" Asked if he would stay, he smiled.",
                &["\"It is over.\"", "Asked if he would stay, he smiled."],
            ),
        ],
        &[(
            "She turned to me, 'That is lovely.' she said.",
            &["She turned to me, 'That is lovely.' she said."],
        )],
    );
}

#[test]
fn repeated_terminators() {
    kind(
        "?!",
        &[
            ("Really?! You won?", &["Really?!", "You won?"]),
            (
                "No way!!! That is amazing.",
                &["No way!!!", "That is amazing."],
            ),
            ("What?? Who said that?", &["What??", "Who said that?"]),
            ("Hey!? Anyone home?", &["Hey!?", "Anyone home?"]),
        ],
        &[
            (
                "He worked at Yahoo! for years.",
                &["He worked at Yahoo! for years."],
            ),
            ("Jeopardy! is on at seven.", &["Jeopardy! is on at seven."]),
        ],
    );
}

/// A photo caption run into the lede without an end mark: inside a run-on, a capitalised
/// opener after a word that may end a sentence starts a new one; a title or a label
/// ("Vitamin A", "type A blood") does not.
#[test]
fn captions_glued_to_the_next_sentence() {
    let caption = "Firefighters spent most of the night pumping water out of the flooded \
        basement of the old library while volunteers carried boxes of rare books and maps up \
        the stairs to the reading room on the second floor in December";
    let lede = "A Leeds charity has offered to pay for the repairs to the building.";
    let cases: Vec<(String, Vec<String>)> = vec![
        (
            format!("{caption} {lede}"),
            vec![caption.to_string(), lede.to_string()],
        ),
        (
            format!("{caption} and more boxes were saved The library will reopen in May."),
            vec![
                format!("{caption} and more boxes were saved"),
                "The library will reopen in May.".to_string(),
            ],
        ),
    ];
    // One long sentence each: labels, titles and names after the words they follow.
    let whole = [
        "The doctor who ran the clinic for twenty years told The Times: she was sure that \
         patients low in vitamin A and iron, many of them children with type A blood, needed \
         more care than the small staff could give them, as Part A of the report said.",
        "Every evening the old choir sang the anthem The Show Must Go On in the square \
         while the band that had come from the coast for the festival played the tunes of \
         Plan B and the car I drove that summer waited outside the hotel by the harbour wall.",
    ];
    let mut failures = Vec::new();
    for (input, expected) in cases
        .iter()
        .map(|(i, e)| (i.as_str(), e.clone()))
        .chain(whole.iter().map(|w| (*w, vec![w.to_string()])))
    {
        let got = split(input);
        if got != expected {
            failures.push(wrong("caption", "cased", input, &expected, &got));
        }
    }
    assert_none(failures);
}

#[test]
fn caseless_prose() {
    kind(
        "caseless",
        &[
            (
                "The storm hit at night. Roofs were torn off. Nobody was hurt.",
                &[
                    "The storm hit at night.",
                    "Roofs were torn off.",
                    "Nobody was hurt.",
                ],
            ),
            (
                "We met Mr. Smith. He was kind.",
                &["We met Mr. Smith.", "He was kind."],
            ),
            (
                "The U.S. economy grew. Jobs rose.",
                &["The U.S. economy grew.", "Jobs rose."],
            ),
            (
                "Turnout was low. Officials blamed the rain.",
                &["Turnout was low.", "Officials blamed the rain."],
            ),
            (
                "The vote was close. In the end the bill passed.",
                &["The vote was close.", "In the end the bill passed."],
            ),
        ],
        &[
            // Capitals inside a word still open a sentence in cased text.
            (
                "Sales rose. eBay shares fell.",
                &["Sales rose.", "eBay shares fell."],
            ),
        ],
    );
}

/// Whole documents: line breaks, titles.
fn document_kind(name: &str, cases: &[(&str, Option<&str>, &[&str])], caseless: bool) {
    let mut failures = Vec::new();
    for &(input, title, expected) in cases {
        for lowered in [false, true] {
            if lowered && !caseless {
                continue;
            }
            let (input, title, expected): (String, Option<String>, Vec<String>) = if lowered {
                (
                    input.to_lowercase(),
                    title.map(str::to_lowercase),
                    expected.iter().map(|s| s.to_lowercase()).collect(),
                )
            } else {
                (
                    input.to_string(),
                    title.map(String::from),
                    expected.iter().map(|s| s.to_string()).collect(),
                )
            };
            let (got_title, got) = document(&input);
            if got_title != title || got != expected {
                failures.push(format!(
                    "{name} ({}): {input:?}\n  expected {title:?} {expected:?}\n  got      {got_title:?} {got:?}",
                    if lowered { "caseless" } else { "cased" }
                ));
            }
        }
    }
    assert_none(failures);
}

#[test]
fn hard_wrapped_lines() {
    document_kind(
        "hard wrap",
        &[
            (
                "The board named a new chief executive, Dr.\nAmara Singh, who starts in June after a\nlong search. She replaces the founder,\nwho retired in the spring after ten years.",
                None,
                &[
                    "The board named a new chief executive, Dr. Amara Singh, who starts in June after a long search.",
                    "She replaces the founder, who retired in the spring after ten years.",
                ],
            ),
            (
                "Trade ministers from the U.S.\nand Canada met in Ottawa on Thursday to\ntalk about lumber, dairy and car parts. No\ndeal was reached, officials said later.",
                None,
                &[
                    "Trade ministers from the U.S. and Canada met in Ottawa on Thursday to talk about lumber, dairy and car parts.",
                    "No deal was reached, officials said later.",
                ],
            ),
            (
                "The council meets at 9 a.m.\nMonday in the old town hall on Bridge\nStreet. Residents may speak for up to\nthree minutes each on any topic.",
                None,
                &[
                    "The council meets at 9 a.m. Monday in the old town hall on Bridge Street.",
                    "Residents may speak for up to three minutes each on any topic.",
                ],
            ),
            (
                "The shop sells paint, brushes, tape, etc.\nThe owner opened it in 1998 with a loan\nfrom her brother and a lot of hope.",
                None,
                &[
                    "The shop sells paint, brushes, tape, etc.",
                    "The owner opened it in 1998 with a loan from her brother and a lot of hope.",
                ],
            ),
        ],
        true,
    );
}

#[test]
fn short_list_lines() {
    document_kind(
        "list lines",
        &[
            (
                "eggs\nmilk\nbread\nbutter",
                None,
                &["eggs", "milk", "bread", "butter"],
            ),
            (
                "things to pack:\nsocks\nrain jacket\nphone charger",
                None,
                &["things to pack:", "socks", "rain jacket", "phone charger"],
            ),
            (
                "call the bank\npay the rent\nbook the dentist",
                None,
                &["call the bank", "pay the rent", "book the dentist"],
            ),
        ],
        true,
    );
    // Numbered and lettered items one a line: one sentence each, the marker with it.
    document_kind(
        "list lines",
        &[
            (
                "1.) Fill the kettle\n2.) Boil the water",
                None,
                &["1.) Fill the kettle", "2.) Boil the water"],
            ),
            (
                "a. Fill the kettle\nb. Boil the water\nc. Pour it",
                None,
                &["a. Fill the kettle", "b. Boil the water", "c. Pour it"],
            ),
            (
                "I. The old town\nII. The new port",
                None,
                &["I. The old town", "II. The new port"],
            ),
            (
                "⁃4. Check the tyres\n⁃5. Check the oil",
                None,
                &["⁃4. Check the tyres", "⁃5. Check the oil"],
            ),
            // Numbers keep their place in the text as the other markers do; bullets go.
            (
                "1. Fill the kettle\n2. Boil the water\n3. Pour it",
                None,
                &["1. Fill the kettle", "2. Boil the water", "3. Pour it"],
            ),
            (
                "Before you go:\n1) Lock the shed\n2) Feed the hens",
                None,
                &["Before you go:", "1) Lock the shed", "2) Feed the hens"],
            ),
            (
                "• Lock the shed\n- Feed the hens",
                None,
                &["Lock the shed", "Feed the hens"],
            ),
        ],
        false,
    );
    // A lettered list on a line of its own, after a paragraph and a blank line, is no
    // sentence broken by that blank line.
    document_kind(
        "list lines",
        &[
            (
                "The form has three parts. Fill them in order\n\na. Your name b. Your \
                 address c. Your signature",
                None,
                &[
                    "The form has three parts.",
                    "Fill them in order",
                    "a. Your name",
                    "b. Your address",
                    "c. Your signature",
                ],
            ),
            (
                "Pick one of the routes below. Both are steep\n\na) The ridge path b) The \
                 valley road",
                None,
                &[
                    "Pick one of the routes below.",
                    "Both are steep",
                    "a) The ridge path",
                    "b) The valley road",
                ],
            ),
        ],
        true,
    );
}

/// A blank line inside a sentence ("until the⏎⏎end of May") is mended when the next line
/// goes on in lowercase; in caseless text, where every line does, only after a function
/// word.
#[test]
fn sentences_broken_by_a_blank_line() {
    document_kind(
        "blank line",
        &[
            (
                "The road stays shut. Repairs will last until the\n\nend of May, the council \
                 said.",
                None,
                &[
                    "The road stays shut.",
                    "Repairs will last until the end of May, the council said.",
                ],
            ),
            (
                "Tickets are sold out. Fans queued outside for\n\nhours in the rain.",
                None,
                &[
                    "Tickets are sold out.",
                    "Fans queued outside for hours in the rain.",
                ],
            ),
        ],
        true,
    );
    // Cased: a lowercase line after a capitalised paragraph that ends mid-sentence.
    document_kind(
        "blank line",
        &[(
            "Storms hit the coast. Three villages lost power\n\novernight, and roads flooded.",
            None,
            &[
                "Storms hit the coast.",
                "Three villages lost power overnight, and roads flooded.",
            ],
        )],
        false,
    );
    // Caseless messages without end marks stay apart.
    document_kind(
        "blank line",
        &[
            (
                "are you coming tonight\n\nnot sure yet, maybe later\n\nok let me know",
                None,
                &[
                    "are you coming tonight",
                    "not sure yet, maybe later",
                    "ok let me know",
                ],
            ),
            (
                "the results are in. turnout was low\n\nthe count took all night",
                None,
                &[
                    "the results are in.",
                    "turnout was low",
                    "the count took all night",
                ],
            ),
        ],
        false,
    );
}

/// A line that ends in a space was wrapped softly (mail sent as format=flowed, text copied
/// from a PDF): before a lowercase line the sentence goes on.
#[test]
fn soft_wrapped_lines() {
    document_kind(
        "soft wrap",
        &[
            (
                "The ferry left late \nthat evening.",
                None,
                &["The ferry left late that evening."],
            ),
            (
                "Our neighbours moved out on a \nwet morning in May. \nThe house is empty.",
                None,
                &[
                    "Our neighbours moved out on a wet morning in May.",
                    "The house is empty.",
                ],
            ),
            // Lowercase: the next line ends the sentence.
            (
                "the bus broke down near the \nold mill.",
                None,
                &["the bus broke down near the old mill."],
            ),
            // Lines of a list, lowercase or capitalised, stay apart.
            ("flour \nsugar \neggs ", None, &["flour", "sugar", "eggs"]),
            ("Flour \nSugar \nEggs", None, &["Flour", "Sugar", "Eggs"]),
        ],
        false,
    );
}

#[test]
fn a_lone_sentence_is_the_text() {
    document_kind(
        "lone sentence",
        &[
            (
                "Will the new library open before the end of the year?",
                None,
                &["Will the new library open before the end of the year?"],
            ),
            (
                "The night bus to the airport runs every hour",
                None,
                &["The night bus to the airport runs every hour"],
            ),
            (
                "Can anyone recommend a plumber in Leeds?\n",
                None,
                &["Can anyone recommend a plumber in Leeds?"],
            ),
        ],
        true,
    );
    // With a body, a headline is the title.
    document_kind(
        "title",
        &[(
            "Storm floods coastal towns\n\nA storm flooded three towns on Monday. Crews worked all night.",
            Some("Storm floods coastal towns"),
            &["A storm flooded three towns on Monday.", "Crews worked all night."],
        )],
        false,
    );
}

/// Punkt's type-based evidence: a short word this document writes with a full stop before
/// lowercase words, and never without it, is an abbreviation there, cased or not.
#[test]
fn abbreviations_of_the_document() {
    kind(
        "document abbreviation",
        &[
            (
                "The Dental Assn. of Iowa met today. The Assn. President, Ann Cole, spoke. \
                 A new assn. member asked a question. The assn. will vote in May.",
                &[
                    "The Dental Assn. of Iowa met today.",
                    "The Assn. President, Ann Cole, spoke.",
                    "A new assn. member asked a question.",
                    "The assn. will vote in May.",
                ],
            ),
            (
                "Our bldg. was built in 1920. The bldg. has six floors. Each bldg. needs \
                 a lift. Work starts in the bldg. The crews come on Monday.",
                &[
                    "Our bldg. was built in 1920.",
                    "The bldg. has six floors.",
                    "Each bldg. needs a lift.",
                    "Work starts in the bldg.",
                    "The crews come on Monday.",
                ],
            ),
        ],
        &[],
    );
}

#[test]
fn eras_after_a_number() {
    kind(
        "era",
        &[
            // A clause opener after the era: a new sentence.
            (
                "The fort fell in 44 B.C. The legions left soon after.",
                &["The fort fell in 44 B.C.", "The legions left soon after."],
            ),
            (
                "Work on the wall began in 753 B.C. It took decades.",
                &["Work on the wall began in 753 B.C.", "It took decades."],
            ),
            (
                "The harbour silted up around 300 B.C.E. Still the town grew.",
                &[
                    "The harbour silted up around 300 B.C.E.",
                    "Still the town grew.",
                ],
            ),
            // The sentence goes on.
            (
                "Ships left in 1200 B.C. and never came back.",
                &["Ships left in 1200 B.C. and never came back."],
            ),
            (
                "The peace of A.D. 14 held for years. Few expected it.",
                &["The peace of A.D. 14 held for years.", "Few expected it."],
            ),
        ],
        &[
            (
                "The harbour silted up around 300 B.C.E. Then the town moved inland.",
                &[
                    "The harbour silted up around 300 B.C.E.",
                    "Then the town moved inland.",
                ],
            ),
            // A name after the era goes on with the sentence.
            (
                "In 49 B.C. Caesar crossed the river with one legion.",
                &["In 49 B.C. Caesar crossed the river with one legion."],
            ),
            (
                "The town burned in 64 A.D. Nero was away at the time.",
                &["The town burned in 64 A.D. Nero was away at the time."],
            ),
        ],
    );
}

#[test]
fn names_written_with_an_exclamation_mark() {
    kind(
        "exclaimed name",
        // A known name before a function word that opens no sentence, cased or not.
        &[
            (
                "She took a job at Yahoo! in the spring of that year.",
                &["She took a job at Yahoo! in the spring of that year."],
            ),
            (
                "The talks between Yahoo! and the bank fell through.",
                &["The talks between Yahoo! and the bank fell through."],
            ),
            (
                "He lost twice on Jeopardy! before he won.",
                &["He lost twice on Jeopardy! before he won."],
            ),
            (
                "We bid against Yahoo! They won the auction.",
                &["We bid against Yahoo!", "They won the auction."],
            ),
            // Other words: an exclamation, whatever follows.
            (
                "Hurry! In ten minutes the gate shuts.",
                &["Hurry!", "In ten minutes the gate shuts."],
            ),
        ],
        &[
            (
                "She joined Yahoo! Research after her degree. Later she taught.",
                &[
                    "She joined Yahoo! Research after her degree.",
                    "Later she taught.",
                ],
            ),
            (
                "The Jeopardy! Masters final drew a record audience.",
                &["The Jeopardy! Masters final drew a record audience."],
            ),
            // The document shows the name inside a sentence.
            (
                "The Zoinks! tour sold out in a day. Then Zoinks! Records signed the band.",
                &[
                    "The Zoinks! tour sold out in a day.",
                    "Then Zoinks! Records signed the band.",
                ],
            ),
            // Exclamations stay sentence ends.
            (
                "Stop! Then turn left at the mill.",
                &["Stop!", "Then turn left at the mill."],
            ),
            (
                "He shouted Help! The crowd turned around.",
                &["He shouted Help!", "The crowd turned around."],
            ),
            (
                "We finally saw Lisbon! Porto is next on the list.",
                &["We finally saw Lisbon!", "Porto is next on the list."],
            ),
            (
                "It was Yahoo! The other bidders had left.",
                &["It was Yahoo!", "The other bidders had left."],
            ),
        ],
    );
}

#[test]
fn caseless_abbreviations_before_a_clause() {
    kind(
        "abbreviation then clause",
        &[
            (
                "The rule applies in the U.S. Still the states differ on it.",
                &[
                    "The rule applies in the U.S.",
                    "Still the states differ on it.",
                ],
            ),
            (
                "Prices rose in the U.K. Meanwhile they fell in France.",
                &["Prices rose in the U.K.", "Meanwhile they fell in France."],
            ),
            (
                "He lived in the U.S. The weather suited him.",
                &["He lived in the U.S.", "The weather suited him."],
            ),
            // "Then" with a subject after it opens a clause.
            (
                "The plant was built in the U.S. Then the owners sold it.",
                &[
                    "The plant was built in the U.S.",
                    "Then the owners sold it.",
                ],
            ),
            (
                "Sales dipped in the U.K. Then they recovered in spring.",
                &["Sales dipped in the U.K.", "Then they recovered in spring."],
            ),
            (
                "He trained at 6 a.m. Then he drove to the office.",
                &["He trained at 6 a.m.", "Then he drove to the office."],
            ),
            // "Then" without a subject goes on.
            (
                "The firm moved to the U.S. then to Canada.",
                &["The firm moved to the U.S. then to Canada."],
            ),
            (
                "They studied in the U.K. then flew home.",
                &["They studied in the U.K. then flew home."],
            ),
            // The abbreviation goes on into its own sentence.
            (
                "The troops stayed in the U.S. still waiting for orders.",
                &["The troops stayed in the U.S. still waiting for orders."],
            ),
            (
                "They have lived in the U.S. for twenty years.",
                &["They have lived in the U.S. for twenty years."],
            ),
            (
                "The U.K. government still plans the vote.",
                &["The U.K. government still plans the vote."],
            ),
        ],
        &[],
    );
}

#[test]
fn reporting_verbs_before_a_title_in_run_ons() {
    // Long enough to be read as run-ons; each is one sentence.
    let whole = [
        "The minister who had spent three years negotiating the harbour deal with the \
         neighbouring councils and the port authority in the north told The Guardian that \
         the agreement would be signed before the end of the summer whatever the unions said",
        "After a long night of talks between the two delegations in the old town hall the \
         spokesman for the smaller party wrote The Economist a letter explaining why the \
         coalition had collapsed so quickly and what would happen to the budget next",
    ];
    let mut failures = Vec::new();
    for input in whole {
        let got = split(input);
        if got != [input] {
            failures.push(wrong(
                "reporting verb",
                "cased",
                input,
                &[input.to_string()],
                &got,
            ));
        }
    }
    assert_none(failures);
}

#[test]
fn chat_and_log_lines() {
    document_kind(
        "chat",
        &[
            (
                "[18:02] priya: are you at the station yet\n[18:03] tom: five minutes away\n\
                 [18:05] priya: ok I'll grab coffee while I wait for you here",
                None,
                &[
                    "are you at the station yet",
                    "five minutes away",
                    "ok I'll grab coffee while I wait for you here",
                ],
            ),
            (
                "21:40 - Dad: did the parcel arrive today or not\n21:41 - Sam: yes it came \
                 this morning, thanks a lot\n21:41 - Dad: good night then",
                None,
                &[
                    "did the parcel arrive today or not",
                    "yes it came this morning, thanks a lot",
                    "good night then",
                ],
            ),
            (
                "03/11/2024, 08:15 - Ana: the meeting moved to ten\n03/11/2024, 08:16 - Rui: \
                 noted, I will tell the others",
                None,
                &["the meeting moved to ten", "noted, I will tell the others"],
            ),
            (
                "07:30 PM backup started on the main server\n07:42 PM backup finished without \
                 errors",
                None,
                &[
                    "backup started on the main server",
                    "backup finished without errors",
                ],
            ),
            // Line breaks lost: every bracketed timestamp opens a message of its own.
            (
                "[09:14] lena: is the train late again [09:15] omar: twenty minutes they say \
                 [09:15] lena: typical",
                None,
                &[
                    "is the train late again",
                    "twenty minutes they say",
                    "typical",
                ],
            ),
            (
                "[22:01] kim: did you send it?\n[22:03] jo: yes, an hour ago [22:04] kim: \
                 thanks, got it now",
                None,
                &["did you send it?", "yes, an hour ago", "thanks, got it now"],
            ),
            (
                "(08:00:12) <mo> deploy starts now (08:09:40) <mo> deploy done, all green",
                None,
                &["deploy starts now", "deploy done, all green"],
            ),
            // A clock time inside a message is no label.
            (
                "[13:20] ada: the bus leaves at [13:45] sharp so hurry up please",
                None,
                &["the bus leaves at [13:45] sharp so hurry up please"],
            ),
        ],
        true,
    );
}

#[test]
fn transcript_speaker_labels() {
    document_kind(
        "transcript",
        &[
            (
                "Q: Where were you on the night of the fire?\nA: At home with my sister.\n\
                 Q: Can anyone confirm that?",
                None,
                &[
                    "Where were you on the night of the fire?",
                    "At home with my sister.",
                    "Can anyone confirm that?",
                ],
            ),
            (
                "MARTA LOPEZ: We checked the figures twice. They hold.\nHOST: And the \
                 critics?\nMARTA LOPEZ: They have not read the report.",
                None,
                &[
                    "We checked the figures twice.",
                    "They hold.",
                    "And the critics?",
                    "They have not read the report.",
                ],
            ),
        ],
        false,
    );
    // The speaker's name, only in labels, is no keyphrase.
    let text = "BORIS KELLERMANN: The river barrier failed at dawn.\nINTERVIEWER: Why?\n\
        BORIS KELLERMANN: The river barrier gates were never tested.\n\
        BORIS KELLERMANN: The river barrier needs new gates.";
    let a = analyze(text, &Options::default().language("en")).expect("analysis");
    assert!(
        a.keyphrases
            .iter()
            .all(|k| !k.text.to_lowercase().contains("kellermann")),
        "{:?}",
        a.keyphrases
    );
    assert!(a.keyphrases.iter().any(|k| k.text.contains("barrier")));
}

#[test]
fn markdown_heading_as_title_in_auto() {
    let options = Options::default().language("en");
    for (input, title, first) in [
        (
            "# Harbour bridge to reopen\n\nThe old bridge reopens in March. Engineers replaced \
             its cables.",
            Some("Harbour bridge to reopen"),
            "The old bridge reopens in March.",
        ),
        (
            "# Budget vote delayed\n\nCouncillors asked for more time.\n\n## Why\n\nThe \
             figures came late.",
            Some("Budget vote delayed"),
            "Councillors asked for more time.",
        ),
    ] {
        let a = analyze(input, &options).expect("analysis");
        assert_eq!(a.title.as_deref(), title, "{input}");
        let s = &a.sentences[0];
        assert_eq!(a.slice(s.start, s.end), first, "{input}");
    }
}

#[test]
fn markdown_heading_as_title_in_plain_text() {
    let options = Options::default().language("en").format(Format::Text);
    for (input, title, blocks) in [
        (
            "# Ferry timetable changes\n\nThe morning ferry leaves earlier from June. The \
             evening one is unchanged.",
            Some("Ferry timetable changes"),
            &["The morning ferry leaves earlier from June. The evening one is unchanged."][..],
        ),
        (
            "## Closing the old mill ##\n\nThe owners gave notice on Monday.\n\n### What \
             happens next\n\nThe site will be sold.",
            Some("Closing the old mill"),
            &[
                "The owners gave notice on Monday.",
                "What happens next",
                "The site will be sold.",
            ],
        ),
        // A hashtag is a word, not a marker.
        (
            "#climatestrike\n\nStudents marched through the centre on Friday.",
            Some("#climatestrike"),
            &["Students marched through the centre on Friday."],
        ),
    ] {
        let a = analyze(input, &options).expect("analysis");
        assert_eq!(a.title.as_deref(), title, "{input}");
        let got: Vec<&str> = a.text.split("\n\n").collect();
        assert_eq!(got, blocks, "{input}");
    }
}

#[test]
fn full_width_full_stop() {
    kind(
        "full-width stop",
        &[],
        &[
            (
                "The test passed．The next one failed．",
                &["The test passed．", "The next one failed．"],
            ),
            (
                "実験は成功した．次に結果を示す．",
                &["実験は成功した．", "次に結果を示す．"],
            ),
            ("新版本３．５今天发布。", &["新版本３．５今天发布。"]),
        ],
    );
}
