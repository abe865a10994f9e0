package io.reimburse.input;

import io.reimburse.model.RunRefused;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A library failing on a file is the file's problem; our own code failing is a bug and must show as one. */
class ReaderBoundaryTest {

    @Test
    void aLibraryFailureBecomesARunProblemNamingTheFileSheetAndRow() {
        assertThatThrownBy(() -> ReaderBoundary.call("export.xlsx", "Soldes", 12, () -> new CellReference("A1:::")))
                .isInstanceOf(RunRefused.class)
                .hasMessageStartingWith("export.xlsx, sheet Soldes, row 12: is damaged or not a file this tool can read");
    }

    @Test
    void aFailureInOurOwnCodeIsNotBlamedOnTheFile() {
        assertThatThrownBy(() -> ReaderBoundary.call("export.xlsx", null, 0, () -> new BigDecimal("NaN")))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ReaderBoundary.call("export.xlsx", null, 0, () -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePasswordOrZipBombReasonIsFoundInTheCauses() {
        RuntimeException wrapped = new RuntimeException("Unable to read workbook",
                new IllegalStateException("Zip bomb detected! The file would exceed the max. ratio"));
        org.assertj.core.api.Assertions.assertThat(ReaderBoundary.explain(wrapped)).contains("zip bomb");
    }

    @Test
    void aLibraryTrippingInTheJdkOverABadFileIsToldInTheToolsWords() {
        IndexOutOfBoundsException negative = new IndexOutOfBoundsException("Index -257 out of bounds for length 8");
        org.assertj.core.api.Assertions.assertThat(ReaderBoundary.explain(negative))
                .isEqualTo("is damaged or not a file this tool can read (its internal structure is inconsistent)");
    }

    @Test
    void aDoctypeRefusedByPoisSaxParserIsAnEntityDeclarationNotDamage() {
        RuntimeException sax = new RuntimeException("Unable to parse", new org.xml.sax.SAXParseException("DOCTYPE is "
                + "disallowed when the feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.", null));
        org.assertj.core.api.Assertions.assertThat(ReaderBoundary.explain(sax)).isEqualTo(ReaderBoundary.ENTITY_DECLARATIONS)
                .startsWith("declares XML entities (a DOCTYPE)");
    }
}
