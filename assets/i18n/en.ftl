# Toguna — English messages.
# Every string the program shows comes from here. Keep ids identical in fr.ftl.
# To add a language, copy this file to xx.ftl in TOGUNA_LOCALES_DIR and translate it.

app-name = Toguna

## Dates and numbers

fmt-date = { $day } { $month } { $year }
fmt-time = { $hour2 }:{ $minute }
fmt-date-time = { $date }, { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
count-voices = { $count ->
    [one] { $count } voice
   *[other] { $count } voices
}

## Values stored in sessions

status-in-progress = in progress
status-finished = finished
gender-woman = woman
gender-man = man
gender-mixed = mixed
gender-other = other
gender-unspecified = not stated
kind-observation = observation
kind-evidence = evidence
kind-concern = concern
kind-proposal = proposal
kind-question = question
action-open = open
action-in-progress = in progress
action-done = done
action-dropped = dropped

## Command line

cli-about = Guide and record reflection workshops on the local ownership of international interventions. With no command, opens the app.
cli-usage = Usage:
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMAND
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-sessions_dir = Folder of session files [env: TOGUNA_SESSIONS_DIR; default: the platform's data folder]
cli-arg-framework = A framework file to use instead of the built-in one
cli-arg-lang = Language of the interface: en or fr [env: TOGUNA_LANG; default: the system's]
cli-list-about = List sessions, newest first
cli-list-arg-series = Only the sessions of this series
cli-list-arg-json = Print JSON instead of a table
cli-show-about = Show a readable summary of one session
cli-show-arg-session = A session id, a unique start of one, or a path to a file
cli-check-about = Check every file of the sessions folder; exit status 1 if any is bad
cli-framework-about = Print the framework in use, as a starting point for your own
cli-err-unknown-command = unknown command '{ $name }'
cli-err-unknown-option = unknown option '{ $name }'
cli-err-missing = missing { $name }
cli-err-invalid-value = invalid value '{ $value }' for { $name }
cli-err-missing-command = a command is needed
cli-err-generic = the command line could not be understood
cli-value-dir = DIR
cli-value-file = FILE
cli-value-lang = LANG
cli-value-session = SESSION
cli-value-series = SERIES
cli-value-format = FORMAT
cli-err-possible-values = { $error } (possible values: { $values })
cli-err-unknown-lang = there is no “{ $lang }” language here: the languages are { $list }
cli-try-help = For more information, try 'toguna --help'.

## Errors and warnings

err-prefix = error
warn-prefix = warning
err-empty = the file is empty
err-not-utf8 = not valid UTF-8 text (byte { $byte })
err-no-version = no 'format_version' field: this does not look like a Toguna session
err-newer = written by a newer Toguna (format { $found }; this version reads up to { $supported }): update Toguna to open it
err-syntax = not a valid session: { $message }
err-io = cannot read: { $error }
err-directory = is a folder, not a session file
err-duplicate = has the same id as { $other }; only that one is used
err-sessions-dir = cannot use the sessions folder { $dir }: { $error }
err-framework-read = cannot read the framework { $file }: { $error }
err-framework-invalid = the framework { $file } is not valid: { $error }
err-no-folder = the sessions folder { $dir } does not exist: check --sessions-dir, or run toguna to start a first session there
err-read-file = cannot read { $file }: { $error }
err-not-found = no session matches '{ $query }'
err-ambiguous = '{ $query }' matches several sessions: { $candidates }

## List, show, check

list-empty = No sessions yet in { $dir }. Run toguna to start one.
col-date = Date
col-id = Id
col-title = Title
col-series = Series
col-place = Place
col-status = Status
field-date = Date
field-series = Series
field-intervention = Intervention
field-place = Place
field-facilitators = Facilitators
field-status = Status
field-framework = Framework
framework-version = { $title } (version { $version })
level-count = { $level }:{ $count }
field-notes = Notes
show-participation = Who took part: { $voices ->
    [one] one voice
   *[other] { $voices } voices
}, { $people ->
    [one] one person
   *[other] { $people } people
}
show-group-count = { $voices ->
    [one] one voice
   *[other] { $voices } voices
}, { $people ->
    [one] one person
   *[other] { $people } people
}
show-review = Actions reviewed at this meeting
show-agreed = agreed level { $level }{ $label }
show-not-agreed = no level agreed
show-counts = { $contributions ->
    [one] one contribution
   *[other] { $contributions } contributions
}, { $ratings ->
    [one] one rating
   *[other] { $ratings } ratings
}
show-distribution = Ratings by level:
show-due = due { $date }
show-due-overdue = due { $date }, overdue
check-ends-before-start = { $file }: the session ends before it starts (check its date).
check-summary = { $good ->
    [one] one session file is valid
   *[other] { $good } session files are valid
}, { $bad ->
    [0] none has a problem.
    [one] one has a problem.
   *[other] { $bad } have a problem.
}

## The app: frame and home

too-small = The terminal is too small ({ $width }×{ $height }). Toguna needs at least { $min_width }×{ $min_height }: enlarge the window or reduce the font size.
home-count = { $count ->
    [0] no sessions
    [one] one session
   *[other] { $count } sessions
}
welcome-title = Welcome to Toguna
welcome-what = Toguna guides a reflection on how far an intervention is locally owned — wide, systematic, deep — and keeps a record so the next meeting can see what changed.
welcome-empty = There are no sessions yet in { $dir }.
welcome-start = start your first session
welcome-help = see every key
welcome-examples = To explore first, open the examples: toguna --sessions-dir sessions (from the source folder).
new-session = New session
header-timer = Step { $step } / { $box }  ·  Session { $session }
header-over = Over time!
save-failed = NOT SAVED: { $error }. Your work is kept in memory and saving is retried.
word-yes = yes
word-no = no
word-editing = Editing
the-room = The room

## Keys

key-yes = Yes
key-no = No
key-close = Close
key-scroll = Scroll
more-below = ↓ more
key-move = Move
key-pick = Choose
key-cancel = Cancel
key-submit = Save
key-newline = New line
key-undo-typing = Undo the last word or paste
key-stop-typing = Stop typing
key-pick-voice = Who speaks
key-phase = Phase
key-kind = Kind
key-pick-series = Existing series
key-next-field = Next field
key-prev-field = Previous field
key-save = Save
key-toggle = Switch
key-choice = Change choice
key-rate = Rate
key-level-down = Level down
key-level-up = Level up
key-clear-rating = Remove rating
key-reveal = Show/hide ratings
key-reason = Reason
key-agree = Agreed level
key-rationale = Rationale
key-mark-done = Done
key-mark-in-progress = In progress
key-mark-dropped = Dropped
key-note = Note
key-finish = Finish session
key-add = Add
key-edit = Edit
key-delete = Delete
key-type = Type
key-new = New session
key-next-meeting = Next meeting
next-meeting-started = The next meeting of the series: set-up, actions to review and the people of the series are carried over; check them and change what differs.
key-open = Open
key-quit = Quit
key-next-step = Next step
key-prev-step = Previous step
key-go-to-step = Go to step
key-help = Help
key-home = Home
key-language = Français/English
key-quit-now = Quit (all is saved)
help-title = Keys on this screen
help-editor = While typing: ←→↑↓ move, Ctrl+←/→ jump words, Home/End, Ctrl+U undo, Ctrl+R redo, Ctrl+W delete a word, Alt+Enter new line. Pasted text is never submitted.

## Pop-ups

confirm-title = Please confirm
confirm-keys = { $yes } Yes · { $no } No
quoted = “{ $text }”
confirm-delete-voice = Remove this voice? Their contributions stay, attributed to the room; their ratings are removed.
confirm-delete-contribution = Delete this contribution?
confirm-delete-action = Delete this action?
confirm-clear-rating = Remove this rating and its reason?
confirm-finish = Finish the session? It stays open for corrections.
confirm-quit-unsaved = Saving does not work right now. Quit anyway? A copy of the session will be written to the temporary folder (or your home folder).
picker-step = Go to step
picker-voice = Who is speaking? (name or number)
picker-series = Existing series
picker-person = The same person as
key-present = Present/absent
key-link-person = Same person as…
key-unlink-person = Not the same person
room-no-one-to-link = Everyone of the series' earlier meetings is already in the room.
room-linked = Linked: this voice is the same person as at the earlier meetings.
room-unlinked = Unlinked: this voice is someone new, with a pseudonym of their own.
room-not-linked = This voice is not linked to anyone of an earlier meeting.
room-consent-again = Not named last time: ask again ({ $change } changes it, { $keep } keeps it).
room-roster = { $count ->
    [one] One of the series, not here yet
   *[other] { $count } of the series, not here yet
}

## Set-up

setup-title = Set-up
setup-intro = Only the title is needed; everything else can be filled in later.
setup-series-known = Existing series: { $series } ({ $key } to choose)
setup-date-future = This date is in the future: is it the day of the meeting?
setup-ends-before-start = The session ended before this date: check the date.
field-title = Title
field-date-time = Date and time
field-language = Language
field-name = Name or pseudonym
field-group = Stakeholder group
field-gender = Gender
field-age = Age
field-kind = Person or group
field-headcount = How many people
field-organisation = Organisation
field-consent = Agrees to be named
field-action = Action
field-owner = Who
field-due = Due (YYYY-MM-DD)
problem-title-required = A title is needed.
problem-date-time = Write the date and time as 2026-11-27 14:05.
problem-name-required = A name or a pseudonym is needed.
problem-headcount = A group needs a number of people (1 or more).
problem-action-required = Describe the action.
problem-date = Write the date as 2026-11-27.
problem-level-range = Levels go from 0 to { $max }.
voice-person = A person
voice-group = A group

## Room and review

room-voices = { $count ->
    [0] Voices
    [one] One voice
   *[other] { $count } voices
}
room-empty = Nobody yet. Type a name to add a person or a group.
room-add-voice = New voice
room-edit-voice = Edit voice
room-summary = In the room
room-absent = { $count ->
    [0] Every stakeholder group is present
    [one] One group is absent:
   *[other] { $count } groups are absent:
}
review-no-previous = No earlier meeting in this series.
review-from = Actions of { $title } ({ $date })
review-none-open = The previous meeting left no open actions.
review-nothing = Nothing to review. Give the session a series in the set-up to follow its actions.
review-not-reviewed = not reviewed
review-note = Note

## Dimensions

step-card = Card
step-contributions = Contributions
step-ratings = Ratings
step-agreement = Agreement
step-actions = Actions
card-questions = Questions for the room
card-levels = What each level means here
contributions-count = { $count ->
    [0] Contributions
    [one] One contribution
   *[other] { $count } contributions
}
contributions-empty = Nothing yet. Type what is said below and press { $key }.
contributions-type-hint = Type to add one; { $edit } opens the selected one, { $delete } deletes it.
contributions-type-hint-short = Type to add; { $edit } opens, { $delete } deletes.
contribution-editor = { $voice } · { $phase } · { $kind }
phase-none = no phase
ratings-title = Each voice's level
ratings-no-voices = Add voices in the room step first.
ratings-distribution = Distribution
ratings-hidden = Hidden: { $given } of { $voices } voices have rated.
ratings-reveal-hint = Press { $key } to reveal.
ratings-reason = Why, for { $voice }
agreement-scale = The agreed level
agreement-previous = Last meeting
agreement-no-previous = No earlier meeting in this series.
agreement-previous-none = No level agreed on { $date }.
agreement-previous-level = { $level } { $name } ({ $date })
agreement-rationale = Rationale
agreement-hint = Press the level the room agrees on ({ $digits }), then say why.
actions-count = { $count ->
    [0] Actions
    [one] One action
   *[other] { $count } actions
}
actions-empty = No actions yet. Type one to add it.
actions-add = New action
actions-edit = Edit action
actions-prompts = Ideas

## Summary

summary-levels = Agreed levels
summary-finished = finished
summary-in-progress = in progress — press { $key } to finish
summary-no-previous = First meeting of its series
summary-previous = Previous meeting → this one (previous: { $date })
summary-people = Who took part
summary-actions = Actions
summary-no-actions = No actions agreed.
show-group-line = { $group }: { $count }
show-ratings-hidden = Ratings not revealed yet.

## Short month names

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
label-value = { $label }: { $value }

## Compare, trend, export

fmt-decimal = { $int }.{ $frac }
change-up = up
change-down = down
change-same = same
change-unknown = not comparable
compare-title = { $before } → { $after }
compare-dimension = Dimension
compare-before = Before
compare-after = After
compare-change = Change
compare-ratings = Ratings by level (before → after):
compare-phases = Phases covered (before → after):
compare-contributions = contributions { $before } → { $after }
compare-people = People in the room: { $before } → { $after }
compare-groups-new = Groups newly present: { $groups }
compare-groups-gone = Groups now absent: { $groups }
compare-none = none
compare-fates = Actions open at the earlier meeting: { $done } done, { $progress } in progress, { $dropped } dropped, { $unreviewed } not reviewed.
trend-title = Series “{ $series }”: { $count ->
    [one] one meeting
   *[other] { $count } meetings
}
trend-groups = Groups
trend-women = Women
trend-young = Young
trend-done = Done
trend-by-group-none = No revealed ratings by stakeholder group in this series.
trend-chart-small = The chart needs a taller window; { $key } shows the levels by stakeholder group.
trend-chart-window = meetings { $from }–{ $to } of { $total }
trend-by-group = Levels by stakeholder group — { $dimension } (mean of revealed ratings)
fmt-percent = { $n }%
trend-mean = mean { $mean }
trend-legend = Each cell: agreed level (lowest–highest individual rating, mean).
md-voices = Voices
md-people = People
md-absent = Groups absent
md-comparison = Compared with the previous meeting
err-no-previous = '{ $title }' has no earlier meeting in its series: name a second session to compare with.
err-no-series = no series of this folder starts with '{ $series }'
err-no-series-at-all = this folder has no series yet
err-series-are = the series of this folder: { $list }
err-several-series = { $count ->
    [one] one series starts with '{ $series }': { $list }
   *[other] { $count } series start with '{ $series }': { $list }; type more of the name
}
err-write = cannot write { $file }: { $error }
cli-compare-about = Compare two sessions; with one, compare it with the previous meeting of its series
cli-compare-arg-a = A session (id, start of an id, or path)
cli-compare-arg-b = Another session; by default the previous meeting of the first one's series
cli-trend-about = Show how a series evolves: levels, ratings and participation over time
cli-trend-arg-series = The name of the series, or any start of it that only it has
cli-export-about = Export a session or a whole series as a printable report (HTML), Markdown, a workbook (XLSX), CSV or JSON
cli-export-arg-session = The session to export (id, start of an id, or path)
cli-export-arg-series = Export every session of this series instead (one table in CSV)
cli-export-arg-format = html (a printable report), md (a report), xlsx (a workbook for Excel), csv (tidy rows) or json (everything, with a schema)
cli-export-arg-output = Write to this file instead of the standard output
cli-export-arg-anonymize = Replace every name with a pseudonym (P1, P2…) and drop organisations; voices that did not consent are always pseudonymised

## Review, compare, trend in the app

key-next-tab = Next tab
key-prev-tab = Previous tab
key-grouping = Group contributions
key-by-group = Levels by group
key-next-dimension = Next dimension
key-prev-dimension = Previous dimension
key-open-meeting = Open
key-review = Review
key-compare = Compare
key-mark = Mark to compare
key-trend = Series trend
review-title = Review
review-overview = Overview
grouping-none = in order
grouping-voice = by voice
grouping-group = by stakeholder group
grouping-phase = by phase
no-series = This session belongs to no series.
no-previous-to-compare = No earlier meeting in its series: mark another session with { $mark }, then press { $compare }.
err-too-large = is too large to be a session ({ $size } bytes; the limit is { $limit })
draft-restored = Text you were typing before the interruption is back.
conflict-forked = The file was changed by another program. To keep both versions, yours is now saved as a separate session.
locked-by = This session is open elsewhere (process { $pid } on { $host }, since { $since }): shown read-only.
rescued = Saving was not possible; a copy of the session was written to { $file }.

## Encryption

err-encrypted = is encrypted, and this folder has no key to open it
passphrase-prompt = Passphrase for { $dir }:
passphrase-new = New passphrase (at least 8 characters):
passphrase-again = The same passphrase again:
err-wrong-passphrase = wrong passphrase: the sessions stay locked. Try again, or check the keyboard layout (AZERTY/QWERTY).
err-wrong-passphrase-variable = wrong passphrase in TOGUNA_PASSPHRASE: the sessions stay locked. Check the variable, or unset it to type the passphrase.
passphrase-retry = { $left ->
    [0] Wrong passphrase.
    [one] Wrong passphrase. One more try (check the keyboard layout, AZERTY/QWERTY).
   *[other] Wrong passphrase. { $left } more tries.
}
err-key = the folder's key cannot be read: { $error }
err-already-encrypted = this folder is already encrypted
err-not-encrypted = this folder is not encrypted
err-passphrase-mismatch = the two passphrases differ; nothing was changed
err-passphrase-short = the passphrase needs at least 8 characters; nothing was changed
err-decrypt-bad-files = some files could not be read, so nothing was decrypted
encrypt-skipped = left as it is, since it could not be read: { $file }
encrypt-done = { $count ->
    [one] One session is now encrypted.
   *[other] { $count } sessions are now encrypted.
} Keep the passphrase safe: without it they cannot be opened.
decrypt-done = { $count ->
    [one] One session is decrypted.
   *[other] { $count } sessions are decrypted.
}
cli-encrypt-about = Encrypt every session of the folder with a passphrase (age); Toguna then asks for it once per run
cli-decrypt-about = Decrypt every session of the folder and turn encryption off
err-passphrase-needed = this folder is encrypted and a passphrase is needed: run Toguna in a terminal, or set TOGUNA_PASSPHRASE for a script
keyname-enter = Enter
keyname-esc = Esc
keyname-pgup = PgUp
keyname-pgdn = PgDn
keyname-del = Del
keyname-space = Space
keyname-shift-tab = Shift+Tab
finish-typing-first = Save ({ $key }) or clear the text being typed first: it is never replaced.
key-errors = Unreadable files
errors-title = Files that could not be read
errors-untouched = Toguna never writes to these files. Fix them in a text editor (the line and column say where), or move them out of the folder.

home-load-errors = { $count ->
    [one] One file could not be read and is left untouched: press { $key } to see why.
   *[other] { $count } files could not be read and are left untouched: press { $key } to see why.
}
home-loading = Reading the sessions folder…
gender-short-woman = woman
gender-short-man = man
gender-short-mixed = mixed
gender-short-other = other
gender-short-unspecified = –

## What went wrong with a file, from the system's error

io-not-found = it does not exist
io-permission = permission denied
io-exists = it already exists
io-read-only = the disk is read-only
io-full = the disk is full
io-not-a-folder = it is not a folder
io-is-a-folder = it is a folder
io-not-empty = the folder is not empty
io-damaged = its content is damaged or cut short
io-interrupted = the operation was interrupted; try again
io-bad-name = the name is not valid here
io-busy = another program is using it
io-closed = the other side closed the connection
io-other = the system reported an input/output error
err-undecryptable = cannot be decrypted with this folder's key (another folder's, or damaged)
err-folder-list = cannot list the sessions folder: { $error }
err-key-damaged = the folder's key file is damaged: restore it from a backup
err-still-in-clear = { $file } could not be removed and is still in plain text: { $error }. Delete it by hand.
err-terminal = the terminal cannot be used: { $error }
err-output = cannot write the output: { $error }

## A framework file that cannot be used

fw-err-parse = { $line }:{ $col }: { $message }
fw-err-empty-scale = the level scale is empty
fw-err-level-order = levels must run 0, 1, 2… in order; found { $found } at position { $at }
fw-err-no-dimensions = it has no dimensions
fw-err-descriptors = dimension '{ $dimension }' describes { $found } levels but the scale has { $expected }
fw-err-unknown-phase = dimension '{ $dimension }' names an unknown phase '{ $phase }'
fw-err-duplicate = the { $what } id '{ $id }' appears twice
fw-err-missing-step = the step '{ $id }' of the workshop has no entry in 'steps'
fw-err-unknown-step = 'steps' names '{ $id }', which is not a step of the workshop
fw-err-unknown-young = 'young' names '{ $id }', which is not one of the 'age_bands'
fw-id-dimension = dimension
fw-id-phase = phase
fw-id-group = stakeholder group
fw-id-age-band = age band
fw-id-step = step
cli-export-arg-include_hidden_ratings = Include the ratings the room has not seen yet (for the facilitator's own use: never share such an export)
named-warning = { $names } did not agree to be named: { $key } puts { $pseudonym } in the text just saved; otherwise it stays as typed.
pseudonym-put = The pseudonym is in the text, in place of the name.
key-pseudonymise = Put the pseudonym

## Compare by content (issue 13)

compare-other-series = These meetings belong to different series ({ $before } and { $after }): they are compared all the same.
compare-new = New since last time: { $people }
compare-returning = Came back: { $people }
compare-missing = Missing since last time: { $people }
compare-heading-said = What was said (before → after):
compare-said = { $dimension }: { $after ->
    [one] one contribution
   *[other] { $after } contributions
} (before: { $before }) — { $kinds }
compare-said-nothing = { $dimension }: nothing recorded at either meeting
compare-heading-gap = Levels by stakeholder group (revealed ratings), those furthest from the agreed level first:
compare-gap-none = No revealed ratings to compare.
compare-col-mean = Mean
compare-col-range = Range
compare-col-agreed = Agreed
review-step = { $status } ({ $date })
review-agreed = agreed { $date }

## Reports (issue 16)

err-binary-terminal = A workbook cannot be shown in a terminal: give a file with -o (or pipe it).
report-summary = Summary
report-summary-levels = Agreed levels: { $levels }.
report-summary-level-before = { $dimension } { $level } (previous meeting: { $before })
report-summary-change = The biggest change: { $dimension }, { $direction ->
    [up] up
   *[down] down
} from { $before } to { $after }.
report-summary-no-change = No agreed level changed since the previous meeting.
report-summary-gap = The widest perception gap between stakeholder groups is on { $dimension }: { $low_mean } on average for { $low }, { $high_mean } for { $high }.
report-people = { $people ->
    [0] Nobody was recorded in the room.
    [one] One person took part ({ $voices ->
        [one] one voice
       *[other] { $voices } voices
    }): { $women }% women, { $young }% young people.
   *[other] { $people } people took part ({ $voices ->
        [one] one voice
       *[other] { $voices } voices
    }): { $women }% women, { $young }% young people.
}
report-summary-absent = Stakeholder groups absent: { $groups }.
report-summary-none-absent = Every stakeholder group of the framework was present.
report-summary-actions = { $reviewed ->
    [0] No action of an earlier meeting was reviewed
    [one] Of the action reviewed from earlier meetings, { $done } done, { $progress } in progress, { $dropped } dropped
   *[other] Of the { $reviewed } actions reviewed from earlier meetings, { $done } done, { $progress } in progress, { $dropped } dropped
}; { $agreed ->
    [0] no new action was agreed.
    [one] one new action was agreed.
   *[other] { $agreed } new actions were agreed.
}
report-series-span = { $count ->
    [one] One meeting
   *[other] { $count } meetings
}, from { $first } to { $last }.
report-series-levels = Agreed levels at the first and the latest meeting: { $levels }.
report-series-people = People present: { $first } → { $last }; women { $women_first }% → { $women_last }%; young people { $young_first }% → { $young_last }%.
report-series-actions = { $agreed ->
    [0] No action was agreed over the series.
    [one] One action was agreed over the series; at its latest review: { $done } done, { $progress } in progress, { $dropped } dropped, { $open } open.
   *[other] { $agreed } actions were agreed over the series; at their latest review: { $done } done, { $progress } in progress, { $dropped } dropped, { $open } open.
}
report-method = Method
report-method-framework = The meeting follows the framework “{ $title }” (version { $version }). { $source } It looks at these dimensions of local ownership:
report-method-scale = The level scale
report-method-levels-of = What each level looks like: { $dimension }
report-method-how = Ratings, agreement and names
report-method-ratings = For each dimension, the room first says what it has seen (contributions, each tagged as an observation, evidence, a concern, a proposal or a question). Then each voice — a person, or a group speaking together — gives a level of the scale with a reason. Ratings stay hidden until the facilitator reveals them to the room, so that early ratings do not sway later ones; a rating not revealed is never reported, only how many voices rated. The room then agrees on one level and says why: that agreed level is the meeting's finding.
report-method-consent = Nobody is named without their consent: a person who did not agree to be named appears under a pseudonym (P and a number, the same at every meeting of the series), and their name is taken out of every text of this report. Groups are counted in people: a group of twelve counts twelve.
report-col-level = Level
report-col-meaning = What it means
report-col-looks-like = What it looks like
report-col-dimension = Dimension
report-col-owner = Who
report-col-due = Due
report-col-action = Action and its story
report-col-reviewed = Done / reviewed
report-done-of = { $done } / { $reviewed }
report-due-late = { $date } (overdue)
report-no-ratings = No ratings were given.
report-by-group = Levels by stakeholder group
report-kind-heading = { $kind } ({ $count })
report-actions = Actions and what became of them
report-trend = Over the meetings
report-meetings = Each meeting in brief
report-meetings-count = Meetings
report-count-meetings = { $count ->
    [one] one meeting
   *[other] { $count } meetings
}
report-women = Women
report-percent-sign = %
report-gender-woman = Women
report-gender-man = Men
report-gender-mixed = In mixed groups
report-gender-other = Other
report-gender-unspecified = Not stated
report-young = Young people
report-done = Actions reviewed done
report-chart-groups = People by stakeholder group
report-chart-gender = People by gender
report-chart-age = People by age band
report-chart-distribution = Revealed ratings: voices per level
report-chart-levels = Agreed level per meeting
report-chart-people = People present per meeting
report-chart-shares = Women, young people and actions done (%)
voice-kind-person = person
voice-kind-group = group
xlsx-code = { $column } (code)
xlsx-sheet-sessions = Sessions
xlsx-sheet-people = People
xlsx-sheet-contributions = Contributions
xlsx-sheet-ratings = Ratings
xlsx-sheet-levels = Agreed levels
xlsx-sheet-actions = Actions
xlsx-sheet-review = Review of actions
xlsx-sheet-codebook = Codebook
xlsx-sheet-trend = Levels per meeting
xlsx-col-session = Session
xlsx-col-ended = Ended
xlsx-col-voice-id = Voice id
xlsx-col-person-id = Person id
xlsx-col-voice = Voice
xlsx-col-named = Named
xlsx-col-spoke = Spoke
xlsx-col-rated = Rated
xlsx-col-phase = Phase
xlsx-col-kind = Kind
xlsx-col-at = Time
xlsx-col-text = Text
xlsx-col-level-name = Level name
xlsx-col-reason = Reason
xlsx-col-rationale = Why
xlsx-col-revealed = Ratings revealed
xlsx-col-voices-rated = Voices who rated
xlsx-col-action-id = Action id
xlsx-col-agreed-in = Agreed in session
xlsx-col-agreed-on = Agreed on
xlsx-col-note = Note
xlsx-col-variable = Variable
xlsx-col-code = Code
xlsx-col-label = Label
key-report = Report
report-written = Report written: { $path }
## Room screen (issue 17)

cli-present-about = Show the room the step the facilitator is on, full screen, for a projector or a second terminal: read-only, following the session as it is saved (names only with consent, ratings only once revealed). q or Esc ends it
cli-present-arg-session = The session to show (id, start of an id, or path); by default the one open in the app, else the latest in progress
key-room-screen = Room screen off/on
room-blanked = The room screen shows only the title: { $key } brings it back.
room-shown = The room screen follows you again.
room-timebox = of { $box }
room-framing = The four questions of every meeting
room-nothing-to-review = No actions of an earlier meeting to review.
room-contributions = { $count ->
    [0] Nothing said yet.
    [one] One contribution
   *[other] { $count } contributions
}
room-rated = { $given ->
    [0] No voice has rated yet, of { $voices }.
    [one] { $given } of { $voices } voices has rated
   *[other] { $given } of { $voices } voices have rated
}
room-distribution = { $count ->
    [0] Nobody rated.
    [one] One voice rated
   *[other] How { $count } voices rated
}
room-not-agreed = Not agreed yet.
room-previous-none = No level was agreed.
room-no-actions = No actions yet.
room-this-meeting = This meeting
err-nothing-to-present = there is no session in progress to show: open one in the app, or name one (toguna present SESSION)
err-present-terminal = the room screen needs a terminal to draw on

## Robustness (issue 18)

err-not-a-file = is not a regular file but { $kind ->
    [fifo] a FIFO (a named pipe)
    [device] a device
    [socket] a socket
   *[other] something other than a file
}: Toguna reads only regular files
err-unknown-fields = holds { $count ->
    [one] a field
   *[other] fields
} Toguna does not know ({ $fields }): saving it in the app would not keep { $count ->
    [one] it
   *[other] them
}, so the app keeps the original beside it (….orig) before its first save
err-no-such-version = 'format_version: { $found }' is no version of the format: Toguna's versions run from 1 to { $supported }
err-version-not-a-number = 'format_version' must be a whole number, such as 2, not { $found }
err-cr-only = lines end with CR alone (as old Macs wrote them): save the file with LF or CRLF line ends
draft-unknown-step = unknown step '{ $step }'
draft-unknown-phase = unknown phase '{ $phase }'
draft-unknown-voice = unknown voice { $voice }
draft-unknown-field = step '{ $step }' keeps no '{ $field }'
draft-set-aside = Typed text not put back ({ $why }): kept as { $file }.
draft-left = Typed text not put back ({ $why }): left where it is.
unknown-fields-opened = Fields Toguna does not know ({ $fields }): the original is kept before saving.
conflict-deleted = Deleted by another program while open: saved again as { $file }.
original-kept = The original, with what Toguna does not know, is kept as { $file }.
err-export-into-folder = will not write { $file }: it is in the sessions folder, where exports would be taken for sessions or left unencrypted
err-export-exists = { $file } already exists: give --force to replace it
cli-export-arg-force = Replace the output file if it exists (never a file of the sessions folder)
draft-not-a-draft = not a draft: { $error }
draft-unreadable-io = cannot be read: { $error }
draft-unreadable = the file { $error }

## Series (issue 13)

series-none = No session belongs to a series yet.
col-meetings = Meetings
col-last = Last
col-people = People
col-open = Open
col-overdue = Overdue
cli-series-about = Every series of the folder: meetings, levels, people, open and overdue actions
cli-series-arg-json = Print JSON instead of a table
key-series = Series
key-open-series = Open the series
series-title = { $count ->
    [0] No series yet: a meeting joins one by its series name
    [one] One series
   *[other] { $count } series
}
series-level-was = { $dimension } { $level } (was { $previous })
series-span = { $first } to { $last } · { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
} · { $people ->
    [0] nobody at the last
    [one] one person at the last
   *[other] { $people } people at the last
}
series-actions = { $open ->
    [0] No action open
    [one] One action open
   *[other] { $open } actions open
}{ $overdue ->
    [0] {""}
    [one] , one of them overdue
   *[other] , { $overdue } of them overdue
}
col-meetings-short = Mtgs
col-people-short = Ppl
col-open-short = Open
col-overdue-short = Late

## What the RON parser found wrong in a file

ron-expected = expected { $what } here
ron-what-array = an opening bracket (“[”)
ron-what-array-end = a closing bracket (“]”)
ron-what-boolean = true or false
ron-what-comma = a comma
ron-what-char = a character in single quotes
ron-what-number = a number
ron-what-integer = a whole number
ron-what-option = Some(…) or None
ron-what-paren = an opening parenthesis (“(”)
ron-what-paren-end = a closing parenthesis (“)”)
ron-what-map = an opening brace (“{ "{" }”)
ron-what-map-end = a closing brace (“{ "}" }”)
ron-what-colon = a colon (“:”)
ron-what-unit = ()
ron-what-string = a text in double quotes
ron-what-string-end = the double quote that ends the text
ron-what-identifier = a name without quotes (a field, or a value such as Finished)
ron-eof = the file ends too soon: a bracket, a parenthesis or a quote is not closed
ron-unexpected-char = unexpected character “{ $found }”
ron-trailing = there is text after the end of the session
ron-struct-name = “{ $found }” where “{ $expected }” was expected
ron-unknown-field = unknown field “{ $found }”; the fields are { $expected }
ron-missing-field = the field “{ $field }” is missing
ron-duplicate-field = the field “{ $field }” appears twice
ron-unknown-variant = “{ $found }” is not a possible value here; the values are { $expected }
ron-out-of-bounds = this number is out of range here (too large, or below zero)
ron-escape = an invalid escape sequence (\…) in a text
ron-comment = a comment is not closed
ron-wrong-type = this value is not of the expected kind (found { $found })
ron-wrong-type-for = expected { $what } here, not { $found }
ron-found-boolean = the boolean { $value }
ron-found-integer = the whole number { $value }
ron-found-number = the number { $value }
ron-found-char = the character “{ $value }”
ron-found-string = the text “{ $value }”
ron-found-bytes = a byte string
ron-found-unit = ()
ron-found-option = Some(…) or None
ron-found-list = a list in brackets
ron-found-map = a list in braces
ron-found-struct = a value in parentheses
ron-found-variant = a name
ron-found-other = “{ $value }”
ron-length = { $found ->
    [0] there is nothing here, which is not the number of items expected
    [one] there is one item here, which is not the number expected
   *[other] there are { $found } items here, which is not the number expected
}
ron-bad-name = “{ $found }” cannot be a name here: a name starts with a letter and has no quotes
ron-too-deep = too many parentheses or brackets inside one another
ron-date = this date or time cannot be read: write it as in 2025-02-20T09:30:00Z (date, T, time, Z or +01:00)
ron-other = the text here does not have the form expected
ron-value = a value could not be read ({ $message })

## Capture at the speed of speech (issue 14)
keyname-text = abc
key-type-new = Type a new one
key-type-reason = Type the reason (when there is none yet)
key-type-rationale = Type the rationale (when there is none yet)
key-type-note = Type the note (when there is none yet)
key-undo = Bring back what was deleted
key-filter = Type a name, group, initials or number
key-erase = Erase a letter
key-voice-number = Who speaks, by number (0: the room)
picker-voice-filtered = Who is speaking? { $filter }
picker-no-match = Nobody matches
contribution-kept = as the last one
contribution-keys = { $voice } who · { $kind } kind · { $phase } phase
no-voice-number = No voice has the number { $number }.
edit-cancelled = Edit cancelled: the contribution is as it was.
contribution-deleted = Contribution deleted. { $key } brings it back.
contribution-back = The contribution is back.
voice-deleted = Voice deleted. { $key } brings them back, with their words and ratings.
voice-back = The voice is back, with their words and ratings.
action-deleted = Action deleted. { $key } brings it back.
action-back = The action is back.
rating-cleared = Rating removed. { $key } brings it back.
rating-back = The rating is back.
reason-open-with = This voice already has a reason: { $key } opens it.
rate-first = Give a level first (0 to { $max }), then type the reason.
rationale-open-with = A rationale is written: { $key } opens it.
note-open-with = This action has a note: { $key } opens it.
cli-arg-ascii = Draw lines, bars and arrows in plain ASCII, for a console whose font shows boxes instead [env: TOGUNA_ASCII]
