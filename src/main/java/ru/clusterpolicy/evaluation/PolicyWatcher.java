package ru.clusterpolicy.evaluation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the rule set when files of the policy home change: after the files have been quiet for a
 * moment (a spreadsheet program writes a file in several steps), through the same checks as a
 * reload on request. On when the service serves a policy home and clusterpolicy.watch is not false.
 */
@Context
@Requires(property = "clusterpolicy.home", pattern = ".+")
@Requires(property = "clusterpolicy.watch", notEquals = "false")
@Requires(notEnv = "cli")
public class PolicyWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyWatcher.class);

    private final WatchService watcher;
    private final Thread thread;

    public PolicyWatcher(RuleSetHolder ruleSets, RuleSetReloader reloader,
                         @Value("${clusterpolicy.watch-quiet:1s}") Duration quiet) {
        Path home = ruleSets.home().orElseThrow();
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (String folder : new String[]{"rules", "decision-tables", "examples"}) {
                if (Files.isDirectory(home.resolve(folder))) {
                    home.resolve(folder).register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> watch(reloader, quiet), "policy-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for changes", home);
    }

    private void watch(RuleSetReloader reloader, Duration quiet) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // wait until nothing more changes for a while, then reload once
                for (WatchKey next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); next != null;
                     next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                    drain(next);
                }
                reloader.reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @PreDestroy
    void stop() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
