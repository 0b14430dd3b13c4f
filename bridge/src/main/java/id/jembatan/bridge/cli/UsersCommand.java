package id.jembatan.bridge.cli;

import id.jembatan.bridge.console.ConsoleRole;
import id.jembatan.bridge.console.ConsoleUser;
import id.jembatan.bridge.console.ConsoleUsers;
import id.jembatan.support.state.AuditLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jembatan.jar users add <name> --role ADMIN|OPERATOR|HR|VIEWER | list | disable <name> | reset <name>}:
 * the admin console's accounts. {@code add} and {@code reset} make a random password and print it once, or read it
 * from standard input with {@code --password-stdin} (never from the command line, which other users can see). Every
 * change is written to the audit log with the actor {@code cli}.
 */
@Component
class UsersCommand implements CliCommand {

    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Jakarta"));
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleUsers users;
    private final AuditLog audit;
    private final InputStream in;

    @Autowired
    UsersCommand(ConsoleUsers users, AuditLog audit) {
        this(users, audit, System.in);
    }

    UsersCommand(ConsoleUsers users, AuditLog audit, InputStream in) {
        this.users = users;
        this.audit = audit;
        this.in = in;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.isEmpty()) {
            return usage(out, null);
        }
        List<String> words = new ArrayList<>();
        String role = null;
        boolean stdin = false;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--password-stdin")) {
                stdin = true;
            } else if (argument.equals("--role") && i + 1 < arguments.size()) {
                role = arguments.get(++i);
            } else if (argument.startsWith("--role=")) {
                role = argument.substring("--role=".length());
            } else {
                words.add(argument);
            }
        }
        try {
            return switch (arguments.get(0)) {
                case "list" -> list(out);
                case "add" -> add(name(words), role, stdin, out);
                case "disable" -> disable(name(words), out);
                case "reset" -> reset(name(words), stdin, out);
                default -> usage(out, "subperintah tidak dikenal / unknown subcommand: " + arguments.get(0));
            };
        } catch (IllegalArgumentException e) {
            return usage(out, e.getMessage());
        }
    }

    private int list(PrintStream out) {
        List<ConsoleUser> all = users.list();
        if (all.isEmpty()) {
            out.println("Belum ada akun konsol / no console accounts yet (users add <name> --role ADMIN)");
            return ExitCodes.OK;
        }
        out.println("nama/name\tperan/role\tstatus\tdiubah/changed (WIB)");
        for (ConsoleUser user : all) {
            out.println(user.username() + "\t" + user.role() + "\t" + (user.enabled() ? "aktif/enabled"
                    : "nonaktif/disabled") + "\t" + WIB.format(user.updatedAt()));
        }
        return ExitCodes.OK;
    }

    private int add(String name, String role, boolean stdin, PrintStream out) {
        if (role == null) {
            throw new IllegalArgumentException("sebutkan peran / give the role: --role ADMIN|OPERATOR|HR|VIEWER");
        }
        ConsoleRole parsed = ConsoleRole.parse(role);
        String password = stdin ? readPassword() : generated();
        users.add(name, password, parsed);
        audit.record("cli", "console.user-add", name, "role " + parsed);
        out.println("Akun ditambahkan / account added: " + name + " (" + parsed + ")");
        if (!stdin) {
            printOnce(password, out);
        }
        return ExitCodes.OK;
    }

    private int disable(String name, PrintStream out) {
        if (!users.disable(name)) {
            out.println("Akun tidak ada / no such account: " + name);
            return ExitCodes.FAILED;
        }
        audit.record("cli", "console.user-disable", name, null);
        out.println("Akun dinonaktifkan / account disabled: " + name);
        return ExitCodes.OK;
    }

    private int reset(String name, boolean stdin, PrintStream out) {
        String password = stdin ? readPassword() : generated();
        if (!users.reset(name, password)) {
            out.println("Akun tidak ada / no such account: " + name);
            return ExitCodes.FAILED;
        }
        audit.record("cli", "console.user-reset", name, null);
        out.println("Kata sandi diatur ulang, akun aktif / password reset, account enabled: " + name);
        if (!stdin) {
            printOnce(password, out);
        }
        return ExitCodes.OK;
    }

    private static void printOnce(String password, PrintStream out) {
        out.println("Kata sandi / password (ditampilkan sekali / shown once): " + password);
    }

    private String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: masukan kosong / standard input was empty");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("--password-stdin: tidak terbaca / could not be read: " + e.getMessage());
        }
    }

    private static String generated() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static String name(List<String> words) {
        if (words.size() != 1) {
            throw new IllegalArgumentException("sebutkan satu nama pengguna / give one user name");
        }
        return words.get(0);
    }

    private static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("Penggunaan / usage: users add <name> --role ADMIN|OPERATOR|HR|VIEWER [--password-stdin] | list"
                + " | disable <name> | reset <name> [--password-stdin]");
        return ExitCodes.USAGE;
    }
}
