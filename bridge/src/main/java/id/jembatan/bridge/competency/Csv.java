package id.jembatan.bridge.competency;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code
 * page and garbles names), a header row, CRLF line ends, quotes where needed. Text that a spreadsheet would run as
 * a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe.
 */
final class Csv {

    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv(List<String> header) {
        row(header.toArray());
    }

    /** Appends a row; numbers as written, text quoted when it holds a comma, a quote or a line break. */
    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
