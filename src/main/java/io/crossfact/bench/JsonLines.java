package io.crossfact.bench;

/** Minimal, allocation-free JSON string escaping for the corpus writer (RFC 8259, plus U+2028/U+2029). */
final class JsonLines {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonLines() {
    }

    /** Appends {@code s} as a quoted JSON string. Non-ASCII characters are kept as they are (the file is UTF-8). */
    static void appendString(StringBuilder out, String s) {
        out.append('"');
        int len = s.length();
        int run = 0;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            String esc;
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, run, k);
            run = k + 1;
            switch (c) {
                case '"' -> esc = "\\\"";
                case '\\' -> esc = "\\\\";
                case '\n' -> esc = "\\n";
                case '\r' -> esc = "\\r";
                case '\t' -> esc = "\\t";
                case '\b' -> esc = "\\b";
                case '\f' -> esc = "\\f";
                default -> esc = null;
            }
            if (esc != null) {
                out.append(esc);
            } else {
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, run, len);
        out.append('"');
    }

    /** Appends one JSON-lines record (with the trailing newline) for an article. */
    static void appendRecord(StringBuilder out, CorpusGenerator.Article a) {
        out.append("{\"id\":");
        appendString(out, a.id());
        out.append(",\"url\":");
        appendString(out, a.url());
        out.append(",\"source\":");
        appendString(out, a.source());
        out.append(",\"published\":");
        appendString(out, a.published());
        out.append(",\"title\":");
        appendString(out, a.title());
        out.append(",\"text\":");
        appendString(out, a.text());
        out.append("}\n");
    }
}
