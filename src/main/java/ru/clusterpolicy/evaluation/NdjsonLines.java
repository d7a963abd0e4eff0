package ru.clusterpolicy.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an NDJSON stream, each at most a given number of bytes: a longer line is skipped
 * to its end (never held in memory) and reported as too long, so one line cannot exhaust the heap.
 */
final class NdjsonLines {

    /** One line: its 1-based number, and its bytes (null when it was too long to keep). */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private long consumed;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. A last line without a newline counts. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(++number, tooLong ? null : line.toByteArray()) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            consumed += length;
            if (!tooLong && line.size() + length > maxBytes) {
                tooLong = true;
                line = new ByteArrayOutputStream();
            }
            if (!tooLong) {
                line.write(buffer, start, length);
            }
            if (position < limit) {
                position++;
                consumed++;
                return new Line(++number, tooLong ? null : stripCarriageReturn(line.toByteArray()));
            }
        }
    }

    /** Lines read so far. */
    long number() {
        return number;
    }

    /** Bytes read so far, for a progress bar. */
    long consumed() {
        return consumed;
    }

    private static byte[] stripCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }
}
