package io.quizhall.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * A frame handed to the thread that is still writing to the connection goes out before the close that follows it
 * (the ERROR-then-close of a kick meeting a lobby broadcast). The connection underneath is a stand-in whose write
 * waits until the test lets it go.
 */
class StompConnectionsTests {

    @Test
    void aFrameQueuedBehindAWriteIsSentBeforeTheClose() throws Exception {
        List<String> wire = new CopyOnWriteArrayList<>();
        var writing = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        WebSocketSession connection = mock(WebSocketSession.class);
        when(connection.getId()).thenReturn("s1");
        when(connection.isOpen()).thenReturn(true);
        doAnswer(invocation -> {
                    TextMessage message = invocation.getArgument(0);
                    if (message.getPayload().equals("broadcast")) {
                        writing.countDown();
                        letGo.await();
                    }
                    wire.add(message.getPayload());
                    return null;
                })
                .when(connection)
                .sendMessage(any());
        doAnswer(invocation -> {
                    wire.add("close");
                    return null;
                })
                .when(connection)
                .close(any(CloseStatus.class));
        var session = new StompConnections.Session(connection, 15_000, 512 * 1024);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            threads.submit(() -> {
                session.sendMessage(new TextMessage("broadcast"));
                return null;
            });
            writing.await();
            // Another thread: the ERROR is queued for the writing thread, then the connection is closed.
            Future<?> errorThenClose = threads.submit(() -> {
                session.sendMessage(new TextMessage("ERROR"));
                session.close(CloseStatus.PROTOCOL_ERROR);
                return null;
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> session.getBufferSize() > 0);
            letGo.countDown();
            errorThenClose.get();
            assertThat(wire).containsExactly("broadcast", "ERROR", "close");
        } finally {
            letGo.countDown();
            threads.shutdownNow();
        }
    }
}
