package io.quizhall.game.core;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A node's graceful stop for live play (SIGTERM, Ctrl+C), before anything else stops: it takes no new games,
 * connections or frames, tells every client to reconnect (close code 1012, "service restart") so players move to
 * another node, or back to this one once it is up, and lets the frames already received (answers) finish. Timers and listeners
 * of the engine stand still from here on; the embedded servers stop last, when the context destroys them.
 */
@Component
public class LiveShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(LiveShutdown.class);

    private final ApplicationContext context;
    private final LiveConnections connections;
    private final ThreadPoolTaskExecutor inbound;
    private final GameProperties properties;
    private volatile boolean stopping;

    LiveShutdown(
            ApplicationContext context,
            LiveConnections connections,
            @Lazy @Qualifier("clientInboundChannelExecutor") ThreadPoolTaskExecutor inbound,
            GameProperties properties) {
        this.context = context;
        this.connections = connections;
        this.inbound = inbound;
        this.properties = properties;
    }

    public boolean isStopping() {
        return stopping;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() != context || stopping) {
            return;
        }
        stopping = true;
        int open = connections.size();
        // Closed first, so no frame arrives after the wait; frames already read are still handled (an answer
        // counts, and the client's retry gets its acknowledgement from another node).
        connections.closeAll();
        awaitInFlightMessages(properties.shutdownDrain());
        log.info("Live play stopped: {} connections told to reconnect", open);
    }

    private void awaitInFlightMessages(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            var executor = inbound.getThreadPoolExecutor();
            if (executor.getActiveCount() == 0 && executor.getQueue().isEmpty()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Messages were still being handled after {}; closing connections anyway", limit);
    }
}
