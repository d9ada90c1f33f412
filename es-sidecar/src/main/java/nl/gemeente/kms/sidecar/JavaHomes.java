package nl.gemeente.kms.sidecar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a Java installation that can run Elasticsearch 9 (Java 21 or newer). */
final class JavaHomes {

    static final int MIN_MAJOR = 21;

    private JavaHomes() {
    }

    /**
     * The first candidate with a {@code bin/java} and major version >= 21, in this order: {@code ES_JAVA_HOME},
     * {@code JAVA_HOME}, the running JVM, then the installations under {@code jvmDir} (newest major first, then by
     * name).
     */
    static Optional<Path> find(Map<String, String> env, Path runningJavaHome, int runningMajor, Path jvmDir) {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("ES_JAVA_HOME", "JAVA_HOME")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value.trim()));
            }
        }
        for (Path candidate : candidates) {
            if (major(candidate).orElse(0) >= MIN_MAJOR) {
                return Optional.of(candidate);
            }
        }
        if (runningJavaHome != null && Files.isExecutable(runningJavaHome.resolve("bin/java"))
                && major(runningJavaHome).orElse(runningMajor) >= MIN_MAJOR) {
            return Optional.of(runningJavaHome);
        }
        if (jvmDir == null || !Files.isDirectory(jvmDir)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(jvmDir)) {
            record Jdk(Path home, int major) {
            }
            return installed
                    .map(home -> new Jdk(home, major(home).orElse(0)))
                    .filter(jdk -> jdk.major() >= MIN_MAJOR)
                    .sorted(Comparator.comparingInt(Jdk::major).reversed()
                            .thenComparing(jdk -> jdk.home().getFileName().toString()))
                    .map(Jdk::home)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The major version of the Java installation at {@code home}, from its {@code release} file
     * ({@code JAVA_VERSION="21.0.4"}, or {@code "1.8.0_412"} for Java 8); empty if it has no executable
     * {@code bin/java} or no readable version.
     */
    static OptionalInt major(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return OptionalInt.empty();
        }
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return OptionalInt.empty();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        return parseMajor(version);
    }

    static OptionalInt parseMajor(String version) {
        String[] parts = version.split("[^0-9]+");
        try {
            if (parts.length == 0 || parts[0].isEmpty()) {
                return OptionalInt.empty();
            }
            int first = Integer.parseInt(parts[0]);
            if (first == 1 && parts.length > 1) {
                return OptionalInt.of(Integer.parseInt(parts[1])); // 1.8.0_412
            }
            return OptionalInt.of(first);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
