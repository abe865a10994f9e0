package io.reimburse.input;

import io.reimburse.model.BalanceRow;
import io.reimburse.model.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The public reading path as a run takes it: find the tables, read the parameters, then the balances. */
record Reading(Parameters parameters, BalancesRead balances, List<BalanceRow> rows) {

    static Reading of(List<Path> files) {
        InputTables tables = InputTables.find(files, Map.of());
        Parameters parameters = ParametersReader.read(tables.table(TableKind.PARAMETERS).orElseThrow().source(),
                Map.of(), LocalDate.of(2026, 11, 25)).parameters();
        tables.table(TableKind.VENDOR_LINKS).ifPresent(found ->
                VendorLinksReader.read(found.source(), found.header(), parameters, link -> { }));
        InputTables.Found balances = tables.table(TableKind.BALANCES).orElseThrow();
        List<BalanceRow> rows = new ArrayList<>();
        BalancesRead read = BalancesReader.read(balances.source(), balances.header(), parameters, rows::add);
        return new Reading(parameters, read, rows);
    }

    BalanceRow row(String account) {
        return rows.stream().filter(r -> r.key().customerAccount().equals(account)).findFirst().orElseThrow();
    }
}
