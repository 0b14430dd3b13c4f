package id.jembatan.hr.simpeg;

/**
 * Finds the parts of SQL text that are not code: string literals, quoted identifiers, dollar-quoted
 * bodies and comments, so that parameter markers and statement separators inside them are left alone.
 */
final class SqlText {

    private SqlText() {
    }

    /** Whether a comment ({@code --} or {@code /*}) starts at {@code i}. */
    static boolean commentStartsAt(String sql, int i) {
        return sql.startsWith("--", i) || sql.startsWith("/*", i);
    }

    /** Index just past the comment that starts at {@code i}; a line comment ends before its newline. */
    static int commentEnd(String sql, int i, String source) {
        if (sql.startsWith("--", i)) {
            int newline = sql.indexOf('\n', i);
            return newline < 0 ? sql.length() : newline;
        }
        int close = sql.indexOf("*/", i + 2);
        if (close < 0) {
            throw unterminated(source, "/* comment", sql, i);
        }
        return close + 2;
    }

    /**
     * Index just past the literal or quoted identifier that starts at {@code i}, or {@code i} itself when
     * none starts there. Knows {@code '...'} with {@code ''} escapes, PostgreSQL's {@code E'...'} with
     * backslash escapes, {@code "..."}, MySQL's {@code `...`} and PostgreSQL's {@code $tag$...$tag$}.
     */
    static int literalEnd(String sql, int i, String source) {
        char c = sql.charAt(i);
        if (c == '\'') {
            return quotedEnd(sql, i, '\'', backslashEscapes(sql, i), source);
        }
        if (c == '"' || c == '`') {
            return quotedEnd(sql, i, c, false, source);
        }
        if (c == '$') {
            int tagEnd = dollarTagEnd(sql, i);
            if (tagEnd > i) {
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                if (close < 0) {
                    throw unterminated(source, tag + " quoted text", sql, i);
                }
                return close + tag.length();
            }
        }
        return i;
    }

    private static boolean backslashEscapes(String sql, int quote) {
        return quote > 0 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote == 1 || !Character.isJavaIdentifierPart(sql.charAt(quote - 2)));
    }

    private static int quotedEnd(String sql, int open, char quote, boolean backslash, String source) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw unterminated(source, "quoted text " + quote + "...", sql, open);
    }

    private static int dollarTagEnd(String sql, int i) {
        if (i > 0 && Character.isJavaIdentifierPart(sql.charAt(i - 1))) {
            return i;
        }
        int j = i + 1;
        if (j < sql.length() && sql.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= sql.length() || !identifierStart(sql.charAt(j))) {
            return i;
        }
        while (j < sql.length() && identifierPart(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : i;
    }

    static boolean identifierStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean identifierPart(char c) {
        return identifierStart(c) || (c >= '0' && c <= '9');
    }

    private static SimpegConfigurationException unterminated(String source, String what, String sql, int at) {
        return new SimpegConfigurationException("SQL " + source + ": " + what + " opened on line "
                + line(sql, at) + " is never closed / tidak pernah ditutup");
    }

    static int line(String sql, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
