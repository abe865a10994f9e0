package io.reimburse.run;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal (progressbar library): rows read and their rate, then the phases. */
public final class TerminalProgress implements Progress {

    private final ProgressBar bar = new ProgressBarBuilder().setTaskName("reading").setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).showSpeed().setUpdateIntervalMillis(250)
            .continuousUpdate().clearDisplayOnFinish().build();

    @Override
    public void phase(String name) {
        bar.setExtraMessage(name);
    }

    @Override
    public void rowsRead(long rows) {
        bar.stepTo(rows);
    }

    @Override
    public void close() {
        bar.close();
    }
}
