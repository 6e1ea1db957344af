package io.crossfact.bench;

import static io.crossfact.bench.Vocabulary.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded, deterministic synthetic news corpus for the performance benchmark.
 *
 * <p>Article {@code i} depends only on {@code (seed, i)}: its own {@code SplittableRandom(seed ^ mix(i))} decides
 * whether it is an original or a copy, and a copy regenerates its original from the original's own generator. Files
 * can therefore be written in any order or in parallel, and two runs with the same seed give identical bytes.
 *
 * <p>Shape: originals of 300–1,500 words in paragraphs separated by blank lines, with about 7% quote sentences
 * (speaker attributions in varied forms, roles at first mention), about 8% figure sentences, datelines on most
 * stories; a pool of a few thousand people quoted with a Zipf-like frequency; about 30% of articles are verbatim or
 * edited copies of an earlier original, including three giant wire-story clusters of about 1.5% of the corpus each.
 * Figures are seeded facts, so independent stories agree on them except for about one report in twenty. Floating point
 * goes through {@link StrictMath} so the bytes do not depend on the JVM, the platform or the JIT.
 */
public final class CorpusGenerator {

    /** One generated article, the JSON-lines fields of the input contract. */
    public record Article(String id, String url, String source, String published, String title, String text) {
    }

    /** What {@link #write} generated. */
    public static final class Stats {
        public final long articles;
        /** Copies and near-copies of an earlier original (both included). */
        public final long copies;
        /** Copies with one edit (sentence rewritten, number changed, quote word changed, paragraph dropped). */
        public final long nearCopies;
        public final long words;
        public final long quotes;
        public final long figures;
        /** Sentences introducing a person with a role or affiliation. */
        public final long roles;
        /** Size of the largest copy cluster (the original plus its copies). */
        public final int largestCluster;
        /** Clusters with at least one copy. */
        public final long clusters;
        /** Canonical full name of the most quoted speaker. */
        public final String topSpeaker;
        public final long topSpeakerQuotes;
        /** Articles that quote the top speaker at least once. */
        public final long topSpeakerArticles;
        public final int files;
        public final long bytes;

