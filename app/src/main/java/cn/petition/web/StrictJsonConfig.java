package cn.petition.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies of /api are read as written, never guessed at, so a careless client gets 400 naming the field
 * instead of a case stored with a value nobody sent:
 * <ul>
 *   <li>no number for an enum ({@code "channel": 1} is not VISIT), no number for true/false
 *       ({@code "extremeBehaviour": 2}), no fraction for a whole number ({@code "personCount": 1.5}), no
 *       number or true/false for text, no text for a number or true/false ({@code "personCount": "5"}), no
 *       number for a date-time (it would be read as seconds since 1970);</li>
 *   <li>nothing after the JSON value, no key twice in one object.</li>
 * </ul>
 * Unknown properties stay allowed (clients may send more than a version of the contract knows).
 */
@Configuration
public class StrictJsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .deserializerByType(OffsetDateTime.class, new TextOnlyOffsetDateTime())
        .postConfigurer(mapper -> {
          mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Boolean)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Integer)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Enum)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
  }

  /** An ISO-8601 string only: a number would otherwise be taken as seconds since 1970. */
  static final class TextOnlyOffsetDateTime extends StdScalarDeserializer<OffsetDateTime> {

    TextOnlyOffsetDateTime() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
      }
      return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }
  }
}
