package nl.noaber.matching;

import jakarta.inject.Singleton;

/** Lets tests of other packages run one wave job pass. */
@Singleton
public class WaveJobAccess {

    private final WaveJob job;

    WaveJobAccess(WaveJob job) {
        this.job = job;
    }

    public void runOnce() {
        job.run();
    }
}
