"""Metoder og indsatser, som rammeaftalearbejdet beskriver eller nævner.

Kontaktpersoner er fiktive; e-mailadresser bruger domænet example.dk.
"""


def ce(title, text):
    """Kerneelement (tiny helper)."""
    return {"title": title, "text": text}


def paras(*parts):
    """Saml afsnit adskilt af en tom linje."""
    return "\n\n".join(parts)


SYDDANSKE_KOMMUNER = [
    "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn",
    "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns",
    "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen",
    "Vejle", "Ærø", "Aabenraa",
]


METHODS = [
    # ------------------------------------------------------------------
    {
        "slug": "fit-feedback-informed-treatment",
        "title": "FIT – Feedback Informed Treatment",
        "summary": (
            "Ved hver samtale svarer du på to korte skemaer om, hvordan du har det, og "
            "hvordan samarbejdet går. Så kan I sammen se, om hjælpen virker, og justere "
            "den i tide."
        ),
        "purpose": (
            "At gøre borgerens egen oplevelse af fremgang og af samarbejdet til "
            "omdrejningspunkt for indsatsen og at opdage tidligt, når en indsats ikke virker."
        ),
        "description": paras(
            "FIT er en systematisk feedbackmetode, hvor borgeren ved hver samtale udfylder "
            "to korte skalaer: ORS (Outcome Rating Scale) om trivsel i eget liv og SRS "
            "(Session Rating Scale) om samarbejdsalliancen. Resultaterne drøftes straks med "
            "borgeren og følges over tid i en graf.",
            "Metoden stammer fra psykoterapien, men bruges i Danmark i socialpsykiatri, "
            "misbrugsbehandling, familiebehandling og på botilbud. Den fælles dialog om "
            "scorerne giver borgeren en tydelig stemme og giver medarbejderen et fagligt "
            "grundlag for at ændre kurs, inden forløbet går i stå.",
            "I rammeaftalen for Region Sjælland 2021-2022 er erfaringer med FIT nævnt som "
            "et konkret tema under praksisnær metodeudvikling og videndeling om effekt. "
            "Data fra FIT kan på aggregeret niveau også bruges i ledelsesinformation, hvis "
            "det sker med omtanke.",
        ),
        "core_elements": [
            ce("Systematisk måling ved hver kontakt", "ORS i starten og SRS i slutningen af hver samtale eller aktivitet."),
            ce("Fælles drøftelse af scorer", "Resultatet gennemgås med borgeren med det samme og bruges til at justere mål og metode."),
            ce("Opfølgning på manglende fremgang", "Forløb uden fremgang tages op i supervision eller team efter faste kriterier."),
            ce("Deliberate practice", "Medarbejderne bruger egne data til målrettet at udvikle deres faglighed."),
        ],
        "dose_duration": "Løbende i hele forløbet; skemaerne tager 1–2 minutter pr. samtale",
        "delivered_by": "Socialpædagoger, socialrådgivere, behandlere og bostøttemedarbejdere",
        "legal_basis": "",
        "competences": "Grundkursus i FIT (2–3 dage) og løbende supervision; lokale FIT-ambassadører anbefales.",
        "organisation": "Kræver ledelsesmæssig opbakning, et digitalt eller papirbaseret registreringssystem og fast tid til feedbackdrøftelser i teamet.",
        "cost": "Lave direkte omkostninger; den største investering er uddannelse og tid til supervision.",
        "measurement": "ORS (Outcome Rating Scale) og SRS (Session Rating Scale); for børn CORS og CSRS.",
        "practice_use": "Bruges i en række kommuner i socialpsykiatri, misbrugsbehandling, familiebehandling og på botilbud; drøftet som fælles redskab i rammeaftalesamarbejdet i Sjælland.",
        "status": "i_brug",
        "owner": "Rammeaftalesekretariatet i Region Sjælland (faglig tovholder)",
        "contact_name": "Jonas Hald Bisgaard",
        "contact_email": "jonas.bisgaard@example.dk",
        "evidence_level": 3,
        "cost_level": 1,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose", "anbragte-unge-og-eftervaern"],
        "focus_areas": ["kvalitet-i-indsatserne", "borgerinddragelse"],
        "evidence": ["fit-klientfeedback-rct-norge", "cochrane-proms-psykisk-sundhed"],
        "offers": [],
        "municipalities": [],
        "keywords": ["feedback", "effektmåling", "ORS", "SRS", "alliance", "evalueringskultur"],
        "last_reviewed": "2025-09-15",
        "next_review": "2027-09-15",
    },
    # ------------------------------------------------------------------
    {
        "slug": "recovery-orienteret-praksis",
        "title": "Recovery-orienteret praksis",
        "summary": (
            "Hjælpen tager udgangspunkt i, hvad der giver dit liv mening, og i dine egne mål "
            "og håb – ikke kun i din diagnose."
        ),
        "purpose": (
            "At understøtte borgerens personlige recovery-proces med håb, mening, "
            "selvbestemmelse og forbundethed, inden for de begrænsninger den enkelte har."
        ),
        "description": paras(
            "Recovery-orienteret praksis er en grundlæggende tilgang snarere end én metode. "
            "Borgeren ses som ekspert i eget liv, og medarbejderens rolle er at støtte "
            "borgerens egne mål, styrke ressourcer og skabe forbindelse til fællesskaber "
            "uden for systemet.",
            "Kommunerne i Region Sjælland har i de senere år arbejdet markant mere "
            "recovery-orienteret, og rammeaftalen 2018-2020 understøttede fælles "
            "metodeudvikling og konferencer om tilgangen. Recovery-orientering ændrer også "
            "samarbejdet med brugerne om muligheder og begrænsninger.",
            "I praksis kombineres tilgangen ofte med konkrete redskaber som "
            "recovery-samtaler, fælles beslutningstagning, peer-støtte og IPS.",
        ),
        "core_elements": [
            ce("Borgerens egne mål", "Indsatsplanen bygger på borgerens formulering af, hvad et godt liv er."),
            ce("Håb og styrker", "Medarbejderne arbejder bevidst med at skabe håb og bygge på ressourcer."),
            ce("Fælles beslutningstagning", "Beslutninger om støtte og behandling træffes sammen med borgeren."),
            ce("Forbindelse til fællesskaber", "Støtte til relationer, arbejde og fritid uden for tilbuddet."),
            ce("Erfaringsviden", "Peer-medarbejdere og brugerorganisationer inddrages."),
        ],
        "dose_duration": "Tilgang i hele forløbet; kompetenceudvikling typisk 6–12 måneder for en personalegruppe",
        "delivered_by": "Alle medarbejdere i socialpsykiatrien, botilbud og bostøtte",
        "legal_basis": "",
        "competences": "Fælles uddannelse i recovery-orienteret praksis for ledere og medarbejdere; gerne med peer-undervisere.",
        "organisation": "Kræver, at visitation, dokumentation og husregler understøtter borgerens selvbestemmelse.",
        "cost": "Moderate udgifter til uddannelse og organisatorisk omstilling.",
        "measurement": "Recovery Star (Outcome Star), borgerens egen vurdering, fx med FIT, og kvalitative opfølgningssamtaler.",
        "practice_use": "Udbredt i socialpsykiatrien i mange kommuner i Region Sjælland og resten af landet.",
        "status": "i_brug",
        "owner": "Kommunerne i Region Sjælland i fællesskab",
        "contact_name": "Pernille Krog Søndergaard",
        "contact_email": "pernille.soendergaard@example.dk",
        "evidence_level": 2,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose", "hjemloese"],
        "focus_areas": ["recovery-og-rehabilitering", "psykiatri", "borgerinddragelse"],
        "evidence": ["recovery-vidensopsamling"],
        "offers": [],
        "municipalities": [],
        "keywords": ["recovery", "håb", "selvbestemmelse", "socialpsykiatri", "mestring"],
        "last_reviewed": "2025-10-01",
        "next_review": "2027-10-01",
    },
    # ------------------------------------------------------------------
    {
        "slug": "sammen-om-psykiatri",
        "title": "Sammen om Psykiatri",
        "summary": (
            "Når du både får hjælp fra kommunen og fra psykiatrien, aftaler de to parter en "
            "fælles plan med dig og holder tæt kontakt, så du ikke falder mellem to stole."
        ),
        "purpose": (
            "At bygge bro mellem kommunerne og regionspsykiatrien om de mest komplekse "
            "borgere, så indlæggelser, genindlæggelser og tvang kan nedbringes."
        ),
        "description": paras(
            "Sammen om Psykiatri er en samarbejdsmodel udviklet i Syddanmark mellem "
            "Socialdirektørforum og psykiatrien i Region Syddanmark. Kommune og psykiatri "
            "udvælger sammen en gruppe borgere med meget komplekse forløb og indleder et tæt, "
            "borgerrettet samarbejde.",
            "Modellen bruger eksisterende redskaber som udskrivningsaftaler og "
            "koordinationsplaner mere konsekvent. Faste kontaktpersoner på begge sider, "
            "fælles møder og en fælles forståelse af borgerens situation er bærende.",
            "Modellen er startet op i alle syddanske kommuner og psykiatriske afdelinger. "
            "Projektperioden sluttede i 2022 med en online konference, og modellen er siden "
            "overgået til drift med lokal forankring og fælles finansieret central understøttelse.",
        ),
        "core_elements": [
            ce("Fælles udvælgelse af borgere", "Kommune og psykiatri udpeger sammen de borgere, der har størst behov for koordinering."),
            ce("Faste kontaktpersoner", "Hver borger har en navngiven kontakt i både kommune og psykiatri."),
            ce("Udskrivningsaftaler og koordinationsplaner", "Eksisterende redskaber bruges systematisk og opdateres løbende."),
            ce("Fælles opfølgning på data", "Indlæggelser, skadestuebesøg og tvang følges over tid."),
        ],
        "dose_duration": "Løbende samarbejde; typisk mindst 12 måneder pr. borger",
        "delivered_by": "Kommunal socialpsykiatri og myndighed sammen med regionale psykiatriske afdelinger",
        "legal_basis": "Psykiatriloven (udskrivningsaftaler og koordinationsplaner) og Serviceloven",
        "competences": "Kendskab til begge sektorers opgaver og lovgivning; fælles introduktion for kontaktpersoner.",
        "organisation": "Forankring i ledelsen i kommune og psykiatri, faste mødefora og en lokal tovholder.",
        "cost": "Primært medarbejdertid til koordinering; udgifterne modsvares af færre indlæggelser.",
        "measurement": "Forløbsdata: indlæggelser, indlæggelsesdage, genindlæggelser, skadestuebesøg, ambulante kontakter og tvangsindlæggelser.",
        "practice_use": "I drift i de syddanske kommuner og psykiatriske afdelinger i Region Syddanmark.",
        "status": "i_brug",
        "owner": "Socialdirektørforum Syddanmark og Psykiatrien i Region Syddanmark",
        "contact_name": "Annemette Kloster Vind",
        "contact_email": "annemette.vind@example.dk",
        "evidence_level": 3,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
        "evidence": ["sammen-om-psykiatri-evaluering"],
        "offers": [],
        "municipalities": SYDDANSKE_KOMMUNER,
        "keywords": ["tværsektorielt samarbejde", "psykiatri", "udskrivningsaftale", "koordinationsplan", "tvang"],
        "last_reviewed": "2025-11-20",
        "next_review": "2027-05-20",
    },
    # ------------------------------------------------------------------
    {
        "slug": "skaeve-boliger",
        "title": "Skæve boliger",
        "summary": (
            "Små, robuste boliger til mennesker, der ikke kan finde sig til rette i en "
            "almindelig lejlighed, fx på grund af misbrug. Du får dit eget hjem på dine præmisser."
        ),
        "purpose": (
            "At give hjemløse med misbrug eller en anderledes livsform et varigt hjem, uden "
            "krav om først at blive stoffri."
        ),
        "description": paras(
            "Skæve boliger er små huse eller boliger placeret, så beboernes livsstil kan "
            "rummes uden konflikter med naboer. Målgruppen er borgere, der ud over at være "
            "hjemløse har et misbrug, og hvor det ikke forventes, at de kommer ud af misbruget.",
            "Nordjyske deltagere i rammeaftalearbejdet pegede på flere skæve boliger som et "
            "konkret svar på stigningen i hjemløshed; Aalborg Kommunes skæve boliger på "
            "Svenstrupgård blev nævnt som eksempel.",
            "Boligerne fungerer bedst med tilknyttet social støtte, fx en gårdmand eller "
            "bostøtte, og med en placering, der giver ro, men ikke isolation.",
        ),
        "core_elements": [
            ce("Robust og enkel bolig", "Boligen tåler en hård brug og ligger med afstand til naboer."),
            ce("Ingen krav om stoffrihed", "Borgeren kan bo der, selv om misbruget fortsætter."),
            ce("Tilknyttet støtte", "Bostøtte eller en fast medarbejder på stedet."),
            ce("Naboskab og dialog", "Forventningsafstemning med lokalområdet fra start."),
        ],
        "dose_duration": "Varigt boligtilbud",
        "delivered_by": "Kommunen i samarbejde med almene boligorganisationer",
        "legal_basis": "",
        "competences": "Erfaring med hjemløshed og misbrug, skadesreduktion og konfliktnedtrapning.",
        "organisation": "Kræver egnede grunde, samarbejde med boligorganisation og en fast støttefunktion.",
        "cost": "Anlægsudgifter til boligerne samt løbende udgifter til bostøtte.",
        "measurement": "Boligfastholdelse, antal genhenvendelser på forsorgshjem og beboernes egen vurdering.",
        "practice_use": "Bruges i flere større kommuner, bl.a. Aalborg.",
        "status": "i_brug",
        "owner": "Aalborg Kommune (eksempel fra Nordjylland)",
        "contact_name": "Morten Gravesen Ebbesen",
        "contact_email": "morten.ebbesen@example.dk",
        "evidence_level": 2,
        "cost_level": 3,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["hjemloese", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed"],
        "evidence": ["skaeve-huse-evaluering"],
        "offers": [],
        "municipalities": ["Aalborg"],
        "keywords": ["skæve huse", "hjemløshed", "misbrug", "skadesreduktion", "bolig"],
        "last_reviewed": "2025-06-10",
        "next_review": "2027-06-10",
    },
    # ------------------------------------------------------------------
    {
        "slug": "housing-first",
        "title": "Housing First med individuel bostøtte",
        "summary": (
            "Du får først en fast bolig, og derefter får du den støtte, du har brug for, "
            "til at blive boende og få hverdagen til at fungere."
        ),
        "purpose": (
            "At bringe hjemløse hurtigt i egen bolig og sikre, at de bevarer den, ved at "
            "kombinere boligen med en af bostøttemetoderne CTI, ICM eller ACT."
        ),
        "description": paras(
            "Housing First er et princip om, at en stabil bolig er forudsætningen for at "
            "arbejde med andre problemer, ikke belønningen for at have løst dem. Borgeren "
            "skal ikke først være 'boligparat'.",
            "Boligen kombineres med bostøtte, hvis intensitet afhænger af borgerens behov: "
            "CTI til tidsafgrænset støtte i overgangen, ICM til længerevarende case "
            "management og ACT til borgere med de mest komplekse behov.",
            "I rammeaftalearbejdet peges der på, at løsningerne skal have individet i "
            "centrum og en bred palette af boformer, og at den løbende støtte til borgeren "
            "skal intensiveres.",
        ),
        "core_elements": [
            ce("Bolig uden forudgående krav", "Ingen krav om behandling eller stoffrihed før indflytning."),
            ce("Adskillelse af bolig og støtte", "Borgeren bevarer boligen, selv om støtten ændres."),
            ce("Fleksibel bostøtte", "CTI, ICM eller ACT afhængigt af behov."),
            ce("Borgerens valg", "Borgeren har indflydelse på bolig og indhold i støtten."),
        ],
        "dose_duration": "Bostøtte i 9 måneder (CTI) til flere år (ICM/ACT)",
        "delivered_by": "Kommunale bostøtteteams, hjemløseenheder og boligsociale medarbejdere",
        "legal_basis": "Serviceloven § 85",
        "competences": "Uddannelse i den valgte bostøttemetode; viden om misbrug og psykiske lidelser.",
        "organisation": "Adgang til betalbare boliger via kommunal anvisning og samarbejde med boligorganisationer.",
        "cost": "Udgifter til bostøtte og boliganvisning; modsvares delvist af færre ophold på forsorgshjem.",
        "measurement": "Boligfastholdelse efter 12 måneder, genhenvendelse på forsorgshjem og Outcome Star.",
        "practice_use": "Den nationale hjemløsestrategi afprøvede og udbredte tilgangen i en lang række kommuner.",
        "status": "i_brug",
        "owner": "Kommunerne (national udbredelse understøttet af Socialstyrelsen)",
        "contact_name": "Rikke Haugaard Kirk",
        "contact_email": "rikke.kirk@example.dk",
        "evidence_level": 4,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["hjemloese", "dobbeltdiagnose", "sindslidelse"],
        "focus_areas": ["hjemloeshed", "recovery-og-rehabilitering"],
        "evidence": ["housing-first-at-home-chez-soi", "hjemloesestrategien-evaluering"],
        "offers": [],
        "municipalities": [],
        "keywords": ["Housing First", "bostøtte", "hjemløshed", "CTI", "ICM", "ACT"],
        "last_reviewed": "2025-08-28",
        "next_review": "2027-08-28",
    },
    # ------------------------------------------------------------------
    {
        "slug": "critical-time-intervention",
        "title": "CTI – Critical Time Intervention",
        "summary": (
            "Når du flytter fra forsorgshjem, fængsel eller hospital til egen bolig, får du "
            "en fast medarbejder i ni måneder, som hjælper dig godt på plads og forbinder dig "
            "med den hjælp, du skal have fremover."
        ),
        "purpose": (
            "At forebygge fornyet hjemløshed i den sårbare overgangsperiode ved hjælp af "
            "tidsafgrænset, fasedelt og intensiv støtte."
        ),
        "description": paras(
            "CTI er en manualbaseret bostøttemetode, der følger borgeren i ni måneder fra "
            "flytningen. Forløbet er delt i tre faser: overgang til bolig, afprøvning og "
            "overdragelse, hvor ansvaret gradvist overgår til borgerens eget netværk og det "
            "almindelige hjælpesystem.",
            "Metoden passer til det, nordjyske deltagere i rammeaftalearbejdet efterspurgte: "
            "en medarbejder, der følger borgeren efter udskrivning fra forsorgshjemmet, så "
            "færre vender tilbage.",
            "CTI-medarbejderen har en lille sagsstamme og arbejder opsøgende og "
            "koordinerende snarere end behandlende.",
        ),
        "core_elements": [
            ce("Tre faser over ni måneder", "Intensiteten aftrappes planlagt."),
            ce("Fokus på få prioriterede områder", "Fx bolig, økonomi, misbrugsbehandling og psykiatri."),
            ce("Brobygning", "Etablering af varige forbindelser til hjælpesystem og netværk."),
            ce("Lille sagsstamme", "Typisk 8–10 borgere pr. medarbejder."),
        ],
        "dose_duration": "9 måneder i tre faser",
        "delivered_by": "CTI-medarbejdere i kommunale bostøtte- eller hjemløseteams",
        "legal_basis": "Serviceloven § 85",
        "competences": "CTI-uddannelse og metodesupervision; kendskab til lokale tilbud.",
        "organisation": "Udslusningsplan i samarbejde med forsorgshjem, kriminalforsorg eller psykiatri.",
        "cost": "Moderat; tidsafgrænset forløb med lille sagsstamme.",
        "measurement": "Boligfastholdelse, genindskrivning på forsorgshjem og fidelitetsmåling af metoden.",
        "practice_use": "Bruges i mange kommuner efter hjemløsestrategien, også ved løsladelse og udskrivning fra psykiatrien.",
        "status": "i_brug",
        "owner": "Socialstyrelsen (metodeansvar) og kommunerne (drift)",
        "contact_name": "Rikke Haugaard Kirk",
        "contact_email": "rikke.kirk@example.dk",
        "evidence_level": 3,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["hjemloese", "sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed", "tvaersektoriel-kobling"],
        "evidence": ["cti-vidensgrundlag", "hjemloesestrategien-evaluering"],
        "offers": [],
        "municipalities": [],
        "keywords": ["CTI", "overgang", "udskrivning", "forsorgshjem", "bostøtte"],
        "last_reviewed": "2025-08-28",
        "next_review": "2027-08-28",
    },
    # ------------------------------------------------------------------
    {
        "slug": "intensive-case-management",
        "title": "ICM – Intensive Case Management",
        "summary": (
            "Du får en fast case manager, som hjælper dig med at holde fast i boligen og "
            "koordinerer kontakten til de andre, der hjælper dig."
        ),
        "purpose": (
            "At give hjemløse og tidligere hjemløse med komplekse problemer en længerevarende, "
            "koordinerende støtte, så boligen bevares."
        ),
        "description": paras(
            "ICM er en case management-metode, hvor én medarbejder har det samlede overblik "
            "og følger borgeren i en længere periode. Case manageren yder selv praktisk og "
            "social støtte og sørger for, at borgeren får adgang til behandling og "
            "ydelser hos andre.",
            "Metoden er målrettet borgere, der har brug for mere end tidsafgrænset støtte, "
            "men ikke har behov for et fuldt tværfagligt ACT-team.",
        ),
        "core_elements": [
            ce("Én gennemgående case manager", "Fast kontaktperson, der kender borgerens hele situation."),
            ce("Koordinering", "Case manageren binder indsatser fra flere sektorer sammen."),
            ce("Praktisk støtte i hjemmet", "Hjælp til økonomi, indkøb, post og naboskab."),
            ce("Lille sagsstamme", "Typisk op til 10–15 borgere pr. medarbejder."),
        ],
        "dose_duration": "Typisk 1–2 år eller længere efter behov",
        "delivered_by": "Case managers i kommunale bostøtte- og hjemløseteams",
        "legal_basis": "Serviceloven § 85",
        "competences": "ICM-uddannelse, viden om misbrug og psykiatri og netværksarbejde.",
        "organisation": "Klare aftaler med psykiatri, misbrugscenter og jobcenter om koordinering.",
        "cost": "Moderat til høj afhængigt af varighed.",
        "measurement": "Boligfastholdelse, Outcome Star og borgerens vurdering af støtten.",
        "practice_use": "Anvendt i en lang række kommuner som del af Housing First-tilgangen.",
        "status": "i_brug",
        "owner": "Kommunerne",
        "contact_name": "Rikke Haugaard Kirk",
        "contact_email": "rikke.kirk@example.dk",
        "evidence_level": 3,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["hjemloese", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed"],
        "evidence": ["hjemloesestrategien-evaluering", "housing-first-at-home-chez-soi"],
        "offers": [],
        "municipalities": [],
        "keywords": ["ICM", "case management", "bostøtte", "hjemløshed"],
        "last_reviewed": "2025-08-28",
        "next_review": "2027-08-28",
    },
    # ------------------------------------------------------------------
    {
        "slug": "assertive-community-treatment",
        "title": "ACT – Assertive Community Treatment",
        "summary": (
            "Et fast team med både socialfaglige og sundhedsfaglige medarbejdere kommer ud til "
            "dig og hjælper med det hele – bolig, behandling, misbrug og hverdag."
        ),
        "purpose": (
            "At give borgere med de mest komplekse behov en samlet, opsøgende og tværfaglig "
            "indsats, der forebygger indlæggelser og hjemløshed."
        ),
        "description": paras(
            "ACT er en opsøgende, tværfaglig teammodel. Teamet deler ansvaret for en fælles "
            "gruppe borgere og omfatter typisk socialrådgivere, sygeplejersker, "
            "misbrugsbehandlere, psykiater og gerne en peer-medarbejder.",
            "Modellen kræver tæt samarbejde mellem kommune og region, fordi teamet rummer "
            "både sociale indsatser og behandling. Den er derfor et eksempel på den "
            "tværsektorielle kobling, som rammeaftalerne efterspørger.",
        ),
        "core_elements": [
            ce("Tværfagligt team med fælles sagsstamme", "Alle i teamet kender alle borgere."),
            ce("Opsøgende arbejde", "Indsatsen foregår i borgerens hjem og nærmiljø."),
            ce("Integreret behandling", "Psykiatrisk behandling og misbrugsbehandling i samme team."),
            ce("Tidsubegrænset støtte", "Indsatsen varer, så længe der er behov."),
        ],
        "dose_duration": "Tidsubegrænset; kontakt flere gange om ugen",
        "delivered_by": "Tværfagligt ACT-team forankret i samarbejde mellem kommune og region",
        "legal_basis": "Serviceloven § 85 (den kommunale del)",
        "competences": "Tværfaglige kompetencer inden for psykiatri, misbrug og socialt arbejde; ACT-fidelitetstræning.",
        "organisation": "Samarbejdsaftale mellem kommune og psykiatri om bemanding, ledelse og dokumentation.",
        "cost": "Høj pr. borger, målrettet de mest komplekse forløb.",
        "measurement": "Indlæggelsesdage, boligfastholdelse, kontakt med teamet og fidelitetsskala for ACT.",
        "practice_use": "Anvendt i større byer, bl.a. som led i hjemløsestrategien.",
        "status": "i_brug",
        "owner": "Kommuner og regionspsykiatri i fællesskab",
        "contact_name": "Henrik Bøgh Laursen",
        "contact_email": "henrik.laursen@example.dk",
        "evidence_level": 4,
        "cost_level": 3,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose", "hjemloese"],
        "focus_areas": ["psykiatri", "hjemloeshed", "tvaersektoriel-kobling"],
        "evidence": ["cochrane-act", "hjemloesestrategien-evaluering"],
        "offers": [],
        "municipalities": [],
        "keywords": ["ACT", "opsøgende team", "dobbeltdiagnose", "tværfagligt"],
        "last_reviewed": "2025-08-28",
        "next_review": "2027-08-28",
    },
    # ------------------------------------------------------------------
    {
        "slug": "eftervaern-mentor-fra-forsorgshjem",
        "title": "Efterværn med mentor fra forsorgshjemmet",
        "summary": (
            "Når du flytter fra forsorgshjemmet til egen bolig, følger en medarbejder, du "
            "allerede kender, dig et stykke tid, så du kommer godt i gang i dit nye liv."
        ),
        "purpose": (
            "At mindske antallet af genhenvendelser på forsorgshjem ved at lade en kendt "
            "medarbejder følge borgeren i perioden efter udskrivning."
        ),
        "description": paras(
            "Idéen blev formuleret af fagpersoner i Nordjylland: Kommunen kan købe en "
            "mentor fra forsorgshjemmet, som følger borgeren i en periode efter flytning til "
            "egen bolig og hjælper med at blive etableret i kommunen.",
            "Fordelen er kontinuitet i relationen. Borgeren skal ikke starte forfra med nye "
            "fagpersoner i en sårbar overgang, og mentoren kender både borgerens ressourcer "
            "og faresignaler.",
            "Modellen er beslægtet med CTI, men er mere fleksibel i varighed og bygger på "
            "forsorgshjemmets eksisterende relation.",
        ),
        "core_elements": [
            ce("Kendt relation", "Mentoren er en medarbejder, borgeren har mødt under opholdet."),
            ce("Tilkøbsmodel", "Bopælskommunen køber et afgrænset antal timer af forsorgshjemmet."),
            ce("Etablering i kommunen", "Hjælp til bolig, økonomi, læge, misbrugsbehandling og netværk."),
            ce("Planlagt afslutning", "Overdragelse til kommunal bostøtte eller netværk."),
        ],
        "dose_duration": "3–6 måneder efter udskrivning, aftrappende",
        "delivered_by": "Medarbejdere fra forsorgshjem",
        "legal_basis": "Serviceloven §§ 85 og 110",
        "competences": "Erfaring med hjemløshed og overgange; kendskab til bopælskommunens tilbud.",
        "organisation": "Aftale mellem forsorgshjem og bopælskommune om tilkøb, dokumentation og overdragelse.",
        "cost": "Lav til moderat; timebaseret tilkøb.",
        "measurement": "Genhenvendelser på forsorgshjem inden for 12 måneder og boligfastholdelse.",
        "practice_use": "Foreslået i det nordjyske rammeaftalearbejde; afprøves lokalt.",
        "status": "afproevning",
        "owner": "Nordjyske kommuner og forsorgshjem",
        "contact_name": "Rikke Haugaard Kirk",
        "contact_email": "rikke.kirk@example.dk",
        "evidence_level": 2,
        "cost_level": 1,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["hjemloese", "dobbeltdiagnose"],
        "focus_areas": ["hjemloeshed", "mellemkommunalt-samarbejde"],
        "evidence": ["cti-vidensgrundlag"],
        "offers": [],
        "municipalities": [],
        "keywords": ["efterværn", "mentor", "forsorgshjem", "udskrivning", "genhenvendelse"],
        "last_reviewed": "2026-01-12",
        "next_review": "2027-01-12",
    },
    # ------------------------------------------------------------------
    {
        "slug": "eftervaern-for-tidligere-anbragte-unge",
        "title": "Efterværn for tidligere anbragte unge",
        "summary": (
            "Hvis du har været anbragt, kan du få støtte, når du fylder 18, fx en fast "
            "kontaktperson eller lov til at blive boende, til du er klar til at stå på egne ben."
        ),
        "purpose": (
            "At sikre en tryg overgang til voksenlivet for unge, der har været anbragt, med "
            "fokus på uddannelse, bolig og stabile relationer."
        ),
        "description": paras(
            "Efterværn kan bestå af en fast kontaktperson, fortsat ophold på anbringelsesstedet, "
            "bostøtte eller en mentor. Planlægningen bør begynde i god tid inden det 18. år.",
            "Rammeaftalearbejdet peger på sårbare unge som en målgruppe, flere kommuner "
            "har udfordringer med, og foreslår fælles fokus på overgange mellem børne- og "
            "voksenområdet.",
        ),
        "core_elements": [
            ce("Tidlig planlægning", "Overgangsplan fra den unge er 16–17 år."),
            ce("Stabil voksenrelation", "Fast kontaktperson eller mentor, gerne en kendt voksen."),
            ce("Uddannelse og beskæftigelse", "Konkret støtte til at starte og gennemføre uddannelse."),
            ce("Bolig", "Hjælp til at finde og fastholde egen bolig."),
        ],
        "dose_duration": "Fra 18 år og op til det 23. år",
        "delivered_by": "Kommunal myndighed, kontaktpersoner og anbringelsessteder",
        "legal_basis": "Barnets Lov (efterværn)",
        "competences": "Viden om unge med anbringelseserfaring, traumer og overgange.",
        "organisation": "Tæt samspil mellem børne- og voksenområdet og jobcenter.",
        "cost": "Moderat; afhænger af indsatsens form.",
        "measurement": "Uddannelsesstatus, boligsituation, den unges egen vurdering (fx FIT eller Outcome Star).",
        "practice_use": "Lovpligtig vurdering i alle kommuner; indholdet varierer.",
        "status": "i_brug",
        "owner": "Kommunerne",
        "contact_name": "Ida Rosenkvist Falk",
        "contact_email": "ida.falk@example.dk",
        "evidence_level": 2,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["anbragte-unge-og-eftervaern"],
        "focus_areas": ["boern-unge-og-skole", "recovery-og-rehabilitering"],
        "evidence": ["eftervaern-vidensopsamling"],
        "offers": [],
        "municipalities": [],
        "keywords": ["efterværn", "anbragte unge", "overgang", "voksenliv", "kontaktperson"],
        "last_reviewed": "2025-12-02",
        "next_review": "2027-12-02",
    },
    # ------------------------------------------------------------------
    {
        "slug": "akut-ambulant-team-psykiatri",
        "title": "Akut ambulant team i psykiatrien",
        "summary": (
            "Efter du er udskrevet, kan du selv kontakte et akutteam fra psykiatrien, hvis "
            "du får det dårligt, og få hjælp hurtigt – uden at skulle indlægges."
        ),
        "purpose": (
            "At give udskrevne borgere adgang til hurtig psykiatrisk hjælp på egne præmisser "
            "og dermed forebygge genindlæggelser og kriser."
        ),
        "description": paras(
            "I Frederikshavn kan borgere efter udskrivning trække på et akut ambulant team "
            "fra behandlingspsykiatrien. Adgangen sker på borgerens præmisser, og teamet "
            "supplerer de kommunale tilbud.",
            "Fagpersonerne i det nordjyske rammeaftalearbejde anbefalede modellen udrullet "
            "til alle kommuner, fordi den adresserer opgaveglidningen fra behandlingspsykiatri "
            "til socialområde efter hurtigere udskrivninger.",
        ),
        "core_elements": [
            ce("Direkte adgang for borgeren", "Borgeren kan selv henvende sig uden ny henvisning."),
            ce("Hurtig respons", "Kontakt samme dag eller næste dag ved forværring."),
            ce("Samarbejde med kommunen", "Teamet koordinerer med bostøtte eller botilbud."),
        ],
        "dose_duration": "Tilgængeligt i en periode efter udskrivning; korte, intensive kontakter",
        "delivered_by": "Behandlingspsykiatrien (regionalt team) i samarbejde med kommunal socialpsykiatri",
        "legal_basis": "",
        "competences": "Psykiatrisk sygepleje og lægefaglig back-up; kendskab til kommunale tilbud.",
        "organisation": "Regional drift med samarbejdsaftale med de kommuner, teamet dækker.",
        "cost": "Regionale driftsudgifter; potentielle besparelser på genindlæggelser.",
        "measurement": "Genindlæggelser inden for 30 dage, antal akutkontakter og borgertilfredshed.",
        "practice_use": "I drift i Frederikshavn; anbefalet udrullet i Nordjylland.",
        "status": "i_brug",
        "owner": "Psykiatrien i Region Nordjylland",
        "contact_name": "Lasse Brøndum Kirkegaard",
        "contact_email": "lasse.kirkegaard@example.dk",
        "evidence_level": None,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
        "evidence": [],
        "offers": [],
        "municipalities": ["Frederikshavn"],
        "keywords": ["akutteam", "udskrivning", "genindlæggelse", "ambulant psykiatri"],
        "last_reviewed": "2025-05-06",
        "next_review": "2027-05-06",
    },
    # ------------------------------------------------------------------
    {
        "slug": "brugerstyrede-senge",
        "title": "Brugerstyrede senge (åbne sengepladser)",
        "summary": (
            "Hvis du mærker, at du er ved at få det dårligt, kan du selv lægge dig ind i "
            "nogle dage efter en aftale, du har lavet på forhånd."
        ),
        "purpose": (
            "At give borgere med langvarige psykiske lidelser mulighed for at forebygge "
            "kriser gennem korte, selvvalgte indlæggelser."
        ),
        "description": paras(
            "En brugerstyret seng er en fast aftale mellem borger og psykiatrisk afdeling om, "
            "at borgeren selv kan indlægge sig i et begrænset antal døgn uden at gå gennem "
            "skadestue eller egen læge.",
            "I det nordjyske rammeaftalearbejde blev åbne sengepladser, hvor borgeren kan "
            "indlægge sig selv, nævnt som en fleksibel løsning med Augustenborg i "
            "Syddanmark som eksempel.",
        ),
        "core_elements": [
            ce("Individuel aftale", "Skriftlig aftale om kriterier, antal døgn og kontaktveje."),
            ce("Selvhenvendelse", "Borgeren ringer og indlægger sig selv."),
            ce("Kort ophold", "Typisk op til 3–5 døgn."),
            ce("Opfølgning med kommunen", "Bostøtte eller botilbud orienteres efter aftale med borgeren."),
        ],
        "dose_duration": "Korte ophold efter behov inden for aftalens rammer",
        "delivered_by": "Regionale psykiatriske afdelinger",
        "legal_basis": "",
        "competences": "Recovery-orienteret tilgang i afsnittet; klare procedurer.",
        "organisation": "Reserverede sengepladser og en fast kontakt på afdelingen.",
        "cost": "Udgifter til reserverede senge; kan reducere akutte indlæggelser.",
        "measurement": "Antal akutte indlæggelser og tvang før og efter aftalen; borgerens oplevelse af kontrol.",
        "practice_use": "Anvendt på psykiatriske afdelinger i flere regioner, bl.a. Augustenborg.",
        "status": "i_brug",
        "owner": "Psykiatrien i regionerne",
        "contact_name": "Annemette Kloster Vind",
        "contact_email": "annemette.vind@example.dk",
        "evidence_level": 2,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "selvskade"],
        "focus_areas": ["psykiatri", "recovery-og-rehabilitering"],
        "evidence": [],
        "offers": [],
        "municipalities": ["Sønderborg"],
        "keywords": ["selvindlæggelse", "krise", "åbne senge", "brugerstyring"],
        "last_reviewed": "2025-05-06",
        "next_review": "2027-05-06",
    },
    # ------------------------------------------------------------------
    {
        "slug": "forloebskoordinatorer",
        "title": "Forløbskoordinatorer mellem behandlings- og socialpsykiatri",
        "summary": (
            "En fast koordinator sørger for, at psykiatrien og kommunen taler sammen, og at "
            "stafetten bliver givet ordentligt videre, når du skifter mellem dem."
        ),
        "purpose": (
            "At skabe fælles sprog og sikre overlevering mellem behandlingspsykiatri og "
            "socialpsykiatri, særligt ved udskrivning."
        ),
        "description": paras(
            "Forløbskoordinatoren er bindeled mellem sektorerne. Vedkommende kender begge "
            "systemers rammer, deltager i udskrivningsmøder og følger op på, at aftaler "
            "bliver til handling.",
            "Rammeaftalearbejdet i Nordjylland peger på manglende overlevering, forskellige "
            "sprog (medicin over for pædagogik) og uklar opgavefordeling som kerneproblemer. "
            "Forløbskoordinatorer og forpligtende dialogfora er blandt de foreslåede svar. "
            "Kommuner som Morsø og Rebild blev fremhævet for gode erfaringer med samarbejdet.",
            "Funktionen nævnes også for børn og unge med autisme og ADHD, hvor koordinering "
            "mellem skole, forvaltninger og familie er afgørende.",
        ),
        "core_elements": [
            ce("Fast funktion med mandat", "Koordinatoren har tid og mandat i begge sektorer."),
            ce("Udskrivningsplan uanset boform", "Plan udarbejdes sammen med kommune og borger."),
            ce("Fælles sprog", "Fælles begreber og gensidig respekt for fagligheder."),
            ce("Opfølgning", "Tjek af, at aftaler efterleves efter overgangen."),
        ],
        "dose_duration": "Omkring overgange; typisk 1–3 måneder pr. forløb",
        "delivered_by": "Koordinatorer ansat i kommune eller region med funktion på tværs",
        "legal_basis": "",
        "competences": "Indsigt i serviceloven og sundhedsloven samt erfaring fra mindst én af sektorerne.",
        "organisation": "Forankres i sundhedsaftalen og rammeaftalen med fælles ledelsesopbakning.",
        "cost": "Lønudgift til koordinatorfunktionen.",
        "measurement": "Andel udskrivninger med plan, genindlæggelser og oplevet sammenhæng hos borger og pårørende.",
        "practice_use": "Afprøvet i forskellige former i nordjyske kommuner.",
        "status": "afproevning",
        "owner": "KKR Nordjylland (rammeaftalesamarbejdet)",
        "contact_name": "Lasse Brøndum Kirkegaard",
        "contact_email": "lasse.kirkegaard@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose", "autisme", "adhd"],
        "focus_areas": ["tvaersektoriel-kobling", "psykiatri"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["koordinering", "overlevering", "udskrivning", "sundhedsaftale"],
        "last_reviewed": "2025-04-22",
        "next_review": "2027-04-22",
    },
    # ------------------------------------------------------------------
    {
        "slug": "nest-klasser",
        "title": "NEST-klasser",
        "summary": (
            "Børn med autisme går i en almindelig klasse sammen med andre børn, men klassen "
            "er mindre, har to lærere og faste rammer, så alle kan trives og lære."
        ),
        "purpose": (
            "At give elever med autisme mulighed for at gå i almenskolen med de rette "
            "rammer og dermed forebygge skolevægring og behov for mere specialiserede tilbud."
        ),
        "description": paras(
            "En NEST-klasse rummer typisk omkring fire elever med autisme i en klasse med "
            "omkring 16 elever i alt. To lærere deler undervisningen, og hele klassen arbejder "
            "med tydelig struktur, forudsigelighed og sociale færdigheder.",
            "Modellen blev nævnt i det nordjyske rammeaftalearbejde som svar på, at flere "
            "børn med autisme og ADHD ikke deltager i undervisningen, og at inklusion uden de "
            "rette kompetencer kan føre til angst, stress og skolevægring.",
        ),
        "core_elements": [
            ce("Reduceret klassestørrelse", "Færre elever og fast sammensætning."),
            ce("To-lærer-ordning", "To lærere med specialpædagogiske kompetencer."),
            ce("Fælles pædagogisk tilgang", "Struktur, visualisering og social træning for hele klassen."),
            ce("Forældresamarbejde", "Tæt og tillidsfuld dialog med forældrene."),
        ],
        "dose_duration": "Hele skoleforløbet; opstart typisk i indskolingen",
        "delivered_by": "Lærere og pædagoger i folkeskolen med støtte fra PPR",
        "legal_basis": "Folkeskoleloven",
        "competences": "Efteruddannelse i autismepædagogik for hele lærerteamet.",
        "organisation": "Skoleledelse, PPR og forvaltning skal sammen sikre normering og visitation.",
        "cost": "Høj; ekstra lærerressourcer og efteruddannelse.",
        "measurement": "Fravær, trivselsmålinger, faglig progression og forældretilfredshed.",
        "practice_use": "Udviklet og udbredt i Københavns Kommune; drøftet i Nordjylland.",
        "status": "i_brug",
        "owner": "Københavns Kommune (oprindelig dansk udbyder)",
        "contact_name": "Katrine Møller Vang",
        "contact_email": "katrine.vang@example.dk",
        "evidence_level": 2,
        "cost_level": 3,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole"],
        "evidence": ["nest-evaluering"],
        "offers": [],
        "municipalities": ["København"],
        "keywords": ["inklusion", "autisme", "folkeskole", "skolevægring", "to-lærer"],
        "last_reviewed": "2025-03-18",
        "next_review": "2027-03-18",
    },
    # ------------------------------------------------------------------
    {
        "slug": "udgaaende-specialpaedagogisk-konsulent",
        "title": "Udgående konsulenter fra specialklasser",
        "summary": (
            "Erfarne lærere fra autismeklasser kommer ud på din skole og giver råd, så dit "
            "barn kan blive i sin klasse med den rette støtte."
        ),
        "purpose": (
            "At bruge specialtilbuddenes viden til at holde børn i almenskolen og flytte dem "
            "'ét trin ad gangen' i stedet for en hel trappe."
        ),
        "description": paras(
            "Lærere fra autismeklasser og specialskoler rekvireres til at vurdere elever i "
            "almenskolen og vejlede lærere og forældre om struktur, pædagogiske redskaber og "
            "forebyggelse.",
            "Idéen stammer fra det nordjyske rammeaftalearbejde og understøtter et "
            "udviklingssamarbejde mellem specialklasser og almenklasser. Den ligger tæt op ad "
            "tankegangen bag det rejsende specialistkorps.",
        ),
        "core_elements": [
            ce("Observation i klassen", "Konsulenten ser eleven i den daglige undervisning."),
            ce("Konkrete råd", "Pædagogiske redskaber, der kan bruges med det samme."),
            ce("Opfølgning", "Aftalt opfølgningsbesøg efter 4–8 uger."),
        ],
        "dose_duration": "Forløb på 2–4 besøg over 2–3 måneder",
        "delivered_by": "Lærere og pædagoger fra specialklasser og specialskoler",
        "legal_basis": "",
        "competences": "Specialpædagogisk erfaring og vejledningskompetencer.",
        "organisation": "Aftale mellem skoler eller kommuner om timepris og visitation via PPR.",
        "cost": "Lav; timebaseret afregning.",
        "measurement": "Elevens fremmøde og trivsel samt lærernes vurdering af udbyttet.",
        "practice_use": "Foreslået i Nordjylland; flere kommuner bruger lignende udgående funktioner.",
        "status": "udvikling",
        "owner": "Nordjyske kommuner",
        "contact_name": "Katrine Møller Vang",
        "contact_email": "katrine.vang@example.dk",
        "evidence_level": 1,
        "cost_level": 1,
        "implementation_readiness": 1,
        "danish_relevance": 3,
        "target_groups": ["autisme", "adhd", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["boern-unge-og-skole", "videndeling-og-kompetenceudvikling"],
        "evidence": [],
        "offers": ["fagcenter-for-autisme-og-adhd"],
        "municipalities": [],
        "keywords": ["udgående funktion", "skole", "autisme", "ADHD", "vejledning"],
        "last_reviewed": "2025-03-18",
        "next_review": "2027-03-18",
    },
    # ------------------------------------------------------------------
    {
        "slug": "velfaerdsteknologi-til-mestring",
        "title": "Velfærdsteknologi til mestring af eget liv",
        "summary": (
            "Teknologi som talende telefoner, digitale dagsplaner og påmindelser kan hjælpe "
            "dig til at klare mere selv – valgt ud fra dine ønsker."
        ),
        "purpose": (
            "At bruge teknologi til at øge borgerens selvstændighed med mestringsperspektivet "
            "– ikke besparelser – som udgangspunkt."
        ),
        "description": paras(
            "Rammeaftalearbejdet i Nordjylland advarer mod at 'starte forkert' ved at indføre "
            "teknologi alene for at spare. Teknologien skal vælges ud fra borgerens mål, og "
            "borgere og medarbejdere skal med i processen.",
            "Fordi målgrupperne er små, anbefales det at samle viden hos nøglepersoner på tværs "
            "af kommuner og region og at koble arbejdet til virksomheder og forskning. "
            "Blindecenter Bredegaard er et eksempel på et tilbud, hvor beboere lærer fx at "
            "bruge taleteknologi på telefonen.",
        ),
        "core_elements": [
            ce("Borgerens mål først", "Behovsafdækning før valg af teknologi."),
            ce("Afprøvning", "Teknologien prøves af i en periode med opfølgning."),
            ce("Oplæring", "Både borger og medarbejdere trænes i brugen."),
            ce("Videndeling", "Erfaringer samles på tværs af kommuner i et netværk."),
        ],
        "dose_duration": "Afprøvning 1–3 måneder, derefter løbende brug",
        "delivered_by": "Ergoterapeuter, pædagoger og kommunikationscentre",
        "legal_basis": "",
        "competences": "Teknologiforståelse og kendskab til målgruppens kognitive og sansemæssige forudsætninger.",
        "organisation": "Tværkommunalt netværk eller udgående team, der kan samle viden og støtte udviklingen.",
        "cost": "Varierende; fra gratis apps til dyrere specialudstyr.",
        "measurement": "Borgerens vurdering af selvstændighed, opnåede mål (GAS) og brug over tid.",
        "practice_use": "Bruges i botilbud og kommunikationscentre, bl.a. Blindecenter Bredegaard og CKV i Odense.",
        "status": "i_brug",
        "owner": "Kommunerne og regionerne",
        "contact_name": "Emil Steffensen Rask",
        "contact_email": "emil.rask@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["autisme", "udviklingshaemning", "syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade"],
        "focus_areas": ["velfaerdsteknologi", "recovery-og-rehabilitering"],
        "evidence": ["velfaerdsteknologi-handicap-erfaringer"],
        "offers": ["blindecenter-bredegaard", "center-for-kommunikation-og-velfaerdsteknologi"],
        "municipalities": [],
        "keywords": ["velfærdsteknologi", "mestring", "apps", "hjælpemidler", "selvstændighed"],
        "last_reviewed": "2025-10-14",
        "next_review": "2027-10-14",
    },
    # ------------------------------------------------------------------
    {
        "slug": "low-arousal",
        "title": "Low arousal",
        "summary": (
            "Medarbejderne sænker krav og stemning, når du er presset, så konflikter ikke "
            "bliver større. Målet er ro – ikke at vinde en diskussion."
        ),
        "purpose": (
            "At forebygge og nedtrappe konflikter og magtanvendelse over for borgere med "
            "udadreagerende adfærd."
        ),
        "description": paras(
            "Low arousal er en pædagogisk tilgang, hvor medarbejderen bevidst regulerer egen "
            "adfærd, stemmeføring og krav for at mindske borgerens stress. Udadreagerende "
            "adfærd forstås som et tegn på, at kravene overstiger borgerens evner.",
            "Tilgangen bruges på botilbud, sikrede afdelinger og skoler for borgere med "
            "autisme, udviklingshæmning og hjerneskade og indgår ofte i arbejdet med at "
            "nedbringe magtanvendelse.",
        ),
        "core_elements": [
            ce("Kravtilpasning", "Krav afstemmes løbende efter borgerens aktuelle tilstand."),
            ce("Egen regulering", "Rolig stemme, kropssprog og afstand."),
            ce("Kortlægning af stressfaktorer", "Systematisk analyse af udløsende situationer."),
            ce("Efterbearbejdning", "Refleksion i teamet efter hændelser uden skyld."),
        ],
        "dose_duration": "Tilgang i dagligdagen; uddannelse 2–4 dage og løbende supervision",
        "delivered_by": "Pædagoger, lærere og omsorgspersonale",
        "legal_basis": "",
        "competences": "Kursus i low arousal og konfliktnedtrapning; fælles refleksionspraksis.",
        "organisation": "Ledelsesopbakning og tid til efterbearbejdning af episoder.",
        "cost": "Lav til moderat; primært uddannelse.",
        "measurement": "Antal magtanvendelser og episoder med udadreagerende adfærd; medarbejdernes oplevede sikkerhed.",
        "practice_use": "Udbredt i botilbud og specialskoler i hele landet.",
        "status": "i_brug",
        "owner": "Tilbud og kommuner (ingen central metodeejer)",
        "contact_name": "Thomas Egelund Winther",
        "contact_email": "thomas.winther@example.dk",
        "evidence_level": 2,
        "cost_level": 1,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["domfaeldte-og-udadreagerende", "autisme", "udviklingshaemning", "erhvervet-hjerneskade"],
        "focus_areas": ["kvalitet-i-indsatserne"],
        "evidence": ["low-arousal-praksiserfaringer"],
        "offers": ["bakkegaarden", "kofoedsminde", "himmelev"],
        "municipalities": [],
        "keywords": ["konfliktnedtrapning", "magtanvendelse", "udadreagerende adfærd", "stress"],
        "last_reviewed": "2025-07-01",
        "next_review": "2027-07-01",
    },
    # ------------------------------------------------------------------
    {
        "slug": "krap",
        "title": "KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik",
        "summary": (
            "En måde at arbejde på, hvor medarbejderne sammen med dig kortlægger dine "
            "styrker og udfordringer og finder konkrete veje frem."
        ),
        "purpose": (
            "At give et fælles sprog og systematiske redskaber til at forstå borgerens "
            "situation og planlægge indsatsen ressourcefokuseret."
        ),
        "description": paras(
            "KRAP kombinerer kognitiv teori med anerkendende og ressourcefokuseret "
            "pædagogik. Metoden har en række kortlægningsskemaer, fx ressourceskema og "
            "kognitiv sagsformulering, der bruges i samarbejde med borgeren.",
            "KRAP er udbredt på tværs af børne-, unge- og voksenområdet og bruges ofte som "
            "fælles tilgang i et helt tilbud.",
        ),
        "core_elements": [
            ce("Kortlægning", "Systematiske skemaer til at beskrive ressourcer og vanskeligheder."),
            ce("Anerkendelse", "Borgerens perspektiv og motivation er udgangspunkt."),
            ce("Kognitiv forståelse", "Sammenhæng mellem tanker, følelser og handlinger."),
        ],
        "dose_duration": "Tilgang i hele forløbet; uddannelse over 6–12 måneder",
        "delivered_by": "Pædagoger, lærere, socialrådgivere og behandlere",
        "legal_basis": "",
        "competences": "KRAP-uddannelse (grund- og overbygningsmoduler).",
        "organisation": "Fælles implementering i hele personalegruppen.",
        "cost": "Moderat; uddannelse af medarbejdere.",
        "measurement": "Målopfyldelse i handleplaner og borgerens egen vurdering.",
        "practice_use": "Bruges i mange kommunale og regionale tilbud.",
        "status": "i_brug",
        "owner": "Center for Kognitiv Pædagogik",
        "contact_name": "Louise Kragh Damsgaard",
        "contact_email": "louise.damsgaard@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["boern-og-unge-med-saerlige-behov", "sindslidelse", "autisme", "adhd"],
        "focus_areas": ["kvalitet-i-indsatserne"],
        "evidence": ["krap-praksisbeskrivelse"],
        "offers": [],
        "municipalities": [],
        "keywords": ["KRAP", "kognitiv pædagogik", "ressourcer", "anerkendelse"],
        "last_reviewed": "2025-07-01",
        "next_review": "2027-07-01",
    },
    # ------------------------------------------------------------------
    {
        "slug": "ips-individuelt-planlagt-job-med-stoette",
        "title": "IPS – Individuelt planlagt job med støtte",
        "summary": (
            "Hvis du gerne vil arbejde, hjælper en jobkonsulent dig hurtigt ud i et rigtigt "
            "job og støtter både dig og arbejdspladsen undervejs."
        ),
        "purpose": (
            "At hjælpe borgere med psykiske lidelser i ordinær beskæftigelse eller uddannelse "
            "med udgangspunkt i borgerens egne ønsker."
        ),
        "description": paras(
            "IPS bygger på otte principper, bl.a. at alle, der ønsker det, kan deltage, at "
            "jobsøgningen starter hurtigt, og at beskæftigelsesindsatsen integreres med den "
            "psykiatriske behandling.",
            "Rammeaftalearbejdet i Nordjylland efterlyser et skifte fra 'opbevaring' i "
            "dagtilbud til reel beskæftigelse og bedre samarbejde med virksomheder. IPS er en "
            "af de bedst dokumenterede metoder til netop det.",
        ),
        "core_elements": [
            ce("Fokus på ordinært arbejde", "Målet er job eller uddannelse på almindelige vilkår."),
            ce("Hurtig jobsøgning", "Kontakt til arbejdsgivere inden for en måned."),
            ce("Integration med behandling", "IPS-konsulenten er tæt koblet til behandlingsteamet."),
            ce("Tidsubegrænset støtte", "Støtte også efter ansættelse."),
        ],
        "dose_duration": "Typisk 6–18 måneder plus opfølgning i job",
        "delivered_by": "IPS-jobkonsulenter i jobcentre i samarbejde med psykiatrien",
        "legal_basis": "",
        "competences": "IPS-uddannelse og fidelitetsmåling; erhvervskontakter.",
        "organisation": "Samarbejde mellem jobcenter og behandlingspsykiatri; IPS-fidelitetsskala.",
        "cost": "Moderat; lille sagsstamme pr. konsulent.",
        "measurement": "Andel i ordinær beskæftigelse eller uddannelse og IPS-fidelitetsskala.",
        "practice_use": "Udbredt i en række danske kommuner i samarbejde med regionspsykiatrien.",
        "status": "i_brug",
        "owner": "Kommunale jobcentre og regionspsykiatrien",
        "contact_name": "Helle Winding Poulsen",
        "contact_email": "helle.poulsen@example.dk",
        "evidence_level": 5,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse"],
        "focus_areas": ["beskaeftigelse-og-relationer", "recovery-og-rehabilitering", "tvaersektoriel-kobling"],
        "evidence": ["cochrane-supported-employment"],
        "offers": [],
        "municipalities": [],
        "keywords": ["IPS", "beskæftigelse", "job", "uddannelse", "psykisk sygdom"],
        "last_reviewed": "2025-09-09",
        "next_review": "2027-09-09",
    },
    # ------------------------------------------------------------------
    {
        "slug": "rejsende-specialistkorps",
        "title": "Rejsende specialistkorps",
        "summary": (
            "Du bliver boende i dit eget tilbud, og en specialist med særlig viden kommer ud "
            "til dig og dine medarbejdere i stedet for, at du skal flytte."
        ),
        "purpose": (
            "At gøre højt specialiseret viden tilgængelig i nærmiljøet, så borgeren kan blive "
            "i eget tilbud, og specialviden spredes på tværs af kommuner."
        ),
        "description": paras(
            "Et rejsende specialistkorps består af specialister fra højt specialiserede "
            "tilbud, fx synskonsulenter, neuropsykologer eller specialister i "
            "spiseforstyrrelser, som kan bookes til at komme ud til borgeren og personalet "
            "i et andet tilbud.",
            "Idéen blev formuleret i det nordjyske rammeaftalearbejde under 'nye "
            "samarbejdsformer' og svarer på dilemmaet mellem borgerens ønske om at bo i "
            "nærområdet og behovet for specialydelser. Korpset kan kombineres med "
            "matrikelløse tilbud og udgående konsulentfunktioner.",
            "Vidensbanken understøtter korpset med søgning på ekspertise, målgruppe og "
            "region samt booking og opfølgning.",
        ),
        "core_elements": [
            ce("Bookbare specialister", "Specialister med tydeligt beskrevet ekspertise og rejseområde."),
            ce("Indsats i borgerens eget tilbud", "Observation, vejledning af personale og konkrete anbefalinger."),
            ce("Afregning pr. forløb", "Enkel afregning mellem hjemtilbud og bestillende kommune."),
            ce("Videndeling", "Anbefalinger og erfaringer deles i vidensbanken."),
        ],
        "dose_duration": "Typisk 1–5 besøg pr. forløb over 1–3 måneder",
        "delivered_by": "Specialister fra regionale og kommunale højt specialiserede tilbud",
        "legal_basis": "",
        "competences": "Specialistkompetencer inden for målgruppen og erfaring med vejledning af andre fagpersoner.",
        "organisation": "Koordinator, der modtager bookinger, matcher specialister og følger op.",
        "cost": "Timebaseret afregning; lavere end et ophold i et højt specialiseret tilbud.",
        "measurement": "Opnåede mål for borgeren, personalets vurdering og antal undgåede flytninger.",
        "practice_use": "Under udvikling på tværs af regionerne som del af vidensbanken.",
        "status": "udvikling",
        "owner": "Rammeaftalesekretariaterne i fællesskab",
        "contact_name": "Gry Holmsted Carstensen",
        "contact_email": "gry.carstensen@example.dk",
        "evidence_level": None,
        "cost_level": 2,
        "implementation_readiness": 1,
        "danish_relevance": 3,
        "target_groups": [
            "syns-hoere-og-kommunikationshandicap", "autisme", "erhvervet-hjerneskade",
            "spiseforstyrrelser", "domfaeldte-og-udadreagerende", "selvskade",
        ],
        "focus_areas": ["hoejt-specialiserede-indsatser", "mellemkommunalt-samarbejde", "videndeling-og-kompetenceudvikling"],
        "evidence": [],
        "offers": ["synscenter-refsnaes", "platangaarden", "bomi", "kofoedsminde", "blindecenter-bredegaard"],
        "municipalities": [],
        "keywords": ["specialistkorps", "matrikelløs", "udgående", "specialviden", "booking"],
        "last_reviewed": "2026-02-03",
        "next_review": "2027-02-03",
    },
    # ------------------------------------------------------------------
    {
        "slug": "udslusning-efter-udskrivning",
        "title": "Udslusningstilbud efter udskrivning",
        "summary": (
            "Hvis du er udskrevet fra hospitalet, men ikke helt klar til at bo selv, kan du "
            "bo et kort stykke tid et sted med ekstra støtte, inden du flytter hjem."
        ),
        "purpose": (
            "At bygge bro mellem hospital og eget hjem eller botilbud for borgere, der "
            "udskrives hurtigt, men stadig har behov for mere støtte."
        ),
        "description": paras(
            "Hurtigere udskrivninger giver nye opgaver i kommunerne. Fagpersoner i "
            "rammeaftalearbejdet foreslog derfor midlertidige udslusningspladser, hvor "
            "borgeren i en kortere periode får intensiv støtte, inden flytning til eget hjem "
            "eller botilbud.",
            "Et vigtigt element er lettere adgang tilbage til den udskrivende enhed med "
            "spørgsmål og ved behov for genindlæggelse.",
        ),
        "core_elements": [
            ce("Midlertidigt ophold", "Kort ophold med klart mål for overgangen."),
            ce("Plan fra dag ét", "Fælles plan mellem hospital, kommune og borger."),
            ce("Adgang tilbage", "Direkte kontakt til udskrivende afdeling."),
        ],
        "dose_duration": "2–12 uger",
        "delivered_by": "Kommunale midlertidige botilbud",
        "legal_basis": "Serviceloven § 107",
        "competences": "Socialpsykiatriske eller neurofaglige kompetencer afhængigt af målgruppen.",
        "organisation": "Samarbejdsaftale med hospital eller psykiatri om overgange.",
        "cost": "Moderat; midlertidige døgnpladser.",
        "measurement": "Genindlæggelser og tid til stabil boform.",
        "practice_use": "Findes i varierende former i kommunerne; foreslået styrket i Nordjylland.",
        "status": "afproevning",
        "owner": "Kommunerne",
        "contact_name": "Lasse Brøndum Kirkegaard",
        "contact_email": "lasse.kirkegaard@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 2,
        "target_groups": ["sindslidelse", "erhvervet-hjerneskade"],
        "focus_areas": ["tvaersektoriel-kobling", "recovery-og-rehabilitering"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["udskrivning", "midlertidigt botilbud", "overgang", "rehabilitering"],
        "last_reviewed": "2025-04-22",
        "next_review": "2027-04-22",
    },
    # ------------------------------------------------------------------
    {
        "slug": "opgangsfaellesskaber",
        "title": "Opgangsfællesskaber – fra botilbud til egen bolig",
        "summary": (
            "Du bor i din egen lejlighed, men i samme opgang som andre i en lignende "
            "situation, og der er medarbejdere tæt på, når du har brug for dem."
        ),
        "purpose": (
            "At gøre det muligt at flytte fra botilbud til egen bolig med tryghed, fællesskab "
            "og fleksibel støtte."
        ),
        "description": paras(
            "I et opgangsfællesskab bor borgerne i almindelige lejemål i samme opgang eller "
            "område med tilknyttet bostøtte og et fælleslokale. Støtten kan skrues op og ned "
            "efter behov.",
            "Modellen er et af de redskaber, der blev drøftet i det nordjyske laboratorium "
            "'Fra botilbud til egen bolig', som ser på, hvilke incitamenter og samarbejder der "
            "får borgere klar til at flytte.",
        ),
        "core_elements": [
            ce("Egen lejekontrakt", "Borgeren er lejer på almindelige vilkår."),
            ce("Fleksibel bostøtte", "Støtte efter behov, også aften og weekend."),
            ce("Fællesskab", "Fælleslokale og fælles aktiviteter."),
            ce("Progressionsmål", "Tydelige mål for øget selvstændighed."),
        ],
        "dose_duration": "Typisk 1–3 år",
        "delivered_by": "Kommunal bostøtte i samarbejde med boligorganisationer",
        "legal_basis": "Serviceloven § 85",
        "competences": "Recovery-orienteret bostøtte og netværksarbejde.",
        "organisation": "Aftale om anvisning af lejligheder i samme opgang.",
        "cost": "Lavere end botilbud; moderate udgifter til bostøtte.",
        "measurement": "Flytninger fra botilbud, fastholdelse af bolig og Outcome Star.",
        "practice_use": "Brugt i mange kommuner; videreudviklet i nordjysk laboratorium.",
        "status": "i_brug",
        "owner": "Kommunerne",
        "contact_name": "Trine Højgaard Mortensen",
        "contact_email": "trine.mortensen@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "udviklingshaemning", "autisme"],
        "focus_areas": ["recovery-og-rehabilitering", "kvalitet-i-indsatserne"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["egen bolig", "bostøtte", "fællesskab", "udflytning", "progression"],
        "last_reviewed": "2025-11-04",
        "next_review": "2027-11-04",
    },
    # ------------------------------------------------------------------
    {
        "slug": "paaroerendeinddragelse",
        "title": "Systematisk pårørendeinddragelse",
        "summary": (
            "Dine pårørende bliver inviteret med, får viden og bliver hørt – hvis du ønsker "
            "det – så de kan støtte dig uden at brænde ud."
        ),
        "purpose": (
            "At styrke pårørendes viden, rolle og trivsel og bruge deres erfaring i "
            "udviklingen af tilbuddene."
        ),
        "description": paras(
            "Pårørende er ofte borgerens vigtigste netværk, men mange oplever at blive slidt "
            "op eller holdt udenfor. Rammeaftalearbejdet foreslår uddannelse til pårørende og "
            "frivillige og rejser spørgsmålet om, hvor meget pårørende skal uddannes i forhold "
            "til den omsorg, de giver.",
            "I Sjælland blev samarbejdet med brugere og pårørende et selvstændigt fokusområde. "
            "Pårørendeinddragelse omfatter både den enkelte borgers forløb og tilbuddets "
            "udvikling, fx via pårørenderåd.",
        ),
        "core_elements": [
            ce("Samtykke og aftaler", "Borgeren afgør, hvordan pårørende inddrages."),
            ce("Pårørendeundervisning", "Viden om diagnose, rettigheder og egne grænser."),
            ce("Pårørenderåd", "Pårørende deltager i tilbuddets udvikling."),
            ce("Støtte til pårørende", "Adgang til samtaler og netværk for pårørende."),
        ],
        "dose_duration": "Løbende; undervisningsforløb typisk 4–6 gange",
        "delivered_by": "Tilbud, myndighed og brugerorganisationer",
        "legal_basis": "",
        "competences": "Kommunikation, familiesamarbejde og kendskab til tavshedspligt.",
        "organisation": "Pårørendepolitik og fast kontaktperson for pårørende.",
        "cost": "Lav.",
        "measurement": "Pårørendetilfredshed og borgerens vurdering af netværksstøtte.",
        "practice_use": "Udbredt i varierende omfang i kommuner og regioner.",
        "status": "i_brug",
        "owner": "Kommunerne i samarbejde med brugerorganisationer",
        "contact_name": "Pernille Krog Søndergaard",
        "contact_email": "pernille.soendergaard@example.dk",
        "evidence_level": 2,
        "cost_level": 1,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "spiseforstyrrelser", "erhvervet-hjerneskade", "udviklingshaemning"],
        "focus_areas": ["borgerinddragelse"],
        "evidence": ["cochrane-familieterapi-anoreksi"],
        "offers": ["kildebo"],
        "municipalities": [],
        "keywords": ["pårørende", "netværk", "inddragelse", "pårørenderåd"],
        "last_reviewed": "2025-06-24",
        "next_review": "2027-06-24",
    },
    # ------------------------------------------------------------------
    {
        "slug": "peer-medarbejdere",
        "title": "Peer-medarbejdere og peer-støtte",
        "summary": (
            "Du kan få støtte fra en person, der selv har erfaring med psykisk sygdom, og som "
            "ved, hvordan det er at komme sig."
        ),
        "purpose": (
            "At bruge erfaringsbaseret viden til at skabe håb, forståelse og en mere "
            "ligeværdig relation i indsatsen."
        ),
        "description": paras(
            "Peer-medarbejdere er ansat på grund af deres egne erfaringer med psykisk "
            "sårbarhed eller misbrug og har en uddannelse i at bruge dem professionelt. De "
            "indgår i teams i socialpsykiatri, bostøtte og behandlingspsykiatri.",
            "Rammeaftalen for Sjælland 2021-2022 nævner peer-inddragelse som tema i "
            "fokusområdet om en sammenhængende indsats for borgere med psykiske vanskeligheder.",
        ),
        "core_elements": [
            ce("Erfaringskompetence", "Bevidst brug af egen recovery-historie."),
            ce("Uddannelse", "Peer-uddannelse og supervision."),
            ce("Klar rolle i teamet", "Aftalt rolle og samarbejde med fagprofessionelle."),
        ],
        "dose_duration": "Løbende; peer-forløb typisk 3–6 måneder",
        "delivered_by": "Ansatte peer-medarbejdere",
        "legal_basis": "",
        "competences": "Peer-uddannelse; teamet har brug for introduktion til samarbejdet.",
        "organisation": "Ansættelsesvilkår, supervision og en kultur, der anerkender erfaringsviden.",
        "cost": "Lønudgift som øvrige medarbejdere.",
        "measurement": "Borgerens oplevelse af håb og støtte, fx med FIT, og fastholdelse i forløb.",
        "practice_use": "Stigende udbredelse i kommuner og regionspsykiatri.",
        "status": "i_brug",
        "owner": "Kommuner og regioner",
        "contact_name": "Pernille Krog Søndergaard",
        "contact_email": "pernille.soendergaard@example.dk",
        "evidence_level": 2,
        "cost_level": 2,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "recovery-og-rehabilitering", "borgerinddragelse"],
        "evidence": ["recovery-vidensopsamling"],
        "offers": [],
        "municipalities": [],
        "keywords": ["peer", "erfaringsekspert", "recovery", "ligeværd"],
        "last_reviewed": "2025-10-01",
        "next_review": "2027-10-01",
    },
    # ------------------------------------------------------------------
    {
        "slug": "tvaerfagligt-visitationsudvalg",
        "title": "Tværfagligt visitationsudvalg",
        "summary": (
            "Folk fra socialområdet, skole, jobcenter og sundhed sidder sammen og lægger én "
            "samlet plan for dig i stedet for hver sin."
        ),
        "purpose": (
            "At nå hele vejen rundt om borgeren og lægge én samlet plan på tværs af "
            "forvaltninger og lovgivninger."
        ),
        "description": paras(
            "Fagpersoner i Nordjylland foreslog et tværfagligt visitationsudvalg i hver "
            "kommune med socialområdet, skoleområdet, arbejdsmarked og sundhed – og efter "
            "behov relevante driftsherrer.",
            "Udvalget behandler nye borgere, men skal også følge op på og afslutte tidligere "
            "sager. Det skal mindske forskelle i serviceniveau og tankegang om rehabilitering "
            "mellem forvaltningerne.",
        ),
        "core_elements": [
            ce("Fast sammensætning", "Repræsentanter fra alle relevante forvaltninger."),
            ce("Én samlet plan", "Fælles mål og ansvarsfordeling."),
            ce("Opfølgning", "Faste opfølgningsmøder og afslutning af forløb."),
        ],
        "dose_duration": "Møder hver 2.–4. uge",
        "delivered_by": "Kommunal myndighed på tværs af forvaltninger",
        "legal_basis": "",
        "competences": "Kendskab til flere lovgivninger og rehabiliteringsbegrebet.",
        "organisation": "Kommissorium og mødestruktur godkendt af direktionen.",
        "cost": "Lav; primært mødetid.",
        "measurement": "Sagsbehandlingstid, antal forløb med samlet plan og opfølgning.",
        "practice_use": "Varianter findes i mange kommuner; foreslået i Nordjylland.",
        "status": "udvikling",
        "owner": "Nordjyske kommuner",
        "contact_name": "Søren Malling Dahl",
        "contact_email": "soeren.dahl@example.dk",
        "evidence_level": 1,
        "cost_level": 1,
        "implementation_readiness": 2,
        "danish_relevance": 2,
        "target_groups": ["erhvervet-hjerneskade", "sindslidelse", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["tvaersektoriel-kobling", "recovery-og-rehabilitering"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["visitation", "tværfaglighed", "helhedsplan", "rehabilitering"],
        "last_reviewed": "2025-04-22",
        "next_review": "2027-04-22",
    },
    # ------------------------------------------------------------------
    {
        "slug": "progressionsbaseret-visitation",
        "title": "Den gode visitation i samspil med driftsherren",
        "summary": (
            "Kommunen og stedet, hvor du får hjælp, følger sammen op på, hvordan det går, så "
            "din hjælp passer til dig – også når du har brug for mindre."
        ),
        "purpose": (
            "At skabe de bedst mulige indsatser gennem tæt dialog mellem myndighed og "
            "driftsherre og incitamenter, der belønner borgerens progression."
        ),
        "description": paras(
            "Nordjyske fagpersoner påpegede, at driftsherrer har incitament til at melde "
            "større behov, men ikke mindre. Et tilbud, der er god til at gøre borgeren "
            "selvhjulpen, risikerer at miste 'kunder'.",
            "Laboratoriet 'Den gode visitation i samspil med driftsherren' under Nordjysk "
            "Socialaftale 2021-2022 afprøver fælles progressionsmål, fælles opfølgning og "
            "modeller som rammebudget, betaling ved målopfyldelse og ret til at beholde "
            "overskud ved hurtig målopfyldelse.",
        ),
        "core_elements": [
            ce("Fælles progressionsmål", "Myndighed, driftsherre og borger aftaler målbare mål."),
            ce("Harmoniseret visitationsmodel", "Fælles sprog for støttebehov på tværs af kommuner."),
            ce("Incitamenter til progression", "Afregning, der ikke straffer tilbud, når borgeren får det bedre."),
            ce("Systematisk opfølgning", "Faste opfølgningsmøder med data om progression."),
        ],
        "dose_duration": "Løbende; opfølgning mindst hver 6. måned",
        "delivered_by": "Myndighedssagsbehandlere og tilbudsledere",
        "legal_basis": "",
        "competences": "Bestillerkompetencer, målformulering og dataforståelse.",
        "organisation": "Aftaler mellem kommuner om visitationsmodel og afregning.",
        "cost": "Lav til moderat; primært udviklings- og mødetid.",
        "measurement": "Progression på fælles mål, ændringer i ydelsesniveau og borgertilfredshed.",
        "practice_use": "Udviklet i nordjysk laboratorium; afprøves i udvalgte kommuner.",
        "status": "udvikling",
        "owner": "KKR Nordjylland – laboratoriet 'Den gode visitation'",
        "contact_name": "Søren Malling Dahl",
        "contact_email": "soeren.dahl@example.dk",
        "evidence_level": None,
        "cost_level": 1,
        "implementation_readiness": 1,
        "danish_relevance": 3,
        "target_groups": ["udviklingshaemning", "sindslidelse", "autisme"],
        "focus_areas": ["kvalitet-i-indsatserne", "styring-og-kapacitet"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["visitation", "driftsherre", "incitamenter", "progression", "takst"],
        "last_reviewed": "2026-01-12",
        "next_review": "2027-01-12",
    },
    # ------------------------------------------------------------------
    {
        "slug": "mentor-til-faellesskaber",
        "title": "Mentor og følgeskab til fællesskaber",
        "summary": (
            "En mentor eller frivillig går med dig de første gange, når du vil prøve en "
            "forening, et fritidstilbud eller et nyt fællesskab."
        ),
        "purpose": (
            "At bryde isolation og hjælpe borgere til relationer uden for det professionelle "
            "system og egen målgruppe."
        ),
        "description": paras(
            "Mange socialt udsatte og borgere med handicap har primært relationer til "
            "personale eller til andre med samme problemer. Det kan fastholde borgeren i "
            "problemet.",
            "Fagpersoner i Nordjylland foreslog mentorordninger, der følger fx unge ind i "
            "foreninger, samt større brug af frivillige, besøgsvenner og "
            "frivillighedsformidling på tværs af kommunerne.",
        ),
        "core_elements": [
            ce("Afdækning af interesser", "Fællesskabet vælges ud fra borgerens interesser."),
            ce("Følgeskab", "Mentoren deltager de første gange og trækker sig gradvist."),
            ce("Samarbejde med foreninger", "Forberedelse af foreningen og kontaktperson dér."),
        ],
        "dose_duration": "2–6 måneder",
        "delivered_by": "Mentorer, bostøttemedarbejdere og frivillige",
        "legal_basis": "",
        "competences": "Netværksarbejde og kendskab til lokale foreninger.",
        "organisation": "Samarbejde med frivilligcentre og foreninger.",
        "cost": "Lav.",
        "measurement": "Deltagelse i fællesskaber efter 6 måneder og oplevet ensomhed.",
        "practice_use": "Bruges i mange kommuner i samarbejde med civilsamfundet.",
        "status": "i_brug",
        "owner": "Kommunerne og frivillige organisationer",
        "contact_name": "Morten Gravesen Ebbesen",
        "contact_email": "morten.ebbesen@example.dk",
        "evidence_level": 1,
        "cost_level": 1,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["sindslidelse", "anbragte-unge-og-eftervaern", "udviklingshaemning"],
        "focus_areas": ["beskaeftigelse-og-relationer"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["mentor", "frivillige", "fællesskab", "ensomhed", "foreninger"],
        "last_reviewed": "2025-06-24",
        "next_review": "2027-06-24",
    },
    # ------------------------------------------------------------------
    {
        "slug": "tvaerfaglig-hjerneskaderehabilitering",
        "title": "Tværfaglig neurorehabilitering i midlertidigt døgntilbud",
        "summary": (
            "Efter en hjerneskade kan du bo nogle måneder et sted, hvor et team træner med "
            "dig i hverdagens opgaver, så du kan klare mere selv, når du kommer hjem."
        ),
        "purpose": (
            "At give borgere med erhvervet hjerneskade et intensivt, målrettet og tværfagligt "
            "rehabiliteringsforløb efter udskrivning fra sygehus."
        ),
        "description": paras(
            "Forløbet tilrettelægges ud fra borgerens egne mål og en genoptræningsplan. "
            "Træningen foregår i dagligdags aktiviteter som bad, madlavning og kommunikation, "
            "suppleret med fysisk og kognitiv træning.",
            "Kildebo og BOMI er eksempler på specialiserede tilbud i Region Sjælland, som "
            "kommunerne drøftede at samarbejde tættere om. Tilgangen bygger på principper fra "
            "Sundhedsstyrelsens medicinske teknologivurdering: borgeren i centrum, fælles mål, "
            "tværfaglighed, læringsstrategier og overførsel til hverdagen.",
        ),
        "core_elements": [
            ce("Fælles, målbare mål", "Mål sættes med borgeren, fx med GAS."),
            ce("Tværfagligt team", "Ergo- og fysioterapeut, neuropsykolog, sundhedsfaglige og pædagoger."),
            ce("Træning i hverdagen", "Færdigheder trænes i de situationer, de skal bruges."),
            ce("Pårørende og overgang hjem", "Netværksmøder og plan for tiden efter opholdet."),
        ],
        "dose_duration": "Typisk 3–6 måneders ophold",
        "delivered_by": "Specialiserede neurorehabiliteringstilbud",
        "legal_basis": "Serviceloven § 107 og Sundhedsloven § 140",
        "competences": "Neurofaglige kompetencer i alle faggrupper.",
        "organisation": "Forundersøgelse, statusmøder med kommunen og plan for overgang.",
        "cost": "Høj; specialiserede døgnpladser.",
        "measurement": "GAS-mål, funktionsmål (fx AMPS) og borgerens vurdering.",
        "practice_use": "Anvendt på specialiserede neurotilbud, bl.a. Kildebo, BOMI og Neurocenter Østerskoven.",
        "status": "i_brug",
        "owner": "Driftsherrerne for de specialiserede neurotilbud",
        "contact_name": "Peter Svanholm Iversen",
        "contact_email": "peter.iversen@example.dk",
        "evidence_level": 3,
        "cost_level": 3,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["erhvervet-hjerneskade"],
        "focus_areas": ["recovery-og-rehabilitering", "hoejt-specialiserede-indsatser"],
        "evidence": ["mtv-hjerneskaderehabilitering"],
        "offers": ["kildebo", "bomi", "neurocenter-oesterskoven"],
        "municipalities": ["Faxe", "Roskilde", "Mariagerfjord"],
        "keywords": ["hjerneskade", "neurorehabilitering", "GAS", "tværfaglighed", "genoptræning"],
        "last_reviewed": "2025-08-12",
        "next_review": "2027-08-12",
    },
    # ------------------------------------------------------------------
    {
        "slug": "aeldre-med-udviklingshaemning-og-demens",
        "title": "Indsats for ældre med udviklingshæmning og demens",
        "summary": (
            "Når en borger med udviklingshæmning bliver ældre og får demens, tilpasses "
            "hjælpen, så både pleje og pædagogik er i orden – helst i det hjem, borgeren kender."
        ),
        "purpose": (
            "At sikre de rette kompetencer og boformer, når borgere i botilbud bliver ældre, "
            "og undgå, at botilbud bliver plejehjem uden den nødvendige viden."
        ),
        "description": paras(
            "Rammeaftalearbejdet i Nordjylland beskriver risikoen for målgruppeglidning, når "
            "beboere på pædagogiske tilbud bliver ældre. Udviklingshæmmede med demens er "
            "en særlig udfordring, og små kommuner har svært ved at opretholde specialviden.",
            "Indsatsen kombinerer tidlig opsporing af demens, kompetenceløft i både pleje og "
            "pædagogik, samarbejde med plejecentre og eventuelt ældreafdelinger på botilbud. "
            "'Den gode alderdom' var et af fokusområderne i Nordjysk Socialaftale 2021-2022.",
        ),
        "core_elements": [
            ce("Tidlig opsporing", "Systematisk screening for demens og aldersforandringer."),
            ce("Blandede kompetencer", "Pleje- og pædagogisk faglighed i samme team."),
            ce("Samarbejde med ældreområdet", "Plejecenteret kan komme ud i boformen."),
            ce("Videndeling på tværs", "Specialister deles mellem kommuner."),
        ],
        "dose_duration": "Løbende tilpasning resten af livet",
        "delivered_by": "Botilbud i samarbejde med ældreområdet og demenskoordinatorer",
        "legal_basis": "",
        "competences": "Viden om demens hos mennesker med udviklingshæmning og om palliation.",
        "organisation": "Aftaler mellem socialområde og ældreområde; eventuel ældreafdeling.",
        "cost": "Moderat til høj.",
        "measurement": "Screeningsresultater, livskvalitet og antal flytninger i sen alder.",
        "practice_use": "Under udvikling i nordjyske kommuner.",
        "status": "udvikling",
        "owner": "KKR Nordjylland – fokusområdet Den gode alderdom",
        "contact_name": "Bente Langballe Nygaard",
        "contact_email": "bente.nygaard@example.dk",
        "evidence_level": 1,
        "cost_level": 2,
        "implementation_readiness": 1,
        "danish_relevance": 3,
        "target_groups": ["aeldre-med-handicap", "udviklingshaemning"],
        "focus_areas": ["den-gode-alderdom"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["demens", "udviklingshæmning", "alderdom", "botilbud", "pleje"],
        "last_reviewed": "2025-11-04",
        "next_review": "2027-11-04",
    },
    # ------------------------------------------------------------------
    {
        "slug": "punktskriftsindsats-boern-og-unge",
        "title": "Højt specialiseret punktskriftsindsats for børn og unge",
        "summary": (
            "Børn og unge, der er blinde eller meget svagsynede, lærer at læse og skrive "
            "punktskrift med hjælp fra specialister, så de kan følge med i skolen."
        ),
        "purpose": (
            "At sikre, at børn og unge med alvorlig synsnedsættelse får adgang til "
            "højt specialiseret undervisning i punktskrift gennem hele skoleforløbet."
        ),
        "description": paras(
            "Social- og Boligstyrelsen udsendte i 2022 en central udmelding om "
            "punktskriftsindsatser, fordi man var bekymret for, om kommuner og regioner "
            "koordinerer tilstrækkeligt til at opretholde udbuddet.",
            "Indsatsen kombinerer undervisning i barnets egen skole med kurser og rådgivning "
            "fra landsdækkende og regionale specialmiljøer, fx Synscenter Refsnæs, og "
            "kommunikationscentre. Særlig opmærksomhed gælder overgange mellem dagtilbud, "
            "skole og ungdomsuddannelse.",
        ),
        "core_elements": [
            ce("Tidlig start", "Punktskriftsforberedelse allerede i dagtilbud."),
            ce("Samarbejde mellem skole og specialmiljø", "Fast aftale om vejledning og kurser."),
            ce("Koordinering ved overgange", "Plan ved skift mellem dagtilbud, skole og uddannelse."),
            ce("Hjælpemidler", "Punktdisplay og skærmlæser indgår i undervisningen."),
        ],
        "dose_duration": "Gennem hele skoleforløbet",
        "delivered_by": "Synskonsulenter, punktskriftslærere og specialskoler",
        "legal_basis": "",
        "competences": "Højt specialiseret synspædagogik og punktskrift.",
        "organisation": "Formelle samarbejdsaftaler mellem kommuner, kommunikationscentre og landsdækkende tilbud.",
        "cost": "Høj pr. barn; få børn på landsplan.",
        "measurement": "Læsefærdigheder, deltagelse i undervisningen og overgang til uddannelse.",
        "practice_use": "Varetages af landsdækkende og regionale synsmiljøer i samarbejde med kommunerne.",
        "status": "i_brug",
        "owner": "Synscenter Refsnæs (specialmiljø) og kommunerne",
        "contact_name": "Signe Holm Mikkelsen",
        "contact_email": "signe.mikkelsen@example.dk",
        "evidence_level": 1,
        "cost_level": 3,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "boern-unge-og-skole"],
        "evidence": [],
        "offers": ["synscenter-refsnaes", "institut-for-syn-og-hoerelse", "center-for-kommunikation-og-velfaerdsteknologi"],
        "municipalities": [],
        "keywords": ["punktskrift", "blind", "synshandicap", "central udmelding", "specialundervisning"],
        "last_reviewed": "2025-05-27",
        "next_review": "2027-05-27",
    },
    # ------------------------------------------------------------------
    {
        "slug": "tegnsprogsindsats-boern-og-unge",
        "title": "Tegnsprogsindsats for børn og unge med varigt høretab",
        "summary": (
            "Børn med høretab og deres familier lærer dansk tegnsprog, så barnet kan "
            "kommunikere, lære og være en del af fællesskabet."
        ),
        "purpose": (
            "At opretholde et tilstrækkeligt udbud af højt specialiserede tegnsprogsindsatser "
            "til børn og unge med varigt høretab og deres familier."
        ),
        "description": paras(
            "Den centrale udmelding fra 2022 om tegnsprogsindsatser bad kommunerne redegøre "
            "for, hvordan de koordinerer indsatser og kapacitet med kommunikationscentre og "
            "landsdækkende tilbud. Syddanmark besvarede udmeldingen i 2023.",
            "Indsatsen omfatter tegnsprogsundervisning for barn og familie, tosproget "
            "undervisning og rådgivning til skoler. Center for Høretab i Fredericia er et "
            "centralt specialmiljø i Syddanmark.",
        ),
        "core_elements": [
            ce("Familieundervisning", "Forældre og søskende lærer tegnsprog tidligt."),
            ce("Tosproget undervisning", "Dansk tegnsprog og dansk i skolen."),
            ce("Rådgivning til skoler", "Vejledning af lærere og klassekammerater."),
            ce("Koordinering ved overgange", "Aftaler mellem kommune, kommunikationscenter og specialtilbud."),
        ],
        "dose_duration": "Fra diagnose og gennem skoleforløbet",
        "delivered_by": "Tegnsprogslærere, audiopædagoger og specialskoler",
        "legal_basis": "",
        "competences": "Flydende dansk tegnsprog og audiopædagogik.",
        "organisation": "Formaliserede samarbejdsaftaler på tværs af kommuner.",
        "cost": "Høj pr. barn.",
        "measurement": "Sproglig udvikling på tegnsprog og dansk, trivsel og deltagelse.",
        "practice_use": "Varetages af specialmiljøer i samarbejde med kommunikationscentre.",
        "status": "i_brug",
        "owner": "Center for Høretab og de syddanske kommuner",
        "contact_name": "Mads Ellegaard Nørby",
        "contact_email": "mads.noerby@example.dk",
        "evidence_level": 2,
        "cost_level": 3,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "boern-unge-og-skole"],
        "evidence": [],
        "offers": ["center-for-hoeretab", "institut-for-syn-og-hoerelse"],
        "municipalities": [],
        "keywords": ["tegnsprog", "høretab", "døv", "central udmelding", "tosproget"],
        "last_reviewed": "2025-05-27",
        "next_review": "2027-05-27",
    },
    # ------------------------------------------------------------------
    {
        "slug": "tvaersektorielt-forloeb-gravide-rusmidler",
        "title": "Tværsektorielt forløb for gravide med forbrug af rusmidler",
        "summary": (
            "Hvis du er gravid og bruger rusmidler eller medicin, får du et samlet forløb, "
            "hvor jordemoder, kommune og behandling arbejder sammen om dig og barnet."
        ),
        "purpose": (
            "At beskytte det ufødte barn og støtte den gravide gennem koordineret indsats og, "
            "ved behov, skærmet døgnophold."
        ),
        "description": paras(
            "Socialstyrelsen har udsendt en central udmelding om gravide udsatte kvinder med "
            "skadeligt rusmiddelforbrug og behov for skærmet døgnophold. Målgruppen er lille, "
            "og kommunerne ser den sjældent.",
            "I Syddanmark samlede en tværsektoriel temadag i september 2023 omkring 120 "
            "ledere og medarbejdere fra region og kommuner om målgruppen. Forløbet kobler "
            "familieambulatorium, svangreomsorg, misbrugsbehandling og kommunal "
            "familieindsats.",
        ),
        "core_elements": [
            ce("Tidlig opsporing", "Screening i svangreomsorgen og hurtig kontakt til kommunen."),
            ce("Fælles plan", "Koordineret plan før og efter fødslen."),
            ce("Skærmet døgnophold", "Adgang til døgnophold, når det er nødvendigt."),
            ce("Opfølgning efter fødslen", "Støtte til forældreskab og behandling."),
        ],
        "dose_duration": "Fra graviditet til barnets første leveår",
        "delivered_by": "Familieambulatorier, misbrugscentre og kommunale familieafdelinger",
        "legal_basis": "",
        "competences": "Viden om rusmidler, graviditet og børns udvikling.",
        "organisation": "Samarbejdsaftale mellem region og kommuner.",
        "cost": "Høj ved døgnophold; forebyggende gevinst for barnet.",
        "measurement": "Rusmiddelfrihed, barnets helbred ved fødslen og forældrekompetence.",
        "practice_use": "Drøftet på tværsektoriel temadag i Syddanmark; findes i alle regioner.",
        "status": "i_brug",
        "owner": "Regionerne og kommunerne i fællesskab",
        "contact_name": "Ida Rosenkvist Falk",
        "contact_email": "ida.falk@example.dk",
        "evidence_level": None,
        "cost_level": 3,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["gravide-med-rusmiddelforbrug", "dobbeltdiagnose"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
        "evidence": [],
        "offers": [],
        "municipalities": [],
        "keywords": ["gravide", "rusmidler", "familieambulatorium", "central udmelding"],
        "last_reviewed": "2025-09-23",
        "next_review": "2027-09-23",
    },
    # ------------------------------------------------------------------
    {
        "slug": "socialt-rehabiliterende-indsats-spiseforstyrrelser",
        "title": "Specialiseret socialt rehabiliterende indsats ved spiseforstyrrelser",
        "summary": (
            "Ved siden af behandlingen får du hjælp i hverdagen til måltider, skole og "
            "relationer, så du kan komme dig og få et liv uden spiseforstyrrelsen."
        ),
        "purpose": (
            "At supplere behandlingspsykiatrien med en højt specialiseret social indsats "
            "for børn, unge og voksne med svære spiseforstyrrelser."
        ),
        "description": paras(
            "Socialstyrelsen har udsendt en central udmelding om målgruppen med behov for højt "
            "specialiseret socialt rehabiliterende indsats. I Syddanmark samlede et "
            "netværksmøde i 2022 omkring 100 medarbejdere og ledere fra region og kommuner, "
            "og der blev holdt en temadag i 2023.",
            "Indsatsen foregår i døgn- eller dagtilbud og i eget hjem og bygger på tæt "
            "samarbejde med behandlingen, støtte til måltider, familieinddragelse og "
            "gradvis tilbagevenden til skole og fritid. Platangårdens afdeling for "
            "spiseforstyrrelser er et eksempel på et specialiseret tilbud.",
        ),
        "core_elements": [
            ce("Måltidsstøtte", "Struktureret støtte før, under og efter måltider."),
            ce("Tæt samarbejde med behandling", "Fælles plan med behandlingspsykiatrien."),
            ce("Familie- og netværksinddragelse", "Pårørende er en del af forløbet."),
            ce("Tilbagevenden til hverdagsliv", "Skole, uddannelse og fritid indgår i målene."),
        ],
        "dose_duration": "Typisk 6–18 måneder",
        "delivered_by": "Specialiserede døgn- og dagtilbud samt kommunal støtte i hjemmet",
        "legal_basis": "",
        "competences": "Specialviden om spiseforstyrrelser, ernæring og selvskade.",
        "organisation": "Formaliseret samarbejde mellem kommune, tilbud og behandlingspsykiatri.",
        "cost": "Høj.",
        "measurement": "Vægt og ernæringsstatus (i samarbejde med behandling), funktionsevne og borgerens egen vurdering.",
        "practice_use": "Varetages af få specialiserede tilbud; netværk i Syddanmark.",
        "status": "i_brug",
        "owner": "Specialiserede tilbud og kommunerne",
        "contact_name": "Camilla Brix Sørensen",
        "contact_email": "camilla.soerensen@example.dk",
        "evidence_level": 2,
        "cost_level": 3,
        "implementation_readiness": 2,
        "danish_relevance": 3,
        "target_groups": ["spiseforstyrrelser", "selvskade", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "tvaersektoriel-kobling"],
        "evidence": ["cochrane-familieterapi-anoreksi"],
        "offers": ["platangaarden"],
        "municipalities": [],
        "keywords": ["spiseforstyrrelse", "anoreksi", "måltidsstøtte", "central udmelding"],
        "last_reviewed": "2025-11-06",
        "next_review": "2027-05-06",
    },
    # ------------------------------------------------------------------
    {
        "slug": "indsats-for-udviklingshaemmede-med-dom",
        "title": "Socialpædagogisk indsats for udviklingshæmmede med dom",
        "summary": (
            "Borgere med udviklingshæmning, der har fået en dom, får et sikkert sted at bo "
            "og en pædagogisk indsats, der skal forebygge ny kriminalitet og give et godt liv."
        ),
        "purpose": (
            "At kombinere sikkerhed og socialpædagogisk behandling for dømte udviklingshæmmede "
            "og planlægge udslusning til mindre indgribende rammer."
        ),
        "description": paras(
            "Dømte udviklingshæmmede med behov for ophold i sikret afdeling er en meget lille "
            "målgruppe med få pladser på landsplan. Der er udsendt centrale udmeldinger om "
            "målgruppen, senest med en fornyet behandling i 2023 og en fælles national "
            "besvarelse.",
            "Indsatsen omfatter struktur og forudsigelighed, konfliktnedtrapning, træning i "
            "sociale færdigheder og en udslusningsplan. Kofoedsminde er landets eneste "
            "institution af sin art, og Bakkegården har en tilsvarende rolle for unge.",
        ),
        "core_elements": [
            ce("Sikre og forudsigelige rammer", "Tydelig struktur i hverdagen."),
            ce("Konfliktnedtrapning", "Low arousal og systematisk risikovurdering."),
            ce("Socialpædagogisk behandling", "Træning i sociale færdigheder og hverdagsliv."),
            ce("Udslusning", "Planlagt overgang til åbne rammer i samarbejde med bopælskommunen."),
        ],
        "dose_duration": "Afhængig af dommens længde og indhold; ofte flere år",
        "delivered_by": "Sikrede og åbne specialinstitutioner",
        "legal_basis": "Straffeloven §§ 16 og 68 (dom til anbringelse)",
        "competences": "Specialpædagogik, risikovurdering og kendskab til strafferetlige foranstaltninger.",
        "organisation": "Samarbejde med kriminalforsorg, politi og bopælskommune.",
        "cost": "Meget høj pr. plads.",
        "measurement": "Hændelser og magtanvendelser, recidiv og progression mod mindre indgribende rammer.",
        "practice_use": "Varetages af landsdækkende tilbud, bl.a. Kofoedsminde og Bakkegården.",
        "status": "i_brug",
        "owner": "Region Sjælland (driftsherre for de landsdækkende tilbud)",
        "contact_name": "Nanna Skovgaard Juhl",
        "contact_email": "nanna.juhl@example.dk",
        "evidence_level": 1,
        "cost_level": 3,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["udviklingshaemning", "domfaeldte-og-udadreagerende"],
        "focus_areas": ["hoejt-specialiserede-indsatser"],
        "evidence": ["low-arousal-praksiserfaringer"],
        "offers": ["kofoedsminde", "bakkegaarden"],
        "municipalities": ["Lolland", "Odsherred"],
        "keywords": ["dom", "sikret afdeling", "udviklingshæmning", "central udmelding", "udslusning"],
        "last_reviewed": "2026-02-17",
        "next_review": "2027-02-17",
    },
    # ------------------------------------------------------------------
    {
        "slug": "autismepaedagogisk-struktur-og-forudsigelighed",
        "title": "Autismepædagogik med struktur og forudsigelighed",
        "summary": (
            "Hverdagen bliver gjort overskuelig med faste rutiner, visuelle planer og "
            "rolige rammer, så du kan bruge dine kræfter på at lære og trives."
        ),
        "purpose": (
            "At mindske stress og angst hos børn, unge og voksne med autisme gennem et "
            "forenklet, forudsigeligt miljø og understøtte udvikling."
        ),
        "description": paras(
            "Autismepædagogik bygger på viden om, at mennesker med autisme ofte har brug for "
            "tydelig struktur, visualisering og færre sanseindtryk. Behandlingshjemmet "
            "Himmelev beskriver sin tilgang som et tilpas forenklet miljø.",
            "Det nordjyske laboratorium 'Unge med autisme' arbejder med, hvordan unge kan få "
            "mulighed for udvikling uden at opleve stress og angst, og tilgangen bruges også "
            "på voksentilbud som Autismecenter Holmehøj.",
        ),
        "core_elements": [
            ce("Visuel struktur", "Dagsplaner, piktogrammer og tydelige overgange."),
            ce("Forenklet miljø", "Få og genkendelige sanseindtryk."),
            ce("Individuel tilrettelæggelse", "Krav og aktiviteter tilpasses den enkelte."),
            ce("Stressforebyggelse", "Systematisk opmærksomhed på tegn på overbelastning."),
        ],
        "dose_duration": "Tilgang i hverdagen; kompetenceforløb 3–6 måneder",
        "delivered_by": "Pædagoger, lærere og omsorgspersonale",
        "legal_basis": "",
        "competences": "Efteruddannelse i autisme og stressforebyggelse.",
        "organisation": "Fælles tilgang i hele tilbuddet; indretning efter målgruppens behov.",
        "cost": "Moderat.",
        "measurement": "Stressprofiler, trivsel, deltagelse og episoder med udadreagerende adfærd.",
        "practice_use": "Grundtilgang på specialiserede autismetilbud i hele landet.",
        "status": "i_brug",
        "owner": "Specialiserede autismetilbud",
        "contact_name": "Louise Kragh Damsgaard",
        "contact_email": "louise.damsgaard@example.dk",
        "evidence_level": 2,
        "cost_level": 2,
        "implementation_readiness": 3,
        "danish_relevance": 3,
        "target_groups": ["autisme", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["kvalitet-i-indsatserne", "boern-unge-og-skole"],
        "evidence": ["low-arousal-praksiserfaringer"],
        "offers": ["himmelev", "autismecenter-holmehoej", "noedebogaard", "fagcenter-for-autisme-og-adhd"],
        "municipalities": ["Lejre"],
        "keywords": ["autisme", "struktur", "forudsigelighed", "stress", "visualisering"],
        "last_reviewed": "2025-12-09",
        "next_review": "2027-12-09",
    },
]
