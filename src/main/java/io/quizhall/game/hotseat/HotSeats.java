package io.quizhall.game.hotseat;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.GameLauncher;
import io.quizhall.game.HotSeatLauncher;
import io.quizhall.game.HotSeatPlan;
import io.quizhall.game.core.GameDestinations;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GameLobby;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GamePayloads.CreateGameRequest;
import io.quizhall.game.core.GamePayloads.GameCreated;
import io.quizhall.game.core.GamePayloads.HotSeatStatus;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.AudiencePoll;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.Rung;
import io.quizhall.game.core.GamePlay;
import io.quizhall.game.core.GameStatus;
import io.quizhall.game.core.GameStore;
import io.quizhall.game.core.HostActions;
import io.quizhall.game.core.HostCommand;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.PlayerPrincipal;
import io.quizhall.game.core.PlayerRecord;
import io.quizhall.game.core.StoredAnswer;
import io.quizhall.quiz.Question;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Hot-seat rounds: starting one for the ladder, the host choosing the contestant, and the contestant's lifelines
 * and walking away (docs/live-protocol.md, "Hot seat"). Each change goes to everyone in the game as a
 * {@link HotSeatStatus} on the game's hot-seat topic.
 */
@Service
public class HotSeats implements HotSeatLauncher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GameLobby lobby;
    private final GamePlay play;
    private final HostActions host;
    private final GameStore games;
    private final HotSeatStore store;
    private final io.quizhall.game.core.Broadcaster broadcaster;

    HotSeats(
            GameLobby lobby,
            GamePlay play,
            HostActions host,
            GameStore games,
            HotSeatStore store,
            io.quizhall.game.core.Broadcaster broadcaster) {
        this.lobby = lobby;
        this.play = play;
        this.host = host;
        this.games = games;
        this.store = store;
        this.broadcaster = broadcaster;
    }

    @Override
    public GameLauncher.Launched launch(CurrentUser hostUser, HotSeatPlan plan) {
        var questions = new ArrayList<Question>();
        if (plan.fastestFinger() != null) {
            questions.add(plan.fastestFinger());
        }
        plan.levels().forEach(level -> {
            questions.add(level.question());
            questions.add(level.spare());
        });
        // The options keep the bank's order: the ladder shuffled them when it drew the questions.
        GameCreated created = lobby.create(
                hostUser,
                HotSeatMode.NAME,
                new GameLobby.GameSource(null, plan.title(), "", questions, Set.of()),
                new CreateGameRequest(null, false, null, null, null, true, false, null, null, "normal"));
        store.create(
                created.gameId(),
                plan.ladder(),
                plan.fastestFinger() != null,
                plan.levels().stream()
                        .map(level -> new Rung(level.prize(), level.safe()))
                        .toList());
        return new GameLauncher.Launched(created.gameId(), created.pin(), created.joinUrl());
    }

    /** The host seats a player, before the first level's question has opened. */
    public void chooseContestant(UUID gameId, UUID hostId, UUID playerId) {
        GameMeta meta = lobby.hostedGame(gameId, hostId);
        HotSeatState seat = seatOf(meta);
        boolean firstLevelOpened = meta.current() >= seat.base();
        if (firstLevelOpened || (meta.status() == GameStatus.QUESTION_OPEN && meta.current() >= 0)) {
            throw GameExceptions.invalidAction("The contestant is chosen before the first level's question.");
        }
        PlayerRecord player = games.player(gameId, playerId).orElseThrow(GameExceptions::notInGame);
        store.seat(gameId, playerId, player.nickname());
        announce(meta);
    }

    /** 50:50, ask the audience, switch the question, or walk away: the contestant's, during a level's question. */
    public void contestantAction(PlayerPrincipal player, String action) {
        UUID gameId = player.gameId();
        GameMeta meta = games.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        HotSeatState seat = seatOf(meta);
        if (!player.playerId().equals(seat.contestant())) {
            throw GameExceptions.notContestant();
        }
        Integer level = meta.status() == GameStatus.QUESTION_OPEN ? seat.levelOf(meta.current()) : null;
        if (level == null || seat.over() || meta.current() != seat.playedQuestionOf(level)) {
            throw GameExceptions.invalidAction("Lifelines and walking away are for a level's open question.");
        }
        int index = meta.current();
        if (games.answer(gameId, index, player.playerId()).isPresent()) {
            throw GameExceptions.invalidAction("Lifelines and walking away come before your answer.");
        }
        switch (action) {
            case HotSeatState.FIFTY -> fifty(meta, index);
            case HotSeatState.AUDIENCE -> askTheAudience(meta, seat, index);
            case HotSeatState.SWITCH -> switchQuestion(meta, level, index);
            case "walk" -> walk(meta, index);
            default -> throw GameExceptions.invalidMessage("Unknown hot-seat action \"" + action + "\".");
        }
    }

    /** Removes two wrong options, chosen at random once; asking again is refused. */
    private void fifty(GameMeta meta, int index) {
        PlayableQuestion question = games.questions(meta.id()).get(index);
        var wrong = new ArrayList<Integer>();
        question.options().forEach(option -> {
            if (!question.solution().ids().contains(option.id())) {
                wrong.add(option.id());
            }
        });
        if (wrong.size() < 2) {
            throw GameExceptions.invalidAction("50:50 needs a question with at least two wrong options.");
        }
        Collections.shuffle(wrong, RANDOM);
        List<Integer> removed = wrong.subList(0, 2).stream().sorted().toList();
        if (!store.use(meta.id(), HotSeatState.FIFTY, store.fiftyValue(index, removed))) {
            throw GameExceptions.lifelineUsed("50:50");
        }
        announce(meta);
    }

    /**
     * What the room (everyone but the contestant) has answered so far, as whole percentages by the largest
     * remainder, so they add up to 100.
     */
    private void askTheAudience(GameMeta meta, HotSeatState seat, int index) {
        PlayableQuestion question = games.questions(meta.id()).get(index);
        Map<UUID, StoredAnswer> answers = games.answers(meta.id(), index);
        var counts = new LinkedHashMap<Integer, Integer>();
        question.options().forEach(option -> counts.put(option.id(), 0));
        int total = 0;
        for (var entry : answers.entrySet()) {
            if (!entry.getKey().equals(seat.contestant())
                    && entry.getValue().given().isIntegralNumber()) {
                counts.computeIfPresent(entry.getValue().given().asInt(), (id, count) -> count + 1);
                total++;
            }
        }
        var poll = new AudiencePoll(index, percentages(counts, total), total);
        if (!store.use(meta.id(), HotSeatState.AUDIENCE, store.pollValue(poll))) {
            throw GameExceptions.lifelineUsed("ask the audience");
        }
        announce(meta);
    }

    static Map<String, Integer> percentages(Map<Integer, Integer> counts, int total) {
        var shares = new LinkedHashMap<String, Integer>();
        if (total == 0) {
            counts.keySet().forEach(id -> shares.put(id.toString(), 0));
            return shares;
        }
        var remainders = new ArrayList<Map.Entry<Integer, Double>>();
        int given = 0;
        for (var entry : counts.entrySet()) {
            double exact = 100.0 * entry.getValue() / total;
            int floor = (int) Math.floor(exact);
            shares.put(entry.getKey().toString(), floor);
            given += floor;
            remainders.add(Map.entry(entry.getKey(), exact - floor));
        }
        remainders.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
        for (int i = 0; i < 100 - given; i++) {
            shares.merge(remainders.get(i).getKey().toString(), 1, Integer::sum);
        }
        return shares;
    }

    /** Closes the level's question without deciding it and opens its spare in its place. */
    private void switchQuestion(GameMeta meta, int level, int index) {
        if (!store.use(meta.id(), HotSeatState.SWITCH, Integer.toString(level))) {
            throw GameExceptions.lifelineUsed("switch the question");
        }
        play.closeQuestion(meta.id(), index);
        host.carryOut(meta.id(), meta.hostId(), new HostCommand.Next());
    }

    /** The contestant keeps what they have won; the question closes so everyone sees what would have been. */
    private void walk(GameMeta meta, int index) {
        if (!store.walk(meta.id(), index)) {
            throw GameExceptions.invalidAction("You have walked away already.");
        }
        play.closeQuestion(meta.id(), index);
    }

    private HotSeatState seatOf(GameMeta meta) {
        if (!HotSeatMode.NAME.equals(meta.mode())) {
            throw GameExceptions.invalidAction("This game has no hot seat.");
        }
        return store.state(meta.id());
    }

    private void announce(GameMeta meta) {
        GameMeta now = games.meta(meta.id()).orElseThrow(GameExceptions::gameNotFound);
        int index = now.status() == GameStatus.LOBBY ? -1 : now.current();
        broadcaster.toTopic(
                GameDestinations.hotSeat(meta.id()), store.state(meta.id()).status(index));
    }
}
