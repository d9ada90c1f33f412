package nl.gemeente.kms.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;

/**
 * One write endpoint as the fuzz test attacks it: who calls it, a valid body, the text fields to
 * replace with payloads (JSON pointers), and where its path has an id to replace ({@code {id}}).
 */
record FuzzTarget(String method, String path, String username, ObjectNode body, List<String> fields,
    Supplier<String> ifMatch) {

  static final String HOLE = "\u0001FUZZ\u0001";

  FuzzTarget {
    fields = List.copyOf(fields);
  }

  static FuzzTarget of(String method, String path, String username, ObjectNode body, String... fields) {
    return new FuzzTarget(method, path, username, body, List.of(fields), () -> null);
  }

  FuzzTarget withIfMatch(Supplier<String> supplier) {
    return new FuzzTarget(method, path, username, body, fields, supplier);
  }

  String name() {
    return method + " " + path;
  }

  /** The valid body with the field at {@code pointer} replaced by raw JSON text {@code rawJson}. */
  String bodyWith(String pointer, String rawJson) {
    ObjectNode copy = body.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), HOLE);
    } else {
      ((ObjectNode) parent).put(last, HOLE);
    }
    return json(copy).replace("\"" + HOLE.replace("\u0001", "\\u0001") + "\"", rawJson);
  }

  String validBody() {
    return body == null ? "" : json(body);
  }

  private static String json(JsonNode node) {
    try {
      return Api.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
