package io.quizhall.support;

import io.quizhall.game.GameFinished;
import io.quizhall.game.GameStarted;
import io.quizhall.game.QuestionClosed;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Every game event the application under test published, for tests to look at. */
public class GameEventLog {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void started(GameStarted event) {
        events.add(event);
    }

    @EventListener
    void closed(QuestionClosed event) {
        events.add(event);
    }

    @EventListener
    void finished(GameFinished event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type, UUID gameId) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(event -> gameId.equals(gameOf(event)))
                .toList();
    }

    private static UUID gameOf(Object event) {
        if (event instanceof GameStarted started) {
            return started.gameId();
        }
        if (event instanceof QuestionClosed closed) {
            return closed.gameId();
        }
        return ((GameFinished) event).gameId();
    }
}
