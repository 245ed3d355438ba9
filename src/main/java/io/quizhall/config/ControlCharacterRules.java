package io.quizhall.config;

import io.quizhall.shared.ControlCharacters;
import java.beans.PropertyEditorSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link ControlCharacters} once, where text enters: every string in a JSON request body, every request
 * parameter, path variable and header a handler reads. A refusal is a {@code validation-failed} problem naming
 * the field ({@link ProblemDetailsAdvice}). Multipart file names are checked by the upload endpoint.
 *
 * <p>Only request bodies are read strictly: the application's own JsonMapper also reads its data back from Redis,
 * and text stored before this rule existed must stay readable there.
 */
// After Boot's own configurer, so the JSON converter set here is the one that stays.
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class ControlCharacterRules implements WebMvcConfigurer {

    private final JsonMapper json;

    ControlCharacterRules(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        var strings = new SimpleModule("refuse-control-characters").addDeserializer(String.class, new Strings());
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(
                json.rebuild().addModule(strings).build()));
    }

    /** A JSON string with a control character in it; the advice reports it at its path in the body. */
    static final class RefusedInJson extends MismatchedInputException {
        RefusedInJson(JsonParser parser) {
            super(parser, "control characters", String.class);
        }
    }

    /** A parameter, path variable or header with a control character in it. */
    static final class RefusedInParameter extends IllegalArgumentException {
        RefusedInParameter() {
            super("control characters", null);
        }
    }

    /**
     * Jackson's own string reading, then the check. Not marked as Jackson's standard implementation, so lists of
     * strings and untyped values use it too.
     */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (ControlCharacters.in(value)) {
                throw new RefusedInJson(parser);
            }
            return value;
        }
    }

    @ControllerAdvice
    static class Parameters {

        @InitBinder
        void refuseControlCharacters(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(@Nullable String text) {
                    if (ControlCharacters.in(text)) {
                        throw new RefusedInParameter();
                    }
                    setValue(text);
                }
            });
        }
    }
}
