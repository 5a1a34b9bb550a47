"""Specialiserede tilbud nævnt i rammeaftalearbejdet.

Driftsherre og beliggenhed er angivet, hvor de er kendt; ellers er
kommunen sat til None og driftsherren til "Ikke oplyst".
"""

OFFERS = [
    {
        "slug": "synscenter-refsnaes",
        "name": "Synscenter Refsnæs",
        "operator": "Region Sjælland",
        "municipality": "Kalundborg",
        "region": "Region Sjælland",
        "kind": "specialskole og videnscenter",
        "description": (
            "Landsdækkende tilbud til børn og unge med synshandicap, med specialskole, "
            "døgnophold og rådgivning til kommuner, skoler og familier. Centret rummer et "
            "af landets stærkeste faglige miljøer inden for punktskrift, mobility og "
            "synspædagogik."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "kofoedsminde",
        "name": "Kofoedsminde",
        "operator": "Region Sjælland",
        "municipality": "Lolland",
        "region": "Region Sjælland",
        "kind": "sikret botilbud",
        "description": (
            "Landsdækkende specialinstitution for voksne udviklingshæmmede, der har fået en "
            "dom eller en foranstaltning i åbent eller sikret miljø. Tilbuddet kombinerer "
            "sikkerhed med socialpædagogisk behandling og udslusning."
        ),
        "target_groups": ["udviklingshaemning", "domfaeldte-og-udadreagerende"],
        "url": "",
    },
    {
        "slug": "bakkegaarden",
        "name": "Bakkegården (herunder Skelbækgård)",
        "operator": "Region Sjælland",
        "municipality": "Odsherred",
        "region": "Region Sjælland",
        "kind": "sikret døgninstitution",
        "description": (
            "Landsdækkende sikret institution og kompetencecenter for unge med "
            "udviklingshæmning eller sen udvikling og kriminel adfærd. Skelbækgård er den "
            "åbne afdeling, der bruges til udslusning og til unge, som ikke kan rummes i "
            "andre foranstaltninger."
        ),
        "target_groups": [
            "udviklingshaemning",
            "domfaeldte-og-udadreagerende",
            "boern-og-unge-med-saerlige-behov",
        ],
        "url": "",
    },
    {
        "slug": "himmelev",
        "name": "Behandlingshjemmet Himmelev",
        "operator": "Region Sjælland",
        "municipality": "Lejre",
        "region": "Region Sjælland",
        "kind": "behandlingshjem med intern skole",
        "description": (
            "Dag- og døgnbehandling med intern skole for børn og unge med "
            "autismespektrumforstyrrelser. Hverdagen bygger på et enkelt, forudsigeligt og "
            "trygt pædagogisk miljø."
        ),
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "kildebo",
        "name": "Kildebo – Center for Neurorehabilitering",
        "operator": "Faxe Kommune",
        "municipality": "Faxe",
        "region": "Region Sjælland",
        "kind": "midlertidigt døgntilbud",
        "description": (
            "Specialiseret midlertidigt døgntilbud for voksne med erhvervet hjerneskade, "
            "typisk med ophold på nogle måneder. Et tværfagligt team arbejder med fælles "
            "mål, træning i dagligdags aktiviteter og tæt inddragelse af pårørende."
        ),
        "target_groups": ["erhvervet-hjerneskade"],
        "url": "https://kildebo.faxekommune.dk/",
    },
    {
        "slug": "bomi",
        "name": "BOMI",
        "operator": "Selvejende institution med driftsaftale med Roskilde Kommune",
        "municipality": "Roskilde",
        "region": "Region Sjælland",
        "kind": "rehabiliterings- og rådgivningscenter",
        "description": (
            "Specialiseret tilbud om neurorehabilitering, udredning og arbejdsrehabilitering "
            "for borgere med følger efter hjerneskade, herunder hjernerystelse. Tilbuddet "
            "betjente borgere fra mange kommuner. Driftsformen er angivet som i 2017."
        ),
        "target_groups": ["erhvervet-hjerneskade"],
        "url": "",
    },
    {
        "slug": "platangaarden",
        "name": "Platangården",
        "operator": "Ikke oplyst",
        "municipality": None,
        "region": "Region Sjælland",
        "kind": "døgn- og rehabiliteringstilbud for unge",
        "description": (
            "Specialiseret rehabiliterende tilbud til unge mellem 14 og 25 år med komplekse "
            "psykiske og sociale vanskeligheder, fx spiseforstyrrelser, selvskade eller "
            "misbrug. Afdelingen for spiseforstyrrelser blev fremhævet i regionens arbejde "
            "med tilbud, der var i risiko for at lukke."
        ),
        "target_groups": [
            "spiseforstyrrelser",
            "selvskade",
            "sindslidelse",
            "dobbeltdiagnose",
            "boern-og-unge-med-saerlige-behov",
        ],
        "url": "",
    },
    {
        "slug": "boerneskolen-filadelfia",
        "name": "Børneskolen Filadelfia",
        "operator": "Filadelfia (selvejende)",
        "municipality": "Sorø",
        "region": "Region Sjælland",
        "kind": "specialskole",
        "description": (
            "Specialskole i Dianalund for børn med epilepsi og andre neurologiske "
            "vanskeligheder, tæt koblet til et specialiseret sundhedsfagligt miljø. Skolen "
            "var blandt de tilbud, kommunerne i Region Sjælland drøftede at samarbejde tættere om."
        ),
        "target_groups": ["boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "neurocenter-oesterskoven",
        "name": "Neurocenter Østerskoven",
        "operator": "Region Nordjylland",
        "municipality": "Mariagerfjord",
        "region": "Region Nordjylland",
        "kind": "bo- og rehabiliteringstilbud",
        "description": (
            "Specialiseret tilbud i Hobro for børn, unge og voksne med medfødt eller "
            "erhvervet hjerneskade, fx cerebral parese. Tilbuddet indgår i det forstærkede "
            "samarbejde mellem de nordjyske kommuner og regionen."
        ),
        "target_groups": ["erhvervet-hjerneskade", "boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "institut-for-syn-og-hoerelse",
        "name": "Institut for Syn og Hørelse",
        "operator": "Region Nordjylland",
        "municipality": "Aalborg",
        "region": "Region Nordjylland",
        "kind": "rådgivningscenter",
        "description": (
            "Regionalt videns- og rådgivningscenter for børn og voksne med syns- eller "
            "hørenedsættelse og deres netværk. Centret er en del af det forstærkede "
            "samarbejde i Nordjylland om små, højt specialiserede målgrupper."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap"],
        "url": "",
    },
    {
        "slug": "taleinstituttet-hjerneskadecenter-nordjylland",
        "name": "Taleinstituttet og Hjerneskadecenter Nordjylland",
        "operator": "Region Nordjylland",
        "municipality": "Aalborg",
        "region": "Region Nordjylland",
        "kind": "rådgivnings- og rehabiliteringscenter",
        "description": (
            "Specialiseret center for tale-, sprog- og kommunikationsvanskeligheder samt "
            "rehabilitering efter hjerneskade. Centret tilbyder undervisning, udredning og "
            "rådgivning til borgere og kommuner i hele landsdelen."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade"],
        "url": "",
    },
    {
        "slug": "specialboernehjemmet-kvisten",
        "name": "Specialbørnehjemmet Kvisten",
        "operator": "Region Nordjylland",
        "municipality": None,
        "region": "Region Nordjylland",
        "kind": "døgn- og aflastningstilbud",
        "description": (
            "Del af Region Nordjyllands specialbørnehjem for børn og unge med betydeligt og "
            "varigt nedsat fysisk og/eller psykisk funktionsevne. Der tilbydes både "
            "døgnophold og aflastning, også for sygeplejekrævende børn."
        ),
        "target_groups": ["boern-og-unge-med-saerlige-behov", "udviklingshaemning"],
        "url": "",
    },
    {
        "slug": "fagcenter-for-autisme-og-adhd",
        "name": "Fagcenter for Autisme og ADHD (Enterne og Specialbørnehaven Birken)",
        "operator": "Region Nordjylland",
        "municipality": None,
        "region": "Region Nordjylland",
        "kind": "specialbørnehave og fagcenter",
        "description": (
            "Regionalt fagcenter med specialbørnehave og tilbud til børn og unge med autisme "
            "og ADHD. Centret rummer specialviden, som kommunerne kan trække på i arbejdet "
            "med skolegang og tidlig indsats."
        ),
        "target_groups": ["autisme", "adhd", "boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "center-for-hoeretab",
        "name": "Center for Høretab",
        "operator": "Region Syddanmark",
        "municipality": "Fredericia",
        "region": "Region Syddanmark",
        "kind": "specialskole og rådgivningscenter",
        "description": (
            "Specialiseret tilbud til børn og unge med høretab, herunder undervisning, hvor "
            "dansk tegnsprog indgår, og rådgivning til familier og kommuner. Centret er "
            "centralt i opfølgningen på den centrale udmelding om tegnsprogsindsatser."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "url": "",
    },
    {
        "slug": "autismecenter-holmehoej",
        "name": "Autismecenter Holmehøj",
        "operator": "Region Syddanmark",
        "municipality": None,
        "region": "Region Syddanmark",
        "kind": "botilbud",
        "description": (
            "Botilbud under Autismecenter Syddanmark for voksne med autisme, som har brug "
            "for et specialiseret, struktureret og genkendeligt miljø. Borgerne bor i egne "
            "lejligheder med adgang til fællesarealer."
        ),
        "target_groups": ["autisme", "udviklingshaemning"],
        "url": "",
    },
    {
        "slug": "center-for-kommunikation-og-velfaerdsteknologi",
        "name": "Center for Kommunikation og Velfærdsteknologi (CKV)",
        "operator": "Odense Kommune",
        "municipality": "Odense",
        "region": "Region Syddanmark",
        "kind": "kommunikationscenter",
        "description": (
            "Kommunikationscenter med specialiserede ydelser inden for syn, hørelse, tale og "
            "velfærdsteknologi. Centrets fremtidige rolle indgik i Socialdirektørforums "
            "analyse af det specialiserede kommunikationsområde i Syddanmark."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade"],
        "url": "",
    },
    {
        "slug": "noedebogaard",
        "name": "Nødebogård",
        "operator": "Region Hovedstaden",
        "municipality": "Hillerød",
        "region": "Region Hovedstaden",
        "kind": "botilbud",
        "description": (
            "Specialiseret bo- og dagtilbud under Region Hovedstaden for voksne med "
            "autisme og komplekse støttebehov. Tilbuddet indgik i regionens "
            "'nødbremsemodel' for tilbud med behov for særlig opmærksomhed."
        ),
        "target_groups": ["autisme", "udviklingshaemning"],
        "url": "",
    },
    {
        "slug": "blindecenter-bredegaard",
        "name": "Blindecenter Bredegaard",
        "operator": "Region Hovedstaden",
        "municipality": "Fredensborg",
        "region": "Region Hovedstaden",
        "kind": "bo- og dagtilbud",
        "description": (
            "Bo- og dagtilbud for voksne med synshandicap og nedsat psykisk funktionsevne "
            "eller hjerneskade, med en særlig afdeling med viden om døvblindhed. Centret "
            "arbejder målrettet med velfærdsteknologi, der øger beboernes selvstændighed."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "udviklingshaemning"],
        "url": "",
    },
]
