"""Netværk, erfa-grupper, laboratorier og task forces.

Koordinatorer er fiktive personer; e-mailadresser bruger example.dk.
"""

NORDJYSKE = [
    "Aalborg Kommune", "Brønderslev Kommune", "Frederikshavn Kommune",
    "Hjørring Kommune", "Jammerbugt Kommune", "Læsø Kommune",
    "Mariagerfjord Kommune", "Morsø Kommune", "Rebild Kommune",
    "Thisted Kommune", "Vesthimmerlands Kommune", "Region Nordjylland",
]

SJAELLANDSKE = [
    "Faxe Kommune", "Greve Kommune", "Guldborgsund Kommune", "Holbæk Kommune",
    "Kalundborg Kommune", "Køge Kommune", "Lejre Kommune", "Lolland Kommune",
    "Næstved Kommune", "Odsherred Kommune", "Ringsted Kommune",
    "Roskilde Kommune", "Slagelse Kommune", "Solrød Kommune", "Sorø Kommune",
    "Stevns Kommune", "Vordingborg Kommune", "Region Sjælland",
]

SYDDANSKE = [
    "Assens Kommune", "Billund Kommune", "Esbjerg Kommune", "Fanø Kommune",
    "Fredericia Kommune", "Faaborg-Midtfyn Kommune", "Haderslev Kommune",
    "Kerteminde Kommune", "Kolding Kommune", "Langeland Kommune",
    "Middelfart Kommune", "Nordfyns Kommune", "Nyborg Kommune",
    "Odense Kommune", "Svendborg Kommune", "Sønderborg Kommune",
    "Tønder Kommune", "Varde Kommune", "Vejen Kommune", "Vejle Kommune",
    "Ærø Kommune", "Aabenraa Kommune", "Region Syddanmark",
]

