package io.reimburse.run;

import io.reimburse.input.TableKind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code reimburse pay} is asked to do.
 *
 * @param inputs      files or one folder: the parameters (payment ones), and vendor links or balances
 *                    whose bank details are used now
 * @param explicit    tables named by --parameters, --vendor-links, --balances
 * @param runs        pay the unpaid invoices of these runs
 * @param invoices    pay these invoices; with no run and no invoice, every invoice whose payment was held back
 * @param paymentDate the requested execution date; null for the parameters' PaymentDate, or today when that
 *                    has passed
 */
public record PayOptions(List<Path> inputs, Map<TableKind, Path> explicit, Path out, boolean force, Path register,
                         Duration registerBusyTimeout, Clock clock, List<String> runs, List<String> invoices,
                         LocalDate paymentDate, boolean removeOnStop) {
}
