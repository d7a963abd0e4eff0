package ru.clusterpolicy.cli;

import picocli.CommandLine.Option;

/** How much of each measure's reason a JSON answer carries, as the API's {@code detail} parameter. */
class Detail {

    enum Level { grouped, full }

    @Option(names = "--detail", paramLabel = "grouped|full", defaultValue = "grouped",
            description = "grouped (default): a measure's reason repeated for many participants is given once; "
                    + "full: every measure line with its own")
    Level level;

    boolean full() {
        return level == Level.full;
    }
}
