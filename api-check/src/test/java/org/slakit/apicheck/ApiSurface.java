package org.slakit.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API surface of one compiled module (a jar or a classes directory) as stable, sorted
 * text: the module's exported packages, then each public or protected type of those packages
 * with its public and protected constructors, methods and fields, one per line, sorted.
 *
 * <p>Members that a public type inherits from a supertype users cannot name (a package-private
 * class or interface) are listed under the public type, since users call them there. Without a
 * {@code module-info}, every package counts as exported, as for an automatic module. Qualified
 * exports ({@code exports p to m}) are not public API and are left out.
 */
final class ApiSurface {

    private ApiSurface() {
    }

    /** Renders the API of the module at {@code location}, loading its classes with {@code loader}. */
    static String render(String artifactId, Path location, ClassLoader loader) {
        List<String> classNames = classNames(location);
        Optional<ModuleDescriptor> descriptor = moduleDescriptor(location);
        Set<String> exported = descriptor
                .map(d -> d.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(() -> classNames.stream()
                        .map(ApiSurface::packageOf)
                        .collect(Collectors.toCollection(TreeSet::new)));

        StringBuilder out = new StringBuilder();
        out.append("# Public API of ").append(artifactId)
                .append(": public and protected types and members of its exported packages.\n");
        out.append("# Checked by api-check; after a deliberate change: scripts/update-api-baseline.sh\n");
        out.append(descriptor.map(d -> "module " + d.name()).orElse("no module-info: every package is exported"))
                .append('\n');
        for (String p : exported) {
            out.append("  exports ").append(p).append('\n');
        }

        TreeMap<String, List<String>> types = new TreeMap<>();
        for (String name : classNames) {
            if (!exported.contains(packageOf(name))) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " from " + location + ": " + e, e);
            }
            if (isApi(type)) {
                types.put(type.getName(), describe(type));
            }
        }
        for (List<String> lines : types.values()) {
            out.append('\n');
            for (String line : lines) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Whether users can name {@code type}: public or protected, and so is every type enclosing it. */
    static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            int m = c.getModifiers();
            if (!Modifier.isPublic(m) && !Modifier.isProtected(m)) {
                return false;
            }
        }
        return true;
    }

    /** The type's header line, then its members, indented and sorted. */
    static List<String> describe(Class<?> type) {
        List<String> lines = new ArrayList<>();
        lines.add(header(type));
        TreeSet<String> members = new TreeSet<>();
        addMembers(type, type, members);
        for (String m : members) {
            lines.add("  " + m);
        }
        return lines;
    }

    private static void addMembers(Class<?> api, Class<?> from, Set<String> members) {
        for (Field f : from.getDeclaredFields()) {
            if (visible(f)) {
                members.add(f.isEnumConstant()
                        ? "enum constant " + f.getName()
                        : modifiers(f.getModifiers(), api) + "field " + name(f.getGenericType()) + " " + f.getName());
            }
        }
        if (from == api) {
            for (Constructor<?> c : from.getDeclaredConstructors()) {
                if (visible(c)) {
                    members.add(modifiers(c.getModifiers(), api) + "constructor " + typeParameters(c.getTypeParameters())
                            + simpleName(api) + parameters(c) + exceptions(c));
                }
            }
        }
        for (Method m : from.getDeclaredMethods()) {
            if (visible(m) && !m.isBridge()) {
                String mods = modifiers(m.getModifiers(), api);
                if (m.isDefault()) {
                    mods += "default ";
                }
                members.add(mods + "method " + typeParameters(m.getTypeParameters())
                        + name(m.getGenericReturnType()) + " " + m.getName() + parameters(m) + exceptions(m));
            }
        }
        // members inherited from supertypes that users cannot name are part of this type's API
        List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(from.getInterfaces()));
        if (from.getSuperclass() != null) {
            supertypes.add(from.getSuperclass());
        }
        for (Class<?> s : supertypes) {
            if (!isApi(s) && !s.getName().startsWith("java.")) {
                addMembers(api, s, members);
            }
        }
    }

    private static boolean visible(Member m) {
        int mods = m.getModifiers();
        return !m.isSynthetic() && (Modifier.isPublic(mods) || Modifier.isProtected(mods));
    }

    static String header(Class<?> type) {
        StringBuilder h = new StringBuilder();
        int mods = type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                | Modifier.FINAL | Modifier.ABSTRACT);
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
            mods &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isInterface()) {
            kind = "interface";
            mods &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isEnum()) {
            kind = "enum";
            mods &= ~(Modifier.FINAL | Modifier.STATIC | Modifier.ABSTRACT);
        } else if (type.isRecord()) {
            kind = "record";
            mods &= ~(Modifier.FINAL | Modifier.STATIC);
        } else {
            kind = "class";
        }
        h.append(Modifier.toString(mods));
        if (type.isSealed()) {
            h.append(" sealed");
        }
        h.append(' ').append(kind).append(' ').append(name(type))
                .append(typeParametersAfterName(type.getTypeParameters()));
        // supertypes users cannot name are left out (their members are listed as this type's),
        // so that moving code between internal classes is no API change
        Type superclass = type.getGenericSuperclass();
        while (superclass != null && !isNameable(raw(superclass))) {
            superclass = raw(superclass).getGenericSuperclass();
        }
        if (superclass != null && !type.isEnum() && !type.isRecord() && superclass != Object.class) {
            h.append(" extends ").append(name(superclass));
        }
        TreeSet<String> interfaces = new TreeSet<>();
        collectInterfaces(type, interfaces);
        if (type.isAnnotation()) {
            interfaces.remove(java.lang.annotation.Annotation.class.getName());
        }
        if (!interfaces.isEmpty()) {
            h.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            h.append(" permits ").append(Stream.of(type.getPermittedSubclasses())
                    .map(ApiSurface::name).sorted().collect(Collectors.joining(", ")));
        }
        return h.toString().strip();
    }

    /** The interfaces {@code type} declares, and those of supertypes users cannot name. */
    private static void collectInterfaces(Class<?> type, Set<String> into) {
        for (Type t : type.getGenericInterfaces()) {
            if (isNameable(raw(t))) {
                into.add(name(t));
            } else {
                collectInterfaces(raw(t), into);
            }
        }
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && !isNameable(superclass)) {
            collectInterfaces(superclass, into);
        }
    }

    private static boolean isNameable(Class<?> c) {
        return isApi(c) || c.getName().startsWith("java.");
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("not a class type: " + t);
    }

    private static String modifiers(int mods, Class<?> api) {
        int kept = mods & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
        if (api.isInterface()) {
            kept &= ~Modifier.PUBLIC; // implicit, so that a redundant "public" in the source is no change
        }
        String s = Modifier.toString(kept);
        return s.isEmpty() ? "" : s + " ";
    }

    private static String parameters(Executable e) {
        Type[] types = e.getGenericParameterTypes();
        if (types.length != e.getParameterCount()) {
            // inner class or enum constructors: the generic signature leaves out implicit parameters
            types = e.getParameterTypes();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String n = name(types[i]);
            if (e.isVarArgs() && i == types.length - 1 && n.endsWith("[]")) {
                n = n.substring(0, n.length() - 2) + "...";
            }
            names.add(n);
        }
        return "(" + String.join(", ", names) + ")";
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return " throws " + Stream.of(thrown).map(ApiSurface::name).sorted().collect(Collectors.joining(", "));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        String s = typeParametersAfterName(variables);
        return s.isEmpty() ? "" : s + " ";
    }

    private static String typeParametersAfterName(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Stream.of(variables).map(v -> {
            List<String> bounds = Stream.of(v.getBounds()).filter(b -> b != Object.class)
                    .map(ApiSurface::name).collect(Collectors.toList());
            return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    /** A type as source code writes it: nested types with dots, generics with their arguments. */
    static String name(Type t) {
        String s = t instanceof Class<?> c ? c.getTypeName() : t.getTypeName();
        return s.replace('$', '.');
    }

    private static String simpleName(Class<?> type) {
        return type.getSimpleName();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** Every top-level and nested class in a jar or a classes directory, sorted by name. */
    static List<String> classNames(Path location) {
        try {
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    walk.filter(Files::isRegularFile)
                            .map(p -> location.relativize(p).toString().replace(location.getFileSystem().getSeparator(), "/"))
                            .forEach(entries::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).forEach(entries::add);
                }
            }
            return entries.stream()
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes in " + location, e);
        }
    }

    static Optional<ModuleDescriptor> moduleDescriptor(Path location) {
        try {
            if (Files.isDirectory(location)) {
                Path info = location.resolve("module-info.class");
                if (!Files.exists(info)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(info)) {
                    return Optional.of(ModuleDescriptor.read(in));
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                var entry = jar.getEntry("module-info.class");
                if (entry == null) {
                    return Optional.empty();
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return Optional.of(ModuleDescriptor.read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module descriptor of " + location, e);
        }
    }
}
