package nl.gemeente.kms.search.analysis;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.LongSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Creates an {@code @AnalysisSettings} interface instance the way Elasticsearch does (a proxy reading each method's
 * setting annotation: the value from the given map by {@code path}, else the annotation's default; lists default to
 * empty), so the factories can be unit-tested without a node.
 */
final class PluginSettings {

    private PluginSettings() {
    }

    static <T> T defaults(Class<T> type) {
        return of(type, Map.of());
    }

    static <T> T of(Class<T> type, Map<String, ?> values) {
        if (!type.isAnnotationPresent(AnalysisSettings.class)) {
            throw new IllegalArgumentException(type + " is not annotated with @AnalysisSettings");
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> value(method, values);
                });
        return type.cast(proxy);
    }

    private static Object value(Method method, Map<String, ?> values) {
        if (method.getAnnotation(BooleanSetting.class) instanceof BooleanSetting s) {
            return values.containsKey(s.path()) ? (Boolean) values.get(s.path()) : s.defaultValue();
        }
        if (method.getAnnotation(IntSetting.class) instanceof IntSetting s) {
            return values.containsKey(s.path()) ? (Integer) values.get(s.path()) : s.defaultValue();
        }
        if (method.getAnnotation(LongSetting.class) instanceof LongSetting s) {
            return values.containsKey(s.path()) ? (Long) values.get(s.path()) : s.defaultValue();
        }
        if (method.getAnnotation(StringSetting.class) instanceof StringSetting s) {
            return values.containsKey(s.path()) ? (String) values.get(s.path()) : s.defaultValue();
        }
        if (method.getAnnotation(ListSetting.class) instanceof ListSetting s) {
            return values.containsKey(s.path()) ? List.copyOf((List<?>) values.get(s.path())) : List.of();
        }
        throw new IllegalStateException(method + " has no setting annotation");
    }
}
