"""Temadage, konferencer, netværksmøder, workshops og symposier.

Afholdte arrangementer har datoer, målgruppe (deltagere) og arrangør fra
arbejdspapirerne. Klokkeslæt er ikke oplyst i kilderne (bortset fra
programmet for workshoppen den 17. marts 2017) og er derfor kun
illustrative; som sted er kun regionen angivet, og adressen er tom.
Arrangementerne i 2027 er planlagte demo-arrangementer. Oplægsholdere er fiktive eller angivet som organisation.
"""


def item(time, title, speaker):
    """Programpunkt (tiny helper)."""
    return {"time": time, "title": title, "speaker": speaker}


EVENTS = [
    # ==================================================================
    # Region Sjælland – processen frem mod rammeaftale 2018
    # ==================================================================
    {
        "slug": "kick-off-rammeaftale-2018-sjaelland",
        "title": "Kick-off: En faglig formiddag med borgeren i centrum",
        "kind": "konference",
        "start": "2016-11-25T09:00",
        "end": "2016-11-25T13:00",
        "location": "Region Sjælland",
        "address": "",
        "online": False,
        "organiser": "Kommunerne i Region Sjælland og Region Sjælland (rammeaftalesamarbejdet) med Implement Consulting Group",
        "network": None,
        "agreement": "sjaelland-2018-2020",
        "audience": "Politikere og øverste ledelsesniveau i kommunerne og regionen",
        "target_groups": [],
        "focus_areas": ["borgerinddragelse", "mellemkommunalt-samarbejde"],
        "capacity": 150,
        "participants": None,
        "intro": (
            "Startskuddet på en ny og bredere proces for rammeaftalen 2018. Formålet var at "
            "inddrage politikere, fagpersoner og brugere tidligere og skabe større ejerskab "
            "til aftalen. Temaerne fra dagen blev samlet i et katalog til det videre arbejde."
        ),
        "programme": [
            item("09:00", "Velkomst og formål med den nye proces", "KKR Sjælland"),
            item("09:20", "Borgerens perspektiv på det specialiserede socialområde", "Brugerrepræsentant fra Det Regionale Dialogforum"),
            item("10:15", "Faglige sessioner og drøftelser", "Implement Consulting Group"),
            item("12:30", "Opsamling: temaer til den kommende rammeaftale", "Rammeaftalesekretariatet"),
        ],
        "materials": [{"title": "Katalog over temaer fra kick-off-seminaret", "url": ""}],
    },
    {
        "slug": "workshop-dialogforum-handicapraad-2017",
        "title": "Workshop med Dialogforum og handicapråd om rammeaftale 2018",
        "kind": "workshop",
        "start": "2017-01-18T13:00",
        "end": "2017-01-18T16:00",
        "location": "Region Sjælland",
        "address": "",
        "online": False,
        "organiser": "Rammeaftalesamarbejdet i Region Sjælland",
        "network": None,
        "agreement": "sjaelland-2018-2020",
        "audience": "Det Regionale Dialogforum og repræsentanter for de kommunale handicapråd",
        "target_groups": [],
        "focus_areas": ["borgerinddragelse"],
        "capacity": 60,
        "participants": None,
        "intro": (
            "Brugerorganisationer og handicapråd blev inviteret tidligt ind i processen for at "
            "give input til udfordringer og fokusområder. Workshoppen skulle bidrage til et "
            "sporskifte i dialogen med brugerorganisationerne."
        ),
        "programme": [
            item("13:00", "Velkomst og baggrund for den nye proces", "Rammeaftalesekretariatet"),
            item("13:20", "Drøftelse: Hvordan styrker vi brugerinddragelsen?", "Implement Consulting Group"),
            item("15:30", "Opsamling", "Rammeaftalesekretariatet"),
        ],
        "materials": [],
    },
    {
        "slug": "workshop-fagpersoner-rammeaftale-2018",
        "title": "Workshop med fagpersoner om ny proces for rammeaftale 2018",
        "kind": "workshop",
        "start": "2017-03-17T12:00",
        "end": "2017-03-17T15:30",
        "location": "Region Sjælland",
        "address": "",
        "online": False,
        "organiser": "Rammeaftalesamarbejdet i Region Sjælland med Implement Consulting Group",
        "network": None,
        "agreement": "sjaelland-2018-2020",
        "audience": "Myndighedsledere, virksomhedsledere og andre fagpersoner fra kommunerne og regionen",
        "target_groups": [],
        "focus_areas": ["mellemkommunalt-samarbejde", "borgerinddragelse", "hoejt-specialiserede-indsatser"],
        "capacity": 60,
        "participants": None,
        "intro": (
            "Fagpersonernes input til, hvordan kommunerne kan bruge hinanden og brugerne bedre "
            "og styrke samarbejdet gennem rammeaftalen. Drøftelserne handlede om samarbejde, "
            "brugerinddragelse og målgrupper, og resultatet blev input til den kommende "
            "rammeaftales fokusområder."
        ),
        "programme": [
            item("12:00", "Velkommen og dagens program", "Næstved Kommune (direktionen)"),
            item("12:10", "Overordnede udfordringer og mulige udviklingsveje: samarbejde, brugerinddragelse og målgrupper", "Implement Consulting Group"),
            item("12:30", "Drøftelse ved bordene", "Alle deltagere"),
            item("12:50", "Pause", ""),
            item("13:00", "Faglige sessioner", "Implement Consulting Group"),
            item("14:15", "Input og ambitionsniveau i rammeaftalen for 2018", "Alle deltagere"),
            item("15:00", "Opsamling og den videre proces", "Rammeaftalesekretariatet"),
        ],
        "materials": [{"title": "Oplæg: Diskussion om udvikling af rammeaftale 2018", "url": ""}],
    },
    {
        "slug": "politisk-temadag-rammeaftale-2018",
        "title": "Politisk temadag om fokusområder i rammeaftale 2018",
        "kind": "temadag",
        "start": "2017-04-07T09:30",
        "end": "2017-04-07T14:30",
        "location": "Region Sjælland",
        "address": "",
        "online": False,
        "organiser": "KKR Sjælland og rammeaftalesamarbejdet i Region Sjælland",
        "network": None,
        "agreement": "sjaelland-2018-2020",
        "audience": "Politikere og øverste ledelsesniveau i kommunerne og regionen",
        "target_groups": [],
        "focus_areas": ["mellemkommunalt-samarbejde", "styring-og-kapacitet"],
        "capacity": 120,
        "participants": None,
        "intro": (
            "Afsluttende møde i inddragelsesprocessen, hvor politikerne drøftede fokusområder og "
            "ambitionsniveau. Output fra dagen blev behandlet i styregruppen, KKR og K17 og "
            "dannede grundlag for udkastet til rammeaftalen."
        ),
        "programme": [
            item("09:30", "Velkomst", "KKR Sjælland"),
            item("09:45", "Input fra fagpersoner, brugere og handicapråd", "Implement Consulting Group"),
            item("11:00", "Politiske drøftelser af fokusområder", "Alle deltagere"),
            item("13:45", "Opsamling og næste skridt", "Rammeaftalesekretariatet"),
        ],
        "materials": [],
    },
    {
        "slug": "dialogmoede-rammeaftale-2021-2022",
        "title": "Dialogmøde om status og retning for rammeaftalen 2021-2022",
        "kind": "workshop",
        "start": "2019-11-29T09:00",
        "end": "2019-11-29T13:00",
        "location": "Region Sjælland",
        "address": "",
        "online": False,
        "organiser": "KKR Sjælland",
        "network": None,
        "agreement": "sjaelland-2021-2022",
        "audience": "Politikere, handicaprådsrepræsentanter og direktører",
        "target_groups": [],
        "focus_areas": ["borgerinddragelse", "psykiatri", "mellemkommunalt-samarbejde", "kvalitet-i-indsatserne"],
        "capacity": 120,
        "participants": None,
        "intro": (
            "Status på rammeaftalen 2018-2020 og start på processen for en ny aftale. Deltagerne "
            "foreslog ni nye fokusområder, bl.a. psykiatri, særligt dyre enkeltsager og fælles "
            "fokus på sårbare unge, og prioriterede forslagene i en indikativ afstemning."
        ),
        "programme": [
            item("09:00", "Velkomst", "KKR Sjælland"),
            item("09:15", "Resultater og erfaringer med rammeaftalen 2018-2020", "Implement Consulting Group"),
            item("10:15", "Gruppedrøftelser: forslag til nye fokusområder", "Alle deltagere"),
            item("12:15", "Prioriteringsøvelse og opsamling", "Rammeaftalesekretariatet"),
        ],
        "materials": [{"title": "Opsamling på forslag fra dialogmødet", "url": ""}],
    },
    # ==================================================================
    # Nordjylland
    # ==================================================================
    {
        "slug": "workshop-temaer-rammeaftale-2018-nordjylland",
        "title": "Workshop om temaer til Rammeaftalen 2018 i Nordjylland",
        "kind": "workshop",
        "start": "2017-02-06T09:00",
        "end": "2017-02-06T15:00",
        "location": "Region Nordjylland",
        "address": "",
        "online": False,
        "organiser": "KKR Nordjylland (rammeaftalesamarbejdet)",
        "network": None,
        "agreement": None,
        "audience": "Fagpersoner fra de nordjyske kommuner og Region Nordjylland",
        "target_groups": ["hjemloese", "autisme", "adhd", "sindslidelse", "aeldre-med-handicap", "selvskade"],
        "focus_areas": [
            "velfaerdsteknologi", "recovery-og-rehabilitering", "beskaeftigelse-og-relationer",
            "hjemloeshed", "boern-unge-og-skole", "psykiatri", "videndeling-og-kompetenceudvikling",
        ],
        "capacity": 100,
        "participants": None,
        "intro": (
            "Fagpersoner arbejdede i grupper med 14 temaer: mestring af eget liv, "
            "målgruppespecifikke udfordringer, tværgående temaer samt incitamenter og styring. "
            "Blandt forslagene var en fælles vidensbank, et rejsende specialistkorps, skæve "
            "boliger og et akut ambulant team i psykiatrien."
        ),
        "programme": [
            item("09:00", "Velkomst og rammesætning", "KKR Nordjylland"),
            item("09:30", "Gruppearbejde: mestring af eget liv", "Alle deltagere"),
            item("11:00", "Gruppearbejde: målgruppespecifikke udfordringer", "Alle deltagere"),
            item("13:00", "Gruppearbejde: vidensdeling, incitamenter og nye samarbejdsformer", "Alle deltagere"),
            item("14:30", "Opsamling og anbefalinger til den politiske temadag", "Rammeaftalesekretariatet i Nordjylland"),
        ],
        "materials": [{"title": "Input til temaer i Rammeaftalen 2018 fra workshoppen", "url": ""}],
    },
    # ==================================================================
    # Syddanmark 2022
    # ==================================================================
    {
        "slug": "praesentation-analyse-kommunikationsomraadet-2022",
        "title": "Præsentation af kortlægning og analyse af kommunikationsområdet i Syddanmark",
        "kind": "temadag",
        "start": "2022-05-05T10:00",
        "end": "2022-05-05T14:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum og ekstern konsulent",
        "network": "netvaerk-kommunikationscentre-syddanmark",
        "agreement": None,
        "audience": "Ledere og nøglepersoner på kommunikationsområdet i Syddanmark",
        "target_groups": ["syns-hoere-og-kommunikationshandicap"],
        "focus_areas": ["hoejt-specialiserede-indsatser"],
        "capacity": 60,
        "participants": None,
        "intro": (
            "Præsentation af analysen af det specialiserede kommunikationsområde, som "
            "Socialdirektørforum igangsatte efter en henvendelse fra Socialstyrelsen. Analysen "
            "kortlagde ydelserne, så nærmere på tre kommuner og gav anbefalinger til at sikre "
            "tilstrækkeligt højt specialiserede ydelser, særligt på synsområdet."
        ),
        "programme": [
            item("10:00", "Velkomst og baggrund for analysen", "Fælleskommunalt Socialsekretariat"),
            item("10:15", "Kortlægning af niveau og tilgængelighed af ydelser", "Ekstern konsulent"),
            item("11:15", "Nedslag i tre kommuner og kommunernes forventninger", "Ekstern konsulent"),
            item("12:30", "Anbefalinger og scenarier – drøftelse", "Alle deltagere"),
        ],
        "materials": [{"title": "Analyse af det specialiserede kommunikationsområde – afrapportering", "url": ""}],
    },
    {
        "slug": "online-konference-sammen-om-psykiatri-2022",
        "title": "Afsluttende online konference: Sammen om Psykiatri",
        "kind": "konference",
        "start": "2022-06-16T09:00",
        "end": "2022-06-16T12:30",
        "location": "Online",
        "address": "",
        "online": True,
        "organiser": "Socialdirektørforum og Psykiatrien i Region Syddanmark",
        "network": "netvaerk-sammen-om-psykiatri",
        "agreement": None,
        "audience": "Ledere, deltagere og nøglepersoner, der arbejder med målgruppen",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "tvaersektoriel-kobling"],
        "capacity": 300,
        "participants": None,
        "intro": (
            "Konferencen markerede afslutningen på projektperioden for Sammen om Psykiatri. "
            "Evalueringens resultater blev præsenteret: færre indlæggelser, genindlæggelser og "
            "tvangsindlæggelser, og en samarbejdsmodel, som alle deltagende kommuner har valgt "
            "at videreføre."
        ),
        "programme": [
            item("09:00", "Velkomst", "Socialdirektørforum Syddanmark"),
            item("09:15", "Resultater fra evalueringen", "Syddansk Sundhedsinnovation"),
            item("10:00", "Erfaringer fra en kommune og en psykiatrisk afdeling", "Annemette Kloster Vind, projektleder"),
            item("11:00", "Forankring i drift – hvad nu?", "Psykiatrien i Region Syddanmark"),
            item("12:00", "Afrunding", "Socialdirektørforum Syddanmark"),
        ],
        "materials": [{"title": "Evaluering af Sammen om Psykiatri", "url": ""}],
    },
    {
        "slug": "informationsmoede-takstindberetning-egenbetaling-2022",
        "title": "Informationsmøde om takstindberetninger og håndtering af borgers egenbetaling",
        "kind": "netvaerksmoede",
        "start": "2022-09-01T10:00",
        "end": "2022-09-01T13:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "erfa-egenbetaling-og-takster",
        "agreement": None,
        "audience": "Økonomimedarbejdere og andre relevante nøglepersoner",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet"],
        "capacity": 80,
        "participants": None,
        "intro": (
            "Gennemgang af reglerne for takstindberetning og håndtering af borgernes "
            "egenbetaling, herunder den nye opdeling af taksten i en basis- og en ydelsestakst."
        ),
        "programme": [
            item("10:00", "Velkomst", "Fælleskommunalt Socialsekretariat"),
            item("10:10", "Takstindberetning – regler og tidsplan", "Bjarne Lauritsen Hedegaard, økonomikonsulent"),
            item("11:15", "Egenbetaling i praksis", "Helle Winding Poulsen, økonomichef"),
            item("12:30", "Spørgsmål og afrunding", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "erfa-moede-egenbetaling-2022",
        "title": "Erfa-møde om egenbetaling",
        "kind": "netvaerksmoede",
        "start": "2022-10-10T10:00",
        "end": "2022-10-10T13:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "erfa-egenbetaling-og-takster",
        "agreement": None,
        "audience": "Økonomimedarbejdere og andre nøglepersoner",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet"],
        "capacity": 50,
        "participants": None,
        "intro": (
            "Erfaringsudveksling om, hvordan kommunerne beregner og opkræver egenbetaling på "
            "botilbud, og hvor der er behov for fælles praksis."
        ),
        "programme": [
            item("10:00", "Velkomst og runde", "Bjarne Lauritsen Hedegaard, økonomikonsulent"),
            item("10:30", "Cases fra kommunerne", "Alle deltagere"),
            item("12:15", "Fælles anbefalinger", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "netvaerksmoede-spiseforstyrrelser-2022",
        "title": "Netværksmøde for medarbejdere, der arbejder med spiseforstyrrelser",
        "kind": "netvaerksmoede",
        "start": "2022-11-17T09:30",
        "end": "2022-11-17T15:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "netvaerk-spiseforstyrrelser-syddanmark",
        "agreement": None,
        "audience": "Medarbejdere og ledere, der arbejder med målgruppen i region og kommuner",
        "target_groups": ["spiseforstyrrelser", "selvskade"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
        "capacity": 110,
        "participants": 100,
        "intro": (
            "Første netværksmøde på tværs af region og kommuner om mennesker med "
            "spiseforstyrrelser. Deltagerne delte viden om samarbejdet mellem behandling og "
            "social rehabilitering og om opfølgningen på den centrale udmelding."
        ),
        "programme": [
            item("09:30", "Velkomst", "Fælleskommunalt Socialsekretariat"),
            item("09:45", "Spiseforstyrrelser i dag – hvad ser vi?", "Psykiatrien i Region Syddanmark"),
            item("11:00", "Social rehabilitering og måltidsstøtte", "Camilla Brix Sørensen, psykolog"),
            item("13:00", "Workshops om samarbejde på tværs", "Alle deltagere"),
            item("14:30", "Opsamling og ønsker til netværket", "Ida Rosenkvist Falk, netværkskoordinator"),
        ],
        "materials": [],
    },
    # ==================================================================
    # Syddanmark 2023
    # ==================================================================
    {
        "slug": "politisk-moede-specialiserede-socialomraade-2023",
        "title": "Politisk møde om det specialiserede socialområde",
        "kind": "konference",
        "start": "2023-02-08T16:00",
        "end": "2023-02-08T19:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": None,
        "agreement": "syddanmark-2023-2024",
        "audience": "Politikere, direktører mm.",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet", "tvaersektoriel-kobling", "kvalitet-i-indsatserne"],
        "capacity": 150,
        "participants": None,
        "intro": (
            "Politisk møde om udviklingen på det specialiserede socialområde og de tre "
            "indsatsområder i rammeaftalen: tværsektoriel kobling, styring og kapacitet samt "
            "kvalitet i indsatserne."
        ),
        "programme": [
            item("16:00", "Velkomst", "Socialdirektørforum Syddanmark"),
            item("16:15", "Udgiftsudviklingen – hvad ved vi?", "Økonomisk arbejdsgruppe"),
            item("17:15", "Politisk drøftelse af indsatsområderne", "Alle deltagere"),
            item("18:30", "Afrunding", "Socialdirektørforum Syddanmark"),
        ],
        "materials": [],
    },
    {
        "slug": "temamoede-socialdirektoerforum-2023",
        "title": "Temamøde i Socialdirektørforum",
        "kind": "temadag",
        "start": "2023-03-09T10:00",
        "end": "2023-03-10T14:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "syd-strategisk-arbejdsgruppe",
        "agreement": "syddanmark-2023-2024",
        "audience": "Socialdirektørforum, strategisk arbejdsgruppe og økonomisk arbejdsgruppe",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet", "kvalitet-i-indsatserne"],
        "capacity": 50,
        "participants": None,
        "intro": (
            "To-dages temamøde, hvor Socialdirektørforum og de to arbejdsgrupper arbejdede med "
            "strategiske spor for rammeaftalen, herunder fælles data, benchmarking og "
            "incitamenter."
        ),
        "programme": [
            item("10:00", "Status fra den strategiske arbejdsgruppe", "Niels Fabricius Kjeldsen, formand for arbejdsgruppen"),
            item("11:30", "De fire spor i arbejdet med styring og kapacitet", "Helle Winding Poulsen, økonomichef"),
            item("13:30", "Workshop: prioritering af indsatser", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "takstmoede-og-workshop-2023",
        "title": "Takstmøde og workshop",
        "kind": "workshop",
        "start": "2023-08-24T09:30",
        "end": "2023-08-24T14:30",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "syd-oekonomisk-arbejdsgruppe",
        "agreement": "syddanmark-2023-2024",
        "audience": "Økonomimedarbejdere og andre nøglepersoner på socialområdet",
        "target_groups": [],
        "focus_areas": ["styring-og-kapacitet"],
        "capacity": 100,
        "participants": 90,
        "intro": (
            "Årligt takstmøde med gennemgang af takstmodeller og -beregning efterfulgt af en "
            "workshop om fælles udfordringer i takstarbejdet."
        ),
        "programme": [
            item("09:30", "Velkomst", "Fælleskommunalt Socialsekretariat"),
            item("09:45", "Takstmodeller og nye regler", "Bjarne Lauritsen Hedegaard, økonomikonsulent"),
            item("11:00", "Workshop: basis- og ydelsestakster i praksis", "Alle deltagere"),
            item("13:45", "Opsamling", "Helle Winding Poulsen, økonomichef"),
        ],
        "materials": [],
    },
    {
        "slug": "temadag-gravide-rusmidler-2023",
        "title": "Temadag om gravide med forbrug af rusmidler eller medicin",
        "kind": "temadag",
        "start": "2023-09-19T09:00",
        "end": "2023-09-19T15:30",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": None,
        "agreement": "syddanmark-2023-2024",
        "audience": "Ledere og medarbejdere fra region og kommuner",
        "target_groups": ["gravide-med-rusmiddelforbrug", "dobbeltdiagnose"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
        "capacity": 130,
        "participants": 120,
        "intro": (
            "Tværsektoriel temadag, hvor medarbejdere fra Region Syddanmark og de syddanske "
            "kommuner mødtes side om side om en lille, men meget sårbar målgruppe. Dagen "
            "handlede om opsporing, fælles planer og skærmet døgnophold."
        ),
        "programme": [
            item("09:00", "Velkomst", "Socialdirektørforum Syddanmark"),
            item("09:15", "Graviditet og rusmidler – hvad betyder det for barnet?", "Familieambulatoriet, Region Syddanmark"),
            item("10:45", "Kommunens rolle før og efter fødslen", "Ida Rosenkvist Falk, familiefaglig konsulent"),
            item("13:00", "Cases på tværs af sektorer", "Alle deltagere"),
            item("15:00", "Opsamling", "Fælleskommunalt Socialsekretariat"),
        ],
        "materials": [],
    },
    {
        "slug": "faellesmoede-bus-2023",
        "title": "Fællesmøde mellem Socialdirektørforum og Børne-, Unge- og Skoleområdet",
        "kind": "netvaerksmoede",
        "start": "2023-09-29T09:30",
        "end": "2023-09-29T13:30",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum og Børne- og ungecheferne",
        "network": None,
        "agreement": "syddanmark-2023-2024",
        "audience": "Socialdirektørforum og repræsentanter fra børne-, unge- og skoleområdet",
        "target_groups": ["boern-og-unge-med-saerlige-behov", "anbragte-unge-og-eftervaern"],
        "focus_areas": ["tvaersektoriel-kobling", "boern-unge-og-skole"],
        "capacity": 60,
        "participants": 50,
        "intro": (
            "Fællesmøde om overgange og snitflader mellem socialområdet og børne-, unge- og "
            "skoleområdet, fx overgangen fra barn til voksen og specialundervisning."
        ),
        "programme": [
            item("09:30", "Velkomst", "Socialdirektørforum Syddanmark"),
            item("09:45", "Overgangen fra barn til voksen", "Børne- og ungecheferne i Syddanmark"),
            item("11:00", "Drøftelse i blandede grupper", "Alle deltagere"),
            item("13:00", "Fælles næste skridt", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "faellesmoede-sundhedsdirektoerkredsen-2023",
        "title": "Fællesmøde mellem Socialdirektørforum og Sundhedsdirektørkredsen",
        "kind": "netvaerksmoede",
        "start": "2023-11-03T09:30",
        "end": "2023-11-03T13:00",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum og Sundhedsdirektørkredsen",
        "network": None,
        "agreement": "syddanmark-2023-2024",
        "audience": "Socialdirektørforum og Sundhedsdirektørkredsen",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["tvaersektoriel-kobling", "psykiatri"],
        "capacity": 50,
        "participants": None,
        "intro": (
            "Fællesmøde om snitfladerne mellem det specialiserede socialområde og "
            "sundhedsområdet, herunder forankringen af Sammen om Psykiatri."
        ),
        "programme": [
            item("09:30", "Velkomst", "Socialdirektørforum Syddanmark"),
            item("09:45", "Sammen om Psykiatri i drift", "Annemette Kloster Vind, projektleder"),
            item("11:00", "Fælles målgrupper og snitflader", "Sundhedsdirektørkredsen"),
            item("12:30", "Aftaler om det videre samarbejde", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "temadag-spiseforstyrrelser-2023",
        "title": "Temadag om spiseforstyrrelser",
        "kind": "temadag",
        "start": "2023-11-06T09:00",
        "end": "2023-11-06T15:30",
        "location": "Region Syddanmark",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "netvaerk-spiseforstyrrelser-syddanmark",
        "agreement": "syddanmark-2023-2024",
        "audience": "Ledere og medarbejdere fra kommuner og region, der arbejder med området",
        "target_groups": ["spiseforstyrrelser", "selvskade", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
        "capacity": 110,
        "participants": 100,
        "intro": (
            "Tværsektoriel temadag, der byggede videre på netværksmødet i 2022. Fokus var på "
            "sammenhæng mellem behandling og socialt rehabiliterende indsats og på "
            "familiens rolle."
        ),
        "programme": [
            item("09:00", "Velkomst", "Fælleskommunalt Socialsekretariat"),
            item("09:15", "Familiens rolle i behandling og rehabilitering", "Psykiatrien i Region Syddanmark"),
            item("10:45", "Måltidsstøtte i hverdagen", "Camilla Brix Sørensen, psykolog"),
            item("13:00", "Workshops: overgange mellem sektorer", "Alle deltagere"),
            item("15:00", "Opsamling", "Ida Rosenkvist Falk, netværkskoordinator"),
        ],
        "materials": [{"title": "Oplæg fra temadagen", "url": ""}],
    },
    # ==================================================================
    # Planlagte arrangementer 2027
    # ==================================================================
    {
        "slug": "webinar-book-rejsende-specialistkorps-2027",
        "title": "Sådan booker I det rejsende specialistkorps",
        "kind": "workshop",
        "start": "2027-01-28T13:00",
        "end": "2027-01-28T14:30",
        "location": "Online",
        "address": "",
        "online": True,
        "organiser": "Koordinationsgruppen for det rejsende specialistkorps",
        "network": "koordinationsgruppe-rejsende-specialistkorps",
        "agreement": None,
        "audience": "Myndighedssagsbehandlere og tilbudsledere, der vil bestille en specialist",
        "target_groups": ["syns-hoere-og-kommunikationshandicap", "erhvervet-hjerneskade", "spiseforstyrrelser", "autisme"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "mellemkommunalt-samarbejde"],
        "capacity": 150,
        "participants": None,
        "intro": (
            "En praktisk introduktion til, hvordan I finder en specialist i vidensbanken, sender "
            "en booking og følger forløbet til ende. Vi gennemgår også erfaringer fra de første "
            "bookinger."
        ),
        "programme": [
            item("13:00", "Hvad er det rejsende specialistkorps?", "Gry Holmsted Carstensen, korpskoordinator"),
            item("13:20", "Demonstration: søgning og booking i vidensbanken", "Gry Holmsted Carstensen, korpskoordinator"),
            item("13:50", "Erfaringer fra et forløb med en synskonsulent", "Signe Holm Mikkelsen, synskonsulent"),
            item("14:15", "Spørgsmål", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "temadag-fit-i-praksis-2027",
        "title": "FIT i praksis – fra skema til samtale",
        "kind": "temadag",
        "start": "2027-02-25T09:30",
        "end": "2027-02-25T15:30",
        "location": "Ringsted",
        "address": "",
        "online": False,
        "organiser": "Erfa-gruppen om FIT og effektmåling, Region Sjælland",
        "network": "erfa-fit-sjaelland",
        "agreement": "sjaelland-2021-2022",
        "audience": "Medarbejdere, FIT-ambassadører og ledere i socialpsykiatri, misbrug og botilbud",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["kvalitet-i-indsatserne", "videndeling-og-kompetenceudvikling"],
        "capacity": 100,
        "participants": None,
        "intro": (
            "Hvordan bliver ORS og SRS til en god samtale med borgeren, og hvordan bruger "
            "ledelsen data uden at miste fagligheden? Dagen veksler mellem oplæg og øvelser."
        ),
        "programme": [
            item("09:30", "Velkomst", "Jonas Hald Bisgaard, koordinator for erfa-gruppen"),
            item("09:45", "Hvad siger forskningen om feedback?", "Karoline Vestbjerg Aagaard, psykolog og FIT-træner"),
            item("11:00", "Øvelser: samtalen om scorerne", "FIT-ambassadører fra kommunerne"),
            item("13:00", "FIT-data i ledelsesinformation", "Jonas Hald Bisgaard, koordinator for erfa-gruppen"),
            item("14:45", "Opsamling", "Jonas Hald Bisgaard, koordinator for erfa-gruppen"),
        ],
        "materials": [],
    },
    {
        "slug": "temadag-den-gode-alderdom-2027",
        "title": "Den gode alderdom – udviklingshæmning og demens",
        "kind": "temadag",
        "start": "2027-03-04T09:00",
        "end": "2027-03-04T15:00",
        "location": "Aalborg",
        "address": "",
        "online": False,
        "organiser": "Rammeaftalesekretariatet i Nordjylland",
        "network": None,
        "agreement": "nordjylland-2021-2022",
        "audience": "Ledere og medarbejdere på botilbud og i ældreområdet",
        "target_groups": ["aeldre-med-handicap", "udviklingshaemning"],
        "focus_areas": ["den-gode-alderdom", "videndeling-og-kompetenceudvikling"],
        "capacity": 100,
        "participants": None,
        "intro": (
            "Flere borgere på botilbud bliver ældre, og nogle udvikler demens. Temadagen samler "
            "socialområdet og ældreområdet om tidlig opsporing, blandede kompetencer og "
            "samarbejde på tværs."
        ),
        "programme": [
            item("09:00", "Velkomst", "Rammeaftalesekretariatet i Nordjylland"),
            item("09:15", "Demens hos mennesker med udviklingshæmning", "Bente Langballe Nygaard, demenskoordinator"),
            item("10:45", "Når botilbuddet møder plejecentret", "Ledere fra et botilbud og et plejecenter"),
            item("13:00", "Workshop: hvad skal vi kunne om fem år?", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "konference-recovery-og-peer-2027",
        "title": "Recovery og peer-inddragelse i socialpsykiatrien",
        "kind": "konference",
        "start": "2027-03-18T09:00",
        "end": "2027-03-18T16:00",
        "location": "Roskilde",
        "address": "",
        "online": False,
        "organiser": "Netværk for socialpsykiatri og recovery i Region Sjælland",
        "network": "netvaerk-socialpsykiatri-sjaelland",
        "agreement": "sjaelland-2021-2022",
        "audience": "Medarbejdere, ledere, peer-medarbejdere og brugerrepræsentanter i socialpsykiatri og psykiatri",
        "target_groups": ["sindslidelse", "dobbeltdiagnose"],
        "focus_areas": ["psykiatri", "recovery-og-rehabilitering", "borgerinddragelse"],
        "capacity": 200,
        "participants": None,
        "intro": (
            "Konferencen samler kommuner og region om, hvordan erfaringsviden bliver en fast del "
            "af indsatsen. Der er oplæg fra peer-medarbejdere, ledere og forskere samt "
            "parallelle sessioner om praksis."
        ),
        "programme": [
            item("09:00", "Velkomst", "Pernille Krog Søndergaard, netværkskoordinator"),
            item("09:20", "Hvad er recovery – set indefra?", "Peer-medarbejder fra en sjællandsk kommune"),
            item("10:30", "Peer-medarbejdere i teamet – erfaringer og faldgruber", "Mikkel Sandholt Ravn, leder af socialpsykiatrisk center"),
            item("13:00", "Parallelle sessioner: IPS, brugerstyrede senge og opgangsfællesskaber", "Oplægsholdere fra kommuner og region"),
            item("15:15", "Paneldebat og afrunding", "Alle oplægsholdere"),
        ],
        "materials": [],
    },
    {
        "slug": "temadag-spiseforstyrrelser-2027",
        "title": "Spiseforstyrrelser – samarbejde om måltider, skole og behandling",
        "kind": "temadag",
        "start": "2027-04-22T09:00",
        "end": "2027-04-22T15:30",
        "location": "Odense",
        "address": "",
        "online": False,
        "organiser": "Socialdirektørforum",
        "network": "netvaerk-spiseforstyrrelser-syddanmark",
        "agreement": "syddanmark-2023-2024",
        "audience": "Ledere og medarbejdere fra kommuner og region, der arbejder med målgruppen",
        "target_groups": ["spiseforstyrrelser", "selvskade", "boern-og-unge-med-saerlige-behov"],
        "focus_areas": ["tvaersektoriel-kobling", "hoejt-specialiserede-indsatser"],
        "capacity": 110,
        "participants": None,
        "intro": (
            "Tredje tværsektorielle temadag om spiseforstyrrelser. Fokus er på overgangen "
            "tilbage til skole og uddannelse og på, hvordan kommune og behandling deler "
            "opgaverne omkring måltiderne."
        ),
        "programme": [
            item("09:00", "Velkomst", "Ida Rosenkvist Falk, netværkskoordinator"),
            item("09:15", "Tilbage i skole efter en spiseforstyrrelse", "Camilla Brix Sørensen, psykolog"),
            item("11:00", "Selvskade og spiseforstyrrelser", "Sofie Aagaard Lindholm, specialist i selvskade"),
            item("13:00", "Workshops: fælles planer på tværs", "Alle deltagere"),
        ],
        "materials": [],
    },
    {
        "slug": "netvaerksmoede-fra-botilbud-til-egen-bolig-2027",
        "title": "Fra botilbud til egen bolig – redskaber fra laboratoriet",
        "kind": "netvaerksmoede",
        "start": "2027-05-11T10:00",
        "end": "2027-05-11T14:00",
        "location": "Aalborg",
        "address": "",
        "online": False,
        "organiser": "Laboratoriet Fra botilbud til egen bolig",
        "network": "lab-fra-botilbud-til-egen-bolig",
        "agreement": "nordjylland-2021-2022",
        "audience": "Myndighedsledere, tilbudsledere og bostøttemedarbejdere i de nordjyske kommuner",
        "target_groups": ["sindslidelse", "udviklingshaemning", "autisme"],
        "focus_areas": ["recovery-og-rehabilitering", "kvalitet-i-indsatserne"],
        "capacity": 60,
        "participants": None,
        "intro": (
            "Laboratoriet præsenterer sin vifte af redskaber – fra progressionsmål til "
            "opgangsfællesskaber – og kommunerne deler erfaringer med at tage dem i brug."
        ),
        "programme": [
            item("10:00", "Velkomst", "Trine Højgaard Mortensen, laboratoriekoordinator"),
            item("10:15", "Redskabsviften – kort fortalt", "Trine Højgaard Mortensen, laboratoriekoordinator"),
            item("11:00", "Erfaringer fra to kommuner", "Bostøtteledere fra nordjyske kommuner"),
            item("12:30", "Hvad kræver det af afregning og visitation?", "Søren Malling Dahl, myndighedsleder"),
        ],
        "materials": [],
    },
    {
        "slug": "symposium-udviklingshaemmede-med-dom-2027",
        "title": "Udviklingshæmmede med dom – sikring, behandling og udslusning",
        "kind": "symposium",
        "start": "2027-06-08T09:30",
        "end": "2027-06-08T15:30",
        "location": "Sorø",
        "address": "",
        "online": False,
        "organiser": "Rammeaftalesekretariaterne i Sjælland og Syddanmark",
        "network": None,
        "agreement": None,
        "audience": "Ledere og fagpersoner i sikrede og åbne tilbud, myndighed og kriminalforsorg",
        "target_groups": ["udviklingshaemning", "domfaeldte-og-udadreagerende"],
        "focus_areas": ["hoejt-specialiserede-indsatser", "kvalitet-i-indsatserne"],
        "capacity": 80,
        "participants": None,
        "intro": (
            "Et fagligt symposium om en lille målgruppe med få pladser på landsplan. Vi ser på "
            "opfølgningen på den centrale udmelding, på konfliktnedtrapning og på, hvordan "
            "udslusning til mindre indgribende rammer lykkes."
        ),
        "programme": [
            item("09:30", "Velkomst og status på den centrale udmelding", "Rammeaftalesekretariatet i Region Sjælland"),
            item("10:15", "Low arousal i sikrede rammer", "Thomas Egelund Winther, specialist i udadreagerende adfærd"),
            item("11:30", "Udslusning – samarbejdet med bopælskommunen", "Nanna Skovgaard Juhl, socialpædagogisk specialist"),
            item("13:30", "Rundbordsdrøftelser", "Alle deltagere"),
        ],
        "materials": [],
    },
]
