package id.jembatan.bridge.secret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Command output with secrets masked: collects a line, masks it, then writes it on and flushes. An explicit flush
 * writes a partial line (masked as it stands); the print stream of {@link #printStream} does not flush by itself, so a
 * secret printed in two pieces on one line is still masked.
 */
public final class MaskingOutputStream extends OutputStream {

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    public MaskingOutputStream(OutputStream out) {
        this.out = out;
    }

    /** A UTF-8 print stream over {@code out} that masks every line. */
    public static PrintStream printStream(OutputStream out) {
        return new PrintStream(new MaskingOutputStream(out), false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            drain();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        drain();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }

    private void drain() throws IOException {
        if (line.size() == 0) {
            out.flush();
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        out.write(Secrets.mask(text).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
