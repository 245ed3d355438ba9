package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.ladder.LadderPayloads.LadderDetails;
import io.quizhall.ladder.LadderPayloads.NewLadder;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ladders as configuration: reading them, and administrators adding new ones. */
@Service
class LadderAdministration {

    private final LadderCatalog catalog;
    private final QuestionBank bank;
    private final LadderProperties properties;

    LadderAdministration(LadderCatalog catalog, QuestionBank bank, LadderProperties properties) {
        this.catalog = catalog;
        this.bank = bank;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    List<LadderDetails> ladders() {
        var defaultId = catalog.defaultLadder().map(LadderConfig::id).orElse(null);
        return catalog.all().stream()
                .map(ladder -> LadderDetails.of(ladder, ladder.id().equals(defaultId), properties.phoneAFriend()))
                .toList();
    }

    @Transactional(readOnly = true)
    LadderDetails ladder(String slug) {
        var ladder = catalog.bySlug(slug);
        var defaultId = catalog.defaultLadder().map(LadderConfig::id).orElse(null);
        return LadderDetails.of(ladder, ladder.id().equals(defaultId), properties.phoneAFriend());
    }

    @Transactional
    LadderDetails addLadder(NewLadder request, CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators add ladders.");
        }
        var known = bank.categorySlugs();
        List<String> categories = request.categories() == null ? List.of() : request.categories();
        for (String category : categories) {
            if (!known.contains(category)) {
                throw InvalidFieldsException.of("categories", "names an unknown category: " + category);
            }
        }
        long previous = -1;
        for (var level : request.levels()) {
            if (level.difficulty() == Difficulty.UNASSIGNED) {
                throw InvalidFieldsException.of("levels", "need a difficulty of EASY, MEDIUM or HARD");
            }
            if (level.prize() <= previous) {
                throw InvalidFieldsException.of("levels", "must have rising prizes");
            }
            previous = level.prize();
        }
        var levels = request.levels().stream()
                .map(level -> new LadderConfig.Level(level.prize(), level.difficulty(), level.seconds(), level.safe()))
                .toList();
        boolean added = catalog.add(
                request.slug(),
                request.name().strip(),
                levels,
                categories,
                request.phoneAFriend() == null || request.phoneAFriend());
        if (!added) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "A ladder named " + request.slug() + " exists.",
                    Map.of("reason", "slug-taken"));
        }
        return ladder(request.slug());
    }
}
