package nl.gemeente.kms.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaHomesTest {

    @TempDir
    Path tmp;

    private Path jdk(String name, String javaVersion) throws Exception {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (javaVersion != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        }
        return home;
    }

    @Test
    void prefersEsJavaHome() throws Exception {
        Path es = jdk("es", "21.0.4");
        Path java = jdk("java", "25.0.1");
        assertThat(JavaHomes.find(Map.of("ES_JAVA_HOME", es.toString(), "JAVA_HOME", java.toString()), null, 17, null))
                .contains(es);
    }

    @Test
    void skipsTooOldCandidatesInOrder() throws Exception {
        Path es = jdk("es", "17.0.15");
        Path java = jdk("java", "22");
        assertThat(JavaHomes.find(Map.of("ES_JAVA_HOME", es.toString(), "JAVA_HOME", java.toString()), null, 17, null))
                .contains(java);
    }

    @Test
    void fallsBackToTheRunningJvm() throws Exception {
        Path old = jdk("old", "1.8.0_412");
        Path running = jdk("running", "21.0.1");
        assertThat(JavaHomes.find(Map.of("JAVA_HOME", old.toString()), running, 21, tmp.resolve("none"))).contains(running);
        // a running JVM image without release file: its own version counts
        Path noRelease = jdk("norelease", null);
        assertThat(JavaHomes.find(Map.of(), noRelease, 25, null)).contains(noRelease);
        assertThat(JavaHomes.find(Map.of(), noRelease, 17, null)).isEmpty();
    }

    @Test
    void thenScansTheJvmDirectoryNewestFirst() throws Exception {
        Path running = jdk("running17", "17.0.15");
        Path jvmDir = tmp.resolve("jvm");
        Files.createDirectories(jvmDir);
        Files.move(jdk("a-openjdk-17", "17.0.15"), jvmDir.resolve("a-openjdk-17"));
        Files.move(jdk("b-temurin-21", "21.0.5"), jvmDir.resolve("b-temurin-21"));
        Files.move(jdk("c-temurin-25", "25.0.3"), jvmDir.resolve("c-temurin-25"));
        Files.createDirectories(jvmDir.resolve("d-broken"));
        assertThat(JavaHomes.find(Map.of("JAVA_HOME", "/nonexistent"), running, 17, jvmDir)).contains(jvmDir.resolve("c-temurin-25"));
    }

    @Test
    void emptyWhenNothingQualifies() throws Exception {
        Path old = jdk("old", "17");
        assertThat(JavaHomes.find(Map.of("ES_JAVA_HOME", old.toString()), old, 17, tmp.resolve("missing"))).isEmpty();
    }

    @Test
    void parsesVersionStrings() {
        assertThat(JavaHomes.parseMajor("21.0.4")).hasValue(21);
        assertThat(JavaHomes.parseMajor("25")).hasValue(25);
        assertThat(JavaHomes.parseMajor("1.8.0_412")).hasValue(8);
        assertThat(JavaHomes.parseMajor("26-ea")).hasValue(26);
        assertThat(JavaHomes.parseMajor("")).isEmpty();
    }

    @Test
    void findsAJava21OnThisMachine() {
        // the build runs on JDK 21+ (the plugin API jars are class file 65), so there is always one
        Path found = ElasticsearchSidecar.findJavaHome21().orElseThrow();
        assertThat(JavaHomes.major(found).orElse(Runtime.version().feature())).isGreaterThanOrEqualTo(21);
        assertThat(found.resolve("bin/java")).isExecutable();
    }
}
