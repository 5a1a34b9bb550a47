"""Rammeaftaler / socialaftaler med fokusområder, mål, tematikker og handlinger.

Indholdet er omskrevet frit på grundlag af arbejdspapirer fra
rammeaftalesamarbejdet i Sjælland, Nordjylland og Syddanmark.
"""

AGREEMENTS = [
    # ------------------------------------------------------------------
    {
        "slug": "sjaelland-2018-2020",
        "title": "Rammeaftale for det specialiserede social- og undervisningsområde i Region Sjælland 2018-2020",
        "region": "Region Sjælland",
        "period_start": 2018,
        "period_end": 2020,
        "status": "afsluttet",
        "vision": (
            "Kommunerne i Region Sjælland og regionen vil genoplive samarbejdet på det "
            "specialiserede område med mindre bureaukrati, mere faglighed og mere politisk "
            "ejerskab. Borgeren skal være i centrum, og kommunerne skal bruge hinandens "
            "viden, tilbud og kompetencer, så de mest specialiserede faglige miljøer "
            "bevares, selv om den enkelte kommune ikke kan drive dem alene."
        ),
        "intro": (
            "Aftalen blev til gennem en bred proces fra efteråret 2016 til foråret 2017 "
            "med kick-off for politikere og topledere, workshops med Dialogforum, "
            "handicapråd og fagpersoner samt en politisk temadag. Den blev først godkendt "
            "for 2018-2019 og siden forlænget, så den gjaldt til og med 2020. Aftalen "
            "havde syv fokusområder: fire om udvikling og tre om styring. De største "
            "resultater blev skabt inden for mellemkommunal kompetenceudvikling, "
            "praksisnær metodeudvikling med fokus på recovery og årlige analyser af "
            "aktivitet og økonomi."
        ),
        "focus_areas": [
            {
                "focus_area": "borgerinddragelse",
                "goal": (
                    "Borgeren først: brugere og pårørende skal inddrages langt tidligere og "
                    "bredere i udviklingen af tilbuddene og i arbejdet med rammeaftalen."
                ),
                "themes": [
                    "Brugerinddragelse i driften af de sociale tilbud",
                    "Dialog med brugerorganisationer og Det Regionale Dialogforum",
                    "Inddragelse af handicapråd i rammeaftaleprocessen",
                ],
                "actions": [
                    "Workshop med Dialogforum og handicapråd i januar 2017",
                    "Styrkelse af den lokale brugerinddragelse i de enkelte kommuner",
                ],
                "success_criteria": (
                    "Målet var nået, når brugerperspektivet indgik systematisk, også på "
                    "tværs af kommunerne. Ved evalueringen i 2019 var der fortsat et stykke "
                    "vej, da indsatsen primært var sket lokalt."
                ),
            },
            {
                "focus_area": "mellemkommunalt-samarbejde",
                "goal": (
                    "Et tættere og mere forpligtende samarbejde om tilbud til udvalgte, "
                    "små og højt specialiserede målgrupper."
                ),
                "themes": [
                    "Kommunikationsområdet, autisme, neuro- og hjerneskadeområdet samt spiseforstyrrelser",
                    "Samarbejdsmodeller: beskyttede vilkår, abonnement, objektiv finansiering og forlængede opsigelsesvarsler",
                    "Klyngesamarbejder og tilbud drevet af én kommune for alle",
                ],
                "actions": [
                    "Task force for lukningstruede tilbud i regionen",
                    "Dialog om forpligtende samarbejder og klyngesamarbejde mellem kommunerne",
                ],
                "success_criteria": (
                    "Målet var nået, når der var indgået konkrete forpligtende aftaler om "
                    "udvalgte tilbud. Ved udgangen af perioden var dialogen i gang, men få "
                    "aftaler var indgået."
                ),
            },
            {
                "focus_area": "videndeling-og-kompetenceudvikling",
                "goal": (
                    "Tilbuddenes viden og kompetencer skal i spil på tværs af kommunerne, "
                    "så specialviden ikke forbliver på den enkelte matrikel."
                ),
                "themes": [
                    "Mellemkommunal kompetenceudvikling",
                    "Større og mindre faglige arrangementer for medarbejdere og ledere",
                ],
                "actions": [
                    "Igangsættelse af et fælles mellemkommunalt kompetenceudviklingsprogram",
                    "Afholdelse af en lang række temadage og faglige arrangementer",
                ],
                "success_criteria": (
                    "Målet var nået, når kommunerne i stort omfang deltog i de fælles "
                    "forløb. Dette fokusområde blev fremhævet som et af dem med størst "
                    "gennemslagskraft og opbakning."
                ),
            },
            {
                "focus_area": "kvalitet-i-indsatserne",
                "goal": (
                    "Praksisnær metodeudvikling og videndeling om effekt, så kommunerne får "
                    "mere viden om, hvad der virker for borgerne."
                ),
                "themes": [
                    "Recovery-orienteret tilgang",
                    "Fælles metodeudvikling og -udbredelse",
                    "Rehabilitering og forebyggelse",
                ],
                "actions": [
                    "Faglige konferencer og symposier mellem kommunerne",
                    "Udbredelse af recovery-orienterede metoder på tværs",
                ],
                "success_criteria": (
                    "Målet var nået, når flere kommuner arbejdede efter en fælles "
                    "recovery-orienteret tilgang og delte erfaringer om effekt. Der blev "
                    "rapporteret gode resultater med stort udbytte af konferencerne."
                ),
            },
            {
                "focus_area": "styring-og-kapacitet",
                "goal": (
                    "Vidensdeling om styring, bedre styringsdata og forståelse af det "
                    "stigende behov for støtte."
                ),
                "themes": [
                    "Vidensdeling om styring",
                    "Styringsdata og information",
                    "Stigende behov for støtte på voksenområdet",
                ],
                "actions": [
                    "Årlige regionale analyser af aktivitet og økonomi",
                    "Opdaterede standardkontrakter for køb og salg af pladser",
                    "Idé om et socialt behovsindeks på voksenområdet",
                ],
                "success_criteria": (
                    "Målet var nået, når der forelå fælles, årlige styringsdata. Analyserne "
                    "blev gennemført, mens behovsindekset ikke blev realiseret."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "sjaelland-2021-2022",
        "title": "Forslag til rammeaftale for det specialiserede social- og undervisningsområde i Region Sjælland 2021-2022",
        "region": "Region Sjælland",
        "period_start": 2021,
        "period_end": 2022,
        "status": "forslag",
        "vision": (
            "Rammeaftalen skal være et kortfattet og konkret prioriteringsredskab for de 17 "
            "kommuner og Region Sjælland. For hvert fokusområde skal det være tydeligt, "
            "hvad målet er, hvilke tematikker der arbejdes med, hvilke handlinger der "
            "igangsættes, og hvornår man er nået i mål, så borgere, kommuner og region "
            "kan følge med i, hvad der kommer ud af samarbejdet."
        ),
        "intro": (
            "Oplægget bygger på et dialogmøde den 29. november 2019 med politikere, "
            "handicaprådsrepræsentanter og direktører. Udfordringerne er stort set de "
            "samme som i 2017: presset økonomi og flere børn, unge og voksne med behov for "
            "støtte, særligt inden for autisme og unges psykiske vanskeligheder. Samtidig "
            "arbejder kommunerne i højere grad recovery-orienteret og med tidlige, "
            "fremskudte indsatser. Forslaget reducerer de syv fokusområder til fem og "
            "ekspliciterer mål, tematikker og handlinger for hvert område."
        ),
        "focus_areas": [
            {
                "focus_area": "borgerinddragelse",
                "goal": (
                    "Kerneopgaven skal i hele regionen have borgeren i centrum, og "
                    "borgerperspektivet skal indgå i alle dele af udviklingen af det "
                    "specialiserede social- og undervisningsområde."
                ),
                "themes": [
                    "Borgerinddragelse på strategisk niveau, fx en tydeligere brugerstemme i rammeaftalearbejdet",
                    "Brugerinddragelse i udvikling og drift af regions- og landsdækkende tilbud",
                    "Borgerinddragelse i det enkelte tilbud",
                    "Fælles tværkommunal måling af borgertilfredshed",
                    "Partnerskaber mellem kommuner og handicaporganisationer",
                ],
                "actions": [
                    "Udarbejde brugervenligt formidlingsmateriale om rammeaftalen",
                    "Strategiske drøftelser med Det Regionale Dialogforum og de lokale handicapråd",
                ],
                "success_criteria": (
                    "Målet er nået, når der findes en fælles model for brugerstemmen i "
                    "rammeaftalearbejdet, og borgertilfredshed måles på samme måde på tværs "
                    "af kommunerne."
                ),
            },
            {
                "focus_area": "kvalitet-i-indsatserne",
                "goal": (
                    "Styrke fokus på, hvad der kommer ud af indsatsen for borgerne, så både "
                    "kvaliteten og anvendelsen af ressourcerne bliver bedre."
                ),
                "themes": [
                    "Kompetenceudvikling i vidensbaserede metoder",
                    "Redskaber til registrering af effekt, fx erfaringer med FIT (Feedback Informed Treatment)",
                    "Evalueringskultur og systematisk refleksion over sammenhængen mellem indsats og resultat",
                ],
                "actions": [
                    "Temadage, symposier og konferencer for ledere og medarbejdere",
                    "Fælles kompetenceudviklingsforløb for tilbud og myndighed",
                    "Kobling til arbejdet med styringsdata",
                ],
                "success_criteria": (
                    "Målet er nået, når kommunerne deler et fælles sprog og fælles redskaber "
                    "for effektmåling, og når resultater på sagsniveau bruges systematisk i "
                    "opfølgningen."
                ),
            },
            {
                "focus_area": "psykiatri",
                "goal": (
                    "En sammenhængende indsats for borgere med væsentlige psykiske "
                    "vanskeligheder på tværs af behandlingspsykiatri, kommunal psykosocial "
                    "indsats, beskæftigelse, praksissektor og civilsamfund."
                ),
                "themes": [
                    "Forebyggelse af psykiske lidelser",
                    "Sammenhæng og forløbsprogrammer for børn og unge med psykiske lidelser",
                    "Peer-inddragelse i indsatsen",
                    "Højt specialiserede tværkommunale tilbud",
                    "Recovery-orientering på tværs af kommuner og region",
                    "Fastholdelse og udvikling af personale",
                ],
                "actions": [
                    "Kortlægge igangværende udviklingsprojekter",
                    "Kortlægge behovet for højt specialiserede tilbud",
                    "Dele viden om virkningsfulde forsøg og projekter",
                    "Lægge en strategi for at fastholde projekter med positiv virkning",
                ],
                "success_criteria": (
                    "Målet er nået, når der er fælles aftaler med sundhedsaftalen som "
                    "ramme, og når virkningsfulde projekter er overgået til drift i flere "
                    "kommuner."
                ),
            },
            {
                "focus_area": "mellemkommunalt-samarbejde",
                "goal": (
                    "Bedre vilkår for at skabe tilbud på tværs af kommuner til små eller "
                    "højt specialiserede målgrupper, som den enkelte kommune ikke kan løfte."
                ),
                "themes": [
                    "Særligt dyre enkeltsager",
                    "Målgrupper, som flere kommuner har udfordringer med, fx unge med psykiske vanskeligheder",
                    "Højt specialiserede fagområder, fx borgere med udviklingshæmning og samtidig psykisk lidelse",
                    "Fælles drøftelse af køb hos private leverandører",
                ],
                "actions": [
                    "Kortlægge erfaringer med mellemkommunalt samarbejde i regionen",
                    "Vurdere, hvordan eksemplerne fungerer",
                    "Sprede de gode eksempler",
                ],
                "success_criteria": (
                    "Målet er nået, når der er beskrevet og udbredt mindst én model for "
                    "forpligtende samarbejde, som kommunerne aktivt bruger."
                ),
            },
            {
                "focus_area": "styring-og-kapacitet",
                "goal": (
                    "Bedre styringsdata og ledelsesinformation, der giver gennemsigtighed "
                    "og viden om målgruppernes udvikling på kort og mellemlangt sigt."
                ),
                "themes": [
                    "Effektmål og styring på resultater for borgerne",
                    "Dokumentation af udviklingen i takster, efterspørgsel og kvalitet",
                    "Brug af data i dialogen med borgere og medarbejdere",
                    "Bedre prognoser for behov",
                ],
                "actions": [
                    "Tættere netværk mellem økonomi- og datamedarbejdere",
                    "Harmonisering af styringsinformation på tværs af kommunerne",
                ],
                "success_criteria": (
                    "Målet er nået, når kommunerne bruger fælles definitioner og nøgletal "
                    "og kan følge udviklingen i pris, efterspørgsel og kvalitet på tværs."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "nordjylland-2021-2022",
        "title": "Nordjysk Socialaftale 2021-2022",
        "region": "Region Nordjylland",
        "period_start": 2021,
        "period_end": 2022,
        "status": "afsluttet",
        "vision": (
            "Alle borgere skal have mulighed for og redskaber til at leve så selvstændigt "
            "et liv som muligt. De 11 nordjyske kommuner og Region Nordjylland understøtter "
            "gennem samarbejde og videndeling borgerens egenmestring med udgangspunkt i den "
            "enkeltes unikke behov, så initiativerne udvikles med borgeren og ikke blot til "
            "borgeren."
        ),
        "intro": (
            "Nordjysk Socialaftale er den politiske aftale mellem de nordjyske kommuner og "
            "regionen om udvikling, koordinering og styring af det specialiserede social- og "
            "specialundervisningsområde. Samarbejdet omfattede i 2020 omkring 2.200 dag- og "
            "døgnpladser, ca. en fjerdedel af pladserne i landsdelen. Visionen om egenmestring "
            "blev videreført fra den forrige aftale, mens fokusområderne blev lagt om: "
            "socialpsykiatrien og den gode alderdom, fordi de to målgrupper vokser, samt "
            "'Bedre og billigere' med hurtigtarbejdende laboratorier. Aftalen blev udarbejdet "
            "under covid-19-nedlukningen, og processen blev tilpasset herefter."
        ),
        "focus_areas": [
            {
                "focus_area": "psykiatri",
                "goal": (
                    "Kommunerne og regionen vil sammen håndtere væksten i antallet af borgere "
                    "i socialpsykiatrien og skabe bedre overgange til og fra behandlingspsykiatrien."
                ),
                "themes": [
                    "Vækst i målgruppen i socialpsykiatrien",
                    "Samarbejde med behandlingspsykiatrien om udskrivning og opfølgning",
                    "Selvskadende unge og vurdering af tilbudsviften",
                ],
                "actions": [
                    "Fælles analyse af kapacitetsbehovet i socialpsykiatrien",
                    "Videndeling om akutte og ambulante løsninger efter udskrivning",
                ],
                "success_criteria": (
                    "Målet er nået, når der er fælles aftaler om overgange mellem sektorerne, "
                    "og kapacitetsudviklingen følges årligt i Den Administrative Styregruppe."
                ),
            },
            {
                "focus_area": "den-gode-alderdom",
                "goal": (
                    "Borgere med handicap eller sindslidelse, der bliver ældre, skal have tilbud "
                    "med de rette kompetencer inden for både pleje og pædagogik."
                ),
                "themes": [
                    "Flere ældre borgere i botilbud",
                    "Udviklingshæmmede med demens",
                    "Samspil mellem botilbud og ældreområdet",
                ],
                "actions": [
                    "Videndeling om specialistkompetencer på tværs af kommunegrænser",
                    "Drøftelse af hybridtilbud og ældreafdelinger på botilbud",
                ],
                "success_criteria": (
                    "Målet er nået, når kommunerne har en fælles retning for de ældre "
                    "borgere med størst behov, og specialviden deles på tværs."
                ),
            },
            {
                "focus_area": "kvalitet-i-indsatserne",
                "goal": (
                    "Bedre og billigere: kommunerne og regionen vil sammen videreudvikle "
                    "metoder, tiltag og redskaber, der giver en bedre og mere effektiv indsats "
                    "med fokus på borgerens progression og de rette incitamenter."
                ),
                "themes": [
                    "Fra botilbud til egen bolig",
                    "Den gode visitation i samspil med driftsherren",
                    "Unge med autisme – udvikling uden stress og angst",
                    "Incitamenter, der belønner progression",
                ],
                "actions": [
                    "Hurtigtarbejdende laboratorier med fagpersoner fra kommuner og region",
                    "Inddragelse af eksterne videnspersoner, fx fra AAU og UCN",
                    "Vifte af redskaber, som den enkelte kommune kan vælge fra",
                ],
                "success_criteria": (
                    "Målet er nået, når hvert laboratorium har afleveret konkrete redskaber, "
                    "og flere kommuner har taget mindst ét af dem i brug."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "syddanmark-2023-2024",
        "title": "Rammeaftale for det specialiserede socialområde og specialundervisningsområdet i Syddanmark 2023-2024",
        "region": "Region Syddanmark",
        "period_start": 2023,
        "period_end": 2024,
        "status": "gældende",
        "vision": (
            "De syddanske kommuner og Region Syddanmark vil i fællesskab sikre, at borgerne "
            "har adgang til de højt specialiserede tilbud, de har brug for, og at indsatsen "
            "hænger sammen på tværs af sektorer. Samarbejdet skal styrke kvaliteten i "
            "indsatserne og give et fælles, datadrevet grundlag for styring og kapacitet."
        ),
        "intro": (
            "Samarbejdet koordineres i Socialdirektørforum, hvor alle syddanske kommuner og "
            "regionen er repræsenteret på direktørniveau, og betjenes af Fælleskommunalt "
            "Socialsekretariat. På baggrund af politiske bidrag blev der peget på tre "
            "indsatsområder: tværsektoriel kobling, styring og kapacitet samt kvalitet i "
            "indsatserne. Arbejdsgrupper udarbejdede holdningspapirer og handlingskataloger, "
            "som blev godkendt i november 2021. I 2022-2023 blev der afholdt temadage, en "
            "online konference, politiske møder og fællesmøder, og der blev afrapporteret på "
            "centrale udmeldinger om punktskrift, tegnsprog og udviklingshæmmede med dom."
        ),
        "focus_areas": [
            {
                "focus_area": "tvaersektoriel-kobling",
                "goal": (
                    "Bedre kobling mellem socialområdet og de tilgrænsende sektorer, så "
                    "borgere med komplekse behov oplever én sammenhængende indsats."
                ),
                "themes": [
                    "Praksisnær videndeling mellem regionale og kommunale medarbejdere",
                    "Samarbejde med psykiatrien om de mest komplekse borgere",
                    "Samspil med børne-, unge- og skoleområdet og med sundhedsområdet",
                ],
                "actions": [
                    "Tværsektorielle temadage om spiseforstyrrelser og om gravide med forbrug af rusmidler",
                    "Videreførelse og forankring af Sammen om Psykiatri",
                    "Fællesmøder med Børne- og ungecheferne og Sundhedsdirektørkredsen",
                ],
                "success_criteria": (
                    "Målet er nået, når tværsektorielle samarbejdsmodeller er i drift i alle "
                    "kommuner, og deltagere fra region og kommuner mødes fast om fælles målgrupper."
                ),
            },
            {
                "focus_area": "styring-og-kapacitet",
                "goal": (
                    "Et fælles og anvendeligt datagrundlag, der forklarer udgiftsudviklingen "
                    "og gør det muligt at styre kapaciteten i fællesskab."
                ),
                "themes": [
                    "Fælles dataunivers med gode og anvendelige data",
                    "Analyse af, hvorfor udgifterne vokser",
                    "Målrettet benchmarking",
                    "Incitamentsstrukturer og -muligheder",
                ],
                "actions": [
                    "Arbejdsgruppe nedsat i samarbejde med KL",
                    "Økonomisk arbejdsgruppe og takstmøder for økonomimedarbejdere",
                    "Erfa-møder om egenbetaling og takstindberetning",
                ],
                "success_criteria": (
                    "Målet er nået, når kommunerne bruger et fælles dataunivers i "
                    "budgetlægningen, og benchmarking indgår i Socialdirektørforums drøftelser."
                ),
            },
            {
                "focus_area": "kvalitet-i-indsatserne",
                "goal": (
                    "Løfte kvaliteten i indsatserne på socialområdet i tæt dialog med "
                    "brugerorganisationerne."
                ),
                "themes": [
                    "Kvalitet set fra borgerens og brugerorganisationernes perspektiv",
                    "Faglige miljøer på små målgrupper, fx syns- og kommunikationsområdet",
                ],
                "actions": [
                    "Fælles planlægning med Dialogforum Syddanmark af en temadag om kvalitet i indsatserne",
                    "Analyse af det specialiserede kommunikationsområde",
                ],
                "success_criteria": (
                    "Målet er nået, når der er fælles pejlemærker for kvalitet, som "
                    "brugerorganisationerne har været med til at formulere."
                ),
            },
        ],
    },
]
