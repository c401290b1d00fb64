# Toguna — English messages.
# Every string the program shows comes from here. Keep ids identical in fr.ftl.
# To add a language, copy this file to xx.ftl in TOGUNA_LOCALES_DIR and translate it.

app-name = Toguna

## Dates and numbers

fmt-date = { $day } { $month } { $year }
fmt-time = { $hour }:{ $minute }
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
show-review = Actions of the previous meeting
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
check-summary = { $good ->
    [one] one session file is valid
   *[other] { $good } session files are valid
}, { $bad ->
    [0] none has a problem.
    [one] one has a problem.
   *[other] { $bad } have a problem.
}
