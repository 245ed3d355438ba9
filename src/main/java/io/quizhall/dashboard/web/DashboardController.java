package io.quizhall.dashboard.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.dashboard.Dashboard;
import io.quizhall.dashboard.DashboardService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "The signed-in user's agenda, statistics and trophies")
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(
            summary = "My dashboard",
            description = "Upcoming registered sessions, recently hosted games, statistics, favourite subjects, the "
                    + "last 12 months' activity and trophies; figures may be up to quizhall.dashboard.cache-for old")
    Dashboard mine(@AuthenticationPrincipal CurrentUser user) {
        return dashboards.of(user);
    }
}
