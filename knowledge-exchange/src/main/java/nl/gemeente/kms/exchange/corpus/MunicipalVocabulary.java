package nl.gemeente.kms.exchange.corpus;

/**
 * The words the generated articles are made of: per department the products a contact center is
 * asked about, with the actions, documents, channels and conditions of Dutch municipal procedures.
 * Invented but plausible; no real people, addresses or amounts from any one municipality.
 */
final class MunicipalVocabulary {

  private MunicipalVocabulary() {}

  /** A product of a department, with the words agents and citizens use for it. */
  record Product(String article, String name, String topic, String[] keywords) {

    /** "de parkeervergunning", "het paspoort", or the bare name where Dutch uses none. */
    String withArticle() {
      String lower = name.length() > 1 && Character.isUpperCase(name.charAt(1))
          ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
      return article.isEmpty() ? lower : article + " " + lower;
    }
  }

  record Department(String code, Product[] products) {}

  private static Product p(String article, String name, String topic, String... keywords) {
    return new Product(article, name, topic, keywords);
  }

  static final Department[] DEPARTMENTS = {
    new Department("burgerzaken", new Product[] {
      p("het", "Paspoort", "reisdocumenten", "paspoort", "reisdocument", "pasfoto"),
      p("de", "Identiteitskaart", "reisdocumenten", "ID-kaart", "identiteitsbewijs"),
      p("het", "Rijbewijs", "rijbewijs", "rijbewijs", "CBR", "gezondheidsverklaring"),
      p("het", "Uittreksel BRP", "basisregistratie", "uittreksel", "BRP", "inschrijving"),
      p("", "Verhuizing", "verhuizen", "verhuizen", "adreswijziging", "inschrijven"),
      p("het", "Huwelijk en partnerschap", "trouwen", "trouwen", "partnerschap", "ambtenaar"),
      p("", "Geboorteaangifte", "geboorte", "geboorte", "aangifte", "erkenning"),
      p("", "Naamgebruik", "naam", "naamgebruik", "achternaam")}),
    new Department("belastingen", new Product[] {
      p("de", "WOZ-beschikking", "woz", "WOZ", "waardering", "taxatieverslag"),
      p("", "Afvalstoffenheffing", "heffingen", "afvalstoffenheffing", "aanslag"),
      p("", "Hondenbelasting", "heffingen", "hondenbelasting", "hond"),
      p("", "Kwijtschelding gemeentelijke belastingen", "kwijtschelding", "kwijtschelding", "betalingsregeling"),
      p("", "Onroerendezaakbelasting", "heffingen", "OZB", "eigenaar"),
      p("", "Toeristenbelasting", "heffingen", "toeristenbelasting", "overnachting"),
      p("", "Automatische incasso belastingen", "betalen", "incasso", "termijnen")}),
    new Department("sociale-zaken", new Product[] {
      p("de", "Bijstandsuitkering", "inkomen", "bijstand", "Participatiewet", "uitkering"),
      p("de", "Individuele inkomenstoeslag", "inkomen", "inkomenstoeslag", "laag inkomen"),
      p("", "Bijzondere bijstand", "inkomen", "bijzondere bijstand", "kosten"),
      p("", "Schuldhulpverlening", "schulden", "schuldhulp", "schulden", "budgetcoach"),
      p("het", "Re-integratietraject", "werk", "re-integratie", "werk", "participatie"),
      p("de", "Minimaregeling kindpakket", "inkomen", "kindpakket", "minima")}),
    new Department("wmo", new Product[] {
      p("", "Huishoudelijke hulp", "ondersteuning", "huishoudelijke hulp", "Wmo"),
      p("de", "Woningaanpassing", "ondersteuning", "woningaanpassing", "traplift"),
      p("de", "Rolstoel", "hulpmiddelen", "rolstoel", "hulpmiddel"),
      p("de", "Vervoersvoorziening", "vervoer", "regiotaxi", "vervoer", "scootmobiel"),
      p("", "Mantelzorgwaardering", "mantelzorg", "mantelzorg", "waardering"),
      p("het", "Persoonsgebonden budget", "ondersteuning", "pgb", "zorg in natura"),
      p("de", "Gehandicaptenparkeerkaart", "vervoer", "GPK", "parkeren")}),
    new Department("vergunningen", new Product[] {
      p("de", "Omgevingsvergunning", "omgevingswet", "omgevingsvergunning", "bouwen", "Omgevingsloket"),
      p("de", "Evenementenvergunning", "evenementen", "evenement", "vergunning"),
      p("de", "Drank- en horecavergunning", "horeca", "alcohol", "horeca"),
      p("de", "Kapvergunning", "omgevingswet", "boom", "kappen"),
      p("de", "Standplaatsvergunning", "markt", "standplaats", "markt"),
      p("de", "Melding klein evenement", "evenementen", "buurtfeest", "melding")}),
    new Department("afval", new Product[] {
      p("", "Grofvuil ophalen", "afval", "grofvuil", "ophalen"),
      p("de", "Minicontainer", "afval", "container", "kliko", "gft"),
      p("de", "Milieustraat", "afval", "milieustraat", "brengen"),
      p("", "Melding openbare ruimte", "openbare-ruimte", "melding", "losse stoeptegel", "straatverlichting"),
      p("", "Zwerfafval", "openbare-ruimte", "zwerfafval", "dumping"),
      p("de", "Ondergrondse container", "afval", "afvalpas", "verzamelcontainer")}),
    new Department("parkeren", new Product[] {
      p("de", "Parkeervergunning bewoners", "vergunningen", "parkeervergunning", "bewoner"),
      p("", "Bezoekersparkeren", "vergunningen", "bezoekers", "bezoekerspas"),
      p("", "Parkeerbon bezwaar", "bezwaar", "naheffingsaanslag", "parkeerbon"),
      p("", "Laadpaal aanvragen", "elektrisch", "laadpaal", "elektrische auto"),
      p("de", "Gehandicaptenparkeerplaats", "vergunningen", "GPP", "invalidenparkeerplaats")}),
    new Department("wonen", new Product[] {
      p("", "Huurtoeslag en woonlasten", "wonen", "huurtoeslag", "woonlasten"),
      p("", "Woningzoekende inschrijving", "wonen", "woningzoekende", "sociale huur"),
      p("de", "Urgentieverklaring", "wonen", "urgentie", "woning"),
      p("de", "Splitsingsvergunning", "wonen", "splitsen", "woning omzetten"),
      p("", "Energieadvies aan huis", "duurzaamheid", "energie", "isolatie", "subsidie"),
      p("het", "Funderingsloket", "bouwen", "fundering", "funderingsherstel")})
  };

