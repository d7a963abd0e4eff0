package ru.clusterpolicy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.users.UsersFile;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code user add NAME --role REVIEWER}: adds a user of the embedded default to the users file, asking for the password. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the users of the embedded default.",
        subcommands = UserCommand.Add.class)
class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user (or set a user's roles and password); the password is asked for, never given on the line.")
    static class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "the user's name: letters, digits, . _ @ -")
        String name;

        @Option(names = "--role", required = true, description = "REVIEWER or POLICY_ADMIN; repeat for both")
        List<String> roles;

        @Option(names = "--password", interactive = true, arity = "0..1", required = true, prompt = "Пароль (password): ",
                description = "asked for at the prompt (read from standard input when there is no terminal)")
        char[] password;

        @Option(names = "--data", defaultValue = "${env:CLUSTERPOLICY_DATA:-data}",
                description = "the data folder whose users file to write (default: CLUSTERPOLICY_DATA or ./data)")
        Path data;

        @Mixin
        Words words;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Set<String> wanted = new LinkedHashSet<>(roles);
            if (!UsersFile.ROLES.containsAll(wanted)) {
                spec.commandLine().getErr().println(words.say("user.badRole", "roles", String.join(", ", roles)));
                return 2;
            }
            if (password == null || password.length == 0) {
                spec.commandLine().getErr().println(words.say("user.noPassword"));
                return 2;
            }
            UsersFile users = new UsersFile(data.resolve("users"));
            try {
                users.put(name, wanted, password);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(words.say("user.badName", "name", name));
                return 2;
            } finally {
                Arrays.fill(password, ' ');
            }
            spec.commandLine().getOut().println(words.say("user.added", "name", name, "roles", String.join(", ", wanted),
                    "file", users.path().toString()));
            return 0;
        }
    }
}
