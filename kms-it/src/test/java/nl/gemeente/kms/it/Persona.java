package nl.gemeente.kms.it;

/**
 * The columns of the authorization matrix: one demo account per role and department condition.
 * Fixtures belong to Burgerzaken and are written by {@code bea.burgerzaken}, so {@link #EDITOR_DEPT}
 * is an editor of the owning department who is not the author.
 */
enum Persona {
  ANONYMOUS(null),
  AGENT("anna.agent"),
  EDITOR_DEPT("bert.burgerzaken"),
  EDITOR_OTHER("ben.belastingen"),
  KNOWLEDGE_MANAGER("karin.km"),
  ADMINISTRATOR("adam.admin");

  final String username;

  Persona(String username) {
    this.username = username;
  }
}
