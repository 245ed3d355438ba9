package io.quizhall.game.classic;

import io.quizhall.game.GameFinished;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GameMode;
import io.quizhall.game.core.GamePayloads.Fastest;
import io.quizhall.game.core.GamePayloads.PlayerResult;
import io.quizhall.game.core.GamePayloads.QuestionClosed;
import io.quizhall.game.core.GamePayloads.Solution;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.PlayableQuestion.QuestionKind;
import io.quizhall.game.core.PlayerRecord;
import io.quizhall.game.core.StoredAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The classic live quiz (docs/live-protocol.md): the quiz's questions in order, each player on their own, right
 * answers scored by speed ({@code round(1000 × (1 − elapsed / limit / 2))}, 500 to 1,000 points), wrong ones 0.
 */
@Component
public class ClassicMode implements GameMode {

    public static final String NAME = "classic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Judgement judge(PlayableQuestion question, JsonNode answer) {
        return Judge.judge(question, answer);
    }

    /** 1,000 for an instant right answer, falling linearly to 500 at the deadline; 0 for a wrong one. */
    @Override
    public int points(Judgement judgement, long elapsedMs, long limitMs) {
        if (!judgement.right()) {
            return 0;
        }
        return (int) Math.max(0, Math.floor(1000 * (1 - (double) elapsedMs / limitMs / 2) + 0.5));
    }

    @Override
    public OptionalInt next(GameMeta meta) {
        return meta.current() + 1 < meta.questionCount() ? OptionalInt.of(meta.current() + 1) : OptionalInt.empty();
    }

    /**
     * The solution to everyone, with the tallies unless the question hides them (then only the host gets them),
     * and each player's points, score and rank.
     */
    @Override
    public Closing close(Round round) {
        PlayableQuestion question = round.question();
        Map<String, Integer> tallies = QuestionResults.tallies(question, round.answers());
        Fastest fastest = QuestionResults.fastest(round.answers(), round.players());
        var everyone = new QuestionClosed(
                round.index(),
                question.type().name(),
                Solution.of(question),
                question.hideResults() ? null : tallies,
                round.answers().size(),
                round.players().size(),
                fastest,
                null,
                null);
        QuestionClosed host = question.hideResults()
                ? new QuestionClosed(
                        round.index(),
                        everyone.type(),
                        everyone.solution(),
                        tallies,
                        everyone.answered(),
                        everyone.players(),
                        fastest,
                        null,
                        null)
                : null;
        var results = new LinkedHashMap<UUID, PlayerResult>();
        if (question.takesAnswers()) {
            for (UUID player : round.players().keySet()) {
                StoredAnswer answer = round.answers().get(player);
                results.put(
                        player,
                        new PlayerResult(
                                round.index(),
                                answer != null,
                                answer != null && answer.right(),
                                answer == null ? 0 : answer.points(),
                                round.ranking().score(player),
                                round.ranking().rank(player),
                                round.players().size(),
                                round.streaks().getOrDefault(player, 0),
                                answer == null ? 0 : answer.streakBonus(),
                                null));
            }
        }
        return new Closing(everyone, host, results);
    }

    /** Every answer with the option ids of the quiz as written, and every player's final score and rank. */
    @Override
    public GameFinished finished(Final game) {
        var answers = new ArrayList<GameFinished.Answer>();
        game.answers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(question -> {
            PlayableQuestion played = game.played().get(question.getKey());
            question.getValue().forEach((playerId, answer) -> {
                PlayerRecord player = game.players().get(playerId);
                answers.add(record(question.getKey(), played, playerId, player, answer));
            });
        });
        var players = new ArrayList<GameFinished.Player>();
        game.ranking().scores().forEach((playerId, score) -> {
            PlayerRecord player = game.players().get(playerId);
            if (player != null) {
                players.add(new GameFinished.Player(
                        playerId,
                        player.nickname(),
                        player.customField(),
                        score,
                        game.ranking().rank(playerId)));
            }
        });
        var meta = game.meta();
        return new GameFinished(
                meta.id(),
                meta.quizId(),
                meta.hostId(),
                NAME,
                game.finishedAt(),
                meta.title(),
                meta.description(),
                game.written(),
                meta.customField(),
                players,
                answers,
                List.of());
    }

    private static GameFinished.Answer record(
            int index, PlayableQuestion played, UUID playerId, PlayerRecord player, StoredAnswer answer) {
        List<Integer> optionIds = List.of();
        String value = null;
        String text = null;
        if (played.type() == QuestionKind.RANGE) {
            value = answer.given().asString();
        } else if (played.type() == QuestionKind.TEXT) {
            text = answer.given().asString();
        } else {
            optionIds = Judge.optionIds(answer.given()).stream()
                    .map(id -> played.options().get(id).sourceId())
                    .toList();
            if (played.type() == QuestionKind.CHECK) {
                optionIds = optionIds.stream().sorted().toList();
            }
        }
        return new GameFinished.Answer(
                playerId,
                player == null ? "(removed)" : player.nickname(),
                player == null,
                index,
                optionIds,
                value,
                text,
                answer.right(),
                answer.elapsedMs(),
                answer.points());
    }
}
