package io.quizhall.ladder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the starter bank shipped in {@code ladder/starter-bank.txt} at start. Idempotent: each question has a
 * stable id from its text and goes in with "insert unless it exists", so restarts and several nodes starting at
 * once add each question once, and new lines of a later version are added to an existing bank.
 */
@Component
class StarterBank implements ApplicationRunner {

    static final String RESOURCE = "ladder/starter-bank.txt";
    private static final Logger log = LoggerFactory.getLogger(StarterBank.class);

    private final QuestionBank bank;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LadderProperties properties;
    private final Clock clock;

    StarterBank(
            QuestionBank bank,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            LadderProperties properties,
            Clock clock) {
        this.bank = bank;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.starterBank()) {
            load();
        }
    }

    /** Adds the starter questions the bank lacks; returns how many it added. */
    int load() {
        List<NewQuestion> questions = read();
        long present = jdbc.sql("SELECT count(*) FROM ladder_questions WHERE source = 'STARTER'")
                .query(Long.class)
                .single();
        if (present >= questions.size()) {
            return 0;
        }
        var origin = new QuestionBank.Origin("STARTER", "APPROVED", null, "Quizhall");
        Integer added = transactions.execute(status -> {
            int count = 0;
            for (NewQuestion question : questions) {
                UUID id = UUID.nameUUIDFromBytes(("starter:" + question.textKey()).getBytes(StandardCharsets.UTF_8));
                if (bank.add(question, origin, clock.instant(), id).isPresent()) {
                    count++;
                }
            }
            return count;
        });
        log.info("Starter bank: added {} of {} ladder questions", added, questions.size());
        return added == null ? 0 : added;
    }

    static List<NewQuestion> read() {
        var resource = new ClassPathResource(RESOURCE);
        List<NewQuestion> questions = new ArrayList<>();
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                questions.add(parse(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return questions;
    }

    private static NewQuestion parse(String line, int number) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != 4 && fields.length != 7) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": expected 4 or 7 fields");
        }
        Difficulty difficulty = switch (fields[0]) {
            case "E" -> Difficulty.EASY;
            case "M" -> Difficulty.MEDIUM;
            case "H" -> Difficulty.HARD;
            default -> throw new IllegalStateException(RESOURCE + " line " + number + ": difficulty");
        };
        Set<String> categories = Set.of(fields[1]);
        if (fields.length == 4) {
            if (!fields[3].equals("TRUE") && !fields[3].equals("FALSE")) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": TRUE or FALSE");
            }
            return NewQuestion.trueFalse(difficulty, fields[2], fields[3].equals("TRUE"), categories);
        }
        return NewQuestion.multiple(
                difficulty, fields[2], fields[3], Arrays.asList(fields).subList(4, 7), categories);
    }
}
