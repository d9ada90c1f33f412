package nl.gemeente.kms.exchange.application;

import java.util.Set;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.Role;

/**
 * Who writes and who reviews an imported article of a department. The workflow needs an author
 * and a different reviewer, both editors of the department: for the demo content these are demo
 * editors; for an administrator's import two technical actors named after the administrator, so
 * the audit trail shows whose import it was.
 */
public interface ImportActors {

  Actor author(String department);

  Actor reviewer(String department);

  /** {@code import:adam.admin} writes, {@code import-review:adam.admin} reviews; editors of that department only. */
  static ImportActors onBehalfOf(String administrator) {
    return new ImportActors() {
      @Override
      public Actor author(String department) {
        return editor("import:" + administrator, department);
      }

      @Override
      public Actor reviewer(String department) {
        return editor("import-review:" + administrator, department);
      }
    };
  }

  /** True for the technical actors above: their drafts may be replaced by a later import. */
  static boolean isImporter(String username) {
    return username.startsWith("import:");
  }

  private static Actor editor(String name, String department) {
    // audit and author columns hold 80 characters
    String username = name.length() > 80 ? name.substring(0, 80) : name;
    return new Actor(username, Set.of(Role.EDITOR), Set.of(department));
  }
}
