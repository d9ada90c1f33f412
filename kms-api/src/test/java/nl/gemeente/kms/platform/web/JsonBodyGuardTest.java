package nl.gemeente.kms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

  private static final String NUL = "\\" + "u0000";

  @Test
  void namesTheMemberWhoseTextHoldsANul() {
    assertThat(JsonBodyGuard.fieldWithNul(bytes("{\"title\":\"a" + NUL + "b\",\"body\":\"x\"}"))).isEqualTo("title");
    assertThat(JsonBodyGuard.fieldWithNul(bytes("{\"content\":{\"title\":\"ok\",\"body\" : \"" + NUL + "\"}}"))).isEqualTo("body");
    assertThat(JsonBodyGuard.fieldWithNul(bytes("{\"terms\":[\"id-kaart\",\"" + NUL + "\"]}"))).isEqualTo("terms");
  }

  @Test
  void otherEscapesAndTextThatOnlyLooksLikeOneAreFine() {
    assertThat(JsonBodyGuard.fieldWithNul(bytes("{\"title\":\"a\\u0007b \\\\u0000 \\\"q\\\"\"}"))).isNull();
    assertThat(JsonBodyGuard.fieldWithNul(bytes("{\"title\":\"\\u00001\"}"))).isEqualTo("title");
    assertThat(JsonBodyGuard.fieldWithNul(bytes("[]"))).isNull();
  }

  @Test
  void depthCountsBracketsOutsideStringsOnly() {
    assertThat(JsonBodyGuard.depth(bytes("{\"a\":[{\"b\":\"[[[[\"}]}"))).isEqualTo(3);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
