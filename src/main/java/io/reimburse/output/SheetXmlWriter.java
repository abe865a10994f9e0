package io.reimburse.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer without locks, for the sheets' XML that POI's streaming workbook writes
 * a few characters at a time (about fifteen calls per cell). {@link java.io.BufferedWriter} takes
 * a lock on every call; on a 300,000-row report that lock was a fifth of the report's time.
 * Used by one thread only.
 */
final class SheetXmlWriter extends Writer {

    private final OutputStream out;
    private final char[] buffer = new char[1 << 16];
    private int count;
    /** Encodes without a String per flush; a lone surrogate becomes '?', as String.getBytes makes it. */
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** At most three bytes per char in UTF-8 (a surrogate pair, two chars, takes four). */
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * buffer.length);

    SheetXmlWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        while (offset < end) {
            if (count == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(end - offset, buffer.length - count);
            System.arraycopy(chars, offset, buffer, count, n);
            count += n;
            offset += n;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        while (offset < end) {
            if (count == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(end - offset, buffer.length - count);
            text.getChars(offset, offset + n, buffer, count);
            count += n;
            offset += n;
        }
    }

    /** A row's cells as {@link StreamedRow} made them: copied straight from the builder, without a String. */
    @Override
    public Writer append(CharSequence text) throws IOException {
        if (!(text instanceof StringBuilder builder)) {
            return super.append(text);
        }
        int offset = 0;
        while (offset < builder.length()) {
            if (count == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(builder.length() - offset, buffer.length - count);
            builder.getChars(offset, offset + n, buffer, count);
            count += n;
            offset += n;
        }
        return this;
    }

    /** Encodes the buffer, keeping a last high surrogate for its pair, which comes with the next write. */
    private void flushBuffer() throws IOException {
        encode(count > 0 && Character.isHighSurrogate(buffer[count - 1]) ? count - 1 : count);
    }

    private void encode(int end) throws IOException {
        encoder.reset();
        CoderResult result = encoder.encode(CharBuffer.wrap(buffer, 0, end), bytes, true);
        if (result.isUnderflow()) {
            result = encoder.flush(bytes);
        }
        if (!result.isUnderflow()) { // cannot happen with room for three bytes per char
            result.throwException();
        }
        int length = bytes.position();
        bytes.clear(); // before writing: a failed write (a full disk) must not leave the buffer full for close()
        out.write(bytes.array(), 0, length);
        count -= end;
        if (count > 0) {
            buffer[0] = buffer[end];
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** Writes all that is left, a lone high surrogate included (as a replacement character). */
    @Override
    public void close() throws IOException {
        try (out) {
            encode(count);
        }
    }
}
