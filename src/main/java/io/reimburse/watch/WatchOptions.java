package io.reimburse.watch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code reimburse watch} is asked to do.
 *
 * @param register the register (default {@code ROOT/register.sqlite})
 * @param settle   how long a batch must stay unchanged before it is taken
 * @param poll     how often the inbox is looked at
 * @param once     take what is there and settled, then stop (for cron or Task Scheduler)
 */
public record WatchOptions(Path register, Duration settle, Duration poll, boolean once) {
}
