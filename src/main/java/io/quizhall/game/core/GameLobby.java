package io.quizhall.game.core;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.CurrentUser;
import io.quizhall.game.core.GamePayloads.CreateGameRequest;
import io.quizhall.game.core.GamePayloads.GameCreated;
import io.quizhall.game.core.GamePayloads.GameInfo;
import io.quizhall.game.core.GamePayloads.HostView;
import io.quizhall.game.core.GamePayloads.JoinRequest;
import io.quizhall.game.core.GamePayloads.Joined;
import io.quizhall.game.core.GamePayloads.LobbyChanged;
import io.quizhall.game.core.GamePayloads.PlayerLeft;
import io.quizhall.game.core.GamePayloads.PlayerSummary;
import io.quizhall.quiz.Question;
import io.quizhall.quiz.QuizService;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import io.quizhall.storage.StorageService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creating games and everything about who plays them: PINs, joining with a nickname, player tokens, the host's
 * view, locking and kicking. Works on any node at any time: the Redis scripts decide between concurrent callers.
 */
@Service
public class GameLobby implements io.quizhall.game.GameLauncher, io.quizhall.game.GameLookup {

    private static final Logger log = LoggerFactory.getLogger(GameLobby.class);
    private static final int PIN_ATTEMPTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The mode of games with teams ({@code game.team.TeamMode}). */
    private static final String TEAM_MODE = "team";

    private final GameStore store;
    private final QuizService quizzes;
    private final GameModes modes;
    private final Broadcaster broadcaster;
    private final HostUpdates hostUpdates;
    private final RateLimiter rateLimiter;
    private final GameProperties properties;
    private final AccountProperties accountProperties;
    private final StorageService storage;
    private final LiveShutdown shutdown;
    private final Clock clock;

