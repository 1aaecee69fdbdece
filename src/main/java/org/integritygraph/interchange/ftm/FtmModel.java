package org.integritygraph.interchange.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import tech.followthemoney.model.Model;

/**
 * The FollowTheMoney model of the {@code followthemoney} library (its schemata: Person, PublicBody,
 * Position, Occupancy, Contract, ContractAward …), loaded once, and the conventions of this mapping
 * (docs/interchange-ftm.md).
 */
final class FtmModel {

	/** The FtM model; entities are built and checked against it. */
	static final Model MODEL = load();

	/** The library's JSON is Jackson 2. */
	static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Properties of the graph that FtM has no field for travel in FtM's {@code keywords} as
	 * {@code name:value}, so that an export imports back unchanged.
	 */
	static final String KEYWORD_SEPARATOR = ":";

	/** The {@code role} of an FtM link that stands for a relationship type of the model of the same name. */
	static final String PART_OF_ROLE = "PART_OF";

	private FtmModel() {
	}

	private static Model load() {
		try {
			return Model.loadDefault();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the FollowTheMoney model", ex);
		}
	}

}
