package id.jembatan.bridge.cli;

import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jembatan.jar dead-letters list | show <id> | discard <id> | replay <id> | replay --all}: the
 * records flows could not deliver, for the admin who fixes their cause. {@code list} takes {@code --flow <id>},
 * {@code --status OPEN|REPLAYED|DISCARDED} and {@code --limit <n>}; {@code replay --all} takes {@code --flow}.
 * A replay runs the flow's {@link DeadLetterReplay} through {@link DeadLetterReplays}; a letter whose record did not fail
 * again is marked replayed.
 */
@Component
class DeadLettersCommand implements CliCommand {

    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Jakarta"));
    private static final int PAGE = 500;

    private final DeadLetterStore store;
    private final DeadLetterReplays replays;

    DeadLettersCommand(DeadLetterStore store, DeadLetterReplays replays) {
        this.store = store;
        this.replays = replays;
    }

    @Override
    public String name() {
        return "dead-letters";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.isEmpty()) {
            return usage(out, null);
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--all")) {
                options.put("all", "true");
            } else if (argument.startsWith("--") && argument.contains("=")) {
                options.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
            } else if (argument.startsWith("--") && i + 1 < arguments.size()) {
                options.put(argument.substring(2), arguments.get(++i));
            } else {
                words.add(argument);
            }
        }
        try {
            return switch (arguments.get(0)) {
                case "list" -> list(options, out);
                case "show" -> show(id(words), out);
                case "discard" -> discard(id(words), out);
                case "replay" -> options.containsKey("all") ? replayAll(options.get("flow"), out)
                        : replay(List.of(letter(id(words))), out);
                default -> usage(out, "subperintah tidak dikenal / unknown subcommand: " + arguments.get(0));
            };
        } catch (IllegalArgumentException e) {
            return usage(out, e.getMessage());
        }
    }

    private int list(Map<String, String> options, PrintStream out) {
        DeadLetterStatus status = status(options.getOrDefault("status", "OPEN"));
        int limit = positive(options.getOrDefault("limit", "100"), "--limit");
        String flow = options.get("flow");
        List<DeadLetter> letters = letters(status, flow, limit);
        if (letters.isEmpty()) {
            out.println("Tidak ada surat mati / no dead letters (" + status + (flow == null ? "" : ", " + flow) + ")");
            return ExitCodes.OK;
        }
        out.println("id\talur/flow\tkunci/key\tpercobaan/attempts\tterakhir/last seen (WIB)\talasan/reason");
        for (DeadLetter letter : letters) {
            out.println(letter.id() + "\t" + letter.flow() + "\t" + letter.recordKey() + "\t" + letter.attempts() + "\t"
                    + WIB.format(letter.lastSeen()) + "\t" + oneLine(letter.reason()));
        }
        out.println(letters.size() + " surat mati / dead letters" + (letters.size() == limit ? " (batas / limit "
                + limit + ": --limit <n> untuk lebih / for more)" : ""));
        return ExitCodes.OK;
    }

    private int show(long id, PrintStream out) {
        DeadLetter letter = letter(id);
        out.println("id:                 " + letter.id());
        out.println("alur / flow:        " + letter.flow());
        out.println("kunci / key:        " + letter.recordKey());
        out.println("status:             " + letter.status());
        out.println("percobaan/attempts: " + letter.attempts());
        out.println("pertama / first:    " + WIB.format(letter.firstSeen()) + " WIB");
        out.println("terakhir / last:    " + WIB.format(letter.lastSeen()) + " WIB");
        out.println("alasan / reason:    " + letter.reason());
        out.println("kelas / error class: " + (letter.errorClass() == null ? "-" : letter.errorClass()));
        out.println("data / payload:");
        out.println(letter.payload() == null ? "-" : letter.payload());
        return ExitCodes.OK;
    }

    private int discard(long id, PrintStream out) {
        DeadLetter letter = letter(id);
        if (!store.discard(id)) {
            out.println("Surat mati " + id + " tidak terbuka / dead letter " + id + " is not open: " + letter.status());
            return ExitCodes.FAILED;
        }
        out.println("Surat mati " + id + " dibuang / dead letter " + id + " discarded (" + letter.flow() + " "
                + letter.recordKey() + ")");
        return ExitCodes.OK;
    }

    private int replayAll(String flow, PrintStream out) {
        List<DeadLetter> letters = letters(DeadLetterStatus.OPEN, flow, Integer.MAX_VALUE);
        if (letters.isEmpty()) {
            out.println("Tidak ada surat mati terbuka / no open dead letters" + (flow == null ? "" : " (" + flow + ")"));
            return ExitCodes.OK;
        }
        return replay(letters, out);
    }

    private int replay(List<DeadLetter> letters, PrintStream out) {
        for (DeadLetter letter : letters) {
            if (letter.status() != DeadLetterStatus.OPEN) {
                out.println("Surat mati " + letter.id() + " tidak terbuka / dead letter " + letter.id()
                        + " is not open: " + letter.status());
                return ExitCodes.FAILED;
            }
        }
        return replays.replay(letters, out).status();
    }

    private List<DeadLetter> letters(DeadLetterStatus status, String flow, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        long after = 0;
        while (letters.size() < limit) {
            List<DeadLetter> page = store.listAfter(status, after, PAGE);
            for (DeadLetter letter : page) {
                if ((flow == null || flow.equals(letter.flow())) && letters.size() < limit) {
                    letters.add(letter);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        return letters;
    }

    private DeadLetter letter(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException(
                "surat mati tidak ada / no dead letter with id " + id));
    }

    private static long id(List<String> words) {
        if (words.size() != 1) {
            throw new IllegalArgumentException("sebutkan satu id / give one id");
        }
        try {
            return Long.parseLong(words.get(0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id bukan angka / id is not a number: " + words.get(0));
        }
    }

    private static DeadLetterStatus status(String value) {
        try {
            return DeadLetterStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status tidak dikenal / unknown status: " + value
                    + " (OPEN, REPLAYED, DISCARDED)");
        }
    }

    private static int positive(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(option + " harus bilangan positif / must be a positive number: " + value);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("Penggunaan / usage: dead-letters list [--flow <id>] [--status OPEN|REPLAYED|DISCARDED] [--limit <n>]"
                + " | show <id> | discard <id> | replay <id> | replay --all [--flow <id>]");
        return ExitCodes.USAGE;
    }
}
