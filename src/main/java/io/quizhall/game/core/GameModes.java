package io.quizhall.game.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The game modes this installation has, by name; a game keeps the name of its mode. */
@Component
public class GameModes {

    static final String DEFAULT = "classic";

    private final Map<String, GameMode> byName;

    GameModes(List<GameMode> modes) {
        this.byName = modes.stream().collect(Collectors.toUnmodifiableMap(GameMode::name, Function.identity()));
        if (!byName.containsKey(DEFAULT)) {
            throw new IllegalStateException("The classic game mode is missing");
        }
    }

    public GameMode of(GameMeta meta) {
        return of(meta.mode());
    }

    GameMode of(String name) {
        GameMode mode = byName.get(name);
        if (mode == null) {
            throw new IllegalStateException("A game has a mode this installation does not know: " + name);
        }
        return mode;
    }

    GameMode byDefault() {
        return byName.get(DEFAULT);
    }
}
