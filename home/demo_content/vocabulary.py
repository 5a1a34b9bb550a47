"""Kontrollerede vokabularer: målgrupper og fokusområder.

Rene data (ingen Django-imports). Slugs refereres fra de øvrige moduler.
"""

TARGET_GROUPS = [
    {
        "slug": "autisme",
        "name": "Borgere med autisme",
        "description": (
            "Børn, unge og voksne med diagnoser inden for autismespektret, fra "
            "normaltbegavede til borgere med betydelig funktionsnedsættelse og "
            "behov for et forudsigeligt, struktureret miljø."
        ),
    },
    {
        "slug": "adhd",
        "name": "Børn, unge og voksne med ADHD",
        "description": (
            "Borgere med ADHD eller tilgrænsende opmærksomhedsforstyrrelser, hvor "
            "udfordringerne ofte viser sig i skole, uddannelse og hverdagens struktur."
        ),
    },
    {
        "slug": "udviklingshaemning",
        "name": "Borgere med udviklingshæmning",
        "description": (
            "Voksne og børn med varigt nedsat psykisk funktionsevne, herunder borgere "
            "med samtidige psykiske lidelser eller demens."
        ),
    },
    {
        "slug": "erhvervet-hjerneskade",
        "name": "Borgere med erhvervet hjerneskade",
        "description": (
            "Borgere, der har fået en skade på hjernen efter fødslen, fx efter blodprop, "
            "blødning, ulykke eller iltmangel, og som har brug for neurorehabilitering."
        ),
    },
    {
        "slug": "sindslidelse",
        "name": "Borgere med sindslidelse og psykisk sårbarhed",
        "description": (
            "Borgere med svære eller langvarige psykiske vanskeligheder, som har brug for "
            "socialpsykiatrisk støtte og et sammenhængende forløb med behandlingspsykiatrien."
        ),
    },
    {
        "slug": "dobbeltdiagnose",
        "name": "Borgere med dobbeltdiagnose (psykisk lidelse og misbrug)",
        "description": (
            "Borgere med både en psykisk lidelse og et rusmiddelproblem, hvor indsatsen "
            "kræver tæt koordinering mellem misbrugsbehandling, psykiatri og socialområde."
        ),
    },
    {
        "slug": "hjemloese",
        "name": "Hjemløse og boligløse borgere",
        "description": (
            "Borgere uden egen bolig, herunder unge og borgere med misbrug, som bor på "
            "forsorgshjem, herberg eller midlertidigt hos andre."
        ),
    },
    {
        "slug": "boern-og-unge-med-saerlige-behov",
        "name": "Børn og unge med særlige behov",
        "description": (
            "Børn og unge med betydelig og varig funktionsnedsættelse eller sociale "
            "vanskeligheder, som har brug for specialundervisning eller særlig støtte."
        ),
    },
    {
        "slug": "anbragte-unge-og-eftervaern",
        "name": "Anbragte unge og unge i efterværn",
        "description": (
            "Unge, der er eller har været anbragt uden for hjemmet, og som har brug for "
            "støtte i overgangen til voksenlivet."
        ),
    },
    {
        "slug": "syns-hoere-og-kommunikationshandicap",
        "name": "Borgere med syns-, høre- og kommunikationshandicap",
        "description": (
            "Blinde og svagsynede, døve og hørehæmmede, døvblinde samt borgere med tale- "
            "og kommunikationsvanskeligheder, der har brug for højt specialiserede indsatser."
        ),
    },
    {
        "slug": "spiseforstyrrelser",
        "name": "Mennesker med spiseforstyrrelser",
        "description": (
            "Børn, unge og voksne med svære spiseforstyrrelser, som har behov for "
            "specialiseret socialt rehabiliterende indsats ved siden af behandlingen."
        ),
    },
    {
        "slug": "selvskade",
        "name": "Unge med selvskadende adfærd",
        "description": (
            "Unge, der skader sig selv, og hvor kommune, region og civilsamfund skal "
            "koordinere indsatsen, ikke mindst efter udskrivning fra psykiatrien."
        ),
    },
    {
        "slug": "aeldre-med-handicap",
        "name": "Ældre med handicap og udsatte ældre",
        "description": (
            "Borgere med handicap eller sindslidelse, der bliver ældre, fx "
            "udviklingshæmmede med demens, hvor pleje og pædagogik skal gå hånd i hånd."
        ),
    },
    {
        "slug": "domfaeldte-og-udadreagerende",
        "name": "Borgere med udadreagerende adfærd og domfældte",
        "description": (
            "Borgere med voldsom eller udadreagerende adfærd, herunder udviklingshæmmede "
            "med dom til anbringelse i åben eller sikret afdeling."
        ),
    },
    {
        "slug": "gravide-med-rusmiddelforbrug",
        "name": "Gravide med forbrug af rusmidler eller medicin",
        "description": (
            "Udsatte gravide med et skadeligt forbrug af rusmidler eller medicin, som kan "
            "have behov for skærmet døgnophold og tæt tværsektoriel opfølgning."
        ),
    },
]

