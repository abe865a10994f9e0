package io.reimburse.approval;

import io.reimburse.cli.CliRunner;
import io.reimburse.register.Proposals;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.run.Registers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static io.reimburse.approval.ReviewerEdits.delete;
import static io.reimburse.approval.ReviewerEdits.edit;
import static io.reimburse.approval.ReviewerEdits.set;
import static io.reimburse.approval.ReviewerEdits.sortDescending;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four eyes (issue 13) on the French sample: a proposal, edited as a reviewer's spreadsheet program
 * would, then approved by another person; every change other than Approve and Comment refused with
 * its cell named, the register unchanged.
 */
class ApprovalTest {

    static final String REIMBURSEMENTS = "Remboursements";
    static final String PAYMENTS = "Paiements";

    @TempDir
    Path temp;

    Path register;
    Path inputs;
    Path proposal;

    @BeforeEach
    void propose() throws Exception {
        register = temp.resolve("register.sqlite");
        inputs = temp.resolve("fr");
        Files.createDirectories(inputs);
        for (String file : new String[] {"parametres.csv", "soldes-clients.csv", "fournisseurs.csv"}) {
            Files.copy(Path.of("samples/fr").resolve(file), inputs.resolve(file));
        }
        proposal = proposeAs("alice", "proposal");
    }

