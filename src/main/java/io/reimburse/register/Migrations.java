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
                    "CREATE INDEX payee_iban_customer ON payee_iban (legal_entity, customer)"));

    static int latest() {
        return SCRIPTS.size();
    }
}
