package io.quizhall.results;

import io.quizhall.quiz.Question;
import io.quizhall.shared.RichText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a finished game as xlsx (a summary, players, questions and one sheet per question) or CSV (players, or
 * every answer), streaming row by row so memory stays flat. Every text cell that a spreadsheet could take for a
 * formula ({@code = + - @}, tab, carriage return first) is written with a leading apostrophe (docs/results.md).
 */
final class ResultSpreadsheets {

    /** Rows written to a sheet before they are flushed to the stream. */
    private static final int FLUSH_EVERY = 1000;

    private ResultSpreadsheets() {}

    /** The text as a spreadsheet must show it, never as a formula (OWASP's CSV injection advice). */
    static String cell(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private static String plain(@Nullable String richText) {
        return richText == null ? "" : RichText.visibleText(richText);
    }

    private static String customLabel(ResultDetails result) {
        return result.customField() == null ? "Custom field" : plain(result.customField());
    }

    static void xlsx(ResultDetails result, OutputStream out) throws IOException {
        ResultReport report = ResultReports.report(result);
        Map<UUID, PlayerData> players =
                result.players().stream().collect(Collectors.toMap(PlayerData::id, Function.identity()));
        var workbook = new Workbook(out, "Quizhall", "1.0");
        summary(workbook.newWorksheet("Summary"), result, report);
        playersSheet(workbook.newWorksheet("Players"), result, report);
        questionsSheet(workbook.newWorksheet("Questions"), report);
        Map<Integer, List<AnswerData>> byQuestion = ResultReports.byQuestion(result.answers());
        // Answers repeat (the same option, the same number): each distinct answer is made plain text once.
        Map<String, String> plainAnswers = new HashMap<>();
        for (int i = 0; i < result.questions().size(); i++) {
            questionSheet(
                    workbook.newWorksheet("Q" + (i + 1)),
                    result,
                    i,
                    byQuestion.getOrDefault(i, List.of()),
                    players,
                    plainAnswers);
        }
        workbook.finish();
    }

    private static void summary(Worksheet sheet, ResultDetails result, ResultReport report) throws IOException {
        String[][] rows = {
            {"Quiz", plain(result.title())},
            {"Played", result.timestamp().atOffset(ZoneOffset.UTC).toLocalDateTime() + " UTC"},
            {"Players", null},
            {"Average score", null},
            {"Questions", null},
            {"Mode", result.mode()},
            {"Note", result.note()}
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r, 0, rows[r][0]);
            sheet.style(r, 0).bold().set();
            if (rows[r][1] != null) {
                sheet.value(r, 1, cell(rows[r][1]));
            }
        }
        sheet.value(2, 1, result.playerCount());
        sheet.value(3, 1, report.averageScore());
        sheet.value(4, 1, result.questions().size());
        sheet.width(0, 16);
        sheet.width(1, 40);
        sheet.finish();
    }

    private static void playersSheet(Worksheet sheet, ResultDetails result, ResultReport report) throws IOException {
        header(sheet, "Rank", "Nickname", customLabel(result), "Score", "Right answers");
        int r = 1;
        for (ResultReport.Standing standing : report.standings()) {
            sheet.value(r, 0, standing.rank());
            sheet.value(r, 1, cell(standing.nickname()));
            sheet.value(r, 2, cell(standing.customField()));
            sheet.value(r, 3, standing.score());
            sheet.value(r, 4, standing.rightAnswers());
            r = next(sheet, r);
        }
        sheet.width(1, 24);
        sheet.width(2, 18);
        sheet.finish();
    }

    private static void questionsSheet(Worksheet sheet, ResultReport report) throws IOException {
        header(sheet, "#", "Question", "Kind", "Answered", "Right", "% right", "Average time (s)");
        int r = 1;
        for (ResultReport.QuestionReport question : report.questions()) {
            sheet.value(r, 0, question.index() + 1);
            sheet.value(r, 1, cell(plain(question.question())));
            sheet.value(r, 2, question.type());
            sheet.value(r, 3, question.answered());
            if (question.scored()) {
                sheet.value(r, 4, question.right());
            }
            if (question.rightPercent() != null) {
                sheet.value(r, 5, question.rightPercent());
            }
            if (question.averageTimeMs() != null) {
                sheet.value(r, 6, question.averageTimeMs() / 1000.0);
            }
            r = next(sheet, r);
        }
        sheet.width(1, 50);
        sheet.finish();
    }

