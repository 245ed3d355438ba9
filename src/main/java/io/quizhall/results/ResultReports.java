package io.quizhall.results;

import io.quizhall.quiz.Question;
import io.quizhall.shared.RichText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Computes reports from a recorded result; pure functions, no database. */
final class ResultReports {

    private ResultReports() {}

    static ResultReport report(ResultDetails result) {
        Map<Integer, List<AnswerData>> byQuestion = byQuestion(result.answers());
        List<ResultReport.QuestionReport> questions = new ArrayList<>();
        for (int i = 0; i < result.questions().size(); i++) {
            questions.add(question(i, result.questions().get(i), byQuestion.getOrDefault(i, List.of())));
        }
        List<Integer> hardest = questions.stream()
                .filter(q -> q.rightPercent() != null)
                .sorted(Comparator.comparing(ResultReport.QuestionReport::rightPercent)
                        .thenComparing(ResultReport.QuestionReport::index))
                .map(ResultReport.QuestionReport::index)
                .toList();
        Map<UUID, int[]> tallies = new HashMap<>();
        for (AnswerData answer : result.answers()) {
            int[] tally = tallies.computeIfAbsent(answer.playerId(), id -> new int[2]);
            tally[1]++;
            if (answer.right()) {
                tally[0]++;
            }
        }
        List<ResultReport.Standing> standings = result.players().stream()
                .sorted(Comparator.comparingInt(PlayerData::rank).thenComparing(PlayerData::nickname))
                .map(player -> {
                    int[] tally = tallies.getOrDefault(player.id(), new int[2]);
                    return new ResultReport.Standing(
                            player.id(),
                            player.rank(),
                            player.nickname(),
                            player.customField(),
                            player.score(),
                            tally[0],
                            tally[1]);
                })
                .toList();
        double average =
                result.players().stream().mapToInt(PlayerData::score).average().orElse(0);
        return new ResultReport(
                result.id(),
                result.quizId(),
                result.title(),
                result.note(),
                result.timestamp(),
                result.mode(),
                result.playerCount(),
                result.customField(),
                Math.round(average * 100) / 100.0,
                standings,
                questions,
                hardest);
    }

    static ResultReport.QuestionReport question(int index, Question question, List<AnswerData> answers) {
        boolean scored = isScored(question);
        int right = (int) answers.stream().filter(AnswerData::right).count();
        Integer percent = scored && !answers.isEmpty() ? Math.round(100f * right / answers.size()) : null;
        Long average = answers.isEmpty()
                ? null
                : Math.round(answers.stream()
                        .mapToLong(AnswerData::timeTakenMs)
                        .average()
                        .orElse(0));
        ResultReport.Fastest fastest = answers.stream()
                .filter(answer -> !scored || answer.right())
                .min(Comparator.comparingLong(AnswerData::timeTakenMs))
                .map(answer -> new ResultReport.Fastest(answer.playerId(), answer.username(), answer.timeTakenMs()))
                .orElse(null);
        return new ResultReport.QuestionReport(
                index,
                type(question),
                question.question(),
                scored,
                answers.size(),
                right,
                percent,
                distribution(question, answers),
                average,
                fastest);
    }

    static List<ResultReport.Share> distribution(Question question, List<AnswerData> answers) {
        if (question instanceof Question.Abcd abcd) {
            return perOption(
                    abcd.answers().stream().map(Question.Choice::answer).toList(),
                    abcd.answers().stream()
                            .map(choice -> (Boolean) choice.right())
                            .toList(),
                    answers);
        }
        if (question instanceof Question.Check check) {
            return perOption(
                    check.answers().stream().map(Question.Choice::answer).toList(),
                    check.answers().stream()
                            .map(choice -> (Boolean) choice.right())
                            .toList(),
                    answers);
        }
        if (question instanceof Question.Voting voting) {
            List<String> texts =
                    voting.answers().stream().map(Question.Option::answer).toList();
            List<@Nullable Boolean> rights = new ArrayList<>();
            texts.forEach(text -> rights.add(null));
            return perOption(texts, rights, answers);
        }
        if (question instanceof Question.Slide) {
            return List.of();
        }
        // ORDER, RANGE and TEXT: grouped by what was answered (TEXT after folding case and spaces).
        boolean text = question instanceof Question.Text;
        Map<String, ResultReport.Share> groups = new LinkedHashMap<>();
        for (AnswerData answer : answers) {
            String shown = RichText.visibleText(answer.answer());
            String key = (text ? fold(shown) : shown) + '\u0000' + answer.right();
            ResultReport.Share share = groups.get(key);
            groups.put(
                    key,
                    share == null
                            ? new ResultReport.Share(text ? shown.strip() : shown, null, 1, answer.right())
                            : new ResultReport.Share(share.answer(), null, share.count() + 1, share.right()));
        }
        Comparator<ResultReport.Share> order =
                Comparator.comparingInt(ResultReport.Share::count).reversed();
        if (question instanceof Question.Range) {
            order = order.thenComparing(share -> number(share.answer()));
        }
        return groups.values().stream()
                .sorted(order.thenComparing(ResultReport.Share::answer))
                .toList();
    }

