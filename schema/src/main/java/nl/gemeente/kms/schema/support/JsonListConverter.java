package nl.gemeente.kms.schema.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a list of strings as a JSON array: keywords are read with their version, never queried. */
@Converter
public class JsonListConverter implements AttributeConverter<List<String>, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return JSONB.toJson(values == null ? List.of() : values);
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    return List.of(JSONB.fromJson(json, String[].class));
  }
}
