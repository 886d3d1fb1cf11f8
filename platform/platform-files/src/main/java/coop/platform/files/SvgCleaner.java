package coop.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An SVG image made harmless: parsed without DTD nor external entities, then stripped of
 * what runs or reaches out — scripts, {@code foreignObject} (HTML inside), animations
 * that could rewrite links, event attributes ({@code onload}…), links and style addresses
 * that leave the file. What is left is drawing only. An SVG that is not well-formed XML
 * is refused as unreadable.
 */
final class SvgCleaner {

	static final String SVG = "image/svg+xml";

	private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
			"audio", "video", "animate", "set", "animatemotion", "animatetransform", "handler", "listener");

	private static final Pattern OUTSIDE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DANGEROUS_CSS = Pattern.compile("@import|expression\\s*\\(|javascript:|behavior\\s*:",
			Pattern.CASE_INSENSITIVE);

	private SvgCleaner() {
	}

	/** The cleaned SVG, as UTF-8 bytes. */
	static byte[] clean(InputStream svg, String name) {
		Document document;
		try {
			document = builder().parse(svg);
		}
		catch (SAXException | IOException ex) {
			throw FileProblems.unreadable(name);
		}
		Element root = document.getDocumentElement();
		if (root == null || !"svg".equals(localName(root))) {
			throw FileProblems.unreadable(name);
		}
		clean(root);
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw FileProblems.unreadable(name);
		}
	}

	private static void clean(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		List<Attr> dropped = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String attributeName = localName(attribute);
			String value = attribute.getValue().trim().toLowerCase(Locale.ROOT);
			boolean event = attributeName.startsWith("on");
			boolean outsideLink = ("href".equals(attributeName) || "src".equals(attributeName))
					&& !value.startsWith("#") && !value.startsWith("data:image/png;")
					&& !value.startsWith("data:image/jpeg;");
			boolean unsafeStyle = "style".equals(attributeName)
					&& (OUTSIDE_URL.matcher(value).find() || DANGEROUS_CSS.matcher(value).find());
			boolean outsideUrl = OUTSIDE_URL.matcher(value).find() && !"style".equals(attributeName);
			if (event || outsideLink || unsafeStyle || outsideUrl || value.contains("javascript:")) {
				dropped.add(attribute);
			}
		}
		dropped.forEach(element::removeAttributeNode);
		NodeList children = element.getChildNodes();
		List<Node> removed = new ArrayList<>();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
				removed.add(child);
			}
			else if (child instanceof Element childElement) {
				String childName = localName(childElement).toLowerCase(Locale.ROOT);
				boolean unsafeStyleSheet = "style".equals(childName)
						&& (OUTSIDE_URL.matcher(childElement.getTextContent()).find()
								|| DANGEROUS_CSS.matcher(childElement.getTextContent()).find());
				if (DROPPED_ELEMENTS.contains(childName) || unsafeStyleSheet) {
					removed.add(child);
				}
				else {
					clean(childElement);
				}
			}
		}
		removed.forEach(element::removeChild);
	}

	private static String localName(Node node) {
		return (node.getLocalName() != null) ? node.getLocalName() : node.getNodeName();
	}

	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
