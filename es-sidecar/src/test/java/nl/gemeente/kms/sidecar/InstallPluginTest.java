package nl.gemeente.kms.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallPluginTest {

    @TempDir
    Path tmp;

    private Path esHome;

    @BeforeEach
    void esHome() throws Exception {
        esHome = tmp.resolve("es");
        Files.createDirectories(esHome.resolve("plugins"));
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        Path zip = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    private Path pluginZip(String name, String jarContent) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("stable-plugin-descriptor.properties", "name=kms-analysis-nl\ndescription=x\nversion=1\n"
                + "elasticsearch.version=9.0.0\njava.version=21\n");
        entries.put("named_components.json", "{}\n");
        entries.put("kms-analysis.jar", jarContent);
        return zip(name, entries);
    }

    @Test
    void unpacksIntoPluginsSlashNameFromTheDescriptor() throws Exception {
        Path dir = ElasticsearchSidecar.installPlugin(esHome, pluginZip("p.zip", "jar v1"));
        assertThat(dir).isEqualTo(esHome.resolve("plugins/kms-analysis-nl").toAbsolutePath().normalize());
        assertThat(dir.resolve("stable-plugin-descriptor.properties")).exists();
        assertThat(dir.resolve("named_components.json")).hasContent("{}");
        assertThat(dir.resolve("kms-analysis.jar")).hasContent("jar v1");
        try (var leftovers = Files.list(esHome)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("plugins"); // no staging dir left
        }
    }

    @Test
    void isIdempotent() throws Exception {
        Path zip = pluginZip("p.zip", "jar v1");
        Path dir = ElasticsearchSidecar.installPlugin(esHome, zip);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(dir.resolve("kms-analysis.jar"), old);

        assertThat(ElasticsearchSidecar.installPlugin(esHome, zip)).isEqualTo(dir);
        assertThat(ElasticsearchSidecar.installPlugin(esHome, zip)).isEqualTo(dir);
        // untouched: same file, not rewritten
        assertThat(Files.getLastModifiedTime(dir.resolve("kms-analysis.jar"))).isEqualTo(old);
    }

    @Test
    void replacesAnInstallationWithOtherContent() throws Exception {
        Path dir = ElasticsearchSidecar.installPlugin(esHome, pluginZip("v1.zip", "jar v1"));
        Files.writeString(dir.resolve("stray.jar"), "old");

        ElasticsearchSidecar.installPlugin(esHome, pluginZip("v2.zip", "jar v2 rebuilt"));
        assertThat(dir.resolve("kms-analysis.jar")).hasContent("jar v2 rebuilt");
        assertThat(dir.resolve("stray.jar")).doesNotExist();
    }

    @Test
    void rejectsAZipWithoutDescriptor() throws Exception {
        Path notAPlugin = zip("x.zip", Map.of("readme.txt", "hello"));
        assertThatThrownBy(() -> ElasticsearchSidecar.installPlugin(esHome, notAPlugin))
                .isInstanceOf(SidecarException.class)
                .hasMessageContaining("no plugin descriptor");
    }

    @Test
    void rejectsEntriesOutsideThePluginDirectory() throws Exception {
        Path evil = zip("evil.zip", Map.of("plugin-descriptor.properties", "name=evil\n", "../../escaped.txt", "x"));
        assertThatThrownBy(() -> ElasticsearchSidecar.installPlugin(esHome, evil))
                .isInstanceOf(SidecarException.class)
                .hasMessageContaining("outside the plugin directory");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        assertThat(esHome.resolve("plugins/evil")).doesNotExist();
    }

    @Test
    void rejectsAMissingZipOrHome() {
        assertThatThrownBy(() -> ElasticsearchSidecar.installPlugin(esHome, tmp.resolve("missing.zip")))
                .isInstanceOf(SidecarException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ElasticsearchSidecar.installPlugin(tmp.resolve("nohome"), tmp.resolve("missing.zip")))
                .isInstanceOf(SidecarException.class).hasMessageContaining("is not an Elasticsearch home");
    }
}