FOCUS_AREAS = [
    {
        "slug": "tvaersektoriel-kobling",
        "name": "Tværsektoriel kobling",
        "description": (
            "Sammenhæng mellem socialområdet og de tilgrænsende sektorer: "
            "behandlingspsykiatri, sundhed, beskæftigelse samt børne-, unge- og skoleområdet."
        ),
    },
    {
        "slug": "styring-og-kapacitet",
        "name": "Styring, kapacitet og styringsdata",
        "description": (
            "Fælles data, takster, benchmarking og prognoser, så kommuner og region kan "
            "planlægge kapaciteten og følge udgiftsudviklingen på tværs."
        ),
    },
    {
        "slug": "kvalitet-i-indsatserne",
        "name": "Kvalitet i indsatserne og praksisnær metodeudvikling",
        "description": (
            "Viden om, hvad der virker: vidensbaserede metoder, effektmåling, "
            "evalueringskultur og systematisk opfølgning på borgerens progression."
        ),
    },
    {
        "slug": "recovery-og-rehabilitering",
        "name": "Recovery, rehabilitering og egenmestring",
        "description": (
            "Indsatser, der tager udgangspunkt i borgerens egne mål og håb og styrker "
            "evnen til at mestre så meget af eget liv som muligt."
        ),
    },
    {
        "slug": "hjemloeshed",
        "name": "Hjemløshed og boligløsninger",
        "description": (
            "Flere og mere varierede boligløsninger, bostøtte og efterværn, så færre "
            "borgere vender tilbage til forsorgshjem og herberg."
        ),
    },
    {
        "slug": "videndeling-og-kompetenceudvikling",
        "name": "Videndeling og kompetenceudvikling",
        "description": (
            "Mellemkommunal kompetenceudvikling, erfa-grupper, temadage og en fælles "
            "vidensbank, så tilbuddenes viden og kompetencer kommer i spil på tværs."
        ),
    },
    {
        "slug": "velfaerdsteknologi",
        "name": "Velfærdsteknologi",
        "description": (
            "Teknologi, der styrker borgerens mestring af eget liv, udviklet og afprøvet "
            "sammen med borgere, medarbejdere, virksomheder og forskning."
        ),
    },
    {
        "slug": "boern-unge-og-skole",
        "name": "Børn, unge og skole",
        "description": (
            "Skolegang og trivsel for børn og unge med særlige behov, herunder autisme og "
            "ADHD, skolevægring, inklusion og samspil mellem specialtilbud og almenskole."
        ),
    },
    {
        "slug": "psykiatri",
        "name": "Socialpsykiatri og sammenhængende indsats",
        "description": (
            "En sammenhængende indsats for borgere med psykiske vanskeligheder på tværs "
            "af kommunal socialpsykiatri og regional behandlingspsykiatri."
        ),
    },
    {
        "slug": "hoejt-specialiserede-indsatser",
        "name": "Specialiserede tilbud og højt specialiserede indsatser",
        "description": (
            "Sikring af de faglige miljøer for små og komplekse målgrupper, herunder "
            "opfølgning på centrale udmeldinger fra Socialstyrelsen."
        ),
    },
    {
        "slug": "borgerinddragelse",
        "name": "Samarbejde med borgere og pårørende",
        "description": (
            "Borgerperspektivet i alle led: inddragelse på strategisk niveau, i det enkelte "
            "tilbud og i eget forløb, i samarbejde med handicaporganisationer."
        ),
    },
    {
        "slug": "mellemkommunalt-samarbejde",
        "name": "Mellemkommunalt samarbejde",
        "description": (
            "Forpligtende samarbejder, klynger og fælles tilbud for målgrupper, der er for "
            "små eller for specialiserede til, at den enkelte kommune kan løfte dem alene."
        ),
    },
    {
        "slug": "den-gode-alderdom",
        "name": "Den gode alderdom",
        "description": (
            "Tilbud og kompetencer til borgere med handicap eller sindslidelse, der bliver "
            "ældre, herunder samspil mellem botilbud og ældreområdet."
        ),
    },
    {
        "slug": "beskaeftigelse-og-relationer",
        "name": "Beskæftigelse og sociale relationer",
        "description": (
            "Reel beskæftigelse, fællesskaber og netværk for borgere med handicap eller "
            "sociale problemer, i samarbejde med virksomheder, foreninger og frivillige."
        ),
    },
]