    GameLobby(
            GameStore store,
            QuizService quizzes,
            GameModes modes,
            Broadcaster broadcaster,
            HostUpdates hostUpdates,
            RateLimiter rateLimiter,
            GameProperties properties,
            AccountProperties accountProperties,
            StorageService storage,
            LiveShutdown shutdown,
            Clock clock) {
        this.store = store;
        this.quizzes = quizzes;
        this.modes = modes;
        this.broadcaster = broadcaster;
        this.hostUpdates = hostUpdates;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.accountProperties = accountProperties;
        this.storage = storage;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    @Override
    public Optional<RunningGame> running(UUID gameId) {
        // A game that has just ended is still here until its keys expire; its result may not be written yet.
        return store.meta(gameId).map(meta -> new RunningGame(meta.id(), meta.title(), meta.hostId()));
    }

    @Override
    public Optional<RunningGame> runningByPin(String pin) {
        if (!pin.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        return store.gameForPin(pin).flatMap(this::running);
    }

    @Override
    public Launched launch(CurrentUser host, UUID quizId) {
        GameCreated created =
                create(host, new CreateGameRequest(quizId, null, null, null, null, null, null, null, null, null));
        return new Launched(created.gameId(), created.pin(), created.joinUrl());
    }

    public GameCreated create(CurrentUser host, CreateGameRequest request) {
        if (shutdown.isStopping()) {
            throw GameExceptions.restarting();
        }
        var snapshot = quizzes.snapshotForGame(request.quizId(), host);
        String mode = request.teams() == null || request.teams().isEmpty()
                ? modes.byDefault().name()
                : modes.of(TEAM_MODE).name();
        return create(
                host,
                mode,
                new GameSource(
                        snapshot.quizId(),
                        snapshot.title(),
                        snapshot.description() == null ? "" : snapshot.description(),
                        snapshot.questions(),
                        snapshot.imageIds()),
                request);
    }

    /**
     * What a game plays: a quiz's snapshot, or questions another part of the application put together (a
     * ladder's hot-seat round, whose {@code quizId} is null).
     */
    public record GameSource(
            @Nullable UUID quizId, String title, String description, List<Question> questions, Set<UUID> imageIds) {}

    /** Creates a game of a mode this installation has, with the options of a create request. */
    public GameCreated create(CurrentUser host, String mode, GameSource source, CreateGameRequest request) {
        if (shutdown.isStopping()) {
            throw GameExceptions.restarting();
        }
        if (source.questions().isEmpty()) {
            throw GameExceptions.invalidAction("A quiz needs at least one question to be played.");
        }
        List<PlayableQuestion> playable = source.questions().stream()
                .map(question -> PlayableQuestion.of(question, request.shuffle(), RANDOM))
                .toList();
        String customField = request.customField() == null ? "" : Nicknames.tidy(request.customField());
        if (Nicknames.length(customField) > CreateGameRequest.CUSTOM_FIELD_MAX) {
            throw InvalidFieldsException.of(
                    "customField", "has at most " + CreateGameRequest.CUSTOM_FIELD_MAX + " characters");
        }
        List<String> teams = teamNames(request.teams());
        UUID gameId = UUID.randomUUID();
        String pin = claimPin(gameId);
        var meta = new GameMeta(
                gameId,
                modes.of(mode).name(),
                source.quizId(),
                host.id(),
                pin,
                source.title(),
                source.description(),
                GameStatus.LOBBY,
                -1,
                0,
                0,
                playable.size(),
                request.startLocked(),
                customField.isEmpty() ? null : customField,
                clock.millis(),
                request.getReadyMs(),
                request.showAnswersOnPhones(),
                0,
                request.withStreakBonus(),
                teams,
                request.playersChooseTeams(),
                request.questionTimeLimit());
        store.create(meta, playable, source.questions());
        // Players have no account: the game's pictures become downloadable while it runs (docs/storage.md).
        storage.shareWithGame(gameId, source.imageIds(), properties.keyTtl());
        log.info(
                "Game {} (PIN {}, {}) created by {} from quiz {}", gameId, pin, mode, host.username(), source.quizId());
        return new GameCreated(gameId, pin, accountProperties.link("/play?pin=" + pin));
    }

    public GameInfo info(String pin, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "game:pin:" + clientAddress,
                new RateLimiter.Limit(properties.pinLookupsPerMinute(), Duration.ofMinutes(1)),
                "Too many PIN lookups. Wait a minute.");
        GameMeta meta = metaForPin(pin);
        return new GameInfo(
                meta.pin(),
                meta.id(),
                meta.title(),
                meta.status() != GameStatus.FINISHED && !meta.locked(),
                meta.customField(),
                meta.teams().isEmpty() ? null : meta.teams(),
                meta.teams().isEmpty() ? null : meta.playersChooseTeams() ? "choose" : "auto");
    }

    public Joined join(String pin, JoinRequest request, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "game:join:" + clientAddress,
                new RateLimiter.Limit(properties.joinsPerMinute(), Duration.ofMinutes(1)),
                "Too many joins from your network. Wait a minute.");
        GameMeta meta = metaForPin(pin);
        String nickname = Nicknames.normalize(request.nickname(), properties.nicknameMaxLength());
        String customValue = null;
        if (meta.customField() != null) {
            customValue = request.customField() == null ? "" : Nicknames.tidy(request.customField());
            if (customValue.isEmpty()) {
                throw GameExceptions.customFieldRequired(meta.customField());
            }
            if (Nicknames.length(customValue) > properties.customFieldMaxLength()) {
                throw GameExceptions.invalidCustomField(meta.customField(), properties.customFieldMaxLength());
            }
        }
        Integer team = null;
        if (!meta.teams().isEmpty() && meta.playersChooseTeams()) {
            if (request.team() == null) {
                throw GameExceptions.teamRequired();
            }
            if (request.team() < 0 || request.team() >= meta.teams().size()) {
                throw GameExceptions.invalidTeam();
            }
            team = request.team();
        }
        UUID playerId = UUID.randomUUID();
        String token = meta.id() + "." + SecureTokens.newToken();
        var player = new PlayerRecord(nickname, customValue, SecureTokens.sha256Hex(token), clock.millis());
        ScriptOutcome joined = store.join(
                meta.id(),
                playerId,
                Nicknames.fold(nickname),
                player,
                properties.maxPlayers(),
                meta.teams().size(),
                team);
        joined.orThrow();
        Integer placed = meta.teams().isEmpty()
                ? null
                : store.teamOf(meta.id(), playerId).orElse(null);
        hostUpdates.joined(meta.id(), new PlayerSummary(playerId, nickname, customValue, placed, null));
        return new Joined(meta.id(), playerId, nickname, token, placed);
    }

