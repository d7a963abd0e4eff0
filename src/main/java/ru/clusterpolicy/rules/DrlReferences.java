package ru.clusterpolicy.rules;

import ru.clusterpolicy.profile.ProfileFields;
import ru.clusterpolicy.rules.facts.Parameter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the DRL files name outside themselves, checked before they are compiled: every parameter
 * they read must be defined by a Parameters sheet (a renamed sheet or a misspelt name would
 * otherwise leave an amount silently uncomputed), and every profile field they cite as a missing
 * input must exist (or every evaluation naming it would point at nothing).
 */
final class DrlReferences {
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\(\\s*name\\s*==\\s*\"([A-Z][A-Z0-9_]*)\"");
    /** A whole pointer written in a rule: "/specializedOrganization/staffFte". */
    private static final Pattern POINTER = Pattern.compile("\"(/[a-zA-Z]+(?:/[a-zA-Z0-9]+)*)\"");
    /** A field of a participant, a project or the specialised organisation: $project.pointer( "loanRub" ). */
    private static final Pattern FIELD = Pattern.compile("\\.pointer\\(\\s*\"([a-zA-Z][a-zA-Z0-9/]*)\"\\s*\\)");

    private static final List<String> OWNERS = List.of("/participants/*/", "/projects/*/", "/specializedOrganization/");

    private DrlReferences() {
    }

    static void check(Map<String, String> drlFiles, List<Programme> programmes, List<PolicyProblem> problems) {
        Set<String> defined = new TreeSet<>();
        programmes.forEach(p -> p.parameters().stream().map(Parameter::name).forEach(defined::add));
        Set<String> topLevel = new TreeSet<>();
        ProfileFields.patterns().forEach(p -> topLevel.add(p.split("/")[1]));
        drlFiles.forEach((file, drl) -> {
            Matcher parameter = PARAMETER.matcher(drl);
            while (parameter.find()) {
                String name = parameter.group(1);
                if (!defined.contains(name)) {
                    problems.add(PolicyProblem.inFile(file, "criteria.unreferencedParameter", "name", name,
                            "nearest", Names.nearestOrNone(name, defined), "file", file));
                }
            }
            Matcher pointer = POINTER.matcher(drl);
            while (pointer.find()) {
                String written = pointer.group(1);
                // fragments appended to a participant's or purchase's own pointer ("/costRub") are checked with it
                if (topLevel.contains(written.split("/")[1]) && !ProfileFields.exists(written)) {
                    problems.add(PolicyProblem.inFile(file, "drl.pointer", "pointer", written,
                            "nearest", Names.nearestOrNone(written, ProfileFields.patterns()), "file", file));
                }
            }
            Matcher field = FIELD.matcher(drl);
            while (field.find()) {
                String name = field.group(1);
                if (OWNERS.stream().noneMatch(owner -> ProfileFields.exists(owner + name))) {
                    Set<String> fields = new TreeSet<>();
                    ProfileFields.patterns().stream().forEach(p -> OWNERS.stream().filter(p::startsWith)
                            .forEach(owner -> fields.add(p.substring(owner.length()))));
                    problems.add(PolicyProblem.inFile(file, "drl.pointer", "pointer", name,
                            "nearest", Names.nearestOrNone(name, fields), "file", file));
                }
            }
        });
    }
}
