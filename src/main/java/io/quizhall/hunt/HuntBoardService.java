package io.quizhall.hunt;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.hunt.BoardPayloads.BoardGroup;
import io.quizhall.hunt.BoardPayloads.BoardRow;
import io.quizhall.hunt.BoardPayloads.Leaderboard;
import io.quizhall.hunt.BoardPayloads.RankingRequest;
import io.quizhall.hunt.BoardPayloads.RankingRule;
import io.quizhall.hunt.BoardPayloads.RankingView;
import io.quizhall.hunt.BoardPayloads.RuleView;
import io.quizhall.hunt.RankingCriterion.TeamFacts;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hunt's ranking rules and its leaderboard (docs/hunts.md, "Rankings"): teams ordered by the rules in order, with
 * competition ranks, hidden rules ordering without being shown, split by a yes/no registration answer, and frozen
 * for players during the hunt's last minutes.
 */
@Service
public class HuntBoardService {

    static final int MAX_FREEZE_MINUTES = 10080;

    private final HuntAccess access;
    private final RankingRepository rankings;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HuntBoardService(
            HuntAccess access, RankingRepository rankings, AuditTrail audit, JdbcClient jdbc, JsonMapper json) {
        this.access = access;
        this.rankings = rankings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- settings ---

    @Transactional(readOnly = true)
    public RankingView ranking(UUID huntId, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        return rankings.findById(hunt.id())
                .map(saved -> view(saved, true))
                .orElseGet(() -> view(new HuntRanking(hunt.id()), false));
    }

    @Transactional
    public RankingView saveRanking(UUID huntId, RankingRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        // Two organisers saving the first settings at once: the hunt's row makes them take turns.
        jdbc.sql("SELECT id FROM hunts WHERE id = ? FOR UPDATE")
                .param(huntId)
                .query(UUID.class)
                .single();
        List<HuntRanking.Rule> rules = check(hunt, request);
        var found = rankings.findById(huntId);
        if (request.version() != null
                && found.isPresent()
                && request.version() != found.get().version()) {
            throw HuntExceptions.versionChanged();
        }
        HuntRanking ranking = found.orElseGet(() -> new HuntRanking(huntId));
        ranking.replace(
                rules, request.freezeMinutes(), Boolean.TRUE.equals(request.splitByRegistration()), access.now());
        ranking = rankings.saveAndFlush(ranking);
        audit.record(
                organiser,
                "hunt.ranking",
                "hunt",
                huntId,
                Map.of(
                        "rules",
                        rules.stream()
                                .map(rule -> rule.criterion() + (rule.visible() ? "" : " (hidden)"))
                                .toList(),
                        "freezeMinutes",
                        request.freezeMinutes() == null ? "none" : request.freezeMinutes(),
                        "splitByRegistration",
                        ranking.split()));
        return view(ranking, true);
    }

    private static List<HuntRanking.Rule> check(Hunt hunt, RankingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<HuntRanking.Rule> rules = new ArrayList<>();
        List<@Nullable RankingRule> given = request.rules() == null ? List.of() : request.rules();
        if (given.isEmpty()) {
            errors.add(new FieldError("rules", "must have at least one rule"));
        }
        Map<RankingCriterion, Integer> seen = new EnumMap<>(RankingCriterion.class);
        for (int i = 0; i < given.size(); i++) {
            RankingRule rule = given.get(i);
            String field = "rules[" + i + "].criterion";
            RankingCriterion criterion = rule == null ? null : criterion(rule.criterion());
            if (criterion == null) {
                errors.add(new FieldError(field, "must be one of " + Arrays.toString(RankingCriterion.values())));
                continue;
            }
            Integer before = seen.putIfAbsent(criterion, i);
            if (before != null) {
                errors.add(new FieldError(field, "is ranked by rules[" + before + "] already"));
                continue;
            }
            rules.add(new HuntRanking.Rule(criterion, !Boolean.FALSE.equals(rule.visible())));
        }
        Integer freeze = request.freezeMinutes();
        if (freeze != null && (freeze < 1 || freeze > MAX_FREEZE_MINUTES)) {
            errors.add(new FieldError("freezeMinutes", "must be between 1 and " + MAX_FREEZE_MINUTES));
        }
        if (Boolean.TRUE.equals(request.splitByRegistration()) && hunt.registrationField() == null) {
            errors.add(new FieldError("splitByRegistration", "needs a registration field on the hunt"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return rules;
    }

    private static @Nullable RankingCriterion criterion(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return RankingCriterion.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static RankingView view(HuntRanking ranking, boolean saved) {
        return new RankingView(
                ranking.rules().stream()
                        .map(rule -> new RuleView(rule.criterion(), rule.visible()))
                        .toList(),
                ranking.freezeMinutes(),
                ranking.split(),
                saved,
                ranking.version());
    }

    /**
     * The registration answer a new team of this hunt gives: with a split board only "yes" or "no" (any case),
     * stored lower-case; otherwise as given.
     */
    @Nullable
    String registrationAnswer(Hunt hunt, @Nullable String value) {
        boolean split = rankings.findById(hunt.id()).map(r -> r.splits(hunt)).orElse(false);
        if (!split || value == null) {
            return value;
        }
        String answer = yesNo(value);
        if (answer == null) {
            throw InvalidFieldsException.of("registrationValue", "must be yes or no");
        }
        return answer;
    }

    private static @Nullable String yesNo(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String answer = value.strip().toLowerCase(Locale.ROOT);
        return answer.equals("yes") || answer.equals("no") ? answer : null;
    }

    // --- the board ---

    /**
     * The leaderboard as this reader may see it: organisers the live board, everyone else the frozen one while the
     * freeze lasts; empty before the hunt starts.
     */
    @Transactional
    public Leaderboard leaderboard(UUID huntId, @Nullable CurrentUser reader) {
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        HuntRanking ranking = rankings.findById(huntId).orElseGet(() -> new HuntRanking(huntId));
        boolean organiser = hunt.isOrganisedBy(reader == null ? null : reader.id());
        Instant freezeAt = ranking.freezeAt(hunt);
        boolean freezing =
                freezeAt != null && !now.isBefore(freezeAt) && now.isBefore(hunt.endsAt()) && !hunt.archived();
        boolean frozen = freezing && !organiser;
        List<TeamFacts> teams;
        HuntState state = hunt.state(now);
        if (state == HuntState.NOT_YET_OPEN) {
            teams = List.of();
        } else if (frozen) {
            teams = snapshot(hunt, freezeAt);
        } else {
            teams = facts(huntId, now);
        }
        List<HuntRanking.Rule> rules = ranking.rules();
        List<RankingCriterion> columns = rules.stream()
                .filter(HuntRanking.Rule::visible)
                .map(HuntRanking.Rule::criterion)
                .toList();
        List<BoardGroup> groups = new ArrayList<>();
        boolean split = ranking.splits(hunt);
        if (split) {
            Map<@Nullable String, List<TeamFacts>> byAnswer = new LinkedHashMap<>();
            byAnswer.put("yes", new ArrayList<>());
            byAnswer.put("no", new ArrayList<>());
            for (TeamFacts team : teams) {
                byAnswer.computeIfAbsent(yesNo(team.registrationValue()), k -> new ArrayList<>())
                        .add(team);
            }
            byAnswer.forEach((answer, members) -> {
                if (answer != null || !members.isEmpty()) {
                    groups.add(new BoardGroup(answer, rank(members, rules)));
                }
            });
        } else {
            groups.add(new BoardGroup(null, rank(teams, rules)));
        }
        return new Leaderboard(
                huntId,
                hunt.name(),
                state,
                columns,
                frozen,
                freezing && organiser,
                freezing ? freezeAt : null,
                split ? hunt.registrationField() : null,
                groups);
    }

    /**
     * Competition ranking: sorted by the rules in order (then by name, which does not change ranks); a team equal
     * to the one before it on every rule, hidden ones included, shares its rank.
     */
    static List<BoardRow> rank(List<TeamFacts> teams, List<HuntRanking.Rule> rules) {
        Comparator<TeamFacts> order = (a, b) -> 0;
        for (HuntRanking.Rule rule : rules) {
            order = order.thenComparing(rule.criterion().order());
        }
        Comparator<TeamFacts> byRules = order;
        List<TeamFacts> sorted = new ArrayList<>(teams);
        sorted.sort(byRules.thenComparing(TeamFacts::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TeamFacts::id));
        List<BoardRow> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            TeamFacts team = sorted.get(i);
            if (i == 0 || byRules.compare(sorted.get(i - 1), team) != 0) {
                rank = i + 1;
            }
            Map<RankingCriterion, @Nullable Object> values = new LinkedHashMap<>();
            for (HuntRanking.Rule rule : rules) {
                if (rule.visible()) {
                    values.put(rule.criterion(), rule.criterion().value(team));
                }
            }
            rows.add(new BoardRow(rank, team.id(), team.name(), values));
        }
        return rows;
    }

    /**
     * Every team that takes part, as of {@code at}: solves up to then, the team's finish if by then; points and hints
     * as they are now. Playtester teams are never on the board, nor teams without members and without solves.
     */
    List<TeamFacts> facts(UUID huntId, Instant at) {
        return jdbc.sql("""
            SELECT t.id, t.name, t.registration_value, t.points, t.hints_used,
                   CASE WHEN t.finished_at <= :at THEN t.finished_at END AS finished_at,
                   count(p.id) FILTER (WHERE p.type = 'META') AS meta_solves,
                   count(p.id) FILTER (WHERE p.type = 'FINAL') AS final_solves,
                   count(p.id) FILTER (WHERE p.type <> 'NON_SCORING') AS solves,
                   max(s.solved_at) FILTER (WHERE p.type <> 'NON_SCORING') AS last_solve_at
            FROM hunt_teams t
            LEFT JOIN hunt_solves s ON s.team_id = t.id AND s.solved_at <= :at
            LEFT JOIN hunt_puzzles p ON p.id = s.puzzle_id
            WHERE t.hunt_id = :hunt AND NOT t.playtester
            GROUP BY t.id
            HAVING t.members > 0 OR count(p.id) > 0\
            """)
                .param("hunt", huntId)
                .param("at", Timestamp.from(at))
                .query((rs, row) -> {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    Timestamp last = rs.getTimestamp("last_solve_at");
                    return new TeamFacts(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("registration_value"),
                            rs.getInt("meta_solves"),
                            rs.getInt("final_solves"),
                            rs.getInt("solves"),
                            rs.getInt("points"),
                            last == null ? null : last.toInstant(),
                            finished == null ? null : finished.toInstant(),
                            rs.getInt("hints_used"));
                })
                .list();
    }

    /**
     * The frozen board's facts: the snapshot for this freeze instant, taken now if no node has taken it yet (the
     * first insert wins; a snapshot of an earlier freeze instant, before the end or the freeze was moved, is
     * replaced).
     */
    List<TeamFacts> snapshot(Hunt hunt, Instant freezeAt) {
        var stored = stored(hunt.id(), freezeAt);
        if (stored != null) {
            return stored;
        }
        take(hunt.id(), freezeAt);
        var taken = stored(hunt.id(), freezeAt);
        return taken != null ? taken : facts(hunt.id(), freezeAt);
    }

    /** Takes the snapshot of this freeze instant unless one exists; true if this call took it. */
    boolean take(UUID huntId, Instant freezeAt) {
        Instant now = access.now();
        String teams = json.writeValueAsString(facts(huntId, freezeAt));
        return jdbc.sql("""
            INSERT INTO hunt_board_snapshots (hunt_id, frozen_at, taken_at, teams) VALUES (?, ?, ?, ?::jsonb)
            ON CONFLICT (hunt_id) DO UPDATE
              SET frozen_at = EXCLUDED.frozen_at, taken_at = EXCLUDED.taken_at, teams = EXCLUDED.teams
              WHERE hunt_board_snapshots.frozen_at <> EXCLUDED.frozen_at\
            """)
                        .params(huntId, Timestamp.from(freezeAt), Timestamp.from(now), teams)
                        .update()
                > 0;
    }

    private @Nullable List<TeamFacts> stored(UUID huntId, Instant freezeAt) {
        return jdbc.sql("SELECT teams::text FROM hunt_board_snapshots WHERE hunt_id = ? AND frozen_at = ?")
                .params(huntId, Timestamp.from(freezeAt))
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, new TypeReference<List<TeamFacts>>() {}))
                .orElse(null);
    }
}
