package io.crossfact.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int N = 2000;
    private static CorpusGenerator.Stats stats;
    private static Path corpus;

    @TempDir
    static Path shared;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = shared.resolve("corpus");
        stats = new CorpusGenerator(7L).write(corpus, N, 700);
        System.out.println("n=" + N + ": " + stats);
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentBytes(@TempDir Path tmp) throws Exception {
        String a = digest(new CorpusGenerator(11L), tmp.resolve("a"));
        String b = digest(new CorpusGenerator(11L), tmp.resolve("b"));
        String c = digest(new CorpusGenerator(12L), tmp.resolve("c"));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void articleDependsOnlyOnSeedAndIndex() {
        CorpusGenerator forward = new CorpusGenerator(3L);
        CorpusGenerator backward = new CorpusGenerator(3L);
        CorpusGenerator.Article[] f = new CorpusGenerator.Article[300];
        for (int i = 0; i < f.length; i++) {
            f[i] = forward.article(i);
        }
        for (int i = f.length - 1; i >= 0; i--) {
            assertEquals(f[i], backward.article(i));
        }
        assertEquals(f[257], new CorpusGenerator(3L).article(257));
    }

    @Test
    void filesAndFields() throws IOException {
        List<Path> files;
        try (var s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        assertEquals(List.of("corpus-00000.jsonl", "corpus-00001.jsonl", "corpus-00002.jsonl"),
            files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(3, stats.files);
        ObjectMapper json = new ObjectMapper();
        int i = 0;
        Set<String> sources = new HashSet<>();
        Set<String> urls = new HashSet<>();
        LocalDate min = LocalDate.of(2023, 1, 1);
        LocalDate max = LocalDate.of(2023, 1, 1).plusDays(730 + 400 + 4);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                JsonNode r = json.readTree(line);
                assertEquals(6, r.size(), line);
                assertEquals(String.format(Locale.ROOT, "bench-%06d", i), r.get("id").asText());
                for (String field : List.of("url", "source", "published", "title", "text")) {
                    assertTrue(r.hasNonNull(field) && !r.get(field).asText().isBlank(), field + " in " + i);
                }
                assertTrue(r.get("url").asText().startsWith("https://www."));
                assertTrue(urls.add(r.get("url").asText()), "unique url");
                LocalDate d = OffsetDateTime.parse(r.get("published").asText()).toLocalDate();
                assertFalse(d.isBefore(min) || d.isAfter(max), d.toString());
                sources.add(r.get("source").asText());
                assertEquals(new CorpusGenerator(7L).article(i).text(), r.get("text").asText());
                i++;
            }
        }
        assertEquals(N, i);
        assertEquals(bytes, stats.bytes);
        assertTrue(sources.size() > 150, "outlets: " + sources.size());
    }

    @Test
    void originalsAreThreeHundredToFifteenHundredWordsInParagraphs() {
        CorpusGenerator g = new CorpusGenerator(7L);
        int originals = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < N; i++) {
            CorpusGenerator.Built b = g.build(i);
            String text = b.article.text();
            assertEquals(text.split("\\s+").length, b.words, "word count of " + i);
            assertFalse(text.contains("\n\n\n") || text.startsWith("\n") || text.endsWith("\n"));
            assertTrue(text.contains("\n\n"), "paragraphs");
            // Near-copies may gain a sentence (up to about 1,550 words) but never fall under 300.
            assertTrue(b.words >= 300 && b.words <= 1560, i + ": " + b.words + " words");
            if (b.kind == CorpusGenerator.ORIGINAL) {
                originals++;
                assertTrue(b.words <= 1500, i + ": " + b.words + " words");
                min = Math.min(min, b.words);
                max = Math.max(max, b.words);
            }
        }
        assertTrue(min < 400 && max > 1200, "spread " + min + ".." + max);
        assertTrue(originals > N / 2);
    }

    @Test
    void copyShareAndGiantCluster() {
        double share = (double) stats.copies / stats.articles;
        assertTrue(share >= 0.25 && share <= 0.35, "copy share " + share);
        assertTrue(stats.nearCopies > 0 && stats.nearCopies < stats.copies / 2, "near " + stats.nearCopies);
        assertTrue(stats.largestCluster >= N / 100, "largest cluster " + stats.largestCluster);
        assertTrue(stats.clusters > 100, "clusters " + stats.clusters);
    }

    @Test
    void copiesKeepTheOriginalsContent() {
        CorpusGenerator g = new CorpusGenerator(7L);
        int verbatim = 0;
        int near = 0;
        for (int i = 0; i < N; i++) {
            CorpusGenerator.Built b = g.build(i);
            if (b.kind == CorpusGenerator.ORIGINAL) {
                assertEquals(i, b.root);
                continue;
            }
            assertTrue(b.root < i);
            CorpusGenerator.Article copy = b.article;
            CorpusGenerator.Article original = g.article(b.root);
            assertNotEquals(original.id(), copy.id());
            assertNotEquals(original.source(), copy.source());
            assertTrue(copy.published().compareTo(original.published()) >= 0);
            assertEquals(original.title(), copy.title());
            if (b.kind == CorpusGenerator.VERBATIM) {
                verbatim++;
                assertEquals(original.text(), copy.text());
            } else {
                near++;
                assertNotEquals(original.text(), copy.text());
                Set<String> a = new HashSet<>(List.of(original.text().split("\n\n")));
                long shared = List.of(copy.text().split("\n\n")).stream().filter(a::contains).count();
                assertTrue(shared >= a.size() - 2, "near-copy keeps its paragraphs");
            }
        }
        assertTrue(verbatim > 2 * near && near > 20, verbatim + " verbatim, " + near + " near");
    }

    @Test
    void quotesFiguresRolesAndSpeakers() {
        assertTrue(stats.quotes > 2L * N && stats.quotes < 12L * N, "quotes " + stats.quotes);
        assertTrue(stats.figures > 2L * N && stats.figures < 12L * N, "figures " + stats.figures);
        assertTrue(stats.roles > N, "roles " + stats.roles);
        // 3,000 people: a uniform speaker would have ~quotes/3000; the top one has far more.
        assertTrue(stats.topSpeakerQuotes > 30 * stats.quotes / 3000, "top " + stats.topSpeakerQuotes);
        assertTrue(stats.topSpeakerArticles >= N / 50, "top speaker articles " + stats.topSpeakerArticles);
        assertFalse(stats.topSpeaker.isBlank());

        CorpusGenerator g = new CorpusGenerator(7L);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            all.append(g.article(i).text()).append("\n\n");
        }
        String t = all.toString();
        for (String form : List.of("said: \u201C", ",\u201D said ", " told reporters.", ",\u201D she said.",
            ",\u201D he said.", "Sen. ", "Dr. ", " Democrat", " Republican", " percent", "% from ", " million ",
            " every year", " in 2023", " (AP) \u2014 ", "(Reporting by ", ",\" ")) {
            assertTrue(t.contains(form), "missing form: " + form);
        }
        assertTrue(Pattern.compile("\\d{1,3},\\d{3} ").matcher(t).find(), "thousands separators");
        assertTrue(Pattern.compile("\\b(about|nearly|roughly|more than) \\$?\\d").matcher(t).find(), "qualifiers");
        assertTrue(Pattern.compile("\u201C[^\u201D]+,\u201D [A-Z][a-z]+ said\\.").matcher(t).find(), "Name said.");
        assertTrue(Pattern.compile(", (a|an) [A-Z][a-z]+ (Democrat|Republican),").matcher(t).find(), "state role");
    }

    @Test
    void independentStoriesMostlyAgreeOnFiguresWithSomeConflicts() {
        CorpusGenerator g = new CorpusGenerator(7L);
        Pattern recorded = Pattern.compile("([A-Z][A-Za-z. ]+) recorded ([0-9,]+) ([a-z -]+?) in (20[0-9]{2}),");
        Map<String, Set<String>> values = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            CorpusGenerator.Built b = g.build(i);
            if (b.kind != CorpusGenerator.ORIGINAL) {
                continue;
            }
            Matcher m = recorded.matcher(b.article.text());
            while (m.find()) {
                String key = m.group(1) + "|" + m.group(3) + "|" + m.group(4);
                values.computeIfAbsent(key, k -> new HashSet<>()).add(m.group(2));
                mentions.merge(key, 1, Integer::sum);
            }
        }
        long repeated = mentions.values().stream().filter(c -> c > 1).count();
        long conflicting = values.values().stream().filter(v -> v.size() > 1).count();
        assertTrue(repeated > 200, "figure keys reported more than once: " + repeated);
        assertTrue(conflicting > 0 && conflicting < repeated / 2, conflicting + " of " + repeated + " conflict");
    }

    @Test
    void jsonEscaping() throws IOException {
        String tricky = "a\"b\\c\nd\te\u0001f\u2028g\u2029h \u201Cq\u201D \u00e9\r\b\f/";
        StringBuilder sb = new StringBuilder();
        JsonLines.appendString(sb, tricky);
        String encoded = sb.toString();
        assertFalse(encoded.contains("\u2028") || encoded.contains("\u2029") || encoded.contains("\n"));
        assertTrue(encoded.contains("\\u2028") && encoded.contains("\\u0001"));
        assertEquals(tricky, new ObjectMapper().readValue(encoded, String.class));
    }

    @Test
    void mainWritesAndPrintsStats(@TempDir Path tmp) throws IOException {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            CorpusGenerator.main(new String[] {"--n", "250", "--out", tmp.toString(), "--seed", "5",
                "--per-file", "100"});
        } finally {
            System.setOut(old);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("articles=250 ") && printed.contains("articlesPerSecond="), printed);
        try (var s = Files.list(tmp)) {
            assertEquals(3, s.count());
        }
    }

    @Test
    void generationSpeed() {
        CorpusGenerator g = new CorpusGenerator(42L);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += g.article(i).text().length();
        }
        int n = 40_000;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 20_000; i < 20_000 + n; i++) {
            sink += g.article(i).text().length();
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.println(String.format(Locale.ROOT,
            "generation speed: %.0f articles per CPU-second, %.0f per wall-second (%d chars)",
            n / cpu, n / wall, sink));
        assertTrue(sink > 0);
    }

    private static String digest(CorpusGenerator g, Path dir) throws IOException, NoSuchAlgorithmException {
        g.write(dir, 1200, 500);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