    /**
     * Takes a revoked remote controller out of a game it plays, like a kick (its connections end with
     * {@code controller_revoked}, the host is told, its answers so far stay). Does nothing if the game is over or
     * gone, or if that player is not this controller.
     */
    public void removeController(UUID gameId, UUID playerId, UUID controllerId) {
        store.meta(gameId)
                .filter(meta -> meta.status() != GameStatus.FINISHED)
                .filter(meta -> store.player(gameId, playerId)
                        .map(player -> controllerId.equals(player.controller()))
                        .orElse(false))
                .ifPresent(meta -> kick(meta, playerId, GameExceptions.controllerRevoked()));
    }

    /** A nickname as a game will show it (normalised), or the game's {@code invalid_nickname} refusal. */
    public String normalizeNickname(String raw) {
        return Nicknames.normalize(raw, properties.nicknameMaxLength());
    }

    /**
     * Seats a remote button controller as a player under its player name (docs/controllers.md): the same join as a
     * person's (limits, lock, nickname rules, full games), except that a controller cannot type, so a game's custom
     * field is left empty and a team game puts it in a team itself. A controller that already plays this game (it
     * restarted and lost its token) gets a new token for the same player, so its score and answers stay.
     */
    public Joined joinAsController(String pin, UUID controllerId, String playerName, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "game:join:" + clientAddress,
                new RateLimiter.Limit(properties.joinsPerMinute(), Duration.ofMinutes(1)),
                "Too many joins from your network. Wait a minute.");
        GameMeta meta = metaForPin(pin);
        String nickname = Nicknames.normalize(playerName, properties.nicknameMaxLength());
        String folded = Nicknames.fold(nickname);
        String token = meta.id() + "." + SecureTokens.newToken();
        String tokenHash = SecureTokens.sha256Hex(token);
        var seated = store.playerForNickname(meta.id(), folded)
                .flatMap(id -> store.player(meta.id(), id).map(record -> Map.entry(id, record)));
        if (seated.isPresent()) {
            PlayerRecord earlier = seated.get().getValue();
            if (!controllerId.equals(earlier.controller())) {
                throw GameExceptions.nicknameTaken();
            }
            UUID playerId = seated.get().getKey();
            store.reseat(meta.id(), playerId, folded, earlier, earlier.withToken(tokenHash))
                    .orThrow();
            Integer team = meta.teams().isEmpty()
                    ? null
                    : store.teamOf(meta.id(), playerId).orElse(null);
            return new Joined(meta.id(), playerId, earlier.nickname(), token, team);
        }
        UUID playerId = UUID.randomUUID();
        var player = new PlayerRecord(nickname, null, tokenHash, clock.millis(), controllerId);
        store.join(
                        meta.id(),
                        playerId,
                        folded,
                        player,
                        properties.maxPlayers(),
                        meta.teams().size(),
                        null)
                .orThrow();
        Integer placed = meta.teams().isEmpty()
                ? null
                : store.teamOf(meta.id(), playerId).orElse(null);
        hostUpdates.joined(meta.id(), new PlayerSummary(playerId, nickname, null, placed, null, true));
        return new Joined(meta.id(), playerId, nickname, token, placed);
    }

    /** Checks a player token from a STOMP CONNECT frame. */
    public PlayerPrincipal authenticatePlayer(String token) {
        int dot = token.indexOf('.');
        UUID gameId;
        try {
            gameId = UUID.fromString(token.substring(0, Math.max(dot, 0)));
        } catch (IllegalArgumentException e) {
            throw GameExceptions.invalidToken();
        }
        var player =
                store.playerHolding(gameId, SecureTokens.sha256Hex(token)).orElseThrow(GameExceptions::invalidToken);
        return new PlayerPrincipal(gameId, player.getKey(), player.getValue().nickname());
    }

    public boolean isHost(UUID userId, UUID gameId) {
        return store.meta(gameId).map(meta -> meta.hostId().equals(userId)).orElse(false);
    }

    /** The game if this user hosts it; another user's game is indistinguishable from a missing one. */
    public GameMeta hostedGame(UUID gameId, UUID hostId) {
        return store.meta(gameId)
                .filter(meta -> meta.hostId().equals(hostId))
                .orElseThrow(GameExceptions::gameNotFound);
    }

    public HostView hostView(UUID gameId, CurrentUser host) {
        GameMeta meta = hostedGame(gameId, host.id());
        Teams teams = store.teams(meta);
        Map<UUID, Long> extras = store.extraTimes(gameId);
        var players = store.players(gameId).entrySet().stream()
                .map(entry -> new PlayerSummary(
                        entry.getKey(),
                        entry.getValue().nickname(),
                        entry.getValue().customField(),
                        teams.members().get(entry.getKey()),
                        extras.get(entry.getKey()),
                        entry.getValue().controller() == null ? null : Boolean.TRUE))
                .toList();
        return new HostView(
                gameId,
                meta.pin(),
                meta.title(),
                meta.status(),
                meta.current(),
                meta.questionCount(),
                meta.locked(),
                meta.customField(),
                players,
                meta.teams().isEmpty() ? null : meta.teams());
    }

    void lock(GameMeta meta, boolean locked) {
        store.setLocked(meta.id(), locked);
        hostUpdates.lobbyAnnounced(meta.id());
        broadcaster.toTopic(
                GameDestinations.lobby(meta.id()), new LobbyChanged(locked, (int) store.playerCount(meta.id())));
    }

    /** Removes a player for good: told why, their connections ended, the host told (docs/live-protocol.md §13). */
    void kick(GameMeta meta, UUID playerId) {
        kick(meta, playerId, GameExceptions.kicked());
    }

    private void kick(GameMeta meta, UUID playerId, GameException reason) {
        var player = store.player(meta.id(), playerId).orElseThrow(GameExceptions::notInGame);
        if (store.kick(meta.id(), playerId, Nicknames.fold(player.nickname()), Math.max(0, meta.current()))) {
            broadcaster.endConnections(PlayerPrincipal.nameOf(playerId), null, GamePayloads.GameError.of(reason));
            broadcaster.toHost(
                    meta.hostId(), new PlayerLeft(playerId, player.nickname(), (int) store.playerCount(meta.id())));
        }
    }

    /**
     * The teams a new game asks for, tidied like nicknames: none, or 2 to 8 different names of 1 to 30 characters.
     */
    private static List<String> teamNames(@org.jspecify.annotations.Nullable List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        var names = new java.util.ArrayList<String>();
        var folded = new java.util.HashSet<String>();
        for (String raw : requested) {
            String name = Nicknames.tidy(raw);
            if (name.isEmpty() || Nicknames.length(name) > CreateGameRequest.TEAM_NAME_MAX) {
                throw InvalidFieldsException.of(
                        "teams", "each have 1 to " + CreateGameRequest.TEAM_NAME_MAX + " characters");
            }
            if (!folded.add(Nicknames.fold(name))) {
                throw InvalidFieldsException.of("teams", "must all be different");
            }
            names.add(name);
        }
        if (names.size() < 2 || names.size() > CreateGameRequest.TEAMS_MAX) {
            throw InvalidFieldsException.of("teams", "are 2 to " + CreateGameRequest.TEAMS_MAX);
        }
        return List.copyOf(names);
    }

    private GameMeta metaForPin(String pin) {
        if (!Pins.isWellFormed(pin)) {
            throw GameExceptions.gameNotFound();
        }
        return store.gameForPin(pin)
                .flatMap(store::meta)
                .filter(meta -> meta.status() != GameStatus.FINISHED)
                .orElseThrow(GameExceptions::gameNotFound);
    }

    private String claimPin(UUID gameId) {
        for (int attempt = 0; attempt < PIN_ATTEMPTS; attempt++) {
            String pin = Pins.next();
            if (store.claimPin(pin, gameId)) {
                return pin;
            }
        }
        throw GameExceptions.invalidAction("No free game PIN right now; try again.");
    }
}
