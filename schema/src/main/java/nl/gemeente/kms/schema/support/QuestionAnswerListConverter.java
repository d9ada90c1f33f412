package nl.gemeente.kms.schema.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.workflow.QuestionAnswer;

/** Stores the question-answer pairs of a version as a JSON array of {question, answer} objects. */
@Converter
public class QuestionAnswerListConverter implements AttributeConverter<List<QuestionAnswer>, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<QuestionAnswer> pairs) {
    List<Map<String, String>> rows =
        (pairs == null ? List.<QuestionAnswer>of() : pairs).stream()
            .map(qa -> Map.of("question", qa.question(), "answer", qa.answer()))
            .toList();
    return JSONB.toJson(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<QuestionAnswer> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<Map<String, String>> rows = JSONB.fromJson(json, List.class);
    return rows.stream().map(r -> new QuestionAnswer(r.get("question"), r.get("answer"))).toList();
  }
}
