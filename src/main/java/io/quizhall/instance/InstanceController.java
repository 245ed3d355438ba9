package io.quizhall.instance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/instance")
@Tag(name = "instance", description = "This installation")
class InstanceController {

    private final InstanceService instance;

    InstanceController(InstanceService instance) {
        this.instance = instance;
    }

    @GetMapping
    @Operation(summary = "Identity, version and enabled features of this installation")
    InstanceInfo info() {
        return instance.info();
    }
}
