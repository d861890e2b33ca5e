"""Web furniture phrasing, French and English, as data.

Each entry is ``(signal, pattern)``; :mod:`recoupe.clean.furniture` compiles them case-insensitively.
``LINE_PATTERNS`` describe a whole line (matched from its start); ``PHRASES`` are furniture phrasing
found anywhere in a line (a long line needs two different ones to count as furniture, a short line
one). Patterns are generic site furniture, never one outlet's sentences: add new phrasing here, with a
test line in ``tests/clean/test_clean_lexicons.py``.
"""

from __future__ import annotations

# News agencies and generic newsroom signatures found in bylines.
AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Belga", "ATS", "Keystone-ATS", "DPA", "ANSA",
            "EFE", "Xinhua", "Kyodo", "Yonhap", "Bloomberg", "UPI", "PA", "Anadolu", "APS", "MAP", "TASS",
            "RIA Novosti", "Interfax", "Ukrinform", "CNA", "Bernama", "Lusa", "Europa Press", "Agence France-Presse",
            "La rédaction", "Rédaction", "avec agences", "agences", "Staff", "staff writer", "Newsroom")

# A whole line (matched at its start, the rest of the line free unless the pattern ends with $).
LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    # reading time / duration labels
    ("reading-time", r"(?:temps de lecture\s*:?\s*)?\d+\s*(?:min(?:utes?)?|mn|s|sec)\.?\s*(?:de\s+lecture|à lire|"
                     r"read(?:ing)?(?:\s+time)?)\b"),
    ("reading-time", r"(?:temps de lecture|lecture|reading time|read time)\s*:?\s*\d+\s*(?:min|mn|minutes?)\b"),
    ("reading-time", r"\d+\s*(?:min|mn)\.?$"),
    # live / breaking labels, generic section chrome
    ("live-label", r"(?:en direct|direct|live|en continu|breaking(?: news)?|dernière minute|alerte info|flash info|"
                   r"exclusif|exclusive|vidéo|video|podcast|audio|diaporama|infographie|photos?|replay|à la une|"
                   r"l'essentiel|l’essentiel|en bref|décryptage|analyse|tribune|opinion|éditorial|editorial|chronique|"
                   r"entretien|interview|reportage|enquête|portrait|fact[- ]check|explainer|exclu)\s*[:!]?$"),
    ("advert", r"(?:publicité|pub|annonce|contenu sponsorisé|contenu partenaire|sponsored(?: content)?|advertisement|"
               r"advertising|ad|partner content|paid content|promoted)\s*:?$"),
    # credits
    ("credit", r"(?:crédits?|credits?|photo(?:graphie)?s?|image(?:\s+source)?|source(?:\s+(?:image|photo))|"
               r"illustration|vidéo|video|infographie|dessin|légende|caption|picture)\s*(?:de\s+(?:une|"
               r"couverture)\s*)?[:©/]"),
    ("credit", r"(?:©|\(c\)|copyright\b|tous droits réservés|all rights reserved)"),
    ("credit", r"(?:photo|image|illustration)\s+(?:d'illustration|prise|par|by|credit|courtesy)\b"),
    ("credit", r"\(?(?:photo|crédit|credit)s?\s*:?\s*[A-Z][\w.' -]{0,40}/\s*[A-Z]"),
    # timestamps and durations alone on their line
    ("timestamp", r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:min|am|pm|h))?$"),
    ("timestamp", r"\d{1,2}\s*h\s*\d{0,2}$"),
    ("timestamp", r"(?:il y a|depuis)\s+\d+\s*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?)$"),
    ("timestamp", r"\d+\s*(?:seconds?|minutes?|hours?|days?|mins?|hrs?)\s+ago$"),
    ("timestamp", r"(?:updated|mis à jour|modifié|actualisé)\s*:?\s*(?:il y a|\d+\s*\w+\s+ago)"),
    # newsletter / subscription / account / notifications / cookies
    ("newsletter", r"(?:je m['’]abonne|abonnez[- ]vous|s['’]abonner|m['’]abonner|subscribe|sign up|signup|"
                   r"inscrivez[- ]vous|s['’]inscrire|je m['’]inscris|recevez|recevoir (?:notre|nos|la)|get (?:our|"
                   r"the) (?:newsletter|latest)|newsletter|lettre d['’]information|join (?:our|us)|rejoignez[- ]nous|"
                   r"rejoignez la communauté|become a (?:member|subscriber)|devenez (?:membre|abonné))"),
    ("account", r"(?:se connecter|connectez[- ]vous|connexion\s*$|log ?in|sign in|déjà abonné|already a (?:subscriber|"
                r"member)|créer (?:un|mon|votre) compte|je crée mon compte|create (?:an|your) account|mon compte|"
                r"my account|mot de passe oublié|forgot (?:your )?password|unlock (?:this |the |all )?articles?|"
                r"offert par|réservé aux abonnés|article réservé|subscribers? only|premium\s*$)"),
    ("notification", r"(?:activer les notifications|recevez les notifications|ne manquez rien|never miss|"
                     r"turn on notifications|enable notifications|autoriser les notifications|allow notifications|"
                     r"cliquez sur|click (?:here|on)|appuyez sur|tap (?:here|on))"),
    ("cookie", r"(?:cookies?|accepter (?:et fermer|tout)|tout accepter|accept all|refuser (?:tout|les)|"
               r"paramétrer les cookies|gérer (?:mes|les) (?:choix|préférences|cookies)|manage (?:cookies|preferences|"
               r"consent)|we use cookies|nous utilisons des cookies|consentement)"),
    ("welcome", r"(?:bienvenue (?:sur|à|dans)|welcome (?:to|back))\b"),
    # share / follow / comment prompts
    ("share", r"(?:partager|partagez|partage|share(?: this| on| article)?|envoyer (?:par|à un ami)|imprimer|print|"
              r"copier le lien|copy link|tweet(?:er)?|facebook|twitter|linkedin|whatsapp|e-?mail|pinterest|messenger|"
              r"flipboard|telegram)\s*(?:[:|/,].*)?$"),
    ("follow", r"(?:suivez[- ]nous|suivre (?:cet|ce|l['’]auteur|ce sujet)|follow (?:us|@|on|this)|retrouvez[- ]nous|"
               r"abonnez-vous à notre chaîne|nous suivre|écoutez|listen (?:to|on)|regarder|watch (?:now|the video|"
               r"live))"),
    ("comment", r"(?:commenter|commentaires?|réagir|réagissez|\d+\s*(?:commentaires?|réactions?|comments?)|"
                r"leave a comment|add a comment|voir les commentaires|show comments|comments?)\s*(?:\(\d+\))?\s*:?$"),
    ("comment", r"(?:ajouter un commentaire|laisser un commentaire|donnez votre avis|votre avis nous intéresse|"
                r"join the (?:conversation|discussion)|post a comment)"),
    # read also / related
    ("read-also", r"(?:à lire aussi|a lire aussi|à lire également|lire aussi|lire également|lire la suite|lire plus|"
                  r"voir aussi|voir également|à voir aussi|à voir également|à découvrir aussi|à écouter aussi|"
                  r"sur le même sujet|sur le même thème|dans la même rubrique|la rédaction vous recommande|"
                  r"vous aimerez aussi|vous pourriez aussi aimer|ces articles peuvent vous intéresser|read (?:more|"
                  r"also|next)|see also|you (?:may|might) also like|further reading|continue reading|keep reading)\b"),
    # list headers of related links: only as a whole line (optionally ending with ":")
    ("read-also", r"(?:à découvrir|à écouter|nos articles (?:sur|liés)|articles? (?:liés|similaires|recommandés)|"
                  r"les plus lus|les plus partagés|les plus commentés|à la une|nos dernières actualités|"
                  r"dernières actualités|toute l['’]actualité|plus d['’]actualités?|related(?: articles| stories|"
                  r" content| coverage| topics)?|recommended(?: for you| stories| reading)?|more (?:from|"
                  r"on) [\w ]{1,30}|more stories|more news|most (?:read|popular|viewed)|trending(?: now)?|top stories|"
                  r"latest news|editor['’]s picks?)\s*:?$"),
    ("read-also", r"(?:►|▶|→|>>|»)\s*(?:lire|voir|read|see|à lire)"),
    # keyword / tag / category lines
    ("keywords", r"(?:mots[- ]clés|mots clefs|tags?|thèmes?|thématiques?|sujets?|keywords?|topics?|catégories?|"
                 r"categories|rubriques?|filed under|posted in|classé dans|étiquettes?)\s*:"),
    # publication markers (their date is read by metadata.py; the line is never body)
    ("published", r"(?:publié|publiée|mis en ligne|mis à jour|modifié|actualisé|updated|first published|"
                  r"originally published|published|posted|last updated|dernière mise à jour)\b[^!?]{0,60}$"),
    # navigation / page chrome
    ("nav", r"(?:accueil|home|menu|rechercher|search|retour|back to top|haut de page|sommaire|page suivante|"
            r"page précédente|next page|previous page|next article|article suivant|article précédent|previous article|"
            r"fermer|close|skip to (?:main )?content|aller au contenu|plan du site|sitemap|contact(?:ez-nous)?|"
            r"mentions légales|legal notice|conditions générales|terms of (?:use|service)|privacy policy|"
            r"politique de confidentialité|cgu|cgv|faq|aide|help|nous contacter|qui sommes-nous|about us|annonceurs|"
            r"jobs|emplois|s['’]identifier|déconnexion|logout|voir plus|see more|show more|load more|charger plus|"
            r"afficher plus|en savoir plus|learn more|tous les articles|all articles|view all|voir tout)\s*[:>»›]?$"),
    ("paywall", r"(?:il vous reste \d+%|la suite est réservée|cet article est réservé|pour lire la suite|"
                r"to continue reading|this article is for subscribers|abonnez-vous pour lire|read the full (?:article|"
                r"story)|accédez à (?:tous les|l['’]intégralité)|offre (?:découverte|spéciale|d['’]abonnement)|"
                r"profitez de|essai gratuit|free trial|\d+\s*€\s*(?:par|/)\s*mois|for unrestricted (?:reading|access)|"
                r"unrestricted reading|unlimited access)"),
    ("app", r"(?:télécharge[zr]? l['’]application|téléchargez notre appli|download (?:the|our) app|"
            r"disponible sur (?:l['’]app store|google play)|available on the app store)"),
)

