package ru.clusterpolicy.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark's profile of a given size to a file, for load tests over HTTP. */
public final class ProfileFile {
    private ProfileFile() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[1]), EvaluationBenchmark.profileOf(Integer.parseInt(args[0])).toString());
    }
}
