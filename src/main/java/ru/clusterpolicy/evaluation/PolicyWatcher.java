package ru.clusterpolicy.evaluation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the rule set when files of the policy home change: after the files have been quiet for a
 * moment (a spreadsheet program writes a file in several steps), through the same checks as a
 * reload on request. It survives every failure: an unreadable file is a refused reload, and a home
 * deleted and restored is watched again once it is back. On when the service serves a policy home
 * and clusterpolicy.watch is not false.
 */
@Context
@Requires(property = "clusterpolicy.home", pattern = ".+")
@Requires(property = "clusterpolicy.watch", notEquals = "false")
@Requires(notEnv = "cli")
public class PolicyWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyWatcher.class);
    private static final List<String> FOLDERS = List.of("rules", "decision-tables", "examples");

    private final Path home;
    private final PolicyLifecycle lifecycle;
    private final Duration quiet;
    private final Thread thread;
    private volatile WatchService watcher;
    private volatile boolean stopped;

    public PolicyWatcher(PolicyLifecycle lifecycle, @Value("${clusterpolicy.watch-quiet:1s}") Duration quiet) {
        this.lifecycle = lifecycle;
        this.home = lifecycle.home().orElseThrow();
        this.quiet = quiet;
        thread = new Thread(this::watch, "policy-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for changes", home);
    }

    private void watch() {
        while (!stopped) {
            try (WatchService service = FileSystems.getDefault().newWatchService()) {
                watcher = service;
                register(service);
                while (!stopped) {
                    WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                    if (key == null) {
                        if (!allWatched(service)) {
                            // a folder was deleted, or is back: watch it again, and reload what is there
                            break;
                        }
                        continue;
                    }
                    boolean valid = drain(key);
                    // wait until nothing more changes for a while, then reload once
                    for (WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); next != null;
                         next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                        valid &= drain(next);
                    }
                    if (!valid) {
                        // a watched folder is gone: register what is there again, then reload
                        break;
                    }
                    reload();
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Watching {} failed ({}); trying again", home, e.toString());
                pause();
            }
            if (!stopped) {
                reload();
            }
        }
    }

    private int registered;
    private boolean homeRegistered;

    private void register(WatchService service) throws IOException {
        registered = 0;
        homeRegistered = Files.isDirectory(home);
        if (homeRegistered) {
            home.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
        }
        for (String folder : FOLDERS) {
            Path dir = home.resolve(folder);
            if (Files.isDirectory(dir)) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                registered++;
            }
        }
    }

    /** Whether what exists of the home now is what is registered. */
    private boolean allWatched(WatchService service) {
        int present = (int) FOLDERS.stream().filter(f -> Files.isDirectory(home.resolve(f))).count();
        return present == registered && Files.isDirectory(home) == homeRegistered;
    }

    private void reload() {
        try {
            lifecycle.reload();
        } catch (RuntimeException e) {
            LOG.warn("Reload after a change in {} failed: {}", home, e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** Takes the key's events; false when its folder is no longer there to watch. */
    private static boolean drain(WatchKey key) {
        key.pollEvents();
        return key.reset();
    }

    @PreDestroy
    void stop() throws IOException {
        stopped = true;
        WatchService service = watcher;
        if (service != null) {
            service.close();
        }
        thread.interrupt();
    }
}
