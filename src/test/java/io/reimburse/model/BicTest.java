package io.reimburse.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** ISO 9362 shape: bank, country, location, optional branch. */
class BicTest {

    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEFF", "DEUTDEFF500", "BNPAFRPPXXX", "NWBKGB2L", "CHASUS33", "UBSWCHZH80A", "RZBAXKPR"})
    void wellShapedBicsOfKnownCountriesAreValid(String bic) {
        assertThat(Bic.check(bic)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DEUTDEF", "DEUTDEFF50", "DEUTDEFF5000", "DEU1DEFF", "DEUTD3FF", "DEUTDE0F", "DEUTDE1F",
            "DEUTDEFO", "DEUTDEFF-00", "deutdeff"})
    void badlyShapedBicsFail(String bic) {
        assertThat(Bic.check(bic)).contains(Bic.Problem.WRONG_SHAPE);
    }

    @Test
    void aCountryThatDoesNotExistFails() {
        assertThat(Bic.check("DEUTZZFF")).contains(Bic.Problem.UNKNOWN_COUNTRY);
        assertThat(Bic.Problem.UNKNOWN_COUNTRY.explain("DEUTZZFF", Language.EN)).contains("'ZZ'");
    }

    @Test
    void spacesAndLowerCaseAreNormalized() {
        assertThat(Bic.normalize(" bnpa fr pp xxx ")).isEqualTo("BNPAFRPPXXX");
    }
}
