package org.integritygraph.document;

/** How a policy document charges a unit with a task. */
public enum UnitRole {

	/** 牵头单位: leads the task. */
	LEAD("LEAD"),

	/** 配合单位: cooperates on it. */
	COOPERATE("COOPERATES"),

	/** 负责单位, or "(A、B按职责分工负责)": responsible for it, each within its remit. */
	RESPONSIBLE("RESPONSIBLE_UNIT");

	private final String relationshipType;

	UnitRole(String relationshipType) {
		this.relationshipType = relationshipType;
	}

	/** The relationship from the task to the body in the graph. */
	String relationshipType() {
		return this.relationshipType;
	}

	/** The task property that lists the units of this role as written. */
	String listProperty() {
		return switch (this) {
			case LEAD -> "leadUnitNames";
			case COOPERATE -> "cooperatingUnitNames";
			case RESPONSIBLE -> "responsibleUnitNames";
		};
	}

	static UnitRole ofRelationshipType(String type) {
		for (var role : values()) {
			if (role.relationshipType.equals(type)) {
				return role;
			}
		}
		throw new IllegalArgumentException("Not a task relationship: " + type);
	}

}
