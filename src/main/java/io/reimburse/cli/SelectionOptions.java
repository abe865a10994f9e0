package io.reimburse.cli;

import io.reimburse.input.ParameterName;
import picocli.CommandLine.Option;

import java.util.EnumMap;
import java.util.Map;

/** The parameters a command that decides (run, propose) lets the command line override: who, and the language. */
final class SelectionOptions {

    @Option(names = "--select", paramLabel = "ACCOUNTS", description = "Customer accounts to reimburse "
            + "(overrides CustomerAccounts): C001,C005..C099,C1*")
    String select;

    @Option(names = "--groups", paramLabel = "GROUPS", description = "Customer groups to reimburse "
            + "(overrides CustomerGroups).")
    String groups;

    @Option(names = "--lang", paramLabel = "en|fr", description = "Report language (overrides Language).")
    String language;

    /** The parameters given on the command line, read as the parameters table's values are. */
    Map<ParameterName, String> overrides() {
        Map<ParameterName, String> overrides = new EnumMap<>(ParameterName.class);
        if (select != null) {
            overrides.put(ParameterName.CUSTOMER_ACCOUNTS, select);
        }
        if (groups != null) {
            overrides.put(ParameterName.CUSTOMER_GROUPS, groups);
        }
        if (language != null) {
            overrides.put(ParameterName.LANGUAGE, language);
        }
        return overrides;
    }
}
