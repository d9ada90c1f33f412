package nl.gemeente.kms.identity.infrastructure.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import nl.gemeente.kms.workflow.Role;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode claims(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void mapsTheProvidersRoleNamesAndKeepsDepartmentCodes() throws Exception {
    ClaimMapping mapping = new ClaimMapping("preferred_username", "kms_roles", "groups",
        "kms-redacteur=EDITOR, kms-kennisbeheer=KNOWLEDGE_MANAGER", "AGENT");

    ClaimedIdentity who = mapping.identity(claims("""
        {"preferred_username":"olga","name":"Olga R","email":"o@g.example",
         "kms_roles":["kms-redacteur","offline_access"],"groups":["Burgerzaken"," wmo "]}""")).orElseThrow();

    assertThat(who.username()).isEqualTo("olga");
    assertThat(who.displayName()).isEqualTo("Olga R");
    assertThat(who.email()).contains("o@g.example");
    assertThat(who.roles()).containsExactly(Role.EDITOR);
    assertThat(who.departments()).containsExactlyInAnyOrder("burgerzaken", "wmo");
  }

  @Test
  void anEmployeeWithoutAMappedRoleGetsTheDefaultRoleOnly() throws Exception {
    ClaimMapping mapping = new ClaimMapping("preferred_username", "kms_roles", "groups", "kms-redacteur=EDITOR", "AGENT");

    ClaimedIdentity who = mapping.identity(claims("""
        {"preferred_username":"piet","kms_roles":["EDITOR","default-roles-kms"]}""")).orElseThrow();

    // with a mapping, only mapped values count: a raw "EDITOR" from the provider grants nothing
    assertThat(who.roles()).containsExactly(Role.AGENT);
    assertThat(who.departments()).isEmpty();
    assertThat(who.displayName()).isEqualTo("piet");
  }

  @Test
  void withoutAMappingClaimValuesAreRoleNamesAndNestedClaimsAreFollowed() throws Exception {
    ClaimMapping mapping = new ClaimMapping("upn", "realm_access.roles", "afdeling", " ", "NONE");

    ClaimedIdentity who = mapping.identity(claims("""
        {"upn":"karin","realm_access":{"roles":["knowledge_manager","uma_authorization"]},"afdeling":"belastingen"}"""))
        .orElseThrow();

    assertThat(who.roles()).containsExactly(Role.KNOWLEDGE_MANAGER);
    assertThat(who.departments()).isEqualTo(Set.of("belastingen"));
  }

  @Test
  void refusesATokenWithoutUsernameOrWithoutAnyRoleWhenThereIsNoDefault() throws Exception {
    ClaimMapping mapping = new ClaimMapping("preferred_username", "roles", "groups", "", "NONE");

    assertThat(mapping.identity(claims("{\"roles\":[\"EDITOR\"]}"))).isEmpty();
    assertThat(mapping.identity(claims("{\"preferred_username\":\"x\",\"roles\":[\"visitor\"]}"))).isEmpty();
  }

  @Test
  void aMalformedRoleMappingIsAConfigurationErrorNotASilentGrant() {
    assertThatThrownBy(() -> new ClaimMapping("u", "r", "d", "kms-redacteur", "AGENT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KMS_OIDC_ROLE_MAPPING");
    assertThatThrownBy(() -> new ClaimMapping("u", "r", "d", "x=SUPERUSER", "AGENT"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
