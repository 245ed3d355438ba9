package io.quizhall.quiz;

import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Questions from a spreadsheet (xlsx or CSV): Quizhall's own template ({@link #template}) or Kahoot's quiz
 * template. Both are read by their header row: a column whose header starts with "Question", "Answer 1" to
 * "Answer 6", "Time", "Right answers" or "Correct answer(s)", "Kind", "Min", "Max", "Min correct", "Max
 * correct". Every problem is reported by row and column, and a file with any problem imports nothing
 * (docs/quiz-format.md, "Spreadsheet import").
 */
final class SpreadsheetImport {

    static final int MAX_ANSWERS = 6;
    static final int DEFAULT_TIME = 20;
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern ANSWER = Pattern.compile("answer\\s*([1-9])\\b.*");
    private static final Pattern RIGHT_NUMBERS =
            Pattern.compile("\\s*\\d+(?:\\.0+)?(?:\\s*[,;/ ]\\s*\\d+(?:\\.0+)?)*\\s*");

    private SpreadsheetImport() {}

    /** One cell as read: its text (numbers in plain notation) and whether it held a formula. */
    record SheetCell(String text, boolean formula) {
        static final SheetCell EMPTY = new SheetCell("", false);
    }

    /** A row with its number as the spreadsheet shows it (1 for the first row). */
    record SheetRow(int number, List<SheetCell> cells) {
        SheetCell cell(int column) {
            return column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell.text().isBlank() && !cell.formula());
        }
    }

    /**
     * The questions read, with where each came from.
     *
     * @param rows each question's row number
     * @param answerColumns for each question, the answer number (1-6) of each of its answers
     */
    record Parsed(List<Question> questions, List<Integer> rows, List<List<Integer>> answerColumns) {}

    // --- reading the file ---

    static List<SheetRow> readXlsx(Map<String, byte[]> entries, ImportLimits limits) {
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".xml") || entry.getKey().endsWith(".rels")) {
                String head = new String(
                        entry.getValue(), 0, Math.min(entry.getValue().length, 4096), StandardCharsets.ISO_8859_1);
                if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                    // A document type declaration has no place in xlsx; it is how entity expansion attacks start.
                    throw invalid("is not a spreadsheet this server reads (it declares a document type)");
                }
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(SafeZip.write(entries)))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                var iterator = stream.iterator();
                while (iterator.hasNext()) {
                    var row = iterator.next();
                    if (rows.size() > limits.maxRows() + HEADER_SEARCH_ROWS) {
                        throw tooManyRows(limits);
                    }
                    List<SheetCell> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(cellOf(row.getCell(c)));
                    }
                    rows.add(new SheetRow(row.getRowNum(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.quizhall.shared.ApiException api) {
                throw api;
            }
            throw invalid("is not a readable xlsx spreadsheet");
        }
        return rows;
    }

    private static SheetCell cellOf(@Nullable Cell cell) {
        if (cell == null) {
            return SheetCell.EMPTY;
        }
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            return new SheetCell(cell.getFormula() == null ? "" : cell.getFormula(), true);
        }
        if (type == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return new SheetCell(
                    number == null ? "" : number.stripTrailingZeros().toPlainString(), false);
        }
        if (type == CellType.EMPTY || type == CellType.ERROR) {
            return SheetCell.EMPTY;
        }
        String text = cell.getText();
        return new SheetCell(text == null ? "" : text, false);
    }

    /** RFC 4180 CSV in UTF-8 (a byte order mark is skipped), separated by commas or, if the header says so, semicolons. */
    static List<SheetRow> readCsv(byte[] content, ImportLimits limits) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<SheetRow> rows = new ArrayList<>();
        List<SheetCell> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator || c == '\n') {
                row.add(csvCell(field.toString(), wasQuoted));
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    rows.add(new SheetRow(line++, row));
                    row = new ArrayList<>();
                    if (rows.size() > limits.maxRows() + HEADER_SEARCH_ROWS) {
                        throw tooManyRows(limits);
                    }
                    if (i + 1 >= text.length()) {
                        break;
                    }
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw invalid("ends inside a quoted field");
        }
        return rows;
    }

    /** A CSV cell that starts with {@code =} is what spreadsheets run as a formula. */
    private static SheetCell csvCell(String text, boolean quoted) {
        return new SheetCell(text, text.stripLeading().startsWith("="));
    }

    // --- turning rows into questions ---

    private enum Column {
        QUESTION,
        KIND,
        TIME,
        RIGHTS,
        MIN,
        MAX,
        MIN_CORRECT,
        MAX_CORRECT,
        ANSWER
    }

    private record Header(
            int row, Map<Integer, Column> columns, Map<Integer, Integer> answerNumbers, Map<Integer, String> labels) {

        @Nullable
        Integer columnOf(Column column) {
            return columns.entrySet().stream()
                    .filter(entry -> entry.getValue() == column)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
        }
    }

    static Parsed parse(List<SheetRow> rows, ImportLimits limits) {
        int headerIndex = -1;
        Header header = null;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS) && header == null; i++) {
            header = header(rows.get(i));
            headerIndex = i;
        }
        if (header == null) {
            throw invalid("has no header row with a \"Question\" column and answer columns "
                    + "(download the template from /api/v1/quiz-imports/template.xlsx)");
        }
        List<SheetRow> body = rows.subList(headerIndex + 1, rows.size());
        if (body.size() > limits.maxRows()) {
            throw tooManyRows(limits);
        }
        List<FieldError> errors = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<List<Integer>> answerColumns = new ArrayList<>();
        for (SheetRow row : body) {
            if (row.isBlank()) {
                continue;
            }
            var reader = new RowReader(row, header, errors);
            List<Integer> numbers = new ArrayList<>();
            Question question = reader.question(numbers);
            if (question != null) {
                questions.add(question);
                rowNumbers.add(row.number());
                answerColumns.add(numbers);
            }
        }
        if (questions.isEmpty() && errors.isEmpty()) {
            throw invalid("has no questions below its header row");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new Parsed(questions, rowNumbers, answerColumns);
    }

    private static @Nullable Header header(SheetRow row) {
        Map<Integer, Column> columns = new HashMap<>();
        Map<Integer, Integer> answers = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String raw = row.cell(c).text().strip();
            String text = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Column column = null;
            Matcher answer = ANSWER.matcher(text);
            if (text.startsWith("question")) {
                column = Column.QUESTION;
            } else if (answer.matches()) {
                int number = Integer.parseInt(answer.group(1));
                if (number <= MAX_ANSWERS) {
                    column = Column.ANSWER;
                    answers.put(c, number);
                }
            } else if (text.equals("kind") || text.equals("type")) {
                column = Column.KIND;
            } else if (text.startsWith("time")) {
                column = Column.TIME;
            } else if (text.startsWith("right answer") || text.startsWith("correct answer")) {
                column = Column.RIGHTS;
            } else if (text.equals("min correct") || text.equals("lowest right answer")) {
                column = Column.MIN_CORRECT;
            } else if (text.equals("max correct") || text.equals("highest right answer")) {
                column = Column.MAX_CORRECT;
            } else if (text.equals("min") || text.equals("lowest allowed number")) {
                column = Column.MIN;
            } else if (text.equals("max") || text.equals("highest allowed number")) {
                column = Column.MAX;
            }
            if (column != null && !columns.containsValue(column) || column == Column.ANSWER) {
                columns.put(c, column);
                labels.put(c, shortLabel(raw));
            }
        }
        boolean usable = columns.containsValue(Column.QUESTION) && columns.containsValue(Column.ANSWER);
        return usable ? new Header(row.number(), columns, answers, labels) : null;
    }

    /** "Time limit (sec) – 5, 10, 20 ..." is called "Time limit" in errors; Kahoot's headers explain themselves. */
    private static String shortLabel(String header) {
        String label = header.split("\\s[-–(]|\\(", 2)[0].strip();
        return label.isEmpty() ? header : label;
    }

    /** Reads one row into a question, adding each problem under "row N, Label". */
    private static final class RowReader {

        private final SheetRow row;
        private final Header header;
        private final List<FieldError> errors;

        RowReader(SheetRow row, Header header, List<FieldError> errors) {
            this.row = row;
            this.header = header;
            this.errors = errors;
        }

        private String field(int column) {
            return "row " + row.number() + ", " + header.labels().getOrDefault(column, "column " + (column + 1));
        }

        private void reject(int column, String message) {
            errors.add(new FieldError(field(column), message));
        }

        /** The cell's text, or null if the column is missing or the cell empty; formulas are refused. */
        private @Nullable String text(@Nullable Integer column) {
            if (column == null) {
                return null;
            }
            SheetCell cell = row.cell(column);
            if (cell.formula()) {
                reject(column, "must be a value, not a formula");
                return null;
            }
            String text = cell.text().strip();
            return text.isEmpty() ? null : text;
        }

        private @Nullable Integer number(Column which, boolean required) {
            Integer column = header.columnOf(which);
            String text = text(column);
            if (text == null) {
                if (required) {
                    if (column == null) {
                        errors.add(new FieldError("row " + row.number(), "needs a \"" + label(which) + "\" column"));
                    } else {
                        reject(column, "must not be empty");
                    }
                }
                return null;
            }
            try {
                return new BigDecimal(text).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                reject(column, "must be a whole number");
                return null;
            }
        }

        @Nullable
        Question question(List<Integer> answerNumbers) {
            int before = errors.size();
            Integer questionColumn = header.columnOf(Column.QUESTION);
            String text = text(questionColumn);
            if (text == null && errors.size() == before) {
                reject(questionColumn, "must not be empty");
            }
            Integer kindColumn = header.columnOf(Column.KIND);
            String kindText = text(kindColumn);
            Integer timeValue = number(Column.TIME, false);
            int time = timeValue == null ? DEFAULT_TIME : timeValue;
            List<String> answers = new ArrayList<>();
            for (var entry : header.answerNumbers().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .toList()) {
                String answer = text(entry.getKey());
                if (answer != null) {
                    answers.add(answer);
                    answerNumbers.add(entry.getValue());
                }
            }
            List<Integer> rights = rights(answerNumbers);
            String kind = kindText == null ? (rights.size() > 1 ? "CHECK" : "ABCD") : kindText.toUpperCase(Locale.ROOT);
            Question question = null;
            switch (kind) {
                case "ABCD", "QUIZ" ->
                    question = new Question.Abcd(
                            text == null ? "" : text,
                            time,
                            null,
                            false,
                            choices(answers, answerNumbers, rights, kindColumn));
                case "CHECK" ->
                    question = new Question.Check(
                            text == null ? "" : text,
                            time,
                            null,
                            false,
                            choices(answers, answerNumbers, rights, kindColumn));
                case "VOTING", "POLL" ->
                    question = new Question.Voting(text == null ? "" : text, time, null, false, options(answers));
                case "ORDER" ->
                    question = new Question.Order(text == null ? "" : text, time, null, false, options(answers));
                case "TEXT" ->
                    question = new Question.Text(
                            text == null ? "" : text,
                            time,
                            null,
                            false,
                            answers.stream()
                                    .map(answer -> new Question.TextAnswer(answer, false))
                                    .toList());
                case "SLIDE" -> question = new Question.Slide(text == null ? "" : text, time, null, false);
                case "RANGE" -> {
                    Integer min = number(Column.MIN, true);
                    Integer max = number(Column.MAX, true);
                    Integer minCorrect = number(Column.MIN_CORRECT, true);
                    Integer maxCorrect = number(Column.MAX_CORRECT, true);
                    if (min != null && max != null && minCorrect != null && maxCorrect != null) {
                        question = new Question.Range(
                                text == null ? "" : text,
                                time,
                                null,
                                false,
                                new Question.RangeAnswer(min, max, minCorrect, maxCorrect));
                    }
                }
                default -> reject(kindColumn, "must be one of ABCD, CHECK, RANGE, VOTING, ORDER, TEXT, SLIDE");
            }
            return errors.size() == before ? question : null;
        }

        /** The numbers of the right answers (1-6), each naming an answer the row has. */
        private List<Integer> rights(List<Integer> present) {
            Integer column = header.columnOf(Column.RIGHTS);
            String text = text(column);
            if (text == null) {
                return List.of();
            }
            if (!RIGHT_NUMBERS.matcher(text).matches()) {
                reject(column, "must list answer numbers, such as 1 or 1,3");
                return List.of();
            }
            List<Integer> rights = new ArrayList<>();
            for (String part : text.strip().split("\\s*[,;/ ]\\s*")) {
                int number = new BigDecimal(part).intValue();
                if (!present.contains(number)) {
                    reject(column, "names answer " + number + ", which is empty");
                    return List.of();
                }
                rights.add(number);
            }
            return rights;
        }

        private List<Question.Choice> choices(
                List<String> answers, List<Integer> numbers, List<Integer> rights, @Nullable Integer kindColumn) {
            Integer rightsColumn = header.columnOf(Column.RIGHTS);
            if (rights.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("row " + row.number() + ","))) {
                if (rightsColumn == null) {
                    errors.add(new FieldError("row " + row.number(), "needs a \"Right answers\" column"));
                } else {
                    reject(rightsColumn, "must name at least one right answer");
                }
            }
            List<Question.Choice> choices = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                choices.add(new Question.Choice(answers.get(i), rights.contains(numbers.get(i)), null));
            }
            return choices;
        }

        private static List<Question.Option> options(List<String> answers) {
            return answers.stream()
                    .map(answer -> new Question.Option(answer, null, null))
                    .toList();
        }
    }

    private static String label(Column column) {
        return switch (column) {
            case MIN -> "Min";
            case MAX -> "Max";
            case MIN_CORRECT -> "Min correct";
            case MAX_CORRECT -> "Max correct";
            case TIME -> "Time";
            case RIGHTS -> "Right answers";
            case KIND -> "Kind";
            case QUESTION -> "Question";
            case ANSWER -> "Answer";
        };
    }

    /** Names a validator error by row and column: {@code questions[3].answers[1].answer} becomes "row 7, Answer 2". */
    static FieldError located(FieldError error, Parsed parsed) {
        Matcher matcher = Pattern.compile("questions\\[(\\d+)\\]\\.?(.*)").matcher(error.field());
        if (!matcher.matches()) {
            return error;
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= parsed.rows().size()) {
            return error;
        }
        String rest = matcher.group(2);
        String where = "row " + parsed.rows().get(index);
        Matcher answer = Pattern.compile("answers\\[(\\d+)\\].*").matcher(rest);
        String column;
        if (rest.isEmpty()) {
            column = null;
        } else if (rest.equals("question")) {
            column = "Question";
        } else if (rest.equals("time")) {
            column = "Time";
        } else if (answer.matches()
                && Integer.parseInt(answer.group(1))
                        < parsed.answerColumns().get(index).size()) {
            column = "Answer " + parsed.answerColumns().get(index).get(Integer.parseInt(answer.group(1)));
        } else if (rest.startsWith("answers.")) {
            column = label(
                    switch (rest.substring("answers.".length())) {
                        case "min" -> Column.MIN;
                        case "max" -> Column.MAX;
                        case "minCorrect" -> Column.MIN_CORRECT;
                        default -> Column.MAX_CORRECT;
                    });
        } else {
            column = "Answers";
        }
        return new FieldError(column == null ? where : where + ", " + column, error.message());
    }

    // --- the template ---

    static final String[] TEMPLATE_HEADER = {
        "Question",
        "Kind",
        "Time",
        "Answer 1",
        "Answer 2",
        "Answer 3",
        "Answer 4",
        "Answer 5",
        "Answer 6",
        "Right answers",
        "Min",
        "Max",
        "Min correct",
        "Max correct"
    };

    /** An xlsx with the header row and one example row of each kind that takes answers. */
    static void template(OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Quizhall", "1.0");
        Worksheet sheet = workbook.newWorksheet("Questions");
        for (int c = 0; c < TEMPLATE_HEADER.length; c++) {
            sheet.value(0, c, TEMPLATE_HEADER[c]);
        }
        sheet.range(0, 0, 0, TEMPLATE_HEADER.length - 1).style().bold().set();
        Object[][] examples = {
            {"Largest planet?", "ABCD", 20, "Jupiter", "Mars", "Venus", "Earth", null, null, "1"},
            {"Prime numbers?", "CHECK", 30, "2", "4", "7", "9", null, null, "1,3"},
            {"Year the Berlin Wall fell?", "RANGE", 20, null, null, null, null, null, null, null, 1900, 2000, 1989, 1989
            },
            {"Smallest first", "ORDER", 30, "Atom", "Cell", "Planet"},
            {"Chemical symbol of gold?", "TEXT", 20, "Au"},
            {"Next topic?", "VOTING", 20, "Space", "Oceans"}
        };
        for (int r = 0; r < examples.length; r++) {
            for (int c = 0; c < examples[r].length; c++) {
                Object value = examples[r][c];
                if (value instanceof String text) {
                    sheet.value(r + 1, c, text);
                } else if (value instanceof Integer number) {
                    sheet.value(r + 1, c, number);
                }
            }
        }
        sheet.width(0, 34);
        sheet.finish();
        workbook.finish();
    }

    private static InvalidFieldsException invalid(String message) {
        return InvalidFieldsException.of("file", message);
    }

    private static io.quizhall.shared.ApiException tooManyRows(ImportLimits limits) {
        return SafeZip.tooLarge(
                "The spreadsheet has more than " + limits.maxRows() + " rows.", Map.of("maxRows", limits.maxRows()));
    }
}
