package org.integritygraph.interchange.ftm;

import java.util.Map;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;

/**
 * Which FtM property each property of the graph is written as, both ways. A property without one travels
 * in {@code keywords} as {@code name:value}.
 */
final class FtmProperties {

	private static final Map<String, String> NODE_PROPERTIES = Map.ofEntries(Map.entry("Body.name", "name"),
			Map.entry("Body.nameEn", "alias"), Map.entry("Body.uscc", "registrationNumber"),
			Map.entry("Body.kind", "classification"), Map.entry("Body.establishedOn", "incorporationDate"),
			Map.entry("Body.abolishedOn", "dissolutionDate"), Map.entry("Person.name", "name"),
			Map.entry("Person.nameEn", "alias"), Map.entry("Person.gender", "gender"),
			Map.entry("Person.birthDate", "birthDate"), Map.entry("Person.idNumber", "idNumber"),
			Map.entry("Post.title", "name"), Map.entry("Post.titleEn", "alias"), Map.entry("Company.name", "name"),
			Map.entry("Company.nameEn", "alias"), Map.entry("Company.uscc", "registrationNumber"),
			Map.entry("Project.name", "name"), Map.entry("Project.nameEn", "alias"),
			Map.entry("Project.phase", "phase"), Map.entry("Project.status", "status"),
			Map.entry("Project.budget", "amount"), Map.entry("Project.currency", "currency"),
			Map.entry("Project.startedOn", "startDate"), Map.entry("Project.description", "description"),
			Map.entry("Contract.title", "title"), Map.entry("Contract.kind", "type"),
			Map.entry("Contract.value", "amount"), Map.entry("Contract.currency", "currency"),
			Map.entry("Contract.signedOn", "contractDate"));

	/** Properties of exported relationships: dates of the interval, the date of an act, a reason. */
	private static final Map<String, String> LINK_PROPERTIES = Map.of("from", "startDate", "to", "endDate", "on",
			"date", "reason", "description", "role", "role");

	/** Kinds of contract whose government side is the grantor (政府方), not a buyer. */
	static final java.util.List<String> GRANTOR_KINDS = java.util.List.of("PPP", "INVESTMENT_AGREEMENT");

	private FtmProperties() {
	}

	/**
	 * The role FtM's {@code Contract.authority} stands for: the grantor of a PPP or investment agreement, the
	 * buyer of any other contract. A party in the other of these roles is written as a contract award with its
	 * role, so that nothing is lost.
	 */
	static String authorityRole(String contractKind) {
		return GRANTOR_KINDS.contains(contractKind) ? "GRANTOR" : "BUYER";
	}

	/** The FtM property a property of the label is written as, or null for {@code keywords}. */
	static String exported(Label label, String property) {
		return NODE_PROPERTIES.get(label.name() + "." + property);
	}

	/** The graph property an FtM property of an entity mapped to the label is read into, or null. */
	static String imported(Label label, String ftmProperty) {
		var prefix = label.name() + ".";
		return NODE_PROPERTIES.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(prefix) && entry.getValue().equals(ftmProperty))
			.map(entry -> entry.getKey().substring(prefix.length()))
			.findFirst()
			.orElse(null);
	}

	static String linkProperty(String property) {
		return LINK_PROPERTIES.get(property);
	}

	/** The graph property an FtM link property is read into, or null. */
	static String linkPropertyOf(String ftmProperty) {
		return LINK_PROPERTIES.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(ftmProperty))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** A value as FtM writes it: gender {@code M}/{@code F} is {@code male}/{@code female}. */
	static String toFtm(Label label, String property, String value) {
		if (label == GraphModel.PERSON && property.equals("gender")) {
			return value.equals("M") ? "male" : value.equals("F") ? "female" : "other";
		}
		return value;
	}

	/** The graph's value of an FtM value, or null when it has none (gender {@code other}). */
	static String fromFtm(Label label, String property, String value) {
		if (label == GraphModel.PERSON && property.equals("gender")) {
			return value.equals("male") ? "M" : value.equals("female") ? "F" : null;
		}
		return value;
	}

}