# Furniture phrasing that may sit inside a longer line (e.g. a notification or newsletter paragraph).
PHRASES: tuple[tuple[str, str], ...] = (
    ("newsletter", r"\bnewsletters?\b"),
    ("newsletter", r"\b(?:abonnez[- ]vous|je m['’]abonne|s['’]abonner|subscribe|sign(?:ing)? up|inscrivez[- ]vous)\b"),
    ("newsletter", r"\bdans votre boîte (?:mail|e-?mail|aux lettres|de réception)\b|\bin(?:to)? your inbox\b"),
    ("newsletter", r"\b(?:désabonner|désinscrire|unsubscribe)\b"),
    ("notification", r"\bnotifications?\b.{0,60}\b(?:navigateur|browser|appareil|device|équipement)\b"),
    ("notification", r"\b(?:activez|activer|autoriser|allow|enable)\b.{0,30}\bnotifications?\b"),
    ("notification", r"\b(?:cliquez|click|appuyez|tap)\b.{0,20}\b(?:sur|on|ici|here)\b"),
    ("account", r"\b(?:votre compte|your account|mon compte|logging in|log in|sign in|se connecter|connectez-vous|"
                r"créez votre compte|créer un compte)\b"),
    ("account", r"\b(?:préférences|preferences|paramètres|settings)\b.{0,40}\b(?:compte|account|notification|"
                r"navigation|cookies?)\b"),
    ("cookie", r"\b(?:cookies?|traceurs|trackers)\b.{0,80}"
               r"\b(?:accept|consent|navigation|partenaires|partners|site)\w*"),
    ("cookie", r"\bpoursuivre votre navigation\b|\bcontinuer (?:votre|la) navigation\b|\bcontinue browsing\b"),
    ("paywall", r"\b(?:réservé aux abonnés|subscribers? only|member(?:s|ship)? only|for members|unrestricted reading|"
                r"become a member|devenez membre|offre d['’]abonnement|premium)\b"),
    ("follow", r"\b(?:suivez[- ]nous|follow us|rejoignez la communauté|join (?:our|the) community)\b"),
    ("share", r"\b(?:partagez cet article|share this (?:article|story)|partager sur|share on)\b"),
    ("community", r"\b(?:rejoignez|rejoindre|join)\b.{0,40}\b(?:communauté|community)\b"),
    ("welcome", r"\b(?:bienvenue sur|welcome to)\b"),
    ("fidelity", r"\bpour (?:profiter|bénéficier) (?:du meilleur|de tous les|de nos)\b|\bto (?:enjoy|get) (?:the best|"
                 r"unlimited)\b"),
)

