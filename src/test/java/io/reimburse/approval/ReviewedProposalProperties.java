package io.reimburse.approval;

import io.reimburse.cli.CliRunner;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.RejectedLine;
import io.reimburse.output.ReviewedProposal;
import io.reimburse.register.Register;
import io.reimburse.run.Registers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever order the reviewer leaves the rows in and whichever lines they reject, the lines approved
 * are exactly those marked Yes: matched by key, never by position.
 */
class ReviewedProposalProperties {

    private static final List<String> CUSTOMERS = List.of("C00012", "C00027", "C00045", "C00092", "C00118");
    private static Path temp;
    private static Path workbook;
    private static Proposal proposal;

    @BeforeContainer
    static void propose() throws IOException {
        temp = Files.createTempDirectory("reimburse-review-");
        Path register = temp.resolve("register.sqlite");
        CliRunner.Result cli = CliRunner.run("propose", "samples/fr", "--out", temp.resolve("proposal").toString(),
                "--by", "alice", "--register", register.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        workbook = temp.resolve("proposal/proposal.xlsx");
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            proposal = opened.proposals().all().get(0).proposal();
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        PathUtils.deleteDirectory(temp);
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.shuffle(0, 1, 2, 3, 4);
    }

    @Property(tries = 25)
    void theLinesApprovedAreThoseMarkedYesWhateverTheOrder(@ForAll("orders") List<Integer> order,
                                                          @ForAll @Size(5) List<Boolean> approved) throws IOException {
        Path reviewed = Files.createTempFile(temp, "reviewed-", ".xlsx");
        Files.copy(workbook, reviewed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReviewerEdits.edit(reviewed, opened -> {
            Sheet sheet = opened.getSheet(ApprovalTest.REIMBURSEMENTS);
            int approve = ReviewerEdits.column(sheet, "Approuver");
            for (int index = 0; index < CUSTOMERS.size(); index++) {
                ReviewerEdits.rowOf(sheet, CUSTOMERS.get(index)).createCell(approve)
                        .setCellValue(approved.get(index) ? "Oui" : "non");
            }
            reorder(sheet, order);
        });

        ReviewedProposal.Review review = ReviewedProposal.read(reviewed).check(proposal);

        Set<String> expected = new TreeSet<>();
        for (int index = 0; index < CUSTOMERS.size(); index++) {
            if (approved.get(index)) {
                expected.add(CUSTOMERS.get(index));
            }
        }
        assertThat(review.approved().stream().map(line -> line.key().customerAccount()).toList())
                .containsExactlyElementsOf(expected);
        List<String> rejected = new ArrayList<>(CUSTOMERS);
        rejected.removeAll(expected);
        assertThat(review.rejected().stream().map(RejectedLine::line).map(ProposedLine::key)
                .map(BalanceKey::customerAccount).toList()).containsExactlyElementsOf(rejected);
    }

    @Property
    void aLineKeyReadsBackAsItsKey(@ForAll String legalEntity, @ForAll String customer, @ForAll String currency,
                                   @ForAll @Size(max = 3) List<String> dimensions) {
        BalanceKey key = new BalanceKey(legalEntity, customer, currency, dimensions);

        assertThat(ProposedLine.parseKey(ProposedLine.lineKey(key))).contains(key);
    }

    /** Rewrites the table's rows in another order, every cell moved with its row. */
    private static void reorder(Sheet sheet, List<Integer> order) {
        int width = sheet.getRow(0).getLastCellNum();
        List<List<Object>> values = new ArrayList<>();
        for (int index = 0; index < order.size(); index++) {
            Row row = sheet.getRow(index + 1);
            List<Object> cells = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? (Object) cell.getNumericCellValue() : cell.toString());
            }
            values.add(cells);
        }
        for (int index = 0; index < order.size(); index++) {
            Row row = sheet.getRow(index + 1);
            List<Object> moved = values.get(order.get(index));
            for (int column = 0; column < width; column++) {
                Cell cell = row.createCell(column);
                if (moved.get(column) instanceof Double number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue((String) moved.get(column));
                }
            }
        }
    }
}
