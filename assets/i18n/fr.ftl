# Toguna — messages en français.
# Chaque texte affiché par le programme vient d'ici. Les identifiants sont ceux de en.ftl.

app-name = Toguna

## Dates et nombres

fmt-date = { $day } { $month } { $year }
fmt-time = { $hour } h { $minute }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
count-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
count-voices = { $count ->
    [one] { $count } voix
   *[other] { $count } voix
}

## Valeurs enregistrées dans les sessions

status-in-progress = en cours
status-finished = terminée
gender-woman = femme
gender-man = homme
gender-mixed = mixte
gender-other = autre
gender-unspecified = non précisé
kind-observation = constat
kind-evidence = preuve
kind-concern = inquiétude
kind-proposal = proposition
kind-question = question
action-open = à faire
action-in-progress = en cours
action-done = faite
action-dropped = abandonnée

## Ligne de commande

cli-about = Animer et consigner des ateliers de réflexion sur l'appropriation locale des interventions internationales. Sans commande, ouvre l'application.
cli-usage = Utilisation :
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMANDE
cli-heading-commands = Commandes
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-arg-help = Afficher l'aide
cli-arg-version = Afficher la version
cli-arg-sessions_dir = Dossier des fichiers de session [env : TOGUNA_SESSIONS_DIR ; par défaut : le dossier de données du système]
cli-arg-framework = Un fichier de cadre à utiliser à la place du cadre intégré
cli-arg-lang = Langue de l'interface : en ou fr [env : TOGUNA_LANG ; par défaut : celle du système]
cli-list-about = Lister les sessions, des plus récentes aux plus anciennes
cli-list-arg-series = Seulement les sessions de cette série
cli-list-arg-json = Écrire du JSON au lieu d'un tableau
cli-show-about = Afficher le résumé lisible d'une session
cli-show-arg-session = L'identifiant d'une session, son début s'il est unique, ou le chemin d'un fichier
cli-check-about = Vérifier chaque fichier du dossier des sessions ; code de sortie 1 si l'un d'eux est invalide
cli-framework-about = Écrire le cadre utilisé, comme point de départ pour le vôtre
cli-err-unknown-command = commande inconnue « { $name } »
cli-err-unknown-option = option inconnue « { $name } »
cli-err-missing = il manque { $name }
cli-err-invalid-value = valeur « { $value } » invalide pour { $name }
cli-err-missing-command = il faut une commande
cli-err-generic = la ligne de commande n'a pas pu être comprise
cli-try-help = Pour en savoir plus, essayez « toguna --help ».

## Erreurs et avertissements

err-prefix = erreur
warn-prefix = attention
err-empty = le fichier est vide
err-not-utf8 = ce n'est pas du texte UTF-8 valide (octet { $byte })
err-no-version = pas de champ « format_version » : ce fichier ne semble pas être une session Toguna
err-newer = écrit par une version plus récente de Toguna (format { $found } ; cette version lit jusqu'au format { $supported }) : mettez Toguna à jour pour l'ouvrir
err-syntax = session invalide : { $message }
err-io = lecture impossible : { $error }
err-directory = c'est un dossier, pas un fichier de session
err-duplicate = a le même identifiant que { $other } ; seul celui-ci est utilisé
err-sessions-dir = impossible d'utiliser le dossier des sessions { $dir } : { $error }
err-framework-read = impossible de lire le cadre { $file } : { $error }
err-framework-invalid = le cadre { $file } n'est pas valide : { $error }
err-not-found = aucune session ne correspond à « { $query } »
err-ambiguous = « { $query } » correspond à plusieurs sessions : { $candidates }

## Liste, résumé, vérification

list-empty = Aucune session pour l'instant dans { $dir }. Lancez toguna pour en commencer une.
col-date = Date
col-id = Id
col-title = Titre
col-series = Série
col-place = Lieu
col-status = État
field-date = Date
field-series = Série
field-intervention = Intervention
field-place = Lieu
field-facilitators = Animation
field-status = État
field-framework = Cadre
field-notes = Notes
show-participation = Participation : { $voices ->
    [one] une voix
   *[other] { $voices } voix
}, { $people ->
    [one] une personne
   *[other] { $people } personnes
}
show-group-count = { $voices ->
    [one] une voix
   *[other] { $voices } voix
}, { $people ->
    [one] une personne
   *[other] { $people } personnes
}
show-review = Actions de la réunion précédente
show-agreed = niveau retenu { $level }{ $label }
show-not-agreed = aucun niveau retenu
show-counts = { $contributions ->
    [one] une contribution
   *[other] { $contributions } contributions
}, { $ratings ->
    [one] une note
   *[other] { $ratings } notes
}
show-distribution = Notes par niveau :
show-due = échéance le { $date }
check-summary = { $good ->
    [0] aucun fichier de session valide
    [one] un fichier de session valide
   *[other] { $good } fichiers de session valides
}, { $bad ->
    [0] aucun problème.
    [one] un fichier pose problème.
   *[other] { $bad } fichiers posent problème.
}
