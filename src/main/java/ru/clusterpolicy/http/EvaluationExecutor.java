package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool evaluations run on: one thread per core, since an evaluation never waits on anything
 * but the CPU; more threads would only take turns on the same cores and lengthen every request.
 */
@Factory
class EvaluationExecutor {

    @Singleton
    @Named("evaluation")
    @Bean(preDestroy = "shutdown")
    ExecutorService evaluation() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
    }
}
