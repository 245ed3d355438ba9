package io.quizhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Chromium for a browser test class (with a per-class test instance): launched once, each test skipped visibly
 * where Chromium is missing, and every test failing on an uncaught page error or CSP refusal.
 */
abstract class BrowserTestSupport {

    @LocalServerPort
    int port;

    Browsers browsers;

    @BeforeAll
    void launch() {
        browsers = Browsers.launchIfInstalled("http://localhost:" + port);
    }

    @BeforeEach
    void needsChromium() {
        Browsers.assumeRunning(browsers);
    }

    @AfterAll
    void quit() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @AfterEach
    void pagesReportedNoErrors() {
        if (browsers == null) {
            return;
        }
        assertThat(browsers.pageErrors)
                .as("uncaught errors and CSP refusals in the pages")
                .isEmpty();
    }
}