        Stats(long articles, long copies, long nearCopies, long words, long quotes, long figures, long roles,
              int largestCluster, long clusters, String topSpeaker, long topSpeakerQuotes, long topSpeakerArticles,
              int files, long bytes) {
            this.articles = articles;
            this.copies = copies;
            this.nearCopies = nearCopies;
            this.words = words;
            this.quotes = quotes;
            this.figures = figures;
            this.roles = roles;
            this.largestCluster = largestCluster;
            this.clusters = clusters;
            this.topSpeaker = topSpeaker;
            this.topSpeakerQuotes = topSpeakerQuotes;
            this.topSpeakerArticles = topSpeakerArticles;
            this.files = files;
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                "articles=%d copies=%d (%.1f%%, near=%d) words=%d (%.0f/article) quotes=%d figures=%d roles=%d"
                    + " largestCluster=%d clusters=%d topSpeaker=\"%s\" topSpeakerQuotes=%d topSpeakerArticles=%d"
                    + " files=%d bytes=%d",
                articles, copies, articles == 0 ? 0.0 : 100.0 * copies / articles, nearCopies, words,
                articles == 0 ? 0.0 : (double) words / articles, quotes, figures, roles, largestCluster, clusters,
                topSpeaker, topSpeakerQuotes, topSpeakerArticles, files, bytes);
        }
    }

    static final int PEOPLE = 3000;
    static final double ZIPF_EXPONENT = 0.9;
    static final int OUTLETS = 200;
    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 1500;
    /** Articles 0..GIANTS-1 are the wire stories behind the giant copy clusters. */
    static final int GIANTS = 3;
    static final double GIANT_COPY_SHARE = 0.015;
    static final double COPY_SHARE = 0.30;
    /** Ordinary copies pick their original among this many preceding articles (recent ones more likely). */
    static final int COPY_WINDOW = 4000;
    static final double QUOTE_SHARE = 0.07;
    static final double FIGURE_SHARE = 0.08;
    static final long BASE_DAY = LocalDate.of(2023, 1, 1).toEpochDay();
    static final int SPAN_DAYS = 730;

    static final byte PLAIN = 0;
    static final byte QUOTE = 1;
    static final byte FIGURE = 2;
    static final byte ROLE = 3;

    static final byte ORIGINAL = 0;
    static final byte VERBATIM = 1;
    static final byte NEAR = 2;

    private final long seed;
    private final Person[] people;
    private final double[] zipf;
    private final String[] outletNames;
    private final String[] outletDomains;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        SplittableRandom pool = new SplittableRandom(mix(seed ^ 0x6A09E667F3BCC909L));
        this.people = buildPeople(pool);
        this.zipf = new double[PEOPLE];
        double sum = 0;
        for (int k = 0; k < PEOPLE; k++) {
            sum += 1.0 / StrictMath.pow(k + 1, ZIPF_EXPONENT);
            zipf[k] = sum;
        }
        for (int k = 0; k < PEOPLE; k++) {
            zipf[k] /= sum;
        }
        this.outletNames = new String[OUTLETS];
        this.outletDomains = new String[OUTLETS];
        Set<String> seen = new HashSet<>();
        int o = 0;
        while (o < OUTLETS) {
            String name = OUTLET_PLACES[pool.nextInt(OUTLET_PLACES.length)] + " "
                + OUTLET_KINDS[pool.nextInt(OUTLET_KINDS.length)];
            if (seen.add(name)) {
                outletNames[o] = name;
                outletDomains[o] = domainOf(name);
                o++;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ public API

    /** The i-th article, deterministic in (seed, i). */
    public Article article(int i) {
        return build(i).article;
    }

    /** Writes n articles as JSON lines files of at most perFile records each (corpus-00000.jsonl, ...) into dir. */
    public Stats write(Path dir, int n, int perFile) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (perFile <= 0) {
            throw new IllegalArgumentException("perFile must be > 0: " + perFile);
        }
        Files.createDirectories(dir);
        long copies = 0;
        long near = 0;
        long words = 0;
        long quotes = 0;
        long figures = 0;
        long roles = 0;
        long bytes = 0;
        int[] cluster = new int[Math.max(n, 1)];
        long[] speakerQuotes = new long[PEOPLE];
        long[] speakerArticles = new long[PEOPLE];
        int files = n == 0 ? 0 : (int) ((n + (long) perFile - 1) / perFile);
        StringBuilder line = new StringBuilder(16384);
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "corpus-%05d.jsonl", f));
            int from = f * perFile;
            int to = (int) Math.min(n, (long) from + perFile);
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(file), 1 << 17)) {
                for (int i = from; i < to; i++) {
                    Built b = build(i);
                    line.setLength(0);
                    JsonLines.appendRecord(line, b.article);
                    // String.getBytes(UTF_8) is an intrinsic and several times faster than a Writer's encoder.
                    w.write(line.toString().getBytes(StandardCharsets.UTF_8));
                    if (b.kind != ORIGINAL) {
                        copies++;
                        if (b.kind == NEAR) {
                            near++;
                        }
                    }
                    cluster[b.root]++;
                    words += b.words;
                    quotes += b.quotes;
                    figures += b.figures;
                    roles += b.roles;
                    for (int q = 0; q < b.quotes; q++) {
                        speakerQuotes[b.speakers[q]]++;
                    }
                    for (int q = 0; q < b.quotes; q++) {
                        int s = b.speakers[q];
                        boolean first = true;
                        for (int e = 0; e < q; e++) {
                            if (b.speakers[e] == s) {
                                first = false;
                                break;
                            }
                        }
                        if (first) {
                            speakerArticles[s]++;
                        }
                    }
                }
            }
            bytes += Files.size(file);
        }
        int largest = 0;
        long clusters = 0;
        for (int c : cluster) {
            largest = Math.max(largest, c);
            if (c > 1) {
                clusters++;
            }
        }
        int top = 0;
        for (int p = 1; p < PEOPLE; p++) {
            if (speakerQuotes[p] > speakerQuotes[top]) {
                top = p;
            }
        }
        return new Stats(n, copies, near, words, quotes, figures, roles, largest, clusters,
            n == 0 ? "" : people[top].full, n == 0 ? 0 : speakerQuotes[top], n == 0 ? 0 : speakerArticles[top],
            files, bytes);
    }

    /** {@code --n N --out DIR [--seed S] [--per-file K]}: writes the corpus and prints its stats. */
    public static void main(String[] args) throws IOException {
        int n = 200_000;
        Path out = null;
        long seed = 42L;
        int perFile = 50_000;
        PrintStream err = System.err;
        try {
            for (int k = 0; k < args.length; k++) {
                String a = args[k];
                switch (a) {
                    case "--n" -> n = Integer.parseInt(value(args, ++k, a));
                    case "--out" -> out = Path.of(value(args, ++k, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++k, a));
                    case "--per-file" -> perFile = Integer.parseInt(value(args, ++k, a));
                    case "-h", "--help" -> {
                        System.out.println(usage());
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (n < 0 || perFile <= 0) {
                throw new IllegalArgumentException("--n must be >= 0 and --per-file > 0");
            }
        } catch (IllegalArgumentException e) {
            err.println("bench corpus: " + e.getMessage() + "\n" + usage());
            System.exit(2);
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        Stats stats = new CorpusGenerator(seed).write(out, n, perFile);
        double secs = Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
        double cpu = cpuClock ? Math.max((threads.getCurrentThreadCpuTime() - cpu0) / 1e9, 1e-9) : secs;
        System.out.println(stats);
        // CPU seconds of the writing thread: the one-core speed, also on a machine busy with other work.
        System.out.println(String.format(Locale.ROOT,
            "seed=%d out=%s seconds=%.2f articlesPerSecond=%.0f cpuSeconds=%.2f articlesPerCpuSecond=%.0f MBps=%.1f",
            seed, out, secs, n / secs, cpu, n / cpu, stats.bytes / 1e6 / secs));
    }

    private static String value(String[] args, int k, String name) {
        if (k >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[k];
    }

    private static String usage() {
        return "usage: CorpusGenerator --n N --out DIR [--seed S] [--per-file K]"
            + "  (defaults: N=200000, S=42, K=50000)";
    }

    // ------------------------------------------------------------------------------------------ plan and copies

    /** splitmix64 finalizer. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Article i's generator after its three plan draws (always exactly three, so what follows is fixed). */
    private SplittableRandom rng(int i, double[] plan) {
        SplittableRandom r = new SplittableRandom(seed ^ mix(i));
        plan[0] = r.nextDouble();
        plan[1] = r.nextDouble();
        plan[2] = r.nextDouble();
        return r;
    }

    /** The article i copies directly (-1 for an original); near-copy flag in {@code near[0]}. */
    private int parent(int i, double[] plan, boolean[] near) {
        rng(i, plan);
        near[0] = false;
        if (i < GIANTS) {
            return -1;
        }
        double u = plan[0];
        if (u < GIANTS * GIANT_COPY_SHARE) {
            near[0] = plan[2] < 0.15;
            return Math.min(GIANTS - 1, (int) (u / GIANT_COPY_SHARE));
        }
        if (u < COPY_SHARE) {
            near[0] = plan[2] < 0.30;
            double v = plan[1];
            int window = Math.min(i, COPY_WINDOW);
            return i - 1 - (int) ((window - 1) * v * v);
        }
        return -1;
    }

    /** The original behind i (i itself for an original): copies of copies resolve to the first article. */
    int root(int i) {
        double[] plan = new double[3];
        boolean[] near = new boolean[1];
        int x = i;
        int p;
        while ((p = parent(x, plan, near)) >= 0) {
            x = p;
        }
        return x;
    }

    // ----------------------------------------------------------------------------------------------- building

    static final class Person {
        final String full;
        final String last;
        final String titled;
        final String role;
        final String pronoun;

        Person(String full, String last, String titled, String role, String pronoun) {
            this.full = full;
            this.last = last;
            this.titled = titled;
            this.role = role;
            this.pronoun = pronoun;
        }
    }

    static final class Sentence {
        String text;
        final byte kind;
        final int speaker;
        int words;
        final int quoteStart;
        final int quoteEnd;

        Sentence(String text, byte kind, int speaker, int quoteStart, int quoteEnd) {
            this.text = text;
            this.kind = kind;
            this.speaker = speaker;
            this.quoteStart = quoteStart;
            this.quoteEnd = quoteEnd;
            this.words = countWords(text);
        }
    }

    /** An original story: title, optional dateline, paragraphs of sentences, and what the sentences were drawn from. */
    static final class Body {
        String title;
        String dateline;
        String footer;
        final List<List<Sentence>> paragraphs = new ArrayList<>();
        String[][] topic;
        int topicIndex;
        String[] state;
        String city;
        int[] cast;
        boolean[] introduced;
        int lastMentioned = -1;
        int lastTemplate = -1;
    }

    static final class Built {
        Article article;
        int root;
        byte kind;
        int words;
        int quotes;
        int figures;
        int roles;
        int[] speakers;
    }

    Built build(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("article index must be >= 0: " + i);
        }
        double[] plan = new double[3];
        boolean[] near = new boolean[1];
        int p = parent(i, plan, near);
        boolean isNear = near[0];
        int root = p < 0 ? i : root(p);

        SplittableRandom own = rng(i, plan);
        SplittableRandom meta = own.split();
        SplittableRandom edits = own.split();

        SplittableRandom rootRng = rng(root, plan);
        SplittableRandom rootMeta = rootRng.split();
        rootRng.split();
        Body body = body(rootRng.split());

        int outlet = meta.nextInt(OUTLETS);
        long day;
        int minute = meta.nextInt(6 * 60, 22 * 60);
        int section = meta.nextInt(SECTIONS.length);
        Built b = new Built();
        b.root = root;
        if (root == i) {
            day = meta.nextInt(SPAN_DAYS);
            b.kind = ORIGINAL;
        } else {
            int rootOutlet = rootMeta.nextInt(OUTLETS);
            int rootMinute = rootMeta.nextInt(6 * 60, 22 * 60);
            rootMeta.nextInt(SECTIONS.length);
            long rootDay = rootMeta.nextInt(SPAN_DAYS);
            if (outlet == rootOutlet) {
                outlet = (outlet + 1 + meta.nextInt(OUTLETS - 1)) % OUTLETS;
            }
            // Syndication follows within days; a few copies resurface months later (stale republication).
            int delay = meta.nextDouble() < 0.05 ? meta.nextInt(60, 400) : meta.nextInt(4);
            day = rootDay + delay;
            if (delay == 0) {
                minute = Math.min(23 * 60 + 59, rootMinute + 1 + meta.nextInt(120));
            }
            b.kind = isNear ? NEAR : VERBATIM;
            if (isNear) {
                edit(body, edits);
            }
        }

        StringBuilder text = new StringBuilder(9000);
        int quotes = 0;
        int figures = 0;
        int roles = 0;
        int words = 0;
        int[] speakers = new int[16];
        if (body.dateline != null) {
            text.append(body.dateline);
            words += countWords(body.dateline);
        }
        for (int pi = 0; pi < body.paragraphs.size(); pi++) {
            if (pi > 0) {
                text.append("\n\n");
            }
            List<Sentence> para = body.paragraphs.get(pi);
            for (int si = 0; si < para.size(); si++) {
                Sentence s = para.get(si);
                if (si > 0) {
                    text.append(' ');
                }
                text.append(s.text);
                words += s.words;
                if (s.kind == QUOTE) {
                    if (quotes == speakers.length) {
                        speakers = Arrays.copyOf(speakers, quotes * 2);
                    }
                    speakers[quotes++] = s.speaker;
                } else if (s.kind == FIGURE) {
                    figures++;
                } else if (s.kind == ROLE) {
                    roles++;
                }
            }
        }
        if (body.footer != null) {
            text.append("\n\n").append(body.footer);
            words += countWords(body.footer);
        }
        b.words = words;
        b.quotes = quotes;
        b.figures = figures;
        b.roles = roles;
        b.speakers = speakers;

        String id = id(i);
        String source = outletNames[outlet];
        LocalDate date = LocalDate.ofEpochDay(BASE_DAY + day);
        StringBuilder pub = new StringBuilder(20);
        pad(pub, date.getYear(), 4).append('-');
        pad(pub, date.getMonthValue(), 2).append('-');
        pad(pub, date.getDayOfMonth(), 2).append('T');
        pad(pub, minute / 60, 2).append(':');
        pad(pub, minute % 60, 2).append(":00Z");
        StringBuilder url = new StringBuilder(120);
        url.append("https://www.").append(outletDomains[outlet]).append('/').append(SECTIONS[section]).append('/');
        pad(url, date.getYear(), 4).append('/');
        pad(url, date.getMonthValue(), 2).append('/');
        pad(url, date.getDayOfMonth(), 2).append('/');
        slug(url, body.title);
        url.append('-').append(i);
        b.article = new Article(id, url.toString(), source, pub.toString(), body.title, text.toString());
        return b;
    }

    static String id(int i) {
        StringBuilder sb = new StringBuilder(14).append("bench-");
        return pad(sb, i, 6).toString();
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    private static void slug(StringBuilder out, String title) {
        int start = out.length();
        boolean dash = false;
        for (int k = 0; k < title.length() && out.length() - start < 70; k++) {
            char c = title.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > start) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (dash && out.length() > start) {
                    out.append('-');
                }
                dash = false;
                out.append((char) (c + 32));
            } else if (c != '\'' && c != '\u2019') {
                dash = true;
            }
        }
    }

    /** Words separated by single spaces (how every generated sentence, dateline and footer is built). */
    static int countWords(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) {
            words++;
        }
        if (s.charAt(s.length() - 1) == ' ') {
            words--;
        }
        return words;
    }

    private static String domainOf(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.append(".com").toString();
    }

    // ------------------------------------------------------------------------------------------------- people

    private static Person[] buildPeople(SplittableRandom r) {
        Person[] out = new Person[PEOPLE];
        Set<String> names = new HashSet<>();
        int k = 0;
        while (k < PEOPLE) {
            boolean female = r.nextBoolean();
            String first = female ? pick(r, FEMALE) : pick(r, MALE);
            String last = pick(r, LAST);
            String full = first + " " + last;
            if (!names.add(full)) {
                continue;
            }
            String pronoun = female ? "she" : "he";
            String[] st = STATES[r.nextInt(STATES.length)];
            String party = r.nextInt(100) < 50 ? "Democrat" : "Republican";
            String city = st[2 + r.nextInt(3)];
            int kind;
            if (k < 40) {
                kind = r.nextInt(4);               // the most quoted are mostly politicians
            } else {
                kind = r.nextInt(10);
            }
            String titled;
            String role;
            switch (kind) {
                case 0 -> {
                    titled = "Sen. " + full;
                    role = an(st[0]) + " " + party;
                }
                case 1 -> {
                    titled = "Gov. " + full;
                    role = "a " + party + " in " + (female ? "her" : "his") + " second term";
                }
                case 2 -> {
                    titled = "Rep. " + full;
                    role = an(st[0]) + " " + party + " who sits on the " + pick(r, DEPARTMENTS)
                        + " Committee";
                }
                case 3 -> {
                    titled = "Mayor " + full;
                    role = "who has led " + city + " since " + (2012 + r.nextInt(11));
                }
                case 4, 5 -> {
                    titled = "Dr. " + full;
                    role = pick(r, EXPERTISE) + " at " + pick(r, INSTITUTIONS);
                }
                case 6 -> {
                    titled = full;
                    role = "commissioner of the " + st[0] + " Department of " + pick(r, DEPARTMENTS);
                }
                case 7 -> {
                    titled = full;
                    role = "a spokes" + (female ? "woman" : "man") + " for " + pick(r, SPOKES_FOR);
                }
                case 8 -> {
                    titled = full;
                    role = (22 + r.nextInt(60)) + ", " + pick(r, OCCUPATIONS) + " in " + city;
                }
                default -> {
                    titled = "Professor " + full;
                    role = "who teaches at " + pick(r, INSTITUTIONS);
                }
            }
            out[k++] = new Person(full, last, titled, role, pronoun);
        }
        return out;
    }

    private int zipfPick(SplittableRandom r) {
        int k = Arrays.binarySearch(zipf, r.nextDouble());
        return Math.min(PEOPLE - 1, k >= 0 ? k : -k - 1);
    }

    // --------------------------------------------------------------------------------------------------- bodies

    private Body body(SplittableRandom r) {
        Body b = new Body();
        b.topicIndex = r.nextInt(TOPICS.length);
        b.topic = TOPICS[b.topicIndex];
        b.state = STATES[r.nextInt(STATES.length)];
        b.city = b.state[2 + r.nextInt(3)];
        int castSize = 2 + r.nextInt(4);
        b.cast = new int[castSize];
        for (int c = 0; c < castSize; c++) {
            int p;
            boolean dup;
            do {
                p = zipfPick(r);
                dup = false;
                for (int e = 0; e < c; e++) {
                    dup |= b.cast[e] == p;
                }
            } while (dup);
            b.cast[c] = p;
        }
        b.introduced = new boolean[castSize];
        b.title = title(r, b);
        int dl = r.nextInt(10);
        if (dl < 6) {
            StringBuilder d = new StringBuilder(48).append(b.city.toUpperCase(Locale.ROOT));
            if (r.nextBoolean()) {
                d.append(", ").append(b.state[1]);
            }
            if (dl < 3) {
                d.append(" (").append(pick(r, AGENCIES)).append(')');
            }
            b.dateline = d.append(" \u2014 ").toString();
        }
        if (r.nextInt(5) == 0) {
            b.footer = "(Reporting by " + pick(r, FEMALE) + " " + pick(r, LAST) + "; Editing by " + pick(r, MALE)
                + " " + pick(r, LAST) + ")";
        }
        double u = r.nextDouble();
        int target = MIN_WORDS + (int) ((MAX_WORDS - 60 - MIN_WORDS) * StrictMath.pow(u, 1.6));
        int words = b.dateline == null ? 0 : countWords(b.dateline);
        words += b.footer == null ? 0 : countWords(b.footer);
        List<Sentence> para = new ArrayList<>(4);
        int paraLen = 1 + r.nextInt(3);
        while (words < target) {
            Sentence s;
            double k = r.nextDouble();
            if (k < QUOTE_SHARE) {
                s = quote(r, b);
                if (!para.isEmpty()) {
                    b.paragraphs.add(para);
                    para = new ArrayList<>(4);
                }
            } else if (k < QUOTE_SHARE + FIGURE_SHARE) {
                s = figure(r, b);
            } else {
                s = plainOrRole(r, b);
            }
            if (words + s.words > MAX_WORDS) {
                break;
            }
            para.add(s);
            words += s.words;
            if (para.size() >= paraLen || (s.kind == QUOTE && r.nextBoolean())) {
                b.paragraphs.add(para);
                para = new ArrayList<>(4);
                paraLen = 1 + r.nextInt(3) + (r.nextInt(4) == 0 ? 1 : 0);
            }
        }
        if (!para.isEmpty()) {
            b.paragraphs.add(para);
        }
        return b;
    }

    private String title(SplittableRandom r, Body b) {
        String head = pick(r, b.topic[4]);
        Person p = people[b.cast[0]];
        switch (r.nextInt(5)) {
            case 0:
                return cap(b.state[0] + " " + head + " " + pick(r, new String[] {"rise again", "fall", "hit a new high",
                    "draw scrutiny", "divide lawmakers"}) + " as " + p.last + " presses for " + pick(r, b.topic[2]));
            case 1:
                return cap(p.last + " warns of " + pick(r, b.topic[3]) + " in " + b.city);
            case 2:
                return cap("In " + b.city + ", " + pick(r, b.topic[3]) + " and a "
                    + pick(r, new String[] {"budget fight", "new warning", "long wait", "court battle",
                        "quiet recovery"}));
            case 3:
                return cap(pick(r, b.topic[0]) + " in " + b.state[0] + " reach highest level since "
                    + (2010 + r.nextInt(12)));
            default:
                return cap(pick(r, ACTORS) + " " + pick(r, SAY_VERBS) + " " + b.state[0] + " " + pick(r, MODALS) + " "
                    + pick(r, ACTIONS) + " " + pick(r, b.topic[2]));
        }
    }

    private Sentence plainOrRole(SplittableRandom r, Body b) {
        int notIntroduced = -1;
        for (int c = 0; c < b.cast.length; c++) {
            if (!b.introduced[c]) {
                notIntroduced = c;
                break;
            }
        }
        if (notIntroduced >= 0 && r.nextInt(12) == 0) {
            Person p = people[b.cast[notIntroduced]];
            b.introduced[notIntroduced] = true;
            b.lastMentioned = notIntroduced;
            String s;
            if (r.nextBoolean()) {
                s = p.titled + ", " + p.role + ", said " + pick(r, b.topic[3]) + " had become " + pick(r, ADJ_PHRASES)
                    + ".";
            } else {
                s = p.titled + ", " + p.role + ", " + pick(r, SAY_VERBS_PAST) + " that the state " + pick(r, MODALS)
                    + " " + pick(r, ACTIONS) + " " + pick(r, b.topic[2]) + " " + pick(r, TIMES) + ".";
            }
            return new Sentence(s, ROLE, b.cast[notIntroduced], -1, -1);
        }
        return new Sentence(plain(r, b), PLAIN, -1, -1, -1);
    }

    private static final String[] SAY_VERBS_PAST = {"said", "argued", "warned", "told reporters", "insisted"};
    private static final String[] RELATIVE = {
        "sits on the Appropriations Committee", "has held the job since 2019", "is seeking a third term",
        "testified before lawmakers last month", "has pushed for the change for years",
        "faces a primary challenge", "took office in January", "oversees the program"
    };
    private static final String[] CHANGES = {"grown worse", "eased slightly", "barely changed", "become more visible",
        "drawn national attention"};
    private static final String[] DETAILS = {
        "the nearest clinic is an hour away", "the bus runs twice a day", "the waiting list is months long",
        "the closest shelter is full most nights", "the last pharmacy in town closed in the spring",
        "a single missed paycheck can mean an eviction notice", "the nearest hospital is across the state line"
    };
    private static final String[] OBSTACLES = {"the budget process", "a veto", "a court challenge",
        "the next election", "a second vote in the Senate"};

    private String plain(SplittableRandom r, Body b) {
        String[][] t = b.topic;
        int speakerSlot = -1;
        for (int c = 0; c < b.cast.length; c++) {
            if (b.introduced[c]) {
                speakerSlot = c;
                if (r.nextBoolean()) {
                    break;
                }
            }
        }
        int general = 18;
        int template = r.nextInt(speakerSlot >= 0 ? general + 6 : general);
        if (template == b.lastTemplate) {
            template = r.nextInt(speakerSlot >= 0 ? general + 6 : general);
        }
        b.lastTemplate = template;
        StringBuilder s = new StringBuilder(160);
        switch (template) {
            case 0 -> s.append(pick(r, ACTORS)).append(' ').append(pick(r, SAY_VERBS)).append(' ')
                .append(pick(r, t[3])).append(" had become ").append(pick(r, ADJ_PHRASES)).append('.');
            case 1 -> s.append(pick(r, CONNECTORS)).append(", ").append(lower(pick(r, ACTORS))).append(' ')
                .append(pick(r, SAY_VERBS)).append(" the state ").append(pick(r, MODALS)).append(' ')
                .append(pick(r, ACTIONS)).append(' ').append(pick(r, t[2])).append(' ').append(pick(r, TIMES))
                .append('.');
            case 2 -> s.append("The ").append(pick(r, t[2])).append(" program, which ").append(pick(r, t[1]))
                .append(" oversees, has been ").append(pick(r, new String[] {"expanded", "cut", "delayed", "audited"}))
                .append(" twice since ").append(2015 + r.nextInt(8)).append('.');
            case 3 -> s.append(cap(pick(r, t[1]))).append(" did not respond to a request for comment on ")
                .append(pick(r, t[3])).append('.');
            case 4 -> s.append("In ").append(pick(r, b.state, 2)).append(", ").append(lower(pick(r, ACTORS)))
                .append(" said ").append(pick(r, t[3])).append(" had ").append(pick(r, CHANGES)).append(" since ")
                .append(pick(r, MONTHS)).append('.');
            case 5 -> s.append(pick(r, ACTORS)).append(" plan to ").append(pick(r, ACTIONS)).append(' ')
                .append(pick(r, t[2])).append(' ').append(pick(r, TIMES)).append(", although ")
                .append(lower(pick(r, ACTORS))).append(" say the plan might not survive ")
                .append(pick(r, OBSTACLES)).append('.');
            case 6 -> s.append("The debate over ").append(pick(r, t[3])).append(" is expected to return ")
                .append(pick(r, TIMES)).append(", when ").append(lower(pick(r, ACTORS))).append(" take up ")
                .append(pick(r, t[2])).append('.');
            case 7 -> s.append(pick(r, CONNECTORS)).append(", ").append(pick(r, t[1])).append(" said it was reviewing ")
                .append(pick(r, t[3])).append(" in ").append(b.city).append(" and ").append(pick(r, b.state, 2))
                .append('.');
            case 8 -> s.append("Critics of the plan, including several members of the ")
                .append(r.nextBoolean() ? "Democratic" : "Republican").append(" caucus, said it ")
                .append(pick(r, MODALS)).append(' ').append(pick(r, ACTIONS)).append(' ').append(pick(r, t[2]))
                .append(" without solving ").append(pick(r, t[3])).append('.');
            case 9 -> s.append("The ").append(pick(r, WEEKDAYS)).append(" meeting in ").append(b.city)
                .append(" drew ").append(lower(pick(r, ACTORS))).append(" who said ").append(pick(r, t[3]))
                .append(" had ").append(pick(r, CHANGES)).append('.');
            case 10 -> s.append("For families in ").append(pick(r, b.state, 2)).append(", ").append(pick(r, t[3]))
                .append(" is not an abstraction: ").append(pick(r, DETAILS)).append('.');
            case 11 -> s.append("The proposal would shift responsibility for ").append(pick(r, t[2]))
                .append(" from the state to ").append(pick(r, new String[] {"counties", "towns", "nonprofits",
                    "hospitals", "school districts"})).append(", a change ").append(lower(pick(r, ACTORS)))
                .append(" have resisted for years.");
            case 12 -> s.append(pick(r, ACTORS)).append(" said they learned of the change from ")
                .append(pick(r, new String[] {"a news release", "a posting on the agency's website",
                    "a letter sent late Friday", "local reporters", "a budget document"})).append('.');
            case 13 -> s.append("A spokesperson for ").append(pick(r, t[1])).append(" said the department was ")
                .append(pick(r, new String[] {"still reviewing the findings", "working with local partners",
                    "preparing a response", "unable to comment on pending litigation", "hiring more staff"}))
                .append('.');
            case 14 -> s.append("The issue is likely to come up again when the ")
                .append(pick(r, new String[] {"Legislature", "City Council", "county board", "budget committee",
                    "select board"})).append(" meets in ").append(pick(r, MONTHS)).append('.');
            case 15 -> s.append("Neither ").append(pick(r, t[1])).append(" nor ").append(pick(r, SPOKES_FOR))
                .append(" would say when ").append(pick(r, t[3])).append(" would be addressed.");
            case 16 -> s.append(pick(r, CONNECTORS)).append(", a ").append(pick(r, new String[] {"coalition",
                    "group", "handful", "growing number"})).append(" of ").append(lower(pick(r, ACTORS)))
                .append(" in ").append(pick(r, b.state, 2)).append(" asked the state to ")
                .append(pick(r, new String[] {"expand", "protect", "fund", "restore"}))
                .append(' ').append(pick(r, t[2])).append(" rather than ")
                .append(pick(r, new String[] {"cut", "delay", "phase out", "scale back"})).append(" it.");
            case 17 -> s.append("Much of the discussion ").append(pick(r, new String[] {"at the hearing",
                    "at the meeting", "at the forum", "in the committee room", "on the House floor"}))
                .append(" focused on ").append(pick(r, t[3])).append(" rather than ").append(pick(r, t[2]))
                .append('.');
            case 18 -> {
                Person p = people[b.cast[speakerSlot]];
                s.append(p.last).append(" has made ").append(pick(r, t[3])).append(" a centerpiece of ")
                    .append("she".equals(p.pronoun) ? "her " : "his ")
                    .append(pick(r, new String[] {"campaign", "tenure", "agenda", "work"})).append('.');
                b.lastMentioned = speakerSlot;
            }
            case 19 -> {
                Person p = people[b.cast[speakerSlot]];
                s.append("It was not the first time ").append(p.last).append(" had raised ").append(pick(r, t[3]))
                    .append('.');
                b.lastMentioned = speakerSlot;
            }
            case 20 -> {
                Person p = people[b.cast[speakerSlot]];
                s.append(p.last).append(", who ").append(pick(r, RELATIVE)).append(", said the ")
                    .append(pick(r, t[2])).append(" money ").append(pick(r, MODALS)).append(' ')
                    .append(pick(r, ACTIONS)).append(' ').append(pick(r, TIMES)).append('.');
                b.lastMentioned = speakerSlot;
            }
            case 21 -> {
                Person p = people[b.cast[speakerSlot]];
                s.append(p.last).append(" said ").append(p.pronoun).append(" would ").append(pick(r, ACTIONS))
                    .append(' ').append(pick(r, t[2])).append(' ').append(pick(r, TIMES)).append(' ')
                    .append(pick(r, PLACES_OF_EVENT)).append('.');
                b.lastMentioned = speakerSlot;
            }
            case 22 -> {
                Person p = people[b.cast[speakerSlot]];
                s.append("Asked about ").append(pick(r, t[3])).append(", ").append(p.last)
                    .append(" paused before answering.");
                b.lastMentioned = speakerSlot;
            }
            default -> {
                Person p = people[b.cast[speakerSlot]];
                s.append(cap(p.pronoun)).append(" pointed to ").append(pick(r, t[3])).append(", which ")
                    .append(pick(r, t[1])).append(" has tracked since ").append(2010 + r.nextInt(13)).append('.');
                if (b.lastMentioned != speakerSlot) {
                    s.setLength(0);
                    s.append(p.last).append(" pointed to ").append(pick(r, t[3])).append(", which ")
                        .append(pick(r, t[1])).append(" has tracked since ").append(2010 + r.nextInt(13)).append('.');
                }
                b.lastMentioned = speakerSlot;
            }
        }
        return s.toString();
    }

    private Sentence quote(SplittableRandom r, Body b) {
        // Frequent speakers dominate: the first cast member (the story's protagonist) speaks most.
        int slot = r.nextInt(3) == 0 ? r.nextInt(b.cast.length) : 0;
        Person p = people[b.cast[slot]];
        StringBuilder q = new StringBuilder(120);
        q.append(pick(r, QUOTE_SUBJECTS)).append(' ').append(pick(r, QUOTE_VERBS)).append(' ')
            .append(pick(r, b.topic[3])).append(' ').append(pick(r, QUOTE_TAILS));
        if (r.nextInt(3) == 0) {
            String second = pick(r, QUOTE_SECOND);
            q.append(". ").append(second, 0, second.length() - 1);
        }
        boolean straight = r.nextInt(10) == 0;
        char open = straight ? '"' : '\u201C';
        char close = straight ? '"' : '\u201D';
        StringBuilder s = new StringBuilder(q.length() + 100);
        int qs;
        int qe;
        if (!b.introduced[slot]) {
            b.introduced[slot] = true;
            if (r.nextBoolean()) {
                s.append(open);
                qs = s.length();
                s.append(q);
                qe = s.length();
                s.append(',').append(close).append(" said ").append(p.titled).append(", ").append(p.role).append('.');
            } else {
                s.append(p.titled).append(", ").append(p.role).append(", said: ").append(open);
                qs = s.length();
                s.append(q).append('.');
                qe = s.length();
                s.append(close);
            }
        } else {
            int form = r.nextInt(6);
            if (form == 1) {
                s.append(p.last).append(" said: ").append(open);
                qs = s.length();
                s.append(q).append('.');
                qe = s.length();
                s.append(close);
            } else {
                s.append(open);
                qs = s.length();
                s.append(q);
                qe = s.length();
                s.append(',').append(close).append(' ');
                switch (form) {
                    case 2 -> s.append("said ").append(p.last).append('.');
                    case 3 -> {
                        if (b.lastMentioned == slot) {
                            s.append(p.pronoun).append(" said.");
                        } else {
                            s.append(p.last).append(" said.");
                        }
                    }
                    case 4 -> s.append(p.last).append(" said ").append(pick(r, PLACES_OF_EVENT)).append('.');
                    case 5 -> s.append(p.last).append(" told reporters.");
                    default -> s.append(p.last).append(" said.");
                }
            }
        }
        b.lastMentioned = slot;
        return new Sentence(s.toString(), QUOTE, b.cast[slot], qs, qe);
    }

    /**
     * Figures are facts of the synthetic world: the count for (topic, counted thing, place, year) is fixed by the seed,
     * so independent stories agree, except for about one report in twenty that states a different number (the
     * conflicts and drift the checker is meant to find).
     */
    private Sentence figure(SplittableRandom r, Body b) {
        String[][] t = b.topic;
        int year = 2022 + r.nextInt(3);
        int noun = r.nextInt(t[0].length);
        String counted = t[0][noun];
        long topicKey = ((long) b.topicIndex << 8 | noun) << 40;
        long stateKey = b.state[0].hashCode() & 0xFFFFFFFFL;
        StringBuilder s = new StringBuilder(160);
        switch (r.nextInt(8)) {
            case 0 -> {
                String city = pick(r, b.state, 2);
                long place = stateKey * 31 + city.hashCode();
                long now = reported(r, fact(topicKey ^ place ^ year, 10, 200_000));
                long before = fact(topicKey ^ place ^ (year - 1), 10, 200_000);
                long pct = Math.round(100.0 * Math.abs(now - before) / Math.max(1, before));
                s.append(city).append(" recorded ");
                commas(s, now).append(' ').append(counted).append(" in ").append(year).append(", ")
                    .append(now >= before ? "up " : "down ").append(Math.min(pct, 999)).append("% from ")
                    .append(year - 1).append(", according to ").append(pick(r, t[1])).append('.');
            }
            case 1 -> {
                s.append(cap(pick(r, t[1]))).append(" counted ");
                commas(s, reported(r, fact(topicKey ^ stateKey ^ year, 10, 200_000))).append(' ').append(counted)
                    .append(" in ").append(year).append(", compared with ");
                commas(s, fact(topicKey ^ stateKey ^ (year - 1), 10, 200_000)).append(" the year before.");
            }
            case 2 -> {
                int program = r.nextInt(t[2].length);
                long key = ((long) b.topicIndex << 8 | program) << 44 ^ stateKey ^ 0x5EED;
                s.append("The state spends ").append(pick(r, FIGURE_QUALIFIERS)).append(" $")
                    .append(reported(r, fact(key, 2, 400))).append(" million ")
                    .append(pick(r, new String[] {"every year", "annually", "a year"})).append(" on ")
                    .append(t[2][program]).append(", according to ").append(pick(r, t[1])).append('.');
            }
            case 3 -> {
                s.append(cap(pick(r, FIGURE_QUALIFIERS))).append(' ');
                commas(s, reported(r, fact(topicKey ^ stateKey ^ 0xFACE, 10, 200_000))).append(' ').append(counted)
                    .append(" were reported statewide in the past year, ").append(pick(r, t[1])).append(" said.");
            }
            case 4 -> {
                long tenths = reported(r, fact(topicKey ^ year ^ 0xA11, 11, 99));
                s.append("Nationwide, more than ").append(tenths / 10).append('.').append(tenths % 10)
                    .append(" million ").append(counted).append(" were reported in ").append(year)
                    .append(", according to federal estimates.");
            }
            case 5 -> {
                long place = stateKey * 31 + b.city.hashCode();
                long pct = Math.min(95, reported(r, fact(topicKey ^ place ^ year ^ 0xBEEF, 5, 95)));
                long before = Math.min(95, fact(topicKey ^ place ^ (year - 1) ^ 0xBEEF, 5, 95));
                s.append(pct).append(" percent of ").append(counted).append(" were in ").append(b.city)
                    .append(pct >= before ? ", up from " : ", down from ").append(before).append(" percent in ")
                    .append(year - 1).append('.');
            }
            case 6 -> {
                s.append(cap(pick(r, NUMBER_WORDS))).append(' ').append(counted)
                    .append(" have been recorded since ").append(pick(r, MONTHS)).append(", officials said.");
            }
            default -> {
                s.append("Officials asked for an additional $").append(1 + r.nextInt(90)).append(" million for ")
                    .append(pick(r, t[2])).append(" through ").append(pick(r, MONTHS)).append(", saying ")
                    .append(pick(r, FIGURE_QUALIFIERS)).append(' ');
                commas(s, reported(r, fact(topicKey ^ stateKey ^ 0xD00D, 10, 50_000))).append(' ').append(counted)
                    .append(" were waiting for help.");
            }
        }
        return new Sentence(s.toString(), FIGURE, -1, -1, -1);
    }

    /** The true value of a figure: log-uniform in [lo, hi], fixed by (seed, key). */
    private long fact(long key, long lo, long hi) {
        double u = (mix(seed ^ mix(key)) >>> 11) * 0x1.0p-53;
        return (long) StrictMath.exp(StrictMath.log(lo) + u * (StrictMath.log(hi) - StrictMath.log(lo)));
    }

    /** What a story reports: usually the true value, sometimes off by up to 30% in either direction. */
    private static long reported(SplittableRandom r, long truth) {
        if (r.nextInt(20) != 0) {
            return truth;
        }
        long off = Math.max(1, (long) (truth * (0.02 + 0.28 * r.nextDouble())));
        return r.nextBoolean() ? truth + off : Math.max(1, truth - off);
    }

    static StringBuilder commas(StringBuilder sb, long v) {
        String s = Long.toString(v);
        int len = s.length();
        for (int k = 0; k < len; k++) {
            if (k > 0 && (len - k) % 3 == 0) {
                sb.append(',');
            }
            sb.append(s.charAt(k));
        }
        return sb;
    }

    // ---------------------------------------------------------------------------------------------------- edits

    private static final String[][] QUOTE_SWAPS = {
        {" will not ", " will "}, {" cannot ", " can "}, {" must ", " should "}, {" are ", " were "},
        {" can ", " cannot "}, {" will ", " will not "}, {" need ", " want "}, {" any longer", " anymore"},
        {" this year", " next year"}, {" have to ", " need to "}
    };

    /** One edit that makes a near-copy: rewrite a sentence, change a number, change a quoted word, drop a paragraph. */
    private void edit(Body b, SplittableRandom r) {
        int kind = r.nextInt(4);
        for (int attempt = 0; attempt < 4; attempt++) {
            if (tryEdit(b, r, (kind + attempt) % 4)) {
                return;
            }
        }
        // Nothing eligible (a very short story): the copy gets an extra closing sentence.
        List<Sentence> last = b.paragraphs.get(b.paragraphs.size() - 1);
        last.add(new Sentence(plain(r, b), PLAIN, -1, -1, -1));
    }

    private boolean tryEdit(Body b, SplittableRandom r, int kind) {
        switch (kind) {
            case 0 -> {
                Sentence s = pickSentence(b, r, PLAIN);
                if (s == null) {
                    return false;
                }
                String fresh = plain(r, b);
                int freshWords = countWords(fresh);
                if (fresh.equals(s.text) || sentenceWords(b) - s.words + freshWords < MIN_WORDS) {
                    return false;
                }
                s.text = fresh;
                s.words = freshWords;
                return true;
            }
            case 1 -> {
                Sentence s = pickSentence(b, r, FIGURE);
                if (s == null) {
                    return false;
                }
                String t = s.text;
                for (int k = 0; k < t.length(); k++) {
                    char c = t.charAt(k);
                    if (c >= '0' && c <= '9') {
                        int d = c - '0';
                        int nd = (d + 1 + r.nextInt(8)) % 10;
                        if (nd == 0) {
                            nd = d == 1 ? 2 : 1;
                        }
                        s.text = t.substring(0, k) + (char) ('0' + nd) + t.substring(k + 1);
                        return true;
                    }
                }
                return false;
            }
            case 2 -> {
                Sentence s = pickSentence(b, r, QUOTE);
                if (s == null) {
                    return false;
                }
                String q = s.text.substring(s.quoteStart, s.quoteEnd);
                int from = r.nextInt(QUOTE_SWAPS.length);
                for (int k = 0; k < QUOTE_SWAPS.length; k++) {
                    String[] sw = QUOTE_SWAPS[(from + k) % QUOTE_SWAPS.length];
                    int at = q.indexOf(sw[0]);
                    if (at >= 0) {
                        String nq = q.substring(0, at) + sw[1] + q.substring(at + sw[0].length());
                        String edited = s.text.substring(0, s.quoteStart) + nq + s.text.substring(s.quoteEnd);
                        int editedWords = countWords(edited);
                        if (sentenceWords(b) - s.words + editedWords < MIN_WORDS) {
                            return false;
                        }
                        s.text = edited;
                        s.words = editedWords;
                        return true;
                    }
                }
                return false;
            }
            default -> {
                int np = b.paragraphs.size();
                if (np < 4) {
                    return false;
                }
                int total = sentenceWords(b);
                int victim = 1 + r.nextInt(np - 1);
                int dropped = 0;
                for (Sentence s : b.paragraphs.get(victim)) {
                    dropped += s.words;
                }
                if (total - dropped < MIN_WORDS) {
                    return false;
                }
                b.paragraphs.remove(victim);
                return true;
            }
        }
    }

    private static int sentenceWords(Body b) {
        int total = 0;
        for (List<Sentence> para : b.paragraphs) {
            for (Sentence s : para) {
                total += s.words;
            }
        }
        return total;
    }

    private static Sentence pickSentence(Body b, SplittableRandom r, byte kind) {
        int count = 0;
        for (List<Sentence> para : b.paragraphs) {
            for (Sentence s : para) {
                if (s.kind == kind) {
                    count++;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        int target = r.nextInt(count);
        for (List<Sentence> para : b.paragraphs) {
            for (Sentence s : para) {
                if (s.kind == kind && target-- == 0) {
                    return s;
                }
            }
        }
        return null;
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String pick(SplittableRandom r, String[] a, int from) {
        return a[from + r.nextInt(a.length - from)];
    }

    private static String an(String word) {
        char c = Character.toLowerCase(word.charAt(0));
        return (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an " : "a ") + word;
    }

    private static String cap(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
