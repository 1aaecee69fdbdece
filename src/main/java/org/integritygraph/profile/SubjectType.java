package org.integritygraph.profile;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Company;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Person;

/** Whom a credit profile or a consequence rule is about: a body (机关), a person (公职人员) or a company (企业). */
public enum SubjectType {

	BODY, PERSON, COMPANY;

	/** The type of an entity, or null when it cannot have a credit profile. */
	public static SubjectType of(Entity entity) {
		return switch (entity) {
			case Body body -> BODY;
			case Person person -> PERSON;
			case Company company -> COMPANY;
			case null, default -> null;
		};
	}

}
