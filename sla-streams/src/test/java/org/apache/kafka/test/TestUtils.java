package org.apache.kafka.test;

import java.io.File;
import java.io.IOException;

/**
 * The one method of Kafka's own test utilities that {@code KafkaClusterTestKit} (from
 * {@code kafka-test-common-runtime} 4.4.0) calls when it runs without SSL: its {@code SslManager}
 * creates a truststore file up front. Kafka publishes that class only in its build, not in a jar on
 * Maven Central, so this stands in for it (written here, not copied).
 */
public final class TestUtils {

    private TestUtils() {
    }

    /**
     * @param prefix the file name's prefix
     * @param suffix the file name's suffix
     * @return a new empty file, deleted when the JVM exits
     * @throws IOException if it cannot be created
     */
    public static File tempFile(String prefix, String suffix) throws IOException {
        File f = File.createTempFile(prefix, suffix);
        f.deleteOnExit();
        return f;
    }

    /**
     * @return a new empty file, deleted when the JVM exits
     * @throws IOException if it cannot be created
     */
    public static File tempFile() throws IOException {
        return tempFile("kafka", ".tmp");
    }
}
