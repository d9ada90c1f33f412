package nl.gemeente.kms.platform.demo;

import java.util.List;
import java.util.Set;
import nl.gemeente.kms.schema.identity.Department;
import nl.gemeente.kms.workflow.QuestionAnswer;
import nl.gemeente.kms.workflow.Role;

/**
 * The demo municipality: its departments and its (invented) employees, two editors per department
 * so every demo article can be written by one and reviewed by the other. The articles themselves
 * are Markdown files under {@code demo/articles/}; the six here are only the fallback for a build
 * without them.
 */
final class DemoData {

  private DemoData() {}

  record Person(String username, String displayName, Set<Role> roles, Set<String> departments) {}

  record DemoArticle(
      String department, String title, String shortAnswer, String body, List<String> keywords,
      List<String> topics, List<QuestionAnswer> questionAnswers) {}

  static final List<Department> DEPARTMENTS =
      List.of(
          new Department("burgerzaken", "Burgerzaken", 12),
          new Department("belastingen", "Belastingen en WOZ", 12),
          new Department("sociale-zaken", "Sociale Zaken / Werk en Inkomen", 6),
          new Department("wmo", "Wmo en Zorg", 12),
          new Department("vergunningen", "Vergunningen", 12),
          new Department("afval", "Afval en Openbare Ruimte", 12),
          new Department("parkeren", "Parkeren", 12),
          new Department("wonen", "Wonen en Bouwen", 12));

  static final List<Person> PEOPLE =
      List.of(
          new Person("anna.agent", "Anna de Vries (KCC)", Set.of(Role.AGENT), Set.of()),
          new Person("kees.agent", "Kees Jansen (KCC)", Set.of(Role.AGENT), Set.of()),
          new Person("bert.burgerzaken", "Bert Bakker (Burgerzaken)", Set.of(Role.EDITOR), Set.of("burgerzaken")),
          new Person("bea.burgerzaken", "Bea Smit (Burgerzaken)", Set.of(Role.EDITOR), Set.of("burgerzaken")),
          new Person("ben.belastingen", "Ben Visser (Belastingen)", Set.of(Role.EDITOR), Set.of("belastingen")),
          new Person("bo.belastingen", "Bo Mulder (Belastingen)", Set.of(Role.EDITOR), Set.of("belastingen")),
          new Person("sam.sociaal", "Sam de Boer (Sociale Zaken)", Set.of(Role.EDITOR), Set.of("sociale-zaken")),
          new Person("sara.sociaal", "Sara Bos (Sociale Zaken)", Set.of(Role.EDITOR), Set.of("sociale-zaken")),
          new Person("wendy.wmo", "Wendy de Wit (Wmo)", Set.of(Role.EDITOR), Set.of("wmo")),
          new Person("wim.wmo", "Wim Kramer (Wmo)", Set.of(Role.EDITOR), Set.of("wmo")),
          new Person("vera.vergunningen", "Vera Jacobs (Vergunningen)", Set.of(Role.EDITOR), Set.of("vergunningen")),
          new Person("victor.vergunningen", "Victor Dekker (Vergunningen)", Set.of(Role.EDITOR), Set.of("vergunningen")),
          new Person("abel.afval", "Abel Vermeulen (Afval)", Set.of(Role.EDITOR), Set.of("afval")),
          new Person("anouk.afval", "Anouk van Dijk (Afval)", Set.of(Role.EDITOR), Set.of("afval")),
          new Person("piet.parkeren", "Piet Willems (Parkeren)", Set.of(Role.EDITOR), Set.of("parkeren")),
          new Person("petra.parkeren", "Petra Hoekstra (Parkeren)", Set.of(Role.EDITOR), Set.of("parkeren")),
          new Person("wout.wonen", "Wout Koster (Wonen)", Set.of(Role.EDITOR), Set.of("wonen")),
          new Person("wilma.wonen", "Wilma Prins (Wonen)", Set.of(Role.EDITOR), Set.of("wonen")),
          new Person("karin.km", "Karin Peters (kennismanager)", Set.of(Role.KNOWLEDGE_MANAGER), Set.of()),
          new Person("adam.admin", "Adam Hendriks (beheer)", Set.of(Role.ADMINISTRATOR), Set.of()));

  /** The n-th demo editor of a department; the knowledge manager covers a department without two. */
  static String editorOf(String department, int n) {
    var editors = PEOPLE.stream().filter(p -> p.departments().contains(department)).toList();
    return n < editors.size() ? editors.get(n).username() : "karin.km";
  }

