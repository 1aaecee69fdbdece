package org.integritygraph.model.entity;

import java.time.LocalDate;

/**
 * 机关/单位: a {@code :Body} node. Enumerations are carried as their names.
 *
 * @param provisional created from a policy document's unit that matched no body, awaiting review (待核实)
 */
public record Body(String id, String name, String nameEn, String kind, String level, String divisionCode,
		String uscc, LocalDate establishedOn, LocalDate abolishedOn, boolean provisional, long version) implements Entity {

	/** Whether it still existed on the date (a null date: today's bodies and the abolished alike). */
	public boolean existedOn(LocalDate on) {
		return this.abolishedOn == null || on == null || this.abolishedOn.isAfter(on);
	}

}
