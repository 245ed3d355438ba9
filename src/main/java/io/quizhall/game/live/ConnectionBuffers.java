package io.quizhall.game.live;

import io.quizhall.game.core.GameProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Small fixed buffers per connection. Tomcat gives every open WebSocket buffers of 8 KB that it keeps until the
 * connection ends: its socket read and write buffers, and the WebSocket input, output, encoder and binary message
 * buffers (the text buffer, which Spring raises to 16,640 characters, is {@link StompConnections}' part). Together
 * with the text buffer that was four fifths of an idle player's 102 KB (docs/performance.md). Here the WebSocket
 * buffers and the socket read buffer are {@code quizhall.game.connection-buffer-bytes} (1 KB) each. Nothing gets
 * smaller for clients: a longer frame reaches the STOMP decoder in pieces, which it joins up to {@code
 * quizhall.game.max-message-bytes}; a longer message to a client is written as several WebSocket frames, which every
 * WebSocket client joins up again. The socket write buffer keeps Tomcat's 8 KB: every HTTP response body goes
 * through it, one write call per buffer, and an image sent to five thousand phones at once should not take eight
 * times the calls (WebSocket frames bypass it).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    /** Tomcat reads its WebSocket buffer size from this system property, once, when its WebSocket classes load. */
    static final String TOMCAT_WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private static final Logger log = LoggerFactory.getLogger(ConnectionBuffers.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallConnectionBuffers(GameProperties properties) {
        return factory -> {
            String bytes = Integer.toString(properties.connectionBufferBytes());
            // Runs before Tomcat starts, so before its WebSocket classes load; one set by hand is left alone.
            String earlier = System.getProperty(TOMCAT_WEBSOCKET_BUFFER);
            if (earlier == null) {
                System.setProperty(TOMCAT_WEBSOCKET_BUFFER, bytes);
            } else if (!earlier.equals(bytes)) {
                log.info(
                        "{} is set to {}; quizhall.game.connection-buffer-bytes applies to sockets only",
                        TOMCAT_WEBSOCKET_BUFFER,
                        earlier);
            }
            factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appReadBufSize", bytes));
        };
    }
}