    private static void questionSheet(
            Worksheet sheet,
            ResultDetails result,
            int index,
            List<AnswerData> answers,
            Map<UUID, PlayerData> players,
            Map<String, String> plainAnswers)
            throws IOException {
        Question question = result.questions().get(index);
        sheet.value(0, 0, cell(plain(question.question())));
        sheet.style(0, 0).bold().set();
        header(sheet, 1, "Nickname", customLabel(result), "Answer", "Right", "Time (s)", "Points");
        boolean scored = ResultReports.isScored(question);
        List<AnswerData> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparing(AnswerData::username).thenComparing(AnswerData::timeTakenMs));
        int r = 2;
        for (AnswerData answer : sorted) {
            PlayerData player = players.get(answer.playerId());
            sheet.value(r, 0, cell(answer.username()));
            sheet.value(r, 1, cell(player == null ? null : player.customField()));
            sheet.value(r, 2, plainAnswers.computeIfAbsent(answer.answer(), text -> cell(plain(text))));
            if (scored) {
                sheet.value(r, 3, answer.right() ? "yes" : "no");
            }
            sheet.value(r, 4, answer.timeTakenMs() / 1000.0);
            sheet.value(r, 5, answer.score());
            r = next(sheet, r);
        }
        sheet.width(0, 24);
        sheet.width(2, 30);
        sheet.finish();
    }

    private static void header(Worksheet sheet, String... titles) {
        header(sheet, 0, titles);
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, cell(titles[c]));
        }
        sheet.range(row, 0, row, titles.length - 1).style().bold().set();
    }

    private static int next(Worksheet sheet, int row) throws IOException {
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
        return row + 1;
    }

    // --- CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets pick the encoding) ---

    static void playersCsv(ResultDetails result, OutputStream out) throws IOException {
        ResultReport report = ResultReports.report(result);
        Writer csv = csv(out);
        row(csv, "rank", "nickname", customLabel(result), "score", "right answers");
        for (ResultReport.Standing s : report.standings()) {
            row(
                    csv,
                    Integer.toString(s.rank()),
                    s.nickname(),
                    s.customField(),
                    Integer.toString(s.score()),
                    Integer.toString(s.rightAnswers()));
        }
        csv.flush();
    }

    static void answersCsv(ResultDetails result, OutputStream out) throws IOException {
        Map<UUID, PlayerData> players =
                result.players().stream().collect(Collectors.toMap(PlayerData::id, Function.identity()));
        Writer csv = csv(out);
        row(
                csv,
                "question",
                "question text",
                "kind",
                "nickname",
                customLabel(result),
                "answer",
                "right",
                "time (s)",
                "points");
        for (AnswerData answer : result.answers()) {
            Question question = result.questions().get(answer.question());
            PlayerData player = players.get(answer.playerId());
            row(
                    csv,
                    Integer.toString(answer.question() + 1),
                    plain(question.question()),
                    ResultReports.type(question),
                    answer.username(),
                    player == null ? null : player.customField(),
                    plain(answer.answer()),
                    ResultReports.isScored(question) ? (answer.right() ? "yes" : "no") : "",
                    Double.toString(answer.timeTakenMs() / 1000.0),
                    Integer.toString(answer.score()));
        }
        csv.flush();
    }

    private static Writer csv(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        writer.write('\uFEFF');
        return writer;
    }

    private static void row(Writer csv, @Nullable String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            String value = cell(values[i]);
            if (value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                csv.write('"');
                csv.write(value.replace("\"", "\"\""));
                csv.write('"');
            } else {
                csv.write(value);
            }
        }
        csv.write("\r\n");
    }
}
