package nl.gemeente.kms.sidecar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Installs an Elasticsearch plugin zip by unpacking it into {@code <es home>/plugins/<name>}, which is what
 * {@code elasticsearch-plugin install} does for a plugin whose zip already contains everything (for a stable plugin:
 * the descriptor, {@code named_components.json} and the jars). No JVM is started, so it takes milliseconds.
 */
final class PluginInstaller {

    private static final List<String> DESCRIPTORS = List.of("stable-plugin-descriptor.properties", "plugin-descriptor.properties");
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PluginInstaller() {
    }

    static Path install(Path esHome, Path pluginZip) {
        if (!Files.isDirectory(esHome.resolve("plugins"))) {
            throw new SidecarException("cannot install plugin " + pluginZip + ": " + esHome + " is not an Elasticsearch home (no plugins/ directory)");
        }
        if (!Files.isRegularFile(pluginZip)) {
            throw new SidecarException("cannot install plugin " + pluginZip + ": the file does not exist");
        }
        try (ZipFile zip = new ZipFile(pluginZip.toFile())) {
            String name = pluginName(zip, pluginZip);
            Path target = esHome.resolve("plugins").resolve(name);
            if (sameContent(zip, target)) {
                return target;
            }
            Path staging = Files.createTempDirectory(esHome, ".installing-" + name + "-");
            try {
                unpack(zip, staging);
                deleteRecursively(target);
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                }
            } finally {
                deleteRecursively(staging);
            }
            return target;
        } catch (IOException | UncheckedIOException e) {
            throw new SidecarException("cannot install plugin " + pluginZip + " into " + esHome + ": " + e.getMessage(), e);
        }
    }

    private static String pluginName(ZipFile zip, Path pluginZip) throws IOException {
        for (String descriptor : DESCRIPTORS) {
            ZipEntry entry = zip.getEntry(descriptor);
            if (entry != null) {
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                String name = properties.getProperty("name", "").trim();
                if (!VALID_NAME.matcher(name).matches()) {
                    throw new SidecarException("cannot install plugin " + pluginZip + ": its " + descriptor + " has no valid name [" + name + "]");
                }
                return name;
            }
        }
        throw new SidecarException("cannot install plugin " + pluginZip + ": it has no plugin descriptor at its root, so it is not an Elasticsearch plugin zip");
    }

    /** True when {@code target} holds exactly the zip's files with the same sizes and CRCs. */
    private static boolean sameContent(ZipFile zip, Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        Set<Path> expected = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            Path file = resolveInside(target, entry.getName());
            expected.add(file);
            if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize() || crc(file) != entry.getCrc()) {
                return false;
            }
        }
        try (Stream<Path> present = Files.walk(target)) {
            return present.filter(Files::isRegularFile).allMatch(expected::contains);
        }
    }

    private static void unpack(ZipFile zip, Path into) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            Path file = resolveInside(into, entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(file);
                continue;
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path resolveInside(Path dir, String entryName) {
        Path file = dir.resolve(entryName).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new SidecarException("refusing zip entry [" + entryName + "]: it points outside the plugin directory");
        }
        return file;
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