  static final String[][] ACTIONS = {
    {"aanvragen", "vraagt", "aan"}, {"wijzigen", "wijzigt", ""}, {"verlengen", "verlengt", ""},
    {"opzeggen", "zegt", "op"}, {"bezwaar maken", "maakt", "bezwaar"}, {"kosten en betalen", "betaalt", ""},
    {"melden", "meldt", ""}, {"status opvragen", "vraagt", "de status op"}};

  static final String[] CHANNELS = {
    "online met DigiD", "op afspraak aan de balie", "met het formulier op de website", "telefonisch via 14 0"};

  static final String[] DOCUMENTS = {
    "een geldig identiteitsbewijs", "een recente pasfoto", "bewijsstukken van het inkomen", "het aanslagbiljet",
    "een machtiging als iemand anders het regelt", "de beschikking van de gemeente", "een situatietekening",
    "het klantnummer uit de brief"};

  /** Each condition as a main clause and as the clause after "of" (Dutch word order differs). */
  static final String[][] CONDITIONS = {
    {"de inwoner staat ingeschreven in de gemeente", "de inwoner ingeschreven staat in de gemeente"},
    {"de inwoner is 18 jaar of ouder", "de inwoner 18 jaar of ouder is"},
    {"er is geen andere voorziening die voorgaat", "er geen andere voorziening is die voorgaat"},
    {"de aanvraag moet volledig zijn", "de aanvraag volledig is"},
    {"de termijn mag niet verstreken zijn", "de termijn nog niet verstreken is"},
    {"het inkomen ligt onder de grens van de regeling", "het inkomen onder de grens van de regeling ligt"}};

  static final String[] DURATIONS = {"5 werkdagen", "2 weken", "8 weken", "binnen 3 werkdagen", "6 weken"};

  static final String[] NOTES = {
    "Verwijs bij twijfel door naar de vakafdeling; beloof de inwoner geen uitkomst.",
    "Bij spoed kan de vakafdeling dezelfde dag terugbellen.",
    "Tarieven wijzigen per 1 januari; controleer het jaar op het formulier.",
    "De inwoner kan binnen 6 weken bezwaar maken tegen het besluit.",
    "Een gemachtigde mag het namens de inwoner regelen met een schriftelijke machtiging."};
}
