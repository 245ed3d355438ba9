package io.quizhall.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Marks a polymorphic payload type (a quiz {@code Question}, an activity page) that is read strictly: a property
 * its kind does not have is an error at its path, not silently dropped. Applies to the annotated type, its
 * implementations and the types nested in it. Jackson ignores unknown properties by default (other request bodies
 * stay lenient, so a client may send back what it read), which would let {@code {"type": "SLIDE", "answers": [...]}}
 * pass as something the author did not mean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StrictJson {

    /** Fails on an unknown property of a strict type. */
    final class RejectUnknownProperties extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (isStrict(type)) {
                throw UnrecognizedPropertyException.from(
                        parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
            }
            return false;
        }

        static boolean isStrict(@Nullable Class<?> type) {
            for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
                if (t.isAnnotationPresent(StrictJson.class)) {
                    return true;
                }
                for (Class<?> implemented : t.getInterfaces()) {
                    if (implemented.isAnnotationPresent(StrictJson.class)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
