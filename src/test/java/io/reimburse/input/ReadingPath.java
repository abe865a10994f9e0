package io.reimburse.input;

import io.reimburse.model.BalanceRow;
import io.reimburse.model.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The public reading path as a run takes it: find the tables, read the parameters, the vendor links, the balances. */
public final class ReadingPath {

    /** The run date the tests read with (the default transaction date). */
    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);

    private ReadingPath() {
    }

    /** What reading gave. */
    public record Read(Parameters parameters, BalancesTally balances, List<BalanceRow> rows) {
        public BalanceRow row(String account) {
            return rows.stream().filter(r -> r.key().customerAccount().equals(account)).findFirst().orElseThrow();
        }
    }

    public static Read read(List<Path> files) {
        InputTables tables = InputTables.find(files, Map.of());
        InputTables.Found parametersTable = tables.table(TableKind.PARAMETERS).orElseThrow();
        Parameters parameters = ParametersReader.read(parametersTable.source(), parametersTable.header(), Map.of(),
                RUN_DATE).parameters();
        tables.table(TableKind.VENDOR_LINKS).ifPresent(found ->
                VendorLinksReader.read(found.source(), found.header(), parameters, link -> { }));
        InputTables.Found balances = tables.table(TableKind.BALANCES).orElseThrow();
        List<BalanceRow> rows = new ArrayList<>();
        BalancesTally read = BalancesReader.read(balances.source(), balances.header(), parameters, rows::add);
        return new Read(parameters, read, rows);
    }
}
