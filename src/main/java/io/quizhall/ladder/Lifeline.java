package io.quizhall.ladder;

/** The help a player may ask for once per run; each is decided on the server. */
public enum Lifeline {
    FIFTY_FIFTY("fifty-fifty"),
    AUDIENCE("audience"),
    SWITCH("switch"),
    PHONE("phone");

    private final String slug;

    Lifeline(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static Lifeline ofSlug(String slug) {
        for (Lifeline lifeline : values()) {
            if (lifeline.slug.equals(slug)) {
                return lifeline;
            }
        }
        throw new io.quizhall.shared.NotFoundException("No lifeline named " + slug);
    }
}
