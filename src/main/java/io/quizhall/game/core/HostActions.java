package io.quizhall.game.core;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Carries out the host's commands on a game the caller hosts; every command counts as host activity. */
@Service
public class HostActions {

    private final GameStore store;
    private final GameLobby lobby;
    private final GamePlay play;
    private final GameEnding ending;
    private final Clock clock;

    HostActions(GameStore store, GameLobby lobby, GamePlay play, GameEnding ending, Clock clock) {
        this.store = store;
        this.lobby = lobby;
        this.play = play;
        this.ending = ending;
        this.clock = clock;
    }

    public void carryOut(UUID gameId, UUID hostId, HostCommand command) {
        GameMeta meta = lobby.hostedGame(gameId, hostId);
        if (meta.status() == GameStatus.FINISHED) {
            throw GameExceptions.gameOver();
        }
        store.touch(gameId, clock.millis());
        store.keepAlive(meta);
        command.applyTo(new HostCommand.Handler<Void>() {
            @Override
            public Void next() {
                play.openNext(meta);
                return null;
            }

            @Override
            public Void close() {
                if (meta.status() != GameStatus.QUESTION_OPEN) {
                    throw GameExceptions.invalidAction("No question is open.");
                }
                play.closeQuestion(gameId, meta.current());
                return null;
            }

            @Override
            public Void skip() {
                play.skip(meta);
                return null;
            }

            @Override
            public Void showLeaderboard() {
                play.showLeaderboard(meta);
                return null;
            }

            @Override
            public Void lock(boolean locked) {
                lobby.lock(meta, locked);
                return null;
            }

            @Override
            public Void kick(UUID playerId) {
                lobby.kick(meta, playerId);
                return null;
            }

            @Override
            public Void pause() {
                play.pause(meta);
                return null;
            }

            @Override
            public Void resume() {
                play.resume(meta);
                return null;
            }

            @Override
            public Void extraTime(UUID playerId, int seconds) {
                play.grantExtraTime(meta, playerId, seconds * 1000L);
                return null;
            }

            @Override
            public Void moveToTeam(UUID playerId, int team) {
                play.moveToTeam(meta, playerId, team);
                return null;
            }

            @Override
            public Void end() {
                ending.finish(gameId);
                return null;
            }
        });
    }
}