# Lines that mark the end of the article and the start of an author note/bio.
BIO_MARKERS: tuple[str, ...] = (
    r"(?:first|originally) published(?: in| on| by)?\s*:?",
    r"(?:publié|paru|publication) (?:initialement|originellement|pour la première fois|d['’]abord)\b",
    r"(?:à propos de l['’]auteur|l['’]auteur|les auteurs|about the authors?|the authors?|author bio|biographie|"
    r"qui est l['’]auteur)\s*:?$",
    r"(?:cet article|this article) (?:a été|was) (?:initialement |originally |first )?(?:publié|published)",
)

# Verbs/phrases of an author bio sentence ("X vit à...", "X est diplômé de...", "X is a reporter...").
BIO_PHRASES: tuple[str, ...] = (
    r"\bvit (?:à|en|au|aux|entre|depuis)\b",
    r"\best (?:diplômée?|titulaire|journaliste|correspondante?|chercheuse?|chercheur|professeure?|docteure?|"
    r"maître de conférences|rédact(?:eur|rice)|chargée? de|spécialiste|directeur|directrice|auteure?|ancienne?|"
    r"membre)\b",
    r"\btravaille (?:pour|à|au|comme|depuis|en tant que)\b", r"\ba (?:rejoint|intégré|travaillé|couvert|étudié)\b",
    r"\best l['’]auteure? de\b", r"\benseigne (?:à|au|la|le)\b", r"\bdiplômée? (?:de|d['’]|en)\b",
    r"\btitulaire d['’]un\b",
    r"\b(?:lives|is based) in\b", r"\bworks (?:for|at|as)\b",
    r"\bis (?:a|an|the) (?:journalist|reporter|correspondent|writer|researcher|fellow|professor|editor|author|senior|"
    r"freelance|contributor|former|lecturer|doctoral|phd)\b",
    r"\b(?:graduated|holds a|has written|joined (?:the|us)|is the author of|has reported|has covered)\b",
)

# Words that make a short line a byline prefix.
BYLINE_PREFIXES = (r"par", r"by",
                   r"de notre (?:envoyée?|correspondante?)(?: spéciale?| permanente?)?(?: à [^,]+)?,?\s*",
                   r"from our (?:correspondent|reporter)", r"propos recueillis par", r"texte\s*:", r"auteure?s?\s*:",
                   r"written by", r"reporting by", r"interview by", r"entretien réalisé par", r"enquête de",
                   r"reportage de")

# Second-person address: marks reader-directed text (prompts) in the tail of a page.
SECOND_PERSON = r"\b(?:vous|votre|vos|you|your)\b"
