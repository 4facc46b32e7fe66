package org.apache.kafka.test;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.network.ConnectionMode;

/**
 * What {@code KafkaClusterTestKit} 4.4.0 calls of Kafka's unpublished SSL test utilities when it
 * builds a cluster: it prepares an SSL configuration even for plaintext listeners, which never read
 * it. This stand-in (written here, not copied) returns only the keystore location it asks for; a
 * cluster with SSL listeners is not supported.
 */
public final class TestSslUtils {

    private TestSslUtils() {
    }

    /** Builds the (unused) SSL configuration of a plaintext test cluster. */
    public static final class SslConfigsBuilder {
        private File trustStore;

        /** @param mode client or server, ignored */
        public SslConfigsBuilder(ConnectionMode mode) {
        }

        /**
         * @param file the truststore file
         * @return this builder
         */
        public SslConfigsBuilder createNewTrustStore(File file) {
            this.trustStore = file;
            return this;
        }

        /**
         * @param file the truststore file
         * @return this builder
         */
        public SslConfigsBuilder useExistingTrustStore(File file) {
            this.trustStore = file;
            return this;
        }

        /**
         * @return the keystore and truststore locations, empty files
         * @throws IOException if the keystore file cannot be created
         */
        public Map<String, Object> build() throws IOException {
            Map<String, Object> m = new HashMap<>();
            m.put("ssl.keystore.location", TestUtils.tempFile("kafka.server.keystore", ".jks").getPath());
            if (trustStore != null) {
                m.put("ssl.truststore.location", trustStore.getPath());
            }
            return m;
        }
    }
}
