package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event's main journey in Chromium: the organiser writes and publishes it, a player finds it and registers on a
 * phone, the organiser starts the session's game, the player's event page offers "Join now" and the player plays.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventBrowserTests extends BrowserTestSupport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlayerRegistersTheOrganiserStartsTheGameAndThePlayerJoinsFromTheEvent() {
        var organiser = accounts.register(Accounts.uniqueName("organiser"));
        var player = accounts.register(Accounts.uniqueName("player"));
        String quizTitle = "Capitals " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                organiser.id(),
                quizTitle,
                """
                [{"type": "ABCD", "question": "Capital of France?", "time": 60, "hideResults": false,
                  "answers": [{"answer": "Paris", "right": true}, {"answer": "Lyon", "right": false}]}]""");
        String title = "Quiz night " + UUID.randomUUID().toString().substring(0, 8);

        Page desk = browsers.desktop();
        Browsers.logIn(desk, organiser);
        desk.locator("#events-link").click();
        desk.locator("#new-event").click();
        desk.getByLabel("Title").fill(title);
        desk.getByLabel("Description").fill("Teams of one, phones ready.");
        desk.getByLabel("Quiz").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(quizTitle));
        desk.getByLabel("Places").fill("20");
        // The browser runs in UTC here: a session from in 10 minutes for an hour.
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        desk.getByLabel("Session 1 starts").fill(LOCAL.format(start));
        desk.getByLabel("Session 1 ends").fill(LOCAL.format(start.plusHours(1)));
        assertThat(Browsers.seriousViolations(desk)).as("event form").isEmpty();
        desk.locator("#save-event").click();
        assertThat(desk.locator("#event")).hasAttribute("data-status", "DRAFT");
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Publish").setExact(true))
                .click();
        assertThat(desk.locator("#event")).hasAttribute("data-status", "OPEN");
        String eventUrl = desk.url();

        Page phone = browsers.phone();
        Browsers.logIn(phone, player);
        phone.navigate("/events");
        phone.getByLabel("Search events").fill(title.substring(11));
        assertThat(phone.locator("#event-days .quiz-card")).hasCount(1);
        assertThat(Browsers.seriousViolations(phone))
                .as("event list on a phone")
                .isEmpty();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(phone.getByLabel("Remind me by e-mail before each session")).isChecked();
        phone.locator("#register").click();
        assertThat(phone.locator("#registered-note")).isVisible();
        assertThat(phone.locator("#remind-note")).hasText("You get an e-mail before each session.");
        assertThat(phone.locator("#event")).containsText("19 of 20 places left");
        assertThat(Browsers.seriousViolations(phone))
                .as("event page on a phone")
                .isEmpty();

        desk.navigate(eventUrl);
        assertThat(desk.locator("#registrations li")).hasCount(1);
        assertThat(desk.locator("#registrations")).containsText(player.username());
        desk.locator("[data-action=launch]").click();
        desk.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));

        // The phone's event page looks again every 10 s while a session is near.
        assertThat(phone.locator("#join-now")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(25_000));
        phone.locator("#join-now").click();
        phone.getByLabel("Nickname").fill("Pat");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        assertThat(phone.locator("#you-are-in")).isVisible();
        assertThat(desk.locator("#players li")).hasCount(1);
        desk.locator("#start").click();
        phone.locator("#question .choice").first().click();
        assertThat(phone.locator("#result .points")).isVisible();
        // The last question: the podium, and the game's report links back to the event.
        desk.locator("#end").click();
        assertThat(desk.locator("#podium")).isVisible();
        String gameId = desk.url().substring(desk.url().lastIndexOf('/') + 1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM game_results WHERE id = ?::uuid", Integer.class, gameId)
                        == 1);
        desk.navigate("/results?game=" + gameId);
        assertThat(desk.locator("#event-of-game")).containsText("Played at the event " + title);
        desk.locator("#event-of-game a").click();
        assertThat(desk.locator("#event h1")).hasText(title);
        phone.context().close();
        desk.context().close();
    }

    @Test
    void anAdministratorReadsTheEventsActionsInTheAuditTrail() {
        var organiser = accounts.newUser();
        var start = java.time.Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = organiser
                .post("/api/v1/events", """
                        {"title": "Logged", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");

        Page page = browsers.desktop();
        Browsers.logIn(page, accounts.newAdmin().user());
        page.locator("#audit-link").click();
        page.getByLabel("Object id").fill(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        assertThat(page.locator("#audit-rows tr")).hasCount(2);
        assertThat(page.locator("#audit-rows tr").first()).containsText("event.publish");
        assertThat(page.locator("#audit-rows tr").first())
                .containsText(organiser.user().username());
        assertThat(Browsers.seriousViolations(page)).as("audit trail").isEmpty();
        page.context().close();

        Page someone = browsers.desktop();
        Browsers.logIn(someone, organiser.user());
        assertThat(someone.locator("#audit-link")).hasCount(0);
        someone.navigate("/audit");
        assertThat(someone.locator("h1")).hasText("Only administrators may read the audit trail.");
        someone.context().close();
    }

    @Test
    void theDashboardShowsTheRegisteredSessionTheFiguresAndTheActivityChart() {
        var organiser = accounts.newUser();
        var fan = accounts.newUser();
        var start = java.time.Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String title = "Dashboard " + UUID.randomUUID().toString().substring(0, 6);
        String id = organiser
                .post("/api/v1/events", """
                        {"title": "%s", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(title, start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        fan.post("/api/v1/events/" + id + "/registration", "{}");

        Page phone = browsers.phone();
        Browsers.logIn(phone, fan.user());
        phone.locator("#dashboard-link").click();
        assertThat(phone.locator("#upcoming li")).hasCount(1);
        assertThat(phone.locator("#upcoming")).containsText(title);
        assertThat(phone.locator("#registrations .stat-value")).hasText("1");
        assertThat(phone.locator("#games-hosted .stat-value")).hasText("0");
        assertThat(phone.locator("#activity-chart rect")).hasCount(12);
        assertThat(phone.locator("#activity-chart rect").last()).hasAttribute("data-value", "1");
        assertThat(Browsers.seriousViolations(phone)).as("dashboard on a phone").isEmpty();

        // The calendar subscription address for calendar apps, from the events page.
        phone.navigate("/events");
        phone.locator("#calendar-feed").click();
        assertThat(phone.getByLabel("Subscription address (private: a new one replaces it)"))
                .hasValue(Pattern.compile(".*/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics$"));
        phone.context().close();
    }

    @Test
    void aRegistrationEarnsATrophyThatTheTrophiesPageShowsAndAnAdministratorAwardsAnother() {
        var organiser = accounts.newUser();
        var fan = accounts.newUser();
        var start = java.time.Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = organiser
                .post("/api/v1/events", """
                        {"title": "Trophy hunt", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        fan.post("/api/v1/events/" + id + "/registration", "{}");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> fan.get("/api/v1/trophies/mine").body().contains("Regular"));

        Page admin = browsers.desktop();
        Browsers.logIn(admin, accounts.newAdmin().user());
        admin.locator("#trophies-link").click();
        String name = "Star " + UUID.randomUUID().toString().substring(0, 6);
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        admin.getByLabel("Counting (can be won again)").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Define trophy"))
                .click();
        assertThat(admin.locator("#trophies")).containsText(name);
        admin.locator("#award-trophy").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        admin.getByLabel("Username").fill(fan.user().username());
        admin.locator("#award").click();
        assertThat(admin.locator("#status")).hasText(fan.user().username() + " now holds it (1).");
        assertThat(Browsers.seriousViolations(admin))
                .as("trophies page for administrators")
                .isEmpty();
        admin.context().close();

        Page phone = browsers.phone();
        Browsers.logIn(phone, fan.user());
        phone.locator("#trophies-link").click();
        assertThat(phone.locator("#my-trophies")).containsText("Regular");
        assertThat(phone.locator("#my-trophies")).containsText(name);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Top holders of " + name))
                .click();
        assertThat(phone.locator("#leaderboard-list li").first())
                .containsText(fan.user().username());
        assertThat(Browsers.seriousViolations(phone))
                .as("trophies page on a phone")
                .isEmpty();
        phone.context().close();
    }

    @Test
    void anAdministratorAddsASpecialEventAnOrganiserPutsAPictureEventInItAndAPlayerFiltersAndReportsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String specialName = "Science week " + suffix;
        String tagName = "Physics " + suffix;

        Page admin = browsers.desktop();
        Browsers.logIn(admin, accounts.newAdmin().user());
        admin.navigate("/events");
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(specialName);
        admin.getByLabel("Emoji").fill("🔬");
        admin.locator("#add-special").click();
        assertThat(admin.locator("#special-admin-list")).containsText(specialName);
        admin.getByLabel("New subject tag").fill(tagName);
        admin.locator("#add-tag").click();
        assertThat(admin.locator("#tag-admin-list")).containsText(tagName);
        assertThat(Browsers.seriousViolations(admin))
                .as("events page for administrators")
                .isEmpty();
        admin.context().close();

        var organiser = accounts.register(Accounts.uniqueName("organiser"));
        String title = "Lab night " + suffix;
        Page desk = browsers.desktop();
        Browsers.logIn(desk, organiser);
        desk.navigate("/events");
        desk.locator("#new-event").click();
        desk.getByLabel("Title").fill(title);
        desk.getByLabel("Places").fill("12");
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        desk.getByLabel("Session 1 starts").fill(LOCAL.format(start));
        desk.getByLabel("Session 1 ends").fill(LOCAL.format(start.plusHours(2)));
        desk.getByLabel("Special event")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("🔬 " + specialName));
        desk.getByLabel(tagName).check();
        desk.getByLabel("Picture")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "lab.png", "image/png", Browsers.png(80, 40, java.awt.Color.GREEN)));
        assertThat(desk.locator("#event-picture-preview img")).hasCount(1);
        assertThat(Browsers.seriousViolations(desk))
                .as("event form with picture")
                .isEmpty();
        desk.locator("#save-event").click();
        assertThat(desk.locator("#event")).hasAttribute("data-status", "DRAFT");
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Publish").setExact(true))
                .click();
        assertThat(desk.locator("#event")).hasAttribute("data-status", "OPEN");
        assertThat(desk.locator("#event .special-badge")).containsText(specialName);
        desk.context().close();

        var player = accounts.newUser();
        Page phone = browsers.phone();
        Browsers.logIn(phone, player.user());
        phone.navigate("/events");
        phone.getByLabel("Special event")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("🔬 " + specialName));
        assertThat(phone.locator("#event-days .quiz-card")).hasCount(1);
        assertThat(phone.locator("#event-days .quiz-card img.framed")).hasCount(1);
        assertThat(phone.locator("#event-days .quiz-card")).containsText(tagName);
        phone.locator("#view-month").click();
        if (start.getMonth() == LocalDateTime.now(ZoneOffset.UTC).getMonth()) {
            assertThat(phone.locator("#month a")).hasCount(1);
        } else {
            phone.locator("#month-next").click();
            assertThat(phone.locator("#month a")).hasCount(1);
        }
        assertThat(Browsers.seriousViolations(phone)).as("month on a phone").isEmpty();
        phone.locator("#month a").click();
        assertThat(phone.locator("#event h1")).hasText(title);
        phone.locator("#event .special-badge").click();
        assertThat(phone.locator("#special-event h1")).hasText(specialName);
        assertThat(phone.locator("#special-events-list")).containsText(title);
        assertThat(Browsers.seriousViolations(phone)).as("special event page").isEmpty();

        phone.locator("#special-events-list a.title").click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report this event"))
                .click();
        phone.getByLabel("Reason").selectOption("SPAM");
        phone.getByLabel("Comment (optional)").fill("Advertising");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the moderators"))
                .click();
        assertThat(phone.locator("[id^=reported-]")).hasText("Thank you. The moderators will look at your report.");
        phone.context().close();

        Page moderator = browsers.desktop();
        Browsers.logIn(moderator, accounts.newModerator().user());
        moderator.navigate("/moderation");
        assertThat(moderator.locator("#reports tr", new Page.LocatorOptions().setHasText(title)))
                .containsText("Advertising");
        assertThat(Browsers.seriousViolations(moderator))
                .as("moderation with an alert")
                .isEmpty();
        moderator.context().close();
    }

    @Test
    void anAdministratorGivesATrophyAnIconThatTheTrophiesPageShows() {
        Page admin = browsers.desktop();
        Browsers.logIn(admin, accounts.newAdmin().user());
        admin.navigate("/trophies");
        admin.locator("#icon-trophy")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Organiser"));
        admin.getByLabel("Icon (a picture; none removes it)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "medal.png", "image/png", Browsers.png(32, 32, java.awt.Color.YELLOW)));
        admin.locator("#set-icon").click();
        var organiser = admin.locator("#trophies li", new Page.LocatorOptions().setHasText("Organiser"));
        assertThat(organiser.locator("img.framed")).hasCount(1);
        assertThat(Browsers.seriousViolations(admin))
                .as("trophies with an icon")
                .isEmpty();
        admin.context().close();

        // Everyone sees it, signed in or not.
        Page visitor = browsers.phone();
        visitor.navigate("/trophies");
        var shown = visitor.locator("#trophies li", new Page.LocatorOptions().setHasText("Organiser"))
                .locator("img.framed");
        assertThat(shown).hasCount(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> Browsers.loaded(shown));
        visitor.context().close();
    }
}
