package id.jembatan.bridge.secret;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Wraps the encoder of a Logback appender and masks what it produced, so masking works for any layout: the plain
 * pattern, Spring Boot's structured JSON formats, a site's own {@code logback-spring.xml}. Stack traces are masked as
 * well, since they are part of the encoded event.
 */
final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private final Encoder<ILoggingEvent> delegate;
    private final Charset charset;

    MaskingEncoder(Encoder<ILoggingEvent> delegate) {
        this.delegate = delegate;
        Charset declared = delegate instanceof LayoutWrappingEncoder<?> wrapping ? wrapping.getCharset() : null;
        this.charset = declared == null ? StandardCharsets.UTF_8 : declared;
    }

    Encoder<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = delegate.encode(event);
        if (encoded == null || encoded.length == 0) {
            return encoded;
        }
        String text = new String(encoded, charset);
        String masked = Secrets.mask(text);
        return masked.equals(text) ? encoded : masked.getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }

    @Override
    public void start() {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }
}
