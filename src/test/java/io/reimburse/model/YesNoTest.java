package io.reimburse.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The words for yes and no, shared by the Yes/No parameters and the Blocked column. */
class YesNoTest {

    @ParameterizedTest
    @CsvSource({"Yes,true", "OUI,true", "o,true", "Vrai,true", "1,true", "y,true", "True,true",
            "No,false", "non,false", "N,false", "Faux,false", "0,false", "false,false", "' Non ',false"})
    void yesAndNoInEnglishAndFrench(String word, boolean yes) {
        assertThat(YesNo.parse(word)).contains(yes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maybe", "peut-être", "2", "ja"})
    void otherWordsAreNeither(String word) {
        assertThat(YesNo.parse(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Oui,ALL", "yes,ALL", "Tout,ALL", "Non,NO", "0,NO", "'',NO", "Aucun,NO", "Facture,INVOICE",
            "Paiement,PAYMENT", "Règlement,PAYMENT", "Jamais,NEVER", "Demande d'achat,REQUISITION"})
    void theBlockedColumnReadsTheSameWords(String word, Blocked blocked) {
        assertThat(Blocked.parse(word)).isEqualTo(Optional.of(blocked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocked", "bloqué partiellement", "2"})
    void aBlockedWordItDoesNotKnowIsNotGuessed(String word) {
        assertThat(Blocked.parse(word)).isEmpty();
    }
}
