package io.quizhall.game.live;

import io.quizhall.account.AccountAuthenticationFilter;
import io.quizhall.game.core.GameDestinations;
import io.quizhall.game.core.GameProperties;
import io.quizhall.game.core.LiveConnections;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * STOMP over WebSocket at {@code /ws}: {@code /app} for client messages, {@code /topic} and {@code /queue} for the
 * in-process broker, {@code /user} for one user's queues. Browsers may connect only from the app's own origin and
 * {@code quizhall.game.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class GameWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    private final GameChannelInterceptor interceptor;
    private final LiveConnections connections;
    private final GameProperties properties;

    GameWebSocketConfiguration(
            GameChannelInterceptor interceptor, LiveConnections connections, GameProperties properties) {
        this.interceptor = interceptor;
        this.connections = connections;
        this.properties = properties;
    }

    /** The in-process broker looks subscriptions up by exact destination (see {@link ExactSubscriptionRegistry}). */
    @Bean
    static BeanPostProcessor exactSubscriptionRegistry() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SimpleBrokerMessageHandler broker) {
                    broker.setSubscriptionRegistry(new ExactSubscriptionRegistry());
                }
                return bean;
            }
        };
    }

    /** Connections send what is queued before they close, and keep small buffers (see {@link StompConnections}). */
    @Bean
    static BeanPostProcessor stompConnections(org.springframework.beans.factory.BeanFactory beans) {
        return new StompConnections(beans);
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // One client's frames are handled in the order sent: a SUBSCRIBE is in place before the SEND after it.
        registry.setPreserveReceiveOrder(true);
        registry.setErrorHandler(new StompErrors(properties.maxMessageBytes()));
        // Ahead of the REST mappings: a handshake is then matched by its exact path, instead of after a failed
        // scan of every REST pattern (a fifth of a handshake's CPU, docs/performance.md).
        registry.setOrder(-1);
        var endpoint = registry.addEndpoint("/ws").addInterceptors(new SignInHandshake());
        if (!properties.allowedOrigins().isEmpty()) {
            endpoint.setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes(GameDestinations.APP_PREFIX);
        registry.setUserDestinationPrefix("/user");
        var relay = properties.relay();
        if (relay.enabled()) {
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    // Messages for a user connected to another node, and who is connected where, go via the broker.
                    .setUserDestinationBroadcast("/topic/unresolved-user-destination")
                    .setUserRegistryBroadcast("/topic/simp-user-registry");
        } else {
            registry.enableSimpleBroker("/topic", "/queue")
                    .setHeartbeatValue(new long[] {10_000, 10_000})
                    .setTaskScheduler(heartbeatScheduler());
        }
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(interceptor);
        // An answer waits for its Redis script; with Spring's default of two threads per core, a one-core node
        // could not keep enough answers in flight to use the core (docs/performance.md).
        registration.taskExecutor().corePoolSize(properties.inboundThreads()).maxPoolSize(properties.inboundThreads());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(connections);
        registration
                .taskExecutor()
                .corePoolSize(properties.outboundThreads())
                .maxPoolSize(properties.outboundThreads());
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(properties.maxMessageBytes());
        registration.setSendBufferSizeLimit(512 * 1024);
        registration.setSendTimeLimit(15_000);
        registration.addDecoratorFactory(connections);
    }

    /** Remembers the sign-in session of a host's handshake, so the connection ends when the sign-in does. */
    private static final class SignInHandshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(
                ServerHttpRequest request,
                ServerHttpResponse response,
                WebSocketHandler handler,
                Map<String, Object> attributes) {
            if (request instanceof ServletServerHttpRequest servlet) {
                AccountAuthenticationFilter.currentSession(servlet.getServletRequest())
                        .ifPresent(session -> attributes.put(GameChannelInterceptor.ACCOUNT_SESSION, session));
            }
            return true;
        }

        @Override
        public void afterHandshake(
                ServerHttpRequest request,
                ServerHttpResponse response,
                WebSocketHandler handler,
                @Nullable Exception failure) {}
    }

    private static org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler heartbeatScheduler() {
        var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.initialize();
        return scheduler;
    }
}
