"""Evidens: studier, evalueringer og vidensopsamlinger.

Evidensniveau (level) på en kumulativ skala:
0 = vist ikke at virke, 1 = godt beskrevet, 2 = teoretisk funderet,
3 = en vis dokumentation for effekt, 4 = tilfredsstillende dokumentation,
5 = stærk dokumentation.

Resuméerne beskriver forskningen generelt og forsigtigt. Der er ikke
opfundet tal; hvor kilden er en konkret evaluering fra rammeaftalearbejdet,
gengives kun de fund, der fremgår af arbejdspapirerne.
"""

EVIDENCE = [
    {
        "slug": "sammen-om-psykiatri-evaluering",
        "title": "Evaluering af Sammen om Psykiatri",
        "evidence_type": "qualitative",
        "level": 3,
        "publisher": "Syddansk Sundhedsinnovation",
        "year": 2022,
        "summary": (
            "Kvalitativ evaluering af samarbejdsmodellen mellem de syddanske kommuner og "
            "psykiatrien i Region Syddanmark om de mest komplekse borgere, suppleret med "
            "indsamlede forløbsdata."
        ),
        "findings": (
            "Samarbejdet opleves som værdifuldt og skaber betydelige positive effekter for "
            "samarbejdet på tværs og for borgerne. Forløbsdata viser et fald i antal "
            "indlæggelser pr. måned, indlæggelsesdage, skadestuebesøg, genindlæggelser og "
            "ambulante kontakter samt færre tvangsindlæggelser. Der er tale om før-efter-data "
            "uden kontrolgruppe, så resultaterne indikerer en positiv effekt, men kan ikke "
            "alene tilskrives modellen. Alle kommuner, der har gennemført projektet, har "
            "valgt at videreføre det."
        ),
        "source_url": "",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
    },
    {
        "slug": "cochrane-proms-psykisk-sundhed",
        "title": "Rutinemæssig brug af patientrapporterede effektmål ved almindelige psykiske lidelser – systematisk review",
        "evidence_type": "review",
        "level": 2,
        "publisher": "Cochrane",
        "year": 2016,
        "summary": (
            "Systematisk review af, om løbende måling af klientens egen vurdering af "
            "fremgang (fx med korte skemaer ved hver samtale) forbedrer behandlingen af "
            "almindelige psykiske lidelser hos voksne."
        ),
        "findings": (
            "Reviewet fandt ikke sikker evidens for, at rutinemæssig feedback i sig selv "
            "forbedrer udfaldet. De inkluderede studier var få, forskelligartede og af "
            "begrænset kvalitet, og forfatterne efterlyste bedre designede forsøg. For "
            "praksis betyder det, at feedbackredskaber som FIT bør ses som et redskab til "
            "dialog og kvalitetsudvikling, hvis virkning afhænger af, hvordan resultaterne "
            "faktisk bruges i samarbejdet med borgeren."
        ),
        "source_url": "https://www.cochranelibrary.com/",
        "target_groups": ["sindslidelse"],
        "focus_areas": ["kvalitet-i-indsatserne"],
    },
    {
        "slug": "fit-klientfeedback-rct-norge",
        "title": "Klientfeedback i parterapi – randomiseret forsøg i Norge",
        "evidence_type": "rct",
        "level": 3,
        "publisher": "American Psychological Association (Journal of Consulting and Clinical Psychology)",
        "year": 2009,
        "summary": (
            "Randomiseret forsøg i en norsk familierådgivning, hvor par i terapi enten fik "
            "almindelig behandling eller behandling, hvor terapeuten systematisk indhentede "
            "feedback med ORS og SRS."
        ),
        "findings": (
            "Parrene i feedbackgruppen opnåede større forbedring end parrene i almindelig "
            "behandling. Studiet er et af de oftest citerede forsøg bag FIT, men er "
            "gennemført i en klinisk terapeutisk sammenhæng og kan ikke direkte overføres "
            "til socialpædagogiske tilbud. Resultaterne er understøttet af flere, men ikke "
            "alle, senere studier."
        ),
        "source_url": "https://www.apa.org/",
        "target_groups": ["sindslidelse"],
        "focus_areas": ["kvalitet-i-indsatserne"],
    },
    {
        "slug": "housing-first-at-home-chez-soi",
        "title": "At Home/Chez Soi – randomiseret forsøg med Housing First",
        "evidence_type": "rct",
        "level": 4,
        "publisher": "Mental Health Commission of Canada",
        "year": 2014,
        "summary": (
            "Stort canadisk randomiseret forsøg i flere byer, hvor hjemløse med psykiske "
            "lidelser fik egen bolig med bostøtte (ACT eller ICM) efter Housing "
            "First-princippet eller sædvanlige tilbud."
        ),
        "findings": (
            "Deltagerne i Housing First-grupperne opnåede markant mere stabil boligsituation "
            "end kontrolgrupperne. Effekterne på livskvalitet og funktion var mere beskedne, "
            "og effekten på misbrug og psykiske symptomer var begrænset. Forsøget bekræfter "
            "den internationale evidens for, at bolig plus intensiv bostøtte virker på "
            "boligstabilitet."
        ),
        "source_url": "https://www.mentalhealthcommission.ca/",
        "target_groups": ["hjemloese", "sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed", "recovery-og-rehabilitering"],
    },
    {
        "slug": "hjemloesestrategien-evaluering",
        "title": "Hjemløsestrategien – evaluering af Housing First og bostøttemetoderne CTI, ICM og ACT",
        "evidence_type": "quasi",
        "level": 3,
        "publisher": "SFI – Det Nationale Forskningscenter for Velfærd og Rambøll",
        "year": 2013,
        "summary": (
            "Evaluering af den nationale hjemløsestrategi, hvor en række kommuner afprøvede "
            "Housing First med de tre bostøttemetoder CTI, ICM og ACT."
        ),
        "findings": (
            "Evalueringen fandt, at langt hovedparten af de borgere, der fik egen bolig med "
            "bostøtte, fastholdt boligen, også borgere med misbrug og psykiske lidelser. "
            "Mangel på betalbare boliger var den største barriere, og mange borgere ventede "
            "længe på forsorgshjem. Resultaterne var bedst, hvor metoderne blev fulgt tæt, "
            "og hvor støtten blev tilpasset borgerens behov."
        ),
        "source_url": "https://www.vive.dk/",
        "target_groups": ["hjemloese", "dobbeltdiagnose", "sindslidelse"],
        "focus_areas": ["hjemloeshed"],
    },
    {
        "slug": "cti-vidensgrundlag",
        "title": "Critical Time Intervention (CTI) – vidensgrundlag og metodebeskrivelse",
        "evidence_type": "review",
        "level": 3,
        "publisher": "Socialstyrelsen",
        "year": 2017,
        "summary": (
            "Samlet beskrivelse af CTI-metoden og den internationale og danske viden om "
            "tidsafgrænset, intensiv støtte i overgangen fra forsorgshjem, fængsel eller "
            "psykiatri til egen bolig."
        ),
        "findings": (
            "Amerikanske randomiserede forsøg peger på, at CTI kan mindske risikoen for "
            "fornyet hjemløshed efter udskrivning. Danske erfaringer fra hjemløsestrategien "
            "viser, at metoden kan implementeres i kommunal praksis, når forløbet tilrettelægges "
            "i faser og medarbejderne har en lille sagsstamme. Evidensen for andre udfald end "
            "boligstabilitet er mere usikker."
        ),
        "source_url": "https://www.sbst.dk/",
        "target_groups": ["hjemloese", "sindslidelse"],
        "focus_areas": ["hjemloeshed", "tvaersektoriel-kobling"],
    },
    {
        "slug": "cochrane-act",
        "title": "Assertive Community Treatment for mennesker med svære psykiske lidelser – systematisk review",
        "evidence_type": "review",
        "level": 4,
        "publisher": "Cochrane",
        "year": 2000,
        "summary": (
            "Systematisk review af randomiserede forsøg, der sammenligner opsøgende, "
            "tværfaglige ACT-teams med sædvanlig behandling og andre case management-modeller."
        ),
        "findings": (
            "ACT fastholdt flere borgere i kontakt med hjælpesystemet, reducerede "
            "indlæggelser og gav bedre boligsituation og tilfredshed, mens der ikke sås "
            "klare forskelle på psykiske symptomer. Effekten afhænger af, at modellen "
            "følges, og af hvor godt det almindelige system fungerer i forvejen."
        ),
        "source_url": "https://www.cochranelibrary.com/",
        "target_groups": ["sindslidelse", "dobbeltdiagnose", "hjemloese"],
        "focus_areas": ["psykiatri", "hjemloeshed"],
    },
    {
        "slug": "cochrane-supported-employment",
        "title": "Erhvervsrettede indsatser for mennesker med svære psykiske lidelser – systematisk review",
        "evidence_type": "review",
        "level": 5,
        "publisher": "Cochrane",
        "year": 2017,
        "summary": (
            "Netværksmetaanalyse af randomiserede forsøg med forskellige "
            "beskæftigelsesindsatser, herunder Individual Placement and Support (IPS)."
        ),
        "findings": (
            "Støttet beskæftigelse efter IPS-modellen, eventuelt suppleret med andre "
            "indsatser, var den mest effektive tilgang til at opnå ordinær beskæftigelse. "
            "Resultatet understøttes af et stort antal forsøg i flere lande, herunder i "
            "Skandinavien, og IPS regnes i dag for en af de bedst dokumenterede metoder "
            "på området."
        ),
        "source_url": "https://www.cochranelibrary.com/",
        "target_groups": ["sindslidelse"],
        "focus_areas": ["beskaeftigelse-og-relationer", "recovery-og-rehabilitering"],
    },
    {
        "slug": "cochrane-mst",
        "title": "Multisystemisk terapi (MST) for unge med sociale, følelsesmæssige og adfærdsmæssige problemer – systematisk review",
        "evidence_type": "review",
        "level": 3,
        "publisher": "Cochrane",
        "year": 2005,
        "summary": (
            "Systematisk review af randomiserede forsøg, der sammenligner MST med andre "
            "indsatser for unge med alvorlige adfærdsproblemer og deres familier."
        ),
        "findings": (
            "Reviewet fandt ikke entydig dokumentation for, at MST er mere effektiv end "
            "alternative indsatser; flere amerikanske forsøg viste positive resultater, mens "
            "uafhængige forsøg uden for USA gav mere blandede resultater. Senere forskning "
            "har nuanceret billedet, og effekten synes at afhænge af implementeringskvalitet "
            "og af, hvad der sammenlignes med."
        ),
        "source_url": "https://www.cochranelibrary.com/",
        "target_groups": ["boern-og-unge-med-saerlige-behov", "domfaeldte-og-udadreagerende"],
        "focus_areas": ["boern-unge-og-skole"],
    },
    {
        "slug": "recovery-vidensopsamling",
        "title": "Recovery-orienteret praksis i socialpsykiatrien – vidensopsamling",
        "evidence_type": "review",
        "level": 2,
        "publisher": "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd",
        "year": 2020,
        "summary": (
            "Opsamling af nordisk og international viden om, hvad det indebærer at arbejde "
            "recovery-orienteret, og hvilke elementer der understøtter borgerens personlige "
            "recovery-proces."
        ),
        "findings": (
            "Der er stærk konsensus i forskning og brugerlitteratur om centrale elementer "
            "som håb, mening, identitet, selvbestemmelse og forbundethed. Enkeltelementer, "
            "fx peer-støtte, IPS og fælles beslutningstagning, har selvstændig "
            "dokumentation, mens effekten af recovery-orientering som samlet tilgang er "
            "vanskelig at måle og primært er belyst gennem kvalitative studier."
        ),
        "source_url": "https://www.vive.dk/",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["recovery-og-rehabilitering", "psykiatri"],
    },
    {
        "slug": "skaeve-huse-evaluering",
        "title": "Skæve huse til skæve eksistenser – evaluering af erfaringer med skæve boliger",
        "evidence_type": "qualitative",
        "level": 2,
        "publisher": "SFI – Det Nationale Forskningscenter for Velfærd",
        "year": 2008,
        "summary": (
            "Kvalitativ evaluering af de første erfaringer med små, robuste boliger til "
            "hjemløse, som ikke kan eller vil bo i almindelige boliger."
        ),
        "findings": (
            "Mange beboere oplevede for første gang i lang tid at have et stabilt hjem, og "
            "boligformen var velegnet til borgere med misbrug og en livsstil, der er svær at "
            "forene med almindelige boligområder. Evalueringen pegede samtidig på, at "
            "tilknyttet social støtte og placering i lokalområdet har stor betydning for, "
            "om boligerne fungerer."
        ),
        "source_url": "https://www.vive.dk/",
        "target_groups": ["hjemloese", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed"],
    },
    {
        "slug": "nest-evaluering",
        "title": "NEST i Københavns Kommune – erfaringer med inklusion af elever med autisme",
        "evidence_type": "practice",
        "level": 2,
        "publisher": "Københavns Kommune",
        "year": 2019,
        "summary": (
            "Praksisdokumentation og erfaringsopsamling fra NEST-klasser, hvor elever med "
            "autisme går i almenklasser med færre elever, to lærere og en fælles pædagogisk tilgang."
        ),
        "findings": (
            "Erfaringerne beskriver gode resultater med faglig og social inklusion, når "
            "rammerne er faste og lærerteamet har fælles kompetencer. Forældre og elever "
            "oplever generelt trivsel, men modellen er ressourcekrævende, og der er ikke "
            "gennemført kontrollerede effektstudier."
        ),
        "source_url": "https://www.kk.dk/",
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole"],
    },
    {
        "slug": "eftervaern-vidensopsamling",
        "title": "Efterværn for tidligere anbragte unge – vidensopsamling",
        "evidence_type": "review",
        "level": 2,
        "publisher": "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd",
        "year": 2019,
        "summary": (
            "Opsamling af viden om tidligere anbragte unges overgang til voksenlivet og om, "
            "hvad der kendetegner virksomme efterværnsindsatser."
        ),
        "findings": (
            "Tidligere anbragte unge klarer sig gennemsnitligt dårligere end jævnaldrende på "
            "uddannelse, beskæftigelse og bolig. Forskningen peger på betydningen af en "
            "stabil voksenrelation, tidlig planlægning af overgangen og fleksibel støtte, "
            "men der findes få effektstudier af konkrete efterværnsmodeller."
        ),
        "source_url": "https://www.vive.dk/",
        "target_groups": ["anbragte-unge-og-eftervaern"],
        "focus_areas": ["boern-unge-og-skole", "recovery-og-rehabilitering"],
    },
    {
        "slug": "low-arousal-praksiserfaringer",
        "title": "Low arousal og nedtrapning af konflikter – praksiserfaringer",
        "evidence_type": "practice",
        "level": 2,
        "publisher": "Socialstyrelsen",
        "year": 2018,
        "summary": (
            "Beskrivelse af erfaringer fra danske botilbud og skoler, der arbejder med low "
            "arousal-tilgangen over for borgere med udadreagerende adfærd."
        ),
        "findings": (
            "Tilbuddene beskriver færre magtanvendelser og en roligere hverdag, når "
            "medarbejderne arbejder systematisk med egen adfærd, krav og stressfaktorer. "
            "Tilgangen er teoretisk velbegrundet, men der er kun få og mindre studier af "
            "effekten, og erfaringerne bygger i høj grad på praksisdokumentation."
        ),
        "source_url": "https://www.sbst.dk/",
        "target_groups": ["domfaeldte-og-udadreagerende", "autisme", "udviklingshaemning"],
        "focus_areas": ["kvalitet-i-indsatserne"],
    },
    {
        "slug": "krap-praksisbeskrivelse",
        "title": "KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik i praksis",
        "evidence_type": "practice",
        "level": 1,
        "publisher": "Center for Kognitiv Pædagogik",
        "year": 2017,
        "summary": (
            "Praksisbeskrivelse af KRAP som tværfaglig, pædagogisk-psykologisk "
            "metode med tilhørende kortlægningsskemaer."
        ),
        "findings": (
            "KRAP er udbredt i danske kommuner og tilbud og er veldokumenteret som "
            "arbejdsmetode med skemaer og uddannelsesforløb. Der er gode "
            "praksiserfaringer med et fælles sprog på tværs af faggrupper, men ingen "
            "uafhængige effektstudier."
        ),
        "source_url": "",
        "target_groups": ["boern-og-unge-med-saerlige-behov", "sindslidelse", "autisme"],
        "focus_areas": ["kvalitet-i-indsatserne"],
    },
    {
        "slug": "velfaerdsteknologi-handicap-erfaringer",
        "title": "Velfærdsteknologi på handicap- og socialpsykiatriområdet – erfaringsopsamling",
        "evidence_type": "practice",
        "level": 1,
        "publisher": "Socialstyrelsen",
        "year": 2019,
        "summary": (
            "Opsamling af kommunale erfaringer med teknologi, der understøtter struktur, "
            "kommunikation og selvstændighed for borgere med handicap."
        ),
        "findings": (
            "Erfaringerne viser, at teknologier som visuelle dagsplaner, påmindelser og "
            "taleteknologi kan øge borgerens selvstændighed, når de vælges ud fra borgerens "
            "mål og ikke alene ud fra et besparelseshensyn. Implementering kræver tid, "
            "medarbejderinddragelse og opfølgning, og der er få systematiske effektmålinger."
        ),
        "source_url": "https://www.sbst.dk/",
        "target_groups": ["autisme", "udviklingshaemning", "syns-hoere-og-kommunikationshandicap"],
        "focus_areas": ["velfaerdsteknologi"],
    },
    {
        "slug": "mtv-hjerneskaderehabilitering",
        "title": "Hjerneskaderehabilitering – en medicinsk teknologivurdering",
        "evidence_type": "review",
        "level": 3,
        "publisher": "Sundhedsstyrelsen",
        "year": 2011,
        "summary": (
            "Medicinsk teknologivurdering af rehabilitering af voksne med erhvervet "
            "hjerneskade, herunder organisering, indhold og borgerens perspektiv."
        ),
        "findings": (
            "Vurderingen peger på en række antagelser om, hvad der fremmer rehabilitering: "
            "borgeren i centrum, fælles mål, tværfaglighed, målrettede læringsstrategier og "
            "overførsel af færdigheder til hverdagen. Der er dokumentation for effekten af "
            "tidlig, intensiv og koordineret rehabilitering, mens evidensen for den længere "
            "kommunale del er mere sparsom."
        ),
        "source_url": "https://www.sst.dk/",
        "target_groups": ["erhvervet-hjerneskade"],
        "focus_areas": ["recovery-og-rehabilitering"],
    },
    {
        "slug": "cochrane-familieterapi-anoreksi",
        "title": "Familieterapi ved anoreksi – systematisk review",
        "evidence_type": "review",
        "level": 3,
        "publisher": "Cochrane",
        "year": 2019,
        "summary": (
            "Systematisk review af familiebaserede tilgange i behandlingen af anoreksi, "
            "primært hos unge."
        ),
        "findings": (
            "Der er nogen evidens for, at familieterapi kan være mere effektiv end "
            "sædvanlig behandling på kort sigt, men studierne er få og af lav kvalitet. "
            "Familiens inddragelse anbefales bredt i kliniske retningslinjer og er relevant "
            "for samspillet mellem behandling og social rehabilitering."
        ),
        "source_url": "https://www.cochranelibrary.com/",
        "target_groups": ["spiseforstyrrelser", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["tvaersektoriel-kobling", "borgerinddragelse"],
    },
]
