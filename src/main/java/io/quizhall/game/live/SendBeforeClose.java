package io.quizhall.game.live;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Lets a connection send what is queued before it closes. Spring's per-connection sender
 * ({@link ConcurrentWebSocketSessionDecorator}) hands a frame to the thread that is writing to the connection at
 * that moment, and a close sets {@code closeInProgress}, after which that thread skips what is queued. Spring
 * follows every ERROR frame with a close, so an ERROR frame that met another frame to the same player (a kick and a
 * lobby broadcast) was lost (docs/performance.md, "An ERROR frame lost to the close that follows it"). Here the
 * STOMP handler's sessions wait, at most {@link #LONGEST_WAIT_MS}, until nothing is queued or being written
 * before they close.
 */
final class SendBeforeClose implements BeanPostProcessor {

    static final long LONGEST_WAIT_MS = 1_000;

    private final BeanFactory beans;

    SendBeforeClose(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean.getClass() != SubProtocolWebSocketHandler.class) {
            return bean;
        }
        // Replaced before Spring configures it (protocol handlers, limits), so the configuration applies to this one.
        return new Handler(
                beans.getBean("clientInboundChannel", MessageChannel.class),
                beans.getBean("clientOutboundChannel", SubscribableChannel.class));
    }

    private static final class Handler extends SubProtocolWebSocketHandler {

        Handler(MessageChannel clientInbound, SubscribableChannel clientOutbound) {
            super(clientInbound, clientOutbound);
        }

        @Override
        protected WebSocketSession decorateSession(WebSocketSession session) {
            return new Session(session, getSendTimeLimit(), getSendBufferSizeLimit());
        }
    }

    static final class Session extends ConcurrentWebSocketSessionDecorator {

        /** Threads inside {@link #sendMessage}: the one writing, and any that are handing it a frame. */
        private final AtomicInteger sending = new AtomicInteger();

        Session(WebSocketSession delegate, int sendTimeLimit, int bufferSizeLimit) {
            super(delegate, sendTimeLimit, bufferSizeLimit);
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) throws IOException {
            sending.incrementAndGet();
            try {
                super.sendMessage(message);
            } finally {
                sending.decrementAndGet();
            }
        }

        @Override
        public void close(CloseStatus status) throws IOException {
            long until =
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(LONGEST_WAIT_MS, getSendTimeLimit()));
            while ((sending.get() > 0 || getBufferSize() > 0) && System.nanoTime() < until) {
                LockSupport.parkNanos(this, 100_000);
            }
            super.close(status);
        }
    }
}
