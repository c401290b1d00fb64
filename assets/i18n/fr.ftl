# Toguna — messages en français.
# Chaque texte affiché par le programme vient d'ici. Les identifiants sont ceux de en.ftl.

app-name = Toguna

## Dates et nombres

fmt-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
fmt-time = { $hour } h { $minute }
fmt-date-time = { $date } à { $time }
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
    [0] aucune personne
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
kind-evidence = exemple
kind-concern = inquiétude
kind-proposal = proposition
kind-question = question
action-open = à faire
action-in-progress = en cours
action-done = faite
action-dropped = abandonnée

## Ligne de commande

cli-about = Animer et consigner des ateliers de réflexion sur l'appropriation locale des interventions internationales. Sans commande, ouvre l'application.
cli-usage = Utilisation :
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMANDE
cli-heading-commands = Commandes{ "\u00A0" }
cli-heading-options = Options{ "\u00A0" }
cli-heading-arguments = Arguments{ "\u00A0" }
cli-arg-help = Afficher l'aide
cli-arg-version = Afficher la version
cli-arg-sessions_dir = Dossier des fichiers de séance [env : TOGUNA_SESSIONS_DIR ; par défaut : le dossier de données du système]
cli-arg-framework = Un fichier de cadre à utiliser à la place du cadre intégré
cli-arg-lang = Langue de l'interface : en ou fr [env : TOGUNA_LANG ; par défaut : celle du système]
cli-list-about = Lister les séances, des plus récentes aux plus anciennes
cli-list-arg-series = Seulement les séances de cette série
cli-list-arg-json = Écrire du JSON au lieu d'un tableau
cli-show-about = Afficher le résumé lisible d'une séance
cli-show-arg-session = L'identifiant d'une séance, son début s'il est unique, ou le chemin d'un fichier
cli-check-about = Vérifier chaque fichier du dossier des séances ; code de sortie 1 si l'un d'eux est invalide
cli-framework-about = Écrire le cadre utilisé, comme point de départ pour le vôtre
cli-err-unknown-command = commande inconnue « { $name } »
cli-err-unknown-option = option inconnue « { $name } »
cli-err-missing = il manque { $name }
cli-err-invalid-value = valeur « { $value } » invalide pour { $name }
cli-err-missing-command = il faut une commande
cli-err-generic = la ligne de commande n'a pas pu être comprise
cli-value-dir = DOSSIER
cli-value-file = FICHIER
cli-value-lang = LANGUE
cli-value-session = SÉANCE
cli-value-series = SÉRIE
cli-value-format = FORMAT
cli-err-possible-values = { $error } (valeurs possibles : { $values })
cli-err-unknown-lang = il n'y a pas de langue « { $lang } » ici : les langues sont { $list }
cli-try-help = Pour en savoir plus, essayez « toguna --help ».

## Erreurs et avertissements

