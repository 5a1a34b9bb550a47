"""Det rejsende specialistkorps – fiktive specialister.

Alle personer er opdigtede. Hjemtilbuddene er virkelige tilbud fra
rammeaftalearbejdet, men personerne er ikke ansat der.
"""

ALLE_REGIONER = [
    "Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
    "Region Midtjylland", "Region Nordjylland",
]

SPECIALISTS = [
    {
        "slug": "signe-holm-mikkelsen",
        "name": "Signe Holm Mikkelsen",
        "profession": "Synskonsulent og punktskriftslærer",
        "expertise": (
            "Vurdering af funktionelt syn hos børn og unge og vejledning i punktskrift, "
            "skærmlæser og tilrettelæggelse af undervisning. Særlig erfaring med overgange "
            "fra dagtilbud til skole."
        ),
        "home_offer": "synscenter-refsnaes",
        "region": "Region Sjælland",
        "travel_regions": ALLE_REGIONER,
        "languages": ["dansk", "engelsk", "punktskrift"],
        "bio": (
            "Signe er uddannet lærer med efteruddannelse i synspædagogik og har arbejdet med "
            "blinde og svagsynede børn i 14 år. Hun rejser ud til skoler og dagtilbud i hele "
            "landet og er kendt for at gøre specialviden konkret og brugbar for det lokale "
            "personale."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "boern-unge-og-skole"],
        "email": "signe.mikkelsen@example.dk",
    },
    {
        "slug": "rasmus-vinther-krogh",
        "name": "Rasmus Vinther Krogh",
        "profession": "Mobility- og ADL-instruktør",
        "expertise": (
            "Træning i orientering og mobilitet samt almindelig daglig levevis for børn og "
            "unge med synshandicap. Vejleder personale og forældre i at indrette omgivelserne "
            "og bruge hvid stok og hjælpemidler."
        ),
        "home_offer": "synscenter-refsnaes",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Hovedstaden", "Region Syddanmark"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Rasmus er ergoterapeut og har specialiseret sig i mobility-træning. Han har "
            "særlig erfaring med unge, der skal flytte hjemmefra eller begynde på "
            "ungdomsuddannelse, og arbejder ofte sammen med kommunale synskonsulenter."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "recovery-og-rehabilitering"],
        "email": "rasmus.krogh@example.dk",
    },
    {
        "slug": "karen-bjerregaard-thomsen",
        "name": "Karen Bjerregaard Thomsen",
        "profession": "Døvblindekonsulent",
        "expertise": (
            "Kommunikation med voksne med medfødt eller erhvervet døvblindhed, herunder taktilt "
            "tegnsprog og referenceobjekter. Vejleder botilbud i indretning, kontrastfarver og "
            "forudsigelige rutiner."
        ),
        "home_offer": "blindecenter-bredegaard",
        "region": "Region Hovedstaden",
        "travel_regions": ["Region Hovedstaden", "Region Sjælland"],
        "languages": ["dansk", "dansk tegnsprog", "taktilt tegnsprog"],
        "bio": (
            "Karen er socialpædagog og har arbejdet med døvblinde i over 20 år. Hun underviser "
            "personalegrupper i kommunikationsformer og hjælper botilbud, der for første gang "
            "får en beboer med dobbelt sansetab."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "udviklingshaemning"],
        "focus_areas": ["hoejt-specialiserede-indsatser"],
        "email": "karen.thomsen@example.dk",
    },
    {
        "slug": "mads-ellegaard-noerby",
        "name": "Mads Ellegaard Nørby",
        "profession": "Audiopædagog og tegnsprogskonsulent",
        "expertise": (
            "Tosproget undervisning på dansk tegnsprog og dansk, rådgivning til skoler med "
            "døve og hørehæmmede elever og familieundervisning i tegnsprog."
        ),
        "home_offer": "center-for-hoeretab",
        "region": "Region Syddanmark",
        "travel_regions": ["Region Syddanmark", "Region Midtjylland"],
        "languages": ["dansk", "dansk tegnsprog", "engelsk"],
        "bio": (
            "Mads er selv vokset op i en døv familie og har dansk tegnsprog som førstesprog. "
            "Han er uddannet lærer og audiopædagog og har arbejdet med opfølgningen på den "
            "centrale udmelding om tegnsprogsindsatser."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "boern-unge-og-skole"],
        "email": "mads.noerby@example.dk",
    },
    {
        "slug": "louise-kragh-damsgaard",
        "name": "Louise Kragh Damsgaard",
        "profession": "Psykolog, specialist i autisme",
        "expertise": (
            "Udredning og pædagogisk-psykologisk vejledning om børn og unge med autisme, "
            "stress og angst. Hjælper skoler og døgntilbud med at forenkle miljøet og "
            "forebygge skolevægring."
        ),
        "home_offer": "himmelev",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Hovedstaden"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Louise er autoriseret psykolog og har arbejdet på specialiserede autismetilbud i "
            "11 år. Hun er uddannet KRAP-underviser og holder jævnligt oplæg på kommunale "
            "temadage om autisme og skolegang."
        ),
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole", "kvalitet-i-indsatserne"],
        "email": "louise.damsgaard@example.dk",
    },
    {
        "slug": "jakob-riis-overgaard",
        "name": "Jakob Riis Overgaard",
        "profession": "Autismepædagog for voksne",
        "expertise": (
            "Struktur, visualisering og stressforebyggelse for voksne med autisme og "
            "udviklingshæmning. Vejleder botilbud ved udadreagerende adfærd og ved "
            "flytning til ny bolig."
        ),
        "home_offer": "autismecenter-holmehoej",
        "region": "Region Syddanmark",
        "travel_regions": ["Region Syddanmark", "Region Midtjylland", "Region Sjælland"],
        "languages": ["dansk", "tysk"],
        "bio": (
            "Jakob er pædagog med diplomuddannelse i specialpædagogik. Han har været med til "
            "at etablere flere bofællesskaber for voksne med autisme og har stor erfaring med "
            "overgange fra barn til voksen."
        ),
        "target_groups": ["autisme", "udviklingshaemning"],
        "focus_areas": ["kvalitet-i-indsatserne", "recovery-og-rehabilitering"],
        "email": "jakob.overgaard@example.dk",
    },
    {
        "slug": "hanne-lykkegaard-bach",
        "name": "Hanne Lykkegaard Bach",
        "profession": "Neuropsykolog",
        "expertise": (
            "Neuropsykologisk udredning og rådgivning efter erhvervet hjerneskade og "
            "hjernerystelse. Vejleder kommuner og tilbud om hjernetræthed, kognitive "
            "kompenserende strategier og tilbagevenden til arbejde."
        ),
        "home_offer": "bomi",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Hovedstaden", "Region Syddanmark"],
        "languages": ["dansk", "engelsk", "svensk"],
        "bio": (
            "Hanne er specialist i neuropsykologi og har arbejdet med arbejdsrehabilitering "
            "efter hjerneskade i mange år. Hun hjælper ofte botilbud og jobcentre med at forstå "
            "en borgers kognitive profil."
        ),
        "target_groups": ["erhvervet-hjerneskade"],
        "focus_areas": ["recovery-og-rehabilitering", "beskaeftigelse-og-relationer"],
        "email": "hanne.bach@example.dk",
    },
    {
        "slug": "peter-svanholm-iversen",
        "name": "Peter Svanholm Iversen",
        "profession": "Ergoterapeut med speciale i neurorehabilitering",
        "expertise": (
            "Målsætning med GAS, træning i dagligdags aktiviteter og håndteringsplaner for "
            "borgere med erhvervet hjerneskade. Rådgiver om overgangen fra døgnrehabilitering "
            "til eget hjem."
        ),
        "home_offer": "kildebo",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland"],
        "languages": ["dansk"],
        "bio": (
            "Peter har arbejdet med neurorehabilitering i 16 år, både på sygehus og i "
            "kommunalt regi. Han brænder for at gøre træningen meningsfuld for borgeren og "
            "for at inddrage pårørende fra første dag."
        ),
        "target_groups": ["erhvervet-hjerneskade"],
        "focus_areas": ["recovery-og-rehabilitering", "hoejt-specialiserede-indsatser"],
        "email": "peter.iversen@example.dk",
    },
    {
        "slug": "ole-kjaer-damgaard",
        "name": "Ole Kjær Damgaard",
        "profession": "Neuropædagog",
        "expertise": (
            "Neuropædagogisk vejledning om børn, unge og voksne med medfødt eller erhvervet "
            "hjerneskade, fx cerebral parese. Særlig viden om kommunikation og sansestimulering."
        ),
        "home_offer": "neurocenter-oesterskoven",
        "region": "Region Nordjylland",
        "travel_regions": ["Region Nordjylland", "Region Midtjylland"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Ole er uddannet pædagog og neuropædagog og har arbejdet med både børn og voksne. "
            "Han underviser personalegrupper i at aflæse signaler hos borgere uden talesprog."
        ),
        "target_groups": ["erhvervet-hjerneskade", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["recovery-og-rehabilitering", "videndeling-og-kompetenceudvikling"],
        "email": "ole.damgaard@example.dk",
    },
    {
        "slug": "marianne-fog-halberg",
        "name": "Marianne Fog Halberg",
        "profession": "Talepædagog og ASK-konsulent",
        "expertise": (
            "Alternativ og supplerende kommunikation (ASK), talemaskiner og "
            "kommunikationsstrategier for borgere med afasi, dysartri eller svære "
            "kommunikationsvanskeligheder."
        ),
        "home_offer": "taleinstituttet-hjerneskadecenter-nordjylland",
        "region": "Region Nordjylland",
        "travel_regions": ["Region Nordjylland"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Marianne er audiologopæd og har arbejdet med ASK i over ti år. Hun hjælper "
            "personale på botilbud med at finde og indføre de rette kommunikationsredskaber."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade"],
        "focus_areas": ["velfaerdsteknologi", "hoejt-specialiserede-indsatser"],
        "email": "marianne.halberg@example.dk",
    },
    {
        "slug": "camilla-brix-soerensen",
        "name": "Camilla Brix Sørensen",
        "profession": "Psykolog, specialist i spiseforstyrrelser",
        "expertise": (
            "Socialt rehabiliterende indsats ved svære spiseforstyrrelser, måltidsstøtte og "
            "familieinddragelse. Vejleder kommuner og tilbud i samarbejdet med "
            "behandlingspsykiatrien."
        ),
        "home_offer": "platangaarden",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Hovedstaden", "Region Syddanmark"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Camilla har arbejdet med unge med spiseforstyrrelser i både psykiatrien og på "
            "sociale døgntilbud. Hun holder ofte oplæg på tværsektorielle temadage og "
            "netværksmøder."
        ),
        "target_groups": ["spiseforstyrrelser", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "tvaersektoriel-kobling"],
        "email": "camilla.soerensen@example.dk",
    },
    {
        "slug": "sofie-aagaard-lindholm",
        "name": "Sofie Aagaard Lindholm",
        "profession": "Sygeplejerske og psykoterapeut, specialist i selvskade",
        "expertise": (
            "Forståelse og håndtering af selvskadende adfærd hos unge, kriseplaner og "
            "samarbejde med psykiatrien efter udskrivning. Vejleder personale i at reagere "
            "roligt og ikke-dømmende."
        ),
        "home_offer": "platangaarden",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Hovedstaden"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Sofie har en baggrund i børne- og ungdomspsykiatrien og har siden arbejdet på "
            "sociale tilbud for unge. Hun har udviklet kriseplaner, som bruges af flere "
            "kommunale døgntilbud."
        ),
        "target_groups": ["selvskade", "spiseforstyrrelser", "sindslidelse"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
        "email": "sofie.lindholm@example.dk",
    },
    {
        "slug": "henrik-boegh-laursen",
        "name": "Henrik Bøgh Laursen",
        "profession": "Socialrådgiver og misbrugsbehandler, specialist i dobbeltdiagnoser",
        "expertise": (
            "Integreret indsats for unge og voksne med både psykisk lidelse og rusmiddelproblem. "
            "Rådgiver om motivationsarbejde, skadesreduktion og koordinering mellem "
            "misbrugsbehandling og psykiatri."
        ),
        "home_offer": "platangaarden",
        "region": "Region Sjælland",
        "travel_regions": ["Region Sjælland", "Region Syddanmark"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Henrik har arbejdet i et opsøgende team og i kommunal misbrugsbehandling, før han "
            "blev specialist på et ungetilbud. Han underviser i samarbejde på tværs af "
            "sektorer om borgere med dobbeltdiagnose."
        ),
        "target_groups": ["dobbeltdiagnose", "sindslidelse", "hjemloese"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
        "email": "henrik.laursen@example.dk",
    },
    {
        "slug": "thomas-egelund-winther",
        "name": "Thomas Egelund Winther",
        "profession": "Socialpædagog, specialist i udadreagerende adfærd",
        "expertise": (
            "Low arousal, konfliktnedtrapning og analyse af udløsende faktorer ved voldsom "
            "adfærd hos unge med udviklingshæmning eller sen udvikling. Hjælper tilbud med at "
            "nedbringe magtanvendelser."
        ),
        "home_offer": "bakkegaarden",
        "region": "Region Sjælland",
        "travel_regions": ALLE_REGIONER,
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Thomas har arbejdet i sikrede og åbne afdelinger for unge i 15 år. Han er "
            "certificeret underviser i konfliktnedtrapning og rejser ud til tilbud i hele "
            "landet, når en ung borgers adfærd bliver svær at rumme."
        ),
        "target_groups": ["domfaeldte-og-udadreagerende", "udviklingshaemning", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["kvalitet-i-indsatserne", "hoejt-specialiserede-indsatser"],
        "email": "thomas.winther@example.dk",
    },
    {
        "slug": "nanna-skovgaard-juhl",
        "name": "Nanna Skovgaard Juhl",
        "profession": "Socialpædagog, specialist i udviklingshæmning og dom",
        "expertise": (
            "Socialpædagogisk behandling og risikovurdering for voksne udviklingshæmmede med "
            "dom. Rådgiver bopælskommuner og botilbud om udslusning og opfølgning."
        ),
        "home_offer": "kofoedsminde",
        "region": "Region Sjælland",
        "travel_regions": ALLE_REGIONER,
        "languages": ["dansk"],
        "bio": (
            "Nanna har en diplomuddannelse i socialpædagogik og har arbejdet med dømte "
            "udviklingshæmmede i både sikrede og åbne rammer. Hun er ofte tilknyttet forløb, "
            "hvor en borger skal sluses ud til et kommunalt botilbud."
        ),
        "target_groups": ["udviklingshaemning", "domfaeldte-og-udadreagerende"],
        "focus_areas": ["hoejt-specialiserede-indsatser"],
        "email": "nanna.juhl@example.dk",
    },
    {
        "slug": "birgitte-ravn-kristiansen",
        "name": "Birgitte Ravn Kristiansen",
        "profession": "Specialpædagog for børn med multiple funktionsnedsættelser",
        "expertise": (
            "Omsorg, kommunikation og udvikling for børn med betydelig fysisk og psykisk "
            "funktionsnedsættelse, herunder sygeplejekrævende børn. Vejleder aflastningstilbud "
            "og familier."
        ),
        "home_offer": "specialboernehjemmet-kvisten",
        "region": "Region Nordjylland",
        "travel_regions": ["Region Nordjylland"],
        "languages": ["dansk"],
        "bio": (
            "Birgitte er pædagog med speciale i børn med multiple funktionsnedsættelser og har "
            "arbejdet på døgn- og aflastningstilbud i 18 år."
        ),
        "target_groups": ["boern-og-unge-med-saerlige-behov", "udviklingshaemning"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "borgerinddragelse"],
        "email": "birgitte.kristiansen@example.dk",
    },
    {
        "slug": "line-moerch-vestergaard",
        "name": "Line Mørch Vestergaard",
        "profession": "Specialpædagogisk konsulent, autisme og ADHD",
        "expertise": (
            "Udgående vejledning til almenskoler og dagtilbud om børn med autisme og ADHD, "
            "tidlig opsporing og forebyggelse af skolevægring."
        ),
        "home_offer": "fagcenter-for-autisme-og-adhd",
        "region": "Region Nordjylland",
        "travel_regions": ["Region Nordjylland", "Region Midtjylland"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Line er lærer og har undervist i autismeklasser, før hun blev konsulent. Hun "
            "arbejder efter princippet om at flytte børn ét trin ad gangen og hjælper skoler "
            "med at holde børn i almenmiljøet med den rette støtte."
        ),
        "target_groups": ["autisme", "adhd", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole"],
        "email": "line.vestergaard@example.dk",
    },
    {
        "slug": "kristian-holt-brandt",
        "name": "Kristian Holt Brandt",
        "profession": "Kommunikations- og velfærdsteknologikonsulent",
        "expertise": (
            "Afprøvning og implementering af velfærdsteknologi og kommunikationshjælpemidler "
            "for borgere med syns-, høre- og kommunikationshandicap eller hjerneskade."
        ),
        "home_offer": "center-for-kommunikation-og-velfaerdsteknologi",
        "region": "Region Syddanmark",
        "travel_regions": ["Region Syddanmark"],
        "languages": ["dansk", "engelsk"],
        "bio": (
            "Kristian er ergoterapeut med en master i velfærdsteknologi. Han hjælper botilbud "
            "med at vælge teknologi ud fra borgerens mål og ikke kun ud fra, hvad der er nyt."
        ),
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade", "udviklingshaemning"],
        "focus_areas": ["velfaerdsteknologi"],
        "email": "kristian.brandt@example.dk",
    },
]
