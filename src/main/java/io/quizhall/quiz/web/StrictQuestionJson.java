package io.quizhall.quiz.web;

import io.quizhall.quiz.Question;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Questions are read strictly: a property their kind does not have is an error, not silently dropped. Jackson
 * ignores unknown properties by default, which would let {@code {"type": "SLIDE", "answers": [...]}} or a TEXT
 * answer written like an ABCD one ({@code {"answer": "x", "right": true}}) pass as something the author did not
 * mean. Other request bodies stay lenient, so a client may send back what it read.
 */
@Configuration(proxyBeanMethods = false)
class StrictQuestionJson {

    @Bean
    JsonMapperBuilderCustomizer strictQuestionProperties() {
        return builder -> builder.addHandler(new RejectUnknownQuestionProperties());
    }

    static final class RejectUnknownQuestionProperties extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (Question.class.isAssignableFrom(type) || type.getEnclosingClass() == Question.class) {
                throw UnrecognizedPropertyException.from(
                        parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }
}
