package io.reimburse.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetXmlWriterProperties {

    /**
     * Text with accents, CJK and emoji (surrogate pairs), long enough to cross the 64K buffer, and
     * lone surrogates (broken text from a damaged input), which UTF-8 writes as '?'.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("a", "é", "東京", "😀", "<&>", "\"", "\r\n", "x".repeat(5000),
                "😀".repeat(3000), "\uD83D", "\uDE00");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 200)
    void writesExactlyTheUtf8OfWhatItWasGivenHoweverItIsCut(@ForAll("texts") String text,
                                                            @ForAll("cuts") List<Integer> cuts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter writer = new SheetXmlWriter(bytes)) {
            int at = 0;
            int call = 0;
            for (int cut : cuts) {
                int end = Math.min(text.length(), at + cut);
                switch (call++ % 3) {
                    case 0 -> writer.write(text, at, end - at);
                    case 1 -> writer.write(text.substring(at, end).toCharArray());
                    default -> {
                        for (int i = at; i < end; i++) {
                            writer.write(text.charAt(i));
                        }
                    }
                }
                at = end;
            }
            writer.write(text.substring(at));
            writer.flush();
        }

        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 70_000).list().ofMaxSize(8);
    }

    @Test
    void aDiskThatStaysFullGivesTheSameErrorOnEveryWriteAndOnClose() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        SheetXmlWriter writer = new SheetXmlWriter(full);
        writer.write("x".repeat(1 << 16)); // the buffer is full: the next write flushes it

        for (int attempt = 0; attempt < 5; attempt++) { // POI goes on writing after a failed row, then closes
            assertThatThrownBy(() -> writer.write('y')).isInstanceOf(IOException.class)
                    .hasMessage("No space left on device");
        }
        assertThatThrownBy(writer::close).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void aSurrogatePairAcrossTheBufferEdgeStaysOneCharacter() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "😀" + "b";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SheetXmlWriter writer = new SheetXmlWriter(bytes)) {
            writer.write(text);
        }

        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
