package id.jembatan.moodle;

/** Moodle's text formats ({@code FORMAT_*}), for descriptions and messages. */
public enum TextFormat {
    MOODLE(0),
    HTML(1),
    PLAIN(2),
    MARKDOWN(4);

    private final int code;

    TextFormat(int code) {
        this.code = code;
    }

    /** Moodle's number for the format. */
    public int code() {
        return code;
    }
}
