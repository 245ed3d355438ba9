package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HuntPayloads.RulesRequest;
import io.quizhall.hunt.HuntPayloads.RulesTestRequest;
import io.quizhall.hunt.HuntPayloads.RulesTestResult;
import io.quizhall.hunt.HuntPayloads.RulesView;
import io.quizhall.hunt.HuntRulesService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A hunt's unlock rules and the organisers' tester (docs/hunt-rules.md). */
@RestController
@RequestMapping("/api/v1/hunts/{id}/manage/rules")
@Tag(name = "Hunt rules", description = "The unlock rules of a puzzle hunt and their tester")
class HuntRulesController {

    private final HuntRulesService rules;

    HuntRulesController(HuntRulesService rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The hunt's unlock rules (organisers)")
    RulesView read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return rules.read(id, user);
    }

    @PutMapping
    @Operation(
            summary = "Replace the hunt's unlock rules (organisers)",
            description = "Empty rules unlock every puzzle at the team's start. Every team is evaluated again.")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: `errors` lists each fault with `line`, `column` and `message` "
                    + "(syntax, unknown puzzle ids, cycles)")
    RulesView save(
            @PathVariable UUID id, @RequestBody RulesRequest request, @AuthenticationPrincipal CurrentUser user) {
        return rules.save(id, request.source(), user);
    }

    @PostMapping("/test")
    @Operation(
            summary = "What a team would have at a simulated time with simulated solves (organisers)",
            description = "Nothing is saved. `source` defaults to the saved rules, `start` to the hunt's start, "
                    + "`at` to now")
    @ApiResponse(responseCode = "400", description = "validation-failed: faults in `source`, as for saving")
    RulesTestResult test(
            @PathVariable UUID id, @RequestBody RulesTestRequest request, @AuthenticationPrincipal CurrentUser user) {
        return rules.test(id, request, user);
    }
}
