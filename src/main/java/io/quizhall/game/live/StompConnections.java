package io.quizhall.game.live;

import io.quizhall.game.core.GameProperties;
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
 * Spring's STOMP WebSocket handler ({@link SubProtocolWebSocketHandler}), replaced by one whose connections
 *
 * <ul>
 *   <li><b>send what is queued before they close.</b> Spring's per-connection sender ({@link
 *       ConcurrentWebSocketSessionDecorator}) hands a frame to the thread that is writing to the connection at that
 *       moment, and a close sets {@code closeInProgress}, after which that thread skips what is queued. Spring follows
 *       every ERROR frame with a close, so an ERROR frame that met another frame to the same player (a kick and a
 *       lobby broadcast) was lost (docs/performance.md, "An ERROR frame lost to the close that follows it"). Here
 *       sessions wait, at most {@link #LONGEST_WAIT_MS}, until nothing is queued or being written before they close.
 *   <li><b>keep a small text buffer.</b> The handler takes partial messages: a frame longer than Tomcat's text
 *       buffer arrives in pieces, which Spring's STOMP decoder joins (it buffers incomplete frames per session, up to
 *       {@code quizhall.game.max-message-bytes}, and answers a longer one with {@code frame_too_large}). So the text
 *       buffer Spring raises to 16,640 characters for every connection, to fit a whole frame (33 KB that an idle
 *       player kept), goes back to {@code quizhall.game.connection-buffer-bytes} (see {@link ConnectionBuffers}).
 * </ul>
 */
final class StompConnections implements BeanPostProcessor {

    static final long LONGEST_WAIT_MS = 1_000;

    private final BeanFactory beans;

    StompConnections(BeanFactory beans) {
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
                beans.getBean("clientOutboundChannel", SubscribableChannel.class),
                beans.getBean(GameProperties.class).connectionBufferBytes());
    }

    private static final class Handler extends SubProtocolWebSocketHandler {

        private final int textBufferChars;

        Handler(MessageChannel clientInbound, SubscribableChannel clientOutbound, int textBufferChars) {
            super(clientInbound, clientOutbound);
            this.textBufferChars = textBufferChars;
        }

        @Override
        public boolean supportsPartialMessages() {
            return true;
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) throws Exception {
            super.afterConnectionEstablished(session);
            // Spring's STOMP handler has just raised it; Tomcat sizes the buffer anew at the next frame.
            session.setTextMessageSizeLimit(textBufferChars);
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
