package io.reimburse.register;

import java.util.List;

/**
 * The register's schema, as ordered migrations: version N is reached by applying the first N
 * scripts. A register at a higher version than this list was written by a newer tool.
 * Amounts are TEXT (exact decimals), dates ISO TEXT (they compare as dates).
 */
final class Migrations {

    private Migrations() {
    }

    static final List<List<String>> SCRIPTS = List.of(
            List.of("""
                    CREATE TABLE run (
                        run_id TEXT PRIMARY KEY,
                        started_at TEXT NOT NULL,
                        committed_at TEXT NOT NULL,
                        tool_version TEXT NOT NULL,
                        legal_entity TEXT NOT NULL,
                        balance_date TEXT NOT NULL,
                        transaction_date TEXT NOT NULL,
                        parameters TEXT NOT NULL,
                        counts TEXT NOT NULL,
                        totals TEXT NOT NULL,
                        output_folder TEXT NOT NULL,
                        output_temporary TEXT NOT NULL,
                        outputs_in_place INTEGER NOT NULL DEFAULT 0,
                        status TEXT NOT NULL CHECK (status IN ('committed', 'voided')),
                        voided_at TEXT,
                        void_reason TEXT)""",
                    """
                    CREATE TABLE run_input (
                        run_id TEXT NOT NULL REFERENCES run (run_id),
                        file TEXT NOT NULL,
                        role TEXT NOT NULL,
                        sha256 TEXT NOT NULL)""",
                    "CREATE INDEX run_input_sha256 ON run_input (sha256)",
                    """
                    CREATE TABLE reimbursement (
                        invoice TEXT PRIMARY KEY,
                        run_id TEXT NOT NULL REFERENCES run (run_id),
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        customer_name TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        dimensions TEXT NOT NULL,
                        amount TEXT NOT NULL,
                        vendor TEXT NOT NULL,
                        one_time_vendor TEXT NOT NULL,
                        balance_date TEXT NOT NULL,
                        transaction_date TEXT NOT NULL)""",
                    "CREATE INDEX reimbursement_customer ON reimbursement (legal_entity, customer, currency, balance_date)",
                    """
                    CREATE TABLE one_time_vendor (
                        vendor TEXT PRIMARY KEY,
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        run_id TEXT NOT NULL REFERENCES run (run_id))""",
                    "CREATE INDEX one_time_vendor_customer ON one_time_vendor (legal_entity, customer)",
                    """
                    CREATE TABLE sequence (
                        name TEXT PRIMARY KEY,
                        next_value INTEGER NOT NULL)"""),
            // 2: the IBAN each customer was paid to, for the bank-detail change alert (SPEC §10)
            List.of("""
                    CREATE TABLE payee_iban (
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        iban TEXT NOT NULL,
                        invoice TEXT NOT NULL REFERENCES reimbursement (invoice),
                        run_id TEXT NOT NULL REFERENCES run (run_id))""",
                    "CREATE INDEX payee_iban_customer ON payee_iban (legal_entity, customer)"),
            // 3: after the run (issue 15): a reimbursement is pending until the ERP has posted it; one invoice
            // can be voided (and reversed); every payment decision is kept, so a held payment can be made later
            // and none twice; runs of payments and of reversals are runs too
            List.of("ALTER TABLE run ADD COLUMN kind TEXT NOT NULL DEFAULT 'reimbursement' "
                            + "CHECK (kind IN ('reimbursement', 'payment', 'reversal'))",
                    "ALTER TABLE reimbursement ADD COLUMN deducted TEXT NOT NULL DEFAULT '0'",
                    "ALTER TABLE reimbursement ADD COLUMN dimension_display TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE reimbursement ADD COLUMN payee TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE reimbursement ADD COLUMN iban TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE reimbursement ADD COLUMN bic TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE reimbursement ADD COLUMN posted_on TEXT",
                    "ALTER TABLE reimbursement ADD COLUMN posted_source TEXT",
                    "ALTER TABLE reimbursement ADD COLUMN voided_at TEXT",
                    "ALTER TABLE reimbursement ADD COLUMN void_reason TEXT",
                    "ALTER TABLE reimbursement ADD COLUMN reversal TEXT",
                    "ALTER TABLE reimbursement ADD COLUMN reversal_run_id TEXT REFERENCES run (run_id)",
                    "UPDATE reimbursement SET voided_at = (SELECT u.voided_at FROM run u WHERE u.run_id = "
                            + "reimbursement.run_id), void_reason = (SELECT u.void_reason FROM run u WHERE u.run_id = "
                            + "reimbursement.run_id) WHERE run_id IN (SELECT run_id FROM run WHERE status = 'voided')",
                    // a one-time vendor of a run voided before this version was never imported: not reused
                    "ALTER TABLE one_time_vendor ADD COLUMN released INTEGER NOT NULL DEFAULT 0",
                    "UPDATE one_time_vendor SET released = 1 WHERE run_id IN (SELECT run_id FROM run WHERE status = 'voided')",
                    """
                    CREATE TABLE payment (
                        invoice TEXT NOT NULL REFERENCES reimbursement (invoice),
                        run_id TEXT NOT NULL REFERENCES run (run_id),
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        status TEXT NOT NULL,
                        iban TEXT NOT NULL,
                        bic TEXT NOT NULL,
                        PRIMARY KEY (invoice, run_id))""",
                    "INSERT INTO payment (invoice, run_id, legal_entity, customer, status, iban, bic) "
                            + "SELECT invoice, run_id, legal_entity, customer, 'PAYABLE', iban, '' FROM payee_iban",
                    "DROP TABLE payee_iban",
                    "CREATE INDEX payment_customer ON payment (legal_entity, customer)",
                    // a sequence per prefix: the global one continues for every prefix already used
                    "INSERT OR IGNORE INTO sequence (name, next_value) SELECT 'invoice:' || "
                            + "json_extract(u.parameters, '$.InvoicePrefix'), s.next_value FROM run u "
                            + "JOIN sequence s ON s.name = 'invoice' GROUP BY 1",
                    "INSERT OR IGNORE INTO sequence (name, next_value) SELECT 'one-time-vendor:' || "
                            + "json_extract(u.parameters, '$.OneTimeVendorPrefix'), s.next_value FROM run u "
                            + "JOIN sequence s ON s.name = 'one-time-vendor' GROUP BY 1",
                    "DELETE FROM sequence WHERE name IN ('invoice', 'one-time-vendor')",
                    "CREATE INDEX reimbursement_run ON reimbursement (run_id)"),
            // v4: what a run asks of earlier reimbursements, and register list's counts, on indexes of the
            // rows wanted only (partial indexes stay small: most reimbursements are posted, few voided)
            List.of("CREATE INDEX reimbursement_pending ON reimbursement (run_id) "
                            + "WHERE posted_on IS NULL AND voided_at IS NULL",
                    "CREATE INDEX reimbursement_voided ON reimbursement (run_id) WHERE voided_at IS NOT NULL",
                    "CREATE INDEX reimbursement_balance_date ON reimbursement (balance_date)",
                    "CREATE INDEX reimbursement_posted_on ON reimbursement (posted_on) WHERE posted_on IS NOT NULL"),
            // v5: four eyes (issue 13): a proposal, the copy of its inputs and lines, and its approval by another
            // person (a run), with the lines that person rejected and why
            List.of("""
                    CREATE TABLE proposal (
                        proposal_id TEXT PRIMARY KEY,
                        proposed_at TEXT NOT NULL,
                        proposer TEXT NOT NULL,
                        valid_until TEXT NOT NULL,
                        tool_version TEXT NOT NULL,
                        legal_entity TEXT NOT NULL,
                        balance_date TEXT NOT NULL,
                        parameters TEXT NOT NULL,
                        overrides TEXT NOT NULL,
                        totals TEXT NOT NULL,
                        output_folder TEXT NOT NULL,
                        output_temporary TEXT NOT NULL,
                        outputs_in_place INTEGER NOT NULL DEFAULT 0,
                        state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'rejected')))""",
                    """
                    CREATE TABLE proposal_input (
                        proposal_id TEXT NOT NULL REFERENCES proposal (proposal_id),
                        file TEXT NOT NULL,
                        explicit_role TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        content BLOB NOT NULL,
                        PRIMARY KEY (proposal_id, file))""",
                    """
                    CREATE TABLE proposal_line (
                        proposal_id TEXT NOT NULL REFERENCES proposal (proposal_id),
                        line_key TEXT NOT NULL,
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        customer_name TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        dimensions TEXT NOT NULL,
                        amount TEXT NOT NULL,
                        vendor TEXT NOT NULL,
                        one_time_vendor TEXT NOT NULL,
                        iban TEXT NOT NULL,
                        bic TEXT NOT NULL,
                        payment_status TEXT NOT NULL,
                        PRIMARY KEY (proposal_id, line_key))""",
                    "CREATE INDEX proposal_line_customer ON proposal_line (legal_entity, customer, currency)",
                    """
                    CREATE TABLE approval (
                        proposal_id TEXT PRIMARY KEY REFERENCES proposal (proposal_id),
                        run_id TEXT NOT NULL REFERENCES run (run_id),
                        approver TEXT NOT NULL,
                        approved_at TEXT NOT NULL,
                        workbook_sha256 TEXT NOT NULL,
                        same_user_allowed INTEGER NOT NULL,
                        file_owner TEXT NOT NULL)""",
                    """
                    CREATE TABLE rejected_line (
                        proposal_id TEXT NOT NULL REFERENCES approval (proposal_id),
                        line_key TEXT NOT NULL,
                        legal_entity TEXT NOT NULL,
                        customer TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        comment TEXT NOT NULL,
                        PRIMARY KEY (proposal_id, line_key))""",
                    "CREATE INDEX rejected_line_customer ON rejected_line (legal_entity, customer, currency)"),
            // v6: every index of the reimbursements that a run adds to is appended to, none is written all over.
            // One index by run, legal entity, customer and currency (run ids grow, and a run records its
            // reimbursements in that order) serves the questions by run and, with a seek per run, by customer;
            // a reimbursement's balance date is its run's, asked through the runs. Before, an index by customer
            // took each new row in the middle of the earlier months' (a third of a run's time with twelve), and
            // the indexes by balance date and by run cost an entry each more per row.
            List.of("DROP INDEX reimbursement_balance_date",
                    "DROP INDEX reimbursement_customer",
                    "DROP INDEX reimbursement_run",
                    "CREATE INDEX reimbursement_run_customer ON reimbursement (run_id, legal_entity, customer, currency)"));

    static int latest() {
        return SCRIPTS.size();
    }
}
