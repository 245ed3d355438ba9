package io.quizhall.config;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON is the API's one data format. Spring registers a converter for every format a library on the class path
 * can read (springdoc brings YAML, passkeys bring CBOR, tests bring XML); each would read request bodies past the
 * JSON rules (the strict question and page kinds of {@code StrictJson}, {@link ControlCharacterRules}). Without
 * them such a body is a {@code 415 unsupported-media-type} and no response is written in them.
 */
// The builder applies the list consumer to the finished list, so it sees every converter in any configurer order.
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    private static final List<MediaType> OTHER_DATA_FORMATS = List.of(
            MediaType.APPLICATION_XML,
            MediaType.TEXT_XML,
            MediaType.APPLICATION_YAML,
            MediaType.APPLICATION_CBOR,
            MediaType.APPLICATION_PROTOBUF,
            MediaType.parseMediaType("application/x-jackson-smile"));

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(JsonOnly::readsAnotherDataFormat));
    }

    private static boolean readsAnotherDataFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> OTHER_DATA_FORMATS.stream().anyMatch(format -> format.includes(type)));
    }
}