err-prefix = erreur
warn-prefix = attention
err-empty = le fichier est vide
err-not-utf8 = ce n'est pas du texte UTF-8 valide (octet { $byte })
err-no-version = pas de champ « format_version » : ce fichier ne semble pas être une séance Toguna
err-newer = écrit par une version plus récente de Toguna (format { $found } ; cette version lit jusqu'au format { $supported }) : mettez Toguna à jour pour l'ouvrir
err-syntax = contenu illisible : { $message }
err-io = lecture impossible : { $error }
err-directory = c'est un dossier, pas un fichier de séance
err-duplicate = a le même identifiant que { $other } ; seul celui-ci est utilisé
err-sessions-dir = impossible d'utiliser le dossier des séances { $dir } : { $error }
err-framework-read = impossible de lire le cadre { $file } : { $error }
err-framework-invalid = le cadre { $file } n'est pas valide : { $error }
err-no-folder = le dossier des séances { $dir } n'existe pas : vérifiez --sessions-dir, ou lancez toguna pour y commencer une première séance
err-read-file = impossible de lire { $file } : { $error }
err-not-found = aucune séance ne correspond à « { $query } »
err-ambiguous = « { $query } » correspond à plusieurs séances : { $candidates }

## Liste, résumé, vérification

list-empty = Aucune séance pour l'instant dans { $dir }. Lancez toguna pour en commencer une.
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
framework-version = { $title } (version { $version })
level-count = { $level } : { $count }
field-notes = Notes
show-participation = Participation : { $voices ->
    [0] aucune voix
    [one] une voix
   *[other] { $voices } voix
}, { $people ->
    [0] aucune personne
    [one] une personne
   *[other] { $people } personnes
}
show-group-count = { $voices ->
    [0] aucune voix
    [one] une voix
   *[other] { $voices } voix
}, { $people ->
    [0] aucune personne
    [one] une personne
   *[other] { $people } personnes
}
show-review = Actions revues à cette séance
show-agreed = niveau retenu { $level }{ $label }
show-not-agreed = aucun niveau retenu
show-counts = { $contributions ->
    [0] aucune contribution
    [one] une contribution
   *[other] { $contributions } contributions
}, { $ratings ->
    [0] aucune appréciation
    [one] une appréciation
   *[other] { $ratings } appréciations
}
show-distribution = Appréciations par niveau :
show-due = échéance le { $date }
show-due-overdue = échéance le { $date }, dépassée
check-ends-before-start = { $file } : la séance se termine avant d'avoir commencé (vérifiez sa date).
check-summary = { $good ->
    [0] aucun fichier de séance valide
    [one] un fichier de séance valide
   *[other] { $good } fichiers de séance valides
}, { $bad ->
    [0] aucun problème.
    [one] un fichier pose problème.
   *[other] { $bad } fichiers posent problème.
}

## L'application : cadre et accueil

too-small = Le terminal est trop petit ({ $width }×{ $height }). Toguna a besoin d'au moins { $min_width }×{ $min_height } : agrandissez la fenêtre ou réduisez la police.
home-count = { $count ->
    [0] aucune séance
    [one] une séance
   *[other] { $count } séances
}
home-load-errors = { $count ->
    [one] Un fichier n'a pas pu être lu ; il n'est pas modifié. Appuyez sur { $key } pour savoir pourquoi.
   *[other] { $count } fichiers n'ont pas pu être lus ; ils ne sont pas modifiés. Appuyez sur { $key } pour savoir pourquoi.
}
welcome-title = Bienvenue dans Toguna
welcome-what = Toguna guide une réflexion sur l'appropriation locale d'une intervention — large, systématique, profonde — et en garde la trace pour que la séance suivante voie ce qui a changé.
welcome-empty = Il n'y a pas encore de séance dans { $dir }.
welcome-start = commencer votre première séance
welcome-help = voir toutes les touches
welcome-examples = Pour découvrir, ouvrez les exemples : toguna --sessions-dir sessions (depuis le dossier des sources).
new-session = Nouvelle séance
header-timer = Étape { $step } / { $box }  ·  Séance { $session }
header-over = Temps dépassé !
save-failed = NON ENREGISTRÉ : { $error }. Votre travail est gardé en mémoire et l'enregistrement est retenté.
word-yes = oui
word-no = non
word-editing = Modification
the-room = L'assemblée

## Touches

key-yes = Oui
key-no = Non
key-close = Fermer
key-scroll = Défiler
more-below = ↓ suite
key-move = Se déplacer
key-pick = Choisir
key-cancel = Annuler
key-submit = Enregistrer
key-newline = Nouvelle ligne
key-undo-typing = Annuler le dernier mot ou collage
key-stop-typing = Arrêter la saisie
key-pick-voice = Qui parle
key-phase = Phase
key-kind = Nature
key-pick-series = Séries existantes
key-next-field = Champ suivant
key-prev-field = Champ précédent
key-save = Enregistrer
key-toggle = Basculer
key-choice = Changer de choix
key-rate = Noter
key-level-down = Niveau −
key-level-up = Niveau +
key-clear-rating = Retirer l'appréciation
key-reveal = Montrer/cacher
key-reason = Raison
key-agree = Niveau retenu
key-rationale = Justification
key-mark-done = Faite
key-mark-in-progress = En cours
key-mark-dropped = Abandonnée
key-note = Commentaire
key-finish = Terminer la séance
key-add = Ajouter
key-edit = Modifier
key-delete = Supprimer
key-type = Saisir
key-new = Nouvelle séance
key-next-meeting = Séance suivante
next-meeting-started = La séance suivante de la série : la préparation, les actions à revoir et les personnes de la série sont reprises ; vérifiez-les et changez ce qui diffère.
key-open = Ouvrir
key-quit = Quitter
key-next-step = Étape suivante
key-prev-step = Étape précédente
key-go-to-step = Aller à l'étape
key-help = Aide
key-home = Accueil
key-language = English/Français
key-quit-now = Quitter (tout est enregistré)
help-title = Touches de cet écran
help-editor = Pendant la saisie : ←→↑↓ déplacer, Ctrl+←/→ de mot en mot, Début/Fin, Ctrl+U annuler, Ctrl+R rétablir, Ctrl+W effacer un mot, Alt+Entrée nouvelle ligne. Un texte collé n'est jamais validé.

## Fenêtres

confirm-title = Confirmation
confirm-keys = { $yes } Oui · { $no } Non
quoted = « { $text } »
confirm-delete-voice = Retirer cette voix ? Ses contributions restent, attribuées à l'assemblée ; ses appréciations sont retirées.
confirm-delete-contribution = Supprimer cette contribution ?
confirm-delete-action = Supprimer cette action ?
confirm-clear-rating = Retirer cette appréciation et sa raison ?
confirm-finish = Terminer la séance ? Elle reste modifiable pour des corrections.
confirm-quit-unsaved = L'enregistrement ne fonctionne pas en ce moment. Quitter quand même ? Une copie de la séance sera écrite dans le dossier temporaire (ou votre dossier personnel).
picker-step = Aller à l'étape
picker-voice = Qui parle ? (nom ou numéro)
picker-series = Séries existantes
picker-person = La même personne que
key-present = Présent/absent
key-link-person = Même personne que…
key-unlink-person = Pas la même personne
room-no-one-to-link = Tout le monde des séances précédentes de la série est déjà dans la salle.
room-linked = Reliée : cette voix est la même personne qu'aux séances précédentes.
room-unlinked = Déliée : cette voix est quelqu'un de nouveau, avec son propre pseudonyme.
room-not-linked = Cette voix n'est reliée à personne d'une séance précédente.
room-consent-again = Nom non cité la dernière fois : redemandez ({ $change } change, { $keep } garde).
room-roster = { $count ->
    [one] Une personne de la série pas encore là
   *[other] { $count } personnes de la série pas encore là
}

## Préparation

setup-title = Préparation
setup-intro = Seul le titre est nécessaire ; le reste peut être complété plus tard.
setup-series-known = Séries existantes : { $series } ({ $key } pour choisir)
setup-date-future = Cette date est dans le futur : est-ce bien le jour de la réunion ?
setup-ends-before-start = La séance s'est terminée avant cette date : vérifiez la date.
field-title = Titre
field-date-time = Date et heure
field-language = Langue
field-name = Nom ou pseudonyme
field-group = Groupe d'acteurs
field-gender = Genre
field-age = Âge
field-kind = Personne ou groupe
field-headcount = Nombre de personnes
field-organisation = Organisation
field-consent = Son nom peut être cité
field-action = Action
field-owner = Qui
field-due = Échéance (AAAA-MM-JJ)
problem-title-required = Il faut un titre.
problem-date-time = Écrivez la date et l'heure ainsi : 2026-11-27 14:05.
problem-name-required = Il faut un nom ou un pseudonyme.
problem-headcount = Un groupe a besoin d'un nombre de personnes (1 ou plus).
problem-action-required = Décrivez l'action.
problem-date = Écrivez la date ainsi : 2026-11-27.
problem-level-range = Les niveaux vont de 0 à { $max }.
voice-person = Une personne
voice-group = Un groupe

## Salle et revue

room-voices = { $count ->
    [0] Voix
    [one] Une voix
   *[other] { $count } voix
}
room-empty = Personne pour l'instant. Tapez un nom pour ajouter une personne ou un groupe.
room-add-voice = Nouvelle voix
room-edit-voice = Modifier la voix
room-summary = Dans la salle
room-absent = { $count ->
    [0] Tous les groupes d'acteurs sont présents
    [one] Un groupe est absent :
   *[other] { $count } groupes sont absents :
}
review-no-previous = Pas de séance précédente dans cette série.
review-from = Actions de « { $title } » ({ $date })
review-none-open = La séance précédente n'a laissé aucune action ouverte.
review-nothing = Rien à revoir. Donnez une série à la séance dans la préparation pour suivre ses actions.
review-not-reviewed = non revue
review-note = Commentaire

## Dimensions

step-card = Fiche
step-contributions = Contributions
step-ratings = Appréciations
step-agreement = Accord
step-actions = Actions
card-questions = Questions à poser
card-levels = Ce que chaque niveau veut dire ici
contributions-count = { $count ->
    [0] Contributions
    [one] Une contribution
   *[other] { $count } contributions
}
contributions-empty = Rien pour l'instant. Tapez ce qui est dit ci-dessous et appuyez sur { $key }.
contributions-type-hint = Tapez pour ajouter ; { $edit } ouvre la contribution choisie, { $delete } la supprime.
contributions-type-hint-short = Tapez pour ajouter ; { $edit } ouvre, { $delete } supprime.
contribution-editor = { $voice } · { $phase } · { $kind }
phase-none = sans phase
ratings-title = Le niveau de chaque voix
ratings-no-voices = Ajoutez d'abord des voix à l'étape de la salle.
ratings-distribution = Répartition
ratings-hidden = { $given ->
    [0] Masquée : aucune voix sur { $voices } n'a encore noté.
    [one] Masquée : { $given } voix sur { $voices } a noté.
   *[other] Masquée : { $given } voix sur { $voices } ont noté.
}
ratings-reveal-hint = Appuyez sur { $key } pour la montrer.
ratings-reason = Pourquoi, pour { $voice }
agreement-scale = Le niveau retenu
agreement-previous = Dernière séance
agreement-no-previous = Pas de séance précédente dans cette série.
agreement-previous-none = Aucun niveau retenu le { $date }.
agreement-previous-level = { $level } { $name } ({ $date })
agreement-rationale = Justification
agreement-hint = Tapez le niveau sur lequel l'assemblée s'accorde ({ $digits }), puis dites pourquoi.
actions-count = { $count ->
    [0] Actions
    [one] Une action
   *[other] { $count } actions
}
actions-empty = Pas encore d'action. Tapez-en une pour l'ajouter.
actions-add = Nouvelle action
actions-edit = Modifier l'action
actions-prompts = Pistes

## Synthèse

summary-levels = Niveaux retenus
summary-finished = terminée
summary-in-progress = en cours — appuyez sur { $key } pour terminer
summary-no-previous = Première séance de sa série
summary-previous = Séance précédente → celle-ci (précédente : { $date })
summary-people = Participation
summary-actions = Actions
summary-no-actions = Aucune action retenue.
show-group-line = { $group } : { $count }
show-ratings-hidden = Appréciations pas encore révélées.

## Short month names

month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
label-value = { $label } : { $value }

## Comparaison, évolution, export

fmt-decimal = { $int },{ $frac }
change-up = en hausse
change-down = en baisse
change-same = stable
change-unknown = non comparable
compare-title = { $before } → { $after }
compare-dimension = Dimension
compare-before = Avant
compare-after = Après
compare-change = Évolution
compare-ratings = Appréciations par niveau (avant → après) :
compare-phases = Phases abordées (avant → après) :
compare-contributions = contributions { $before } → { $after }
compare-people = Personnes présentes : { $before } → { $after }
compare-groups-new = Groupes nouvellement présents : { $groups }
compare-groups-gone = Groupes désormais absents : { $groups }
compare-none = aucun
compare-fates = Actions ouvertes à la première séance : { $done ->
    [one] { $done } faite
   *[other] { $done } faites
}, { $progress } en cours, { $dropped ->
    [one] { $dropped } abandonnée
   *[other] { $dropped } abandonnées
}, { $unreviewed ->
    [one] { $unreviewed } non revue
   *[other] { $unreviewed } non revues
}.
trend-title = Série « { $series } » : { $count ->
    [one] une séance
   *[other] { $count } séances
}
trend-groups = Groupes
trend-women = Femmes
trend-young = Jeunes
trend-done = Faites
trend-by-group-none = Aucune appréciation révélée par groupe d'acteurs dans cette série.
trend-chart-small = Le graphique demande une fenêtre plus haute ; { $key } montre les niveaux par groupe d'acteurs.
trend-chart-window = séances { $from } à { $to } sur { $total }
trend-by-group = Niveaux par groupe d'acteurs — { $dimension } (moyenne des appréciations révélées)
fmt-percent = { $n } %
trend-mean = moyenne { $mean }
trend-legend = Chaque case : niveau retenu (appréciation individuelle la plus basse–la plus haute, moyenne).
md-voices = Voix
md-people = Personnes
md-absent = Groupes absents
md-comparison = Comparaison avec la séance précédente
err-no-previous = « { $title } » n'a pas de séance précédente dans sa série : indiquez une seconde séance à comparer.
err-no-series = aucune série de ce dossier ne commence par « { $series } »
err-no-series-at-all = ce dossier n'a encore aucune série
err-series-are = les séries de ce dossier : { $list }
err-several-series = { $count ->
    [one] une série commence par « { $series } » : { $list }
   *[other] { $count } séries commencent par « { $series } » : { $list } ; précisez le nom
}
err-write = impossible d'écrire { $file } : { $error }
cli-compare-about = Comparer deux séances ; avec une seule, la comparer à la séance précédente de sa série
cli-compare-arg-a = Une séance (identifiant, début d'identifiant ou chemin)
cli-compare-arg-b = Une autre séance ; par défaut la séance précédente de la série de la première
cli-trend-about = Montrer l'évolution d'une série : niveaux, appréciations et participation dans le temps
cli-trend-arg-series = Le nom de la série, ou un début qui n'appartient qu'à elle
cli-export-about = Exporter une séance ou toute une série en rapport imprimable (HTML), en Markdown, en classeur (XLSX), en CSV ou en JSON
cli-export-arg-session = La séance à exporter (identifiant, début d'identifiant ou chemin)
cli-export-arg-series = Exporter plutôt toutes les séances de cette série (un seul tableau en CSV)
cli-export-arg-format = html (un rapport imprimable), md (un rapport), xlsx (un classeur pour Excel), csv (lignes ordonnées) ou json (tout, avec un schéma)
cli-export-arg-output = Écrire dans ce fichier au lieu de la sortie standard
cli-export-arg-anonymize = Remplacer chaque nom par un pseudonyme (P1, P2…) et retirer les organisations ; les voix sans consentement sont toujours pseudonymisées

## Revue, comparaison, évolution dans l'application

key-next-tab = Onglet suivant
key-prev-tab = Onglet précédent
key-grouping = Regrouper les contributions
key-by-group = Niveaux par groupe
key-next-dimension = Dimension suivante
key-prev-dimension = Dimension précédente
key-open-meeting = Ouvrir
key-review = Revoir
key-compare = Comparer
key-mark = Marquer pour comparer
key-trend = Évolution de la série
review-title = Revue
review-overview = Vue d'ensemble
grouping-none = dans l'ordre
grouping-voice = par voix
grouping-group = par groupe d'acteurs
grouping-phase = par phase
no-series = Cette séance n'appartient à aucune série.
no-previous-to-compare = Pas de séance précédente dans sa série : marquez une autre séance avec { $mark }, puis appuyez sur { $compare }.
err-too-large = est trop volumineux pour être une séance ({ $size } octets ; la limite est { $limit })
draft-restored = Le texte que vous tapiez avant l'interruption est revenu.
conflict-forked = Le fichier a été modifié par un autre programme. Pour garder les deux versions, la vôtre est désormais enregistrée comme une séance à part.
locked-by = Cette séance est ouverte ailleurs (processus { $pid } sur { $host }, depuis le { $since }) : affichée en lecture seule.
rescued = L'enregistrement était impossible ; une copie de la séance a été écrite dans { $file }.

## Chiffrement

err-encrypted = est chiffré, et ce dossier n'a pas de clé pour l'ouvrir
passphrase-prompt = Phrase secrète pour { $dir } :
passphrase-new = Nouvelle phrase secrète (8 caractères au moins) :
passphrase-again = La même phrase secrète, encore :
err-wrong-passphrase = phrase secrète incorrecte : les séances restent verrouillées. Réessayez, ou vérifiez la disposition du clavier (AZERTY/QWERTY).
err-wrong-passphrase-variable = phrase secrète incorrecte dans TOGUNA_PASSPHRASE : les séances restent verrouillées. Vérifiez la variable, ou retirez-la pour taper la phrase secrète.
passphrase-retry = { $left ->
    [0] Phrase secrète incorrecte.
    [one] Phrase secrète incorrecte. Dernier essai (vérifiez la disposition du clavier, AZERTY/QWERTY).
   *[other] Phrase secrète incorrecte. Encore { $left } essais.
}
err-key = la clé du dossier est illisible : { $error }
err-already-encrypted = ce dossier est déjà chiffré
err-not-encrypted = ce dossier n'est pas chiffré
err-passphrase-mismatch = les deux phrases secrètes diffèrent ; rien n'a été modifié
err-passphrase-short = la phrase secrète doit compter au moins 8 caractères ; rien n'a été modifié
err-decrypt-bad-files = certains fichiers n'ont pas pu être lus, donc rien n'a été déchiffré
encrypt-skipped = laissé tel quel, car illisible : { $file }
encrypt-done = { $count ->
    [0] Aucune séance à chiffrer pour l'instant ; les prochaines le seront. Gardez la phrase secrète en lieu sûr : sans elle, elles ne pourront pas être ouvertes.
    [one] Une séance est désormais chiffrée. Gardez la phrase secrète en lieu sûr : sans elle, elle ne peut pas être ouverte.
   *[other] { $count } séances sont désormais chiffrées. Gardez la phrase secrète en lieu sûr : sans elle, elles ne peuvent pas être ouvertes.
}
decrypt-done = { $count ->
    [0] Aucune séance à déchiffrer.
    [one] Une séance est déchiffrée.
   *[other] { $count } séances sont déchiffrées.
}
cli-encrypt-about = Chiffrer toutes les séances du dossier avec une phrase secrète (age) ; Toguna la demande ensuite une fois par lancement
cli-decrypt-about = Déchiffrer toutes les séances du dossier et arrêter le chiffrement
err-passphrase-needed = ce dossier est chiffré et il faut sa phrase secrète : lancez Toguna dans un terminal, ou définissez TOGUNA_PASSPHRASE pour un script
keyname-enter = Entrée
keyname-esc = Échap
keyname-pgup = PgPréc
keyname-pgdn = PgSuiv
keyname-del = Suppr
keyname-space = Espace
keyname-shift-tab = Maj+Tab
finish-typing-first = Enregistrez ({ $key }) ou effacez d'abord le texte en cours : il n'est jamais remplacé.
key-errors = Fichiers illisibles
errors-title = Fichiers qui n'ont pas pu être lus
errors-untouched = Toguna n'écrit jamais dans ces fichiers. Corrigez-les dans un éditeur de texte (la ligne et la colonne indiquent où), ou sortez-les du dossier.
home-loading = Lecture du dossier des séances…
gender-short-woman = femme
gender-short-man = homme
gender-short-mixed = mixte
gender-short-other = autre
gender-short-unspecified = –

## Ce qui n'a pas marché avec un fichier, d'après l'erreur du système

io-not-found = il n'existe pas
io-permission = accès refusé
io-exists = il existe déjà
io-read-only = le disque est en lecture seule
io-full = le disque est plein
io-not-a-folder = ce n'est pas un dossier
io-is-a-folder = c'est un dossier
io-not-empty = le dossier n'est pas vide
io-damaged = son contenu est abîmé ou tronqué
io-interrupted = l'opération a été interrompue ; réessayez
io-bad-name = ce nom n'est pas valable ici
io-busy = un autre programme l'utilise
io-closed = l'autre côté a fermé la connexion
io-other = le système signale une erreur d'entrée-sortie
err-undecryptable = impossible à déchiffrer avec la clé de ce dossier (celle d'un autre dossier, ou fichier abîmé)
err-folder-list = impossible de lister le dossier des séances : { $error }
err-key-damaged = le fichier de clé du dossier est abîmé : restaurez-le depuis une sauvegarde
err-still-in-clear = { $file } n'a pas pu être supprimé et reste en clair : { $error }. Supprimez-le à la main.
err-terminal = le terminal est inutilisable : { $error }
err-output = impossible d'écrire le résultat : { $error }

## Un fichier de cadre inutilisable

fw-err-parse = { $line }:{ $col } : { $message }
fw-err-empty-scale = l'échelle des niveaux est vide
fw-err-level-order = les niveaux doivent se suivre 0, 1, 2… dans l'ordre ; { $found } trouvé en position { $at }
fw-err-no-dimensions = il n'a aucune dimension
fw-err-descriptors = la dimension « { $dimension } » décrit { $found } niveaux, mais l'échelle en compte { $expected }
fw-err-unknown-phase = la dimension « { $dimension } » nomme une phase inconnue, « { $phase } »
fw-err-duplicate = l'identifiant de { $what } « { $id } » apparaît deux fois
fw-err-missing-step = l'étape « { $id } » de l'atelier n'a pas d'entrée dans « steps »
fw-err-unknown-step = « steps » nomme « { $id } », qui n'est pas une étape de l'atelier
fw-err-unknown-young = « young » nomme « { $id } », qui n'est pas l'une des « age_bands »
fw-id-dimension = dimension
fw-id-phase = phase
fw-id-group = groupe d'acteurs
fw-id-age-band = tranche d'âge
fw-id-step = étape
cli-export-arg-include_hidden_ratings = Inclure les appréciations que l'assemblée n'a pas encore vues (à l'usage de l'animation seulement : ne partagez jamais un tel export)
named-warning = { $names } { $count ->
    [one] n'a pas accepté que son nom soit cité
   *[other] n'ont pas accepté que leur nom soit cité
} : { $key } met { $pseudonym } dans le texte qui vient d'être enregistré ; sinon il reste tel quel.
pseudonym-put = Le pseudonyme est dans le texte, à la place du nom.
key-pseudonymise = Mettre le pseudonyme

## Comparer par le contenu (issue 13)

compare-other-series = Ces séances appartiennent à des séries différentes ({ $before } et { $after }) : elles sont comparées tout de même.
compare-new = Nouveaux depuis la dernière fois : { $people }
compare-returning = Revenus : { $people }
compare-missing = Absents depuis la dernière fois : { $people }
compare-heading-said = Ce qui a été dit (avant → après) :
compare-said = { $dimension } : { $after ->
    [0] aucune contribution
    [one] une contribution
   *[other] { $after } contributions
} (avant : { $before }) — { $kinds }
compare-said-nothing = { $dimension } : rien de noté à l’une ni à l’autre réunion
compare-heading-gap = Niveaux par groupe d'acteurs (appréciations montrées), les plus éloignés du niveau retenu d'abord :
compare-gap-none = Aucune appréciation montrée à comparer.
compare-col-mean = Moyenne
compare-col-range = Écart
compare-col-agreed = Retenu
review-step = { $status } ({ $date })
review-agreed = convenue le { $date }

## Reports (issue 16)

err-binary-terminal = Un classeur ne s'affiche pas dans un terminal : indiquez un fichier avec -o (ou redirigez la sortie).
report-summary = Synthèse
report-summary-levels = Niveaux retenus : { $levels }.
report-summary-level-before = { $dimension } { $level } (séance précédente : { $before })
report-summary-change = Le plus grand changement : { $dimension }, { $direction ->
    [up] en hausse
   *[down] en baisse
} de { $before } à { $after }.
report-summary-no-change = Aucun niveau retenu n'a changé depuis la séance précédente.
report-summary-gap = L'écart de perception le plus large entre groupes d'acteurs porte sur { $dimension } : { $low_mean } en moyenne pour « { $low } », { $high_mean } pour « { $high } ».
report-people = { $people ->
    [0] Personne n'a été inscrit dans la salle.
    [one] Une personne a participé ({ $voices ->
        [one] une voix
       *[other] { $voices } voix
    }) : { $women } % de femmes, { $young } % de jeunes.
   *[other] { $people } personnes ont participé ({ $voices ->
        [one] une voix
       *[other] { $voices } voix
    }) : { $women } % de femmes, { $young } % de jeunes.
}
report-summary-absent = Groupes d'acteurs absents : { $groups }.
report-summary-none-absent = Tous les groupes d'acteurs du cadre étaient présents.
report-summary-actions = { $reviewed ->
    [0] Aucune action d'une séance précédente n'a été revue
    [one] Sur l'action des séances précédentes revue, { $done } faite, { $progress } en cours, { $dropped } abandonnée
   *[other] Sur les { $reviewed } actions des séances précédentes revues, { $done ->
        [one] { $done } faite
       *[other] { $done } faites
    }, { $progress } en cours, { $dropped ->
        [one] { $dropped } abandonnée
       *[other] { $dropped } abandonnées
    }
} ; { $agreed ->
    [0] aucune nouvelle action n'a été retenue.
    [one] une nouvelle action a été retenue.
   *[other] { $agreed } nouvelles actions ont été retenues.
}
report-series-span = { $count ->
    [one] Une séance
   *[other] { $count } séances
}, du { $first } au { $last }.
report-series-levels = Niveaux retenus à la première et à la dernière séance : { $levels }.
report-series-people = Personnes présentes : { $first } → { $last } ; femmes { $women_first } % → { $women_last } % ; jeunes { $young_first } % → { $young_last } %.
report-series-actions = { $agreed ->
    [0] Aucune action n'a été retenue au cours de la série.
    [one] Une action a été retenue au cours de la série ; à sa dernière revue : { $done } faite, { $progress } en cours, { $dropped } abandonnée, { $open } à faire.
   *[other] { $agreed } actions ont été retenues au cours de la série ; à leur dernière revue : { $done ->
        [one] { $done } faite
       *[other] { $done } faites
    }, { $progress } en cours, { $dropped ->
        [one] { $dropped } abandonnée
       *[other] { $dropped } abandonnées
    }, { $open } à faire.
}
report-method = Méthode
report-method-framework = La séance suit le cadre « { $title } » (version { $version }). { $source } Le cadre examine ces dimensions de l'appropriation locale :
report-method-scale = L'échelle des niveaux
report-method-levels-of = À quoi ressemble chaque niveau : { $dimension }
report-method-how = Appréciations, accord et noms
report-method-ratings = Pour chaque dimension, l'assemblée dit d'abord ce qu'elle a constaté (des contributions, chacune classée comme constat, exemple, inquiétude, proposition ou question). Puis chaque voix — une personne, ou un groupe qui parle d'une seule voix — donne un niveau de l'échelle et sa raison : c'est son appréciation. Les appréciations restent cachées jusqu'à ce que l'animateur ou l'animatrice les révèle à l'assemblée, pour que les premières n'influencent pas les suivantes ; une appréciation non révélée n'est jamais rapportée, seulement le nombre de voix qui ont noté. L'assemblée s'accorde ensuite sur un niveau et dit pourquoi : ce niveau retenu est le constat de la séance.
report-method-consent = Personne n'est nommé sans son accord : une personne qui n'a pas accepté que son nom soit cité apparaît sous un pseudonyme (P et un numéro, le même à chaque séance de la série), et son nom est retiré de tous les textes de ce rapport. Les groupes sont comptés en personnes : un groupe de douze compte douze.
report-col-level = Niveau
report-col-meaning = Ce qu'il signifie
report-col-looks-like = À quoi il ressemble
report-col-dimension = Dimension
report-col-owner = Qui
report-col-due = Échéance
report-col-action = Action et son histoire
report-col-reviewed = Faites / revues
report-done-of = { $done } / { $reviewed }
report-due-late = { $date } (en retard)
report-no-ratings = Aucune appréciation n'a été donnée.
report-by-group = Niveaux par groupe d'acteurs
report-kind-heading = { $kind } ({ $count })
report-actions = Les actions et ce qu'elles sont devenues
report-trend = D'une séance à l'autre
report-meetings = Chaque séance en bref
report-meetings-count = Séances
report-count-meetings = { $count ->
    [one] une séance
   *[other] { $count } séances
}
report-women = Femmes
report-percent-sign = { "\u00A0%" }
report-gender-woman = Femmes
report-gender-man = Hommes
report-gender-mixed = En groupes mixtes
report-gender-other = Autre
report-gender-unspecified = Non précisé
report-young = Jeunes
report-done = Actions revues faites
report-chart-groups = Personnes par groupe d'acteurs
report-chart-gender = Personnes par genre
report-chart-age = Personnes par tranche d'âge
report-chart-distribution = Appréciations révélées : voix par niveau
report-chart-levels = Niveau retenu à chaque séance
report-chart-people = Personnes présentes à chaque séance
report-chart-shares = Femmes, jeunes et actions faites (%)
voice-kind-person = personne
voice-kind-group = groupe
xlsx-code = { $column } (code)
xlsx-sheet-sessions = Séances
xlsx-sheet-people = Personnes
xlsx-sheet-contributions = Contributions
xlsx-sheet-ratings = Appréciations
xlsx-sheet-levels = Niveaux retenus
xlsx-sheet-actions = Actions
xlsx-sheet-review = Revue des actions
xlsx-sheet-codebook = Dictionnaire des codes
xlsx-sheet-trend = Niveaux par séance
xlsx-col-session = Séance
xlsx-col-ended = Fin
xlsx-col-voice-id = N° de voix
xlsx-col-person-id = N° de personne
xlsx-col-voice = Voix
xlsx-col-named = Nom cité
xlsx-col-spoke = A parlé
xlsx-col-rated = A noté
xlsx-col-phase = Phase
xlsx-col-kind = Type
xlsx-col-at = Heure
xlsx-col-text = Texte
xlsx-col-level-name = Nom du niveau
xlsx-col-reason = Raison
xlsx-col-rationale = Pourquoi
xlsx-col-revealed = Appréciations révélées
xlsx-col-voices-rated = Voix qui ont noté
xlsx-col-action-id = N° d'action
xlsx-col-agreed-in = Retenue à la séance
xlsx-col-agreed-on = Retenue le
xlsx-col-note = Commentaire
xlsx-col-variable = Variable
xlsx-col-code = Code
xlsx-col-label = Libellé
key-report = Rapport
report-written = Rapport écrit : { $path }
## Room screen (issue 17)

cli-present-about = Montrer à l'assemblée l'étape où en est l'animation, en plein écran, pour un projecteur ou un second terminal : en lecture seule, au fil des enregistrements (les noms seulement avec consentement, les appréciations seulement une fois révélées). q ou Échap y met fin
cli-present-arg-session = La séance à montrer (identifiant, début d'identifiant ou chemin) ; par défaut celle ouverte dans l'application, sinon la dernière en cours
key-room-screen = Écran de la salle masqué/affiché
room-blanked = L'écran de la salle ne montre que le titre : { $key } le rétablit.
room-shown = L'écran de la salle vous suit de nouveau.
room-timebox = sur { $box }
room-framing = Les quatre questions de chaque séance
room-nothing-to-review = Aucune action d'une séance précédente à revoir.
room-contributions = { $count ->
    [0] Rien de dit pour l'instant.
    [one] Une contribution
   *[other] { $count } contributions
}
room-rated = { $given ->
    [0] Aucune voix sur { $voices } n'a encore noté.
    [one] { $given } voix sur { $voices } a noté
   *[other] { $given } voix sur { $voices } ont noté
}
room-distribution = { $count ->
    [0] Personne n'a noté.
    [one] Une voix a noté
   *[other] Comment { $count } voix ont noté
}
room-not-agreed = Pas encore retenu.
room-previous-none = Aucun niveau n'avait été retenu.
room-no-actions = Pas encore d'action.
room-this-meeting = Cette séance
err-nothing-to-present = aucune séance en cours à montrer : ouvrez-en une dans l'application, ou nommez-la (toguna present SÉANCE)
err-present-terminal = l'écran de la salle a besoin d'un terminal où s'afficher

## Robustness (issue 18)

err-not-a-file = n'est pas un fichier ordinaire mais { $kind ->
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
    [socket] une socket
   *[other] autre chose qu'un fichier
} : Toguna ne lit que des fichiers ordinaires
err-unknown-fields = contient { $count ->
    [one] un champ
   *[other] des champs
} que Toguna ne connaît pas ({ $fields }) : l'enregistrer dans l'application ne { $count ->
    [one] le garderait
   *[other] les garderait
} pas, aussi l'application garde l'original à côté (….orig) avant le premier enregistrement
err-no-such-version = « format_version: { $found } » n'est aucune version du format : les versions de Toguna vont de 1 à { $supported }
err-version-not-a-number = « format_version » doit être un nombre entier, comme 2, et non { $found }
err-cr-only = les lignes finissent par CR seul (comme sur les anciens Mac) : enregistrez le fichier avec des fins de ligne LF ou CRLF
draft-unknown-step = étape inconnue « { $step } »
draft-unknown-phase = phase inconnue « { $phase } »
draft-unknown-voice = voix inconnue { $voice }
draft-unknown-field = l'étape « { $step } » ne garde pas « { $field } »
draft-set-aside = Texte tapé non remis ({ $why }) : gardé sous { $file }.
draft-left = Texte tapé non remis ({ $why }) : laissé où il est.
unknown-fields-opened = Champs que Toguna ne connaît pas ({ $fields }) : l'original est gardé avant d'enregistrer.
conflict-deleted = Supprimé par un autre programme pendant l'ouverture : de nouveau enregistré sous { $file }.
original-kept = L'original, avec ce que Toguna ne connaît pas, est gardé sous { $file }.
err-export-into-folder = { $file } ne sera pas écrit : il est dans le dossier des séances, où un export serait pris pour une séance ou resterait en clair
err-export-exists = { $file } existe déjà : ajoutez --force pour le remplacer
cli-export-arg-force = Remplacer le fichier de sortie s'il existe (jamais un fichier du dossier des séances)
draft-not-a-draft = pas un brouillon : { $error }
draft-unreadable-io = illisible : { $error }
draft-unreadable = le fichier { $error }

## Series (issue 13)

series-none = Aucune séance n'appartient encore à une série.
col-meetings = Séances
col-last = Dernière
col-people = Personnes
col-open = Ouvertes
col-overdue = En retard
cli-series-about = Toutes les séries du dossier : séances, niveaux, personnes, actions ouvertes et en retard
cli-series-arg-json = Écrire du JSON au lieu d'un tableau
key-series = Séries
key-open-series = Ouvrir la série
series-title = { $count ->
    [0] Aucune série pour l'instant : une séance en rejoint une par le nom de sa série
    [one] Une série
   *[other] { $count } séries
}
series-level-was = { $dimension } { $level } (avant : { $previous })
series-span = Du { $first } au { $last } · { $meetings ->
    [one] une séance
   *[other] { $meetings } séances
} · { $people ->
    [0] personne à la dernière
    [one] une personne à la dernière
   *[other] { $people } personnes à la dernière
}
series-actions = { $open ->
    [0] Aucune action ouverte
    [one] Une action ouverte
   *[other] { $open } actions ouvertes
}{ $overdue ->
    [0] {""}
    [one] , dont une en retard
   *[other] , dont { $overdue } en retard
}
col-meetings-short = Séan.
col-people-short = Pers.
col-open-short = Ouv.
col-overdue-short = Retard

## Ce que l'analyseur RON a trouvé d'incorrect dans un fichier

ron-expected = il fallait ici { $what }
ron-what-array = un crochet ouvrant (« [ »)
ron-what-array-end = un crochet fermant (« ] »)
ron-what-boolean = true ou false
ron-what-comma = une virgule
ron-what-char = un caractère entre apostrophes
ron-what-number = un nombre
ron-what-integer = un nombre entier
ron-what-option = Some(…) ou None
ron-what-paren = une parenthèse ouvrante (« ( »)
ron-what-paren-end = une parenthèse fermante (« ) »)
ron-what-map = une accolade ouvrante (« { "{" } »)
ron-what-map-end = une accolade fermante (« { "}" } »)
ron-what-colon = un deux-points (« : »)
ron-what-unit = ()
ron-what-string = un texte entre guillemets droits
ron-what-string-end = le guillemet droit qui ferme le texte
ron-what-identifier = un nom sans guillemets (un champ, ou une valeur comme Finished)
ron-eof = le fichier s'arrête trop tôt : un crochet, une parenthèse ou un guillemet n'est pas fermé
ron-unexpected-char = caractère inattendu « { $found } »
ron-trailing = du texte suit la fin de la séance
ron-struct-name = « { $found } » à la place de « { $expected } »
ron-unknown-field = champ inconnu « { $found } » ; les champs possibles sont { $expected }
ron-missing-field = il manque le champ « { $field } »
ron-duplicate-field = le champ « { $field } » apparaît deux fois
ron-unknown-variant = « { $found } » n'est pas une valeur possible ici ; les valeurs possibles sont { $expected }
ron-out-of-bounds = ce nombre sort des valeurs possibles ici (trop grand, ou négatif)
ron-escape = une séquence d'échappement (\…) invalide dans un texte
ron-comment = un commentaire n'est pas fermé
ron-wrong-type = cette valeur n'est pas de la sorte attendue (trouvé : { $found })
ron-wrong-type-for = il fallait ici { $what }, et non { $found }
ron-found-boolean = le booléen { $value }
ron-found-integer = le nombre entier { $value }
ron-found-number = le nombre { $value }
ron-found-char = le caractère « { $value } »
ron-found-string = le texte « { $value } »
ron-found-bytes = une suite d'octets
ron-found-unit = ()
ron-found-option = Some(…) ou None
ron-found-list = une liste entre crochets
ron-found-map = une liste entre accolades
ron-found-struct = une valeur entre parenthèses
ron-found-variant = un nom
ron-found-other = « { $value } »
ron-length = { $found ->
    [0] il n'y a rien ici, et ce n'est pas le nombre d'éléments attendu
    [one] il y a ici un seul élément, et ce n'est pas le nombre attendu
   *[other] il y a ici { $found } éléments, et ce n'est pas le nombre attendu
}
ron-bad-name = « { $found } » ne peut pas être un nom ici : un nom commence par une lettre, sans guillemets
ron-too-deep = trop de parenthèses ou de crochets les uns dans les autres
ron-date = cette date ou cette heure n'a pas la forme attendue : écrivez-la comme 2025-02-20T09:30:00Z (la date, T, l'heure, puis Z ou +01:00)
ron-other = le texte n'a pas ici la forme attendue
ron-value = une valeur n'a pas pu être lue ({ $message })

## Capture at the speed of speech (issue 14)
keyname-text = abc
key-type-new = Taper une nouvelle entrée
key-type-reason = Taper la raison (s'il n'y en a pas encore)
key-type-rationale = Taper la justification (s'il n'y en a pas encore)
key-type-note = Taper le commentaire (s'il n'y en a pas encore)
key-undo = Faire revenir ce qui a été supprimé
key-filter = Taper un nom, un groupe, des initiales ou un numéro
key-erase = Effacer une lettre
key-voice-number = Qui parle, par son numéro (0 : la salle)
picker-voice-filtered = Qui parle ? { $filter }
picker-no-match = Personne ne correspond
contribution-kept = comme la précédente
contribution-keys = { $voice } qui · { $kind } nature · { $phase } phase
no-voice-number = Aucune voix n'a le numéro { $number }.
edit-cancelled = Modification annulée : la contribution est restée telle quelle.
contribution-deleted = Contribution supprimée. { $key } la fait revenir.
contribution-back = La contribution est revenue.
voice-deleted = Voix supprimée. { $key } la fait revenir, avec ses paroles et ses appréciations.
voice-back = La voix est revenue, avec ses paroles et ses appréciations.
action-deleted = Action supprimée. { $key } la fait revenir.
action-back = L'action est revenue.
rating-cleared = Appréciation retirée. { $key } la fait revenir.
rating-back = L'appréciation est revenue.
reason-open-with = Cette voix a déjà une raison : { $key } l'ouvre.
rate-first = Donnez d'abord un niveau (0 à { $max }), puis tapez la raison.
rationale-open-with = Une justification est écrite : { $key } l'ouvre.
note-open-with = Cette action a un commentaire : { $key } l'ouvre.
cli-arg-ascii = Lignes, barres et flèches en ASCII simple, pour une console dont la police affiche des carrés à la place [env : TOGUNA_ASCII]