    Path proposeAs(String proposer, String folder, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("propose", inputs.toString(), "--out",
                temp.resolve(folder).toString(), "--by", proposer, "--register", register.toString()));
        args.addAll(List.of(more));
        CliRunner.Result cli = CliRunner.run(args.toArray(String[]::new));
        assertThat(cli.status()).as(cli.err()).isZero();
        return temp.resolve(folder).resolve("proposal.xlsx");
    }

    CliRunner.Result approve(Path workbook, String approver, String out) {
        return CliRunner.run("approve", workbook.toString(), "--by", approver, "--register", register.toString(),
                "--out", temp.resolve(out).toString());
    }

    /** Everything the register holds of runs, reimbursements and proposals, as text. */
    String registerState() {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            String runs = opened.runs().stream().map(run -> run.runId() + " " + run.status())
                    .collect(Collectors.joining(","));
            String lines = opened.reimbursements(null, null, null, null).stream()
                    .map(RegisterReimbursement::invoice).collect(Collectors.joining(","));
            String proposals = opened.proposals().all().stream().map(p -> p.proposal().id() + " "
                    + p.state(Instant.now()).code() + " " + opened.proposals().approval(p).isPresent())
                    .collect(Collectors.joining(","));
            return runs + " | " + lines + " | " + proposals;
        }
    }

    void assertRefused(CliRunner.Result cli, String out, String before, String... messages) {
        assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains(messages).doesNotContain("Exception");
        assertThat(temp.resolve(out)).doesNotExist();
        assertThat(registerState()).isEqualTo(before);
    }

    @Test
    void aProposalWritesTheWorkbookAndManifestOnlyAndUsesNoNumber() throws Exception {
        try (var files = Files.list(proposal.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("proposal.xlsx",
                    "manifest.json");
        }
        assertThat(registerState()).startsWith(" |  | P").endsWith("proposed false");
        try (XSSFWorkbook workbook = new XSSFWorkbook(proposal.toFile())) {
            Sheet reimbursements = workbook.getSheet(REIMBURSEMENTS);
            assertThat(reimbursements.getProtect()).isTrue();
            assertThat(workbook.getSheet("Synthèse").getProtect()).isTrue();
            assertThat(reimbursements.getDataValidations()).hasSize(1);
            assertThat(reimbursements.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Oui", "Non");
            int approve = ReviewerEdits.column(reimbursements, "Approuver");
            int amount = ReviewerEdits.column(reimbursements, "Montant");
            var row = ReviewerEdits.rowOf(reimbursements, "C00012");
            assertThat(row.getCell(approve).getStringCellValue()).isEqualTo("Oui");
            assertThat(row.getCell(approve).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(amount).getCellStyle().getLocked()).isTrue();
            assertThat(reimbursements.isColumnHidden(ReviewerEdits.column(reimbursements, "Clé de ligne"))).isTrue();
            assertThat(row.getCell(ReviewerEdits.column(reimbursements, "Facture"))).satisfiesAnyOf(
                    cell -> assertThat(cell).isNull(), cell -> assertThat(cell.toString()).isEmpty());
            assertThat(ReviewerEdits.column(workbook.getSheet(PAYMENTS), "Approuver")).isPositive();
        }
        // nothing was used up: a plain run of the same files still starts at number 1
        CliRunner.Result run = CliRunner.run("run", inputs.toString(), "--out", temp.resolve("run").toString(),
                "--register", register.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(temp.resolve("run/reimbursements.csv"))).contains("RMB-FR-000001")
                .contains("OTV-000001");
    }

    @Test
    void theApprovedLinesOfASortedEditedWorkbookAreCommittedNumberedInOrder() throws Exception {
        edit(proposal, sortDescending(REIMBURSEMENTS, "Montant")
                .andThen(set(REIMBURSEMENTS, "C00045", "Approuver", "non"))
                .andThen(set(REIMBURSEMENTS, "C00045", "Commentaire", "client parti, à vérifier"))
                .andThen(set(REIMBURSEMENTS, "C00092", "Commentaire", "vu")));

        CliRunner.Result cli = approve(proposal, "bob", "approved");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("approved by bob").contains("4 reimbursed").contains("1 line(s) rejected");
        String csv = Files.readString(temp.resolve("approved/reimbursements.csv"));
        assertThat(csv).contains("C00012").contains("C00027").contains("C00092").contains("C00118")
                .doesNotContain("C00045");
        assertThat(java.util.regex.Pattern.compile("RMB-FR-\\d{6}").matcher(csv).results()
                .map(java.util.regex.MatchResult::group).toList()).containsExactly("RMB-FR-000001", "RMB-FR-000002", "RMB-FR-000003", "RMB-FR-000004");
        assertThat(Files.readString(temp.resolve("approved/payments.xml"))).doesNotContain("C00045");
        assertThat(temp.resolve("approved/manifest.json")).isNotEmptyFile();
        try (XSSFWorkbook report = new XSSFWorkbook(temp.resolve("approved/reimbursement-report.xlsx").toFile())) {
            Sheet rejected = report.getSheet("Rejetés");
            assertThat(rejected.getRow(1).getCell(1).getStringCellValue()).isEqualTo("C00045");
            assertThat(rejected.getRow(1).getCell(6).getStringCellValue()).isEqualTo("client parti, à vérifier");
            String summary = cells(report.getSheet("Synthèse"));
            assertThat(summary).contains("Approuvé par bob").contains("Proposé par alice");
        }
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            Proposals.Recorded recorded = opened.proposals().all().get(0);
            assertThat(recorded.state(Instant.now())).isEqualTo(Proposals.State.APPROVED);
            Proposals.Approved approval = opened.proposals().approval(recorded).orElseThrow();
            assertThat(approval.approver()).isEqualTo("bob");
            assertThat(approval.sameUserAllowed()).isFalse();
            assertThat(approval.workbookSha256()).isEqualTo(io.reimburse.output.Sha256.of(proposal));
            assertThat(approval.rejected()).singleElement().satisfies(line -> {
                assertThat(line.line().key().customerAccount()).isEqualTo("C00045");
                assertThat(line.comment()).isEqualTo("client parti, à vérifier");
            });
        }
    }

    @Test
    void aRejectedLineIsProposedAgainWithItsRejectionShown() throws Exception {
        edit(proposal, set(REIMBURSEMENTS, "C00045", "Approuver", "Non")
                .andThen(set(REIMBURSEMENTS, "C00045", "Commentaire", "adresse inconnue")));
        assertThat(approve(proposal, "bob", "approved").status()).isZero();

        // the same balances: the customers approved are used up, the one rejected is not
        CliRunner.Result refused = CliRunner.run("propose", inputs.toString(), "--out", temp.resolve("p").toString(),
                "--register", register.toString());
        assertThat(refused.err()).contains("already used by run").contains("first: C00012");
        Path again = proposeAs("alice", "proposal-2", "--select", "C00045");

        try (XSSFWorkbook workbook = new XSSFWorkbook(again.toFile())) {
            Sheet reimbursements = workbook.getSheet(REIMBURSEMENTS);
            assertThat(reimbursements.getRow(1).getCell(1).getStringCellValue()).isEqualTo("C00045");
            assertThat(reimbursements.getLastRowNum()).isLessThan(4); // the only line, then the totals
            assertThat(ReviewerEdits.text(again, REIMBURSEMENTS, "C00045", "Rejeté auparavant"))
                    .contains("par bob: adresse inconnue");
        }
        CliRunner.Result second = approve(again, "carol", "approved-2");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(Files.readString(temp.resolve("approved-2/reimbursements.csv"))).contains("C00045")
                .contains("RMB-FR-000005").contains("OTV-000003");
    }

    @Test
    void aTamperedAmountIsRefusedWithItsCellNamed() throws Exception {
        edit(proposal, set(REIMBURSEMENTS, "C00118", "Montant", 32456.78));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before,
                "proposal.xlsx, sheet Remboursements, row 6, column Montant (G6): was '23456.78' in the proposal, "
                        + "is '32456.78' here: only Approuver and Commentaire may be changed");
    }

    @Test
    void aProposalWhoseEveryLineIsRejectedEndsRejectedAndReimbursesNobody() throws Exception {
        edit(proposal, workbook -> {
            for (String customer : List.of("C00012", "C00027", "C00045", "C00092", "C00118")) {
                set(REIMBURSEMENTS, customer, "Approuver", "Non").accept(workbook);
            }
        });

        CliRunner.Result cli = approve(proposal, "bob", "approved");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("5 line(s) rejected");
        assertThat(registerState()).contains(" rejected true");
        assertThat(Files.readString(temp.resolve("approved/reimbursements.csv"))).doesNotContain("RMB-FR");
        // nobody was reimbursed: the same file may be proposed again, whole
        assertThat(proposeAs("alice", "again")).exists();
    }

    @Test
    void anEnglishProposalIsReviewedInEnglish() throws Exception {
        CliRunner.Result cli = CliRunner.run("propose", "samples/en-workbook", "--out", temp.resolve("en").toString(),
                "--by", "alice", "--register", register.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        Path english = temp.resolve("en/proposal.xlsx");
        String first;
        try (XSSFWorkbook workbook = new XSSFWorkbook(english.toFile())) {
            Sheet reimbursements = workbook.getSheet("Reimbursements");
            first = reimbursements.getRow(1).getCell(1).getStringCellValue();
            assertThat(reimbursements.getRow(1).getCell(ReviewerEdits.column(reimbursements, "Approve"))
                    .getStringCellValue()).isEqualTo("Yes");
            assertThat(cells(workbook.getSheet("Summary"))).contains("Proposed by alice").contains("Approved by");
        }
        edit(english, set("Reimbursements", first, "Approve", "no").andThen(set("Reimbursements", first, "Comment",
                "duplicate of a refund paid by cheque")));

        CliRunner.Result approved = approve(english, "bob", "approved-en");

        assertThat(approved.status()).as(approved.err()).isZero();
        assertThat(Files.readString(temp.resolve("approved-en/reimbursements.csv"))).doesNotContain(first + ",");
        try (XSSFWorkbook report = new XSSFWorkbook(temp.resolve("approved-en/reimbursement-report.xlsx").toFile())) {
            assertThat(cells(report.getSheet("Rejected"))).contains(first).contains("duplicate of a refund paid by cheque");
        }
    }

    @Test
    void aProposalOfNobodyIsApprovedNotRejected() {
        Path empty = proposeAs("alice", "empty", "--select", "C99999");

        CliRunner.Result cli = approve(empty, "bob", "approved-empty");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(registerState()).contains(" approved true");
    }

    @Test
    void aNoOnThePaymentsSheetRejectsTheLineAndTheManifestSaysSo() throws Exception {
        edit(proposal, set(PAYMENTS, "C00027", "Approuver", "Non")
                .andThen(set(PAYMENTS, "C00027", "Commentaire", "IBAN à confirmer")));

        CliRunner.Result cli = approve(proposal, "bob", "approved");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(Files.readString(temp.resolve("approved/reimbursements.csv"))).doesNotContain("C00027");
        assertThat(Files.readString(temp.resolve("approved/manifest.json"))).contains("\"approvedBy\" : \"bob\"")
                .contains("\"proposedBy\" : \"alice\"").contains("\"customerAccount\" : \"C00027\"")
                .contains("\"comment\" : \"IBAN à confirmer\"");
    }

    @Test
    void aTamperedIbanIsRefusedWithItsCellNamed() throws Exception {
        edit(proposal, set(PAYMENTS, "C00012", "IBAN", "FR7630006000011234567890189"));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before,
                "Paiements, row ", "column IBAN (", "is 'FR7630006000011234567890189' here");
    }

    @Test
    void aTamperedVendorIsRefused() throws Exception {
        edit(proposal, set(REIMBURSEMENTS, "C00027", "Fournisseur", "F99999"));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before, "column Fournisseur (",
                "was 'F00310' in the proposal");
    }

    @Test
    void aPaymentHeldThatIsMarkedReadyIsRefused() throws Exception {
        edit(proposal, set(PAYMENTS, "C00092", "Code", "PAYABLE"));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before, "column Code (",
                "was 'BAD_BANK_DETAILS' in the proposal, is 'PAYABLE' here");
    }

    @Test
    void aDeletedRowIsRefused() throws Exception {
        edit(proposal, delete(REIMBURSEMENTS, "C00045"));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before,
                "sheet Remboursements", "customer C00045 in EUR (10.00) is missing: a row was deleted");
    }

    @Test
    void anAddedRowIsRefused() throws Exception {
        edit(proposal, workbook -> {
            Sheet sheet = workbook.getSheet(REIMBURSEMENTS);
            var row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(1).setCellValue("C00999");
            row.createCell(ReviewerEdits.column(sheet, "Montant")).setCellValue(5000);
        });
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before,
                "this row is not a line of the proposal: a row was added");
    }

    @Test
    void anApproveValueThatIsNotYesOrNoIsRefused() throws Exception {
        edit(proposal, set(REIMBURSEMENTS, "C00027", "Approuver", "peut-être"));
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before, "column Approuver (",
                "'peut-être' is not Oui or Non");
    }

    @Test
    void theProposerCannotApprove() {
        String before = registerState();

        assertRefused(approve(proposal, "Alice", "approved"), "approved", before,
                "Alice proposed", "cannot approve it too");
    }

    @Test
    void theProposerMayApproveWhenTheParametersAllowItAndThatIsRecorded() throws Exception {
        Files.writeString(inputs.resolve("parametres.csv"), "Approbation par le même utilisateur;Oui\r\n",
                Charset.forName("windows-1252"), StandardOpenOption.APPEND);
        Path allowed = proposeAs("alice", "allowed");

        CliRunner.Result cli = approve(allowed, "alice", "approved");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(the proposer: ApprovalBySameUser)");
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            Proposals.Recorded recorded = opened.proposals().all().stream()
                    .filter(p -> p.state(Instant.now()) == Proposals.State.APPROVED).findFirst().orElseThrow();
            assertThat(opened.proposals().approval(recorded).orElseThrow().sameUserAllowed()).isTrue();
        }
    }

    @Test
    void aSecondApprovalIsRefused() {
        assertThat(approve(proposal, "bob", "approved").status()).isZero();
        String before = registerState();

        assertRefused(approve(proposal, "carol", "approved-again"), "approved-again", before,
                "is approved already");
    }

    @Test
    void aWorkbookOfAnotherRegisterIsRefused() {
        register = temp.resolve("other-register.sqlite");
        CliRunner.Result cli = CliRunner.run("run", "--register", register.toString(), "samples/en-workbook", "--out",
                temp.resolve("other").toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before, "is not in this register");
    }

    @Test
    void aWorkbookNamingAProposalThatDoesNotExistIsRefused() throws Exception {
        edit(proposal, workbook -> {
            for (var row : workbook.getSheet("Synthèse")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Proposition")) {
                    row.getCell(1).setCellValue("P20260101-000000-0000");
                }
            }
        });
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before,
                "proposal P20260101-000000-0000 is not in this register");
    }

    @Test
    void aProposalIsStaleOnceOneOfItsCustomersIsReimbursedByARun() {
        CliRunner.Result run = CliRunner.run("run", inputs.toString(), "--out", temp.resolve("run").toString(),
                "--register", register.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String before = registerState();

        assertRefused(approve(proposal, "bob", "approved"), "approved", before, "is stale: customer C00012 in EUR "
                + "was reimbursed since it was made");
    }

    @Test
    void aRunIsRefusedWhenTheParametersRequireApproval() throws Exception {
        Files.writeString(inputs.resolve("parametres.csv"), "Approbation requise;Oui\r\n",
                Charset.forName("windows-1252"), StandardOpenOption.APPEND);

        CliRunner.Result run = CliRunner.run("run", inputs.toString(), "--out", temp.resolve("run").toString(),
                "--register", register.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("RequireApproval = Yes").contains("reimburse propose")
                .contains("reimburse approve");
        assertThat(temp.resolve("run")).doesNotExist();
        assertThat(CliRunner.run("run", inputs.toString(), "--dry-run", "--out", temp.resolve("draft").toString(),
                "--register", register.toString()).status()).isZero();
        assertThat(proposeAs("alice", "required")).exists();
    }

    @Test
    void theRegisterListsShowsAndExportsProposalsWithTheirState() throws Exception {
        edit(proposal, set(REIMBURSEMENTS, "C00045", "Approuver", "Non")
                .andThen(set(REIMBURSEMENTS, "C00045", "Commentaire", "adresse inconnue")));
        CliRunner.Result approved = approve(proposal, "bob", "approved");
        assertThat(approved.status()).as(approved.err()).isZero();
        Path waiting = proposeAs("alice", "waiting", "--select", "C00045");

        CliRunner.Result list = CliRunner.run("register", "list", "--register", register.toString());
        assertThat(list.out()).contains("2 proposal(s)").containsPattern("P\\S+ .* alice .* approved +bob +1 ")
                .containsPattern("P\\S+ .* alice .* 10.00 EUR +proposed");
        String waitingId;
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            waitingId = opened.proposals().all().get(0).proposal().id();
        }
        String approvedId = list.out().lines().filter(line -> line.contains("approved")).findFirst().orElseThrow()
                .split(" ")[0];
        CliRunner.Result show = CliRunner.run("register", "show", approvedId, "--register", register.toString());
        assertThat(show.out()).contains("APPROVED").contains("approved by bob").containsPattern(
                "C00045 .* rejected +adresse inconnue").containsPattern("C00012 .* approved");
        assertThat(CliRunner.run("register", "show", waitingId, "--register", register.toString()).out())
                .contains("PROPOSED");
        Path export = temp.resolve("register.xlsx");
        assertThat(CliRunner.run("register", "export", "--register", register.toString(), "--out",
                export.toString()).status()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(export.toFile())) {
            String proposals = cells(workbook.getSheet("Proposals"));
            assertThat(proposals).contains(approvedId + " ").contains(" approved ").contains(waitingId + " ")
                    .contains(" proposed ");
        }
        assertThat(waiting).exists();
    }

    static String cells(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> {
            List<String> values = new java.util.ArrayList<>();
            row.forEach(cell -> values.add(cell.toString()));
            text.append(String.join(" ", values)).append('\n');
        });
        return text.toString();
    }
}
