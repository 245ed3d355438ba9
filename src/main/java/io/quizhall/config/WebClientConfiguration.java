package io.quizhall.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the browser client: plain HTML, CSS and ES modules from {@code static/}, with readable paths for its
 * pages. The client talks to the server only through the public REST and STOMP APIs.
 */
@Configuration(proxyBeanMethods = false)
class WebClientConfiguration implements WebMvcConfigurer {

    /** The client's pages; {@link SecurityConfiguration} lets everyone load them and their assets. */
    static final String[] PUBLIC_PATHS = {
        "/",
        "/index.html",
        "/play",
        "/play.html",
        "/host/*",
        "/host.html",
        "/edit",
        "/edit.html",
        "/results",
        "/results.html",
        "/activities",
        "/activities.html",
        "/events",
        "/events.html",
        "/hunts",
        "/hunts.html",
        "/audit",
        "/audit.html",
        "/trophies",
        "/trophies.html",
        "/dashboard",
        "/dashboard.html",
        "/edit-activity",
        "/edit-activity.html",
        "/controllers",
        "/controllers.html",
        "/learn/*",
        "/learn.html",
        "/ladder",
        "/ladder.html",
        "/account",
        "/account.html",
        "/explore",
        "/explore.html",
        "/q/*",
        "/quiz.html",
        "/u/*",
        "/profile.html",
        "/moderation",
        "/moderation.html",
        "/admin",
        "/admin.html",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/favicon.svg"
    };

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
        registry.addViewController("/play").setViewName("forward:/play.html");
        registry.addViewController("/account").setViewName("forward:/account.html");
        registry.addViewController("/host/{gameId}").setViewName("forward:/host.html");
        registry.addViewController("/edit").setViewName("forward:/edit.html");
        registry.addViewController("/results").setViewName("forward:/results.html");
        registry.addViewController("/activities").setViewName("forward:/activities.html");
        registry.addViewController("/events").setViewName("forward:/events.html");
        registry.addViewController("/hunts").setViewName("forward:/hunts.html");
        registry.addViewController("/audit").setViewName("forward:/audit.html");
        registry.addViewController("/trophies").setViewName("forward:/trophies.html");
        registry.addViewController("/dashboard").setViewName("forward:/dashboard.html");
        registry.addViewController("/edit-activity").setViewName("forward:/edit-activity.html");
        registry.addViewController("/controllers").setViewName("forward:/controllers.html");
        registry.addViewController("/learn/{token}").setViewName("forward:/learn.html");
        registry.addViewController("/explore").setViewName("forward:/explore.html");
        registry.addViewController("/q/{quizId}").setViewName("forward:/quiz.html");
        registry.addViewController("/u/{username}").setViewName("forward:/profile.html");
        registry.addViewController("/moderation").setViewName("forward:/moderation.html");
        registry.addViewController("/admin").setViewName("forward:/admin.html");
        registry.addViewController("/ladder").setViewName("forward:/ladder.html");
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg");
    }
}
