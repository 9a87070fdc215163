package nl.noaber.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program from a test without letting it touch the test JVM's own stdin and stdout.
 *
 * <p>Surefire talks to the forked test JVM over those two streams. A child that inherits them
 * (ProcessBuilder#inheritIO) can read a command meant for the fork or write bytes into the event
 * stream, and the build then fails with "std/in stream corrupted" after every test has passed.
 * Here the child gets an stdin that is closed at once, and its output goes to a file that is
 * echoed through System.out, which surefire captures properly.
 */
public final class ChildProcess {

    /** What a run left behind: whether it ended in time, its exit code and everything it printed. */
    public record Result(boolean finished, int exitValue, String output) {

        public boolean succeeded() {
            return finished && exitValue == 0;
        }
    }

    private ChildProcess() {
    }

    public static Result run(Path directory, Map<String, String> environment, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("noaber-child", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            System.out.print(output);
            return new Result(finished, finished ? process.exitValue() : -1, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
