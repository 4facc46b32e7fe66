package org.slakit.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A deployed module is listed in three places: slakit-bom (so users get it at the right version),
 * api-check (so its API is checked) and consumer-check (so the downstream projects can use it).
 * This test reads the reactor's POMs and names the place a new or removed module was forgotten.
 * A module is deployed unless it has pom packaging or sets maven.deploy.skip to true.
 */
class DeployedModulesTest {

    private static final Path ROOT = Paths.get(System.getProperty("api.reactorRoot", "..")).toAbsolutePath().normalize();
    private static final String GROUP = "org.slakit";

    @Test
    void everyDeployedModuleIsInTheBomTheApiCheckAndTheConsumerCheck() throws Exception {
        Set<String> deployed = deployedModules();
        assertTrue(deployed.contains("sla-core"), "sla-core is not among the deployed modules " + deployed);

        assertEquals(deployed, slakitArtifacts(pom(ROOT.resolve("slakit-bom")), "dependencyManagement"),
                "slakit-bom/pom.xml must manage exactly the deployed modules (dependencyManagement)");
        assertEquals(deployed, slakitArtifacts(pom(ROOT.resolve("api-check")), "dependencies"),
                "api-check/pom.xml must depend on exactly the deployed modules (then run scripts/update-api-baseline.sh)");
        Set<String> consumers = slakitArtifacts(pom(ROOT.resolve("consumer-check")), "dependencies");
        assertTrue(consumers.remove("slakit-bom"), "consumer-check/pom.xml must depend on slakit-bom (type pom)");
        assertEquals(deployed, consumers, "consumer-check/pom.xml must depend on exactly the deployed modules and slakit-bom");
    }

    @Test
    void theBomHasTheVersionOfTheBuild() throws Exception {
        // the BOM has no parent (see slakit-bom/pom.xml), so nothing else keeps the versions in step
        assertEquals(text(pom(ROOT).getDocumentElement(), "version", null),
                text(pom(ROOT.resolve("slakit-bom")).getDocumentElement(), "version", null),
                "slakit-bom/pom.xml's <version> must equal the parent's: change both together");
    }

    /** The reactor's modules that are deployed, by artifactId. */
    static Set<String> deployedModules() throws Exception {
        Set<String> deployed = new TreeSet<>();
        for (Element module : children(child(pom(ROOT).getDocumentElement(), "modules"), "module")) {
            Element project = pom(ROOT.resolve(module.getTextContent().trim())).getDocumentElement();
            String packaging = text(project, "packaging", "jar");
            String deploySkip = text(child(project, "properties"), "maven.deploy.skip", "false");
            if (!packaging.equals("pom") && !deploySkip.equals("true")) {
                deployed.add(text(project, "artifactId", null));
            }
        }
        return deployed;
    }

    /** The org.slakit artifactIds in a POM's dependencies or dependencyManagement. */
    private static Set<String> slakitArtifacts(Document pom, String section) {
        Element dependencies = child(pom.getDocumentElement(), section);
        if (dependencies != null && section.equals("dependencyManagement")) {
            dependencies = child(dependencies, "dependencies");
        }
        Set<String> artifacts = new TreeSet<>();
        for (Element d : children(dependencies, "dependency")) {
            if (GROUP.equals(text(d, "groupId", null))) {
                artifacts.add(text(d, "artifactId", null));
            }
        }
        return artifacts;
    }

    private static Document pom(Path moduleDir) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(moduleDir.resolve("pom.xml").toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name, String otherwise) {
        Element e = child(parent, name);
        return e == null ? otherwise : e.getTextContent().trim();
    }
}
