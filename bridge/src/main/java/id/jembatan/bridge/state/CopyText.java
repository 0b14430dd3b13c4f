package id.jembatan.bridge.state;

/**
 * Rows in PostgreSQL's {@code COPY} text format: fields separated by tabs, rows ended by a newline, {@code \N} for
 * NULL, and backslash, tab, newline and carriage return escaped with a backslash, so any text is stored as it is.
 * Values go in as their {@code toString()}: ISO dates and times, plain decimals, which PostgreSQL reads whatever its
 * {@code DateStyle}.
 */
final class CopyText {

    private final StringBuilder text;
    private boolean rowStarted;

    CopyText(int expectedRows) {
        this.text = new StringBuilder(expectedRows * 400);
    }

    CopyText field(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
