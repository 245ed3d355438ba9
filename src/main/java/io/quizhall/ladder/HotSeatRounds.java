package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.GameLauncher;
import io.quizhall.game.HotSeatLauncher;
import io.quizhall.game.HotSeatPlan;
import io.quizhall.quiz.Question;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a ladder's hot-seat round together for a live game (docs/ladder.md, "Hot seat"): for every level a
 * four-option question of the level's difficulty and a spare for "switch the question", all different, plus an
 * easy fastest-finger question unless the host will choose the contestant. Options are shuffled here, so the right
 * one's place says nothing.
 */
@Service
class HotSeatRounds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LadderCatalog catalog;
    private final QuestionDraw draw;
    private final QuestionBank bank;
    private final HotSeatLauncher launcher;

    HotSeatRounds(LadderCatalog catalog, QuestionDraw draw, QuestionBank bank, HotSeatLauncher launcher) {
        this.catalog = catalog;
        this.draw = draw;
        this.bank = bank;
        this.launcher = launcher;
    }

    @Transactional(readOnly = true)
    GameLauncher.Launched start(String slug, boolean fastestFinger, CurrentUser host) {
        LadderConfig ladder = catalog.bySlug(slug);
        var needed = new EnumMap<Difficulty, Integer>(Difficulty.class);
        ladder.levels().forEach(level -> needed.merge(level.difficulty(), 2, Integer::sum));
        if (fastestFinger) {
            needed.merge(Difficulty.EASY, 1, Integer::sum);
        }
        var drawn = new EnumMap<Difficulty, Iterator<UUID>>(Difficulty.class);
        for (Map.Entry<Difficulty, Integer> entry : needed.entrySet()) {
            List<UUID> ids = draw.sample(entry.getKey(), ladder.categories(), entry.getValue());
            if (ids.size() < entry.getValue()) {
                throw new LadderExceptions.NoQuestions(entry.getKey());
            }
            drawn.put(entry.getKey(), ids.iterator());
        }
        Question first = fastestFinger ? question(drawn.get(Difficulty.EASY).next(), 20) : null;
        var levels = new ArrayList<HotSeatPlan.Level>();
        for (LadderConfig.Level level : ladder.levels()) {
            Iterator<UUID> ids = drawn.get(level.difficulty());
            levels.add(new HotSeatPlan.Level(
                    level.prize(),
                    level.safe(),
                    question(ids.next(), level.seconds()),
                    question(ids.next(), level.seconds())));
        }
        return launcher.launch(host, new HotSeatPlan(ladder.name() + ": hot seat", ladder.name(), first, levels));
    }

    private Question question(UUID id, int seconds) {
        BankQuestion drawnQuestion = bank.get(id);
        var options = new ArrayList<>(drawnQuestion.options());
        Collections.shuffle(options, RANDOM);
        return new Question.Abcd(
                drawnQuestion.text(),
                seconds,
                null,
                false,
                options.stream()
                        .map(option -> new Question.Choice(option.text(), option.correct(), null))
                        .toList());
    }
}
