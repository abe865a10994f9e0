package io.reimburse.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names kept as bytes come back exactly as they were given, whatever their characters (lone
 * surrogates included: jqwik's strings have them), however many, replaced or not.
 */
class KeyTextsProperties {

    @Property(tries = 200)
    void eachPositionGivesBackItsLastText(@ForAll @Size(max = 3000) List<String> texts,
                                          @ForAll @Size(max = 50) List<Integer> replaced) {
        KeyTexts kept = new KeyTexts();
        List<String> expected = new ArrayList<>(texts);
        for (int position = 0; position < texts.size(); position++) {
            kept.set(position, texts.get(position));
        }
        for (int i = 0; i < replaced.size() && !texts.isEmpty(); i++) {
            int position = Math.floorMod(replaced.get(i), texts.size());
            String later = i % 2 == 0 ? "Client " + i + " — Œuvre € 😀" : "Müller & Søn " + i;
            kept.set(position, later);
            expected.set(position, later);
        }
        for (int position = 0; position < expected.size(); position++) {
            assertThat(kept.get(position)).isEqualTo(expected.get(position));
            assertThat(kept.isEmpty(position)).isEqualTo(expected.get(position).isEmpty());
        }
    }
}