  static final List<DemoArticle> ARTICLES =
      List.of(
          new DemoArticle(
              "burgerzaken",
              "Paspoort aanvragen",
              "Een paspoort vraagt de inwoner persoonlijk aan bij de balie van Burgerzaken, op afspraak. Neem een"
                  + " recente pasfoto en het oude paspoort mee. Het paspoort is na 5 werkdagen op te halen.",
              """
              ## Wat neemt de inwoner mee?

              - het oude paspoort of de identiteitskaart
              - één recente pasfoto die voldoet aan de fotomatrix
              - het geld voor de leges (pinnen)

              ## Kosten

              | Document | Leeftijd | Kosten |
              |---|---|---|
              | Paspoort | 18 jaar en ouder | € 84,95 |
              | Paspoort | jonger dan 18 | € 64,30 |

              ## Levertijd

              Het paspoort is na **5 werkdagen** op te halen. Spoed kan: dan is het de volgende werkdag klaar (toeslag € 58,10).
              """,
              List.of("paspoort", "reisdocument", "aanvragen", "pasfoto"),
              List.of("reisdocumenten"),
              List.of(new QuestionAnswer("Kan mijn kind zonder mij een paspoort aanvragen?",
                  "Kinderen onder 18 hebben toestemming van beide gezaghouders nodig."))),
          new DemoArticle(
              "burgerzaken",
              "Identiteitskaart (ID-kaart) kwijt of gestolen",
              "Meld een verloren of gestolen ID-kaart bij de gemeente; bij diefstal eerst aangifte bij de politie."
                  + " Daarna kan direct een nieuwe ID-kaart worden aangevraagd.",
              """
              ## Wat moet de inwoner doen?

              1. Bij diefstal: aangifte doen bij de politie.
              2. Afspraak maken bij Burgerzaken om de vermissing te melden.
              3. Tegelijk een nieuwe identiteitskaart aanvragen.

              De oude kaart is na de melding ongeldig, ook als hij later terug wordt gevonden.
              """,
              List.of("identiteitskaart", "ID-kaart", "kwijt", "gestolen", "vermissing"),
              List.of("reisdocumenten"),
              List.of()),
          new DemoArticle(
              "burgerzaken",
              "Verhuizing doorgeven",
              "Een verhuizing geeft de inwoner door via de website met DigiD, uiterlijk 5 dagen na de verhuisdatum."
                  + " Verhuizen binnen de gemeente en naar de gemeente gaat op dezelfde manier.",
              """
              ## Wanneer?

              Vanaf 4 weken vóór tot uiterlijk 5 dagen na de verhuisdatum.

              ## Hoe?

              Online met DigiD. Zonder DigiD kan het met het formulier 'Verhuizing doorgeven' en een kopie van een identiteitsbewijs.
              """,
              List.of("verhuizen", "adreswijziging", "inschrijven", "BRP"),
              List.of("verhuizen"),
              List.of()),
          new DemoArticle(
              "belastingen",
              "Hondenbelasting",
              "Wie een hond heeft, betaalt hondenbelasting. De inwoner meldt een nieuwe hond binnen 30 dagen aan"
                  + " via het formulier op de website.",
              """
              ## Tarieven

              | Aantal honden | Per jaar |
              |---|---|
              | 1e hond | € 118,20 |
              | elke volgende hond | € 177,30 |

              Een hond afmelden kan ook online; de gemeente verrekent de belasting per maand.
              """,
              List.of("hondenbelasting", "hond", "aanmelden", "afmelden"),
              List.of("belastingen"),
              List.of()),
          new DemoArticle(
              "belastingen",
              "WOZ-waarde bezwaar maken",
              "Bezwaar tegen de WOZ-waarde (waardering onroerende zaken) maakt de inwoner binnen 6 weken na de"
                  + " dagtekening van de aanslag, online met DigiD. Bezwaar maken is gratis.",
              """
              ## Termijn

              Binnen **6 weken** na de datum op het aanslagbiljet.

              ## Hoe?

              Online met DigiD, of per brief met naam, adres, het aanslagnummer, de reden en een handtekening.
              Let op: bureaus die 'no cure no pay' bezwaar maken, ontvangen een proceskostenvergoeding van de gemeente.
              """,
              List.of("WOZ", "bezwaar", "taxatieverslag", "aanslag"),
              List.of("belastingen", "bezwaar"),
              List.of()),
          new DemoArticle(
              "sociale-zaken",
              "Bijstandsuitkering aanvragen",
              "Een bijstandsuitkering (Participatiewet) vraagt de inwoner online aan met DigiD. Eerst meldt hij zich"
                  + " bij het UWV werkplein; de gemeente beslist binnen 8 weken.",
              """
              ## Voorwaarden

              - 18 jaar of ouder en wonend in de gemeente
              - niet genoeg inkomen of vermogen om van te leven
              - geen recht op een andere uitkering

              ## Aanvragen

              1. Melden via werk.nl.
              2. Binnen 5 werkdagen de aanvraag met bewijsstukken indienen.
              3. Een consulent neemt contact op voor een gesprek.
              """,
              List.of("bijstand", "uitkering", "Participatiewet", "inkomen"),
              List.of("inkomen"),
              List.of()));
}