    private static List<ResultReport.Share> perOption(
            List<String> texts, List<@Nullable Boolean> rights, List<AnswerData> answers) {
        int[] counts = new int[texts.size()];
        for (AnswerData answer : answers) {
            for (int option : answer.optionIds()) {
                if (option >= 0 && option < counts.length) {
                    counts[option]++;
                }
            }
        }
        List<ResultReport.Share> shares = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            shares.add(new ResultReport.Share(RichText.visibleText(texts.get(i)), i, counts[i], rights.get(i)));
        }
        return shares;
    }

    static PlayerReport player(ResultDetails result, PlayerData player) {
        Map<Integer, AnswerData> mine = result.answers().stream()
                .filter(answer -> answer.playerId().equals(player.id()))
                .collect(Collectors.toMap(AnswerData::question, answer -> answer, (first, second) -> first));
        List<PlayerReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < result.questions().size(); i++) {
            Question question = result.questions().get(i);
            if (question instanceof Question.Slide) {
                continue;
            }
            AnswerData answer = mine.get(i);
            entries.add(new PlayerReport.Entry(
                    i,
                    type(question),
                    question.question(),
                    answer == null ? null : RichText.visibleText(answer.answer()),
                    answer == null || !isScored(question) ? null : answer.right(),
                    answer == null ? null : answer.timeTakenMs(),
                    answer == null ? 0 : answer.score()));
        }
        return new PlayerReport(
                result.id(),
                player.id(),
                player.nickname(),
                player.customField(),
                player.score(),
                player.rank(),
                entries);
    }

    static GradingView grading(ResultDetails result) {
        List<GradingView.Question> questions = new ArrayList<>();
        for (int i = 0; i < result.questions().size(); i++) {
            Question question = result.questions().get(i);
            if (isScored(question)) {
                questions.add(new GradingView.Question(i, RichText.visibleText(question.question())));
            }
        }
        Map<UUID, Map<Integer, Boolean>> marks = new HashMap<>();
        for (AnswerData answer : result.answers()) {
            marks.computeIfAbsent(answer.playerId(), id -> new HashMap<>())
                    .putIfAbsent(answer.question(), answer.right());
        }
        List<GradingView.Player> players = result.players().stream()
                .sorted(Comparator.comparing(
                                (PlayerData player) -> player.customField() == null ? "" : player.customField(),
                                String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PlayerData::nickname, String.CASE_INSENSITIVE_ORDER))
                .map(player -> {
                    Map<Integer, Boolean> own = marks.getOrDefault(player.id(), Map.of());
                    List<@Nullable Boolean> right = new ArrayList<>();
                    questions.forEach(question -> right.add(own.get(question.index())));
                    int count =
                            (int) right.stream().filter(Boolean.TRUE::equals).count();
                    return new GradingView.Player(player.id(), player.nickname(), player.customField(), right, count);
                })
                .toList();
        return new GradingView(result.id(), result.title(), result.customField(), questions, players);
    }

    static Map<Integer, List<AnswerData>> byQuestion(List<AnswerData> answers) {
        return answers.stream().collect(Collectors.groupingBy(AnswerData::question));
    }

    static boolean isScored(Question question) {
        return !(question instanceof Question.Voting) && !(question instanceof Question.Slide);
    }

    /** The question's kind as the JSON discriminator names it. */
    static String type(Question question) {
        if (question instanceof Question.Abcd) {
            return "ABCD";
        }
        if (question instanceof Question.Check) {
            return "CHECK";
        }
        if (question instanceof Question.Range) {
            return "RANGE";
        }
        if (question instanceof Question.Voting) {
            return "VOTING";
        }
        if (question instanceof Question.Order) {
            return "ORDER";
        }
        return question instanceof Question.Text ? "TEXT" : "SLIDE";
    }

    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }
}
