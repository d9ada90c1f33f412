// Generates an Elasticsearch stable plugin's named_components.json (the Maven counterpart of the Gradle
// 'elasticsearch.stable-esplugin' task, whose scanner is not published to Maven Central). JDK only.
//
//   java -cp <compile classpath> GenerateNamedComponents.java <classes dir> <output json>
//
// Every class under <classes dir> annotated with @org.elasticsearch.plugin.NamedComponent is mapped to each
// @org.elasticsearch.plugin.Extensible interface it implements (directly or through supertypes):
//   { "<extensible interface>": { "<component name>": "<implementation class>" } }
// Fails when a component implements no extensible type, when a name is used twice, or when nothing is found.
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

public class GenerateNamedComponents {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateNamedComponents <classes dir> <output json>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ClassLoader parent = GenerateNamedComponents.class.getClassLoader();
        Class<? extends Annotation> named = annotation(parent, "org.elasticsearch.plugin.NamedComponent");
        Class<? extends Annotation> extensible = annotation(parent, "org.elasticsearch.plugin.Extensible");

        Map<String, Map<String, String>> components = new TreeMap<>();
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classes)) {
            classNames = files.filter(f -> f.toString().endsWith(".class"))
                .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .filter(cn -> !cn.endsWith("module-info") && !cn.endsWith("package-info"))
                .sorted()
                .toList();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, parent)) {
            for (String className : classNames) {
                Class<?> type = Class.forName(className, false, loader);
                Annotation annotation = type.getAnnotation(named);
                if (annotation == null) {
                    continue;
                }
                if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                    throw new IllegalStateException(className + " is a @NamedComponent but not a public concrete class");
                }
                String name = (String) named.getMethod("value").invoke(annotation);
                Set<Class<?>> extensibles = new LinkedHashSet<>();
                collectExtensibles(type, extensible, extensibles);
                if (extensibles.isEmpty()) {
                    throw new IllegalStateException(className + " is a @NamedComponent but implements no @Extensible type");
                }
                for (Class<?> e : extensibles) {
                    String previous = components.computeIfAbsent(e.getName(), k -> new TreeMap<>()).put(name, className);
                    if (previous != null) {
                        throw new IllegalStateException("component name [" + name + "] used by " + previous + " and " + className);
                    }
                }
            }
        }
        if (components.isEmpty()) {
            throw new IllegalStateException("no @NamedComponent classes found under " + classes);
        }
        String json = toJson(components);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        int count = components.values().stream().mapToInt(Map::size).sum();
        System.out.println("[named-components] " + count + " components -> " + out);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(ClassLoader loader, String name) throws ClassNotFoundException {
        return (Class<? extends Annotation>) loader.loadClass(name);
    }

    private static void collectExtensibles(Class<?> type, Class<? extends Annotation> extensible, Set<Class<?>> acc) {
        if (type == null) {
            return;
        }
        if (type.isAnnotationPresent(extensible)) {
            acc.add(type);
        }
        for (Class<?> i : type.getInterfaces()) {
            collectExtensibles(i, extensible, acc);
        }
        collectExtensibles(type.getSuperclass(), extensible, acc);
    }

    private static String toJson(Map<String, Map<String, String>> components) {
        List<String> groups = new ArrayList<>();
        for (var group : components.entrySet()) {
            List<String> entries = new ArrayList<>();
            for (var c : group.getValue().entrySet()) {
                entries.add("    " + quote(c.getKey()) + ": " + quote(c.getValue()));
            }
            groups.add("  " + quote(group.getKey()) + ": {\n" + String.join(",\n", entries) + "\n  }");
        }
        return "{\n" + String.join(",\n", groups) + "\n}\n";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