NETWORKS = [
    {
        "slug": "lab-fra-botilbud-til-egen-bolig",
        "title": "Laboratorium: Fra botilbud til egen bolig",
        "kind": "laboratorium",
        "purpose": (
            "At finde de incitamenter og samarbejdsformer, der gør borgere klar til at flytte "
            "fra botilbud til egen bolig."
        ),
        "description": (
            "Et hurtigtarbejdende laboratorium under Nordjysk Socialaftale 2021-2022. "
            "Fagpersoner fra kommunerne og regionen arbejder sammen med eksterne "
            "videnspersoner fra AAU og UCN om konkrete redskaber, fx opgangsfællesskaber, "
            "progressionsmål og afregningsmodeller, der ikke straffer tilbud, når borgeren "
            "bliver mere selvhjulpen. Resultatet er en vifte af redskaber, som den enkelte "
            "kommune kan vælge fra."
        ),
        "coordinator_name": "Trine Højgaard Mortensen",
        "coordinator_email": "trine.mortensen@example.dk",
        "region": "Region Nordjylland",
        "agreement": "nordjylland-2021-2022",
        "membership": "closed",
        "member_organisations": NORDJYSKE + ["Aalborg Universitet", "University College Nordjylland"],
        "meeting_rhythm": "6 workshops over 8 måneder",
        "target_groups": ["sindslidelse", "udviklingshaemning", "autisme"],
        "focus_areas": ["kvalitet-i-indsatserne", "recovery-og-rehabilitering"],
    },
    {
        "slug": "lab-den-gode-visitation",
        "title": "Laboratorium: Den gode visitation i samspil med driftsherren",
        "kind": "laboratorium",
        "purpose": (
            "At udvikle en visitations- og opfølgningspraksis, hvor myndighed og driftsherre "
            "sammen sikrer de bedst mulige indsatser for borgeren."
        ),
        "description": (
            "Laboratoriet samler myndighedsledere, tilbudsledere og økonomer fra de nordjyske "
            "kommuner og regionen. Der arbejdes med fælles progressionsmål, en harmoniseret "
            "visitationsmodel og incitamenter som rammebudget og betaling ved målopfyldelse. "
            "Laboratoriet bygger videre på ønsket om mere formaliserede dialogfora mellem "
            "myndighed og driftsherre, inspireret af aftagerpanelet på Strandgården."
        ),
        "coordinator_name": "Søren Malling Dahl",
        "coordinator_email": "soeren.dahl@example.dk",
        "region": "Region Nordjylland",
        "agreement": "nordjylland-2021-2022",
        "membership": "closed",
        "member_organisations": NORDJYSKE,
        "meeting_rhythm": "Månedlige arbejdsmøder i laboratorieperioden",
        "target_groups": ["udviklingshaemning", "sindslidelse", "autisme"],
        "focus_areas": ["kvalitet-i-indsatserne", "styring-og-kapacitet"],
    },
    {
        "slug": "lab-unge-med-autisme",
        "title": "Laboratorium: Unge med autisme",
        "kind": "laboratorium",
        "purpose": (
            "At give unge med autisme de bedst mulige betingelser for udvikling uden at de "
            "oplever stress og angst."
        ),
        "description": (
            "Laboratoriet ser på overgangen fra skole til ungdomsuddannelse, bolig og "
            "beskæftigelse for unge med autisme. Deltagerne er fagpersoner fra kommuner og "
            "region samt forskere, og arbejdet tager afsæt i erfaringer med skolevægring, "
            "inklusion og behovet for tidlig opsporing."
        ),
        "coordinator_name": "Maja Østergård Bruun",
        "coordinator_email": "maja.bruun@example.dk",
        "region": "Region Nordjylland",
        "agreement": "nordjylland-2021-2022",
        "membership": "closed",
        "member_organisations": NORDJYSKE + ["Aalborg Universitet", "University College Nordjylland"],
        "meeting_rhythm": "5 workshops over et halvt år",
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole", "kvalitet-i-indsatserne"],
    },
    {
        "slug": "syd-strategisk-arbejdsgruppe",
        "title": "Strategisk arbejdsgruppe under Socialdirektørforum Syddanmark",
        "kind": "taskforce",
        "purpose": (
            "At støtte Socialdirektørforum i at identificere konkrete indsatser og strategiske "
            "opgaver, særligt faglige og udviklingsmæssige opgaver koblet til økonomien."
        ),
        "description": (
            "Arbejdsgruppen blev nedsat i 2022 med ledere og nøglepersoner fra de syddanske "
            "kommuner med indgående kendskab til det specialiserede socialområde. "
            "Kommissoriet blev godkendt i september 2022. Gruppen forbereder temaer til "
            "Socialdirektørforum og bidrager til planlægningen af temadage."
        ),
        "coordinator_name": "Niels Fabricius Kjeldsen",
        "coordinator_email": "niels.kjeldsen@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "closed",
        "member_organisations": SYDDANSKE + ["Fælleskommunalt Socialsekretariat"],
        "meeting_rhythm": "6 møder om året",
        "target_groups": [],
        "focus_areas": ["kvalitet-i-indsatserne", "tvaersektoriel-kobling"],
    },
    {
        "slug": "syd-oekonomisk-arbejdsgruppe",
        "title": "Økonomisk arbejdsgruppe – styring og kapacitet",
        "kind": "taskforce",
        "purpose": (
            "At skabe et fælles datagrundlag og forklare udgiftsudviklingen på det "
            "specialiserede socialområde i Syddanmark."
        ),
        "description": (
            "Arbejdsgruppen arbejder i fire spor: et fælles dataunivers med gode og "
            "anvendelige data, analyse af hvorfor udgifterne vokser, målrettet benchmarking "
            "samt incitamentsstrukturer. Dele af arbejdet sker i samarbejde med KL. Gruppen "
            "står også bag takstmøder og informationsmøder for økonomimedarbejdere."
        ),
        "coordinator_name": "Helle Winding Poulsen",
        "coordinator_email": "helle.poulsen@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "closed",
        "member_organisations": SYDDANSKE + ["KL"],
        "meeting_rhythm": "Møder hver anden måned",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet"],
    },
    {
        "slug": "erfa-egenbetaling-og-takster",
        "title": "Erfa-gruppe om egenbetaling og takstindberetning",
        "kind": "erfa",
        "purpose": (
            "At dele erfaringer om takstberegning, takstindberetning og håndtering af "
            "borgeres egenbetaling på tværs af kommunerne."
        ),
        "description": (
            "Erfa-gruppen samler økonomimedarbejdere og andre nøglepersoner. Den udspringer "
            "af informationsmødet om takstindberetning og erfa-mødet om egenbetaling i "
            "efteråret 2022 og mødes forud for den årlige takstindberetning."
        ),
        "coordinator_name": "Bjarne Lauritsen Hedegaard",
        "coordinator_email": "bjarne.hedegaard@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "open",
        "member_organisations": SYDDANSKE,
        "meeting_rhythm": "2–3 møder om året",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet"],
    },
    {
        "slug": "netvaerk-spiseforstyrrelser-syddanmark",
        "title": "Netværk for medarbejdere, der arbejder med spiseforstyrrelser",
        "kind": "netvaerk",
        "purpose": (
            "At styrke den tværsektorielle viden og samarbejdet om mennesker med "
            "spiseforstyrrelser mellem region og kommuner."
        ),
        "description": (
            "Netværket samler medarbejdere og ledere fra regionens psykiatri og de syddanske "
            "kommuner. Det første netværksmøde i november 2022 havde omkring 100 deltagere, "
            "og arbejdet blev fulgt op af en temadag i 2023. Netværket følger også op på den "
            "centrale udmelding om svære spiseforstyrrelser."
        ),
        "coordinator_name": "Ida Rosenkvist Falk",
        "coordinator_email": "ida.falk@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "open",
        "member_organisations": SYDDANSKE + ["Psykiatrien i Region Syddanmark"],
        "meeting_rhythm": "1 netværksmøde og 1 temadag om året",
        "target_groups": ["spiseforstyrrelser", "selvskade"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
    },
    {
        "slug": "netvaerk-sammen-om-psykiatri",
        "title": "Forankringsnetværk for Sammen om Psykiatri",
        "kind": "netvaerk",
        "purpose": (
            "At understøtte den lokale forankring af samarbejdsmodellen Sammen om Psykiatri i "
            "kommuner og psykiatriske afdelinger."
        ),
        "description": (
            "Efter projektperioden overgik Sammen om Psykiatri til drift. Socialdirektørforum "
            "og psykiatrien finansierer i fællesskab en central understøttelse, og netværket "
            "samler de lokale tovholdere om erfaringer, data og fælles udfordringer."
        ),
        "coordinator_name": "Annemette Kloster Vind",
        "coordinator_email": "annemette.vind@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "closed",
        "member_organisations": SYDDANSKE + ["Psykiatrien i Region Syddanmark"],
        "meeting_rhythm": "4 møder om året",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
    },
    {
        "slug": "netvaerk-kommunikationscentre-syddanmark",
        "title": "Netværk for kommunikationscentrene i Syddanmark",
        "kind": "netvaerk",
        "purpose": (
            "At sikre et tilstrækkeligt niveau af højt specialiserede ydelser på syns-, høre- "
            "og taleområdet i Syddanmark."
        ),
        "description": (
            "Netværket samler ledere og nøglepersoner fra kommunikationscentrene og følger op "
            "på analysen af det specialiserede kommunikationsområde, som blev gennemført efter "
            "en henvendelse fra Socialstyrelsen. Analysen pegede på, at stærke fagmiljøer på "
            "synsområdet er vigtige på længere sigt. Netværket bidrager også til besvarelsen "
            "af centrale udmeldinger om punktskrift og tegnsprog."
        ),
        "coordinator_name": "Jesper Toft Hvidberg",
        "coordinator_email": "jesper.hvidberg@example.dk",
        "region": "Region Syddanmark",
        "agreement": "syddanmark-2023-2024",
        "membership": "closed",
        "member_organisations": [
            "Center for Kommunikation og Velfærdsteknologi, Odense Kommune",
            "Assens Kommune", "Svendborg Kommune", "Center for Høretab", "Region Syddanmark",
        ],
        "meeting_rhythm": "3 møder om året",
        "target_groups": ["syns-hoere-og-kommunikationshandicap"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "velfaerdsteknologi"],
    },
    {
        "slug": "erfa-eftervaern-og-hjemloeshed-nord",
        "title": "Erfa-gruppe om efterværn og hjemløshed",
        "kind": "erfa",
        "purpose": (
            "At dele erfaringer med efterværn efter ophold på forsorgshjem og med "
            "boligløsninger til hjemløse på tværs af de nordjyske kommuner."
        ),
        "description": (
            "Erfa-gruppen samler medarbejdere fra forsorgshjem, bostøtte og myndighed. "
            "Gruppen arbejder med mentorordninger efter udskrivning, skæve boliger og "
            "kompetenceløft på tilbud, hvor hjemløse er en del af målgruppen, og med "
            "spørgsmålet om, hvem der hjælper borgere, der pendler mellem kommuner."
        ),
        "coordinator_name": "Rikke Haugaard Kirk",
        "coordinator_email": "rikke.kirk@example.dk",
        "region": "Region Nordjylland",
        "agreement": None,
        "membership": "open",
        "member_organisations": NORDJYSKE,
        "meeting_rhythm": "4 møder om året",
        "target_groups": ["hjemloese", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed"],
    },
    {
        "slug": "regionalt-udsatteraad-nordjylland",
        "title": "Regionalt udsatteråd i Nordjylland",
        "kind": "netvaerk",
        "purpose": (
            "At drøfte konkrete problemstillinger på udsatteområdet på tværs af kommuner og "
            "sikre videndeling med inddragelse af brugerorganisationer."
        ),
        "description": (
            "Idéen om et formaliseret udsatteråd opstod i det nordjyske rammeaftalearbejde "
            "som svar på flere og yngre hjemløse og et mere varieret klientel. Rådet samler "
            "kommuner, region og brugerorganisationer om marginalisering, sociale relationer "
            "og frivillighed."
        ),
        "coordinator_name": "Morten Gravesen Ebbesen",
        "coordinator_email": "morten.ebbesen@example.dk",
        "region": "Region Nordjylland",
        "agreement": None,
        "membership": "open",
        "member_organisations": NORDJYSKE + ["Brugerorganisationer på udsatteområdet"],
        "meeting_rhythm": "2 møder om året",
        "target_groups": ["hjemloese", "dobbeltdiagnose", "sindslidelse"],
        "focus_areas": ["hjemloeshed", "borgerinddragelse", "beskaeftigelse-og-relationer"],
    },
    {
        "slug": "taskforce-lukningstruede-tilbud-sjaelland",
        "title": "Task force for lukningstruede tilbud i Region Sjælland",
        "kind": "taskforce",
        "purpose": (
            "At gribe ind tidligt, når højt specialiserede tilbud i regionen kommer i faglige "
            "eller økonomiske vanskeligheder, så nødvendige faglige miljøer bevares."
        ),
        "description": (
            "Task forcen fulgte tilbud som Kildebo, BOMI, Platangården, Børneskolen "
            "Filadelfia, Bakkegården, Kofoedsmindes sikrede afdeling, Synscenter Refsnæs og "
            "Himmelev. Driftsherren giver løbende indsigt i tilbuddets faglige og økonomiske "
            "bæredygtighed, så kommunerne kan indgå i tæt dialog, før det er for sent."
        ),
        "coordinator_name": "Susanne Brink Holst",
        "coordinator_email": "susanne.holst@example.dk",
        "region": "Region Sjælland",
        "agreement": "sjaelland-2018-2020",
        "membership": "closed",
        "member_organisations": SJAELLANDSKE,
        "meeting_rhythm": "Efter behov, mindst 2 gange om året",
        "target_groups": [
            "erhvervet-hjerneskade", "spiseforstyrrelser", "syns-hoere-og-kommunikationshandicap",
            "domfaeldte-og-udadreagerende", "autisme",
        ],
        "focus_areas": ["hoejt-specialiserede-indsatser", "mellemkommunalt-samarbejde"],
    },
    {
        "slug": "netvaerk-socialpsykiatri-sjaelland",
        "title": "Netværk for socialpsykiatri og recovery i Region Sjælland",
        "kind": "netvaerk",
        "purpose": (
            "At dele viden om recovery-orienterede metoder og styrke sammenhængen mellem "
            "kommunal socialpsykiatri og regionens psykiatri."
        ),
        "description": (
            "Netværket blev etableret i forlængelse af de konferencer og symposier om "
            "recovery, der blev holdt under rammeaftalen 2018-2020, og er videreført i "
            "forslaget om et fokusområde for borgere med psykiske vanskeligheder. Netværket "
            "arbejder med peer-inddragelse, forløbsprogrammer og fastholdelse af personale."
        ),
        "coordinator_name": "Pernille Krog Søndergaard",
        "coordinator_email": "pernille.soendergaard@example.dk",
        "region": "Region Sjælland",
        "agreement": "sjaelland-2021-2022",
        "membership": "open",
        "member_organisations": SJAELLANDSKE + ["Psykiatrien i Region Sjælland"],
        "meeting_rhythm": "4 møder om året",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "recovery-og-rehabilitering"],
    },
    {
        "slug": "erfa-fit-sjaelland",
        "title": "Erfa-gruppe om FIT og effektmåling",
        "kind": "erfa",
        "purpose": (
            "At dele erfaringer med FIT og andre redskaber til at registrere effekt og "
            "styrke evalueringskulturen."
        ),
        "description": (
            "Erfa-gruppen er for FIT-ambassadører, ledere og konsulenter i kommunerne. "
            "Gruppen drøfter implementering, databrug, supervision og kobling til "
            "ledelsesinformation og understøtter fokusområdet om praksisnær metodeudvikling "
            "og videndeling om effekt."
        ),
        "coordinator_name": "Jonas Hald Bisgaard",
        "coordinator_email": "jonas.bisgaard@example.dk",
        "region": "Region Sjælland",
        "agreement": "sjaelland-2021-2022",
        "membership": "open",
        "member_organisations": SJAELLANDSKE,
        "meeting_rhythm": "3 møder om året",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["kvalitet-i-indsatserne", "videndeling-og-kompetenceudvikling"],
    },
    {
        "slug": "erfa-autisme-adhd-skole-nord",
        "title": "Erfa-gruppe om skolegang for børn og unge med autisme og ADHD",
        "kind": "erfa",
        "purpose": (
            "At dele viden og udnytte hinandens tilbud bedre, så flere børn med autisme og "
            "ADHD får en god skolegang."
        ),
        "description": (
            "Erfa-gruppen er etableret på leverandørniveau med deltagere fra specialklasser, "
            "specialskoler, PPR og almenskoler. Temaer er skolevægring, NEST-klasser, "
            "udgående konsulentfunktioner, fjernundervisning og samspillet mellem "
            "forvaltninger."
        ),
        "coordinator_name": "Katrine Møller Vang",
        "coordinator_email": "katrine.vang@example.dk",
        "region": "Region Nordjylland",
        "agreement": None,
        "membership": "open",
        "member_organisations": NORDJYSKE,
        "meeting_rhythm": "4 møder om året",
        "target_groups": ["autisme", "adhd", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole", "videndeling-og-kompetenceudvikling"],
    },
    {
        "slug": "netvaerk-velfaerdsteknologi-nord",
        "title": "Netværk for velfærdsteknologi på det specialiserede socialområde",
        "kind": "netvaerk",
        "purpose": (
            "At samle viden om velfærdsteknologi til små målgrupper og koble kommunerne til "
            "virksomheder og forskning."
        ),
        "description": (
            "Netværket samler nøglepersoner, der kan afprøve, udvikle og udfordre "
            "forestillingerne om, hvad borgerne har brug for. Udgangspunktet er "
            "mestringsperspektivet, og borgere og medarbejdere inddrages i processen."
        ),
        "coordinator_name": "Emil Steffensen Rask",
        "coordinator_email": "emil.rask@example.dk",
        "region": "Region Nordjylland",
        "agreement": None,
        "membership": "open",
        "member_organisations": NORDJYSKE + ["VIA University College", "Aalborg Universitet"],
        "meeting_rhythm": "3 møder om året",
        "target_groups": ["autisme", "udviklingshaemning", "syns-hoere-og-kommunikationshandicap"],
        "focus_areas": ["velfaerdsteknologi"],
    },
    {
        "slug": "koordinationsgruppe-rejsende-specialistkorps",
        "title": "Koordinationsgruppe for det rejsende specialistkorps",
        "kind": "netvaerk",
        "purpose": (
            "At koordinere specialisternes tilgængelighed, kvalitetssikre forløb og dele "
            "erfaringer fra bookinger på tværs af regionerne."
        ),
        "description": (
            "Koordinationsgruppen består af korpsets koordinator og kontaktpersoner fra de "
            "tilbud, der stiller specialister til rådighed. Gruppen følger op på bookinger, "
            "indsamler erfaringer og foreslår nye kompetenceområder til korpset."
        ),
        "coordinator_name": "Gry Holmsted Carstensen",
        "coordinator_email": "gry.carstensen@example.dk",
        "region": "Region Sjælland",
        "agreement": None,
        "membership": "closed",
        "member_organisations": [
            "Synscenter Refsnæs", "Platangården", "Kofoedsminde", "Kildebo",
            "Center for Høretab", "Taleinstituttet og Hjerneskadecenter Nordjylland",
        ],
        "meeting_rhythm": "Månedlige onlinemøder",
        "target_groups": [
            "syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade", "spiseforstyrrelser",
            "autisme", "domfaeldte-og-udadreagerende",
        ],
        "focus_areas": ["hoejt-specialiserede-indsatser", "mellemkommunalt-samarbejde"],
    },
]
